// A live subscriber's watch (src/live/live-watches.ts), against the real emulator over loopback HTTP: one watch per
// (credential, location), its access checked with one list request that is also the polls' baseline; one poll per
// interval, whatever the subscribers; calls found by polling published once (a webhook of the same call too), masked
// as the webhook path masks them; HighLevel's 401/403 refuse a subscriber, or end every subscription of the watch;
// a JWT's claim refuses a location without a request and its expiry ends the subscription; no request after the last
// subscriber leaves, nor after close().
import { SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createAuthenticator } from '../src/auth.js';
import type { Caller } from '../src/caller.js';
import type { CallLogCreatedEvent } from '../src/live/events.js';
import type { Leadership } from '../src/live/leadership.js';
import { LiveWatches, type Watch } from '../src/live/live-watches.js';
import { WEBHOOK_PATH } from '../src/live/webhook-route.js';
import { createLogger } from '../src/observability/logger.js';
import { createMetrics, type GatewayMetrics } from '../src/observability/metrics.js';
import { redactSecrets } from '../src/resolvers/secrets.js';
import type { UpstreamHttp } from '../src/upstream/http.js';
import { tokenHash } from './helpers/emulator-log.js';
import { type Stack, startStack, upstreamHttpFor } from './helpers/stack.js';
import { until } from './helpers/wait.js';

const INTERVAL_MS = 200;
/** Polls and requests are counted, never timed: a busy machine only makes the conditions take longer. */
const WAIT_MS = 15_000;

let stack: Stack;
let location1: string;
let location2: string;
const logLines: string[] = [];

beforeAll(async () => {
  stack = await startStack({
    gateway: {
      livePollIntervalMs: INTERVAL_MS,
      logger: createLogger({ level: 'debug', destination: { write: (line: string) => void logLines.push(line) } }),
    },
  });
  [location1 = '', location2 = ''] = stack.emulator.locations;
});
afterAll(() => stack.stop());

let releases: (() => void)[] = [];
beforeEach(() => {
  // Only polling finds the calls placed here, unless a test sends their webhook itself.
  stack.emulator.webhooks.setTargets([]);
});
afterEach(() => {
  for (const release of releases) release();
  releases = [];
  stack.emulator.faults.clear();
});

/** A credential no other test watches with: a tenant of its own. */
function tenant(locationId = location1): Caller {
  return { token: stack.emulator.mintToken(locationId), readableLocations: null };
}

async function watch(watches: LiveWatches, caller: Caller, locationId = location1): Promise<Watch> {
  const handle = await watches.watch({ caller, locationId });
  releases.push(() => {
    handle.release();
  });
  return handle;
}

/** The call-log list requests the emulator received with `token`, answered or not. */
function lists(token: string | null): { status: number; query: Record<string, string> }[] {
  const hash = token === null ? null : tokenHash(token);
  return stack.emulator.requests.all().filter((entry) => entry.route === 'callLogs.list' && entry.tokenHash === hash);
}

/** gateway_live_polls_total by `kind,outcome`, summed over `kinds` (default: every kind). */
async function polls(metrics: GatewayMetrics, ...kinds: string[]): Promise<number> {
  const metric = await metrics.registry.getSingleMetric('gateway_live_polls_total')?.get();
  return (metric?.values ?? [])
    .filter(({ labels }) => kinds.length === 0 || kinds.includes(String(labels['kind'])))
    .reduce((sum, { value }) => sum + value, 0);
}

async function counter(metrics: GatewayMetrics, name: string, labels: Record<string, string> = {}): Promise<number> {
  const metric = await metrics.registry.getSingleMetric(name)?.get();
  return (metric?.values ?? [])
    .filter((value) => Object.entries(labels).every(([label, wanted]) => value.labels[label] === wanted))
    .reduce((sum, { value }) => sum + value, 0);
}

function record(locationId: string): CallLogCreatedEvent[] {
  const events: CallLogCreatedEvent[] = [];
  releases.push(stack.gateway.live.subscribe(locationId, (event) => events.push(event)));
  return events;
}

/**
 * Another watch that keeps polling: once it has polled `count` more times, a released watch would have polled too,
 * had it not stopped. The proof of "no further request" is counted, not timed.
 */
