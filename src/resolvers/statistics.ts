// Query.callStatistics and its types: arguments checked (before any upstream request, and before any cache is
// asked), the caller's right to the location checked, then src/statistics/ plans and computes the figures.
import { type GraphQLResolveInfo, responsePathAsArray } from 'graphql';

import type { GatewayContext } from '../context.js';
import { badUserInput, gatewayError } from '../errors.js';
import type { QueryCallStatisticsArgs, Resolvers } from '../generated/graphql.js';
import { computeCallStatistics, type StatisticsRequest } from '../statistics/call-statistics.js';
import { checkRange } from '../statistics/range.js';
import { readSelection } from '../statistics/selection.js';
import type { UpstreamScope } from '../upstream/scope.js';
import { toListQuery } from './call-log-list.js';
import { assertId } from './ids.js';
import type { CallStatisticsModel } from './models.js';
import { resolveReference } from './references.js';

function statisticsRequest(
  args: QueryCallStatisticsArgs,
  maxRangeDays: number,
  info: GraphQLResolveInfo,
): StatisticsRequest & { timeZone: string } {
  const locationId = assertId(args.locationId, 'locationId');
  if (args.filter?.createdAt) {
    throw badUserInput('`filter.createdAt` is not taken here: `range` says when.', 'filter.createdAt');
  }
  const range = checkRange(args.range, maxRangeDays);
  const query = { locationId, ...toListQuery(args.filter, null, range.to) };
  return { locationId, query, ...range, selection: readSelection(info) };
}

/**
 * What the HTTP layer checks before each request, checked before the day cache is asked: a cached day must not
 * reach a caller who may not read its location (service-token callers share one credential).
 */
function assertMayRead(scope: UpstreamScope, locationId: string): void {
  if (scope.refusal) throw scope.refusal;
  if (!scope.token) throw gatewayError('UNAUTHENTICATED', 'No HighLevel credential for this request.');
  scope.assertReadable(locationId);
}

async function callStatistics(
  args: QueryCallStatisticsArgs,
  { scope, clients, statistics, partialErrors }: GatewayContext,
  info: GraphQLResolveInfo,
): Promise<CallStatisticsModel> {
  const request = statisticsRequest(args, statistics.limits.maxRangeDays, info);
  assertMayRead(scope, request.locationId);
  const { figures, coverage } = await computeCallStatistics(request, {
    fetchPage: clients.listCallLogs,
    credentialKey: scope.credentialKey,
    cache: statistics.days,
    maxUpstreamRequests: statistics.limits.maxUpstreamRequests,
    now: Date.now(),
  });
  if (!coverage.complete) {
    const missing = figures.byDay.filter((day) => !day.complete);
    partialErrors.push(
      gatewayError(
        'PARTIAL_STATISTICS',
        `The upstream budget of ${statistics.limits.maxUpstreamRequests} requests (STATISTICS_MAX_UPSTREAM_REQUESTS) ` +
          `ran out before ${missing.length} of ${figures.byDay.length} days were read: the figures cover the newest ` +
          `days only (byDay.complete says which). Ask for a shorter range, or again once these days are cached.`,
        { missingDays: missing.map((day) => day.date) },
        responsePathAsArray(info.path),
      ),
    );
  }
  return { ...figures, coverage, locationId: request.locationId, timeZone: request.timeZone };
}

export const statisticsResolvers: Resolvers = {
  Query: {
    callStatistics: (_root, args, context, info) => callStatistics(args, context, info),
  },
  CallStatistics: {
    byAgent: (statistics) => statistics.byAgent.map((agent) => ({ ...agent, locationId: statistics.locationId })),
  },
  AgentCallStatistics: {
    agent: (statistics, _args, { loaders }, info) =>
      statistics.isAgentDeleted
        ? null
        : resolveReference(statistics.agentId, statistics.locationId, info, (id) =>
            loaders.agent.load({ locationId: statistics.locationId, id }),
          ),
  },
  ActionTypeStatistics: {
    executions: (statistics) => {
      // The totals plan runs only when `executions` is not selected (src/statistics/selection.ts).
      if (statistics.executions === undefined) throw new Error('executions were not counted by this plan');
      return statistics.executions;
    },
  },
};
