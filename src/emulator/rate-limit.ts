// HighLevel's rate limits per token: a burst budget per interval (100 per 10 s) and a daily budget (200,000), both
// reported on every response in X-RateLimit-* headers. Fixed windows that start with the first request.

export interface RateLimitOptions {
  /** Requests per interval. Default 100. */
  max?: number;
  /** Default 10,000 ms. */
  intervalMs?: number;
  /** Requests per day. Default 200,000. */
  daily?: number;
  /** false: count and report, but never answer 429. Default true. */
  enforce?: boolean;
}

export interface RateLimitVerdict {
  allowed: boolean;
  headers: Record<string, string>;
  /** When not allowed: seconds until the window that blocked the request resets. */
  retryAfterSeconds: number;
}

interface Bucket {
  windowStart: number;
  count: number;
  dayStart: number;
  dayCount: number;
}

const DAY_MS = 86_400_000;

export class RateLimiter {
  readonly max: number;
  readonly intervalMs: number;
  readonly daily: number;
  readonly enforce: boolean;
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    options: RateLimitOptions = {},
    private readonly now: () => number = Date.now,
  ) {
    this.max = positive(options.max, 100, 'rateLimit.max');
    this.intervalMs = positive(options.intervalMs, 10_000, 'rateLimit.intervalMs');
    this.daily = positive(options.daily, 200_000, 'rateLimit.daily');
    this.enforce = options.enforce ?? true;
  }

  /** Counts one request for `key` (a token) unless it is refused. */
  consume(key: string): RateLimitVerdict {
    const bucket = this.current(key);
    const overBurst = bucket.count >= this.max;
    const overDaily = bucket.dayCount >= this.daily;
    if (this.enforce && (overBurst || overDaily)) {
      const resetAt = overDaily ? bucket.dayStart + DAY_MS : bucket.windowStart + this.intervalMs;
      return {
        allowed: false,
        headers: this.headers(bucket),
        retryAfterSeconds: Math.max(1, Math.ceil((resetAt - this.now()) / 1000)),
      };
    }
    bucket.count++;
    bucket.dayCount++;
    return { allowed: true, headers: this.headers(bucket), retryAfterSeconds: 0 };
  }

  /** Headers for a response that did not count (no or unknown token). */
  peek(key: string | undefined): Record<string, string> {
    return this.headers(key === undefined ? undefined : this.buckets.get(key));
  }

  reset(): void {
    this.buckets.clear();
  }

  private current(key: string): Bucket {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { windowStart: now, count: 0, dayStart: now, dayCount: 0 };
      this.buckets.set(key, bucket);
    }
    if (now - bucket.windowStart >= this.intervalMs) {
      bucket.windowStart = now;
      bucket.count = 0;
    }
    if (now - bucket.dayStart >= DAY_MS) {
      bucket.dayStart = now;
      bucket.dayCount = 0;
    }
    return bucket;
  }

  private headers(bucket: Bucket | undefined): Record<string, string> {
    const now = this.now();
    const count = bucket && now - bucket.windowStart < this.intervalMs ? bucket.count : 0;
    const dayCount = bucket && now - bucket.dayStart < DAY_MS ? bucket.dayCount : 0;
    return {
      'x-ratelimit-max': String(this.max),
      'x-ratelimit-remaining': String(Math.max(0, this.max - count)),
      'x-ratelimit-interval-milliseconds': String(this.intervalMs),
      'x-ratelimit-limit-daily': String(this.daily),
      'x-ratelimit-daily-remaining': String(Math.max(0, this.daily - dayCount)),
    };
  }
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${value}`);
  return value;
}