async function pollsElsewhere(count: number, watches = stack.gateway.watches): Promise<void> {
  const clock = tenant(location2);
  await watch(watches, clock, location2);
  await until(() => lists(clock.token).filter((entry) => entry.status !== 0).length >= 1 + count, WAIT_MS);
}

describe('one watch per credential and location', () => {
  it('costs 50 subscribers one list request at subscribe and one per poll, and none once the last one leaves', async () => {
    const { metrics, watches } = stack.gateway;
    const caller = tenant();
    const pollsBefore = await polls(metrics);
    const baselinesBefore = await polls(metrics, 'baseline');
    const watchesBefore = watches.size;
    const handles = await Promise.all(
      Array.from({ length: 50 }, () => watches.watch({ caller, locationId: location1 })),
    );
    expect(watches.size).toBe(watchesBefore + 1);
    expect(lists(caller.token)).toHaveLength(1);
    expect(lists(caller.token)[0]?.query).toMatchObject({ locationId: location1, page: '1', sortBy: 'createdAt' });
    expect(await polls(metrics, 'baseline')).toBe(baselinesBefore + 1);

    await until(async () => (await polls(metrics, 'poll')) - pollsBefore >= 3, WAIT_MS);
    // 49 leave: the watch goes on for the last one.
    for (const handle of handles.slice(1)) handle.release();
    const polled = (await polls(metrics)) - pollsBefore;
    await until(async () => (await polls(metrics)) - pollsBefore >= polled + 2, WAIT_MS);
    handles[0]?.release();
    handles[0]?.release();
    expect(watches.size).toBe(watchesBefore);

    // Once the poll in flight at the release (if any) is answered and counted, this watch's requests are all in.
    // Exactly one request per poll counted (the baseline is one too): 50 subscribers cost what one does.
    await until(async () => lists(caller.token).length === (await polls(metrics)) - pollsBefore, WAIT_MS);
    const made = lists(caller.token).length;
    expect(made).toBeGreaterThanOrEqual(1 + 5);
    expect(await polls(metrics, 'baseline')).toBe(baselinesBefore + 1);
    await pollsElsewhere(3);
    expect(lists(caller.token)).toHaveLength(made);
  });

  it('shares nothing between credentials, nor between locations of one credential', async () => {
    const { watches } = stack.gateway;
    const agency = { token: stack.emulator.tokens.agency, readableLocations: null };
    const own = tenant();
    const before = stack.emulator.requests.count({ route: 'callLogs.list' });
    await Promise.all([watch(watches, own), watch(watches, agency), watch(watches, agency, location2)]);
    expect(stack.emulator.requests.count({ route: 'callLogs.list' }) - before).toBe(3);
  });
});

describe('calls found by polling', () => {
  it('are published once, masked as the webhook path masks them, and not again when their webhook arrives', async () => {
    const { metrics, watches } = stack.gateway;
    const events = record(location1);
    await watch(watches, tenant());
    // Two credentials watch the location: each polls, the call is published once.
    await watch(watches, tenant());
    const placed = await stack.emulator.placeCall(location1);
    expect(placed.deliveries).toEqual([]);
    await until(() => events.length === 1, WAIT_MS);
    const [event] = events;
    expect(event).toEqual({ kind: 'callLogCreated', locationId: location1, callLog: redactSecrets(placed.callLog) });
    const custom = placed.callLog.executedCallActions.find((action) => action.actionType === 'CUSTOM_ACTION');
    const secret = (custom?.actionParameters as { apiDetails?: { authenticationValue?: string } } | undefined)
      ?.apiDetails?.authenticationValue;
    expect(secret).toEqual(expect.any(String));
    expect(JSON.stringify(event)).not.toContain(secret);
    expect(Object.isFrozen(event?.callLog)).toBe(true);

    // The webhook of the same call, late: a duplicate.
    stack.emulator.webhooks.setTargets([new URL(WEBHOOK_PATH, stack.gateway.url).toString()]);
    const [delivery] = await stack.emulator.webhooks.send(placed.body);
    expect(delivery?.status).toBe(200);
    const pollsNow = await polls(metrics, 'poll');
    await until(async () => (await polls(metrics, 'poll')) >= pollsNow + 4, WAIT_MS);
    expect(events.map((published) => published.callLog.id)).toEqual([placed.callLog.id]);
  });

  it('are not published again when their webhook came first', async () => {
    const { metrics, watches } = stack.gateway;
    const events = record(location1);
    await watch(watches, tenant());
    stack.emulator.webhooks.setTargets([new URL(WEBHOOK_PATH, stack.gateway.url).toString()]);
    const duplicates = await counter(metrics, 'gateway_live_poll_calls_total', { outcome: 'duplicate' });
    const placed = await stack.emulator.placeCall(location1);
    expect(placed.deliveries[0]?.status).toBe(200);
    expect(events.map((published) => published.webhookId)).toEqual([expect.any(String)]);
    // The poll finds it too, and meets the webhook's claim.
    await until(
      async () => (await counter(metrics, 'gateway_live_poll_calls_total', { outcome: 'duplicate' })) > duplicates,
      WAIT_MS,
    );
    expect(events.map((published) => published.callLog.id)).toEqual([placed.callLog.id]);
  });
});

