// A subscriber's filter, checked once at subscribe and then against each call on the server: what a client did not
// ask for is never resolved, never costs an upstream request and never leaves the gateway.
import { badUserInput } from '../errors.js';
import type { LiveCallLogFilter } from '../generated/graphql.js';
import { isRecord } from '../guards.js';
import { assertId } from '../resolvers/ids.js';
import type { CallLogDto } from '../upstream/dto.js';

/** As on `callLogs`' filter: HighLevel's comma-separated contact filter takes at most 100 ids. */
const MAX_CONTACT_IDS = 100;

export interface CallLogMatcher {
  (callLog: CallLogDto): boolean;
}

/** Checks the filter's ids before anything is subscribed; a bad one is BAD_USER_INPUT. */
export function callLogMatcher(filter: LiveCallLogFilter | null | undefined): CallLogMatcher {
  if (!filter) return () => true;
  const agentId = filter.agentId == null ? undefined : assertId(filter.agentId, 'filter.agentId');
  const callType = filter.callType ?? undefined;
  const actionTypes = filter.actionTypes == null ? undefined : new Set<string>(filter.actionTypes);
  let contactIds: ReadonlySet<string> | undefined;
  if (filter.contactIds != null) {
    if (filter.contactIds.length > MAX_CONTACT_IDS)
      throw badUserInput(`\`filter.contactIds\` takes at most ${MAX_CONTACT_IDS} ids.`, 'filter.contactIds');
    contactIds = new Set(filter.contactIds.map((id) => assertId(id, 'filter.contactIds')));
  }
  return (callLog) =>
    (agentId === undefined || callLog.agentId === agentId) &&
    (callType === undefined || (callLog.trialCall ? 'TRIAL' : 'LIVE') === callType) &&
    (contactIds === undefined || (typeof callLog.contactId === 'string' && contactIds.has(callLog.contactId))) &&
    (actionTypes === undefined || executedTypes(callLog).some((type) => actionTypes.has(type)));
}

function executedTypes(callLog: CallLogDto): string[] {
  const actions: unknown = callLog.executedCallActions;
  if (!Array.isArray(actions)) return [];
  return actions.flatMap((action: unknown) =>
    isRecord(action) && typeof action['actionType'] === 'string' ? [action['actionType']] : [],
  );
}
