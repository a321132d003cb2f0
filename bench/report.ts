// The bench's results: their shape (bench/results/<date>.json) and the markdown table (bench/results/latest.md).
import type { BurstResult } from './burst.js';
import type { StatisticsBenchResult } from './call-statistics.js';
import { type EngineBenchResult, engineFigures, type EngineImplementation } from './engine.js';
import type { LiveBenchResult } from './live.js';

export type QueryKey = 'dashboard' | 'callLog' | 'callLogs200';

/** (a), G as configured by default, G with its caches off (`cache: false`), (b). */
export const IMPLEMENTATIONS = ['direct', 'gateway', 'gateway-nocache', 'naive'] as const;
export type ImplementationKey = (typeof IMPLEMENTATIONS)[number];

/** One query, one implementation, one upstream latency, under autocannon at fixed concurrency. */
export interface Cell {
  latencyMs: number;
  query: QueryKey;
  implementation: ImplementationKey;
  connections: number;
  durationS: number;
  /** Queries sent, including those still in flight when the run stopped (served to the end all the same). */
  sent: number;
  /** 2xx answers within the run. */
  completed: number;
  /** Non-2xx answers, connection errors, timeouts, and 200s carrying GraphQL errors. */
  failed: number;
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  /** Requests the emulator received for the cell's queries, per query sent (G's caches lower its own). */
  upstreamPerQuery: number;
  /** The server process's user + system CPU time per query sent. */
  cpuMsPerQuery: number;
  /** The emulator process's, for scale. */
  emulatorCpuMsPerQuery: number;
  /** Highest RSS sampled (every 20 ms) during the cell. */
  peakRssMiB: number;
  /** The kernel's peak RSS over the server process's whole life so far. */
  maxRssMiB: number;
}

/** One query sent once to a freshly started server (for G: empty caches). */
export interface ColdCount {
  query: QueryKey;
  implementation: ImplementationKey;
  upstreamRequests: number;
  routes: Record<string, number>;
}

export interface Target {
  name: string;
  /** null: not measured here. */
  pass: boolean | null;
  detail: string;
}

/** One cold callLogs(first: 200) through a fresh G, as the emulator's request log saw it. */
export interface ListTrace {
  latencyMs: number;
  /** As the client saw it. */
  queryMs: number;
  listRequests: number;
  /** Between the first and the last list page's arrival at the emulator. */
  listStartSpreadMs: number;
  contactRequests: number;
  /** Groups of contact requests separated by more than half the upstream latency. */
  contactWaves: number;
}

/** p50 with one connection and nothing else in flight. */
export interface Unloaded {
  latencyMs: number;
  query: QueryKey | 'singlePage';
  implementation: ImplementationKey | 'singlePage';
  p50Ms: number;
  p99Ms: number;
}

export interface BenchResults {
  date: string;
  durationS: number;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string };
  commit: string;
  settings: {
    latenciesMs: number[];
    connections: number;
    durationS: number;
    warmupS: number;
    unloadedS: number;
    gatewayOptions: string | null;
  };
  minimumUpstreamRequests: Record<QueryKey, number>;
  /** Each server process's RSS right after it started. */
  idleRssMiB: Record<ImplementationKey, number>;
  cold: ColdCount[];
  cells: Cell[];
  /** One bare upstream list page (50 logs) straight from the emulator, at the cells' concurrency. */
  singlePage: { latencyMs: number; connections: number; p50Ms: number; p99Ms: number }[];
  /** The dashboard, callLogs(first: 200) and one bare upstream page, with one connection. */
  unloaded: Unloaded[];
  listTrace: ListTrace;
  /** The burst-budget scenario, with and without what G shares across operations. */
  burst: BurstResult[];
  /** callStatistics against the limit (absent from runs before it existed). */
  statistics?: StatisticsBenchResult;
  /** Subscribers and webhooks (absent from runs before it existed). */
  live?: LiveBenchResult;
  /** The engine comparison against the fetch-based limit (absent from runs before it existed). */
  engine?: EngineBenchResult;
  targets: Target[];
}

