// The gateway's schema: schema/*.graphql (the single source codegen also reads) built as a Federation 2 subgraph.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildSubgraphSchema } from '@apollo/subgraph';
import { type DocumentNode, type GraphQLSchema, isObjectType, Kind, parse, visit } from 'graphql';

import { gatewayError } from './errors.js';
import { isRecord } from './guards.js';
import { resolvers } from './resolvers/index.js';
import { guardUpstreamValues } from './resolvers/upstream-values.js';

/** The project root (where schema/ and operations/ live): two levels above dist/src/, one above src/. */
export function projectDirectory(): string {
  let directory = path.dirname(fileURLToPath(import.meta.url));
  for (let level = 0; level < 4; level++) {
    if (existsSync(path.join(directory, 'schema', 'call-logs.graphql'))) return directory;
    directory = path.dirname(directory);
  }
  throw new Error("schema/call-logs.graphql not found above the gateway's modules");
}

/** Every `.graphql` file of a project folder, in name order, joined. */
export function readGraphQLFiles(folder: string): { file: string; text: string }[] {
  const directory = path.join(projectDirectory(), folder);
  return readdirSync(directory)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(directory, file), 'utf8') }));
}

function loadTypeDefs(): string {
  return readGraphQLFiles('schema')
    .map(({ text }) => text)
    .join('\n');
}

/**
 * Makes the one-byte spelling of every name of the schema (types, fields, enum values) the one V8 keeps. V8 keeps
 * one string per name (property keys are interned), in the representation it first met: a name first met in a text
 * holding one character beyond Latin-1 (a description's "…"; @apollo/subgraph re-reads the SDL) is two-byte in every
 * response, as an enum value, a `__typename` or a key. One two-byte string makes JSON.stringify build the whole
 * response two-byte: twice the bytes, and a slow path for its UTF-8 length and its write (a dashboard: about 2 ms).
 */
function internNamesAsOneByte(document: DocumentNode): void {
  const names: Record<string, true> = Object.create(null) as Record<string, true>;
  visit(document, {
    // GraphQL names are ASCII: latin1 copies them unchanged, as one-byte strings, and a key interns them.
    [Kind.NAME]: (node) => {
      names[Buffer.from(node.value, 'latin1').toString('latin1')] = true;
    },
  });
}

/** What @apollo/subgraph takes: SDL plus its own (loosely typed) resolver map. */
type SubgraphModule = Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>;

/** The schema with the federation fields (`_service`, `_entities`) and every resolver, `__resolveReference`s included. */
export function buildGatewaySchema(): GraphQLSchema {
  // The map is fully typed by codegen (src/resolvers/index.ts); @apollo/subgraph's own map type cannot express
  // interface `__resolveType`s, so the two meet here, once.
  const typeDefs = parse(loadTypeDefs());
  internNamesAsOneByte(typeDefs);
  const schema = buildSubgraphSchema({
    typeDefs,
    resolvers: resolvers as SubgraphModule['resolvers'],
  });
  guardEntities(schema);
  guardUpstreamValues(schema);
  return schema;
}

/**
 * @apollo/subgraph resolves `_entities` representations in order and throws at the first `__typename` that is not
 * an entity, after the earlier lookups have started: their rejections would go unhandled (which ends a Node
 * process). Every representation is checked first, so a bad one refuses the whole field before any lookup.
 */
function guardEntities(schema: GraphQLSchema): void {
  const field = schema.getQueryType()?.getFields()['_entities'];
  const resolve = field?.resolve;
  if (!field || !resolve) return;
  field.resolve = (source, args: { representations?: unknown }, context, info) => {
    const representations = Array.isArray(args.representations) ? args.representations : [];
    for (const representation of representations) {
      const typename: unknown = isRecord(representation) ? representation['__typename'] : undefined;
      const type = typeof typename === 'string' ? schema.getType(typename) : undefined;
      if (
        !type ||
        !isObjectType(type) ||
        !type.astNode?.directives?.some((directive) => directive.name.value === 'key')
      ) {
        throw gatewayError('BAD_USER_INPUT', `Each representation needs the __typename of an entity of this subgraph.`);
      }
    }
    return resolve(source, args, context, info);
  };
}
