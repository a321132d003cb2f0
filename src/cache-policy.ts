// A response's cache policy (how long it may be reused, and by whom), read from the operation's document instead of
// field by field while it executes.
//
// Apollo's own cache-control plugin wraps every resolver to collect the hint of each field it resolves: for the
// dashboard (50 call logs with all their actions) that hook ran thousands of times per query and took ~12% of the
// gateway's CPU on every cache miss (profiled with --cpu-prof; see the README's Performance section). No resolver
// here sets a dynamic hint: every hint is a `@cacheControl` directive in schema/, so the policy follows from the
// fields an operation selects. It is computed with Apollo's rules, once per parsed document (Apollo reuses the
// parsed document of a repeated query), and it is never less strict than Apollo's: a field selected on an
// interface counts the hints of every type that implements it, and a field counts even when its parent is null.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isCompositeType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
  type ValueNode,
} from 'graphql';

type Scope = 'PUBLIC' | 'PRIVATE';

/** A hint as Apollo reads it from `@cacheControl(maxAge, scope, inheritMaxAge)`. */
interface Annotation {
  maxAge?: number;
  scope?: Scope;
  inheritMaxAge?: boolean;
}

/** The policy of a whole response: the smallest maxAge and the narrowest scope of every field it selects. */
interface CachePolicy {
  maxAge?: number;
  scope?: Scope;
}

/** Apollo's default for root fields and object-returning fields without a hint: not cacheable. */
const DEFAULT_MAX_AGE = 0;
const UNCACHEABLE_HEADER = 'no-store';
const ENTITIES_FIELD = '_entities';
const CACHEABLE_HEADER = /^max-age=(\d+), (public|private)$/;

/** The cache policy of `operation`, with Apollo's rules (see @apollo/server's plugin/cacheControl). */
function operationCachePolicy(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): { policy: CachePolicy; readsVariables: boolean } {
  const rootType = schema.getRootType(operation.operation);
  const policy: CachePolicy = {};
  let readsVariables = false;
  if (!rootType) return { policy, readsVariables };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // A selection set adds nothing new the second time it is seen under the same type: this bounds fragment bombs.
  const visited = new Map<SelectionSetNode, Set<string>>();

  const visit = (parentType: GraphQLCompositeType, selectionSet: SelectionSetNode, isRoot: boolean): void => {
    // Root fields take a default of their own, so the same selection set at the root is another visit.
    const seenAs = `${isRoot ? 'root:' : ''}${parentType.name}`;
    const seen = visited.get(selectionSet) ?? new Set<string>();
    if (seen.has(seenAs)) return;
    seen.add(seenAs);
    visited.set(selectionSet, seen);
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue; // __typename and introspection: Apollo gives them no hint either
        for (const objectType of runtimeTypes(schema, parentType)) {
          const field = objectType.getFields()[name];
          if (!field) continue;
          // @apollo/subgraph's `_entities` narrows its hint to the hints of the types its representations name.
          const entityHints = isRoot && name === ENTITIES_FIELD ? entityTypeHints(schema, selection, variables) : [];
          if (isRoot && name === ENTITIES_FIELD && selection.arguments?.some(({ value }) => hasVariable(value))) {
            readsVariables = true;
          }
          restrict(policy, fieldPolicy(field, isRoot, entityHints));
          const returnType = getNamedType(field.type);
          if (selection.selectionSet && isCompositeType(returnType)) visit(returnType, selection.selectionSet, false);
        }
      } else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parentType;
        if (condition && isCompositeType(condition)) visit(condition, fragment.selectionSet, isRoot);
      }
    }
  };
  visit(rootType, operation.selectionSet, true);
  return { policy, readsVariables };
}

function hasVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(hasVariable);
  if (value.kind === Kind.OBJECT) return value.fields.some((field) => hasVariable(field.value));
  return false;
}

/** The hints of the types `_entities(representations:)` names, from the literal or the variable. */
function entityTypeHints(
  schema: GraphQLSchema,
  field: FieldNode,
  variables: Readonly<Record<string, unknown>>,
): Annotation[] {
  const argument = field.arguments?.find((candidate) => candidate.name.value === 'representations')?.value;
  const representations: unknown = argument ? valueFromASTUntyped(argument, variables) : undefined;
  if (!Array.isArray(representations)) return [];
  const hints: Annotation[] = [];
  for (const representation of representations as unknown[]) {
    const typeName: unknown =
      typeof representation === 'object' && representation !== null && '__typename' in representation
        ? representation.__typename
        : undefined;
    const type = typeof typeName === 'string' ? schema.getType(typeName) : undefined;
    if (type) hints.push(typeHint(type));
  }
  return hints;
}

