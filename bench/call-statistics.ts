// The statistics scenario: callStatistics over the last 30 and 92 local days of a location with over 1,000 calls,
// whose data reaches today (an emulator of its own, seeded up to now), at 20 ms upstream latency, against the limit
// (bench/statistics-limit.ts: the same pages with ideal parallelism, aggregated in plain code). Cold: one query with
// a credential G has never seen (a token minted for the sample: no day of it is cached), on a gateway that has
// served others, as a running gateway meets a new tenant; warm: the same query again with that credential, which
// finds every day cached (the open one for 30 s). G runs with its response cache off, so that a warm repeat shows
// the day cache, not a reused response. Every answer of G must equal the limit's figures.
import { readFileSync } from 'node:fs';

import { type Child, startChild } from './ipc.js';
import type { ProcessStats } from './process-stats.js';
import type { Target } from './report.js';
import { percentile } from './statistics.js';
import { type LimitRange, limitStatistics } from './statistics-limit.js';

export interface StatisticsRun {
  /** `30 days`, `92 days`. */
  range: string;
  days: number;
  calls: number;
  /** Upstream requests of one cold query: the limit's, and G's. */
  limitRequests: number;
  coldRequests: number;
  /** G's cold requests in every sample (all must equal the limit's). */
  coldRequestsBySample: number[];
  /** p50 over the samples, in ms, as the client waits. */
  limitP50Ms: number;
  coldP50Ms: number;
  /** CPU time per query, in ms: the limit's (the orchestrator's share), G's server process's, cold and warm. */
  limitCpuMs: number;
  coldCpuMs: number;
  warmCpuMs: number;
  /** Per warm repeat: the most upstream requests any repeat made, and the p50. */
  warmMaxRequests: number;
  warmP50Ms: number;
  warmP99Ms: number;
}

export interface StatisticsBenchResult {
  latencyMs: number;
  timeZone: string;
  samples: number;
  warmRepeats: number;
  runs: StatisticsRun[];
}

const TIME_ZONE = 'America/New_York';
const DAY_MS = 86_400_000;

/** The instant a local date begins in `timeZone` (no zone here skips midnight). */
function localMidnight(date: string, timeZone: string): number {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const offsetAt = (instant: number) => {
    const parts: Record<string, string> = {};
    const format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    for (const part of format.formatToParts(instant)) parts[part.type] = part.value;
    const wall = Date.parse(
      `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}:${parts['second']}Z`,
    );
    return wall - Math.floor(instant / 1000) * 1000;
  };
  const guess = utcMidnight - offsetAt(utcMidnight);
  return utcMidnight - offsetAt(guess);
}

/** The last `days` local days, today included: [midnight `days - 1` days ago, tomorrow's midnight). */
function lastDays(days: number, timeZone: string): LimitRange {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(Date.now());
  const shift = (offset: number) => new Date(Date.parse(`${today}T00:00:00Z`) + offset * DAY_MS).toISOString();
  return {
    from: localMidnight(shift(-(days - 1)).slice(0, 10), timeZone),
    to: localMidnight(shift(1).slice(0, 10), timeZone),
    timeZone,
  };
}

async function post(url: string, body: string, token: string): Promise<{ ms: number; body: unknown }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  const parsed: unknown = await response.json();
  return { ms: performance.now() - started, body: parsed };
}

async function upstreamSince(emulator: Child, run: () => Promise<void>): Promise<number> {
  const before = await emulator.ask<{ seq: number }>({ type: 'mark' });
  await run();
  const after = await emulator.ask<{ seq: number }>({ type: 'mark' });
  return after.seq - before.seq;
}

/** The figures of a GraphQL answer, in the limit's shape (without `coverage`), keys sorted. */
function figuresOf(answer: unknown): string {
  const data = (answer as { data?: { callStatistics?: Record<string, unknown> } }).data?.callStatistics;
  if (!data) throw new Error(`callStatistics answered no data: ${JSON.stringify(answer).slice(0, 500)}`);
  return canonical(Object.fromEntries(Object.entries(data).filter(([name]) => name !== 'coverage')));
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([left], [right]) => (left < right ? -1 : 1)))
      : item,
  );
}

