// A static estimate of the upstream requests an operation can cause, checked before it executes: an operation whose
// worst case exceeds the limit is refused with QUERY_TOO_EXPENSIVE instead of spending a location's budget.
//
// The model is declared on the fields, with `@upstreamCost` (schema/upstream-cost.graphql, read by cost-model.ts);
// this walk adds it up, worst case, in the spirit of IBM's @cost/@listSize:
// - `per: PARENT` costs 1 per parent item (`callLog` at the root: 1; a contact of 200 call logs: 200);
//   `per: LOCATION` costs 1 per location the parents are in (1 under `callLog`/`callLogs`, which read one
//   location; up to 1 per representation under `_entities`); `per: PAGE` costs ceil(n / 50) list requests per parent for `first|last: n`
//   (one more for `last` without `before`) and makes each field of its items run n times; `extraPerParent` adds to
//   any of them. A field whose query selects only its `free` fields costs nothing itself.
// - `per: BUDGET` costs the field's own budget per parent (`callStatistics`: STATISTICS_MAX_UPSTREAM_REQUESTS, which
//   it never exceeds, however long its range).
// - `assumedSize` multiplies a list's items (`actions`: one of each type); `_entities` costs 1 per representation.
// - What `@skip`/`@include` leave out costs nothing, as execution will not visit it.
// Parents are counted as distinct: de-duplication can only make the real cost lower.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getVariableValues,
  type GraphQLCompositeType,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  isUnionType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

import { isIncluded, selectsOnly, type UpstreamCost, upstreamCost } from './cost-model.js';
import { DEFAULT_PAGE_LENGTH } from './resolvers/pagination.js';
import { MAX_UPSTREAM_PAGE_SIZE } from './upstream/call-logs.js';

/** The federation field a router sends representations to; @apollo/subgraph adds it, so it has no directive. */
const ENTITIES_FIELD = '_entities';

interface Walk {
  schema: GraphQLSchema;
  /** What a `per: BUDGET` field may spend (STATISTICS_MAX_UPSTREAM_REQUESTS). */
  fieldBudget: number;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Readonly<Record<string, unknown>>;
  /** Selections left to visit: fragments spread into fragments multiply paths, so the walk is bounded. */
  budget: { visits: number };
}

/** How many times a selection runs: once per item, and the items span at most `locations` locations. */
interface Scale {
  items: number;
  locations: number;
}

/** Past this many selections visited, an operation is too expensive to estimate, let alone to run. */
const MAX_ESTIMATE_VISITS = 20_000;

function estimateUpstreamRequests(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Readonly<Record<string, unknown>>,
  fieldBudget: number,
): number {
  const queryType = schema.getQueryType();
  if (!queryType) return 0;
  const context: Walk = { schema, fieldBudget, fragments, variables, budget: { visits: MAX_ESTIMATE_VISITS } };
  const cost = walk(context, queryType, selectionSet, { items: 1, locations: 1 });
  return context.budget.visits < 0 ? Number.POSITIVE_INFINITY : cost;
}

function walk(context: Walk, parentType: GraphQLCompositeType, selectionSet: SelectionSetNode, scale: Scale): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (--context.budget.visits < 0) return cost;
    if (!isIncluded(selection, context.variables)) continue;
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(context, parentType, selection, scale);
    } else {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : context.fragments[selection.name.value];
      if (!fragment) continue;
      const typeName = fragment.typeCondition?.name.value;
      const type = typeName ? context.schema.getType(typeName) : parentType;
      if (type && isComposite(type)) cost += walk(context, type, fragment.selectionSet, scale);
    }
  }
  return cost;
}

function isComposite(type: GraphQLNamedType): type is GraphQLCompositeType {
  return isObjectType(type) || isInterfaceType(type) || isUnionType(type);
}