/** One field's hint, as Apollo's plugin computes it when the field resolves. */
function fieldPolicy(
  field: GraphQLField<unknown, unknown>,
  isRoot: boolean,
  resolverHints: readonly Annotation[],
): CachePolicy {
  const policy: CachePolicy = {};
  let inheritMaxAge = false;
  const targetType = getNamedType(field.type);
  const composite = isCompositeType(targetType);
  if (composite) {
    const typeAnnotation = typeHint(targetType);
    replace(policy, typeAnnotation);
    inheritMaxAge = typeAnnotation.inheritMaxAge === true;
  }
  const fieldAnnotation = hintFromDirectives(field.astNode?.directives) ?? {};
  if (fieldAnnotation.inheritMaxAge && policy.maxAge === undefined) {
    inheritMaxAge = true;
    if (fieldAnnotation.scope) policy.scope = fieldAnnotation.scope;
  } else {
    replace(policy, fieldAnnotation);
  }
  for (const hint of resolverHints) restrict(policy, hint);
  if (policy.maxAge === undefined && ((composite && !inheritMaxAge) || isRoot)) {
    restrict(policy, { maxAge: DEFAULT_MAX_AGE });
  }
  return policy;
}

function typeHint(type: GraphQLNamedType): Annotation {
  for (const node of [type.astNode, ...type.extensionASTNodes]) {
    const hint = hintFromDirectives(node?.directives);
    if (hint) return hint;
  }
  return {};
}

function hintFromDirectives(directives: readonly DirectiveNode[] | undefined): Annotation | undefined {
  const directive = directives?.find((candidate) => candidate.name.value === 'cacheControl');
  if (!directive?.arguments) return undefined;
  const argument = (name: string) => directive.arguments?.find((candidate) => candidate.name.value === name)?.value;
  const scopeValue = argument('scope');
  const scope =
    scopeValue?.kind === Kind.ENUM && (scopeValue.value === 'PUBLIC' || scopeValue.value === 'PRIVATE')
      ? scopeValue.value
      : undefined;
  const inherit = argument('inheritMaxAge');
  if (inherit?.kind === Kind.BOOLEAN && inherit.value) return { inheritMaxAge: true, ...(scope ? { scope } : {}) };
  const maxAge = argument('maxAge');
  return {
    ...(maxAge?.kind === Kind.INT ? { maxAge: Number.parseInt(maxAge.value, 10) } : {}),
    ...(scope ? { scope } : {}),
  };
}

/** The object types a value of `type` can be at run time. */
function runtimeTypes(schema: GraphQLSchema, type: GraphQLCompositeType): readonly GraphQLObjectType[] {
  return isObjectType(type) ? [type] : schema.getPossibleTypes(type);
}

function replace(policy: CachePolicy, hint: Annotation): void {
  if (hint.maxAge !== undefined) policy.maxAge = hint.maxAge;
  if (hint.scope !== undefined) policy.scope = hint.scope;
}

function restrict(policy: CachePolicy, hint: CachePolicy): void {
  if (hint.maxAge !== undefined && (policy.maxAge === undefined || hint.maxAge < policy.maxAge)) {
    policy.maxAge = hint.maxAge;
  }
  if (hint.scope === 'PRIVATE') policy.scope = 'PRIVATE';
  else if (hint.scope !== undefined && policy.scope === undefined) policy.scope = hint.scope;
}

/**
 * Sets each request's cache policy from its document (for the response cache) and answers with the same
 * `cache-control` header as Apollo's plugin. Use it with ApolloServerPluginCacheControlDisabled().
 */
export function staticCacheControlPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  const memo = new WeakMap<OperationDefinitionNode, CachePolicy>();
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, operation, request, overallCachePolicy }) {
          if (!operation) return Promise.resolve();
          let policy = memo.get(operation);
          if (!policy) {
            const computed = operationCachePolicy(schema, document, operation, request.variables ?? {});
            policy = computed.policy;
            // A policy that depends on the variables (`_entities`) is not the document's alone: not remembered.
            if (!computed.readsVariables) memo.set(operation, policy);
          }
          overallCachePolicy.restrict(policy);
          return Promise.resolve();
        },
        willSendResponse({ response, overallCachePolicy }) {
          const existing = response.http.headers.get('cache-control');
          // A header set earlier (Apollo's own for an unknown persisted query) is kept unless it is one of ours.
          const earlier = existing === undefined ? undefined : CACHEABLE_HEADER.exec(existing);
          if (existing !== undefined && existing !== UNCACHEABLE_HEADER && !earlier) return Promise.resolve();
          const policy: CachePolicy = {};
          restrict(policy, overallCachePolicy);
          if (earlier)
            restrict(policy, { maxAge: Number(earlier[1]), scope: earlier[2] === 'public' ? 'PUBLIC' : 'PRIVATE' });
          const clean = response.body.kind === 'single' && !response.body.singleResult.errors;
          const cacheable =
            existing !== UNCACHEABLE_HEADER && clean && policy.maxAge !== undefined && policy.maxAge > 0;
          response.http.headers.set(
            'cache-control',
            cacheable
              ? `max-age=${String(policy.maxAge)}, ${(policy.scope ?? 'PUBLIC').toLowerCase()}`
              : UNCACHEABLE_HEADER,
          );
          return Promise.resolve();
        },
      });
    },
  };
}