const QUERY_LABELS: Record<QueryKey, string> = {
  dashboard: 'dashboard (first: 50)',
  callLog: 'one call log, every reference',
  callLogs200: 'callLogs(first: 200)',
};

const IMPLEMENTATION_LABELS: Record<ImplementationKey, string> = {
  direct: '(a) direct, no GraphQL',
  gateway: 'G, the gateway',
  'gateway-nocache': 'G, caches off',
  naive: '(b) naive gateway',
};

export function renderMarkdown(results: BenchResults): string {
  const { machine, settings } = results;
  const lines: string[] = [
    `# Bench results, ${results.date}`,
    '',
    `One run of \`npm run bench\` (${results.durationS} s) on a shared, noisy ${machine.cpus}-core machine ` +
      `(${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}), commit ${results.commit}. ` +
      `The emulator and each implementation run in their own process (compiled JavaScript) on loopback; autocannon ` +
      `keeps ${settings.connections} connections busy for ${settings.durationS} s per cell after ${settings.warmupS} s ` +
      `of warm-up. Upstream requests: cold is one query on a fresh server (for G, an empty cache); under load is per ` +
      `query sent during the cell. CPU time is the server process's alone, per query sent.` +
      (settings.gatewayOptions ? ` Gateway options: \`${settings.gatewayOptions}\`.` : ''),
    '',
  ];
  for (const latencyMs of settings.latenciesMs) {
    lines.push(`## Upstream latency ${latencyMs} ms`, '', ...renderTable(results, latencyMs), '');
  }
  const pages = results.singlePage.map((page) => `${page.p50Ms.toFixed(1)} ms at ${page.latencyMs} ms`).join(', ');
  lines.push(
    `For scale, one bare upstream page of 50 call logs from the emulator, loaded alike: p50 ${pages} upstream latency.`,
    '',
    ...renderUnloaded(results),
    ...renderBurst(results.burst),
    ...(results.statistics ? renderStatistics(results.statistics) : []),
    ...(results.live ? renderLive(results.live) : []),
    ...(results.engine ? renderEngine(results.engine) : []),
    '## Targets (issues 5, 12, 13 and 14)',
    '',
  );
  for (const target of results.targets) {
    const verdict = target.pass === null ? 'SKIP' : target.pass ? 'PASS' : 'FAIL';
    lines.push(`- ${verdict} ${target.name}: ${target.detail}`);
  }
  lines.push('');
  return lines.join('\n');
}

/** The dashboard's p50 with one connection: latency without queueing behind other queries. */
function renderUnloaded(results: BenchResults): string[] {
  const rows: string[][] = [];
  for (const latencyMs of results.settings.latenciesMs) {
    const p50 = (implementation: ImplementationKey) =>
      results.unloaded.find(
        (entry) =>
          entry.latencyMs === latencyMs && entry.query === 'dashboard' && entry.implementation === implementation,
      )?.p50Ms;
    const direct = p50('direct');
    const gateway = p50('gateway');
    const uncached = p50('gateway-nocache');
    rows.push([
      `${String(latencyMs)} ms`,
      direct?.toFixed(1) ?? '?',
      gateway?.toFixed(1) ?? '?',
      uncached?.toFixed(1) ?? '?',
      ratio(gateway, direct),
      ratio(uncached, direct),
    ]);
  }
  return [
    `## The dashboard with one connection`,
    '',
    'One query at a time, nothing queued behind another: what a user waits for.',
    '',
    ...formatTable(
      ['Upstream latency', '(a) p50 (ms)', 'G p50 (ms)', 'G, caches off p50 (ms)', 'G / (a)', 'G, caches off / (a)'],
      rows,
    ),
    '',
  ];
}

