// Live events across instances, over Redis pub/sub: a webhook received by instance A reaches a subscriber on
// instance B. One channel per location that has listeners here: SUBSCRIBE when its first local listener arrives,
// UNSUBSCRIBE when its last leaves, on a subscriber connection of its own (src/redis-subscriber.ts).
//
// publish() PUBLISHes the event and delivers nothing itself: every instance, the publisher included, delivers from
// the message it receives, so each does exactly once. When Redis cannot carry the event (the PUBLISH fails or the
// circuit is open, this instance's subscriber connection is down, the event is too large) this instance delivers it
// to its own listeners directly, so that one instance keeps working alone; the others miss it, and resync once their
// subscriptions are back (onResync). Each instance remembers the events it delivered for a while (location and call
// id, hashed), so that an event delivered directly and also received from Redis (a PUBLISH whose reply was lost,
// a subscriber that came back meanwhile) is still delivered once.
//
// Redis is shared (other instances, other versions, operators, an attacker who reached it): a message is read as
// input. Too large, not JSON, or not an event of its channel's location, it is dropped and counted, never delivered.
import { createHash } from 'node:crypto';

import { LRUCache } from 'lru-cache';

import { isHighLevelId, isNestedDeeper, isRecord } from '../guards.js';
import type { Logger } from '../observability/logger.js';
import type { GatewayMetrics, LiveDirectDeliveryReason } from '../observability/metrics.js';
import type { RedisConnection } from '../redis.js';
import { type LiveEvent, type LiveEvents, LocalListeners, type ResyncListener } from './events.js';

/** Versioned like the other keys: an instance of another event format keeps to its own channels. */
const CHANNEL_PREFIX = 'hl-live:v1:';

/** An event is a webhook's call log (a body of at most 1 MiB) re-serialized: twice that is never a real event. */
export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

/** As deep as a webhook body may nest (src/live/webhook-payloads.ts). */
const MAX_DEPTH = 100;

/** Events delivered here, remembered to deliver each once: longer than a lost PUBLISH reply or a reconnection. */
const DELIVERED_MEMORY = { max: 10_000, ttlMs: 10 * 60_000 };

/** A failing Redis fails every publish: it is logged once a minute, not once an event. */
const FAILURE_REPORT_INTERVAL_MS = 60_000;

/** The channel of a location's events. Ids are input: hashed, the channel's length is bounded. */
export function liveChannel(locationId: string): string {
  return CHANNEL_PREFIX + createHash('sha256').update(locationId).digest('base64url');
}

export interface RedisLiveEventsOptions {
  redis: RedisConnection;
  /** Listeners this instance holds at most (LiveListenerLimitError past it). */
  maxListeners: number;
  onListenerError: (error: unknown) => void;
  metrics: Pick<GatewayMetrics, 'liveRedisMessage' | 'liveDirectDelivery' | 'liveResync'>;
  logger: Pick<Logger, 'warn' | 'info'>;
}

export interface RedisLiveEvents extends LiveEvents {
  /**
   * Whether this instance's subscriptions are held now (connected and answering): while not, what other instances
   * publish does not reach it, and it delivers its own events directly.
   */
  readonly healthy: boolean;
}

