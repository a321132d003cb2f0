// Live calls in a real browser: Debian's headless Chromium opens test/browser/live.html from another loopback origin
// than the gateway; the page subscribes to callLogCreated over graphql-ws with graphql-ws's own browser bundle (served
// by the test's page server), the token in connection_init's payload, and renders each call it receives. The emulator
// places a call and POSTs its signed VoiceAiCallEnd to the gateway; the page must show that call, and only that one,
// with the contact name the emulator holds. From an origin the gateway does not list, the upgrade is refused with 403
// before any WebSocket exists (cross-site WebSocket hijacking). The WebSocket handshakes are observed as Chromium
// saw them, through the DevTools protocol (the request's Origin, the gateway's status).
import { existsSync } from 'node:fs';

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
import { countsByRoute } from './helpers/emulator-log.js';
import { type Stack, startStack } from './helpers/stack.js';
import { until } from './helpers/wait.js';

const PAGE_FILES: Record<string, URL> = {
  '/live.html': new URL('./browser/live.html', import.meta.url),
  '/live.js': new URL('./browser/live.js', import.meta.url),
  '/graphql-ws.min.js': new URL('../node_modules/graphql-ws/umd/graphql-ws.min.js', import.meta.url),
};

/** One WebSocket handshake as Chromium's network stack saw it. */
interface Handshake {
  url: string;
  origin: string | undefined;
  /** The gateway's answer to an upgrade it accepted (101). */
  status?: number;
  /** What Chromium reported when the socket failed: a refused upgrade's status is only told here. */
  error?: string;
}

interface OpenedPage {
  page: Page;
  origin: string;
  /** The page's WebSocket handshakes so far. */
  handshakes: () => Handshake[];
  /** Console errors and uncaught page errors. */
  problems: string[];
}