/** callStatistics, cold and warm, against the limit (the same pages with ideal parallelism, aggregated in plain code). */
export function renderStatistics(result: StatisticsBenchResult): string[] {
  return [
    `## Call statistics over the last 30 and 92 days`,
    '',
    `\`callStatistics\` with every figure (bench/queries/call-statistics.graphql), time zone ${result.timeZone}, ` +
      `${String(result.latencyMs)} ms upstream latency, on an emulator whose calls reach today. The limit fetches ` +
      `the same pages with ideal parallelism (the first, then all others at once) and aggregates them in plain code. ` +
      `Cold: a credential G has never seen (a token minted per sample, so no day of it is cached), p50 of ` +
      `${String(result.samples)} samples after one unmeasured, alternating with the limit. Warm: ` +
      `${String(result.warmRepeats)} repeats with the last credential, every day cached (the open one for 30 s; G's ` +
      `response cache off, so that a repeat shows the day cache). G's figures equal the limit's in every answer.`,
    '',
    ...formatTable(
      [
        'Range',
        'Calls',
        'Upstream requests: limit; G cold; G warm (most)',
        'Limit p50 (ms)',
        'G cold p50 (ms)',
        'G cold / limit',
        'G warm p50 (ms)',
        'G warm p99 (ms)',
        'CPU ms / query: limit; G cold; G warm',
      ],
      result.runs.map((run) => [
        run.range,
        String(run.calls),
        `${String(run.limitRequests)}; ${String(run.coldRequests)}; ${String(run.warmMaxRequests)}`,
        run.limitP50Ms.toFixed(1),
        run.coldP50Ms.toFixed(1),
        ratio(run.coldP50Ms, run.limitP50Ms),
        run.warmP50Ms.toFixed(1),
        run.warmP99Ms.toFixed(1),
        `${run.limitCpuMs.toFixed(1)}; ${run.coldCpuMs.toFixed(1)}; ${run.warmCpuMs.toFixed(1)}`,
      ]),
    ),
    '',
  ];
}

