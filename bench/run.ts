// `npm run bench`: the gateway (G) against the limit (a, bench/baseline-direct.ts) and a naive gateway (b,
// bench/naive-gateway.ts), side by side in one run, on the emulator at 0 ms and 20 ms upstream latency. G runs twice:
// as configured by default (shared reference cache and per-caller response cache on) and with `cache: false`, which
// shows what GraphQL, the loaders and the upstream discipline cost against (a) when every query goes upstream. The
// emulator and each implementation run in their own process, compiled to JavaScript first; autocannon loads them from
// this one, over loopback. Writes bench/results/<ISO date>.json and bench/results/latest.md and prints the table and
// the issues' targets (a missed target never fails the process; an implementation that answers differently, or makes
// more upstream requests than the engine comparison's minimum, does).
// Then the burst scenario (bench/burst.ts): 20 users refreshing one location's dashboard for 30 s under HighLevel's
// own budget; then the statistics scenario (bench/call-statistics.ts): callStatistics over 30 and 92 days, cold and
// warm, against the limit; then the live scenario (bench/live.ts): 1,000 subscribers over graphql-ws, 100 signed
// webhooks at 10/s; then the engine comparison (bench/engine.ts): the dashboard through G with its caches off and G
// cold (a new credential per query) against the limit over Node's fetch and over got.
// Environment: BENCH_DURATION_S (per cell, default 6), BENCH_WARMUP_S (1.5), BENCH_CONNECTIONS (10),
// BENCH_BURST_S (30), BENCH_GATEWAY_OPTIONS (JSON merged into createGateway's options for every G variant),
// BENCH_ONLY=statistics (that scenario alone, about a minute: bench/results/<date>-statistics.json and
// statistics-latest.md), BENCH_STATISTICS_SAMPLES (cold samples per range, 7), BENCH_STATISTICS_REPEATS (warm, 30),
// BENCH_ONLY=live (that scenario alone, about a minute: bench/results/<date>-live.json and live-latest.md),
// BENCH_LIVE_SUBSCRIBERS (1000), BENCH_LIVE_WEBHOOKS (100, measured), BENCH_LIVE_WARMUP_WEBHOOKS (20, sent first and
// left out of the latency figures), BENCH_LIVE_RATE (webhooks per second, 10), BENCH_LIVE_NODE_OPTIONS (Node options
// for the live scenario's gateway, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`),
// BENCH_ONLY=engine (the engine comparison alone, about 3 minutes: bench/results/<date>-engine.json and
// engine-latest.md), BENCH_ENGINE_SEQUENTIAL (dashboards sent one at a time for CPU per query, 200),
// BENCH_ENGINE_ONLY (a comma-separated subset of direct-fetch, direct, gateway-nocache, gateway-cold, to iterate
// faster), BENCH_ENGINE_NODE_OPTIONS (Node options for the engine comparison's gateway processes alone, e.g.
// `--cpu-prof --cpu-prof-dir=/tmp/prof`: profiles under the same load, written as each process exits).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

import { firstDifference } from './answers.js';
import { BURST_BUDGET, type BurstResult, measureBurst } from './burst.js';
import { measureStatistics, type StatisticsBenchResult, statisticsTargets } from './call-statistics.js';
import { type EngineBenchResult, engineImplementations, engineTargets, measureEngine } from './engine.js';
import { type Child, startChild } from './ipc.js';
import { type LiveBenchResult, liveTargets, measureLive } from './live.js';
import { graphqlHeaders, load, type LoadOptions, postJson, quiesce, quietPeriod } from './load.js';
import { minimumUpstreamRequests } from './minimum-upstream.js';
import type { ProcessStats } from './process-stats.js';
import {
  type BenchResults,
  type Cell,
  type ColdCount,
  type ImplementationKey,
  IMPLEMENTATIONS,
  type ListTrace,
  type QueryKey,
  renderEngine,
  renderLive,
  renderMarkdown,
  renderStatistics,
  type Target,
  type Unloaded,
} from './report.js';

