// The reference dashboard (examples/dashboard), proven in a real browser: Debian's headless Chromium opens the
// built app where the gateway serves it (/dashboard) on a pinned emulator, and each view is compared with the
// emulator's own data or with the gateway's answer to the same question. axe-core checks every view, and the test
// writes the screenshots the README shows (docs/dashboard-*.png).
import { existsSync } from 'node:fs';
import path from 'node:path';

import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { REFERENCE_IDS } from '../src/emulator/seed-reference.js';
import { CallStatisticsDocument } from '../src/generated/client/graphql.js';
import { projectDirectory } from '../src/schema.js';
import { createGateway } from '../src/server.js';
import { CHROMIUM, launchChromium, MISSING_CHROMIUM } from './helpers/browser.js';
import { ensureDashboardBuilt } from './helpers/dashboard-build.js';
import { sendOperation } from './helpers/graphql.js';
import { type Stack, startStack } from './helpers/stack.js';
import { type UpstreamCallLog, upstreamCallLogs, upstreamIds } from './helpers/upstream.js';
import { until } from './helpers/wait.js';

/** Generous: a cold Chromium on a busy CI machine. Waits end as soon as the page shows what is awaited. */
const PAGE_TIMEOUT_MS = 25_000;
const SCREENSHOTS = path.join(projectDirectory(), 'docs');
/** The Calls view's page size (examples/dashboard/src/views/CallsView.tsx). */
const PAGE_SIZE = 25;
/** A range of the pinned data (PINNED_BASE_DATE is 2025-11-01), in days of UTC. */
const STATISTICS_RANGE = { from: '2025-10-01', to: '2025-10-31', timeZone: 'UTC' };

interface Row {
  id: string | null;
  createdAt: string | null;
  duration: string | null;
  contact: string | null;
  agent: string | null;
  actions: string[];
}

/**
 * What the callbacks of `evaluateAll` read of the page's elements (the project compiles without the DOM library:
 * its code runs in Node; these few members are the browser's own).
 */
interface PageElement {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  readonly textContent: string | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  readonly children: ArrayLike<PageElement>;
}

/**
 * A page script (run before the app's): the page's WebSockets, kept so that `liveTest.cut()` closes them as a
 * dropped network would (4499: graphql-ws reconnects), and `liveTest.blocked`, which sends new ones to a path the
 * gateway refuses (404) until the test switches it back: graphql-ws keeps retrying meanwhile.
 */
const CUTTABLE_WEBSOCKETS = `
  const Native = window.WebSocket;
  const liveTest = { sockets: [], blocked: false };
  liveTest.cut = () => {
    liveTest.blocked = true;
    for (const socket of liveTest.sockets) socket.close(4499, 'the test cut the connection');
  };
  window.liveTest = liveTest;
  window.WebSocket = class extends Native {
    constructor(url, protocols) {
      super(liveTest.blocked ? String(url).replace('/graphql', '/offline') : url, protocols);
      liveTest.sockets.push(this);
    }
  };
`;

