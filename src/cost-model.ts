// What a field costs in HighLevel requests, as `@upstreamCost` declares it on the field (schema/upstream-cost.graphql),
// and the one rule for "this selection asks only for what is known without the request". The static estimate
// (query-cost.ts) and the resolvers (resolvers/references.ts) both read them from here, so they cannot disagree.
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  getDirectiveValues,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  GraphQLSkipDirective,
  type InlineFragmentNode,
  Kind,
  type SelectionSetNode,
} from 'graphql';

import type { UpstreamCostUnit } from './generated/graphql.js';
import { isRecord } from './guards.js';

const UPSTREAM_COST_DIRECTIVE = 'upstreamCost';

/** A field's `@upstreamCost`, read once. */
export interface UpstreamCost {
  /** What one request is counted per; undefined: the field makes no request of its own. */
  per?: UpstreamCostUnit;
  /** Requests beyond `per`, once per parent object. */
  extraPerParent: number;
  /** Fields of the result known without the request (`__typename` included); undefined: it is always made. */
  free?: ReadonlySet<string>;
  /** The items a list is assumed to hold. */
  assumedSize?: number;
}

const read = new WeakMap<GraphQLField<unknown, unknown>, UpstreamCost | null>();

/** The field's `@upstreamCost`, or undefined when it has none (it costs no request of its own). */
export function upstreamCost(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>): UpstreamCost | undefined {
  let cost = read.get(field);
  if (cost === undefined) {
    cost = readUpstreamCost(schema, field);
    read.set(field, cost);
  }
  return cost ?? undefined;
}

function readUpstreamCost(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>): UpstreamCost | null {
  const directive = schema.getDirective(UPSTREAM_COST_DIRECTIVE);
  const values = directive && field.astNode ? getDirectiveValues(directive, field.astNode) : undefined;
  if (!isRecord(values)) return null;
  const { per, extraPerParent, free, assumedSize } = values;
  const cost: UpstreamCost = { extraPerParent: typeof extraPerParent === 'number' ? extraPerParent : 0 };
  if (isUnit(per)) cost.per = per;
  if (Array.isArray(free)) cost.free = new Set(['__typename', ...free.filter((name) => typeof name === 'string')]);
  if (typeof assumedSize === 'number') cost.assumedSize = assumedSize;
  return cost;
}

function isUnit(value: unknown): value is UpstreamCostUnit {
  return value === 'PARENT' || value === 'LOCATION' || value === 'PAGE' || value === 'BUDGET';
}

/** Whether execution will visit this selection: `@skip(if: true)` and `@include(if: false)` leave it out. */
export function isIncluded(
  node: FieldNode | InlineFragmentNode | FragmentSpreadNode,
  variables: Readonly<Record<string, unknown>>,
): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, variables);
  if (skip?.['if'] === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, variables);
  return include?.['if'] !== false;
}

/**
 * True when these selection sets (one field's, however many times the query names it) ask for nothing but `free`
 * fields, through fragments and inline fragments, leaving out what `@skip`/`@include` leave out. A field without a
 * selection set is a leaf: nothing asked of it.
 */
export function selectsOnly(
  selectionSets: readonly (SelectionSetNode | undefined)[],
  free: ReadonlySet<string>,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Readonly<Record<string, unknown>>,
): boolean {
  const only = (selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.every((selection) => {
      if (!isIncluded(selection, variables)) return true;
      switch (selection.kind) {
        case Kind.FIELD:
          return free.has(selection.name.value);
        case Kind.INLINE_FRAGMENT:
          return only(selection.selectionSet);
        case Kind.FRAGMENT_SPREAD: {
          const fragment = fragments[selection.name.value];
          return fragment !== undefined && only(fragment.selectionSet);
        }
      }
    });
  return selectionSets.every((selectionSet) => selectionSet === undefined || only(selectionSet));
}

/** For a resolver: whether its field's request can be skipped, because the query selects only its `free` fields. */
export function selectsOnlyFreeFields(info: GraphQLResolveInfo): boolean {
  const field = info.parentType.getFields()[info.fieldName];
  const free = field && upstreamCost(info.schema, field)?.free;
  return (
    free !== undefined &&
    selectsOnly(
      info.fieldNodes.map((node) => node.selectionSet),
      free,
      info.fragments,
      info.variableValues,
    )
  );
}

/**
 * For an entity's `__resolveReference` (whose `info` is the `_entities` field's): whether the query asks of
 * `typeName` nothing but `free` fields, so that the representation itself can stand for the entity.
 */
export function entitySelectsOnly(info: GraphQLResolveInfo, typeName: string, free: ReadonlySet<string>): boolean {
  const onType = (selectionSet: SelectionSetNode): SelectionSetNode[] =>
    selectionSet.selections.flatMap((selection) => {
      if (!isIncluded(selection, info.variableValues)) return [];
      switch (selection.kind) {
        case Kind.FIELD:
          return [{ kind: Kind.SELECTION_SET, selections: [selection] }];
        case Kind.INLINE_FRAGMENT: {
          const condition = selection.typeCondition?.name.value;
          return condition === undefined
            ? onType(selection.selectionSet)
            : condition === typeName
              ? [selection.selectionSet]
              : [];
        }
        case Kind.FRAGMENT_SPREAD: {
          const fragment = info.fragments[selection.name.value];
          return fragment?.typeCondition.name.value === typeName ? [fragment.selectionSet] : [];
        }
      }
    });
  const selectionSets = info.fieldNodes.flatMap((node) => (node.selectionSet ? onType(node.selectionSet) : []));
  return selectsOnly(selectionSets, free, info.fragments, info.variableValues);
}
