// Upstream requests in flight, bounded in total and per key (credential + location). A key whose HighLevel hangs
// holds at most its share of the slots, so other tenants keep the rest; and while requests wait for a slot, slots
// go to the waiting keys in turn (round robin), so one busy key cannot crowd out a quiet one. Slots are not taken
// back from a running request: the per-key share is what keeps a hang from holding them all.
import type { GraphQLError } from 'graphql';

interface Waiter {
  start(): void;
}

export class FairConcurrency {
  private active = 0;
  private readonly activeByKey = new Map<string, number>();
  /** Per key, its requests waiting in arrival order; the map's order is the round-robin turn. */
  private readonly waiting = new Map<string, Waiter[]>();

  constructor(
    private readonly total: number,
    private readonly perKey: number,
  ) {}

  /**
   * Runs `task` once `key` has a slot. While waiting, an aborted `signal` gives up the place in line and rejects
   * with `onAbort()`.
   */
  async run<T>(key: string, task: () => Promise<T>, signal: AbortSignal, onAbort: () => GraphQLError): Promise<T> {
    await this.slot(key, signal, onAbort);
    try {
      return await task();
    } finally {
      this.release(key);
    }
  }

  private slot(key: string, signal: AbortSignal, onAbort: () => GraphQLError): Promise<void> {
    if (!this.waiting.has(key) && this.hasRoom(key)) {
      this.take(key);
      return Promise.resolve();
    }
    if (signal.aborted) return Promise.reject(onAbort());
    return new Promise((resolve, reject) => {
      const line = this.waiting.get(key) ?? [];
      const waiter: Waiter = {
        start: () => {
          signal.removeEventListener('abort', abandon);
          resolve();
        },
      };
      const abandon = () => {
        this.leave(key, waiter);
        reject(onAbort());
      };
      signal.addEventListener('abort', abandon, { once: true });
      line.push(waiter);
      this.waiting.set(key, line);
    });
  }

  private hasRoom(key: string): boolean {
    return this.active < this.total && (this.activeByKey.get(key) ?? 0) < this.perKey;
  }

  private take(key: string): void {
    this.active++;
    this.activeByKey.set(key, (this.activeByKey.get(key) ?? 0) + 1);
  }

  private release(key: string): void {
    this.active--;
    const left = (this.activeByKey.get(key) ?? 1) - 1;
    if (left === 0) this.activeByKey.delete(key);
    else this.activeByKey.set(key, left);
    this.startWaiting();
  }

  /** Starts waiting requests while there is room, one key at a time in turn. */
  private startWaiting(): void {
    for (const [key, line] of this.waiting) {
      if (this.active >= this.total) return;
      if (!this.hasRoom(key)) continue;
      const next = line.shift();
      // The key goes to the back of the turn (or out of it when nobody of it waits any more).
      this.waiting.delete(key);
      if (line.length > 0) this.waiting.set(key, line);
      if (next) {
        this.take(key);
        next.start();
      }
    }
  }

  private leave(key: string, waiter: Waiter): void {
    const line = this.waiting.get(key);
    if (!line) return;
    const index = line.indexOf(waiter);
    if (index >= 0) line.splice(index, 1);
    if (line.length === 0) this.waiting.delete(key);
  }
}