describe('access', () => {
  it('refuses a token HighLevel refuses for the location with its code, after one request, and asks no more', async () => {
    const { watches } = stack.gateway;
    const otherLocation = tenant(location2);
    const size = watches.size;
    const refusal = await watches
      .watch({ caller: otherLocation, locationId: location1 })
      .catch((error: unknown) => error);
    expect(refusal).toMatchObject({ extensions: { code: 'FORBIDDEN', upstreamStatus: 403 } });
    const unknown = { token: 'not-a-token-of-highlevel', readableLocations: null };
    const unauthenticated = await watches
      .watch({ caller: unknown, locationId: location1 })
      .catch((error: unknown) => error);
    expect(unauthenticated).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', upstreamStatus: 401 } });
    expect(watches.size).toBe(size);
    // Nor does a refused watch stand for a later subscriber: each asks again.
    await expect(watches.watch({ caller: otherLocation, locationId: location1 })).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    await pollsElsewhere(3);
    expect(lists(otherLocation.token)).toHaveLength(2);
    expect(lists(unknown.token)).toHaveLength(1);
  });

  it('refuses what no request may be made of, without one: no credential, an id that is none', async () => {
    const { watches } = stack.gateway;
    const before = stack.emulator.requests.count();
    await expect(
      watches.watch({ caller: { token: null, readableLocations: null }, locationId: location1 }),
    ).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(watches.watch({ caller: tenant(), locationId: '../contacts' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(stack.emulator.requests.count()).toBe(before);
  });

  it('ends every subscription of a credential HighLevel stops accepting, with its code, and asks no more', async () => {
    const { metrics, watches } = stack.gateway;
    const caller = tenant();
    const handles = await Promise.all([1, 2, 3].map(() => watch(watches, caller)));
    const bystander = await watch(watches, tenant());
    const withdrawn = await counter(metrics, 'gateway_live_access_withdrawn_total');
    const size = watches.size;
    stack.emulator.revokeToken(caller.token ?? '');
    const errors = await Promise.all(handles.map((handle) => handle.ended));
    for (const error of errors)
      expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', upstreamStatus: 401 });
    expect(watches.size).toBe(size - 1);
    expect(await counter(metrics, 'gateway_live_access_withdrawn_total')).toBe(withdrawn + 1);
    const made = lists(caller.token).length;
    expect(lists(caller.token).at(-1)?.status).toBe(401);
    await pollsElsewhere(3);
    expect(lists(caller.token)).toHaveLength(made);
    // The other credential's subscription goes on.
    expect(await Promise.race([bystander.ended, Promise.resolve('going on')])).toBe('going on');
    const line = logLines.find((text) => text.includes('withdrew access'));
    expect(line).toEqual(expect.stringContaining(location1));
    expect(logLines.join('\n')).not.toContain(caller.token);
  });

  it('ends them with FORBIDDEN when HighLevel answers 403 later', async () => {
    const caller = tenant();
    const handle = await watch(stack.gateway.watches, caller);
    stack.emulator.faults.set([{ route: 'callLogs.list', status: 403, times: 1 }]);
    const error = await handle.ended;
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', upstreamStatus: 403 });
  });

  it('goes on through a poll that fails otherwise (HighLevel down for a moment)', async () => {
    const { metrics } = stack.gateway;
    const events = record(location1);
    const handle = await watch(stack.gateway.watches, tenant());
    const failed = await counter(metrics, 'gateway_live_polls_total', { kind: 'poll', outcome: 'failed' });
    stack.emulator.faults.set([{ route: 'callLogs.list', status: 500, times: 2 }]);
    await until(
      async () => (await counter(metrics, 'gateway_live_polls_total', { kind: 'poll', outcome: 'failed' })) > failed,
      WAIT_MS,
    );
    const placed = await stack.emulator.placeCall(location1);
    await until(() => events.some((event) => event.callLog.id === placed.callLog.id), WAIT_MS);
    expect(await Promise.race([handle.ended, Promise.resolve('going on')])).toBe('going on');
  });
});

describe('service-token mode', () => {
  const SECRET = 'a-test-secret-of-at-least-32-bytes-long';
  const authenticate = () =>
    createAuthenticator({
      mode: 'service',
      serviceToken: stack.emulator.tokens.agency,
      jwtSecret: SECRET,
      issuer: 'test-issuer',
      audience: 'test-audience',
      locationsClaim: 'locations',
    });
  const jwt = (locations: string[], expiresIn = '5m') =>
    new SignJWT({ locations })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('test-issuer')
      .setAudience('test-audience')
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(new TextEncoder().encode(SECRET));

  it("refuses a location the JWT's claim lacks with FORBIDDEN and no request; watches the rest with the service token", async () => {
    const caller = await authenticate()(`Bearer ${await jwt([location1])}`);
    expect(caller.expiresAt).toBeGreaterThan(Date.now());
    const before = stack.emulator.requests.count();
    await expect(stack.gateway.watches.watch({ caller, locationId: location2 })).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    expect(stack.emulator.requests.count()).toBe(before);
    const agencyLists = lists(stack.emulator.tokens.agency).length;
    await watch(stack.gateway.watches, caller);
    expect(lists(stack.emulator.tokens.agency).length).toBeGreaterThanOrEqual(agencyLists + 1);
  });

  it("ends a subscriber's subscription when its JWT expires, and no other's", async () => {
    const [short, long] = await Promise.all([
      authenticate()(`Bearer ${await jwt([location1], '2s')}`),
      authenticate()(`Bearer ${await jwt([location1])}`),
    ]);
    const [expiring, lasting] = await Promise.all([
      watch(stack.gateway.watches, short),
      watch(stack.gateway.watches, long),
    ]);
    const error = await expiring.ended;
    expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(Date.now()).toBeGreaterThanOrEqual(short.expiresAt ?? Infinity);
    expect(await Promise.race([lasting.ended, Promise.resolve('going on')])).toBe('going on');
    await expect(stack.gateway.watches.watch({ caller: short, locationId: location1 })).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('a watch of its own', () => {
  let http: UpstreamHttp;
  let metrics: GatewayMetrics;
  const events: CallLogCreatedEvent[] = [];
  const seen = new Set<string>();
  const own = (settings: { pollIntervalMs: number; accessRecheckMs: number }, leadership?: Leadership) =>
    new LiveWatches({
      settings: { ...settings, upstreamRetries: 0, deadlineMs: 10_000 },
      http,
      events: {
        publish: (event) => {
          events.push(event);
          return Promise.resolve();
        },
      },
      deduplicator: {
        firstArrival: (key) => {
          const first = !seen.has(key);
          seen.add(key);
          return Promise.resolve(first);
        },
      },
      ...(leadership ? { leadership } : {}),
      metrics,
      logger: createLogger({ level: 'silent' }),
    });

  beforeAll(() => {
    http = upstreamHttpFor(stack);
  });
  afterAll(() => {
    http.close();
  });
  beforeEach(() => {
    metrics = createMetrics();
    events.length = 0;
  });

  it('where another instance leads, asks only every LIVE_ACCESS_RECHECK_MS, to check access', async () => {
    const asked: string[] = [];
    const released: string[] = [];
    const follower: Leadership = {
      tryLead: (key) => {
        asked.push(key);
        return Promise.resolve(false);
      },
      release: (key) => {
        released.push(key);
        return Promise.resolve();
      },
    };
    const watches = own({ pollIntervalMs: 50, accessRecheckMs: 2_000 }, follower);
    const caller = tenant();
    const handle = await watch(watches, caller);
    await until(() => asked.length >= 10, WAIT_MS);
    // Ten intervals asked for the lease; the baseline was the one request (2 s have not passed since).
    expect(lists(caller.token).length).toBeLessThanOrEqual(2);
    expect(new Set(asked).size).toBe(1);
    // Then, 2 s after the baseline, one request: a check that polls while at it.
    await until(async () => (await polls(metrics, 'poll')) === 1, WAIT_MS);
    expect(lists(caller.token)).toHaveLength(2);
    handle.release();
    // Never led, nothing to give back.
    expect(released).toEqual([]);
    watches.close();
  });

  it('gives a lease it holds back when its last subscriber leaves', async () => {
    const released: string[] = [];
    const leader: Leadership = {
      tryLead: () => Promise.resolve(true),
      release: (key) => {
        released.push(key);
        return Promise.resolve();
      },
    };
    const watches = own({ pollIntervalMs: 50, accessRecheckMs: 0 }, leader);
    const handle = await watch(watches, tenant());
    await until(async () => (await polls(metrics, 'poll')) >= 1, WAIT_MS);
    handle.release();
    expect(released).toHaveLength(1);
    watches.close();
  });

  it('with polling off, checks access alone (one call log asked for), and ends on a withdrawn token', async () => {
    const watches = own({ pollIntervalMs: 0, accessRecheckMs: 100 });
    const caller = tenant();
    const handle = await watch(watches, caller);
    await until(async () => (await polls(metrics, 'access')) >= 2, WAIT_MS);
    expect(
      lists(caller.token)
        .slice(1)
        .map((entry) => entry.query['pageSize']),
    ).toContain('1');
    await stack.emulator.placeCall(location1);
    stack.emulator.revokeToken(caller.token ?? '');
    expect((await handle.ended).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    // Checks publish nothing: polling is off.
    expect(events).toEqual([]);
    watches.close();
  });

  it('resyncs a location on demand: one poll now, its new calls published', async () => {
    const watches = own({ pollIntervalMs: 0, accessRecheckMs: 0 });
    const caller = tenant(location2);
    await watch(watches, caller, location2);
    await watch(watches, tenant());
    const placed = await stack.emulator.placeCall(location2);
    await watches.resync([location2]);
    expect(events.map((event) => event.callLog.id)).toEqual([placed.callLog.id]);
    expect(lists(caller.token)).toHaveLength(2);
    watches.close();
  });

  it('pages through when more calls are new than a page holds, and publishes them oldest first, each once', async () => {
    const watches = own({ pollIntervalMs: 0, accessRecheckMs: 0 });
    const caller = tenant(location2);
    await watch(watches, caller, location2);
    const placed = [];
    for (let call = 0; call < 25; call++) placed.push((await stack.emulator.placeCall(location2)).callLog);
    await watches.resync([location2]);
    // The baseline, then pages of 25 until one reaches the calls seen before.
    const [baseline, ...pages] = lists(caller.token).map((entry) => entry.query['page']);
    expect(baseline).toBe('1');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages).toEqual(pages.map((_page, index) => String(index + 1)));
    const byCreation = [...placed].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    expect(new Set(events.map((event) => event.callLog.id)).size).toBe(25);
    expect(events.map((event) => event.callLog.createdAt)).toEqual(byCreation.map((log) => log.createdAt));
    // Nothing new: one page covers the window.
    const made = lists(caller.token).length;
    await watches.resync([location2]);
    expect(lists(caller.token)).toHaveLength(made + 1);
    expect(events).toHaveLength(25);
    watches.close();
  });

  it('makes no request after close(), and refuses a new subscriber with SHUTTING_DOWN', async () => {
    const watches = own({ pollIntervalMs: 50, accessRecheckMs: 0 });
    const caller = tenant();
    await watch(watches, caller);
    await until(async () => (await polls(metrics, 'poll')) >= 2, WAIT_MS);
    watches.close();
    // A poll in flight at close() is answered and counted: then every request is in.
    await until(async () => lists(caller.token).length === (await polls(metrics)), WAIT_MS);
    const made = lists(caller.token).length;
    await watches.resync([location1]);
    await expect(watches.watch({ caller, locationId: location1 })).rejects.toMatchObject({
      extensions: { code: 'SHUTTING_DOWN' },
    });
    await pollsElsewhere(3);
    expect(lists(caller.token)).toHaveLength(made);
  });
});
