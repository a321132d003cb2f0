// Live updates, entered from createGateway: the live events (what subscribers of a location receive: across
// instances through Redis pub/sub when REDIS_URL is set, else in this process), HighLevel's webhook endpoint that
// publishes to them (unless webhooks are off), the watches that check a subscriber's access and poll its location
// (one instance polls each, with Redis), and the subscription server that delivers them: graphql-ws on the /graphql
// path, graphql-sse at /graphql/stream. Webhooks and polls share one deduplicator: a call found by both is published
// once.
import type { FastifyInstance } from 'fastify';
import type { GraphQLSchema, ValidationRule } from 'graphql';

import type { ContextDependencies } from '../context.js';
import type { Logger } from '../observability/logger.js';
import type { GatewayMetrics } from '../observability/metrics.js';
import { GATEWAY_DEFAULTS, type GatewaySettings } from '../settings.js';
import type { SharedState } from '../shared-state.js';
import type { UpstreamHttp } from '../upstream/http.js';
import { CredentialCounts, type LiveAccess } from './call-log-feed.js';
import { WebhookDeduplicator } from './deduplication.js';
import { createInProcessLiveEvents, type LiveEvents } from './events.js';
import { createLeadership } from './leadership.js';
import { LiveConnections } from './live-connections.js';
import { LiveWatches } from './live-watches.js';
import { createRedisLiveEvents } from './redis-events.js';
import { registerSseRoute } from './sse-route.js';
import { SubscriptionOperations } from './subscription-operations.js';
import { WebhookReceiver } from './webhook-receiver.js';
import { registerWebhookRoute } from './webhook-route.js';
import { GraphQLWebSocketServer } from './websocket-server.js';

/** A failing Redis fails every deduplication: it is logged once a minute, not once a webhook. */
const REDIS_FAILURE_REPORT_INTERVAL_MS = 60_000;

/** After the subscriptions' last messages, how long sockets get to close before they are dropped. */
const SOCKET_CLOSE_GRACE_MS = 1_000;

export interface Live {
  events: LiveEvents;
  watches: LiveWatches;
  /**
   * Ends every subscription (SHUTTING_DOWN) and refuses new connections, then closes the WebSockets with 1001
   * (SSE streams end with their subscription); resolves once they are closed, or dropped at `deadline` (epoch ms).
   */
  drain(deadline: number): Promise<void>;
}

export interface LiveDependencies {
  shared: SharedState;
  /** The gateway's HTTP layer: polls and access checks share its rate limiter and fair share. */
  http: UpstreamHttp;
  metrics: GatewayMetrics;
  logger: Logger;
  schema: GraphQLSchema;
  context: ContextDependencies;
  /** The HTTP path's validation rules for the limits (depth, aliases…), without its queries-only rule. */
  limitRules: readonly ValidationRule[];
  safelist: ReadonlySet<string> | null;
  isAllowedOrigin: (origin: string) => boolean;
}

