// The browser path, proven with a real browser: Debian's headless Chromium opens test/browser/index.html, served
// from another loopback origin than the gateway, which lists call logs cross-origin with fetch (CORS preflight) and
// then runs the same query as an Automatic Persisted Query. The rendered rows are compared with the emulator's data;
// the gateway's side (preflights, the hash-only GETs) is observed through node:http's diagnostics channels.
import { createHash } from 'node:crypto';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  CHROMIUM,
  closeServer,
  launchChromium,
  MISSING_CHROMIUM,
  PAGE_TIMEOUT_MS,
  type PageServer,
  startPageServer,
} from './helpers/browser.js';
import { type Stack, startStack } from './helpers/stack.js';
import { type UpstreamCallLog, upstreamCallLogs } from './helpers/upstream.js';

const PAGE_DIR = new URL('./browser/', import.meta.url);
const PAGE_FILES: Record<string, URL> = {
  '/': new URL('index.html', PAGE_DIR),
  '/index.html': new URL('index.html', PAGE_DIR),
  '/app.js': new URL('app.js', PAGE_DIR),
};

interface SeenRequest {
  method: string;
  url: string;
  origin: string | undefined;
  preflightMethod: string | undefined;
  preflightHeaders: string | undefined;
  status?: number;
}

interface RenderedRow {
  id: string | null;
  createdAt: string | null;
  duration: string | null;
  contact: string | null;
  agent: string | null;
}

const header = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value.join(', ') : value;

