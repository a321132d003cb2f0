// Keeps the gateway inside HighLevel's burst budget (100 requests per 10 s per app and location by default): each
// (credential, location) has its own budget, and a request over budget waits in line (first come, first served, a
// bounded line) instead of earning a 429. When the line is full, or the budget would free up for the request only
// after its operation's deadline, the caller gets RATE_LIMITED at once. HighLevel's X-RateLimit-Remaining corrects the
// local count when HighLevel knows better (other apps or instances spending the same budget). After a 429 whose
// Retry-After got will not wait out itself, the key is held back until then: requests that cannot wait that long
// are refused at once, with the time left, instead of being sent to be refused again (retry-after.ts).
//
// The budget is a sliding window log over the interval plus a margin for the trip to HighLevel: as long as a request
// arrives within the margin, none of HighLevel's windows, wherever they fall, gets more than the budget. (The trip
// starts when the request takes its budget: a wait for a concurrency slot beyond the margin is not covered.)
import { setTimeout as sleep } from 'node:timers/promises';

import { gatewayError } from '../errors.js';
import type { RedisConnection } from '../redis.js';
import { RedisSlidingWindowLog } from './redis-sliding-window-log.js';
import { MemoryRetryAfterBlocks, RedisRetryAfterBlocks, type RetryAfterBlocks } from './retry-after.js';
import { MemorySlidingWindowLog, type SlidingWindowLog } from './sliding-window-log.js';

export interface RateLimitOptions {
  /** Requests per interval per (credential, location). */
  requests: number;
  intervalMs: number;
  /** Requests that may wait per (credential, location); past it, RATE_LIMITED at once. */
  maxQueue: number;
  /** Added to the interval: the longest a request may take to reach HighLevel. Default: a twentieth of it. */
  marginMs?: number;
}

export interface RateLimitObserver {
  limiterQueueLength(length: number): void;
  limiterWait(seconds: number): void;
}

/** A request waiting for budget, in its key's line. */
interface Waiter {
  deadline: number;
  admit(): void;
  refuse(error: Error): void;
}

export class UpstreamRateLimiter {
  private readonly log: SlidingWindowLog;
  /** Per key, until when HighLevel asked (Retry-After) not to be called. */
  private readonly blocks: RetryAfterBlocks;
  private readonly windowMs: number;
  /** Per key, the requests waiting, first come first served; only the first asks the log. */
  private readonly lines = new Map<string, Waiter[]>();
  private waiting = 0;

  constructor(
    private readonly options: RateLimitOptions,
    private readonly observer?: RateLimitObserver,
    /** With Redis, every instance spends from the same logs, so N instances together keep one budget. */
    redis?: RedisConnection,
  ) {
    this.windowMs = options.intervalMs + (options.marginMs ?? Math.round(options.intervalMs / 20));
    const memory = new MemorySlidingWindowLog(options.requests, this.windowMs);
    this.log = redis ? new RedisSlidingWindowLog(redis, options.requests, this.windowMs, memory) : memory;
    const blocks = new MemoryRetryAfterBlocks();
    this.blocks = redis ? new RedisRetryAfterBlocks(redis, blocks) : blocks;
  }

  /**
   * Waits for one request's budget under `key`, behind those already waiting. Refuses at once when the line is
   * full, when the budget would free up for this request only after `deadline`, or when HighLevel's Retry-After for
   * `key` ends after `deadline`; a shorter Retry-After is waited out first.
   */
  async acquire(key: string, deadline: number): Promise<void> {
    const blocked = await this.blocks.remaining(key).catch(() => 0);
    if (blocked > 0) {
      if (Date.now() + blocked > deadline) throw this.refusal(blocked, true);
      await sleep(blocked);
    }
    if (!this.lines.has(key) && (await this.log.take(key, 1)) === 0) return;
    const ahead = this.lines.get(key)?.length ?? 0;
    if (ahead >= this.options.maxQueue) throw this.refusal(await this.log.peek(key, 1));
    // The requests ahead take the first slots that free up; past a full budget of them, whole windows more.
    const wait =
      (await this.log.peek(key, Math.min(ahead + 1, this.options.requests))) +
      Math.floor(ahead / this.options.requests) * this.windowMs;
    if (Date.now() + wait > deadline) throw this.refusal(wait);

    const started = Date.now();
    this.observer?.limiterQueueLength(++this.waiting);
    try {
      await new Promise<void>((admit, refuse) => {
        const line = this.lines.get(key);
        if (line) line.push({ deadline, admit, refuse });
        else {
          const fresh = [{ deadline, admit, refuse }];
          this.lines.set(key, fresh);
          void this.serve(key, fresh);
        }
      });
    } finally {
      this.observer?.limiterQueueLength(--this.waiting);
      this.observer?.limiterWait((Date.now() - started) / 1000);
    }
  }

  /** Spends what HighLevel says is already spent: `remaining` from X-RateLimit-Remaining. */
  observeRemaining(key: string, remaining: number): Promise<void> {
    return this.log.spendDownTo(key, remaining);
  }

  /** Holds `key` back for `waitMs` (HighLevel's Retry-After on a 429). */
  observeRetryAfter(key: string, waitMs: number): Promise<void> {
    return this.blocks.block(key, waitMs).catch(() => undefined);
  }

  /** Admits the key's line in order as budget frees up; one loop per key while anyone waits. */
  private async serve(key: string, line: Waiter[]): Promise<void> {
    for (let first = line[0]; first; first = line[0]) {
      // The logs answer without throwing (Redis falls back to memory); should one throw, the request goes.
      const blocked = await this.blocks.remaining(key).catch(() => 0);
      const wait = blocked > 0 ? blocked : await this.log.take(key, 1).catch(() => 0);
      if (wait === 0) first.admit();
      else if (Date.now() + wait > first.deadline) first.refuse(this.refusal(wait, blocked > 0));
      else {
        await sleep(wait);
        continue;
      }
      line.shift();
    }
    this.lines.delete(key);
  }

  /** RATE_LIMITED with when to retry; `paused` when HighLevel's Retry-After, not the budget, holds the key back. */
  private refusal(waitMs: number, paused = false) {
    const message = paused
      ? 'HighLevel asked for a pause (Retry-After) for this location; retry later.'
      : "HighLevel's rate budget for this location is spent; retry later.";
    return gatewayError('RATE_LIMITED', message, {
      retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
    });
  }
}