const started = Date.now();
const settings = {
  latenciesMs: [0, 20],
  connections: positiveNumber('BENCH_CONNECTIONS', 10),
  durationS: positiveNumber('BENCH_DURATION_S', 6),
  warmupS: positiveNumber('BENCH_WARMUP_S', 1.5),
  /** One connection, nothing else in flight: latency without queueing, and the round trips of callLogs(first: 200). */
  unloadedS: 2.5,
  /** The burst-budget scenario: users refreshing one location's dashboard, for this long, at this latency. */
  burstUsers: 20,
  burstS: positiveNumber('BENCH_BURST_S', 30),
  burstLatencyMs: 20,
  statisticsLatencyMs: 20,
  statisticsSamples: positiveNumber('BENCH_STATISTICS_SAMPLES', 7),
  statisticsRepeats: positiveNumber('BENCH_STATISTICS_REPEATS', 30),
  /** The live scenario: subscribers (credentials × locations share them), webhooks at a steady rate. */
  liveLatencyMs: 20,
  liveSubscribers: positiveNumber('BENCH_LIVE_SUBSCRIBERS', 1000),
  liveLocations: 2,
  liveCredentialsPerLocation: 10,
  liveWebhooks: positiveNumber('BENCH_LIVE_WEBHOOKS', 100),
  liveWarmUpWebhooks: nonNegativeNumber('BENCH_LIVE_WARMUP_WEBHOOKS', 20),
  liveWebhooksPerSecond: positiveNumber('BENCH_LIVE_RATE', 10),
  /** The engine comparison: one connection for this long per cell; this many dashboards one at a time for CPU. */
  engineAloneS: 4,
  engineSequential: positiveNumber('BENCH_ENGINE_SEQUENTIAL', 200),
};
const only = process.env['BENCH_ONLY'];
/** Every run is bounded: past this, everything is stopped and the process exits 2. */
const WATCHDOG_MS = 16 * 60_000;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD = `${ROOT}dist/bench-build/`;

interface BenchQuery {
  key: QueryKey;
  document: string;
}

const QUERIES: BenchQuery[] = (
  [
    ['dashboard', 'dashboard.graphql'],
    // The ready-made operation itself: the bench measures what a frontend sends.
    ['callLog', '../../operations/call-log.graphql'],
    ['callLogs200', 'call-logs-200.graphql'],
  ] as const
).map(([key, file]) => ({ key, document: readFileSync(`${ROOT}bench/queries/${file}`, 'utf8') }));

