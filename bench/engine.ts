// The engine comparison (issue 14): the dashboard (bench/queries/dashboard.graphql, 50 calls) through G against the
// least a hand-written client can spend, in one run on one emulator. The limit is bench/baseline-direct.ts over Node's
// `fetch` (`direct-fetch`: the same upstream requests with ideal parallelism, the JSON joined in plain code); beside
// it the same over got (`direct`), G with its caches off (`gateway-nocache`) and G as configured by default, cold: every
// query with a credential it has never seen (a token minted for it), so that it misses every shared cache
// (`gateway-cold`). Each implementation runs in its own process. For each: p50 and p99 with one connection at 0 and
// 20 ms upstream latency (what a user waits for), throughput, p50 and peak RSS under 10 connections, and process CPU
// per dashboard sent one at a time at 0 ms. Every implementation must answer the limit's JSON and make exactly the
// minimum upstream requests: otherwise the run fails.
import { readFileSync } from 'node:fs';

import { firstDifference } from './answers.js';
import { type Child, startChild } from './ipc.js';
import { graphqlHeaders, load, type LoadResult, postJson, quiesce, quietPeriod } from './load.js';
import { minimumUpstreamRequests } from './minimum-upstream.js';
import type { ProcessStats } from './process-stats.js';
import type { Target } from './report.js';
import { percentile } from './statistics.js';

/** The limit first: every ratio is against it. */
const ENGINE_IMPLEMENTATIONS = ['direct-fetch', 'direct', 'gateway-nocache', 'gateway-cold'] as const;
export type EngineImplementation = (typeof ENGINE_IMPLEMENTATIONS)[number];

/** The server each runs (bench/server-child.ts): G cold is G as configured by default; its client makes it cold. */
const SERVERS: Record<EngineImplementation, string> = {
  'direct-fetch': 'direct-fetch',
  direct: 'direct',
  'gateway-nocache': 'gateway-nocache',
  'gateway-cold': 'gateway',
};
const GATEWAYS: readonly EngineImplementation[] = ['gateway-nocache', 'gateway-cold'];
const LIMIT: EngineImplementation = 'direct-fetch';
const LATENCIES_MS = [0, 20] as const;
/** Slices of the one-at-a-time measurements, taken by turns. */
const ROUNDS = 4;

/** One connection, one query at a time: latency without queueing. */
interface EngineAlone {
  latencyMs: number;
  implementation: EngineImplementation;
  queries: number;
  p50Ms: number;
  p99Ms: number;
  upstreamPerQuery: number;
}

/** Under `connections` connections for `durationS` after a warm-up. */
interface EngineLoaded {
  latencyMs: number;
  implementation: EngineImplementation;
  connections: number;
  durationS: number;
  sent: number;
  completed: number;
  /** Non-2xx answers, connection errors, timeouts, and 200s carrying GraphQL errors. */
  failed: number;
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  upstreamPerQuery: number;
  cpuMsPerQuery: number;
  /** Highest RSS sampled (every 20 ms) during the measured run. */
  peakRssMiB: number;
}

/** `queries` dashboards one after another at 0 ms: the process's user + system CPU time per query. */
interface EngineSequential {
  implementation: EngineImplementation;
  queries: number;
  cpuMsPerQuery: number;
  upstreamRequests: number;
  p50Ms: number;
}

export interface EngineBenchResult {
  implementations: EngineImplementation[];
  latenciesMs: number[];
  connections: number;
  durationS: number;
  warmupS: number;
  aloneS: number;
  sequentialQueries: number;
  /** The one-at-a-time figures (one connection; CPU per dashboard) come in this many slices, taken by turns. */
  rounds: number;
  /** Node options the gateway processes ran with (BENCH_ENGINE_NODE_OPTIONS), e.g. `--cpu-prof`. */
  gatewayNodeOptions: string[];
  minimumUpstreamRequests: number;
  /** Each process's RSS right after it started. */
  idleRssMiB: Partial<Record<EngineImplementation, number>>;
  /** One first query to each, freshly started. */
  cold: { implementation: EngineImplementation; upstreamRequests: number }[];
  sequential: EngineSequential[];
  alone: EngineAlone[];
  loaded: EngineLoaded[];
  /** Tokens minted for `gateway-cold`'s queries (each used once). */
  credentialsMinted: number;
}