export function createRedisLiveEvents({
  redis,
  maxListeners,
  onListenerError,
  metrics,
  logger,
}: RedisLiveEventsOptions): RedisLiveEvents {
  const resyncListeners = new Set<ResyncListener>();
  const delivered = new LRUCache<string, true>({ max: DELIVERED_MEMORY.max, ttl: DELIVERED_MEMORY.ttlMs });
  /** Locations with listeners here, by channel. */
  const locationsByChannel = new Map<string, string>();
  let closed = false;
  let lastFailureReport = -Infinity;

  const deliverOnce = (event: LiveEvent): boolean => {
    const key = createHash('sha256').update(`${event.locationId}\u0000${event.callLog.id}`).digest('base64url');
    if (delivered.has(key)) return false;
    delivered.set(key, true);
    listeners.deliver(event);
    return true;
  };

  const receive = (locationId: string, message: Buffer) => {
    if (message.byteLength > MAX_MESSAGE_BYTES) {
      metrics.liveRedisMessage('oversized');
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(message.toString('utf8'));
    } catch {
      metrics.liveRedisMessage('unreadable');
      return;
    }
    const event = asEventOf(locationId, parsed);
    if (!event) metrics.liveRedisMessage('invalid');
    else metrics.liveRedisMessage(deliverOnce(event) ? 'delivered' : 'duplicate');
  };

  const subscriber = redis.openSubscriber({
    lost: () => {
      if (closed) return;
      logger.warn('live events: the Redis subscription is lost; events published meanwhile will be missed here');
    },
    resubscribed: (channels) => {
      const locationIds = channels.flatMap((channel) => locationsByChannel.get(channel) ?? []);
      if (closed || locationIds.length === 0) return;
      metrics.liveResync();
      logger.info({ locations: locationIds.length }, 'live events: Redis subscriptions held again; resyncing');
      for (const listener of [...resyncListeners]) {
        try {
          listener(locationIds);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
  });

  const listeners = new LocalListeners(
    maxListeners,
    onListenerError,
    (locationId) => {
      if (closed) return;
      const channel = liveChannel(locationId);
      locationsByChannel.set(channel, locationId);
      subscriber.subscribe(channel, (message) => {
        receive(locationId, message);
      });
    },
    (locationId) => {
      if (closed) return;
      const channel = liveChannel(locationId);
      locationsByChannel.delete(channel);
      subscriber.unsubscribe(channel);
    },
  );

  /** To this instance's listeners without Redis: the other instances miss this event. */
  const deliverDirectly = (event: LiveEvent, reason: LiveDirectDeliveryReason) => {
    if (!listeners.has(event.locationId)) return;
    metrics.liveDirectDelivery(reason);
    deliverOnce(event);
  };

  const reportFailure = (error: unknown) => {
    if (Date.now() - lastFailureReport < FAILURE_REPORT_INTERVAL_MS) return;
    lastFailureReport = Date.now();
    logger.warn({ err: error }, 'live events: Redis cannot publish; delivering to this instance only');
  };

  return {
    subscribe: (locationId, listener) => listeners.add(locationId, listener),
    async publish(event) {
      if (closed) return;
      const message = JSON.stringify(event);
      if (Buffer.byteLength(message) > MAX_MESSAGE_BYTES) {
        deliverDirectly(event, 'oversized');
        return;
      }
      try {
        await redis.publish(liveChannel(event.locationId), message);
      } catch (error) {
        reportFailure(error);
        deliverDirectly(event, 'redis_unavailable');
        return;
      }
      // Published, but this instance's own subscription is not held: its listeners would miss it.
      if (!subscriber.healthy) deliverDirectly(event, 'subscriber_down');
    },
    get listenerCount() {
      return listeners.size;
    },
    get healthy() {
      return subscriber.healthy;
    },
    onResync(listener) {
      // Wrapped: the same function twice is two registrations, each stopped alone.
      const entry: ResyncListener = (locationIds) => {
        listener(locationIds);
      };
      resyncListeners.add(entry);
      return () => {
        resyncListeners.delete(entry);
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      resyncListeners.clear();
      locationsByChannel.clear();
      await subscriber.close();
    },
  };
}

/** The event a message carries, if it is one of `locationId`'s channel; anything else is undefined. */
function asEventOf(locationId: string, value: unknown): LiveEvent | undefined {
  if (!isRecord(value) || value['kind'] !== 'callLogCreated' || value['locationId'] !== locationId) return undefined;
  const { callLog, webhookId } = value;
  if (!isRecord(callLog) || !isHighLevelId(callLog['id'])) return undefined;
  if (webhookId !== undefined && typeof webhookId !== 'string') return undefined;
  if (isNestedDeeper(value, MAX_DEPTH)) return undefined;
  // Checked as far as delivery needs; the call log's fields are checked where they are read, as HighLevel's are
  // (src/resolvers/upstream-values.ts).
  return value as unknown as LiveEvent;
}