const children: Child[] = [];
const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${WATCHDOG_MS / 60_000} minutes; stopping.`);
  for (const child of children) child.process.kill('SIGKILL');
  process.exit(2);
}, WATCHDOG_MS);

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

function nonNegativeNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  return raw !== undefined && raw !== '' && Number(raw) === 0 ? 0 : positiveNumber(name, fallback);
}

/** Node options for a child process, from a space-separated variable. */
function nodeOptionsFrom(name: string): string[] {
  return (process.env[name] ?? '').split(/\s+/).filter((option) => option !== '');
}

function log(message: string): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`[${seconds} s] ${message}`);
}

async function main(): Promise<void> {
  log(
    `bench: ${os.cpus().length} CPUs, Node ${process.version}; ${settings.connections} connections, ` +
      `${settings.durationS} s per cell after ${settings.warmupS} s of warm-up`,
  );
  // The measured processes run plain JavaScript, as `npm start` does.
  rmSync(BUILD, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', `${ROOT}bench/tsconfig.build.json`],
    { stdio: 'inherit', timeout: 120_000 },
  );
  log('compiled src/ and bench/ to dist/bench-build/');
  if (only === 'statistics') {
    await statisticsOnly();
    return;
  }
  if (only === 'live') {
    await liveOnly();
    return;
  }
  if (only === 'engine') {
    await engineOnly();
    return;
  }
  if (only !== undefined && only !== '') {
    throw new Error(`BENCH_ONLY must be "statistics", "live" or "engine", got "${only}"`);
  }

  const emulatorStart = await startChild(`${BUILD}bench/emulator-child.js`, ['0']);
  const emulator = emulatorStart.child;
  children.push(emulator);
  const upstreamUrl = String(emulatorStart.ready['url']);
  const locationId = String(emulatorStart.ready['locationId']);
  const token = String(emulatorStart.ready['token']);
  const callLogId = String(emulatorStart.ready['callLogId']);
  const authorization = `Bearer ${token}`;

  const servers = {} as Record<ImplementationKey, { child: Child; url: string }>;
  const idleRssMiB = {} as Record<ImplementationKey, number>;
  for (const name of IMPLEMENTATIONS) {
    const { child, ready } = await startChild(`${BUILD}bench/server-child.js`, [name, upstreamUrl], {
      NODE_ENV: 'production',
    });
    children.push(child);
    servers[name] = { child, url: String(ready['url']) };
    idleRssMiB[name] = (await child.ask<ProcessStats>({ type: 'stats' })).rss / 2 ** 20;
  }
  log(`emulator ${upstreamUrl}; ${IMPLEMENTATIONS.map((name) => `${name} ${servers[name].url}`).join(', ')}`);

  const bodies: Record<QueryKey, string> = {
    dashboard: JSON.stringify({ query: document('dashboard'), variables: { locationId } }),
    callLog: JSON.stringify({ query: document('callLog'), variables: { locationId, id: callLogId } }),
    callLogs200: JSON.stringify({ query: document('callLogs200'), variables: { locationId } }),
  };
  const minimum = await minimumUpstreamRequests(upstreamUrl, token, locationId, callLogId);

  // 1. Same answers, and what each costs upstream from cold (a fresh server: for G, empty caches).
  const cold: ColdCount[] = [];
  for (const query of QUERIES) {
    const answers = new Map<ImplementationKey, unknown>();
    for (const name of IMPLEMENTATIONS) {
      const server = servers[name];
      server.url = String((await server.child.ask({ type: 'fresh' }))['url']);
      const before = await emulator.ask<{ seq: number }>({ type: 'mark' });
      const answer = await postJson(server.url, bodies[query.key], authorization);
      const after = await emulator.ask<{ seq: number; routes: Record<string, number> }>({ type: 'mark' });
      if (answer.status !== 200 || typeof answer.body !== 'object' || answer.body === null || 'errors' in answer.body) {
        throw new Error(`${name} answered ${query.key} with ${answer.status}: ${answer.text.slice(0, 500)}`);
      }
      answers.set(name, answer.body);
      cold.push({
        query: query.key,
        implementation: name,
        upstreamRequests: after.seq - before.seq,
        routes: after.routes,
      });
    }
    for (const name of IMPLEMENTATIONS) {
      const difference = firstDifference(answers.get('gateway'), answers.get(name), '');
      if (difference !== undefined) {
        throw new Error(
          `${query.key}: ${name} does not answer what the gateway answers; first difference at ${difference}`,
        );
      }
    }
    if (query.key === 'callLog') assertEveryReference(answers.get('gateway'));
    log(
      `${query.key}: identical JSON from ${IMPLEMENTATIONS.join(', ')}; upstream requests from cold: ` +
        cold
          .filter((entry) => entry.query === query.key)
          .map((entry) => `${entry.implementation} ${entry.upstreamRequests}`)
          .join(', ') +
        ` (minimum ${minimum[query.key]})`,
    );
  }

  // 2. Load: every query and implementation at each upstream latency; then one bare upstream page, loaded alike; then
  // callLogs(first: 200) with one connection, for the round-trip count.
  const cells: Cell[] = [];
  const singlePage: BenchResults['singlePage'] = [];
  const unloaded: Unloaded[] = [];
  const listUrl = `${upstreamUrl}/voice-ai/dashboard/call-logs?locationId=${locationId}&page=1&pageSize=50`;
  const listHeaders = { authorization, version: '2021-04-15' };
  for (const latencyMs of settings.latenciesMs) {
    await emulator.ask({ type: 'latency', ms: latencyMs });
    for (const query of QUERIES) {
      for (const name of IMPLEMENTATIONS) {
        const cell = await measureCell(
          emulator,
          servers[name],
          name,
          query.key,
          latencyMs,
          bodies[query.key],
          authorization,
        );
        cells.push(cell);
        log(
          `${latencyMs} ms ${query.key} ${name}: p50 ${cell.p50Ms.toFixed(1)} ms, ${cell.requestsPerSecond.toFixed(0)} ` +
            `req/s, ${cell.upstreamPerQuery.toFixed(1)} upstream/query, ${cell.cpuMsPerQuery.toFixed(1)} ms CPU/query, ` +
            `peak RSS ${cell.peakRssMiB.toFixed(0)} MiB` +
            (cell.failed > 0 ? `, ${cell.failed} FAILED` : ''),
        );
      }
    }
    const page = await load({
      url: listUrl,
      method: 'GET',
      headers: listHeaders,
      connections: settings.connections,
      durationS: settings.durationS / 2,
    });
    singlePage.push({ latencyMs, connections: settings.connections, p50Ms: page.p50Ms, p99Ms: page.p99Ms });
    const alone: {
      query: Unloaded['query'];
      implementation: Unloaded['implementation'];
      options: Omit<LoadOptions, 'connections' | 'durationS'>;
    }[] = [
      {
        query: 'singlePage',
        implementation: 'singlePage',
        options: { url: listUrl, method: 'GET', headers: listHeaders },
      },
    ];
    for (const query of ['callLogs200', 'dashboard'] as const) {
      for (const name of ['direct', 'gateway', 'gateway-nocache'] as const) {
        alone.push({
          query,
          implementation: name,
          options: {
            url: servers[name].url,
            method: 'POST',
            body: bodies[query],
            headers: graphqlHeaders(authorization),
          },
        });
      }
    }
    for (const { query, implementation, options } of alone) {
      const result = await load({ ...options, connections: 1, durationS: settings.unloadedS });
      unloaded.push({ latencyMs, query, implementation, p50Ms: result.p50Ms, p99Ms: result.p99Ms });
    }
    log(
      `${latencyMs} ms, one connection: ` +
        unloaded
          .filter((entry) => entry.latencyMs === latencyMs)
          .map(
            (entry) =>
              `${entry.implementation === 'singlePage' ? 'one upstream page' : `${entry.implementation} ${entry.query}`} ${entry.p50Ms.toFixed(1)} ms`,
          )
          .join(', '),
    );
  }

  // 3. One cold callLogs(first: 200) through a fresh G at the last latency, traced in the emulator's log: do the four
  // list pages go out at once, and in how many waves do the contacts follow?
  const lastLatency = settings.latenciesMs.at(-1) ?? 0;
  servers.gateway.url = String((await servers.gateway.child.ask({ type: 'fresh' }))['url']);
  await quiesce(emulator, 150);
  const tracedStart = performance.now();
  const traced = await postJson(servers.gateway.url, bodies.callLogs200, authorization);
  const tracedMs = performance.now() - tracedStart;
  const trace = await emulator.ask<{ requests: TracedRequest[] }>({ type: 'mark', detail: true });
  if (traced.status !== 200) throw new Error(`the traced callLogs(first: 200) answered ${traced.status}`);
  const listTrace = traceRoundTrips(trace.requests, lastLatency, tracedMs);
  log(
    `cold callLogs200 through G at ${lastLatency} ms: ${listTrace.listRequests} list pages started within ` +
      `${listTrace.listStartSpreadMs.toFixed(1)} ms; ${listTrace.contactRequests} contacts in ${listTrace.contactWaves} ` +
      `wave(s); ${tracedMs.toFixed(0)} ms in all`,
  );

  // 4. The burst budget: users refreshing one location's dashboard under HighLevel's own budget, each variant with
  // an emulator and a gateway of its own.
  const burst: BurstResult[] = [];
  for (const variant of ['shared', 'unshared'] as const) {
    const result = await measureBurst({
      build: BUILD,
      variant,
      users: settings.burstUsers,
      durationS: settings.burstS,
      latencyMs: settings.burstLatencyMs,
      document: document('dashboard'),
    });
    burst.push(result);
    log(
      `burst, ${variant}: ${result.users} users for ${result.durationS} s: ${result.answered} answers ` +
        `(${result.clean} whole dashboards, ${result.failed} failed), p50 ${result.p50Ms.toFixed(1)} ms; upstream ${result.upstreamRequests} ` +
        `(per 10 s: ${result.perWindow.join(', ')}; at most ${result.maxPerWindow} in any 10 s), ` +
        `${result.tooManyRequests} 429s`,
    );
  }

  // 5. Call statistics against the limit.
  const statistics = await runStatistics();

  // 6. Live: subscribers and webhooks.
  const live = await runLive();

  // 7. The engine against the fetch-based limit.
  const engine = await runEngine();

  const results: BenchResults = {
    date: new Date(started).toISOString(),
    durationS: 0,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    commit: gitDescribe(),
    settings: { ...settings, gatewayOptions: process.env['BENCH_GATEWAY_OPTIONS'] ?? null },
    minimumUpstreamRequests: minimum,
    idleRssMiB,
    cold,
    cells,
    singlePage,
    unloaded,
    listTrace,
    burst,
    statistics,
    live,
    engine,
    targets: [],
  };
  results.targets = [
    ...checkTargets(results),
    ...statisticsTargets(statistics),
    ...liveTargets(live),
    ...engineTargets(engine),
  ];
  results.durationS = Math.round((Date.now() - started) / 1000);

  const directory = `${ROOT}bench/results/`;
  mkdirSync(directory, { recursive: true });
  const jsonFile = `${directory}${results.date.replace(/:/g, '-')}.json`;
  writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  const markdown = renderMarkdown(results);
  writeFileSync(`${directory}latest.md`, markdown);
  console.log(`\n${markdown}`);
  log(`wrote ${jsonFile} and ${directory}latest.md`);
}

function runStatistics(): Promise<StatisticsBenchResult> {
  return measureStatistics({
    build: BUILD,
    root: ROOT,
    latencyMs: settings.statisticsLatencyMs,
    samples: settings.statisticsSamples,
    warmRepeats: settings.statisticsRepeats,
    log,
  });
}

/** BENCH_ONLY=statistics: the statistics scenario alone, with its own result files. */
async function statisticsOnly(): Promise<void> {
  const statistics = await runStatistics();
  const targets = statisticsTargets(statistics);
  const date = new Date(started).toISOString();
  const directory = `${ROOT}bench/results/`;
  mkdirSync(directory, { recursive: true });
  const jsonFile = `${directory}${date.replace(/:/g, '-')}-statistics.json`;
  writeFileSync(
    jsonFile,
    `${JSON.stringify({ date, commit: gitDescribe(), node: process.version, statistics, targets }, null, 2)}\n`,
  );
  const markdown = [
    `# Statistics bench, ${date}`,
    '',
    `\`BENCH_ONLY=statistics npm run bench\` on ${String(os.cpus().length)} CPUs, Node ${process.version}, commit ${gitDescribe()}.`,
    '',
    ...renderStatistics(statistics),
    ...targets.map((target) => `- ${target.pass === true ? 'PASS' : 'FAIL'} ${target.name}: ${target.detail}`),
    '',
  ].join('\n');
  writeFileSync(`${directory}statistics-latest.md`, markdown);
  console.log(`\n${markdown}`);
  log(`wrote ${jsonFile} and ${directory}statistics-latest.md`);
}

