// Safelist mode: only the operations registered in operations/*.graphql run (and the dashboard's, while the gateway
// serves it). Documents are compared in a canonical form (the operation and the fragments it uses, printed, without
// `__typename`), so formatting, document layout and the `__typename` that normalized client caches (Apollo Client,
// urql) add to every selection set do not matter.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  visit,
} from 'graphql';

import { readGraphQLFiles } from './schema.js';

const NOT_IN_SAFELIST = 'PERSISTED_QUERY_NOT_IN_LIST';

/** The canonical form of one operation of a document. */
function canonicalOperation(operation: OperationDefinitionNode, document: DocumentNode): string {
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode): void => {
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  };
  collect(operation);
  const sorted = [...used.values()].sort((a, b) => a.name.value.localeCompare(b.name.value));
  return print(withoutTypename({ kind: Kind.DOCUMENT, definitions: [operation, ...sorted] }));
}

/** Leaves out every unaliased `__typename`: answered by the gateway itself, it costs nothing and changes no other field. */
function withoutTypename(document: DocumentNode): DocumentNode {
  return visit(document, {
    Field: (field) => (field.name.value === '__typename' && !field.alias ? null : undefined),
  });
}

/** The reference dashboard's own operations: registered too while the gateway serves the dashboard. */
const DASHBOARD_OPERATIONS = 'examples/dashboard/src/operations';

/** Every operation of operations/*.graphql (and the dashboard's, when it is served), in canonical form. */
export function loadSafelist({ dashboard }: { dashboard: boolean }): ReadonlySet<string> {
  const allowed = new Set<string>();
  for (const folder of dashboard ? ['operations', DASHBOARD_OPERATIONS] : ['operations']) {
    // One document per folder: an operation may use a fragment of another file (the live feed shares the
    // dashboard's).
    const document = parse(
      readGraphQLFiles(folder)
        .map(({ text }) => text)
        .join('\n'),
    );
    for (const definition of document.definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION) allowed.add(canonicalOperation(definition, document));
    }
  }
  return allowed;
}

/** Whether `operation` of `document` is one of the registered operations. */
export function isSafelisted(
  allowed: ReadonlySet<string>,
  operation: OperationDefinitionNode,
  document: DocumentNode,
): boolean {
  return allowed.has(canonicalOperation(operation, document));
}

/** Refuses, before execution, any operation not in the safelist (APQ hashes resolve to their text first). */
export function safelistPlugin<Context extends object>(allowed: ReadonlySet<string>): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation, document }) {
          if (!operation || !isSafelisted(allowed, operation, document)) {
            throw new GraphQLError('This gateway only runs the operations registered in its safelist.', {
              extensions: { code: NOT_IN_SAFELIST, http: { status: 400 } },
            });
          }
          return Promise.resolve();
        },
      });
    },
  };
}
