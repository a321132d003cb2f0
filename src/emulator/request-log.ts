// Every non-admin request, in arrival order. Tests assert exact upstream call counts and concurrency from it, so an
// entry is created when the request arrives and completed before its response is written.

export interface RequestLogEntry {
  /** 1, 2, 3, … in arrival order; keeps counting across clear(). */
  seq: number;
  method: string;
  /** Route id (e.g. `callLogs.list`), or `unknown`. */
  route: string;
  path: string;
  query: Record<string, string>;
  /** The response status; 0 while none has been sent (still running, held by a timeout fault, or abandoned). */
  status: number;
  /** First 12 hex chars of the token's SHA-256; the raw token is never kept. */
  tokenHash: string | null;
  versionHeader: string | null;
  /** Unix epoch milliseconds (fractional). */
  startedAt: number;
  /** Until the response was sent (or the client went away). */
  durationMs: number;
  /** Requests already in flight when this one arrived. */
  inFlightAtStart: number;
  /** The injected fault, if any: `status:503`, `timeout`, `malformed`, `latency`. */
  fault?: string;
}

export type NewRequestLogEntry = Omit<RequestLogEntry, 'seq' | 'status' | 'durationMs'>;

export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private nextSeq = 1;

  /** `limit` bounds memory under long benchmarks: past it, the oldest tenth is dropped. */
  constructor(private readonly limit = 100_000) {}

  begin(fields: NewRequestLogEntry): RequestLogEntry {
    const entry: RequestLogEntry = { seq: this.nextSeq++, ...fields, status: 0, durationMs: 0 };
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.splice(0, Math.ceil(this.limit / 10));
    return entry;
  }

  /** Copies, so later updates do not change what a test already read. */
  all(): RequestLogEntry[] {
    return this.entries.map((entry) => ({ ...entry, query: { ...entry.query } }));
  }

  clear(): void {
    this.entries = [];
  }

  count(filter: { route?: string } = {}): number {
    return filter.route === undefined
      ? this.entries.length
      : this.entries.filter((entry) => entry.route === filter.route).length;
  }
}