interface EngineOptions {
  build: string;
  root: string;
  implementations: readonly EngineImplementation[];
  connections: number;
  durationS: number;
  warmupS: number;
  aloneS: number;
  sequentialQueries: number;
  gatewayNodeOptions: string[];
  log: (message: string) => void;
}

/** BENCH_ENGINE_ONLY: a comma-separated subset, in the order of ENGINE_IMPLEMENTATIONS. */
export function engineImplementations(raw: string | undefined): EngineImplementation[] {
  if (raw === undefined || raw.trim() === '') return [...ENGINE_IMPLEMENTATIONS];
  const asked = raw.split(',').map((name) => name.trim());
  for (const name of asked) {
    if (!(ENGINE_IMPLEMENTATIONS as readonly string[]).includes(name)) {
      throw new Error(`BENCH_ENGINE_ONLY: unknown implementation "${name}" (${ENGINE_IMPLEMENTATIONS.join(', ')})`);
    }
  }
  return ENGINE_IMPLEMENTATIONS.filter((name) => asked.includes(name));
}

/**
 * Fresh credentials for the cold gateway, each handed out once: minted in batches ahead of use (autocannon asks for
 * one synchronously per request), topped up in the background. Running dry reuses the last one and is counted: the
 * run then fails, since a reused credential may hit a cache.
 */
function credentialSupply(emulator: Child, locationId: string, batch: number) {
  const tokens: string[] = [];
  let refilling: Promise<void> | undefined;
  let failure: Error | undefined;
  let last = '';
  let minted = 0;
  let reused = 0;
  const fill = async (count: number) => {
    const reply = await emulator.ask<{ tokens: string[] }>({ type: 'mintMany', locationId, count });
    tokens.push(...reply.tokens);
    minted += reply.tokens.length;
  };
  return {
    fill,
    next(): string {
      if (tokens.length < batch / 2 && refilling === undefined) {
        refilling = fill(batch)
          .catch((error: unknown) => {
            failure = error instanceof Error ? error : new Error(String(error));
          })
          .finally(() => {
            refilling = undefined;
          });
      }
      const token = tokens.pop();
      if (token === undefined) {
        reused++;
        return last;
      }
      last = token;
      return token;
    },
    /** Throws when a credential was handed out twice or minting failed. */
    check(phase: string): void {
      if (failure) throw new Error(`engine: minting credentials failed during ${phase}: ${failure.message}`);
      if (reused > 0)
        throw new Error(`engine: ran out of fresh credentials during ${phase} (${String(reused)} reused)`);
    },
    get minted() {
      return minted;
    },
  };
}