async function runLive(): Promise<LiveBenchResult> {
  const live = await measureLive({
    build: BUILD,
    root: ROOT,
    latencyMs: settings.liveLatencyMs,
    locations: settings.liveLocations,
    credentialsPerLocation: settings.liveCredentialsPerLocation,
    subscribers: settings.liveSubscribers,
    webhooks: settings.liveWebhooks,
    warmUpWebhooks: settings.liveWarmUpWebhooks,
    webhooksPerSecond: settings.liveWebhooksPerSecond,
    gatewayNodeOptions: nodeOptionsFrom('BENCH_LIVE_NODE_OPTIONS'),
    log,
  });
  log(
    `live: ${String(live.received)} of ${String(live.expectedDeliveries)} deliveries (${String(live.lost)} lost), ` +
      `p50 ${live.p50Ms.toFixed(1)} ms, p99 ${live.p99Ms.toFixed(1)} ms; upstream ${JSON.stringify(live.upstream)} ` +
      `(expected ${JSON.stringify(live.expectedUpstream)}); ${live.rssPerIdleSubscriptionKiB.toFixed(1)} KiB RSS per ` +
      `idle subscription`,
  );
  return live;
}

/** BENCH_ONLY=live: the live scenario alone, with its own result files. */
async function liveOnly(): Promise<void> {
  const live = await runLive();
  const targets = liveTargets(live);
  const date = new Date(started).toISOString();
  const directory = `${ROOT}bench/results/`;
  mkdirSync(directory, { recursive: true });
  const jsonFile = `${directory}${date.replace(/:/g, '-')}-live.json`;
  const machine = `${String(os.cpus().length)} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`;
  writeFileSync(jsonFile, `${JSON.stringify({ date, commit: gitDescribe(), machine, live, targets }, null, 2)}\n`);
  const markdown = [
    `# Live bench, ${date}`,
    '',
    `\`BENCH_ONLY=live npm run bench\` on ${machine}, commit ${gitDescribe()}, a shared, noisy machine.`,
    '',
    ...renderLive(live),
    ...targets.map((target) => `- ${target.pass === true ? 'PASS' : 'FAIL'} ${target.name}: ${target.detail}`),
    '',
  ].join('\n');
  writeFileSync(`${directory}live-latest.md`, markdown);
  console.log(`\n${markdown}`);
  log(`wrote ${jsonFile} and ${directory}live-latest.md`);
}

