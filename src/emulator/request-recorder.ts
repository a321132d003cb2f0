// Puts each REST request into the request log the moment it arrives, with how many requests were already in
// flight, and keeps its duration current until it is answered or its connection closes. Tests read call counts
// and concurrency from these entries, so they must exist before any check or delay runs.
import type { ServerResponse } from 'node:http';

import type { Arrival } from './arrival.js';
import type { FaultDecision } from './faults.js';
import type { RequestLog } from './request-log.js';
import type { EmulatorRoute } from './routes/route.js';
import { bearerToken, tokenHash } from './tokens.js';

export interface RecordedRequest {
  /** Names the injected fault, if any, in the entry. */
  faulted(decision: FaultDecision): void;
  /** Completes the entry just before the response is sent. */
  answered(status: number): void;
}

export class RequestRecorder {
  private inFlight = 0;

  constructor(private readonly log: RequestLog) {}

  begin(route: EmulatorRoute | undefined, arrival: Arrival, response: ServerResponse): RecordedRequest {
    const t0 = performance.now();
    const token = bearerToken(arrival.authorization);
    const entry = this.log.begin({
      method: arrival.method,
      route: route?.id ?? 'unknown',
      path: arrival.path,
      query: arrival.query,
      tokenHash: token === undefined ? null : tokenHash(token),
      versionHeader: arrival.version ?? null,
      startedAt: performance.timeOrigin + t0,
      inFlightAtStart: this.inFlight,
    });
    this.inFlight++;
    response.once('close', () => {
      this.inFlight--;
      if (entry.status === 0) entry.durationMs = performance.now() - t0;
    });
    return {
      faulted: (decision) => {
        const fault = describeFault(decision);
        if (fault !== undefined) entry.fault = fault;
      },
      answered: (status) => {
        entry.status = status;
        entry.durationMs = performance.now() - t0;
      },
    };
  }
}

function describeFault(decision: FaultDecision): string | undefined {
  const { outcome } = decision;
  if (outcome?.kind === 'status') return `status:${outcome.status}`;
  if (outcome) return outcome.kind;
  return decision.latencyMs > 0 ? 'latency' : undefined;
}