describe('a browser page on another origin, live', () => {
  let stack: Stack | undefined;
  let browser: Browser | undefined;
  let listed: PageServer | undefined;
  let unlisted: PageServer | undefined;

  beforeAll(async () => {
    // Not a skip: CI installs Chromium (.ci/run), so without it every test here fails with MISSING_CHROMIUM.
    if (!existsSync(CHROMIUM)) return;
    listed = await startPageServer(PAGE_FILES);
    unlisted = await startPageServer(PAGE_FILES);
    // The page comes from http://127.0.0.1:<port>; the gateway is reached as http://localhost:<other port>.
    stack = await startStack({ gateway: { host: 'localhost', corsOrigins: [listed.origin] } });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([closeServer(listed?.server), closeServer(unlisted?.server)]);
    await stack?.stop();
  });

  function running(): { stack: Stack; browser: Browser; listed: PageServer; unlisted: PageServer } {
    if (!existsSync(CHROMIUM)) throw new Error(MISSING_CHROMIUM);
    if (!stack || !browser || !listed || !unlisted) throw new Error('the stack or Chromium did not start');
    return { stack, browser, listed, unlisted };
  }

  /** Opens live.html from the listed or the unlisted origin in a fresh context, its handshakes recorded. */
  async function openPage(which: 'listed' | 'unlisted', locationId: string, token: string): Promise<OpenedPage> {
    const { stack, browser, listed, unlisted } = running();
    const origin = (which === 'listed' ? listed : unlisted).origin;
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const handshakes = new Map<string, Handshake>();
    const cdp = await context.newCDPSession(page);
    cdp.on('Network.webSocketWillSendHandshakeRequest', ({ requestId, request }) => {
      const origin = Object.entries(request.headers).find(([name]) => name.toLowerCase() === 'origin')?.[1];
      handshakes.set(requestId, { url: '', ...handshakes.get(requestId), origin: String(origin) });
    });
    cdp.on('Network.webSocketCreated', ({ requestId, url }) => {
      handshakes.set(requestId, { origin: undefined, ...handshakes.get(requestId), url });
    });
    cdp.on('Network.webSocketHandshakeResponseReceived', ({ requestId, response }) => {
      const handshake = handshakes.get(requestId);
      if (handshake) handshake.status = response.status;
    });
    cdp.on('Network.webSocketFrameError', ({ requestId, errorMessage }) => {
      const handshake = handshakes.get(requestId);
      if (handshake) handshake.error = errorMessage;
    });
    await cdp.send('Network.enable');
    const query = new URLSearchParams({ gateway: stack.gateway.url, token, locationId });
    await page.goto(`${origin}/live.html?${query.toString()}`);
    return {
      page,
      origin,
      problems,
      handshakes: () => [...handshakes.values()],
    };
  }

  it('shows the call the emulator places, with the contact name the emulator holds', async () => {
    const { stack } = running();
    const [location1 = '', location2 = ''] = stack.emulator.locations;
    stack.emulator.requests.clear();
    const { page, origin, handshakes, problems } = await openPage('listed', location1, stack.token);
    await page.waitForSelector('body[data-state="connected"], body[data-state="error"]', { timeout: PAGE_TIMEOUT_MS });
    expect(await page.getAttribute('body', 'data-state'), `${await page.textContent('#error')}`).toBe('connected');
    // Subscribed once the gateway listens for the location (its access check answered).
    await until(() => stack.gateway.live.listenerCount === 1, PAGE_TIMEOUT_MS);
    expect(countsByRoute(stack.emulator)).toEqual({ 'callLogs.list': 1 });
    stack.emulator.requests.clear();

    // A call of another location first: were it delivered, it would be queued, and shown, before the next one.
    const elsewhere = await stack.emulator.placeCall(location2);
    const placed = await stack.emulator.placeCall(location1);
    expect([...elsewhere.deliveries, ...placed.deliveries].map((delivery) => delivery.status)).toEqual([200, 200]);
    await page.waitForSelector(`#calls tr[data-id="${placed.callLog.id}"]`, { timeout: PAGE_TIMEOUT_MS });

    const rows: { id: string | null; contact: string | null }[] = [];
    for (const tr of await page.locator('#calls tr').all()) {
      const contact = tr.locator('td[data-field="contact"]');
      rows.push({
        id: await tr.getAttribute('data-id'),
        contact: (await contact.getAttribute('data-null')) === null ? await contact.textContent() : null,
      });
    }
    const contactId = placed.callLog.contactId ?? '';
    const name = stack.emulator.store.contact(contactId)?.name;
    expect(name).toEqual(expect.any(String));
    expect(rows).toEqual([{ id: placed.callLog.id, contact: name }]);
    // The event's one reference, read with the page's token; nothing else went upstream.
    expect(stack.emulator.requests.all().map((request) => request.route)).toEqual(['contacts.get']);
    expect(await page.getAttribute('body', 'data-state')).toBe('connected');
    expect(problems).toEqual([]);
    // One socket, opened from the page's origin and accepted.
    expect(handshakes()).toEqual([
      { url: expect.stringMatching(/^ws:\/\/localhost:\d+\/graphql$/), origin, status: 101 },
    ]);

    await page.context().close();
    await until(() => stack.gateway.live.listenerCount === 0);
  });

  it('cannot open a WebSocket from an origin the gateway does not list: the upgrade is refused with 403', async () => {
    const { stack } = running();
    stack.emulator.requests.clear();
    const { page, origin, handshakes, problems } = await openPage('unlisted', stack.locationId, stack.token);
    await page.waitForSelector('body[data-state="error"], body[data-state="connected"]', { timeout: PAGE_TIMEOUT_MS });
    expect(await page.getAttribute('body', 'data-state')).toBe('error');
    // The page saw the socket fail, then close abnormally (1006: no close frame, there was never a WebSocket).
    expect(await page.getAttribute('body', 'data-socket-error')).toBe('true');
    expect(await page.getAttribute('body', 'data-close-code')).toBe('1006');
    expect(await page.textContent('#error')).toBe('socket error');
    // Chromium sent the page's Origin and got the gateway's 403 to the upgrade.
    expect(handshakes()).toEqual([
      {
        url: expect.stringMatching(/^ws:\/\/localhost:\d+\/graphql$/),
        origin,
        error: 'Error during WebSocket handshake: Unexpected response code: 403',
      },
    ]);
    expect(problems.join('\n')).toMatch(/WebSocket connection to 'ws:\/\/localhost:\d+\/graphql' failed.*403/);
    // Nothing ran at the gateway: no subscription, no access check upstream.
    expect(stack.gateway.live.listenerCount).toBe(0);
    expect(stack.emulator.requests.all()).toEqual([]);
    await page.context().close();
  });
});
