// What the emulator keeps between requests. The REST handler, the admin routes and the Emulator handle all work on
// this one object, so a change made through any of them is seen by the others.
import type { FaultInjector } from './faults.js';
import type { RateLimiter } from './rate-limit.js';
import type { RequestLog } from './request-log.js';
import type { EmulatorStore } from './store.js';
import type { TokenRegistry } from './tokens.js';
import type { EmulatorWebhooks } from './webhooks.js';

export interface EmulatorState {
  store: EmulatorStore;
  registry: TokenRegistry;
  requestLog: RequestLog;
  faults: FaultInjector;
  limiter: RateLimiter;
  latency: Latency;
  /** Keys, targets, placed calls and contact changes, pushed as HighLevel's webhooks. */
  webhooks: EmulatorWebhooks;
}

/** Added to every REST response (not to admin calls); can change while the emulator runs. */
export class Latency {
  private current: number;

  constructor(ms: number) {
    this.current = checkedLatency(ms);
  }

  get ms(): number {
    return this.current;
  }

  set(ms: number): void {
    this.current = checkedLatency(ms);
  }
}

function checkedLatency(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) throw new Error(`Emulator latency must be a non-negative number, got ${ms}`);
  return ms;
}
