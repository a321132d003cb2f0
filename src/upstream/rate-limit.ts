// Keeps the gateway inside HighLevel's burst budget (100 requests per 10 s per app and location by default): each
// (credential, location) has its own budget, and a request over budget waits in line (first come, first served, a
// bounded line) instead of earning a 429. When the line is full, or the budget would free up for the request only
// after its operation's deadline, the caller gets RATE_LIMITED at once. HighLevel's X-RateLimit-Remaining corrects the local count when HighLevel knows better (other apps or
// instances spending the same budget).
//
// The budget is a sliding log: the times of the requests sent, and at most `requests` of them in any interval (plus a
// margin for the time a request takes to reach HighLevel). A fixed-window counter (rate-limiter-flexible's) allowed
// twice the budget across a window boundary: the bench's saturated location earned 100 429s from the emulator when
// the gateway's window reset 10 ms before HighLevel's. However HighLevel's own windows fall, a sliding log with a
// margin longer than the trip never sends more than its budget into one of them. (The trip starts when the request
// takes its budget: a wait for a concurrency slot beyond the margin is not covered.) With Redis, the log is a sorted
// set updated by one Lua script (atomic across instances, timed by Redis's clock); while Redis is down, each instance
// keeps its own log.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { LRUCache } from 'lru-cache';
import type { RedisConnection } from '../redis.js';
import { gatewayError } from '../errors.js';

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
  /** The milliseconds until `count` requests would fit (0: now), recording nothing. */
  peek(key: string, count: number): Promise<number>;
  /** Records requests now until no more than `remaining` fit in the window. */
  spendDownTo(key: string, remaining: number): Promise<void>;
}

/** Distinct (credential, location) logs kept in memory; the least recently used goes first. */
const MAX_MEMORY_KEYS = 10_000;

/** A request waiting for budget, in its key's line. */
interface Waiter {
  deadline: number;
  admit(): void;
  refuse(error: Error): void;
}

export class UpstreamRateLimiter {
  private readonly log: RequestLog;
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
    const memory = new MemoryRequestLog(options.requests, this.windowMs);
    this.log = redis ? new RedisRequestLog(redis, options.requests, this.windowMs, memory) : memory;
  }

  /**
   * Waits for one request's budget under `key`, behind those already waiting. Refuses at once when the line is
   * full or when the budget would free up for this request only after `deadline`.
   */
  async acquire(key: string, deadline: number): Promise<void> {
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

  /** Admits the key's line in order as budget frees up; one loop per key while anyone waits. */
  private async serve(key: string, line: Waiter[]): Promise<void> {
    for (let first = line[0]; first; first = line[0]) {
      // The logs answer without throwing (Redis falls back to memory); should one throw, the request goes.
      const wait = await this.log.take(key, 1).catch(() => 0);
      if (wait === 0) first.admit();
      else if (Date.now() + wait > first.deadline) first.refuse(this.refusal(wait));
      else {
        await sleep(wait);
        continue;
      }
      line.shift();
    }
    this.lines.delete(key);
  }

  private refusal(waitMs: number) {
    return gatewayError('RATE_LIMITED', "HighLevel's rate budget for this location is spent; retry later.", {
      retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
    });
  }
}

class MemoryRequestLog implements RequestLog {
  /** Ascending send times (epoch ms) within the window, per key. */
  private readonly logs: LRUCache<string, number[]>;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {
    // A log untouched for a whole window holds nothing that still counts.
    this.logs = new LRUCache({ max: MAX_MEMORY_KEYS, ttl: windowMs, updateAgeOnGet: true });
  }

  take(key: string, count: number): Promise<number> {
    const now = Date.now();
    const times = this.current(key, now);
    const wait = this.waitFor(times, count, now);
    if (wait === 0) for (let index = 0; index < count; index++) times.push(now);
    return Promise.resolve(wait);
  }

  peek(key: string, count: number): Promise<number> {
    const now = Date.now();
    return Promise.resolve(this.waitFor(this.current(key, now), count, now));
  }

  spendDownTo(key: string, remaining: number): Promise<void> {
    const now = Date.now();
    const times = this.current(key, now);
    while (this.limit - times.length > remaining) times.push(now);
    return Promise.resolve();
  }

  private waitFor(times: readonly number[], count: number, now: number): number {
    const excess = times.length + count - this.limit;
    return excess > 0 ? Math.max(1, (times[excess - 1] ?? now) + this.windowMs - now) : 0;
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
 * KEYS[1]: a sorted set of send times (ms, Redis's clock). ARGV: window ms, limit, mode (`take`, `peek` or `spend`),
 * n, id. `take`: records n requests when they fit and returns 0, else returns the ms until they would. `peek`: the
 * same, recording nothing. `spend`: records requests until at most n more fit; returns 0.
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
if ARGV[3] ~= 'spend' then
  local excess = used + n - limit
  if excess > 0 then
    local oldest = redis.call('ZRANGE', KEYS[1], excess - 1, excess - 1, 'WITHSCORES')
    return math.max(1, tonumber(oldest[2]) + window - now)
  end
  if ARGV[3] == 'peek' then
    return 0
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

  async peek(key: string, count: number): Promise<number> {
    try {
      return await this.run(key, 'peek', count);
    } catch {
      return this.insurance.peek(key, count);
    }
  }

  async spendDownTo(key: string, remaining: number): Promise<void> {
    try {
      await this.run(key, 'spend', remaining);
    } catch {
      await this.insurance.spendDownTo(key, remaining);
    }
  }

  private async run(key: string, mode: 'take' | 'peek' | 'spend', n: number): Promise<number> {
    const reply = await this.client.eval(LOG_SCRIPT, {
      keys: [`hl-rate:${key}`],
      arguments: [String(this.windowMs), String(this.limit), mode, String(n), randomUUID()],
    });
    return Number(reply);
  }
}
