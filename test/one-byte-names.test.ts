// The schema's names are one-byte strings in V8. A name V8 first met as two-byte (sliced from a text with one
// character beyond Latin-1) stays two-byte in every response that carries it, and makes the whole response JSON
// two-byte: twice the bytes to measure and to encode on every write (src/schema.ts, internNamesAsOneByte).
import { serialize } from 'node:v8';

import { type GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';

import { buildGatewaySchema } from '../src/schema.js';

/** V8's serializer tags a string by its representation: `"` for one-byte, `c` for two-byte. */
function isOneByte(text: string): boolean {
  // The spelling V8 keeps for the name: the one a property key resolves to.
  const [kept = ''] = Object.keys({ [text]: true });
  return serialize(kept)[2] === '"'.charCodeAt(0);
}

/** Our names: federation's own types (`link__Purpose`, `federation__Scope`…) come from its library's text. */
function schemaNames(schema: GraphQLSchema): string[] {
  const names: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (/^(link|federation)__/.test(type.name)) continue;
    names.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      names.push(...Object.keys(type.getFields()));
    }
    if (isEnumType(type)) names.push(...type.getValues().map((value) => value.name));
  }
  return names;
}

describe('schema names', () => {
  it('are one-byte strings, enum values (what a response carries as values) included', () => {
    const schema = buildGatewaySchema();
    const callType = schema.getType('CallType');
    expect(isEnumType(callType) && callType.serialize('TRIAL')).toBe('TRIAL');
    expect(schemaNames(schema).filter((name) => !isOneByte(name))).toEqual([]);
  });
});