describe('a browser page on another origin', () => {
  let stack: Stack | undefined;
  let browser: Browser | undefined;
  let listed: PageServer | undefined;
  let unlisted: PageServer | undefined;
  /** Every request the gateway received, in order. */
  const seen: SeenRequest[] = [];
  let gatewayPort = '';
  const onRequestStart = (message: unknown): void => {
    const { request, response, server } = message as {
      request: IncomingMessage;
      response: ServerResponse;
      server: Server;
    };
    if (String((server.address() as AddressInfo | null)?.port) !== gatewayPort) return;
    const entry: SeenRequest = {
      method: request.method ?? '',
      url: request.url ?? '',
      origin: header(request.headers.origin),
      preflightMethod: header(request.headers['access-control-request-method']),
      preflightHeaders: header(request.headers['access-control-request-headers']),
    };
    seen.push(entry);
    response.once('finish', () => {
      entry.status = response.statusCode;
    });
  };

  beforeAll(async () => {
    // Not a skip: CI installs Chromium (.ci/run), so without it every test here fails with MISSING_CHROMIUM.
    if (!existsSync(CHROMIUM)) return;
    listed = await startPageServer(PAGE_FILES);
    unlisted = await startPageServer(PAGE_FILES);
    // The page comes from http://127.0.0.1:<port>; the gateway is reached as http://localhost:<other port>.
    stack = await startStack({ gateway: { host: 'localhost', corsOrigins: [listed.origin] } });
    gatewayPort = new URL(stack.gateway.url).port;
    subscribe('http.server.request.start', onRequestStart);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    unsubscribe('http.server.request.start', onRequestStart);
    await browser?.close();
    await Promise.all([closeServer(listed?.server), closeServer(unlisted?.server)]);
    await stack?.stop();
  });

  /** What beforeAll started; throws when it could not (first of all: no Chromium). */
  function running(): { stack: Stack; browser: Browser; listed: PageServer; unlisted: PageServer } {
    if (!existsSync(CHROMIUM)) throw new Error(MISSING_CHROMIUM);
    if (!stack || !browser || !listed || !unlisted) throw new Error('the stack or Chromium did not start');
    return { stack, browser, listed, unlisted };
  }

  /**
   * Opens the page from the listed or the unlisted page server in a fresh context and waits until it reports done or error. `responses`: the
   * gateway's answers as the browser received them (preflights are not among them).
   */
  async function openPage(which: 'listed' | 'unlisted'): Promise<{
    stack: Stack;
    origin: string;
    page: Page;
    state: string | null;
    problems: string[];
    responses: { method: string; status: number; allowOrigin: string | undefined }[];
  }> {
    const { stack, browser, listed, unlisted } = running();
    const origin = (which === 'listed' ? listed : unlisted).origin;
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    const responses: { method: string; status: number; allowOrigin: string | undefined }[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('response', (response) => {
      if (!response.url().startsWith(stack.gateway.url)) return;
      responses.push({
        method: response.request().method(),
        status: response.status(),
        allowOrigin: response.headers()['access-control-allow-origin'],
      });
    });
    const query = new URLSearchParams({ gateway: stack.gateway.url, token: stack.token, locationId: stack.locationId });
    await page.goto(`${origin}/index.html?${query.toString()}`);
    await page.waitForSelector('body[data-state="done"], body[data-state="error"]', { timeout: PAGE_TIMEOUT_MS });
    return { stack, origin, page, state: await page.getAttribute('body', 'data-state'), problems, responses };
  }

  it('renders the call logs HighLevel has, and runs the same query by its APQ hash', async () => {
    const { stack, origin, page, state, problems, responses } = await openPage('listed');
    const pageError = await page.textContent('#error');
    expect(state, `the page failed: ${pageError ?? ''} ${problems.join('; ')}`).toBe('done');

    const rows: RenderedRow[] = [];
    for (const tr of await page.locator('#rows tr').all()) {
      const field = async (name: string): Promise<string | null> => {
        const td = tr.locator(`td[data-field="${name}"]`);
        return (await td.getAttribute('data-null')) === null ? await td.textContent() : null;
      };
      rows.push({
        id: await tr.getAttribute('data-id'),
        createdAt: await field('createdAt'),
        duration: await field('duration'),
        contact: await field('contact'),
        agent: await field('agent'),
      });
    }

    // The oracle: the emulator's first page of 10, and the names its contact and agent records carry.
    const { callLogs } = await upstreamCallLogs(stack, { page: 1, pageSize: 10 });
    const logs = callLogs as (UpstreamCallLog & { createdAt: string; duration: number })[];
    expect(logs).toHaveLength(10);
    const store = stack.emulator.store;
    const expected: RenderedRow[] = logs.map((log) => ({
      id: log.id,
      createdAt: new Date(log.createdAt).toISOString(),
      duration: String(log.duration),
      contact: (log.contactId === undefined ? undefined : store.contact(log.contactId)?.name) ?? null,
      agent: log.isAgentDeleted ? null : (store.agent(stack.locationId, log.agentId)?.agentName ?? null),
    }));
    expect(rows.map((row) => ({ ...row, createdAt: row.createdAt && new Date(row.createdAt).toISOString() }))).toEqual(
      expected,
    );
    // The comparison means something only if the page shows real names.
    expect(rows.filter((row) => row.contact !== null && row.agent !== null).length).toBeGreaterThan(0);

    // APQ: the page's marker, and the hash it computed with crypto.subtle is the query's SHA-256.
    const marker = page.locator('#apq[data-apq="ok"]');
    await marker.waitFor({ timeout: PAGE_TIMEOUT_MS });
    expect(await marker.getAttribute('data-apq-rows')).toBe('10');
    const apqHash = await marker.getAttribute('data-apq-hash');
    const appJs = await readFile(new URL('app.js', PAGE_DIR), 'utf8');
    const queryText = /const QUERY = `([^`]*)`/.exec(appJs)?.[1] ?? '';
    expect(apqHash).toBe(createHash('sha256').update(queryText).digest('hex'));

    // The gateway saw the browser's preflights (the page's Authorization header forces them), then the query, the
    // hash alone, the registration and the hash alone again.
    const fromPage = seen.filter((request) => request.origin === origin);
    const preflights = fromPage.filter((request) => request.method === 'OPTIONS');
    expect(preflights.length).toBeGreaterThan(0);
    for (const preflight of preflights) {
      expect(preflight).toMatchObject({ status: 204, preflightMethod: expect.stringMatching(/^(GET|POST)$/) });
      expect(preflight.preflightHeaders).toMatch(/authorization/);
    }
    const requests = fromPage.filter((request) => request.method !== 'OPTIONS');
    expect(requests.map((request) => `${request.method} ${request.status}`)).toEqual([
      'POST 200',
      'GET 200',
      'POST 200',
      'GET 200',
    ]);
    for (const get of requests.filter((request) => request.method === 'GET')) {
      const params = new URL(get.url, 'http://gateway').searchParams;
      expect(params.has('query')).toBe(false);
      expect(params.get('extensions')).toContain(apqHash);
    }
    // And the browser got each answer with the CORS grant for the page's origin.
    expect(responses).toEqual(
      ['POST', 'GET', 'POST', 'GET'].map((method) => ({ method, status: 200, allowOrigin: origin })),
    );
  });

  it('gets no CORS grant from an origin the gateway does not list', async () => {
    const { origin, page, state, responses } = await openPage('unlisted');
    expect(state).toBe('error');
    expect(responses).toEqual([]);
    expect(await page.textContent('#error')).toContain('Failed to fetch');
    expect(await page.$$('#rows tr')).toHaveLength(0);
    const fromPage = seen.filter((request) => request.origin === origin);
    // The browser asked, the gateway did not grant, so the query itself was never sent.
    expect(fromPage.map((request) => request.method)).toEqual(['OPTIONS']);
  });
});
