// Where the caches that outlive a request keep their entries (text under a key, with a TTL): a bounded LRU in this
// process, Redis (src/redis.ts), or both as two tiers. The two-tier store keeps a short-lived local copy of what it
// reads from or writes to Redis: a repeated read costs no round trip, and while Redis is slow or gone the instance
// still reuses what it saw, losing only what other instances cached.
import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { LRUCache } from 'lru-cache';

/** Entries as text. Failures (Redis down, timed out) reject: what to do without the store is the caller's choice. */
export interface CacheStore {
  get(key: string): Promise<string | undefined>;
  /** `ttlMs` undefined: kept until evicted. */
  set(key: string, value: string, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<void>;
}

/**
 * The in-process LRU's bound: the memory its keys and values may take, and optionally a number of entries too.
 * Memory is counted as two bytes per character (what V8 takes for a string that is not plain Latin-1): counting
 * characters, as Apollo's own LRU does, let a cache of non-Latin-1 text take twice its bound.
 */
export interface MemoryBound {
  maxBytes: number;
  maxEntries?: number;
}

/** The memory an entry may take, as MemoryBound counts it. */
function entryBytes(key: string, value: string): number {
  return 2 * (key.length + value.length);
}

/** The in-process store, which can say how much memory it takes. */
export interface MemoryStore extends CacheStore {
  /** Of its keys and values, as MemoryBound counts it. */
  bytes(): number;
}

export function createMemoryStore(bound: MemoryBound): MemoryStore {
  const lru = new LRUCache<string, string>({
    maxSize: bound.maxBytes,
    sizeCalculation: (value, key) => entryBytes(key, value),
    ...(bound.maxEntries === undefined ? {} : { max: bound.maxEntries }),
    ttlAutopurge: false,
  });
  return {
    get: (key) => Promise.resolve(lru.get(key)),
    set: (key, value, ttlMs) => {
      lru.set(key, value, ttlMs === undefined ? {} : { ttl: Math.max(1, Math.round(ttlMs)) });
      return Promise.resolve();
    },
    delete: (key) => {
      lru.delete(key);
      return Promise.resolve();
    },
    bytes: () => lru.calculatedSize,
  };
}

/**
 * `local` in front of `shared`: reads try `local` first and keep what `shared` returns; writes go to both. A local
 * copy lives at most `localTtlMs` (undefined: as long as the entry), which bounds how long this instance may serve a
 * value another instance has since replaced in `shared`. `shared`'s failures reach the caller, after the local tier
 * has been read or written.
 */
export function createTieredStore(local: CacheStore, shared: CacheStore, localTtlMs: number | undefined): CacheStore {
  const localTtl = (ttlMs: number | undefined): number | undefined =>
    localTtlMs === undefined ? ttlMs : Math.min(ttlMs ?? Infinity, localTtlMs);
  return {
    async get(key) {
      const near = await local.get(key);
      if (near !== undefined) return near;
      const far = await shared.get(key);
      if (far !== undefined) await local.set(key, far, localTtl(undefined));
      return far;
    },
    async set(key, value, ttlMs) {
      await local.set(key, value, localTtl(ttlMs));
      await shared.set(key, value, ttlMs);
    },
    async delete(key) {
      await local.delete(key);
      await shared.delete(key);
    },
  };
}

/**
 * A store as Apollo's key-value cache (the APQ store, the response cache). Apollo does not expect a cache to fail:
 * a failing store is a miss, and a write or delete that did not happen, reported to `onError`.
 */
export function asKeyValueCache(store: CacheStore, onError: (error: unknown) => void): KeyValueCache {
  return {
    async get(key) {
      try {
        return await store.get(key);
      } catch (error) {
        onError(error);
        return undefined;
      }
    },
    async set(key: string, value: string, options?: KeyValueCacheSetOptions) {
      try {
        const ttl = options?.ttl;
        await store.set(key, value, ttl ? ttl * 1000 : undefined);
      } catch (error) {
        onError(error);
      }
    },
    async delete(key) {
      try {
        await store.delete(key);
        return true;
      } catch (error) {
        onError(error);
        return false;
      }
    },
  };
}
