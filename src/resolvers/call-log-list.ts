// A page of a location's call logs, shared by Query.callLogs and Contact.callLogs, in two steps: planning checks
// every argument and decodes the cursors without any upstream request, so that bad arguments are refused before one
// even where the location is still to be learned (Contact.callLogs by contact id alone); fetching reads the window.
import type { GraphQLResolveInfo } from 'graphql';

import type { GatewayContext } from '../context.js';
import { badUserInput } from '../errors.js';
import type { CallLogFilter, CallLogOrder, QueryCallLogsArgs } from '../generated/graphql.js';
import type { CallLogListQuery } from '../upstream/call-logs.js';
import type { CallLogDto } from '../upstream/dto.js';
import { assertId } from './ids.js';
import { loadPageReferences } from './look-ahead.js';
import type { CallLogConnectionModel, CallLogModel } from './models.js';
import {
  decodeCursor,
  encodeCursor,
  fetchWindow,
  listFingerprint,
  validateLength,
  type WindowArgs,
} from './pagination.js';

const MAX_CONTACT_IDS = 100;

/** The list's arguments but its location. */
export type CallLogListArgs = Omit<QueryCallLogsArgs, 'locationId'>;

/** A list request, checked and decoded: what remains is the location and the upstream requests. */
export interface CallLogListPlan {
  fingerprint: string;
  window: WindowArgs;
  /** The instant the list was first read: open date ranges end here, and the cursors carry it. */
  snapshot: number;
  /** HighLevel's list parameters but the location. */
  query: Omit<CallLogListQuery, 'locationId'>;
  /** The filter matches no call (`contactIds: []`): the answer is known without asking HighLevel. */
  matchesNothing: boolean;
}

export function toCallLogModel(dto: CallLogDto, locationId: string): CallLogModel {
  return { ...dto, locationId };
}

/**
 * Checks and decodes a list's arguments before any upstream request. `identity` names the list (its location, or
 * the contact, and its filter and order) so that a cursor cannot be replayed on another list.
 */
export function planCallLogList(args: CallLogListArgs, identity: readonly unknown[]): CallLogListPlan {
  const first = validateLength(args.first, 'first');
  const last = validateLength(args.last, 'last');
  const fingerprint = listFingerprint(identity);
  const after = args.after ? decodeCursor(args.after, fingerprint, 'after') : undefined;
  const before = args.before ? decodeCursor(args.before, fingerprint, 'before') : undefined;
  const snapshot = after?.snapshot ?? before?.snapshot ?? Date.now();
  const query = toListQuery(args.filter, args.orderBy, snapshot);
  // No contact selected means no call, not every call (which HighLevel answers to an empty `contactId`).
  const matchesNothing = args.filter?.contactIds?.length === 0;
  return { fingerprint, window: { first, last, after, before }, snapshot, query, matchesNothing };
}

/** The planned page of `locationId`'s call logs, its references (as `info` selects them) on their way. */
export async function fetchCallLogList(
  plan: CallLogListPlan,
  locationId: string,
  context: GatewayContext,
  info: GraphQLResolveInfo,
): Promise<CallLogConnectionModel> {
  const { clients, loaders } = context;
  if (plan.matchesNothing) return { edges: [], totalCount: 0, hasPreviousPage: false, hasNextPage: false };
  const page = await fetchWindow(clients.listCallLogs, { ...plan.query, locationId }, plan.window);
  const edges = page.logs.map((dto, index) => {
    // A later `callLog(id)` in the same operation is then served without another request.
    loaders.callLog.prime({ locationId, id: dto.id }, dto);
    return {
      node: toCallLogModel(dto, locationId),
      cursor: encodeCursor(plan.fingerprint, { offset: page.start + index, snapshot: plan.snapshot }),
    };
  });
  await loadPageReferences(
    edges.map((edge) => edge.node),
    info,
    context,
  );
  return {
    edges,
    totalCount: page.totalCount,
    hasPreviousPage: page.start > 0,
    hasNextPage: page.start + edges.length < page.totalCount,
  };
}

/**
 * Maps the graph's filter and order onto HighLevel's list parameters, checking what HighLevel would reject.
 * `now` ends a date range left open; it is the instant the list was first read, carried in its cursors.
 */
export function toListQuery(
  filter: CallLogFilter | null | undefined,
  orderBy: CallLogOrder | null | undefined,
  now: number,
): Omit<CallLogListQuery, 'locationId'> {
  const query: Omit<CallLogListQuery, 'locationId'> = {};
  if (filter?.agentId) query.agentId = assertId(filter.agentId, 'filter.agentId');
  if (filter?.contactIds?.length) {
    // HighLevel takes them comma-separated in the URL, which has a size limit.
    if (filter.contactIds.length > MAX_CONTACT_IDS) {
      throw badUserInput(`\`filter.contactIds\` takes at most ${MAX_CONTACT_IDS} ids.`, 'filter.contactIds');
    }
    query.contactId = filter.contactIds.map((id) => assertId(id, 'filter.contactIds'));
  }
  if (filter?.callType) query.callType = filter.callType;
  if (filter?.actionTypes?.length) query.actionType = [...new Set(filter.actionTypes)];
  if (filter?.createdAt && (filter.createdAt.from || filter.createdAt.to)) {
    // HighLevel wants both ends or neither: a missing end means "since the epoch" or "until now".
    const startDate = filter.createdAt.from?.getTime() ?? 0;
    const endDate = filter.createdAt.to?.getTime() ?? now;
    if (startDate >= endDate) {
      throw badUserInput('`filter.createdAt.from` must be before `filter.createdAt.to`.', 'filter.createdAt');
    }
    query.startDate = startDate;
    query.endDate = endDate;
  }
  if (orderBy) {
    query.sortBy = orderBy.field === 'DURATION' ? 'duration' : 'createdAt';
    query.sort = orderBy.direction === 'ASC' ? 'ascend' : 'descend';
  }
  return query;
}
