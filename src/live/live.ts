// Live updates, entered from createGateway: the live events (what subscribers of a location receive: across
// instances through Redis pub/sub when REDIS_URL is set, else in this process), HighLevel's webhook endpoint that
// publishes to them (unless webhooks are off), and the subscription server that delivers them: graphql-ws on the
// /graphql path, graphql-sse at /graphql/stream.
import type { FastifyInstance } from 'fastify';
import type { GraphQLSchema, ValidationRule } from 'graphql';

import type { ContextDependencies } from '../context.js';
import type { Logger } from '../observability/logger.js';
import type { GatewayMetrics } from '../observability/metrics.js';
import type { GatewaySettings } from '../settings.js';
import type { SharedState } from '../shared-state.js';
import { CredentialCounts, type LiveAccess } from './call-log-feed.js';
import { WebhookDeduplicator } from './deduplication.js';
import { createInProcessLiveEvents, type LiveEvents } from './events.js';
import { LiveConnections } from './live-connections.js';
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
  /**
   * Ends every subscription (SHUTTING_DOWN) and refuses new connections, then closes the WebSockets with 1001
   * (SSE streams end with their subscription); resolves once they are closed, or dropped at `deadline` (epoch ms).
   */
  drain(deadline: number): Promise<void>;
}

export interface LiveDependencies {
  shared: SharedState;
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
    'webhooks' | 'liveMaxListeners' | 'subscriptions' | 'limits' | 'production' | 'statistics'
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
  if (settings.webhooks) await registerWebhooks(app, settings.webhooks, events, dependencies);

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
      access: firstPageAccess,
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
    async drain(deadline) {
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

/** Until subscriptions have a watch of their own: the credential proves it can read the location with one request. */
const firstPageAccess: LiveAccess = {
  async watch(context, locationId) {
    await context.clients.listCallLogs({ locationId, sortBy: 'createdAt', sort: 'descend', page: 1, pageSize: 1 });
    return {
      release: () => undefined,
      onEnd: () => undefined,
    };
  },
};

async function registerWebhooks(
  app: FastifyInstance,
  webhooks: Exclude<GatewaySettings['webhooks'], false>,
  events: LiveEvents,
  { shared, metrics, logger }: LiveDependencies,
): Promise<void> {
  let lastReport = 0;
  const deduplicator = new WebhookDeduplicator({
    ttlMs: webhooks.deduplicationTtlMs,
    maxEntries: webhooks.deduplicationEntries,
    redis: shared.redis,
    onRedisError: (error) => {
      if (Date.now() - lastReport < REDIS_FAILURE_REPORT_INTERVAL_MS) return;
      lastReport = Date.now();
      logger.warn({ err: error }, 'webhook deduplication without Redis: this instance decides alone');
    },
  });
  const receiver = new WebhookReceiver({
    settings: webhooks,
    events,
    referenceCache: shared.referenceCache,
    deduplicator,
    metrics,
    logger,
  });
  await registerWebhookRoute(app, receiver, webhooks.maxBodyBytes);
}

/** Polls `done` every 10 ms until it holds or `deadline` (epoch ms) passes. */
async function untilOrDeadline(done: () => boolean, deadline: number): Promise<void> {
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
}
