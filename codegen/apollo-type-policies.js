// A graphql-codegen plugin (codegen.yml): Apollo Client's `typePolicies` for this schema, read from the schema itself
// so that they cannot drift from it.
// - keyFields: each entity's first `@key` (the federation key; a second key, like Contact's `id locationId`, is only
//   for routers), so a normalized cache keys every entity as the supergraph does;
// - relayStylePagination for every field that returns a Relay connection (edges and pageInfo), with the field's
//   arguments other than first/after/last/before as keyArgs, so `fetchMore` grows one list per filter and order;
// - a read function for each root field that looks an entity up by exactly its key (`callLog(locationId, id)`), so
//   an entity already in the cache (from a list) is served without a request.
import { getNamedType, isNonNullType, isObjectType, Kind } from 'graphql';

const PAGING_ARGUMENTS = new Set(['first', 'after', 'last', 'before']);

/** The field names of an object type's `@key`s, first key first; a nested key is refused (none here needs one). */
function keysOf(type) {
  const keys = [];
  for (const node of [type.astNode, ...type.extensionASTNodes]) {
    for (const directive of node?.directives ?? []) {
      if (directive.name.value !== 'key') continue;
      const fields = directive.arguments?.find((argument) => argument.name.value === 'fields')?.value;
      if (fields?.kind !== Kind.STRING) continue;
      if (/[{}]/.test(fields.value)) throw new Error(`${type.name}: nested @key fields are not supported`);
      keys.push(fields.value.trim().split(/\s+/));
    }
  }
  return keys;
}

function isConnection(type) {
  return isObjectType(type) && 'edges' in type.getFields() && 'pageInfo' in type.getFields();
}

const quote = (text) => `'${text}'`;
const list = (names) => `[${names.map(quote).join(', ')}]`;

/** The policies of one object type's fields: connections, and (on Query) lookups of an entity by its key. */
function fieldPolicies(type, keysByType) {
  const policies = [];
  for (const field of Object.values(type.getFields())) {
    const target = getNamedType(field.type);
    const argumentNames = field.args.map((argument) => argument.name);
    if (isConnection(target)) {
      const keyArgs = argumentNames.filter((name) => !PAGING_ARGUMENTS.has(name));
      policies.push(`${field.name}: relayStylePagination(${list(keyArgs)}),`);
      continue;
    }
    const key = keysByType.get(target.name)?.[0];
    const required = new Set(field.args.filter((argument) => isNonNullType(argument.type)).map((a) => a.name));
    const lookup =
      type.name === 'Query' &&
      key !== undefined &&
      !('ofType' in field.type && 'ofType' in field.type.ofType) && // not a list
      key.length === argumentNames.length &&
      key.every((name) => required.has(name));
    if (!lookup) continue;
    const reference = [`__typename: '${target.name}'`, ...key.map((name) => `${name}: args['${name}']`)].join(', ');
    policies.push(
      `${field.name}: {`,
      `  // Cached already (from a list, say)? Served from there; a null the server answered stays null.`,
      `  read(existing, { args, toReference }) {`,
      `    return existing !== undefined || !args ? existing : toReference({ ${reference} });`,
      `  },`,
      `},`,
    );
  }
  return policies;
}

export const plugin = (schema) => {
  const types = Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
    .sort((a, b) => a.name.localeCompare(b.name));
  const keysByType = new Map(types.map((type) => [type.name, keysOf(type)]).filter(([, keys]) => keys.length > 0));
  const entries = [];
  for (const type of types) {
    const key = keysByType.get(type.name)?.[0];
    const fields = fieldPolicies(type, keysByType);
    if (key === undefined && fields.length === 0) continue;
    entries.push(`${type.name}: {`);
    if (key !== undefined) entries.push(`keyFields: ${list(key)},`);
    if (fields.length > 0) entries.push('fields: {', ...fields, '},');
    entries.push('},');
  }
  return [
    `import type { TypePolicies } from '@apollo/client';`,
    `import { relayStylePagination } from '@apollo/client/utilities';`,
    '',
    '/**',
    " * Apollo Client's type policies for this schema: `new InMemoryCache({ possibleTypes, typePolicies })`, with",
    " * `possibleTypes` from './possible-types.js'. Entities are keyed by their federation key, both connections page",
    " * Relay's way (select `edges { cursor node }` and `pageInfo`), and `callLog(locationId, id)` reads a call log",
    ' * that is already in the cache.',
    ' */',
    'export const typePolicies: TypePolicies = {',
    ...entries,
    '};',
    '',
  ].join('\n');
};
