// HighLevel's Retry-After, read and remembered: after a 429 asking for a long wait, the limiter refuses that
// (credential, location) until the wait is over instead of sending requests HighLevel would refuse too. In memory, or
// in Redis (a key with a PX expiry, timed by Redis's clock) so every instance holds back; while Redis does not answer,
// each instance falls back to its own memory.
import { LRUCache } from 'lru-cache';

import type { RedisConnection } from '../redis.js';

/** The longest wait believed: a Retry-After beyond it (a typo, a date years ahead) counts as a day. */
const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * The wait a Retry-After header asks for, in ms: delay-seconds (`120`) or an HTTP-date (`Wed, 21 Oct 2015 07:28:00
 * GMT`), capped at a day; undefined when absent or unreadable. A date already past is a wait of 0.
 */
export function parseRetryAfter(header: string | undefined, now = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  let waitMs: number;
  if (/^\d+(\.\d+)?$/.test(value)) waitMs = Number(value) * 1000;
  else {
    const date = Date.parse(value);
    if (Number.isNaN(date) || /^[-+]?[\d.]+$/.test(value)) return undefined;
    waitMs = Math.max(0, date - now);
  }
  return Math.min(Math.round(waitMs), MAX_RETRY_AFTER_MS);
}

/** Per limiter key, until when HighLevel asked not to be called. */
export interface RetryAfterBlocks {
  /** Holds `key` back for `waitMs` from now, unless it is already held back longer. */
  block(key: string, waitMs: number): Promise<void>;
  /** The ms `key` is still held back (0: free). */
  remaining(key: string): Promise<number>;
}

/** Distinct keys held back in memory; the least recently used goes first. */
const MAX_MEMORY_KEYS = 10_000;

export class MemoryRetryAfterBlocks implements RetryAfterBlocks {
  /** Per key, the epoch ms until which it is held back. */
  private readonly until = new LRUCache<string, number>({ max: MAX_MEMORY_KEYS, ttlAutopurge: false });

  block(key: string, waitMs: number): Promise<void> {
    const until = Date.now() + waitMs;
    if (waitMs > 0 && until > (this.until.get(key) ?? 0)) this.until.set(key, until, { ttl: waitMs });
    return Promise.resolve();
  }

  remaining(key: string): Promise<number> {
    const until = this.until.get(key);
    return Promise.resolve(until === undefined ? 0 : Math.max(0, until - Date.now()));
  }
}

/** KEYS[1]: the block. ARGV[1]: ms. Sets the key for that long unless it already lives longer. */
const BLOCK_SCRIPT = `
local left = redis.call('PTTL', KEYS[1])
if left < tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
end
return 0
`;

export class RedisRetryAfterBlocks implements RetryAfterBlocks {
  constructor(
    private readonly client: RedisConnection,
    /** Used while Redis does not answer: this instance holds back on its own. */
    private readonly insurance: RetryAfterBlocks,
  ) {}

  async block(key: string, waitMs: number): Promise<void> {
    if (waitMs <= 0) return;
    try {
      await this.client.eval(BLOCK_SCRIPT, { keys: [redisKey(key)], arguments: [String(Math.ceil(waitMs))] });
    } catch {
      await this.insurance.block(key, waitMs);
    }
  }

  async remaining(key: string): Promise<number> {
    try {
      // -2: no such key, -1: no expiry (never set so by this module). A block recorded while Redis was away counts.
      const left = Math.max(0, await this.client.pTTL(redisKey(key)));
      return Math.max(left, await this.insurance.remaining(key));
    } catch {
      return this.insurance.remaining(key);
    }
  }
}

function redisKey(key: string): string {
  return `hl-retry-after:${key}`;
}