describe('the dashboard in a browser', () => {
  let stack: Stack | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  const problems: string[] = [];
  /** The graphql-ws `subscribe` messages the page sent, in order. */
  const subscribes: string[] = [];

  beforeAll(async () => {
    // Not a skip: CI installs Chromium (.ci/run), so without it every test here fails with MISSING_CHROMIUM.
    if (!existsSync(CHROMIUM)) return;
    await ensureDashboardBuilt();
    // Every answer fresh from the emulator: the fault below must reach the page, not a remembered response.
    stack = await startStack({ gateway: { responseCache: false } });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  beforeEach(async () => {
    stack?.emulator.faults.clear();
    await page?.context().close();
    page = undefined;
    problems.length = 0;
    subscribes.length = 0;
  });

  function running(): { stack: Stack; browser: Browser } {
    if (!existsSync(CHROMIUM)) throw new Error(MISSING_CHROMIUM);
    if (!stack || !browser) throw new Error('the stack or Chromium did not start');
    return { stack, browser };
  }

  /** A fresh browser context (its own Apollo cache and sessionStorage) on a view of the dashboard. */
  async function open(hash: string, initScript?: string, gatewayUrl?: string): Promise<Page> {
    const { stack, browser } = running();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      timezoneId: 'UTC',
      locale: 'en-US',
    });
    if (initScript !== undefined) await context.addInitScript(initScript);
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('websocket', (socket) => {
      socket.on('framesent', ({ payload }) => {
        if (String(payload).includes('"type":"subscribe"')) subscribes.push(String(payload));
      });
    });
    await page.goto(`${new URL('/dashboard/', gatewayUrl ?? stack.gateway.url).toString()}${hash}`);
    return page;
  }

  async function rows(page: Page): Promise<Row[]> {
    return page.locator('table.calls tbody tr').evaluateAll((nodes) =>
      (nodes as unknown as PageElement[]).map((tr) => {
        const cell = (field: string) => tr.querySelector(`td[data-field="${field}"]`);
        const text = (field: string) => {
          const td = cell(field);
          return td === null || td.hasAttribute('data-null') ? null : (td.textContent ?? '');
        };
        return {
          id: tr.getAttribute('data-id'),
          createdAt: cell('createdAt')?.getAttribute('data-value') ?? null,
          duration: cell('duration')?.getAttribute('data-value') ?? null,
          contact: text('contact'),
          agent: text('agent'),
          actions: Array.from(tr.querySelectorAll('.badge'), (badge) => badge.getAttribute('data-type') ?? ''),
        };
      }),
    );
  }

  /** What the rows must show for these upstream call logs: the emulator's records, names and action types. */
  function expectedRows(stack: Stack, logs: UpstreamCallLog[]): Row[] {
    const store = stack.emulator.store;
    return logs.map((log) => {
      const full = log as UpstreamCallLog & { createdAt: string; duration: number };
      return {
        id: log.id,
        createdAt: new Date(full.createdAt).toISOString(),
        duration: String(full.duration),
        contact: (log.contactId === undefined ? undefined : store.contact(log.contactId)?.name) ?? null,
        agent: log.isAgentDeleted ? null : (store.agent(stack.locationId, log.agentId)?.agentName ?? null),
        actions: [...new Set(log.executedCallActions.map((action) => action.actionType))],
      };
    });
  }

  /** Waits until the table has `count` rows, no more. */
  async function rowCount(page: Page, count: number): Promise<void> {
    await page.locator(`table.calls tbody tr:nth-child(${count})`).waitFor({ timeout: PAGE_TIMEOUT_MS });
    expect(await page.locator('table.calls tbody tr').count()).toBe(count);
  }

  /** No accessibility violation of serious or critical impact on the view as it is now. */
  async function expectAccessible(page: Page): Promise<void> {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const severe = results.violations.filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical',
    );
    expect(severe.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  }

  async function screenshot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: path.join(SCREENSHOTS, `dashboard-${name}.png`) });
  }

  it("lists the calls HighLevel has, newest first, and one agent's calls when filtered", async () => {
    const page = await open('#/calls');
    await rowCount(page, PAGE_SIZE);
    const { stack } = running();
    const { callLogs, total } = await upstreamCallLogs(stack, { page: 1, pageSize: PAGE_SIZE });
    expect(await rows(page)).toEqual(expectedRows(stack, callLogs));
    expect(await page.textContent('table.calls caption')).toBe(`${PAGE_SIZE} of ${total} calls`);
    await expectAccessible(page);
    await screenshot(page, 'calls');

    // The agent filter: the first agent the list named.
    const agentId = await page.locator('select[name="agentId"] option').nth(1).getAttribute('value');
    expect(agentId).toEqual(expect.any(String));
    await page.selectOption('select[name="agentId"]', agentId ?? '');
    const filtered = await upstreamCallLogs(stack, { page: 1, pageSize: PAGE_SIZE, agentId: agentId ?? '' });
    await page
      .locator(`table.calls caption:text-is("${PAGE_SIZE} of ${filtered.total} calls")`)
      .waitFor({ timeout: PAGE_TIMEOUT_MS });
    expect(filtered.total).toBeLessThan(total);
    expect(await rows(page)).toEqual(expectedRows(stack, filtered.callLogs));
    expect(problems).toEqual([]);
  });

  it('"Load more" appends the next page of the connection', async () => {
    const page = await open('#/calls');
    await rowCount(page, PAGE_SIZE);
    await page.click('button.more');
    await rowCount(page, 2 * PAGE_SIZE);
    const { stack } = running();
    expect((await rows(page)).map((row) => row.id)).toEqual(await upstreamIds(stack, 2 * PAGE_SIZE));
  });

  it('shows a call the emulator places at the top of the Live view, highlighted', async () => {
    const page = await open('#/live');
    await page.waitForSelector('.connection[data-state="connected"]', { timeout: PAGE_TIMEOUT_MS });
    await rowCount(page, 10);
    const { stack } = running();
    await stack.emulator.placeCall(stack.locationId);
    const placed = await stack.emulator.placeCall(stack.locationId);
    await page.waitForSelector(`table.calls tbody tr:first-child[data-id="${placed.callLog.id}"]`, {
      timeout: PAGE_TIMEOUT_MS,
    });
    const [top] = await rows(page);
    expect(top).toMatchObject({
      id: placed.callLog.id,
      duration: String(placed.callLog.duration),
      contact: stack.emulator.store.contact(placed.callLog.contactId ?? '')?.name ?? null,
    });
    expect(await page.locator('table.calls tbody tr.new').count()).toBe(2);
    await expectAccessible(page);
    await screenshot(page, 'live');
  });

  it('after a lost connection, reconnects with `since` and shows the call that ended meanwhile', async () => {
    // The page's WebSockets, kept where the test can close them, and a switch that sends new ones to a path the
    // gateway refuses (404), as a network that is down would: graphql-ws keeps retrying until it is switched back.
    const page = await open('#/live', CUTTABLE_WEBSOCKETS);
    await page.waitForSelector('.connection[data-state="connected"]', { timeout: PAGE_TIMEOUT_MS });
    const { stack } = running();
    await until(() => stack.gateway.live.listenerCount === 1);
    expect(subscribes.map((frame) => frame.includes('"since"'))).toEqual([false]);

    await page.evaluate('liveTest.cut()');
    await page.waitForSelector('.connection[data-state="closed"]', { timeout: PAGE_TIMEOUT_MS });
    await until(() => stack.gateway.live.listenerCount === 0);
    // No one is subscribed: the webhook's event reaches nobody, only the replay can bring this call.
    const missed = await stack.emulator.placeCall(stack.locationId);
    await page.evaluate('liveTest.blocked = false');

    await page.waitForSelector(`table.calls tbody tr.new[data-id="${missed.callLog.id}"]`, {
      timeout: PAGE_TIMEOUT_MS,
    });
    await page.waitForSelector('.connection[data-state="connected"]', { timeout: PAGE_TIMEOUT_MS });
    const since = subscribes
      .map((frame) => (JSON.parse(frame) as { payload: { variables: { since?: string } } }).payload.variables.since)
      .filter((value) => value !== undefined);
    expect(since).toHaveLength(1);
    // From before the call ended (it began `duration` seconds before).
    const ended = Date.parse(missed.callLog.createdAt) + missed.callLog.duration * 1000;
    expect(Date.parse(since[0] ?? '')).toBeLessThan(ended);
    // Shown once, however many times it arrived.
    expect(await page.locator(`table.calls tbody tr[data-id="${missed.callLog.id}"]`).count()).toBe(1);
  });

  it("shows HighLevel's reference call log: the conversation, the contact and all eight action cards, the secret masked", async () => {
    const page = await open(`#/calls/${REFERENCE_IDS.callLog}`);
    await page.waitForSelector('article.action', { timeout: PAGE_TIMEOUT_MS });
    const cards = await page
      .locator('article.action')
      .evaluateAll((nodes) =>
        (nodes as unknown as PageElement[]).map((article) => article.getAttribute('data-typename')),
      );
    expect(new Set(cards)).toEqual(
      new Set([
        'CallTransferAction',
        'SmsAction',
        'DataExtractionAction',
        'InCallDataExtractionAction',
        'WorkflowTriggerAction',
        'AppointmentBookingAction',
        'CustomAction',
        'KnowledgeBaseAction',
      ]),
    );
    expect(cards).toHaveLength(8);
    const turns = await page
      .locator('.transcript li')
      .evaluateAll((nodes) =>
        (nodes as unknown as PageElement[]).map((item) => [
          item.getAttribute('data-speaker'),
          item.querySelector('p')?.textContent,
        ]),
      );
    expect(turns).toEqual([
      ['BOT', 'Hello, how can I help you today?'],
      ['HUMAN', 'I would like to know about your pricing...'],
    ]);
    expect(await page.textContent('.card.contact .name')).toBe('John Doe');
    // Each card names what its action did (the transfer number, the workflow, the calendar, the knowledge base…).
    const text = (await page.textContent('main')) ?? '';
    for (const shown of [
      '+12345678901',
      'Your appointment is confirmed for tomorrow at 2 PM',
      'GET https://api.example.com/orders',
    ]) {
      expect(text).toContain(shown);
    }
    // The custom action's secret: masked, as the gateway sends it, and nowhere in the page in clear.
    const secret = page.locator('article[data-typename="CustomAction"] dt:text-is("Secret") + dd');
    expect(await secret.textContent()).toMatch(/^\*+/);
    expect(await page.content()).not.toContain('token123');
    await expectAccessible(page);
    await screenshot(page, 'call');
  });

  it("shows callStatistics' figures for the chosen range and time zone", async () => {
    const page = await open('#/statistics');
    await page.fill('input[name="timeZone"]', STATISTICS_RANGE.timeZone);
    await page.fill('input[name="from"]', STATISTICS_RANGE.from);
    await page.fill('input[name="to"]', STATISTICS_RANGE.to);
    const { stack } = running();
    const response = await stack.query(CallStatisticsDocument, {
      locationId: stack.locationId,
      range: { from: '2025-10-01T00:00:00.000Z', to: '2025-11-01T00:00:00.000Z', timeZone: 'UTC' },
    });
    const statistics = response.data?.callStatistics;
    if (!statistics) throw new Error(`no statistics: ${response.text}`);
    await page.locator(`[data-figure="count"][data-value="${statistics.count}"]`).waitFor({ timeout: PAGE_TIMEOUT_MS });
    const figures = await page
      .locator('[data-figure]')
      .evaluateAll((nodes): Record<string, string | null> =>
        Object.fromEntries(
          (nodes as unknown as PageElement[]).map((item) => [
            item.getAttribute('data-figure') ?? '',
            item.getAttribute('data-value'),
          ]),
        ),
      );
    const { duration } = statistics;
    expect(figures).toEqual({
      count: String(statistics.count),
      liveCount: String(statistics.liveCount),
      trialCount: String(statistics.trialCount),
      average: String(duration.average),
      median: String(duration.median),
      p90: String(duration.p90),
      min: String(duration.min),
      max: String(duration.max),
      total: String(duration.total),
    });
    const table = (id: string) =>
      page
        .locator(`table[data-table="${id}"] tbody tr`)
        .evaluateAll((nodes) =>
          (nodes as unknown as PageElement[]).map((tr) => Array.from(tr.children, (cell) => cell.textContent)),
        );
    expect(await table('byDay')).toEqual(statistics.byDay.map((day) => [day.date, String(day.count)]));
    expect(await table('byHour')).toEqual(
      statistics.byHourOfDay.map((hour) => [`${String(hour.hour).padStart(2, '0')}:00`, String(hour.count)]),
    );
    expect(await table('byAgent')).toEqual(
      statistics.byAgent.map((agent) => [agent.agent?.name ?? 'Deleted agent', String(agent.count)]),
    );
    expect((await table('byActionType')).map((row) => row.slice(1))).toEqual(
      statistics.byActionType.map((item) => [String(item.calls), String(item.executions)]),
    );
    expect(await page.locator('[data-coverage="partial"]').count()).toBe(0);
    expect(await page.locator('canvas').count()).toBe(4);
    await page.locator('h2').click(); // no input focused in the screenshot
    await expectAccessible(page);
    await screenshot(page, 'statistics');
  });

  it('against HighLevel (no credential preset), asks for a token and a location and keeps them in this tab only', async () => {
    const { stack } = running();
    // A gateway of the same upstream that was given no credential for the page, as against the real API.
    const gateway = await createGateway({ upstreamUrl: stack.emulator.url, upstreamRetries: 0, webhooks: false });
    try {
      const page = await open('#/calls', undefined, gateway.url);
      await page.waitForSelector('form input[type="password"]', { timeout: PAGE_TIMEOUT_MS });
      expect(await page.locator('table.calls').count()).toBe(0);
      await expectAccessible(page);
      await page.getByLabel('Token').fill(stack.token);
      await page.getByLabel('Location id').fill(stack.locationId);
      await page.click('button[type="submit"]');
      await rowCount(page, PAGE_SIZE);
      const storage = JSON.parse(
        String(await page.evaluate('JSON.stringify({ session: { ...sessionStorage }, local: { ...localStorage } })')),
      ) as { session: Record<string, string>; local: Record<string, string> };
      expect(storage).toEqual({
        session: { 'dashboard.credentials': JSON.stringify({ token: stack.token, locationId: stack.locationId }) },
        local: {},
      });
      // A reload of the tab keeps it; signing out forgets it.
      await page.reload();
      await rowCount(page, PAGE_SIZE);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForSelector('form input[type="password"]', { timeout: PAGE_TIMEOUT_MS });
      expect(await page.evaluate('sessionStorage.length')).toBe(0);
    } finally {
      await page?.context().close();
      page = undefined;
      await gateway.stop();
    }
  });

  it('says which days partial statistics leave out, beside the figures it has', async () => {
    const { stack } = running();
    // A gateway whose statistics may send 3 requests: a month of calls needs more, so only the newest days count.
    const gateway = await createGateway({
      upstreamUrl: stack.emulator.url,
      upstreamRetries: 0,
      webhooks: false,
      cache: false,
      responseCache: false,
      statistics: { maxUpstreamRequests: 3 },
      dashboardPreset: { token: stack.token, locationId: stack.locationId },
    });
    try {
      const page = await open('#/statistics', undefined, gateway.url);
      await page.fill('input[name="timeZone"]', STATISTICS_RANGE.timeZone);
      await page.fill('input[name="from"]', STATISTICS_RANGE.from);
      await page.fill('input[name="to"]', STATISTICS_RANGE.to);
      const response = await sendOperation(
        gateway.url,
        CallStatisticsDocument,
        {
          locationId: stack.locationId,
          range: { from: '2025-10-01T00:00:00.000Z', to: '2025-11-01T00:00:00.000Z', timeZone: 'UTC' },
        },
        { token: stack.token },
      );
      const statistics = response.data?.callStatistics;
      if (!statistics) throw new Error(`no statistics: ${response.text}`);
      expect(statistics.coverage.complete).toBe(false);
      await page.locator('[data-coverage="partial"]').waitFor({ timeout: PAGE_TIMEOUT_MS });
      const uncounted = statistics.byDay.filter((day) => !day.complete).length;
      expect(uncounted).toBeGreaterThan(0);
      expect(await page.textContent('[data-coverage="partial"]')).toContain(
        `${uncounted} of ${statistics.byDay.length} days are not counted`,
      );
      expect(await page.locator('[role="alert"] [data-code="PARTIAL_STATISTICS"]').count()).toBe(1);
      expect(await page.getAttribute('[data-figure="count"]', 'data-value')).toBe(String(statistics.count));
    } finally {
      await page?.context().close();
      page = undefined;
      await gateway.stop();
    }
  });

  it('shows the calls whose contacts HighLevel fails to return, each contact marked, with one readable message', async () => {
    const { stack } = running();
    stack.emulator.faults.set([{ route: 'contacts.get', status: 500 }]);
    const page = await open('#/calls');
    await rowCount(page, PAGE_SIZE);
    await page.waitForSelector('[role="alert"] [data-code="UPSTREAM_UNAVAILABLE"]', { timeout: PAGE_TIMEOUT_MS });
    const shown = await rows(page);
    const { callLogs } = await upstreamCallLogs(stack, { page: 1, pageSize: PAGE_SIZE });
    const expected = expectedRows(stack, callLogs);
    // Everything but the contacts is there; every call with a contact says its contact is unavailable.
    const withoutContact = (row: Row) => ({ ...row, contact: undefined });
    expect(shown.map(withoutContact)).toEqual(expected.map(withoutContact));
    const marked = await page
      .locator('td[data-field="contact"]')
      .evaluateAll((nodes) => (nodes as unknown as PageElement[]).map((cell) => cell.getAttribute('data-error')));
    expect(marked).toEqual(callLogs.map((log) => (log.contactId === undefined ? null : 'UPSTREAM_UNAVAILABLE')));
    expect(await page.locator('[role="alert"] [data-code]').count()).toBe(1);
    expect(await page.textContent('[role="alert"]')).toContain('HighLevel could not be reached');
  });
});
