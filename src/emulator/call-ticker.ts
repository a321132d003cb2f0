// `EMULATOR_CALL_INTERVAL_MS`: a call placed every so often, so that a gateway started with the emulator shows live
// calls without anyone placing them. One call at a time: a slow target delays the next call rather than piling them
// up, and stop() waits for the call being placed.
export class CallTicker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly intervalMs: number,
    private readonly placeCall: () => Promise<unknown>,
  ) {}

  start(): void {
    if (this.intervalMs > 0) this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.placeCall()
        .then(
          () => undefined,
          () => undefined, // a failed call is the next call's business, not the emulator's
        )
        .finally(() => {
          this.running = undefined;
          this.schedule();
        });
    }, this.intervalMs);
    this.timer.unref();
  }
}
