// Keeps the gateway inside HighLevel's burst budget (100 requests per 10 s per app and location by default): each
// (credential, location) has its own token bucket, and a request over budget waits in a bounded queue instead of
// earning a 429. When the queue is full, or the wait would outlast the operation's deadline, the caller gets
// RATE_LIMITED at once. HighLevel's X-RateLimit-Remaining corrects the local count when HighLevel knows better
// (other apps or instances spending the same budget).
import { RateLimiterMemory, RateLimiterQueue, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RedisConnection } from '../redis.js';
import { gatewayError } from './errors.js';

export interface RateLimitOptions {
  /** Requests per interval per (credential, location). */
  requests: number;
  intervalMs: number;
  /** Requests that may wait per (credential, location); past it, RATE_LIMITED at once. */
  maxQueue: number;
}

export interface RateLimitObserver {
  limiterQueueLength(length: number): void;
  limiterWait(seconds: number): void;
}

export class UpstreamRateLimiter {
  private readonly buckets: RateLimiterAbstract;
  private readonly queue: RateLimiterQueue;
  private waiting = 0;

  constructor(
    private readonly options: RateLimitOptions,
    private readonly observer?: RateLimitObserver,
    /** With Redis, every instance spends from the same buckets, so N instances together keep one budget. */
    redis?: RedisConnection,
  ) {
    const bucket = { points: options.requests, duration: options.intervalMs / 1000 };
    this.buckets = redis
      ? new RateLimiterRedis({
          ...bucket,
          storeClient: redis,
          useRedisPackage: true,
          keyPrefix: 'hl-rate',
          // Redis down: each instance keeps its own budget meanwhile rather than failing requests.
          insuranceLimiter: new RateLimiterMemory(bucket),
        })
      : new RateLimiterMemory(bucket);
    this.queue = new RateLimiterQueue(this.buckets, { maxQueueSize: options.maxQueue });
  }

  /** Waits for one request's budget under `key`; refuses when the queue is full or the deadline would pass. */
  async acquire(key: string, deadline: number): Promise<void> {
    const started = Date.now();
    this.waiting += 1;
    this.observer?.limiterQueueLength(this.waiting);
    try {
      // The queue expires requests by whole seconds: round the deadline down so none outlives it.
      await this.queue.removeTokens(1, key, Math.floor(deadline / 1000));
    } catch {
      throw gatewayError('RATE_LIMITED', "HighLevel's rate budget for this location is spent; retry later.", {
        retryAfterSeconds: Math.ceil(this.options.intervalMs / 1000),
      });
    } finally {
      this.waiting -= 1;
      this.observer?.limiterQueueLength(this.waiting);
      this.observer?.limiterWait((Date.now() - started) / 1000);
    }
  }

  /** Spends what HighLevel says is already spent: `remaining` from X-RateLimit-Remaining. */
  async observeRemaining(key: string, remaining: number): Promise<void> {
    const state = await this.buckets.get(key);
    const localRemaining = state?.remainingPoints ?? this.options.requests;
    if (remaining < localRemaining) await this.buckets.penalty(key, localRemaining - remaining);
  }
}