function runEngine(): Promise<EngineBenchResult> {
  return measureEngine({
    build: BUILD,
    root: ROOT,
    implementations: engineImplementations(process.env['BENCH_ENGINE_ONLY']),
    connections: settings.connections,
    durationS: settings.durationS,
    warmupS: settings.warmupS,
    aloneS: settings.engineAloneS,
    sequentialQueries: Math.round(settings.engineSequential),
    gatewayNodeOptions: nodeOptionsFrom('BENCH_ENGINE_NODE_OPTIONS'),
    log,
  });
}

/** BENCH_ONLY=engine: the engine comparison alone, with its own result files. */
async function engineOnly(): Promise<void> {
  const engine = await runEngine();
  const targets = engineTargets(engine);
  const date = new Date(started).toISOString();
  const directory = `${ROOT}bench/results/`;
  mkdirSync(directory, { recursive: true });
  const jsonFile = `${directory}${date.replace(/:/g, '-')}-engine.json`;
  const machine = `${String(os.cpus().length)} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`;
  const gatewayOptions = process.env['BENCH_GATEWAY_OPTIONS'] ?? null;
  writeFileSync(
    jsonFile,
    `${JSON.stringify({ date, commit: gitDescribe(), machine, gatewayOptions, engine, targets }, null, 2)}\n`,
  );
  const markdown = [
    `# Engine bench, ${date}`,
    '',
    `\`BENCH_ONLY=engine npm run bench\` (${String(Math.round((Date.now() - started) / 1000))} s) on ${machine}, ` +
      `commit ${gitDescribe()}, a shared, noisy machine.` +
      (gatewayOptions ? ` Gateway options: \`${gatewayOptions}\`.` : ''),
    '',
    ...renderEngine(engine),
    ...targets.map(
      (target) => `- ${target.pass === null ? 'SKIP' : target.pass ? 'PASS' : 'FAIL'} ${target.name}: ${target.detail}`,
    ),
    '',
  ].join('\n');
  writeFileSync(`${directory}engine-latest.md`, markdown);
  console.log(`\n${markdown}`);
  log(`wrote ${jsonFile} and ${directory}engine-latest.md`);
}