export async function registerLive(
  app: FastifyInstance,
  settings: Pick<
    GatewaySettings,
    | 'webhooks'
    | 'liveMaxListeners'
    | 'subscriptions'
    | 'limits'
    | 'production'
    | 'statistics'
    | 'livePollIntervalMs'
    | 'liveAccessRecheckMs'
    | 'upstreamRetries'
    | 'operationDeadlineMs'
  >,
  dependencies: LiveDependencies,
): Promise<Live> {
  const { shared, metrics, logger } = dependencies;
  const onListenerError = (error: unknown) => {
    logger.warn({ err: error }, 'a live event listener failed');
  };
  const events = shared.redis
    ? createRedisLiveEvents({
        redis: shared.redis,
        maxListeners: settings.liveMaxListeners,
        onListenerError,
        metrics,
        logger,
      })
    : createInProcessLiveEvents(settings.liveMaxListeners, onListenerError);
  // Polls need it even where webhooks are off: two instances (or two credentials) may find the same call.
  const remembered = settings.webhooks || GATEWAY_DEFAULTS.webhooks;
  let lastReport = 0;
  const deduplicator = new WebhookDeduplicator({
    ttlMs: remembered.deduplicationTtlMs,
    maxEntries: remembered.deduplicationEntries,
    redis: shared.redis,
    onRedisError: (error) => {
      if (Date.now() - lastReport < REDIS_FAILURE_REPORT_INTERVAL_MS) return;
      lastReport = Date.now();
      logger.warn({ err: error }, 'live deduplication without Redis: this instance decides alone');
    },
  });
  if (settings.webhooks) {
    const receiver = new WebhookReceiver({
      settings: settings.webhooks,
      events,
      referenceCache: shared.referenceCache,
      deduplicator,
      metrics,
      logger,
    });
    await registerWebhookRoute(app, receiver, settings.webhooks.maxBodyBytes);
  }
  const watches = new LiveWatches({
    settings: {
      pollIntervalMs: settings.livePollIntervalMs,
      accessRecheckMs: settings.liveAccessRecheckMs,
      upstreamRetries: settings.upstreamRetries,
      deadlineMs: settings.operationDeadlineMs,
    },
    http: dependencies.http,
    events,
    deduplicator,
    leadership: createLeadership(shared.redis),
    metrics,
    logger,
  });
  // After Redis was away, subscribers may have missed events published meanwhile: their locations are read again.
  events.onResync((locationIds) => {
    void watches.resync(locationIds);
  });

  const connections = new LiveConnections(settings.subscriptions.maxConnections, (transport, count) => {
    metrics.liveConnections(transport, count);
  });
  const operations = new SubscriptionOperations({
    schema: dependencies.schema,
    limits: settings.limits,
    validationRules: dependencies.limitRules,
    statisticsBudget: settings.statistics.maxUpstreamRequests,
    safelist: dependencies.safelist,
    production: settings.production,
    context: dependencies.context,
    feed: {
      events,
      access: watchAccess(watches),
      settings: settings.subscriptions,
      metrics,
      credentials: new CredentialCounts(settings.subscriptions.maxPerCredential, (total) => {
        metrics.liveSubscriptions(total);
      }),
      stopping: connections.stoppingSignal,
    },
    logger,
  });
  const webSockets = new GraphQLWebSocketServer({
    operations,
    settings: settings.subscriptions,
    connections,
    isAllowedOrigin: dependencies.isAllowedOrigin,
    production: settings.production,
  });
  app.server.on('upgrade', webSockets.handleUpgrade);
  registerSseRoute(app, { operations, connections });

  return {
    events,
    watches,
    async drain(deadline) {
      watches.close();
      connections.startDraining();
      // Each subscription's last message (its SHUTTING_DOWN error, then complete) is sent before the socket closes.
      await untilOrDeadline(
        () => webSockets.subscriptionCount === 0,
        Math.min(deadline, Date.now() + SOCKET_CLOSE_GRACE_MS),
      );
      webSockets.closeAll();
      await untilOrDeadline(() => webSockets.openCount === 0, Math.min(deadline, Date.now() + SOCKET_CLOSE_GRACE_MS));
      webSockets.terminateAll();
    },
  };
}

/** A subscriber's access is its share of the watch of its (credential, location): checked once, polled, re-checked. */
function watchAccess(watches: LiveWatches): LiveAccess {
  return {
    async watch(context, locationId) {
      const watch = await watches.watch({ caller: context.scope.caller, locationId });
      return {
        release: () => {
          watch.release();
        },
        onEnd: (listener) => {
          void watch.ended.then(listener);
        },
      };
    },
  };
}

/** Polls `done` every 10 ms until it holds or `deadline` (epoch ms) passes. */
async function untilOrDeadline(done: () => boolean, deadline: number): Promise<void> {
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
}
