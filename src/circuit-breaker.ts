// A circuit breaker for a dependency that can hang or vanish (Redis). After `failureThreshold` failures in a row the
// circuit opens: callers are refused at once, without asking the dependency, for `coolDownMs`. Then the breaker
// sends one probe of its own (half-open): answered, the circuit closes; not, it stays open for another cool-down.
// No caller's request is ever the probe, so none waits on a dependency that is known to be failing.

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  failureThreshold: number;
  coolDownMs: number;
  /** Resolves when the dependency answers; rejects when it does not (bounded in time by the caller). */
  probe: () => Promise<unknown>;
  onStateChange?: (state: CircuitState) => void;
}

export class CircuitBreaker {
  private current: CircuitState = 'closed';
  private failuresInARow = 0;
  private probeTimer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly options: CircuitBreakerOptions) {}

  get state(): CircuitState {
    return this.current;
  }

  /** Whether a call may go to the dependency now: only while the circuit is closed. */
  get allowsCalls(): boolean {
    return this.current === 'closed';
  }

  /** The dependency answered a call. */
  succeeded(): void {
    if (this.current === 'closed') this.failuresInARow = 0;
  }

  /** A call failed or timed out; the last of `failureThreshold` in a row opens the circuit. */
  failed(): void {
    if (this.current !== 'closed') return;
    if (++this.failuresInARow >= this.options.failureThreshold) this.open();
  }

  /** No more probes (the connection is closing). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.probeTimer);
  }

  private open(): void {
    this.failuresInARow = 0;
    this.transition('open');
    if (this.stopped) return;
    this.probeTimer = setTimeout(() => void this.probe(), this.options.coolDownMs);
    this.probeTimer.unref();
  }

  private async probe(): Promise<void> {
    this.transition('half-open');
    try {
      await this.options.probe();
      this.transition('closed');
    } catch {
      this.open();
    }
  }

  private transition(state: CircuitState): void {
    if (this.current === state) return;
    this.current = state;
    this.options.onStateChange?.(state);
  }
}
