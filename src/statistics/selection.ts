// What a callStatistics query selects decides what it must read: counts alone come from HighLevel's totals, calls
// per action type from one total per type, anything else from the calls themselves. Read from the operation's
// document (fragments followed, `@skip`/`@include` applied, as execution will), before any upstream request.
import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Kind } from 'graphql';

import { isIncluded } from '../cost-model.js';
import type { CountNeeds } from './totals.js';

/** Fields known without reading a call. */
const FREE_FIELDS = new Set(['__typename', 'timeZone', 'coverage']);
const COUNT_FIELDS = new Set(['count', 'liveCount', 'trialCount']);
/** What per-type totals tell of an action type. */
const TOTAL_ACTION_TYPE_FIELDS = new Set(['__typename', 'type', 'calls']);

export interface StatisticsSelection {
  counts: CountNeeds;
  /** Nothing but counts (and free fields): HighLevel's totals answer them. */
  countsOnly: boolean;
  /** Nothing but counts and `byActionType { type calls }`: one total per action type can answer. */
  typeCallsOnly: boolean;
}

export function readSelection(info: GraphQLResolveInfo): StatisticsSelection {
  const top = selectedFields(
    info.fieldNodes.map((node) => node.selectionSet),
    info.fragments,
    info.variableValues,
  );
  const names = [...top.keys()];
  const counts: CountNeeds = {
    count: top.has('count'),
    liveCount: top.has('liveCount'),
    trialCount: top.has('trialCount'),
  };
  const countsOnly = names.every((name) => FREE_FIELDS.has(name) || COUNT_FIELDS.has(name));
  const actionTypeFields = top.has('byActionType')
    ? [...selectedFields(top.get('byActionType') ?? [], info.fragments, info.variableValues).keys()]
    : [];
  const typeCallsOnly =
    top.has('byActionType') &&
    names.every((name) => FREE_FIELDS.has(name) || COUNT_FIELDS.has(name) || name === 'byActionType') &&
    actionTypeFields.every((name) => TOTAL_ACTION_TYPE_FIELDS.has(name));
  return { counts, countsOnly, typeCallsOnly };
}

/** The fields these selection sets select, by name, with the selection sets under each. */
function selectedFields(
  selectionSets: readonly (SelectionSetNode | undefined)[],
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Readonly<Record<string, unknown>>,
): Map<string, SelectionSetNode[]> {
  const fields = new Map<string, SelectionSetNode[]>();
  const visited = new Set<SelectionSetNode>();
  const visit = (selectionSet: SelectionSetNode | undefined): void => {
    if (!selectionSet || visited.has(selectionSet)) return;
    visited.add(selectionSet);
    for (const selection of selectionSet.selections) {
      if (!isIncluded(selection, variables)) continue;
      if (selection.kind === Kind.FIELD) {
        const under = fields.get(selection.name.value) ?? [];
        if (selection.selectionSet) under.push(selection.selectionSet);
        fields.set(selection.name.value, under);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        visit(fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const selectionSet of selectionSets) visit(selectionSet);
  return fields;
}