export async function measureEngine(options: EngineOptions): Promise<EngineBenchResult> {
  const document = readFileSync(`${options.root}bench/queries/dashboard.graphql`, 'utf8');
  const { child: emulator, ready } = await startChild(`${options.build}bench/emulator-child.js`, ['0']);
  const upstreamUrl = String(ready['url']);
  const locationId = String(ready['locationId']);
  const token = String(ready['token']);
  const body = JSON.stringify({ query: document, variables: { locationId } });
  const servers = new Map<EngineImplementation, { child: Child; url: string }>();
  const profiling = options.gatewayNodeOptions.length > 0;
  try {
    const minimum = (await minimumUpstreamRequests(upstreamUrl, token, locationId, String(ready['callLogId'])))
      .dashboard;
    const idleRssMiB: EngineBenchResult['idleRssMiB'] = {};
    for (const name of options.implementations) {
      const { child, ready: serverReady } = await startChild(
        `${options.build}bench/server-child.js`,
        [SERVERS[name], upstreamUrl],
        { NODE_ENV: 'production' },
        30_000,
        GATEWAYS.includes(name) ? options.gatewayNodeOptions : [],
      );
      servers.set(name, { child, url: String(serverReady['url']) });
      idleRssMiB[name] = (await child.ask<ProcessStats>({ type: 'stats' })).rss / 2 ** 20;
    }
    const server = (name: EngineImplementation) => {
      const found = servers.get(name);
      if (!found) throw new Error(`engine: ${name} was not started`);
      return found;
    };
    options.log(
      `engine: emulator ${upstreamUrl}; ${options.implementations.map((name) => `${name} ${server(name).url}`).join(', ')}` +
        (profiling ? `; gateways run with ${options.gatewayNodeOptions.join(' ')}` : ''),
    );

    const credentials = credentialSupply(emulator, locationId, 2_000);
    if (options.implementations.includes('gateway-cold')) await credentials.fill(2_000);
    const authorizationFor = (name: EngineImplementation) =>
      name === 'gateway-cold' ? () => `Bearer ${credentials.next()}` : undefined;
    const shared = `Bearer ${token}`;
    const authorize = (name: EngineImplementation) => authorizationFor(name)?.() ?? shared;
    const upstreamSince = async (before: number) =>
      (await emulator.ask<{ seq: number }>({ type: 'mark' })).seq - before;
    const mark = async () => (await emulator.ask<{ seq: number }>({ type: 'mark' })).seq;

    /** Upstream requests per query sent: never more than the minimum; fewer only by the queries cut in flight. */
    const checkUpstream = (name: EngineImplementation, phase: string, requests: number, sent: number, inFlight = 0) => {
      if (requests > minimum * sent || requests < minimum * (sent - inFlight)) {
        throw new Error(
          `engine: ${name} made ${String(requests)} upstream requests for ${String(sent)} dashboards (${phase}); ` +
            `the minimum is ${String(minimum)} each` +
            (inFlight > 0 ? `, less only for the ${String(inFlight)} that may have been cut in flight` : ''),
        );
      }
    };

    // 1. One first query each: the limit's JSON, and exactly the minimum upstream.
    const cold: EngineBenchResult['cold'] = [];
    let reference: unknown;
    for (const name of options.implementations) {
      const before = await mark();
      const answer = await postJson(server(name).url, body, authorize(name));
      const requests = await upstreamSince(before);
      failIfNotAnswered(name, answer);
      checkUpstream(name, 'its first query', requests, 1);
      cold.push({ implementation: name, upstreamRequests: requests });
      if (reference === undefined) reference = answer.body;
      const difference = firstDifference(reference, answer.body, '');
      if (difference !== undefined) {
        throw new Error(
          `engine: ${name} does not answer what ${options.implementations[0] ?? ''} answers; first difference at ${difference}`,
        );
      }
    }
    options.log(
      `engine: identical JSON from ${options.implementations.join(', ')}; ${String(minimum)} upstream requests each ` +
        `(the minimum)`,
    );

    const headers = graphqlHeaders(shared);
    const loadOptions = (name: EngineImplementation) => {
      const nextAuthorization = authorizationFor(name);
      return {
        url: server(name).url,
        method: 'POST' as const,
        body,
        headers,
        ...(nextAuthorization ? { nextAuthorization } : {}),
      };
    };
    // The one-at-a-time figures are taken in ROUNDS slices, the implementations in turn, so that all of them meet the
    // same machine (other processes come and go on a shared one) and their ratios stay steady.
    const sequential: EngineSequential[] = [];
    const alone: EngineAlone[] = [];
    const loaded: EngineLoaded[] = [];
    for (const latencyMs of LATENCIES_MS) {
      await emulator.ask({ type: 'latency', ms: latencyMs });
      if (latencyMs === 0) {
        // Warm (compiled code paths, open connections), then the dashboards one at a time.
        for (const name of options.implementations) {
          const warmup = await load({
            ...loadOptions(name),
            connections: options.connections,
            durationS: options.warmupS,
          });
          await quiesce(emulator, quietPeriod(warmup, latencyMs));
        }
        const perRound = Math.max(1, Math.round(options.sequentialQueries / ROUNDS));
        const totals = new Map(
          options.implementations.map((name) => [name, { cpuMicros: 0, requests: 0, times: [] as number[] }]),
        );
        let last: unknown;
        for (let round = 0; round < ROUNDS; round++) {
          for (const name of options.implementations) {
            const { child, url } = server(name);
            const total = totals.get(name) ?? { cpuMicros: 0, requests: 0, times: [] };
            const cpuBefore = await child.ask<ProcessStats>({ type: 'stats' });
            const before = await mark();
            for (let query = 0; query < perRound; query++) {
              const started = performance.now();
              const answer = await postJson(url, body, authorize(name));
              total.times.push(performance.now() - started);
              failIfNotAnswered(name, answer);
              last = answer.body;
            }
            total.requests += await upstreamSince(before);
            total.cpuMicros += (await child.ask<ProcessStats>({ type: 'stats' })).cpuMicros - cpuBefore.cpuMicros;
            const difference = firstDifference(reference, last, '');
            if (difference !== undefined)
              throw new Error(`engine: ${name}'s sequential answer differs at ${difference}`);
          }
        }
        for (const name of options.implementations) {
          const total = totals.get(name) ?? { cpuMicros: 0, requests: 0, times: [] };
          const queries = perRound * ROUNDS;
          checkUpstream(name, 'one at a time', total.requests, queries);
          total.times.sort((left, right) => left - right);
          const entry: EngineSequential = {
            implementation: name,
            queries,
            cpuMsPerQuery: total.cpuMicros / 1000 / queries,
            upstreamRequests: total.requests,
            p50Ms: percentile(total.times, 0.5),
          };
          sequential.push(entry);
          options.log(
            `engine: ${name}, ${String(queries)} dashboards one at a time at 0 ms: ` +
              `${entry.cpuMsPerQuery.toFixed(2)} ms CPU each, p50 ${entry.p50Ms.toFixed(1)} ms, ` +
              `${String(total.requests)} upstream`,
          );
        }
        credentials.check('the dashboards one at a time');
      }

      // One connection, in slices by turns.
      const pooled = new Map(
        options.implementations.map((name) => [name, { latencies: [] as number[], sent: 0, requests: 0 }]),
      );
      for (let round = 0; round < ROUNDS; round++) {
        for (const name of options.implementations) {
          const pool = pooled.get(name) ?? { latencies: [], sent: 0, requests: 0 };
          const before = await mark();
          const slice = await load({ ...loadOptions(name), connections: 1, durationS: options.aloneS / ROUNDS });
          pool.requests += (await quiesce(emulator, quietPeriod(slice, latencyMs))) - before;
          pool.sent += slice.sent;
          pool.latencies.push(...slice.latencies);
        }
      }
      for (const name of options.implementations) {
        const pool = pooled.get(name) ?? { latencies: [], sent: 0, requests: 0 };
        checkUpstream(name, `one connection at ${String(latencyMs)} ms`, pool.requests, pool.sent, ROUNDS);
        pool.latencies.sort((left, right) => left - right);
        const entry: EngineAlone = {
          latencyMs,
          implementation: name,
          queries: pool.latencies.length,
          p50Ms: percentile(pool.latencies, 0.5),
          p99Ms: percentile(pool.latencies, 0.99),
          upstreamPerQuery: pool.requests / Math.max(1, pool.sent),
        };
        alone.push(entry);
        options.log(
          `engine: ${name} at ${String(latencyMs)} ms, one connection: p50 ${entry.p50Ms.toFixed(1)} ms, ` +
            `p99 ${entry.p99Ms.toFixed(1)} ms over ${String(entry.queries)} dashboards`,
        );
      }
      credentials.check(`one connection at ${String(latencyMs)} ms`);

      // Under load: warm-up, then the measured run with the peak RSS reset.
      for (const name of options.implementations) {
        const { child } = server(name);
        const underLoad = { ...loadOptions(name), connections: options.connections };
        const warmup = await load({ ...underLoad, durationS: options.warmupS });
        const seqBefore = await quiesce(emulator, quietPeriod(warmup, latencyMs));
        const before = await child.ask<ProcessStats>({ type: 'resetPeak' });
        const result: LoadResult = await load({ ...underLoad, durationS: options.durationS });
        const seqAfter = await quiesce(emulator, quietPeriod(result, latencyMs));
        const after = await child.ask<ProcessStats>({ type: 'stats' });
        checkUpstream(
          name,
          `${String(options.connections)} connections at ${String(latencyMs)} ms`,
          seqAfter - seqBefore,
          result.sent,
          options.connections,
        );
        const sent = Math.max(1, result.sent);
        const cell: EngineLoaded = {
          latencyMs,
          implementation: name,
          connections: options.connections,
          durationS: result.elapsedS,
          sent: result.sent,
          completed: result.completed,
          failed: result.failed,
          p50Ms: result.p50Ms,
          p99Ms: result.p99Ms,
          requestsPerSecond: result.requestsPerSecond,
          upstreamPerQuery: (seqAfter - seqBefore) / sent,
          cpuMsPerQuery: (after.cpuMicros - before.cpuMicros) / 1000 / sent,
          peakRssMiB: after.peakRss / 2 ** 20,
        };
        loaded.push(cell);
        credentials.check(`${name} at ${String(latencyMs)} ms`);
        options.log(
          `engine: ${name} at ${String(latencyMs)} ms, ${String(options.connections)} connections: ` +
            `${cell.requestsPerSecond.toFixed(0)} req/s, p50 ${cell.p50Ms.toFixed(1)} ms, ` +
            `${cell.upstreamPerQuery.toFixed(2)} upstream/query, ${cell.cpuMsPerQuery.toFixed(2)} ms CPU/query, ` +
            `peak RSS ${cell.peakRssMiB.toFixed(0)} MiB` +
            (cell.failed > 0 ? `, ${String(cell.failed)} FAILED` : ''),
        );
      }
    }
    return {
      implementations: [...options.implementations],
      latenciesMs: [...LATENCIES_MS],
      connections: options.connections,
      durationS: options.durationS,
      warmupS: options.warmupS,
      aloneS: options.aloneS,
      sequentialQueries: sequential[0]?.queries ?? options.sequentialQueries,
      rounds: ROUNDS,
      gatewayNodeOptions: options.gatewayNodeOptions,
      minimumUpstreamRequests: minimum,
      idleRssMiB,
      cold,
      sequential,
      alone,
      loaded,
      credentialsMinted: credentials.minted,
    };
  } finally {
    // A process started with --cpu-prof writes its profile on the way out: give it time to.
    for (const [name, { child }] of servers) await child.stop(profiling && GATEWAYS.includes(name) ? 120_000 : 5_000);
    await emulator.stop();
  }
}

