// `npm run bench:dashboard`: how long the dashboard takes to show the calls list, in Debian's headless Chromium,
// on the emulator (as `npm start` runs it) at 0 ms and at 20 ms of upstream latency. Each sample is a fresh browser
// context (no HTTP cache, no Apollo cache); the first sample of each latency also finds the gateway cold. The figure
// is the page's own User Timing mark (`dashboard:calls-rendered`, set when the list's rows are first in the DOM, just
// before the browser paints them), measured from navigation start. The budget is 1.5 s; a figure over it is
// reported, not failed. Writes bench/results/dashboard-latest.md. Environment: BENCH_DASHBOARD_SAMPLES (per latency,
// default 10).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import { dashboardDirectory } from '../src/dashboard.js';
import { PINNED_BASE_DATE, startEmulator } from '../src/emulator/server.js';
import { createGateway } from '../src/server.js';
import { percentile } from './statistics.js';

const BUDGET_MS = 1_500;
const CHROMIUM = '/usr/bin/chromium';
const RESULTS = fileURLToPath(new URL('results/', import.meta.url));
const samples = Number(process.env['BENCH_DASHBOARD_SAMPLES'] ?? '10');
if (!Number.isInteger(samples) || samples < 1) throw new Error('BENCH_DASHBOARD_SAMPLES must be a positive integer');
if (!existsSync(path.join(dashboardDirectory(), 'index.html'))) throw new Error('run `npm run build` first');

interface Row {
  latencyMs: number;
  coldMs: number;
  medianMs: number;
  p90Ms: number;
  maxMs: number;
}

async function measure(latencyMs: number): Promise<Row> {
  const emulator = await startEmulator({ baseDate: PINNED_BASE_DATE, latencyMs, rateLimit: { enforce: false } });
  const locationId = emulator.locations[0] ?? '';
  const token = emulator.tokens.byLocation[locationId] ?? '';
  const gateway = await createGateway({
    upstreamUrl: emulator.url,
    webhooks: false,
    dashboardPreset: { token, locationId },
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const timings: number[] = [];
  try {
    for (let sample = 0; sample < samples; sample++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(new URL('/dashboard/#/calls', gateway.url).toString());
      await page.locator('table.calls tbody tr').first().waitFor({ timeout: 30_000 });
      const mark = await page.evaluate(
        "performance.getEntriesByName('dashboard:calls-rendered').map((entry) => entry.startTime)[0]",
      );
      if (typeof mark !== 'number') throw new Error('the page set no dashboard:calls-rendered mark');
      timings.push(mark);
      await context.close();
    }
  } finally {
    await browser.close();
    await gateway.stop();
    await emulator.stop();
  }
  const sorted = [...timings].sort((a, b) => a - b);
  return {
    latencyMs,
    coldMs: timings[0] ?? Number.NaN,
    medianMs: percentile(sorted, 0.5),
    p90Ms: percentile(sorted, 0.9),
    maxMs: sorted.at(-1) ?? Number.NaN,
  };
}

const rows: Row[] = [];
for (const latencyMs of [0, 20]) rows.push(await measure(latencyMs));
const ms = (value: number) => `${Math.round(value)} ms`;
const lines = [
  `First render of the calls list (25 calls), navigation start to rendered, ${samples} fresh browser contexts per row; budget ${ms(BUDGET_MS)}.`,
  `${os.cpus().length} CPUs (load average ${os.loadavg()[0]?.toFixed(1) ?? '?'} at the end), Node ${process.version}, Chromium from ${CHROMIUM}.`,
  '',
  '| upstream latency | first (gateway cold) | median | p90 | max | median within budget |',
  '| ---------------- | -------------------- | ------ | --- | --- | -------------------- |',
  ...rows.map(
    (row) =>
      `| ${row.latencyMs} ms | ${ms(row.coldMs)} | ${ms(row.medianMs)} | ${ms(row.p90Ms)} | ${ms(row.maxMs)} | ${row.medianMs <= BUDGET_MS ? 'yes' : 'no'} |`,
  ),
];
console.log(lines.join('\n'));
mkdirSync(RESULTS, { recursive: true });
writeFileSync(path.join(RESULTS, 'dashboard-latest.md'), `${lines.join('\n')}\n`);
