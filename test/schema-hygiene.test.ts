// What clients and routers read of the schema: every type, field, argument and enum value described, in the subgraph
// and in a supergraph composed from it (where an enum whose directive composition drops arrives on its own), and
// scalars that name their specification.
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import {
  buildSchema,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';

import { buildGatewaySchema } from '../src/schema.js';

const DATE_TIME_SPECIFICATION = 'https://scalars.graphql.org/andimarek/date-time';

/** Federation's own machinery (join__, link__, federation__, _Service…) is the router's, not ours to describe. */
function isOurs(name: string): boolean {
  return !/^(join__|link__|federation__|_)/.test(name) && !['link', 'Query'].includes(name);
}

function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type) || !isOurs(type.name)) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!isOurs(field.name)) continue;
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const argument of field.args) {
          if (!argument.description) missing.push(`${type.name}.${field.name}(${argument.name})`);
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

function supergraph(): GraphQLSchema {
  const composition = composeServices([
    { name: 'calls', typeDefs: parse(printSubgraphSchema(buildGatewaySchema())), url: 'http://calls' },
  ]);
  if (composition.errors) throw new Error(composition.errors.map((error) => error.message).join('\n'));
  return buildSchema(composition.supergraphSdl);
}

describe('schema hygiene', () => {
  it('describes every type, field, argument and enum value of the subgraph', () => {
    expect(undescribed(buildGatewaySchema())).toEqual([]);
  });

  it('describes every type of a supergraph composed from it, the orphaned cache-control enum included', () => {
    const schema = supergraph();
    expect(schema.getType('CacheControlScope')?.description).toBeTruthy();
    expect(undescribed(schema)).toEqual([]);
  });

  it('names the DateTime specification (specifiedByURL) in the subgraph and in the supergraph', () => {
    for (const schema of [buildGatewaySchema(), supergraph()]) {
      const dateTime = schema.getType('DateTime');
      expect(isScalarType(dateTime) && dateTime.specifiedByURL).toBe(DATE_TIME_SPECIFICATION);
    }
  });
});