interface TracedRequest {
  route: string;
  startedAt: number;
  durationMs: number;
}

/** Upstream round trips of one traced query: list pages that wait for no other, contacts in waves. */
function traceRoundTrips(requests: TracedRequest[], latencyMs: number, queryMs: number): ListTrace {
  const starts = (route: string) =>
    requests
      .filter((request) => request.route === route)
      .map((request) => request.startedAt)
      .sort((left, right) => left - right);
  const lists = starts('callLogs.list');
  const contacts = starts('contacts.get');
  // A new wave: a start that follows the previous one by more than half the upstream latency.
  let waves = contacts.length > 0 ? 1 : 0;
  for (let index = 1; index < contacts.length; index++) {
    if ((contacts[index] ?? 0) - (contacts[index - 1] ?? 0) > Math.max(2, latencyMs / 2)) waves++;
  }
  return {
    latencyMs,
    queryMs,
    listRequests: lists.length,
    listStartSpreadMs: lists.length === 0 ? 0 : (lists.at(-1) ?? 0) - (lists[0] ?? 0),
    contactRequests: contacts.length,
    contactWaves: waves,
  };
}

function document(key: QueryKey): string {
  const query = QUERIES.find((entry) => entry.key === key);
  if (!query) throw new Error(`no bench query ${key}`);
  return query.document;
}

async function measureCell(
  emulator: Child,
  server: { child: Child; url: string },
  implementation: ImplementationKey,
  query: QueryKey,
  latencyMs: number,
  body: string,
  authorization: string,
): Promise<Cell> {
  const options = {
    url: server.url,
    method: 'POST' as const,
    body,
    headers: graphqlHeaders(authorization),
    connections: settings.connections,
  };
  const warmup = await load({ ...options, durationS: settings.warmupS });
  const seqBefore = await quiesce(emulator, quietPeriod(warmup, latencyMs));
  const emulatorBefore = await emulator.ask<ProcessStats>({ type: 'stats' });
  const before = await server.child.ask<ProcessStats>({ type: 'resetPeak' });
  const result = await load({ ...options, durationS: settings.durationS });
  // Queries still in flight when the run stopped are served to the end: count their upstream requests and CPU time
  // against every query sent, not only those answered within the run.
  const seqAfter = await quiesce(emulator, quietPeriod(result, latencyMs));
  const after = await server.child.ask<ProcessStats>({ type: 'stats' });
  const emulatorAfter = await emulator.ask<ProcessStats>({ type: 'stats' });
  const sent = Math.max(1, result.sent);
  return {
    latencyMs,
    query,
    implementation,
    connections: settings.connections,
    durationS: result.elapsedS,
    sent: result.sent,
    completed: result.completed,
    failed: result.failed,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    requestsPerSecond: result.requestsPerSecond,
    upstreamPerQuery: (seqAfter - seqBefore) / sent,
    cpuMsPerQuery: (after.cpuMicros - before.cpuMicros) / 1000 / sent,
    emulatorCpuMsPerQuery: (emulatorAfter.cpuMicros - emulatorBefore.cpuMicros) / 1000 / sent,
    peakRssMiB: after.peakRss / 2 ** 20,
    maxRssMiB: after.maxRss / 2 ** 20,
  };
}

