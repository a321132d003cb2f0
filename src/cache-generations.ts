// Generations of cached records, for invalidation that names no credential. HighLevel's ContactUpdate says which
// contact of which location changed, never through whose credential it was read; the reference cache keys each
// entry by a hash of the credential, so the entries of that contact cannot be found from the contact. Instead each
// contact has a generation, which is part of its cache key: a change moves it on, and every credential's next read
// asks for a key nobody has written, so it goes to HighLevel. The entries under the old generation are never read
// again and expire with their TTL.
//
// A generation must outlive every entry written under the one before it (else, forgotten, it would fall back to a
// generation whose entries are still there): `ttlMs` is longer than an entry lives. In memory, a generation pushed
// out of its bounded LRU before then raises a floor that every untracked record takes: one flush of the untracked
// ones, instead of old values coming back. In Redis, generations are shared by every instance; each instance keeps
// what it read for `localTtlMs` (the same bound as the two-tier cache's local copies), so another instance stops
// serving a changed contact at most that much later.
import { createHash, randomBytes } from 'node:crypto';

import { LRUCache } from 'lru-cache';

import type { RedisConnection } from './redis.js';

/** Generations by record: a record is named by any string (src/cache.ts: resource, location, id). */
export interface Generations {
  current(record: string): Promise<string>;
  /** Moves on the generation of each record. */
  advance(records: readonly string[]): Promise<void>;
}

/** Bounded, whatever the ids HighLevel sends. */
function generationKey(record: string): string {
  return createHash('sha256').update(record).digest('base64url');
}

export function createMemoryGenerations({ ttlMs, maxEntries }: { ttlMs: number; maxEntries: number }): Generations {
  let counter = 0;
  let floor = 0;
  const generations = new LRUCache<string, number>({
    max: maxEntries,
    ttl: ttlMs,
    dispose: (_value, _key, reason) => {
      if (reason === 'evict') floor = counter;
    },
  });
  return {
    current: (record) => Promise.resolve(`m${generations.get(generationKey(record)) ?? floor}`),
    advance: (records) => {
      counter++;
      for (const record of records) generations.set(generationKey(record), counter);
      return Promise.resolve();
    },
  };
}

/** Versioned like the caches' prefixes. */
const REDIS_PREFIX = 'hl-generation:v1:';

/**
 * INCR that survives garbage: a value that is no number (written by anything but this script) starts over. The
 * key's TTL is renewed on each change.
 */
const ADVANCE_SCRIPT = `
local next = (tonumber(redis.call('GET', KEYS[1])) or 0) + 1
redis.call('SET', KEYS[1], next, 'PX', ARGV[1])
return next`;

interface LocalCopy {
  generation: string;
  /** Epoch ms after which Redis is asked again. */
  freshUntil: number;
}

export function createRedisGenerations(
  redis: RedisConnection,
  {
    ttlMs,
    localTtlMs,
    maxEntries,
    onError,
  }: { ttlMs: number; localTtlMs: number; maxEntries: number; onError: (error: unknown) => void },
): Generations {
  const local = new LRUCache<string, LocalCopy>({ max: maxEntries, ttl: ttlMs });
  // Generations this instance had to make up while Redis was unreachable: never equal to one Redis hands out.
  const instance = randomBytes(6).toString('base64url');
  let madeUp = 0;
  const remember = (key: string, generation: string) => {
    local.set(key, { generation, freshUntil: Date.now() + localTtlMs });
  };
  return {
    async current(record) {
      const key = generationKey(record);
      const copy = local.get(key);
      if (copy && Date.now() < copy.freshUntil) return copy.generation;
      try {
        const generation = `r${(await redis.get(REDIS_PREFIX + key)) ?? '0'}`;
        remember(key, generation);
        return generation;
      } catch (error) {
        onError(error);
        return copy?.generation ?? 'r0';
      }
    },
    async advance(records) {
      await Promise.all(
        records.map(generationKey).map(async (key) => {
          try {
            const next = await redis.eval(ADVANCE_SCRIPT, { keys: [REDIS_PREFIX + key], arguments: [String(ttlMs)] });
            remember(key, `r${String(next)}`);
          } catch (error) {
            onError(error);
            remember(key, `l${instance}-${++madeUp}`);
          }
        }),
      );
    },
  };
}
