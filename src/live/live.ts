// Live updates, entered from createGateway: the live events (what subscribers of a location receive) and, unless
// webhooks are off, HighLevel's webhook endpoint that publishes to them and invalidates the reference cache.
import type { FastifyInstance } from 'fastify';

import type { Logger } from '../observability/logger.js';
import type { GatewayMetrics } from '../observability/metrics.js';
import type { GatewaySettings } from '../settings.js';
import type { SharedState } from '../shared-state.js';
import { WebhookDeduplicator } from './deduplication.js';
import { createInProcessLiveEvents, type LiveEvents } from './events.js';
import { WebhookReceiver } from './webhook-receiver.js';
import { registerWebhookRoute } from './webhook-route.js';

/** A failing Redis fails every deduplication: it is logged once a minute, not once a webhook. */
const REDIS_FAILURE_REPORT_INTERVAL_MS = 60_000;

export async function registerLive(
  app: FastifyInstance,
  settings: Pick<GatewaySettings, 'webhooks' | 'liveMaxListeners'>,
  { shared, metrics, logger }: { shared: SharedState; metrics: GatewayMetrics; logger: Logger },
): Promise<LiveEvents> {
  const events = createInProcessLiveEvents(settings.liveMaxListeners, (error) => {
    logger.warn({ err: error }, 'a live event listener failed');
  });
  const { webhooks } = settings;
  if (webhooks) {
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
  return events;
}
