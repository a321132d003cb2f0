// Keeps the gateway inside HighLevel's burst budget (100 requests per 10 s per app and location by default): each
// (credential, location) has its own budget, and a request over budget waits in a bounded queue instead of earning a
// 429. When the queue is full, or the wait would outlast the operation's deadline, the caller gets RATE_LIMITED at
// once. HighLevel's X-RateLimit-Remaining corrects the local count when HighLevel knows better (other apps or
// instances spending the same budget).
//
// The budget is a sliding log: the times of the requests sent, and at most `requests` of them in any interval (plus a
// margin for the time a request takes to reach HighLevel). A fixed-window counter (rate-limiter-flexible's) allowed
// twice the budget across a window boundary: the bench's saturated location earned 100 429s from the emulator when
// the gateway's window reset 10 ms before HighLevel's. However HighLevel's own windows fall, a sliding log with a
// margin longer than the trip never sends more than its budget into one of them. With Redis, the log is a sorted
// set updated by one Lua script (atomic across instances, timed by Redis's clock); while Redis is down, each instance
// keeps its own log.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { LRUCache } from 'lru-cache';
import type { RedisConnection } from '../redis.js';
import { gatewayError } from './errors.js';

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

/** Where the request times live: this process, or Redis. */
interface RequestLog {
  /** Records `count` requests now when they fit; else the milliseconds until they would (and records nothing). */
  take(key: string, count: number): Promise<number>;
  /** Records requests now until no more than `remaining` fit in the window. */
  spendDownTo(key: string, remaining: number): Promise<void>;
}

/** Distinct (credential, location) logs kept in memory; the least recently used goes first. */
const MAX_MEMORY_KEYS = 10_000;

export class UpstreamRateLimiter {
  private readonly log: RequestLog;
  private readonly waitingByKey = new Map<string, number>();
  private waiting = 0;

  constructor(
    private readonly options: RateLimitOptions,
    private readonly observer?: RateLimitObserver,
    /** With Redis, every instance spends from the same logs, so N instances together keep one budget. */
    redis?: RedisConnection,
  ) {
    const windowMs = options.intervalMs + (options.marginMs ?? Math.round(options.intervalMs / 20));
    const memory = new MemoryRequestLog(options.requests, windowMs);
    this.log = redis ? new RedisRequestLog(redis, options.requests, windowMs, memory) : memory;
  }

  /** Waits for one request's budget under `key`; refuses when the queue is full or the deadline would pass. */
  async acquire(key: string, deadline: number): Promise<void> {
    let wait = await this.log.take(key, 1);
    if (wait === 0) return;
    const queued = this.waitingByKey.get(key) ?? 0;
    if (queued >= this.options.maxQueue) throw this.refusal(wait);
    const started = Date.now();
    this.waitingByKey.set(key, queued + 1);
    this.observer?.limiterQueueLength(++this.waiting);
    try {
      while (wait > 0) {
        if (Date.now() + wait > deadline) throw this.refusal(wait);
        await sleep(wait);
        wait = await this.log.take(key, 1);
      }
    } finally {
      const left = (this.waitingByKey.get(key) ?? 1) - 1;
      if (left === 0) this.waitingByKey.delete(key);
      else this.waitingByKey.set(key, left);
      this.observer?.limiterQueueLength(--this.waiting);
      this.observer?.limiterWait((Date.now() - started) / 1000);
    }
  }

  /** Spends what HighLevel says is already spent: `remaining` from X-RateLimit-Remaining. */
  observeRemaining(key: string, remaining: number): Promise<void> {
    return this.log.spendDownTo(key, remaining);
  }

  private refusal(waitMs: number) {
    return gatewayError('RATE_LIMITED', "HighLevel's rate budget for this location is spent; retry later.", {
      retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
    });
  }
}

class MemoryRequestLog implements RequestLog {
  /** Ascending send times (epoch ms) within the window, per key. */
  private readonly logs = new LRUCache<string, number[]>({ max: MAX_MEMORY_KEYS });

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  take(key: string, count: number): Promise<number> {
    const now = Date.now();
    const times = this.current(key, now);
    const excess = times.length + count - this.limit;
    if (excess > 0) return Promise.resolve(Math.max(1, (times[excess - 1] ?? now) + this.windowMs - now));
    for (let index = 0; index < count; index++) times.push(now);
    return Promise.resolve(0);
  }

  spendDownTo(key: string, remaining: number): Promise<void> {
    const now = Date.now();
    const times = this.current(key, now);
    while (this.limit - times.length > remaining) times.push(now);
    return Promise.resolve();
  }

  /** The key's log without the times that have left the window. */
  private current(key: string, now: number): number[] {
    let times = this.logs.get(key);
    if (!times) {
      times = [];
      this.logs.set(key, times);
    }
    let expired = 0;
    while (expired < times.length && (times[expired] ?? 0) <= now - this.windowMs) expired++;
    if (expired > 0) times.splice(0, expired);
    return times;
  }
}

/**
 * KEYS[1]: a sorted set of send times (ms, Redis's clock). ARGV: window ms, limit, mode (`take` or `spend`), n, id.
 * `take`: records n requests when they fit and returns 0, else returns the ms until they would. `spend`: records
 * requests until at most n more fit. Returns 0.
 */
const LOG_SCRIPT = `
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local window = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local n = tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local used = redis.call('ZCARD', KEYS[1])
local add = 0
if ARGV[3] == 'take' then
  local excess = used + n - limit
  if excess > 0 then
    local oldest = redis.call('ZRANGE', KEYS[1], excess - 1, excess - 1, 'WITHSCORES')
    return math.max(1, tonumber(oldest[2]) + window - now)
  end
  add = n
else
  add = math.max(0, limit - n - used)
end
for index = 1, add do
  redis.call('ZADD', KEYS[1], now, ARGV[5] .. ':' .. index)
end
if add > 0 then
  redis.call('PEXPIRE', KEYS[1], window)
end
return 0
`;

class RedisRequestLog implements RequestLog {
  constructor(
    private readonly client: RedisConnection,
    private readonly limit: number,
    private readonly windowMs: number,
    /** Used while Redis does not answer: this instance keeps its own budget rather than failing requests. */
    private readonly insurance: RequestLog,
  ) {}

  async take(key: string, count: number): Promise<number> {
    try {
      return await this.run(key, 'take', count);
    } catch {
      return this.insurance.take(key, count);
    }
  }

  async spendDownTo(key: string, remaining: number): Promise<void> {
    try {
      await this.run(key, 'spend', remaining);
    } catch {
      await this.insurance.spendDownTo(key, remaining);
    }
  }

  private async run(key: string, mode: 'take' | 'spend', n: number): Promise<number> {
    const reply = await this.client.eval(LOG_SCRIPT, {
      keys: [`hl-rate:${key}`],
      arguments: [String(this.windowMs), String(this.limit), mode, String(n), randomUUID()],
    });
    return Number(reply);
  }
}