/** The live scenario: subscribers over graphql-ws, signed webhooks at a steady rate. */
export function renderLive(result: LiveBenchResult): string[] {
  const routes = (counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([, count]) => count > 0)
      .map(([route, count]) => `${route} ${String(count)}`)
      .join(', ') || 'none';
  const memory = result.memory;
  return [
    `## ${String(result.subscribers)} live subscribers, ${String(result.warmUpWebhooks)} + ${String(result.webhooks)} webhooks at ${String(result.webhooksPerSecond)}/s`,
    '',
    `One gateway process as configured by default (shared reference cache on); ${String(result.subscribers)} ` +
      `dashboards, each its own WebSocket and graphql-ws client (Node, ws) with one \`callLogCreated\` subscription ` +
      `(bench/queries/live-dashboard.graphql), ${String(result.credentialsPerLocation)} credentials (minted tokens) ` +
      `for each of ${String(result.locations)} locations, ${String(result.subscribers / (result.locations * result.credentialsPerLocation))} ` +
      `subscribers per credential; the subscribers run in the bench process. The emulator (${String(result.latencyMs)} ms ` +
      `upstream latency) places calls in the locations by turns and POSTs each signed VoiceAiCallEnd; latency runs ` +
      `from the instant it starts sending to the subscriber's receipt (one clock: both processes on this machine), ` +
      `over the webhooks after the first ${String(result.warmUpWebhooks)} (the warm-up: cold code in every process; ` +
      `its figures beside). Deliveries, upstream requests and CPU count every webhook. Memory after a full GC.`,
    '',
    ...formatTable(
      ['Figure', 'Value'],
      [
        [
          'Subscribing (all listening)',
          `${(result.subscribeMs / 1000).toFixed(1)} s; upstream ${routes(result.subscribeUpstream)}`,
        ],
        ['Deliveries received / expected', `${String(result.received)} / ${String(result.expectedDeliveries)}`],
        [
          'Lost; twice; incomplete',
          `${String(result.lost)}; ${String(result.duplicates)}; ${String(result.incomplete)}`,
        ],
        [
          'Webhook POST → receipt p50 / p99 / max (ms), after the warm-up',
          `${result.p50Ms.toFixed(1)} / ${result.p99Ms.toFixed(1)} / ${result.maxMs.toFixed(1)}`,
        ],
        [
          'Webhook POST → receipt p99 (ms): every webhook; the warm-up alone (p99 / max)',
          result.warmUpWebhooks === 0
            ? `${result.allP99Ms.toFixed(1)}; no warm-up`
            : `${result.allP99Ms.toFixed(1)}; ${result.warmUpP99Ms.toFixed(1)} / ${result.warmUpMaxMs.toFixed(1)}`,
        ],
        [
          'Webhook answered p50 / p99 (ms, after the warm-up; one not answered within 10 s counts 10 s)',
          `${result.webhookAnswerP50Ms.toFixed(1)} / ${result.webhookAnswerP99Ms.toFixed(1)}`,
        ],
        ['Upstream during the webhooks', routes(result.upstream)],
        ['Expected: (credential, reference) pairs not cached', routes(result.expectedUpstream)],
        [
          'CPU per webhook (ms): gateway; subscribers (bench process)',
          `${result.gatewayCpuMsPerWebhook.toFixed(1)}; ${result.subscribersCpuMsPerWebhook.toFixed(1)}`,
        ],
        ["Subscribers' event-loop delay p99 (ms)", result.subscribersLoopDelayP99Ms.toFixed(1)],
        [
          'Gateway RSS (MiB): before; half; all idle; peak under webhooks; closed',
          `${memory.before.rssMiB.toFixed(1)}; ${memory.half.rssMiB.toFixed(1)}; ${memory.idle.rssMiB.toFixed(1)}; ` +
            `${result.peakRssMiB.toFixed(1)}; ${memory.closed.rssMiB.toFixed(1)}`,
        ],
        [
          'RSS per idle subscription (KiB): all; second half; heap',
          `${result.rssPerIdleSubscriptionKiB.toFixed(1)}; ${result.marginalRssPerSubscriptionKiB.toFixed(1)}; ` +
            result.heapPerIdleSubscriptionKiB.toFixed(1),
        ],
        ['Listeners left after every client closed', String(result.listenersAfterClose)],
        [
          'Load average (1, 5, 15 min): start; after the webhooks',
          `${result.loadAverage.start.map((value) => value.toFixed(2)).join(', ')}; ` +
            result.loadAverage.end.map((value) => value.toFixed(2)).join(', '),
        ],
      ],
    ),
    '',
  ];
}

const ENGINE_LABELS: Record<EngineImplementation, string> = {
  'direct-fetch': 'the limit, over fetch (no GraphQL)',
  direct: '(a) the limit, over got',
  'gateway-nocache': 'G, caches off',
  'gateway-cold': 'G, default, cold',
};

