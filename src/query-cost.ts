// A static estimate of the upstream requests an operation can cause, checked before it executes: an operation whose
// worst case exceeds the limit is refused with QUERY_TOO_EXPENSIVE instead of spending a location's budget.
//
// The model (worst case, in the spirit of IBM's @listSize / Apollo's demand control):
// - `callLogs(first|last: n)` costs ceil(n / 50) list requests (one more for `last` without `before`) and makes
//   each of its fields run n times; `callLog` costs 1. `Contact.callLogs` costs 1 more (the contact's location).
// - A per-id reference (contact, agent, message, calendar, knowledge base) costs 1 per parent item, unless only its
//   key is selected (then it is free); a list-by-location reference (workflow, contact field) costs 1 in all.
// - `actions` is assumed to hold at most ASSUMED_ACTIONS_PER_CALL items; `_entities` costs 1 per representation.
// Parents are counted as distinct: de-duplication can only make the real cost lower.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNamedType,
  isObjectType,
  isInterfaceType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_LENGTH } from './resolvers/pagination.js';
import { MAX_UPSTREAM_PAGE_SIZE } from './upstream/call-logs.js';

/** One of each action type, as in HighLevel's reference call log: more are possible but rare. */
export const ASSUMED_ACTIONS_PER_CALL = 8;
const PER_ID_REFERENCES = new Set(['contact', 'agent', 'message', 'calendar', 'knowledgeBase']);
const PER_LOCATION_REFERENCES = new Set(['workflow', 'contactField']);
const KEY_FIELDS = new Set(['id', 'locationId', '__typename']);

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Readonly<Record<string, unknown>>;
  /** Selections left to visit: fragments spread into fragments multiply paths, so the walk is bounded. */
  budget: { visits: number };
}

/** Past this many selections visited, an operation is too expensive to estimate, let alone to run. */
export const MAX_ESTIMATE_VISITS = 20_000;

export function estimateUpstreamRequests(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Readonly<Record<string, unknown>>,
): number {
  const queryType = schema.getQueryType();
  if (!queryType) return 0;
  const context: Walk = { schema, fragments, variables, budget: { visits: MAX_ESTIMATE_VISITS } };
  const cost = walk(context, queryType, selectionSet, 1);
  return context.budget.visits < 0 ? Number.POSITIVE_INFINITY : cost;
}

function walk(context: Walk, parentType: GraphQLCompositeType, selectionSet: SelectionSetNode, items: number): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (--context.budget.visits < 0) return cost;
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(context, parentType, selection, items);
    } else {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : context.fragments[selection.name.value];
      if (!fragment) continue;
      const typeName = fragment.typeCondition?.name.value;
      const type = typeName ? context.schema.getType(typeName) : parentType;
      if (type && (isObjectType(type) || isInterfaceType(type)))
        cost += walk(context, type, fragment.selectionSet, items);
    }
  }
  return cost;
}

function fieldCost(context: Walk, parentType: GraphQLCompositeType, field: FieldNode, items: number): number {
  const name = field.name.value;
  const definition = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
  const childType = definition ? getNamedType(definition.type) : undefined;
  const child = (childItems: number): number =>
    field.selectionSet && childType && (isObjectType(childType) || isInterfaceType(childType))
      ? walk(context, childType, field.selectionSet, childItems)
      : 0;

  if (name === 'callLogs') {
    const length = pageLength(context, field);
    const lists =
      Math.max(1, Math.ceil(length / MAX_UPSTREAM_PAGE_SIZE)) + (isBackwardWithoutCursor(context, field) ? 1 : 0);
    const contactLookup = parentType.name === 'Contact' ? 1 : 0;
    return items * (lists + contactLookup) + child(items * length);
  }
  if (name === 'callLog') return items + child(items);
  if (name === '_entities') {
    const representations = argumentValue(context, field, 'representations');
    const count = Array.isArray(representations) ? representations.length : 1;
    return count + child(count);
  }
  if (name === 'actions') return child(items * ASSUMED_ACTIONS_PER_CALL);
  if (PER_ID_REFERENCES.has(name) || PER_LOCATION_REFERENCES.has(name)) {
    if (onlyKeys(context, field.selectionSet)) return 0;
    return (PER_ID_REFERENCES.has(name) ? items : 1) + child(items);
  }
  return child(items);
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

function onlyKeys(context: Walk, selectionSet: SelectionSetNode | undefined): boolean {
  if (!selectionSet) return true;
  return selectionSet.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return KEY_FIELDS.has(selection.name.value);
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : context.fragments[selection.name.value];
    return fragment ? onlyKeys(context, fragment.selectionSet) : true;
  });
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

/** Refuses, before execution, operations whose estimate exceeds `limit` upstream requests. */
export function queryCostPlugin<Context extends object>(limit: number): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation, document, schema, request }) {
          if (!operation) return Promise.resolve();
          const fragments = Object.fromEntries(
            document.definitions
              .filter(
                (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
              )
              .map((fragment) => [fragment.name.value, fragment]),
          );
          const estimate = estimateUpstreamRequests(schema, operation.selectionSet, fragments, request.variables ?? {});
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