function fieldCost(context: Walk, parentType: GraphQLCompositeType, field: FieldNode, scale: Scale): number {
  const name = field.name.value;
  const definition = isUnionType(parentType) ? undefined : parentType.getFields()[name];
  const childType = definition ? getNamedType(definition.type) : undefined;
  const child = (childScale: Scale): number =>
    field.selectionSet && childType && isComposite(childType)
      ? walk(context, childType, field.selectionSet, childScale)
      : 0;

  if (name === ENTITIES_FIELD && parentType === context.schema.getQueryType()) {
    // One lookup per representation, each possibly in a location of its own; their fields run once each.
    const representations = argumentValue(context, field, 'representations');
    const count = Array.isArray(representations) ? representations.length : 1;
    return count + child({ items: count, locations: count });
  }
  const cost = definition ? upstreamCost(context.schema, definition) : undefined;
  if (!cost) return child(scale);
  const length = cost.per === 'PAGE' ? pageLength(context, field) : (cost.assumedSize ?? 1);
  return ownRequests(context, field, cost, scale) + child({ ...scale, items: scale.items * length });
}

/** The field's own requests for its parents: none when the query selects only what is known without them. */
function ownRequests(context: Walk, field: FieldNode, cost: UpstreamCost, { items, locations }: Scale): number {
  if (cost.free && selectsOnly([field.selectionSet], cost.free, context.fragments, context.variables)) return 0;
  const extra = items * cost.extraPerParent;
  switch (cost.per) {
    case 'PARENT':
      return items + extra;
    case 'LOCATION':
      return Math.min(items, locations) + extra;
    case 'BUDGET':
      return items * context.fieldBudget + extra;
    case 'PAGE': {
      const lists =
        Math.max(1, Math.ceil(pageLength(context, field) / MAX_UPSTREAM_PAGE_SIZE)) +
        (isBackwardWithoutCursor(context, field) ? 1 : 0);
      return items * lists + extra;
    }
    case undefined:
      return extra;
  }
}

function pageLength(context: Walk, field: FieldNode): number {
  const first = argumentValue(context, field, 'first');
  const last = argumentValue(context, field, 'last');
  const lengths = [first, last].filter((value): value is number => typeof value === 'number' && value >= 0);
  return lengths.length > 0 ? Math.min(...lengths) : DEFAULT_PAGE_LENGTH;
}

function isBackwardWithoutCursor(context: Walk, field: FieldNode): boolean {
  return argumentValue(context, field, 'last') != null && argumentValue(context, field, 'before') == null;
}

function argumentValue(context: Walk, field: FieldNode, name: string): unknown {
  const argument = field.arguments?.find((candidate) => candidate.name.value === name);
  return argument ? literal(argument.value, context.variables) : undefined;
}

function literal(value: ValueNode, variables: Readonly<Record<string, unknown>>): unknown {
  switch (value.kind) {
    case Kind.VARIABLE:
      return variables[value.name.value];
    case Kind.INT:
      return Number(value.value);
    case Kind.LIST:
      return value.values.map((item) => literal(item, variables));
    case Kind.NULL:
      return null;
    default:
      return 'value' in value ? value.value : {};
  }
}

/**
 * The estimate of one operation of a validated document, with its variables coerced as execution will coerce them
 * (defaults applied: `$first: Int = 200` is 200 here too, and `@include(if: $flag)` reads the same value). Undefined
 * when they cannot be coerced: execution then refuses them itself, before any resolver runs.
 */
export function estimateOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  fieldBudget: number,
): number | undefined {
  const { coerced } = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  if (!coerced) return undefined;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return estimateUpstreamRequests(schema, operation.selectionSet, fragments, coerced, fieldBudget);
}

/**
 * Refuses, before execution, operations whose estimate exceeds `limit` upstream requests; a `per: BUDGET` field is
 * counted at `fieldBudget`.
 */
export function queryCostPlugin<Context extends object>(
  limit: number,
  fieldBudget: number,
): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation, document, schema, request }) {
          if (!operation) return Promise.resolve();
          const estimate = estimateOperation(schema, document, operation, request.variables ?? {}, fieldBudget);
          if (estimate === undefined) return Promise.resolve();
          if (estimate > limit) {
            throw new GraphQLError(
              Number.isFinite(estimate)
                ? `This operation could cause up to ${estimate} upstream requests; the limit is ${limit}. Ask for fewer items or references.`
                : `This operation is too large to estimate (over ${MAX_ESTIMATE_VISITS} selections once fragments are spread).`,
              {
                extensions: {
                  code: 'QUERY_TOO_EXPENSIVE',
                  estimatedUpstreamRequests: estimate,
                  limit,
                  http: { status: 400 },
                },
              },
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
