// The instance's live connections (WebSockets and SSE streams alike): a bound on how many are open at once, and the
// drain, which refuses new ones and tells the open ones' subscriptions to end.
import { setMaxListeners } from 'node:events';

import type { LiveTransport } from '../observability/metrics.js';

export class LiveConnections {
  private count = 0;
  private readonly byTransport = new Map<LiveTransport, number>();
  private readonly stopping = new AbortController();

  constructor(
    private readonly limit: number,
    private readonly onCountChange: (transport: LiveTransport, count: number) => void = () => undefined,
  ) {
    // Every subscription's feed listens for the drain (and stops listening when it ends): thousands are normal, and
    // bounded by the connection and subscription limits, so Node's leak warning past 10 would be a false alarm.
    setMaxListeners(0, this.stopping.signal);
  }

  /** Takes a place for a new connection: its release, or undefined when the bound is reached or the drain began. */
  open(transport: LiveTransport): (() => void) | undefined {
    if (this.draining || this.count >= this.limit) return undefined;
    this.change(transport, 1);
    let open = true;
    return () => {
      if (!open) return;
      open = false;
      this.change(transport, -1);
    };
  }

  private change(transport: LiveTransport, by: number): void {
    this.count += by;
    const count = (this.byTransport.get(transport) ?? 0) + by;
    this.byTransport.set(transport, count);
    this.onCountChange(transport, count);
  }

  get openCount(): number {
    return this.count;
  }

  get draining(): boolean {
    return this.stopping.signal.aborted;
  }

  /** Aborted at the drain: every subscription's feed listens to it and ends with SHUTTING_DOWN. */
  get stoppingSignal(): AbortSignal {
    return this.stopping.signal;
  }

  startDraining(): void {
    this.stopping.abort();
  }
}
