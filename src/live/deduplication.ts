// An event delivered twice is published once: the same `webhookId`, or the same location and call id (a webhook of
// a call the poller found first, or the reverse), is a duplicate for as long as it is remembered. This instance remembers in a bounded LRU; with Redis, a key set
// with SET NX PX lets every instance see what any of them received first. Redis failing (slow, down, circuit open)
// leaves this instance's memory to decide alone: a duplicate that another instance received may then be published
// twice, never a new webhook dropped.
import { createHash } from 'node:crypto';

import { LRUCache } from 'lru-cache';

import type { RedisConnection } from '../redis.js';

/** Versioned like the caches' prefixes: another format of key lives apart. */
const REDIS_PREFIX = 'hl-webhook:v1:';

export interface DeduplicationOptions {
  ttlMs: number;
  maxEntries: number;
  redis?: RedisConnection | undefined;
  onRedisError?: (error: unknown) => void;
}

export class WebhookDeduplicator {
  private readonly seen: LRUCache<string, true>;

  constructor(private readonly options: DeduplicationOptions) {
    this.seen = new LRUCache({ max: options.maxEntries, ttl: options.ttlMs, ttlAutopurge: false });
  }

  /** True the first time `key` arrives (at any instance, with Redis); false for every later arrival. */
  async firstArrival(key: string): Promise<boolean> {
    const hashed = createHash('sha256').update(key).digest('base64url');
    if (this.seen.has(hashed)) return false;
    // Claimed here before Redis answers: a second delivery to this instance meanwhile is a duplicate already.
    this.seen.set(hashed, true);
    const { redis } = this.options;
    if (!redis) return true;
    try {
      return await redis.setIfAbsent(REDIS_PREFIX + hashed, '1', this.options.ttlMs);
    } catch (error) {
      this.options.onRedisError?.(error);
      return true;
    }
  }
}

/**
 * What makes two deliveries the same event: HighLevel's webhookId, and for a call its location and id too (a call
 * ends once, whoever reports it: a webhook under any webhookId, or the poller, which claims the call key alone). A
 * delivery is new only if every one of its keys is. A contact changes many times: without a webhookId its events
 * are all delivered (each only makes the next read go to HighLevel, so a repeat costs one request).
 */
export function deduplicationKeys(
  webhookId: string | undefined,
  call: { locationId: string; id: string } | undefined,
): string[] {
  const keys = webhookId === undefined ? [] : [`webhook\u0000${webhookId}`];
  if (call) keys.push(callDeduplicationKey(call.locationId, call.id));
  return keys;
}

/** The key a call is claimed under, by a webhook and by the poller alike. */
export function callDeduplicationKey(locationId: string, callId: string): string {
  return `call\u0000${locationId}\u0000${callId}`;
}
