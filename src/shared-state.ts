// What outlives one request: the reference cache, the automatic-persisted-query store and the response cache, in
// this process or, with REDIS_URL, in the Redis that several instances share (the rate limiter's log too), each
// behind an in-process tier so that an instance keeps serving what it has seen while Redis is slow or gone.
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';

import { type CacheTtls, DEFAULT_CACHE_TTLS, ReferenceCache, referenceEntryIsValid } from './cache.js';
import { persistedQueryIsValid, responseEntryIsValid } from './cache-entries.js';
import { createMemoryGenerations, createRedisGenerations, type Generations } from './cache-generations.js';
import {
  asKeyValueCache,
  type CacheStore,
  createMemoryStore,
  createTieredStore,
  type MemoryBound,
} from './cache-store.js';
import type { CircuitState } from './circuit-breaker.js';
import type { Logger } from './observability/logger.js';
import type { CheckedCache, GatewayMetrics } from './observability/metrics.js';
import type { EntryCheck, RedisConnection } from './redis.js';
import type { GatewaySettings } from './settings.js';

/**
 * How long a record's generation is kept: longer than any entry written under the previous one lives (twice its TTL,
 * plus a refresh still running), so a forgotten generation never brings an old entry back.
 */
function generationTtlMs(ttls: CacheTtls): number {
  return Math.max(60 * 60_000, 4 * ttls.contact);
}

/** A failing Redis fails every lookup: it is logged once a minute, not once a request. */
const CACHE_FAILURE_REPORT_INTERVAL_MS = 60_000;

/**
 * Key prefixes in Redis. The reference and response prefixes carry the entry format's version: an instance of
 * another version (a rolling deploy) keeps its entries apart instead of reading, rejecting and deleting them.
 */
const REDIS_PREFIXES = { reference: 'hl:v1:', response: 'hl-response:v1:', apq: 'hl-apq:' } as const;

export interface SharedState {
  /** Present when REDIS_URL is set: the upstream rate limiter keeps its log there, and readiness reports it. */
  redis: RedisConnection | undefined;
  /** Undefined when the cache is off. */
  referenceCache: ReferenceCache | undefined;
  persistedQueries: KeyValueCache;
  /** Undefined when the response cache (or the cache as a whole) is off. */
  responses: KeyValueCache | undefined;
  close(): Promise<void>;
}

export async function openSharedState(
  settings: Pick<
    GatewaySettings,
    'redisUrl' | 'redis' | 'localCacheTtlMs' | 'cache' | 'responseCache' | 'responseCacheBytes' | 'apqCacheBytes'
  >,
  logger: Logger,
  metrics: GatewayMetrics,
): Promise<SharedState> {
  // Loaded only when configured: the Redis client is a sizeable share of an idle gateway's memory.
  const redisModule = settings.redisUrl ? await import('./redis.js') : undefined;
  let circuit: CircuitState = 'closed';
  const redis =
    redisModule && settings.redisUrl
      ? await redisModule.connectRedis(settings.redisUrl, settings.redis, {
          redisCircuitState: (state) => {
            metrics.redisCircuitState(state);
            if (state === 'open' && circuit === 'closed')
              logger.warn('Redis is failing: not asked for a while; serving from this instance and HighLevel');
            else if (state === 'closed' && circuit !== 'closed') logger.info('Redis answers again');
            circuit = state;
          },
          redisTimeout: () => {
            metrics.redisTimeout();
          },
          redisError: () => {
            metrics.redisError();
          },
          redisSkipped: () => {
            metrics.redisSkipped();
          },
        })
      : undefined;
  /** The in-process store alone, or in front of Redis, whose entries are checked on the way in. */
  const store = (
    cache: CheckedCache,
    bound: MemoryBound,
    isValid: EntryCheck,
    localTtlMs: number | undefined,
  ): CacheStore => {
    const local = createMemoryStore(bound);
    metrics.cacheMemory(cache, () => local.bytes());
    if (!redisModule || !redis) return local;
    const shared = redisModule.createRedisStore(redis, {
      prefix: REDIS_PREFIXES[cache],
      isValid,
      onInvalid: () => {
        metrics.cacheInvalidEntry(cache);
      },
    });
    return createTieredStore(local, shared, localTtlMs);
  };
  // An open circuit is logged when it opens, not again by every cache it keeps from Redis.
  const reportFailure = throttledReport(
    logger,
    (error) => !(redisModule && error instanceof redisModule.RedisUnavailableError),
  );

  let referenceCache: ReferenceCache | undefined;
  if (settings.cache !== false) {
    const ttls = { ...DEFAULT_CACHE_TTLS, ...settings.cache.ttls };
    const bound = { ttlMs: generationTtlMs(ttls), maxEntries: settings.cache.maxEntries };
    const generations: Generations = redis
      ? createRedisGenerations(redis, { ...bound, localTtlMs: settings.localCacheTtlMs, onError: reportFailure })
      : createMemoryGenerations(bound);
    referenceCache = new ReferenceCache(
      store('reference', settings.cache, referenceEntryIsValid, settings.localCacheTtlMs),
      ttls,
      reportFailure,
      generations,
    );
  }
  const responses =
    settings.cache !== false && settings.responseCache
      ? asKeyValueCache(
          store('response', { maxBytes: settings.responseCacheBytes }, responseEntryIsValid, settings.localCacheTtlMs),
          reportFailure,
        )
      : undefined;
  // A hash registered through one instance runs on all of them; a hash names one document, so the local copy can
  // live as long as the entry.
  const persistedQueries = asKeyValueCache(
    store('apq', { maxBytes: settings.apqCacheBytes }, persistedQueryIsValid, undefined),
    reportFailure,
  );
  return {
    redis,
    referenceCache,
    persistedQueries,
    responses,
    async close() {
      await redis?.close();
    },
  };
}

function throttledReport(logger: Logger, worthReporting: (error: unknown) => boolean): (error: unknown) => void {
  let lastReport = 0;
  return (error) => {
    if (!worthReporting(error) || Date.now() - lastReport < CACHE_FAILURE_REPORT_INTERVAL_MS) return;
    lastReport = Date.now();
    logger.warn({ err: error }, 'shared cache unavailable; serving from this instance and HighLevel');
  };
}
