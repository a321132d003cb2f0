// How the gateway serves the reference dashboard: at /dashboard when DASHBOARD is on (outside production by
// default), the emulator's credential preset only when given (npm start gives the embedded emulator's), nothing at
// all when off; and the app's budget: its JavaScript, gzipped, at most 300 KB.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { DashboardCallsDocument } from '../examples/dashboard/src/generated/graphql.js';
import { startEmulator } from '../src/emulator/server.js';
import { projectDirectory } from '../src/schema.js';
import { createGateway, type Gateway } from '../src/server.js';
import { ensureDashboardBuilt } from './helpers/dashboard-build.js';
import { type Stack, startStack } from './helpers/stack.js';

/** The budget for the whole app's JavaScript, gzipped. */
const BUDGET_BYTES = 300 * 1024;

let directory = '';
beforeAll(async () => {
  directory = await ensureDashboardBuilt();
}, 120_000);

describe('with DASHBOARD on (the default outside production)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());
  const at = (route: string) => fetch(new URL(route, stack.gateway.url), { redirect: 'manual' });

  it('serves the app at /dashboard/, its assets cached for good, the page confined to its own origin', async () => {
    const redirect = await at('/dashboard');
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('/dashboard/');
    const page = await at('/dashboard/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const html = await page.text();
    const script = /src="(\/dashboard\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toEqual(expect.any(String));
    const asset = await at(script ?? '');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(stack.emulator.requests.all()).toEqual([]);
  });

  it("tells the page the credential it was given (the emulator's), and never caches that answer", async () => {
    const config = await at('/dashboard/config.json');
    expect(config.headers.get('cache-control')).toBe('no-store');
    expect(await config.json()).toEqual({ preset: { token: stack.token, locationId: stack.locationId } });
  });
});

describe('a gateway given no credential for the page (against HighLevel)', () => {
  let gateway: Gateway;
  let stopEmulator: () => Promise<void>;
  beforeAll(async () => {
    const emulator = await startEmulator();
    stopEmulator = () => emulator.stop();
    gateway = await createGateway({ upstreamUrl: emulator.url, webhooks: false });
  });
  afterAll(async () => {
    await gateway.stop();
    await stopEmulator();
  });

  it('tells the page nothing: it asks for a token and a location', async () => {
    const config = await fetch(new URL('/dashboard/config.json', gateway.url));
    expect(await config.json()).toEqual({ preset: null });
  });
});

describe.each([
  ['DASHBOARD off', { dashboard: false }],
  ['production, where it is off by default', { production: true }],
])('with %s', (_label, settings) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gateway: settings });
  });
  afterAll(() => stack.stop());

  it('serves no page, no asset and no credential', async () => {
    for (const route of ['/dashboard', '/dashboard/', '/dashboard/config.json', '/dashboard/index.html']) {
      expect((await fetch(new URL(route, stack.gateway.url), { redirect: 'manual' })).status, route).toBe(404);
    }
  });
});

describe('with OPERATION_SAFELIST on', () => {
  let stack: Stack;
  afterEach(() => stack.stop());

  it("runs the dashboard's own operations while it serves the dashboard", async () => {
    stack = await startStack({ gateway: { safelist: true } });
    const response = await stack.query(DashboardCallsDocument, { locationId: stack.locationId, first: 2 });
    expect(response.errors).toBeUndefined();
    expect(response.data?.callLogs?.edges).toHaveLength(2);
  });

  it('refuses them when the dashboard is off: only operations/*.graphql run', async () => {
    stack = await startStack({ gateway: { safelist: true, dashboard: false } });
    const response = await stack.query(DashboardCallsDocument, { locationId: stack.locationId, first: 2 });
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
    expect(stack.emulator.requests.all()).toEqual([]);
  });
});

describe("the app's budget", () => {
  it('ships at most 300 KB of JavaScript, gzipped', () => {
    const assets = path.join(directory, 'assets');
    const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(assets, file))).length, 0);
    console.log(`dashboard JavaScript: ${(gzipped / 1024).toFixed(1)} KB gzipped in ${scripts.length} file(s)`);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('needs no frontend library at run time: they are development dependencies only', () => {
    const manifest = JSON.parse(readFileSync(path.join(projectDirectory(), 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    for (const library of ['react', 'react-dom', 'vite', 'chart.js', 'react-chartjs-2', '@apollo/client']) {
      expect(manifest.dependencies[library], library).toBeUndefined();
      expect(manifest.devDependencies[library], library).toEqual(expect.any(String));
    }
  });
});
