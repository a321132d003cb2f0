// Load and request helpers shared by the bench's scenarios: bounded autocannon runs, one POST at a time, and waiting
// for the emulator to go quiet after a run (queries still in flight are served to the end).
import type { EventEmitter } from 'node:events';

import autocannon from 'autocannon';

import type { Child } from './ipc.js';
import { percentile } from './statistics.js';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the emulator has received nothing new for `quietMs`: the queries of a run that just stopped (autocannon
 * does not wait for those in flight, the servers serve them to the end) have all finished. Bounded at 10 s.
 */
export async function quiesce(emulator: Child, quietMs: number): Promise<number> {
  let seq = (await emulator.ask<{ seq: number }>({ type: 'mark' })).seq;
  for (let waited = 0; waited < 10_000; waited += quietMs) {
    await sleep(quietMs);
    const next = (await emulator.ask<{ seq: number }>({ type: 'mark' })).seq;
    if (next === seq) return seq;
    seq = next;
  }
  return seq;
}

/** Long enough for any query still in flight to finish: twice the slowest latencies just seen, within bounds. */
export function quietPeriod(result: LoadResult, latencyMs: number): number {
  return Math.min(2_000, Math.max(150, 2 * (Number.isFinite(result.p99Ms) ? result.p99Ms : 1_000))) + latencyMs;
}

export interface LoadOptions {
  url: string;
  method: 'GET' | 'POST';
  body?: string;
  headers: Record<string, string>;
  connections: number;
  durationS: number;
  /** A new `authorization` header for each request (a credential per query), instead of the one in `headers`. */
  nextAuthorization?: () => string;
}

export interface LoadResult {
  sent: number;
  completed: number;
  /** Non-2xx answers, connection errors, timeouts, and 200s that carry GraphQL errors. */
  failed: number;
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  elapsedS: number;
  /** Each 2xx answer's latency in ms, ascending (to pool several runs). */
  latencies: number[];
}

/** A bounded autocannon run; latencies are kept at full resolution (autocannon's histogram rounds to 1 ms). */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let graphqlErrors = 0;
  const { nextAuthorization } = options;
  const startedAt = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        pipelining: 1,
        duration: options.durationS,
        timeout: 10,
        requests: [
          {
            method: options.method,
            headers: options.headers,
            ...(options.body === undefined ? {} : { body: options.body }),
            ...(nextAuthorization === undefined
              ? {}
              : {
                  setupRequest: (request) => ({
                    ...request,
                    headers: { ...options.headers, authorization: nextAuthorization() },
                  }),
                }),
            onResponse: (_status, text) => {
              if (text.includes('"errors"')) graphqlErrors++;
            },
          },
        ],
      },
      (error: unknown, output) => {
        if (error) reject(error instanceof Error ? error : new Error('autocannon failed'));
        else resolve(output);
      },
    );
    // autocannon emits (client, statusCode, bytes, responseTime in fractional ms); its typings omit the client.
    const events: Pick<EventEmitter, 'on'> = instance;
    events.on('response', (...args: unknown[]) => {
      const [, status, , time] = args;
      if (typeof status === 'number' && status >= 200 && status < 300 && typeof time === 'number') latencies.push(time);
    });
  });
  const elapsedS = (performance.now() - startedAt) / 1000;
  latencies.sort((left, right) => left - right);
  const completed = latencies.length;
  return {
    sent: result.requests.sent,
    completed,
    failed: result.non2xx + result.errors + graphqlErrors,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    requestsPerSecond: completed / Math.min(elapsedS, result.duration || elapsedS),
    elapsedS,
    latencies,
  };
}

export function graphqlHeaders(authorization: string): Record<string, string> {
  return { 'content-type': 'application/json', authorization };
}

export async function postJson(url: string, body: string, authorization: string) {
  const response = await fetch(url, {
    method: 'POST',
    // fetch asks for gzip by itself; the limits never compress and autocannon asks for nothing, so neither does this:
    // every implementation is measured sending the same bytes.
    headers: { ...graphqlHeaders(authorization), 'accept-encoding': 'identity' },
    body,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    // reported by the caller
  }
  return { status: response.status, text, body: parsed };
}
