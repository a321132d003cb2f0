// `npm run bench:memory`: the gateway's memory under many tenants (bench/memory.ts), apart from `npm run bench`
// because it measures bounds, not speed, and takes minutes of its own. Writes bench/results/memory-<ISO date>.json
// and bench/results/memory-latest.md.
// Environment: BENCH_CREDENTIALS (distinct credentials, default 10000), BENCH_DASHBOARDS (sent at once, default
// 1000), BENCH_DASHBOARD_LATENCY_MS (upstream latency while they run, default 300).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import { type ConcurrentResult, type CredentialsResult, measureConcurrent, measureCredentials } from './memory.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD = `${ROOT}dist/bench-build/`;
const started = Date.now();

function setting(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function log(message: string): void {
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
}

const credentials = setting('BENCH_CREDENTIALS', 10_000);
const dashboards = setting('BENCH_DASHBOARDS', 1_000);
const latencyMs = setting('BENCH_DASHBOARD_LATENCY_MS', 300);
const document = readFileSync(`${ROOT}bench/queries/dashboard.graphql`, 'utf8');

rmSync(BUILD, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', `${ROOT}bench/tsconfig.build.json`],
  { stdio: 'inherit', timeout: 120_000 },
);

const perCredential = await measureCredentials({ build: BUILD, document, credentials, checkpoints: 5, concurrency: 8 });
for (const point of perCredential.checkpoints)
  log(`${point.credentials} credentials: RSS ${point.rssMiB.toFixed(0)} MiB, heap ${point.heapUsedMiB.toFixed(0)} MiB`);
log(`${perCredential.kibPerCredential.toFixed(1)} KiB per credential; ${perCredential.failed} dashboards failed`);

const concurrent: ConcurrentResult[] = [];
// Side by side: the default admission bound, and none (a bound larger than the dashboards sent).
for (const [label, gatewayOptions] of [
  ['default admission bound', {}],
  ['no admission bound', { maxConcurrentOperations: dashboards + 1 }],
] as const) {
  const result = await measureConcurrent({ build: BUILD, document, dashboards, latencyMs, label, gatewayOptions });
  concurrent.push(result);
  log(
    `${dashboards} dashboards at once, ${label}: peak RSS ${result.peakRssMiB.toFixed(0)} MiB; ${result.served} served, ` +
      `${result.refused} refused (503), ${result.failed} failed, in ${result.seconds.toFixed(1)} s`,
  );
}

const date = new Date(started).toISOString();
const directory = `${ROOT}bench/results/`;
mkdirSync(directory, { recursive: true });
writeFileSync(
  `${directory}memory-${date.replace(/:/g, '-')}.json`,
  `${JSON.stringify({ date, node: process.version, perCredential, concurrent }, null, 2)}\n`,
);
writeFileSync(`${directory}memory-latest.md`, renderMarkdown(date, perCredential, concurrent));
log(`wrote ${directory}memory-latest.md`);

function renderMarkdown(date: string, perCredential: CredentialsResult, concurrent: ConcurrentResult[]): string {
  const lines = [
    `Memory, ${date}, Node ${process.version}.`,
    '',
    `Cold dashboards, each with a new credential, ${perCredential.concurrency} at a time (RSS and heap after a full GC):`,
    '',
    '| Credentials | RSS (MiB) | Heap used (MiB) |',
    '| ----------- | --------- | --------------- |',
    ...perCredential.checkpoints.map(
      (point) => `| ${point.credentials} | ${point.rssMiB.toFixed(0)} | ${point.heapUsedMiB.toFixed(0)} |`,
    ),
    '',
    `Growth from the second checkpoint to the last: ${perCredential.kibPerCredential.toFixed(1)} KiB per credential.`,
    '',
    `${concurrent[0]?.dashboards ?? 0} cold dashboards sent at once, each with its own credential, ${latencyMs} ms upstream latency:`,
    '',
    '| Gateway | Peak RSS (MiB) | Served | Refused (503) | Failed | Seconds |',
    '| ------- | -------------- | ------ | ------------- | ------ | ------- |',
    ...concurrent.map(
      (result) =>
        `| ${result.label} | ${result.peakRssMiB.toFixed(0)} | ${result.served} | ${result.refused} | ${result.failed} | ${result.seconds.toFixed(1)} |`,
    ),
    '',
  ];
  return lines.join('\n');
}