export async function measureStatistics(options: {
  build: string;
  root: string;
  latencyMs: number;
  samples: number;
  warmRepeats: number;
  log: (message: string) => void;
}): Promise<StatisticsBenchResult> {
  const document = readFileSync(`${options.root}bench/queries/call-statistics.graphql`, 'utf8');
  const { child: emulator, ready } = await startChild(
    `${options.build}bench/emulator-child.js`,
    [String(options.latencyMs)],
    { BENCH_BASE_DATE: new Date().toISOString() },
  );
  const upstreamUrl = String(ready['url']);
  const locationId = String(ready['locationId']);
  const { child: gateway, ready: gatewayReady } = await startChild(
    `${options.build}bench/server-child.js`,
    ['gateway', upstreamUrl],
    {
      NODE_ENV: 'production',
      BENCH_GATEWAY_OPTIONS: JSON.stringify({ responseCache: false }),
    },
  );
  const runs: StatisticsRun[] = [];
  try {
    for (const days of [30, 92]) {
      const range = lastDays(days, TIME_ZONE);
      const body = JSON.stringify({
        query: document,
        variables: {
          locationId,
          range: {
            from: new Date(range.from).toISOString(),
            to: new Date(range.to).toISOString(),
            timeZone: TIME_ZONE,
          },
        },
      });
      // The limit, then G from cold: alternating, so that both meet the same machine.
      const limitMs: number[] = [];
      const coldMs: number[] = [];
      let limitCpu = 0;
      let coldCpu = 0;
      const coldRequests: number[] = [];
      let limitRequests = 0;
      let expected = '';
      let calls = 0;
      const url = String(gatewayReady['url']);
      let token = '';
      // One sample of each first: code paths compiled, connections open, on both sides.
      for (let sample = -1; sample < options.samples; sample++) {
        token = String((await emulator.ask({ type: 'mint', locationId }))['token']);
        const started = performance.now();
        const cpuBefore = process.cpuUsage();
        const limit = await limitStatistics(upstreamUrl, token, locationId, range);
        const cpu = process.cpuUsage(cpuBefore);
        if (sample >= 0) {
          limitMs.push(performance.now() - started);
          limitCpu += (cpu.user + cpu.system) / 1000;
        }
        limitRequests = limit.requests;
        expected = canonical(limit.figures);
        calls = Number(limit.figures['count']);

        const before = await gateway.ask<ProcessStats>({ type: 'stats' });
        let answer: unknown;
        let coldSample = 0;
        const requests = await upstreamSince(emulator, async () => {
          const cold = await post(url, body, token);
          coldSample = cold.ms;
          answer = cold.body;
        });
        if (sample >= 0) {
          coldMs.push(coldSample);
          coldRequests.push(requests);
          coldCpu += ((await gateway.ask<ProcessStats>({ type: 'stats' })).cpuMicros - before.cpuMicros) / 1000;
        }
        if (figuresOf(answer) !== expected) {
          throw new Error(`statistics ${String(days)} days: G's figures differ from the limit's`);
        }
      }
      const warmBefore = await gateway.ask<ProcessStats>({ type: 'stats' });
      const warmMs: number[] = [];
      let warmMaxRequests = 0;
      for (let repeat = 0; repeat < options.warmRepeats; repeat++) {
        let answer: unknown;
        const requests = await upstreamSince(emulator, async () => {
          const warm = await post(url, body, token);
          warmMs.push(warm.ms);
          answer = warm.body;
        });
        warmMaxRequests = Math.max(warmMaxRequests, requests);
        if (figuresOf(answer) !== expected) {
          throw new Error(`statistics ${String(days)} days: G's warm figures differ from the limit's`);
        }
      }
      const warmCpu = ((await gateway.ask<ProcessStats>({ type: 'stats' })).cpuMicros - warmBefore.cpuMicros) / 1000;
      const sorted = (values: number[]) => [...values].sort((left, right) => left - right);
      const run: StatisticsRun = {
        range: `${String(days)} days`,
        days,
        calls,
        limitRequests,
        coldRequests: Math.max(...coldRequests),
        coldRequestsBySample: coldRequests,
        limitP50Ms: percentile(sorted(limitMs), 0.5),
        coldP50Ms: percentile(sorted(coldMs), 0.5),
        limitCpuMs: limitCpu / options.samples,
        coldCpuMs: coldCpu / options.samples,
        warmCpuMs: warmCpu / options.warmRepeats,
        warmMaxRequests,
        warmP50Ms: percentile(sorted(warmMs), 0.5),
        warmP99Ms: percentile(sorted(warmMs), 0.99),
      };
      runs.push(run);
      options.log(
        `statistics, ${run.range} (${String(calls)} calls) at ${String(options.latencyMs)} ms: cold G ` +
          `${String(run.coldRequests)} requests, p50 ${run.coldP50Ms.toFixed(1)} ms; the limit ${String(limitRequests)} ` +
          `requests, p50 ${run.limitP50Ms.toFixed(1)} ms; warm G at most ${String(warmMaxRequests)} request(s), ` +
          `p50 ${run.warmP50Ms.toFixed(1)} ms; CPU per query: the limit ${run.limitCpuMs.toFixed(1)} ms, G cold ` +
          `${run.coldCpuMs.toFixed(1)} ms, warm ${run.warmCpuMs.toFixed(1)} ms`,
      );
    }
  } finally {
    await gateway.stop();
    await emulator.stop();
  }
  return {
    latencyMs: options.latencyMs,
    timeZone: TIME_ZONE,
    samples: options.samples,
    warmRepeats: options.warmRepeats,
    runs,
  };
}

/** Issue 13's targets: cold requests = the limit's, cold p50 ≤ 1.25 × the limit's, warm ≤ 1 request and ≤ 20 ms. */
export function statisticsTargets(result: StatisticsBenchResult): Target[] {
  return result.runs.flatMap((run) => [
    {
      name: `statistics, ${run.range}: cold upstream requests = the limit's`,
      pass: run.coldRequestsBySample.every((requests) => requests === run.limitRequests),
      detail: `G ${run.coldRequestsBySample.join(', ')} in its ${String(result.samples)} cold samples; the limit ${String(run.limitRequests)} (${String(run.calls)} calls)`,
    },
    {
      name: `statistics, ${run.range}: cold p50 ≤ 1.25 × the limit's`,
      pass: run.coldP50Ms <= 1.25 * run.limitP50Ms,
      detail: `G ${run.coldP50Ms.toFixed(1)} ms, the limit ${run.limitP50Ms.toFixed(1)} ms: ${(run.coldP50Ms / run.limitP50Ms).toFixed(2)}×`,
    },
    {
      name: `statistics, ${run.range}: a warm repeat ≤ 1 upstream request and ≤ 20 ms p50`,
      pass: run.warmMaxRequests <= 1 && run.warmP50Ms <= 20,
      detail: `at most ${String(run.warmMaxRequests)} request(s) per repeat, p50 ${run.warmP50Ms.toFixed(1)} ms, p99 ${run.warmP99Ms.toFixed(1)} ms`,
    },
  ]);
}
