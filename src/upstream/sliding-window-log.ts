// A sliding window log: per key, the times of the requests sent within the last window, and at most `limit` of them.
// Unlike a counter reset at fixed times, it never admits `limit` requests on each side of a window boundary.
import { LRUCache } from 'lru-cache';

/** Per key, the send times of the last window: where the limiter spends its budget (this process, or Redis). */
export interface SlidingWindowLog {
  /** Records `count` requests now when they fit; else the milliseconds until they would (and records nothing). */
  take(key: string, count: number): Promise<number>;
  /** The milliseconds until `count` requests would fit (0: now), recording nothing. */
  peek(key: string, count: number): Promise<number>;
  /** Records requests now until no more than `remaining` fit in the window. */
  spendDownTo(key: string, remaining: number): Promise<void>;
}

/** Distinct (credential, location) logs kept in memory; the least recently used goes first. */
const MAX_MEMORY_KEYS = 10_000;

/** The log of this process alone. */
export class MemorySlidingWindowLog implements SlidingWindowLog {
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