/** The engine comparison: each implementation's figures, then its ratios to the fetch-based limit. */
export function renderEngine(result: EngineBenchResult): string[] {
  const connections = String(result.connections);
  const limit = engineFigures(result, 'direct-fetch');
  const oneFixed = (value: number | undefined) => value?.toFixed(1) ?? '?';
  const rows: string[][] = result.implementations.map((name) => {
    const figures = engineFigures(result, name);
    return [
      ENGINE_LABELS[name],
      `${oneFixed(figures.alone0?.p50Ms)} / ${oneFixed(figures.alone0?.p99Ms)}`,
      `${oneFixed(figures.alone20?.p50Ms)} / ${oneFixed(figures.alone20?.p99Ms)}`,
      figures.loaded0?.requestsPerSecond.toFixed(0) ?? '?',
      oneFixed(figures.loaded0?.p50Ms),
      figures.cpuMs?.toFixed(2) ?? '?',
      figures.peakRssMiB?.toFixed(0) ?? '?',
      `${String(figures.cold ?? '?')}; ${figures.loaded0?.upstreamPerQuery.toFixed(1) ?? '?'}`,
    ];
  });
  for (const name of result.implementations) {
    if (name === 'direct-fetch' || !result.implementations.includes('direct-fetch')) continue;
    const figures = engineFigures(result, name);
    rows.push([
      `ratio ${ENGINE_LABELS[name]} / the limit`,
      `${ratio(figures.alone0?.p50Ms, limit.alone0?.p50Ms)} / ${ratio(figures.alone0?.p99Ms, limit.alone0?.p99Ms)}`,
      `${ratio(figures.alone20?.p50Ms, limit.alone20?.p50Ms)} / ${ratio(figures.alone20?.p99Ms, limit.alone20?.p99Ms)}`,
      ratio(figures.loaded0?.requestsPerSecond, limit.loaded0?.requestsPerSecond),
      ratio(figures.loaded0?.p50Ms, limit.loaded0?.p50Ms),
      ratio(figures.cpuMs, limit.cpuMs),
      ratio(figures.peakRssMiB, limit.peakRssMiB),
      `${ratio(figures.cold, limit.cold)}; ${ratio(figures.loaded0?.upstreamPerQuery, limit.loaded0?.upstreamPerQuery)}`,
    ]);
  }
  const profiled =
    result.gatewayNodeOptions.length > 0
      ? ` The gateway processes ran with \`${result.gatewayNodeOptions.join(' ')}\`, which costs them time.`
      : '';
  return [
    `## Engine efficiency: the dashboard against a fetch-based limit`,
    '',
    `The dashboard (bench/queries/dashboard.graphql, 50 calls) on one emulator, each implementation in its own ` +
      `process. The limit is bench/baseline-direct.ts over Node's \`fetch\`: the same ` +
      `${String(result.minimumUpstreamRequests)} upstream requests with ideal parallelism, the JSON joined in plain ` +
      `code; (a) is the same over got; G, caches off is \`cache: false\` and no joined upstream requests.` +
      (result.implementations.includes('gateway-cold')
        ? ` G, default, cold is G as configured by default, every query with a credential it has never seen (a token ` +
          `minted for it; ${String(result.credentialsMinted)} minted), so that it misses every shared cache.`
        : '') +
      ` One connection: ${String(result.aloneS)} s of one query at a time (p50 / p99). CPU: the process's user + ` +
      `system time per dashboard, ${String(result.sequentialQueries)} sent one at a time at 0 ms. Both in ` +
      `${String(result.rounds)} slices, the implementations by turns, so that all meet the same machine. ` +
      `${connections} connections: ${String(result.durationS)} s after ${String(result.warmupS)} s of warm-up (here at ` +
      `0 ms; the JSON has 20 ms too). Peak RSS: the highest sampled under the ${connections}-connection load at 0 and ` +
      `20 ms (G cold's includes what it keeps of every credential seen so far in the run). Upstream: the first ` +
      `query; per query under load at 0 ms. Every implementation answered the limit's JSON.${profiled}`,
    '',
    ...formatTable(
      [
        'Implementation',
        'p50 / p99 @ 0 ms, 1 conn (ms)',
        'p50 / p99 @ 20 ms, 1 conn (ms)',
        `Throughput @ 0 ms, ${connections} conn (req/s)`,
        `p50 @ 0 ms, ${connections} conn (ms)`,
        'CPU per cold dashboard (ms)',
        'Peak RSS (MiB)',
        'Upstream / query (first; under load)',
      ],
      rows,
    ),
    '',
  ];
}

