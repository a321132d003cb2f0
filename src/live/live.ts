// Live updates, entered from createGateway: the live events (what subscribers of a location receive), the watches
// that check a subscriber's access and poll its location, and, unless webhooks are off, HighLevel's webhook endpoint
// that publishes to them and invalidates the reference cache. Webhooks and polls share one deduplicator: a call
// found by both is published once.
import type { FastifyInstance } from 'fastify';

import type { Logger } from '../observability/logger.js';
import type { GatewayMetrics } from '../observability/metrics.js';
import { GATEWAY_DEFAULTS, type GatewaySettings } from '../settings.js';
import type { SharedState } from '../shared-state.js';
import type { UpstreamHttp } from '../upstream/http.js';
import { WebhookDeduplicator } from './deduplication.js';
import { createInProcessLiveEvents, type LiveEvents } from './events.js';
import { LiveWatches } from './live-watches.js';
import { WebhookReceiver } from './webhook-receiver.js';
import { registerWebhookRoute } from './webhook-route.js';

/** A failing Redis fails every deduplication: it is logged once a minute, not once a webhook. */
const REDIS_FAILURE_REPORT_INTERVAL_MS = 60_000;

export interface Live {
  events: LiveEvents;
  watches: LiveWatches;
}

export async function registerLive(
  app: FastifyInstance,
  settings: Pick<
    GatewaySettings,
    | 'webhooks'
    | 'liveMaxListeners'
    | 'livePollIntervalMs'
    | 'liveAccessRecheckMs'
    | 'upstreamRetries'
    | 'operationDeadlineMs'
  >,
  {
    shared,
    http,
    metrics,
    logger,
  }: { shared: SharedState; http: UpstreamHttp; metrics: GatewayMetrics; logger: Logger },
): Promise<Live> {
  const events = createInProcessLiveEvents(settings.liveMaxListeners, (error) => {
    logger.warn({ err: error }, 'a live event listener failed');
  });
  const { webhooks } = settings;
  // Polls need it even where webhooks are off: two instances (or two credentials) may find the same call.
  const remembered = webhooks || GATEWAY_DEFAULTS.webhooks;
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
  if (webhooks) {
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
  const watches = new LiveWatches({
    settings: {
      pollIntervalMs: settings.livePollIntervalMs,
      accessRecheckMs: settings.liveAccessRecheckMs,
      upstreamRetries: settings.upstreamRetries,
      deadlineMs: settings.operationDeadlineMs,
    },
    http,
    events,
    deduplicator,
    metrics,
    logger,
  });
  return { events, watches };
}
