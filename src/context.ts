// Everything one GraphQL operation owns: who it runs as, its upstream budget, upstream clients bound to both, and
// fresh DataLoaders. Nothing here outlives the operation, so callers never share a credential or a cached value.
import type { GraphQLError } from 'graphql';

import type { Authenticate } from './auth.js';
import type { ReferenceCache } from './cache.js';
import type { Caller } from './caller.js';
import type { LiveFeedServices } from './live/call-log-feed.js';
import { createLoaders, type LoaderObserver, type Loaders } from './loaders.js';
import { GATEWAY_DEFAULTS, type StatisticsLimits } from './settings.js';
import { DayCache } from './statistics/day-cache.js';
import { createUpstreamClients, type UpstreamClients } from './upstream/clients.js';
import type { UpstreamHttp } from './upstream/http.js';
import { type ScopeLimits, UpstreamScope } from './upstream/scope.js';

export interface GatewayContext {
  scope: UpstreamScope;
  clients: UpstreamClients;
  loaders: Loaders;
  /** What callStatistics may read, and the days it keeps (shared across operations, keyed by credential). */
  statistics: { limits: StatisticsLimits; days: DayCache | undefined };
  /**
   * Errors of fields that still answered with what they could (PARTIAL_STATISTICS): sent beside the data, at the
   * field's path (src/partial-errors.ts).
   */
  partialErrors: GraphQLError[];
  /** A subscription's feed services (src/live/): only the subscription server sets them. */
  live?: LiveFeedServices;
}

export interface ContextDependencies {
  http: UpstreamHttp;
  authenticate: Authenticate;
  limits: ScopeLimits;
  observer?: LoaderObserver;
  /** Shared across requests; keyed by credential, so it never mixes callers. */
  cache?: ReferenceCache;
  /** Default: GATEWAY_DEFAULTS.statistics. */
  statistics?: StatisticsLimits;
}

export async function createContext(
  dependencies: ContextDependencies,
  authorization: string | undefined,
): Promise<GatewayContext> {
  return contextForCaller(dependencies, await dependencies.authenticate(authorization));
}

/** A context for a caller already authenticated (each event of a subscription runs as its subscriber). */
export function contextForCaller(
  { http, limits, observer, cache, statistics }: ContextDependencies,
  caller: Caller,
): GatewayContext {
  const scope = new UpstreamScope(caller, limits);
  const clients = createUpstreamClients(http, scope, cache);
  return {
    scope,
    clients,
    loaders: createLoaders(clients, observer),
    statistics: { limits: statistics ?? GATEWAY_DEFAULTS.statistics, days: cache ? new DayCache(cache) : undefined },
    partialErrors: [],
  };
}