function failIfNotAnswered(name: EngineImplementation, answer: Awaited<ReturnType<typeof postJson>>): void {
  if (answer.status !== 200 || typeof answer.body !== 'object' || answer.body === null || 'errors' in answer.body) {
    throw new Error(
      `engine: ${name} answered the dashboard with ${String(answer.status)}: ${answer.text.slice(0, 500)}`,
    );
  }
}

/** The figures each target compares, for one implementation (undefined when it was not measured). */
export function engineFigures(result: EngineBenchResult, name: EngineImplementation) {
  const alone = (latencyMs: number) =>
    result.alone.find((entry) => entry.latencyMs === latencyMs && entry.implementation === name);
  const loaded = (latencyMs: number) =>
    result.loaded.find((entry) => entry.latencyMs === latencyMs && entry.implementation === name);
  const peaks = result.loaded.filter((entry) => entry.implementation === name).map((entry) => entry.peakRssMiB);
  return {
    alone0: alone(0),
    alone20: alone(20),
    loaded0: loaded(0),
    cpuMs: result.sequential.find((entry) => entry.implementation === name)?.cpuMsPerQuery,
    peakRssMiB: peaks.length === 0 ? undefined : Math.max(...peaks),
    cold: result.cold.find((entry) => entry.implementation === name)?.upstreamRequests,
  };
}

