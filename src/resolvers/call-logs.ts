// Query.callLog, Query.callLogs and the CallLog type: call-log DTOs become graph objects (the list's arguments become
// HighLevel's in call-log-list.ts); references are handed to the request's loaders.
import type { GraphQLResolveInfo } from 'graphql';

import type { GatewayContext } from '../context.js';
import { gatewayError } from '../errors.js';
import type { QueryCallLogsArgs, Resolvers } from '../generated/graphql.js';
import { toActionModel } from './actions.js';
import { fetchCallLogList, planCallLogList, toCallLogModel } from './call-log-list.js';
import { CALL_LOG_REFERENCES, isAgentDeleted, resolveCallLogReference } from './call-log-references.js';
import { assertId } from './ids.js';
import type { CallLogConnectionModel } from './models.js';
import { readBoolean, readRecord, readString } from './parameters.js';
import { parseTranscript } from './transcript.js';
import { unreadable } from './upstream-values.js';

/** Query.callLogs: the location comes first, then every other argument, all before the first upstream request. */
function callLogConnection(
  args: QueryCallLogsArgs,
  context: GatewayContext,
  info: GraphQLResolveInfo,
): Promise<CallLogConnectionModel> {
  const locationId = assertId(args.locationId, 'locationId');
  const plan = planCallLogList(args, [locationId, args.filter, args.orderBy]);
  return fetchCallLogList(plan, locationId, context, info);
}

export const callLogResolvers: Resolvers = {
  Query: {
    callLog: async (_root, args, { loaders }) => {
      const locationId = assertId(args.locationId, 'locationId');
      const dto = await loaders.callLog.load({ locationId, id: assertId(args.id, 'id') });
      if (!dto) throw gatewayError('NOT_FOUND', `Location ${locationId} has no call log ${args.id}.`);
      return toCallLogModel(dto, locationId);
    },
    callLogs: (_root, args, context, info) => callLogConnection(args, context, info),
  },
  CallLog: {
    // A representation HighLevel does not have is null with an error at its `_entities` path: a bare null, a router
    // shows as a call log of key fields and nulls, with nothing saying why.
    __resolveReference: async ({ id, locationId }, { loaders }) => {
      const dto = await loaders.callLog.load({
        locationId: assertId(locationId, 'locationId'),
        id: assertId(id, 'id'),
      });
      if (!dto) throw gatewayError('NOT_FOUND', `Location ${locationId} has no call log ${id}.`);
      return toCallLogModel(dto, locationId);
    },
    agentId: (log) => log.agentId ?? null,
    agent: (log, _args, { loaders }, info) => resolveCallLogReference(CALL_LOG_REFERENCES.agent, log, loaders, info),
    isAgentDeleted,
    // `free` includes `callLogs`: the contact's calls need only its id and the call log's location.
    contact: (log, _args, { loaders }, info) =>
      resolveCallLogReference(CALL_LOG_REFERENCES.contact, log, loaders, info),
    createdAt: (log) => log.createdAt ?? null,
    callType: (log) => (log.trialCall === true ? 'TRIAL' : 'LIVE'),
    isTrialCall: (log) => log.trialCall === true,
    actions: (log) => {
      const actions: unknown = log.executedCallActions;
      if (actions === undefined || actions === null) return [];
      // Not an empty list: that would say the agent did nothing.
      if (!Array.isArray(actions)) throw unreadable('`executedCallActions` as a value', 'a list');
      return actions.map((action: unknown, index) => toActionModel(action, log, index));
    },
    transcriptTurns: (log) => parseTranscript(log.transcript),
    translation: (log) => readRecord(log, 'translation'),
    extractedData: (log) => log.extractedData ?? null,
    message: (log, _args, { loaders }, info) =>
      resolveCallLogReference(CALL_LOG_REFERENCES.message, log, loaders, info),
  },
  CallTranslation: {
    enabled: (translation) => readBoolean(translation, 'enabled'),
    language: (translation) => readString(translation, 'language'),
    translatedTranscript: (translation) => readString(translation, 'translatedTranscript'),
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
