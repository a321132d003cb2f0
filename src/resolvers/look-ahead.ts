// Look-ahead for a page of call logs. Once the page is in, the references its selection will load (each call's
// contact, agent and message: call-log-references.ts; its actions' workflows, calendars, knowledge bases and custom
// fields: action-references.ts) are asked of the loaders at once and sent, before graphql-js
// walks the page's fields (some 5,000 for a dashboard page: milliseconds of the one thread) and reaches the same
// resolvers, which then find those requests in flight. The requests are those the resolvers would make, no more: the
// same loads, the same rule for a selection of only `free` fields (cost-model.ts), the same @skip/@include.
import {
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  isAbstractType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';

import type { GatewayContext } from '../context.js';
import { isIncluded, selectsOnly, upstreamCost } from '../cost-model.js';
import { isRecord } from '../guards.js';
import { ACTION_REFERENCE_FIELDS, ACTION_REFERENCES, type ActionReference } from './action-references.js';
import { toActionModel, typeNameOf } from './actions.js';
import { CALL_LOG_REFERENCES } from './call-log-references.js';
import { referencedId } from './ids.js';
import type { CallLogModel } from './models.js';

/**
 * Starts the loads `logs` will need under the connection field `info` resolves (`nodes` and `edges { node }`), and
 * resolves once they are on their way. Resolves at once when the selection loads nothing.
 */
export async function loadPageReferences(
  logs: readonly CallLogModel[],
  info: GraphQLResolveInfo,
  context: GatewayContext,
): Promise<void> {
  const callLogType = info.schema.getType('CallLog') as GraphQLObjectType;
  const pages = connectionSelections(info);
  let started = false;
  for (const [fieldName, { rawId, load }] of Object.entries(CALL_LOG_REFERENCES)) {
    if (!loads(pages, callLogType, fieldName, info)) continue;
    for (const log of logs) {
      const id = idOf(rawId(log));
      if (id === null) continue;
      // The resolver awaits the same promise and reports its failure where it belongs.
      load(log, id, context.loaders).catch(() => undefined);
      started = true;
    }
  }
  if (startActionReferences(logs, fieldSelections(pages, 'actions', info, callLogType), info, context)) started = true;
  // DataLoader sends its batch on a later tick, and the requests reach their sockets through more: all of that runs
  // before the event loop's next check phase.
  if (started) await new Promise((resolve) => setImmediate(resolve));
}

/** Starts the loads of the page's actions' references that `actionSelections` reach; whether it started any. */
function startActionReferences(
  logs: readonly CallLogModel[],
  actionSelections: readonly SelectionSetNode[],
  info: GraphQLResolveInfo,
  context: GatewayContext,
): boolean {
  if (actionSelections.length === 0) return false;
  // What each action type's selection loads.
  const wanted = new Map<string, ActionReference[]>();
  for (const [typeName, fields = []] of Object.entries(ACTION_REFERENCE_FIELDS)) {
    const type = info.schema.getType(typeName);
    if (!isObjectType(type)) continue;
    const references = fields
      .filter((fieldName) => loads(actionSelections, type, fieldName, info))
      .map((fieldName) => ACTION_REFERENCES[fieldName]);
    if (references.length > 0) wanted.set(typeName, references);
  }
  if (wanted.size === 0) return false;
  let started = false;
  for (const log of logs) {
    const entries: unknown = log.executedCallActions;
    if (!Array.isArray(entries)) continue; // the resolver reports it
    entries.forEach((entry: unknown, index) => {
      const references = wanted.get(typeNameOf(isRecord(entry) ? entry['actionType'] : undefined));
      if (!references) return;
      const action = toActionModel(entry, log, index);
      for (const { parameter, load } of references) {
        const id = idOf(action.parameters[parameter]);
        if (id === null) continue;
        load(action, id, context.loaders).catch(() => undefined);
        started = true;
      }
    });
  }
  return started;
}

/**
 * Whether the field `fieldName` of `type`, selected in `selectionSets` (on that type), will load: it is selected
 * (included, through fragments that apply to the type) for more than its free fields.
 */
function loads(
  selectionSets: readonly SelectionSetNode[],
  type: GraphQLObjectType,
  fieldName: string,
  info: GraphQLResolveInfo,
): boolean {
  const field = type.getFields()[fieldName];
  const selections = fieldSelections(selectionSets, fieldName, info, type);
  if (!field || selections.length === 0) return false;
  const free = upstreamCost(info.schema, field)?.free;
  return free === undefined || !selectsOnly(selections, free, info.fragments, info.variableValues);
}

/** A reference as its resolver reads it: null when there is none or it is not an id (the resolver says why). */
function idOf(raw: unknown): string | null {
  try {
    return referencedId(raw);
  } catch {
    return null;
  }
}

/** The selection sets on CallLog under the connection: its `nodes`, and `node` of its `edges`. */
function connectionSelections(info: GraphQLResolveInfo): SelectionSetNode[] {
  const connection = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  const edges = fieldSelections(connection, 'edges', info);
  return [...fieldSelections(connection, 'nodes', info), ...fieldSelections(edges, 'node', info)];
}

/**
 * The selection sets of every included field named `fieldName` in `selectionSets`, through fragments whose type
 * condition `onType` meets (any, when it is not given: the connection and edge types are not abstract).
 */
function fieldSelections(
  selectionSets: readonly SelectionSetNode[],
  fieldName: string,
  info: GraphQLResolveInfo,
  onType?: GraphQLObjectType,
): SelectionSetNode[] {
  const found: SelectionSetNode[] = [];
  const visit = (selectionSet: SelectionSetNode): void => {
    for (const selection of selectionSet.selections) {
      if (!isIncluded(selection, info.variableValues)) continue;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === fieldName) found.push(selectionOf(selection));
        continue;
      }
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
      const condition = fragment?.typeCondition?.name.value;
      if (fragment && (condition === undefined || !onType || appliesTo(condition, onType, info))) {
        visit(fragment.selectionSet);
      }
    }
  };
  selectionSets.forEach(visit);
  return found;
}

/** A leaf field has no selection set: an empty one asks for nothing. */
function selectionOf(field: FieldNode): SelectionSetNode {
  return field.selectionSet ?? { kind: Kind.SELECTION_SET, selections: [] };
}

function appliesTo(condition: string, type: GraphQLObjectType, info: GraphQLResolveInfo): boolean {
  const conditionType = info.schema.getType(condition);
  if (conditionType === type) return true;
  return conditionType !== undefined && isAbstractType(conditionType) && info.schema.isSubType(conditionType, type);
}
