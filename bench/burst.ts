// The budget target: 20 users refreshing one location's dashboard for 30 s stay inside that location's
// burst budget. Each user has an identity of its own (a JWT); the gateway reads HighLevel with the location's one
// token (service-token mode), under HighLevel's own budget: the emulator answers 429 past 100 requests per 10 s.
// Each user refreshes as soon as the previous answer arrives (the worst case). Counted from the emulator's request
// log: upstream requests in every 10-s window (sliding, by arrival), 429s, and what the users got. Run twice: with
// what the gateway shares across operations (reference cache, response cache, joined requests), and without.
import type { EventEmitter } from 'node:events';

import autocannon from 'autocannon';
import { SignJWT } from 'jose';

import { BURST_AUTH } from './burst-auth.js';
import { type Child, startChild } from './ipc.js';
import { percentile } from './statistics.js';

export const BURST_WINDOW_MS = 10_000;
export const BURST_BUDGET = 100;
/** Nothing new upstream for this long: a budget window and its margin. */
const QUIET_MS = 10_500;

export interface BurstResult {
  /** `shared`: G as configured by default; `unshared`: no reference cache, no response cache, no joined requests. */
  variant: 'shared' | 'unshared';
  users: number;
  durationS: number;
  latencyMs: number;
  /** Answers the users received, and how many of those were 200s without GraphQL errors (whole dashboards). */
  answered: number;
  clean: number;
  /** Answers that were not clean (non-2xx, or RATE_LIMITED and other GraphQL errors), plus requests never answered. */
  failed: number;
  /** Of every answer, clean or not. */
  p50Ms: number;
  p99Ms: number;
  upstreamRequests: number;
  /** The same, by route (e.g. `contacts.get`). */
  routes: Record<string, number>;
  /** The most upstream requests that arrived within any 10 s. */
  maxPerWindow: number;
  /** Upstream requests per consecutive 10-s window from the first. */
  perWindow: number[];
  /** HighLevel's refusals (the emulator's 429s). */
  tooManyRequests: number;
}

interface LoggedRequest {
  route: string;
  startedAt: number;
  status: number;
}

export async function measureBurst(options: {
  build: string;
  variant: BurstResult['variant'];
  users: number;
  durationS: number;
  latencyMs: number;
  document: string;
}): Promise<BurstResult> {
  const { child: emulator, ready } = await startChild(`${options.build}bench/emulator-child.js`, [
    String(options.latencyMs),
    'enforce',
  ]);
  const locationId = String(ready['locationId']);
  const { child: gateway, ready: gatewayReady } = await startChild(
    `${options.build}bench/server-child.js`,
    ['gateway-service', String(ready['url'])],
    {
      NODE_ENV: 'production',
      BENCH_SERVICE_TOKEN: String(ready['token']),
      BENCH_SHARED: options.variant === 'shared' ? 'on' : 'off',
    },
  );
  try {
    const tokens = await Promise.all(
      Array.from({ length: options.users }, (_, user) =>
        new SignJWT({ locations: [locationId] })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject(`bench-user-${String(user)}`)
          .setIssuer(BURST_AUTH.issuer)
          .setAudience(BURST_AUTH.audience)
          .setExpirationTime('10m')
          .sign(new TextEncoder().encode(BURST_AUTH.jwtSecret)),
      ),
    );
    await emulator.ask({ type: 'mark' }); // drop the gateway's readiness probes from the log
    const load = await refreshDashboards(String(gatewayReady['url']), tokens, options.durationS, {
      query: options.document,
      variables: { locationId },
    });
    // Operations still running or waiting for budget when the load stopped go on upstream: read the log once
    // nothing new has arrived for a whole budget window (they are bounded by their 30 s deadline).
    const requests = await quietLog(emulator);
    const upstream = requests.filter((request) => request.route !== 'unknown');
    const routes: Record<string, number> = {};
    for (const request of upstream) routes[request.route] = (routes[request.route] ?? 0) + 1;
    const starts = upstream.map((request) => request.startedAt).sort((left, right) => left - right);
    return {
      variant: options.variant,
      users: options.users,
      durationS: options.durationS,
      latencyMs: options.latencyMs,
      ...load,
      upstreamRequests: upstream.length,
      routes,
      maxPerWindow: maxInWindow(starts, BURST_WINDOW_MS),
      perWindow: perWindow(starts, BURST_WINDOW_MS),
      tooManyRequests: upstream.filter((request) => request.status === 429).length,
    };
  } finally {
    await gateway.stop();
    await emulator.stop();
  }
}

/** The emulator's request log, read once it has been quiet for a budget window (at most 45 s). */
async function quietLog(emulator: Child): Promise<LoggedRequest[]> {
  const requests: LoggedRequest[] = [];
  let quietSince = Date.now();
  for (const stopAt = Date.now() + 45_000; Date.now() < stopAt && Date.now() - quietSince < QUIET_MS;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const mark = await emulator.ask<{ requests: LoggedRequest[] }>({ type: 'mark', detail: true });
    if (mark.requests.length > 0) quietSince = Date.now();
    requests.push(...mark.requests);
  }
  return requests;
}

/** Each user on a connection of its own, with its own token, asking again as soon as an answer arrives. */
async function refreshDashboards(
  url: string,
  tokens: string[],
  durationS: number,
  body: { query: string; variables: Record<string, unknown> },
): Promise<Pick<BurstResult, 'answered' | 'clean' | 'failed' | 'p50Ms' | 'p99Ms'>> {
  const latencies: number[] = [];
  let answered = 0;
  let clean = 0;
  let nextUser = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: tokens.length,
        pipelining: 1,
        duration: durationS,
        timeout: 60,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        setupClient: (client) => {
          client.setHeaders({
            'content-type': 'application/json',
            authorization: `Bearer ${tokens[nextUser++ % tokens.length] ?? ''}`,
          });
        },
        requests: [
          {
            onResponse: (status, text) => {
              answered++;
              if (status >= 200 && status < 300 && !text.includes('"errors"')) clean++;
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
      const [, , , time] = args;
      if (typeof time === 'number') latencies.push(time);
    });
  });
  latencies.sort((left, right) => left - right);
  return {
    answered,
    clean,
    failed: answered - clean + result.errors + result.timeouts,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
  };
}

/** The most entries of `sorted` (epoch ms) within any `windowMs`. */
export function maxInWindow(sorted: readonly number[], windowMs: number): number {
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last++) {
    while ((sorted[last] ?? 0) - (sorted[first] ?? 0) >= windowMs) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

function perWindow(sorted: readonly number[], windowMs: number): number[] {
  const start = sorted[0];
  if (start === undefined) return [];
  const last = sorted.at(-1) ?? start;
  const counts = new Array<number>(Math.floor((last - start) / windowMs) + 1).fill(0);
  for (const time of sorted) {
    const index = Math.floor((time - start) / windowMs);
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}