/** Issue 14's targets: met or not by G with its caches off, against the fetch limit; G cold shown beside it. */
export function engineTargets(result: EngineBenchResult): Target[] {
  const limit = engineFigures(result, LIMIT);
  const uncached = engineFigures(result, 'gateway-nocache');
  const coldG = engineFigures(result, 'gateway-cold');
  const measured = (...names: EngineImplementation[]) => names.every((name) => result.implementations.includes(name));
  const targets: Target[] = [];
  const ratioTarget = (
    name: string,
    figure: (figures: ReturnType<typeof engineFigures>) => number | undefined,
    unit: string,
    bound: number,
    kind: 'at most' | 'at least',
  ) => {
    const base = figure(limit);
    const value = figure(uncached);
    if (!measured(LIMIT, 'gateway-nocache') || base === undefined || value === undefined) {
      targets.push({
        name,
        pass: null,
        detail: 'not measured (BENCH_ENGINE_ONLY leaves out the limit or G, caches off)',
      });
      return;
    }
    const holds = (ratio: number) => (kind === 'at most' ? ratio <= bound : ratio >= bound);
    const coldValue = figure(coldG);
    const coldPart =
      coldValue === undefined
        ? ''
        : `; G default, cold ${coldValue.toFixed(1)} ${unit}: ${(coldValue / base).toFixed(2)}× ` +
          `(${holds(coldValue / base) ? 'within' : 'outside'} the bound)`;
    targets.push({
      name,
      pass: holds(value / base),
      detail:
        `G, caches off ${value.toFixed(1)} ${unit}, the fetch limit ${base.toFixed(1)} ${unit}: ` +
        `${(value / base).toFixed(2)}×${coldPart}`,
    });
  };
  ratioTarget('CPU per cold dashboard ≤ 1.2 × the fetch limit', (figures) => figures.cpuMs, 'ms', 1.2, 'at most');
  ratioTarget(
    'dashboard p50 at 0 ms, one connection, ≤ 1.5 × the fetch limit',
    (figures) => figures.alone0?.p50Ms,
    'ms',
    1.5,
    'at most',
  );
  ratioTarget(
    'dashboard p50 at 20 ms, one connection, ≤ 1.05 × the fetch limit',
    (figures) => figures.alone20?.p50Ms,
    'ms',
    1.05,
    'at most',
  );
  ratioTarget(
    `dashboard throughput at 0 ms, ${String(result.connections)} connections, ≥ 0.6 × the fetch limit`,
    (figures) => figures.loaded0?.requestsPerSecond,
    'req/s',
    0.6,
    'at least',
  );
  const rssName = `peak RSS under the ${String(result.connections)}-connection dashboard load ≤ 200 MiB`;
  const mib = (name: EngineImplementation) =>
    `${engineFigures(result, name).peakRssMiB?.toFixed(0) ?? '?'} MiB (${result.idleRssMiB[name]?.toFixed(0) ?? '?'} idle)`;
  targets.push(
    uncached.peakRssMiB === undefined
      ? { name: rssName, pass: null, detail: 'not measured (BENCH_ENGINE_ONLY leaves out G, caches off)' }
      : {
          name: rssName,
          pass: uncached.peakRssMiB <= 200,
          detail:
            'RSS sampled every 20 ms, highest of both latencies: ' +
            result.implementations.map((name) => `${name} ${mib(name)}`).join('; '),
        },
  );
  // The run stops before reaching here when any implementation makes more (or, cold, fewer).
  targets.push({
    name: `upstream requests per dashboard = the minimum (${String(result.minimumUpstreamRequests)})`,
    pass: true,
    detail: result.implementations
      .map((name) => {
        const figures = engineFigures(result, name);
        const sequential = result.sequential.find((entry) => entry.implementation === name);
        return (
          `${name} ${String(figures.cold ?? '?')} first, ${String(sequential?.upstreamRequests ?? '?')} for ` +
          `${String(sequential?.queries ?? '?')} one at a time, ${figures.loaded0?.upstreamPerQuery.toFixed(2) ?? '?'} ` +
          `per query under load`
        );
      })
      .join('; '),
  });
  const failures = result.loaded.filter((entry) => entry.failed > 0);
  targets.push({
    name: 'every dashboard under load was a 200 without GraphQL errors',
    pass: failures.length === 0,
    detail:
      failures.length === 0
        ? 'none failed'
        : failures
            .map((entry) => `${entry.implementation} at ${String(entry.latencyMs)} ms: ${String(entry.failed)}`)
            .join('; '),
  });
  return targets;
}
