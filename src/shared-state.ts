// What outlives one request: the reference cache, the automatic-persisted-query store and the response cache, in
// this process or, with REDIS_URL, in the Redis that several instances share (the rate limiter's log too).
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';

import { createMemoryStore, createRedisStore, DEFAULT_CACHE_TTLS, ReferenceCache } from './cache.js';
import type { Logger } from './observability/logger.js';
import type { RedisConnection } from './redis.js';
import type { GatewaySettings, ReferenceCacheSettings } from './settings.js';

/** The in-process response cache's bound. */
const RESPONSE_CACHE_BYTES = 64 * 1024 * 1024;
/** A Redis outage fails every lookup: it is logged once a minute, not once a request. */
const CACHE_FAILURE_REPORT_INTERVAL_MS = 60_000;

export interface SharedState {
  /** Present when REDIS_URL is set: the upstream rate limiter keeps its log there. */
  redis: RedisConnection | undefined;
  /** Undefined when the cache is off. */
  referenceCache: ReferenceCache | undefined;
  persistedQueries: KeyValueCache;
  /** Undefined when the response cache (or the cache as a whole) is off. */
  responses: KeyValueCache | undefined;
  close(): Promise<void>;
}

export async function openSharedState(
  settings: Pick<GatewaySettings, 'redisUrl' | 'cache' | 'responseCache' | 'apqCacheBytes'>,
  logger: Logger,
): Promise<SharedState> {
  // Loaded only when configured: the Redis client is a sizeable share of an idle gateway's memory.
  const redisModule = settings.redisUrl ? await import('./redis.js') : undefined;
  const redis = settings.redisUrl ? redisModule?.connectRedis(settings.redisUrl) : undefined;
  const inRedis = (prefix: string): KeyValueCache | undefined =>
    redisModule && redis ? new redisModule.RedisKeyValueCache(redis, prefix) : undefined;
  const referenceCache = settings.cache === false ? undefined : createReferenceCache(settings.cache, redis, logger);
  const responses =
    settings.cache !== false && settings.responseCache
      ? (inRedis('hl-response:') ?? new InMemoryLRUCache({ maxSize: RESPONSE_CACHE_BYTES }))
      : undefined;
  return {
    redis,
    referenceCache,
    // A hash registered through one instance runs on all of them.
    persistedQueries: inRedis('hl-apq:') ?? new InMemoryLRUCache({ maxSize: settings.apqCacheBytes }),
    responses,
    async close() {
      await referenceCache?.close();
      if (redisModule && redis) await redisModule.disconnectRedis(redis);
    },
  };
}

function createReferenceCache(
  { maxEntries, ttls }: ReferenceCacheSettings,
  redis: RedisConnection | undefined,
  logger: Logger,
): ReferenceCache {
  const store = redis ? createRedisStore(redis) : createMemoryStore(maxEntries);
  let lastReport = 0;
  return new ReferenceCache(store, { ...DEFAULT_CACHE_TTLS, ...ttls }, (error) => {
    if (Date.now() - lastReport < CACHE_FAILURE_REPORT_INTERVAL_MS) return;
    lastReport = Date.now();
    logger.warn({ err: error }, 'reference cache unavailable; reading HighLevel directly');
  });
}
