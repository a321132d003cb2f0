// The reference cache shared across requests: contacts, agents, workflows, calendars, custom fields, knowledge bases,
// messages and call logs by id, each with a TTL, served stale for as long again while one request refreshes it.
// In memory (a bounded LRU) by default, in Redis when REDIS_URL is set, so several gateway instances share it.
// Keys are a hash of the credential, the location, the resource and the id: never a raw token, and two credentials
// never share an entry. A cache that fails (Redis down) is skipped: requests go upstream, none fails because of it.
import { createHash } from 'node:crypto';

import { LRUCache } from 'lru-cache';

import type { RedisConnection } from './redis.js';

/** How long each resource is fresh, in milliseconds; it is then served stale for as long again while refreshed. */
export type CacheTtls = Readonly<Record<CachedResource, number>>;
export type CachedResource =
  | 'callLog'
  | 'contact'
  | 'agent'
  | 'workflows'
  | 'contactFields'
  | 'calendar'
  | 'knowledgeBase'
  | 'message'
  | 'callStatisticsDay'
  | 'callStatisticsOpenDay';

export const DEFAULT_CACHE_TTLS: CacheTtls = {
  callLog: 60_000,
  contact: 60_000,
  agent: 300_000,
  workflows: 300_000,
  contactFields: 300_000,
  calendar: 300_000,
  knowledgeBase: 300_000,
  message: 300_000,
  // A day that is over does not change; the day still open is reused for 30 s at most (src/statistics/day-cache.ts).
  callStatisticsDay: 86_400_000,
  callStatisticsOpenDay: 15_000,
};

/** Where entries live: an LRU in this process, or Redis. Failures are the caller's to swallow. */
export interface CacheStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  close(): Promise<void>;
}

interface Entry {
  /** Epoch ms after which the value is stale. */
  freshUntil: number;
  value: unknown;
}

export interface CacheKeyParts {
  credentialKey: string;
  locationId: string | undefined;
  resource: CachedResource;
  id: string;
}

export class ReferenceCache {
  /** Keys being refreshed by this process, so that one stale entry triggers one upstream request. */
  private readonly refreshing = new Set<string>();

  constructor(
    private readonly store: CacheStore,
    private readonly ttls: CacheTtls = DEFAULT_CACHE_TTLS,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** The cached value when fresh; a stale one while `load` refreshes it in the background; else `load`'s result. */
  async through<T>(parts: CacheKeyParts, load: () => Promise<T>): Promise<T> {
    const key = cacheKey(parts);
    const ttl = this.ttls[parts.resource];
    const entry = await this.read(key);
    if (entry) {
      if (Date.now() >= entry.freshUntil && !this.refreshing.has(key)) {
        this.refreshing.add(key);
        void load()
          .then((value) => this.write(key, value, ttl))
          .catch(() => undefined)
          .finally(() => this.refreshing.delete(key));
      }
      return entry.value as T;
    }
    const value = await load();
    await this.write(key, value, ttl);
    return value;
  }

  close(): Promise<void> {
    return this.store.close();
  }

  private async read(key: string): Promise<Entry | undefined> {
    try {
      const text = await this.store.get(key);
      return text === undefined ? undefined : (JSON.parse(text) as Entry);
    } catch (error) {
      this.onError(error);
      return undefined;
    }
  }

  private async write(key: string, value: unknown, ttl: number): Promise<void> {
    if (value === undefined) return;
    try {
      const entry: Entry = { freshUntil: Date.now() + ttl, value };
      await this.store.set(key, JSON.stringify(entry), ttl * 2);
    } catch (error) {
      this.onError(error);
    }
  }
}

function cacheKey({ credentialKey, locationId, resource, id }: CacheKeyParts): string {
  return `hl:${createHash('sha256')
    .update(`${credentialKey}\u0000${locationId ?? '*'}\u0000${resource}\u0000${id}`)
    .digest('base64url')}`;
}

export function createMemoryStore(maxEntries: number): CacheStore {
  const lru = new LRUCache<string, string>({ max: maxEntries, ttlAutopurge: false });
  return {
    get: (key) => Promise.resolve(lru.get(key)),
    set: (key, value, ttlMs) => {
      lru.set(key, value, { ttl: ttlMs });
      return Promise.resolve();
    },
    close: () => {
      lru.clear();
      return Promise.resolve();
    },
  };
}

/** The reference cache's entries in Redis, under `hl:`; errors propagate to ReferenceCache, which skips the cache. */
export function createRedisStore(client: RedisConnection): CacheStore {
  return {
    async get(key) {
      return (await client.get(key)) ?? undefined;
    },
    async set(key, value, ttlMs) {
      await client.set(key, value, { PX: Math.max(1, Math.round(ttlMs)) });
    },
    close: () => Promise.resolve(), // the connection belongs to the gateway
  };
}