/** The burst-budget scenario: upstream requests per 10 s, with and without what G shares across operations. */
function renderBurst(burst: readonly BurstResult[]): string[] {
  const first = burst[0];
  if (!first) return [];
  const label = { shared: 'G, as configured', unshared: 'G sharing nothing across operations' } as const;
  return [
    `## ${String(first.users)} users refreshing one location's dashboard for ${String(first.durationS)} s`,
    '',
    `Each user has its own JWT (service-token mode: one HighLevel token for the location) and asks again as soon as ` +
      `its dashboard arrives; ${String(first.latencyMs)} ms upstream latency; the emulator enforces HighLevel's ` +
      `budget (100 requests per 10 s) with 429s. The users may read the same location, so they share its cached ` +
      `responses. Upstream requests are counted until none has arrived for a budget window after the load.`,
    '',
    ...formatTable(
      [
        'Gateway',
        'Answers',
        'Whole dashboards',
        'Failed',
        'p50 of answers (ms)',
        'p99 (ms)',
        'Upstream requests',
        'Per 10-s window',
        'Most in any 10 s',
        'HighLevel 429s',
      ],
      burst.map((entry) => [
        label[entry.variant],
        String(entry.answered),
        String(entry.clean),
        String(entry.failed),
        entry.p50Ms.toFixed(1),
        entry.p99Ms.toFixed(1),
        String(entry.upstreamRequests),
        entry.perWindow.join(', '),
        String(entry.maxPerWindow),
        String(entry.tooManyRequests),
      ]),
    ),
    '',
  ];
}

/** One upstream latency's table: each implementation's figures, then G's ratios to (a) and (b). */
export function renderTable(results: BenchResults, latencyMs: number): string[] {
  const header = [
    'Query',
    'Implementation',
    'Upstream requests / query (cold; under load)',
    'p50 (ms)',
    'p99 (ms)',
    'Throughput (req/s)',
    'CPU (ms / query)',
    'Peak RSS (MiB)',
  ];
  const rows: string[][] = [];
  for (const query of Object.keys(QUERY_LABELS) as QueryKey[]) {
    const cells = new Map(
      results.cells
        .filter((cell) => cell.latencyMs === latencyMs && cell.query === query)
        .map((cell) => [cell.implementation, cell]),
    );
    const cold = (implementation: ImplementationKey) =>
      results.cold.find((entry) => entry.query === query && entry.implementation === implementation)?.upstreamRequests;
    for (const implementation of IMPLEMENTATIONS) {
      const cell = cells.get(implementation);
      if (!cell) continue;
      rows.push([
        QUERY_LABELS[query],
        IMPLEMENTATION_LABELS[implementation],
        `${cold(implementation) ?? '?'}; ${cell.upstreamPerQuery.toFixed(1)}`,
        cell.p50Ms.toFixed(1),
        cell.p99Ms.toFixed(1),
        cell.requestsPerSecond.toFixed(0),
        cell.cpuMsPerQuery.toFixed(2),
        cell.peakRssMiB.toFixed(0),
      ]);
    }
    const ratios: [ImplementationKey, ImplementationKey, string][] = [
      ['gateway', 'direct', 'ratio G / (a)'],
      ['gateway', 'naive', 'ratio G / (b)'],
      ['gateway-nocache', 'direct', 'ratio G, caches off / (a)'],
    ];
    for (const [subject, baseline, label] of ratios) {
      const mine = cells.get(subject);
      const other = cells.get(baseline);
      if (!mine || !other) continue;
      rows.push([
        QUERY_LABELS[query],
        label,
        `${ratio(cold(subject), cold(baseline))}; ${ratio(mine.upstreamPerQuery, other.upstreamPerQuery)}`,
        ratio(mine.p50Ms, other.p50Ms),
        ratio(mine.p99Ms, other.p99Ms),
        ratio(mine.requestsPerSecond, other.requestsPerSecond),
        ratio(mine.cpuMsPerQuery, other.cpuMsPerQuery),
        ratio(mine.peakRssMiB, other.peakRssMiB),
      ]);
    }
  }
  return formatTable(header, rows);
}

function ratio(value: number | undefined, base: number | undefined): string {
  if (value === undefined || base === undefined || base === 0) return '–';
  return `${(value / base).toFixed(2)}×`;
}

/** A markdown table padded the way Prettier formats one, so that it can be pasted into the README as it is. */
function formatTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, column) =>
    Math.max(3, title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...rows.map(line)];
}