/** The one-call-log query must exercise every reference; a seed change that loses one would make it meaningless. */
function assertEveryReference(answer: unknown): void {
  const text = JSON.stringify(answer);
  for (const field of ['contact', 'agent', 'message', 'workflow', 'calendar', 'contactField', 'knowledgeBase']) {
    if (!new RegExp(`"${field}":\\{"id"`).test(text)) throw new Error(`the call log query resolved no ${field}`);
  }
}

function checkTargets(results: BenchResults): Target[] {
  const cell = (latencyMs: number, query: QueryKey, implementation: ImplementationKey) =>
    results.cells.find(
      (entry) => entry.latencyMs === latencyMs && entry.query === query && entry.implementation === implementation,
    );
  const targets: Target[] = [];
  for (const query of QUERIES) {
    const counts = (name: ImplementationKey) =>
      results.cold.find((entry) => entry.query === query.key && entry.implementation === name)?.upstreamRequests;
    const min = results.minimumUpstreamRequests[query.key];
    const underLoad = [0, 20].map((latency) => cell(latency, query.key, 'gateway')?.upstreamPerQuery.toFixed(1) ?? '?');
    targets.push({
      name: `upstream requests = minimum (${query.key})`,
      pass: counts('gateway') === min && counts('gateway-nocache') === min,
      detail:
        `G ${counts('gateway') ?? '?'} from cold (${counts('gateway-nocache') ?? '?'} with its caches off), minimum ${min}, ` +
        `(b) ${counts('naive') ?? '?'}; under load, with its caches, G made ${underLoad.join(' (0 ms) and ')} (20 ms) per query`,
    });
  }
  /** A target against (a) for G, with G's caches off shown beside it; `figure` reads one implementation's value. */
  const compare = (
    name: string,
    figure: (implementation: ImplementationKey) => number | undefined,
    kind: 'latency' | 'throughput',
    bound: number,
  ) => {
    const direct = figure('direct');
    const gatewayValue = figure('gateway');
    if (direct === undefined || gatewayValue === undefined) return;
    const holds = (ratio: number) => (kind === 'latency' ? ratio <= bound : ratio >= bound);
    const show = (value: number | undefined) =>
      value === undefined ? '?' : `${value.toFixed(kind === 'latency' ? 1 : 0)} ${kind === 'latency' ? 'ms' : 'req/s'}`;
    const uncachedValue = figure('gateway-nocache');
    const uncached = uncachedValue === undefined ? undefined : uncachedValue / direct;
    targets.push({
      name,
      pass: holds(gatewayValue / direct),
      detail:
        `G ${show(gatewayValue)}, (a) ${show(direct)}: ${(gatewayValue / direct).toFixed(2)}×` +
        (uncached === undefined
          ? ''
          : `; with its caches off G ${show(uncachedValue)}: ${uncached.toFixed(2)}× (${holds(uncached) ? 'within' : 'outside'} the bound)`),
    });
  };
  const alone = (latencyMs: number, query: Unloaded['query'], implementation: Unloaded['implementation']) =>
    results.unloaded.find(
      (entry) => entry.latencyMs === latencyMs && entry.query === query && entry.implementation === implementation,
    )?.p50Ms;
  const dashboardCell = (latencyMs: number, implementation: ImplementationKey) =>
    cell(latencyMs, 'dashboard', implementation);
  compare('dashboard p50 at 20 ms ≤ 1.25 × (a)', (name) => dashboardCell(20, name)?.p50Ms, 'latency', 1.25);
  // The same target without queueing: one connection, one query at a time.
  compare(
    'dashboard p50 at 20 ms ≤ 1.25 × (a), one connection',
    (name) => alone(20, 'dashboard', name),
    'latency',
    1.25,
  );
  compare(
    'dashboard throughput at 0 ms ≥ 0.5 × (a)',
    (name) => dashboardCell(0, name)?.requestsPerSecond,
    'throughput',
    0.5,
  );

  const show = (value: number | undefined) => (value === undefined ? '?' : value.toFixed(2));
  const page0 = alone(0, 'singlePage', 'singlePage');
  const page20 = alone(20, 'singlePage', 'singlePage');
  // What 20 ms of upstream latency adds to a query, in units of what it adds to one bare upstream request.
  const roundTrips = (implementation: Unloaded['implementation']) => {
    const at0 = alone(0, 'callLogs200', implementation);
    const at20 = alone(20, 'callLogs200', implementation);
    return at0 === undefined || at20 === undefined || page0 === undefined || page20 === undefined
      ? undefined
      : (at20 - at0) / (page20 - page0);
  };
  const trace = results.listTrace;
  targets.push({
    name: 'callLogs(first: 200): the list costs one upstream round trip, not four',
    pass: trace.listRequests === 4 && trace.listStartSpreadMs < trace.latencyMs / 2,
    detail:
      `one cold query through a fresh G at ${trace.latencyMs} ms: its ${trace.listRequests} list pages started within ` +
      `${trace.listStartSpreadMs.toFixed(1)} ms of each other, then ${trace.contactRequests} contacts in ` +
      `${trace.contactWaves} wave(s), ${trace.queryMs.toFixed(0)} ms in all (one bare page: ${show(page20)} ms). ` +
      `Round trips waited with one connection, (p50 at 20 ms − p50 at 0 ms) / the same for one bare page: ` +
      `G ${show(roundTrips('gateway'))}, G with its caches off ${show(roundTrips('gateway-nocache'))}, ` +
      `(a) ${show(roundTrips('direct'))} (the list, then the contacts)`,
  });
  const dashboardPeak = (implementation: ImplementationKey) => {
    const peaks = results.cells
      .filter((entry) => entry.query === 'dashboard' && entry.implementation === implementation)
      .map((entry) => entry.peakRssMiB);
    return peaks.length === 0 ? undefined : Math.max(...peaks);
  };
  const gatewayPeak = dashboardPeak('gateway');
  if (gatewayPeak !== undefined) {
    const mib = (implementation: ImplementationKey) =>
      `${dashboardPeak(implementation)?.toFixed(0) ?? '?'} MiB (${results.idleRssMiB[implementation].toFixed(0)} idle)`;
    targets.push({
      name: 'peak RSS under dashboard load ≤ 200 MiB',
      pass: gatewayPeak <= 200,
      detail:
        `RSS sampled every 20 ms, highest of both latencies: G ${mib('gateway')}; with its caches off ` +
        `${mib('gateway-nocache')}; (a) ${mib('direct')}; (b) ${mib('naive')}`,
    });
  }
  const shared = results.burst.find((entry) => entry.variant === 'shared');
  const unshared = results.burst.find((entry) => entry.variant === 'unshared');
  if (shared && unshared) {
    const describe = (entry: BurstResult) =>
      `${entry.answered} answers, ${entry.clean} of them whole dashboards, ${entry.failed} failed, p50 ` +
      `${entry.p50Ms.toFixed(0)} ms; ` +
      `${entry.upstreamRequests} upstream requests (per 10 s: ${entry.perWindow.join(', ')}), at most ` +
      `${entry.maxPerWindow} in any 10 s, ${entry.tooManyRequests} 429s from HighLevel`;
    targets.push({
      name: `${shared.users} users refreshing one location for ${shared.durationS} s stay within its burst budget`,
      pass: shared.maxPerWindow <= BURST_BUDGET && shared.tooManyRequests === 0 && shared.failed === 0,
      detail:
        `each user with its own JWT, one HighLevel token for the location, ${shared.latencyMs} ms upstream latency, ` +
        `HighLevel's budget of ${BURST_BUDGET} per 10 s enforced with 429s. G: ${describe(shared)}. ` +
        `G sharing nothing across operations: ${describe(unshared)}`,
    });
  }
  const failures = results.cells.filter((entry) => entry.failed > 0);
  targets.push({
    name: 'every answer under load was a 200 without GraphQL errors',
    pass: failures.length === 0,
    detail:
      failures.length === 0
        ? 'none failed'
        : failures
            .map((entry) => `${entry.implementation} ${entry.query} ${entry.latencyMs} ms: ${entry.failed}`)
            .join('; '),
  });
  return targets;
}

function gitDescribe(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'schema'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    return dirty.trim() ? `${commit} + uncommitted changes in src/ or schema/` : commit;
  } catch {
    return 'unknown';
  }
}

try {
  await main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  for (const child of children.reverse()) await child.stop();
  clearTimeout(watchdog);
}
