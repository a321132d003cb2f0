// Query.callLog, Query.callLogs and the CallLog type: graph arguments become HighLevel query parameters here, and
// call-log DTOs become graph objects; references are handed to the request's loaders.
import type { GatewayContext } from '../context.js';
import { badUserInput, gatewayError } from '../errors.js';
import type { CallLogFilter, CallLogOrder, QueryCallLogsArgs, Resolvers } from '../generated/graphql.js';
import { isRecord } from '../guards.js';
import type { CallLogListQuery } from '../upstream/call-logs.js';
import type { CallLogDto } from '../upstream/dto.js';
import { toActionModel } from './actions.js';
import { assertId } from './ids.js';
import type { CallLogConnectionModel, CallLogModel } from './models.js';
import { decodeCursor, encodeCursor, fetchWindow, listFingerprint, validateLength } from './pagination.js';
import { resolveReference } from './references.js';
import { parseTranscript } from './transcript.js';

const MAX_CONTACT_IDS = 100;

function toCallLogModel(dto: CallLogDto, locationId: string): CallLogModel {
  return { ...dto, locationId };
}

/**
 * Maps the graph's filter and order onto HighLevel's list parameters, checking what HighLevel would reject.
 * `now` ends a date range left open; it is the instant the list was first read, carried in its cursors.
 */
export function toListQuery(
  locationId: string,
  filter: CallLogFilter | null | undefined,
  orderBy: CallLogOrder | null | undefined,
  now: number,
): CallLogListQuery {
  const query: CallLogListQuery = { locationId };
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

/** One page of a location's call logs; shared by `Query.callLogs` and `Contact.callLogs`. */
export async function callLogConnection(
  args: QueryCallLogsArgs,
  { clients, loaders }: GatewayContext,
): Promise<CallLogConnectionModel> {
  // Every argument is checked before the first upstream request.
  const locationId = assertId(args.locationId, 'locationId');
  const first = validateLength(args.first, 'first');
  const last = validateLength(args.last, 'last');
  const fingerprint = listFingerprint([locationId, args.filter, args.orderBy]);
  const after = args.after ? decodeCursor(args.after, fingerprint, 'after') : undefined;
  const before = args.before ? decodeCursor(args.before, fingerprint, 'before') : undefined;
  const snapshot = after?.snapshot ?? before?.snapshot ?? Date.now();
  const query = toListQuery(locationId, args.filter, args.orderBy, snapshot);

  const page = await fetchWindow(clients.listCallLogs, query, { first, last, after, before });
  const edges = page.logs.map((dto, index) => {
    // A later `callLog(id)` in the same operation is then served without another request.
    loaders.callLog.prime({ locationId, id: dto.id }, dto);
    return {
      node: toCallLogModel(dto, locationId),
      cursor: encodeCursor(fingerprint, { offset: page.start + index, snapshot }),
    };
  });
  return {
    edges,
    totalCount: page.totalCount,
    hasPreviousPage: page.start > 0,
    hasNextPage: page.start + edges.length < page.totalCount,
  };
}

function isAgentDeleted(log: CallLogModel): boolean {
  return log.isAgentDeleted === true;
}

export const callLogResolvers: Resolvers = {
  Query: {
    callLog: async (_root, args, { loaders }) => {
      const locationId = assertId(args.locationId, 'locationId');
      const dto = await loaders.callLog.load({ locationId, id: assertId(args.id, 'id') });
      if (!dto) throw gatewayError('NOT_FOUND', `Location ${locationId} has no call log ${args.id}.`);
      return toCallLogModel(dto, locationId);
    },
    callLogs: (_root, args, context) => callLogConnection(args, context),
  },
  CallLog: {
    __resolveReference: async ({ id, locationId }, { loaders }) => {
      const dto = await loaders.callLog.load({
        locationId: assertId(locationId, 'locationId'),
        id: assertId(id, 'id'),
      });
      return dto ? toCallLogModel(dto, locationId) : null;
    },
    agentId: (log) => log.agentId ?? null,
    agent: (log, _args, { loaders }, info) =>
      isAgentDeleted(log)
        ? null
        : resolveReference(log.agentId, log.locationId, info, (id) =>
            loaders.agent.load({ locationId: log.locationId, id }),
          ),
    isAgentDeleted,
    contact: (log, _args, { loaders }, info) =>
      // `free` includes `callLogs`: the contact's calls need only its id and the call log's location.
      resolveReference(log.contactId, log.locationId, info, (id) =>
        loaders.contact.load({ id, locationId: log.locationId }),
      ),
    createdAt: (log) => log.createdAt ?? null,
    callType: (log) => (log.trialCall === true ? 'TRIAL' : 'LIVE'),
    isTrialCall: (log) => log.trialCall === true,
    actions: (log) =>
      Array.isArray(log.executedCallActions)
        ? log.executedCallActions.map((action: unknown) => toActionModel(action, log.locationId))
        : [],
    transcriptTurns: (log) => parseTranscript(log.transcript),
    translation: (log) => (isRecord(log.translation) ? log.translation : null),
    extractedData: (log) => log.extractedData ?? null,
    message: (log, _args, { loaders }, info) =>
      resolveReference(log.messageId, log.locationId, info, (id) =>
        loaders.message.load({ id, locationId: log.locationId }),
      ),
  },
  CallTranslation: {
    enabled: (translation) => (typeof translation['enabled'] === 'boolean' ? translation['enabled'] : null),
    language: (translation) => (typeof translation['language'] === 'string' ? translation['language'] : null),
    translatedTranscript: (translation) =>
      typeof translation['translatedTranscript'] === 'string' ? translation['translatedTranscript'] : null,
    raw: (translation) => translation,
  },
  CallLogConnection: {
    nodes: (connection) => connection.edges.map((edge) => edge.node),
    pageInfo: (connection) => ({
      hasNextPage: connection.hasNextPage,
      hasPreviousPage: connection.hasPreviousPage,
      startCursor: connection.edges[0]?.cursor ?? null,
      endCursor: connection.edges.at(-1)?.cursor ?? null,
    }),
  },
};
