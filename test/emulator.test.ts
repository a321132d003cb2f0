// The HighLevel emulator itself, over real HTTP: HighLevel's checks and error shapes, rate-limit headers and 429s,
// paging, filters and sorting of the call-log list, the reference call log, fault injection, the admin API, the
// request log, the shape of every route, and the store's tolerance of odd upstream data.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { buildSeed, DEFAULT_SEED, type SeedData } from '../src/emulator/seed.js';
import { type Emulator, PINNED_BASE_DATE, startEmulator } from '../src/emulator/server.js';
import type { CallLogRecord } from '../src/emulator/types.js';
import { tokenHash } from './helpers/emulator-log.js';
import { startTestEmulator } from './helpers/stack.js';
import { until } from './helpers/wait.js';

const VOICE_AI = '2021-04-15';
const CONTACTS = '2021-07-28';
const LIST = '/voice-ai/dashboard/call-logs';
const REFERENCE_CALL_LOG_ID = '507f1f77bcf86cd799439011';

interface Reply {
  status: number;
  headers: Headers;
  text: string;
  body: unknown;
}

interface CallOptions {
  /** Default: location 1's token; null sends no Authorization header. */
  token?: string | null;
  /** Default: the voice-ai Version; null sends no Version header. */
  version?: string | null;
  method?: string;
  json?: unknown;
  signal?: AbortSignal;
}

interface ErrorBody {
  statusCode: number;
  message: string | string[];
  error: string;
}

interface ListBody {
  total: number;
  page: number;
  pageSize: number;
  callLogs: CallLogRecord[];
}

async function call(emulator: Emulator, path: string, options: CallOptions = {}): Promise<Reply> {
  const token = options.token === undefined ? tokenOf(emulator, 0) : options.token;
  const version = options.version === undefined ? VOICE_AI : options.version;
  const headers: Record<string, string> = {};
  if (token !== null) headers['authorization'] = `Bearer ${token}`;
  if (version !== null) headers['version'] = version;
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  const init: RequestInit = { method: options.method ?? 'GET', headers };
  if (options.json !== undefined) init.body = JSON.stringify(options.json);
  if (options.signal) init.signal = options.signal;
  const response = await fetch(new URL(path, emulator.url), init);
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
}

function tokenOf(emulator: Emulator, index: number): string {
  return emulator.tokens.byLocation[locationOf(emulator, index)] ?? '';
}

function locationOf(emulator: Emulator, index: number): string {
  const location = emulator.locations[index];
  if (location === undefined) throw new Error(`no location ${index}`);
  return location;
}

function listPath(params: Record<string, string | number | readonly string[]>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') search.append(key, String(value));
    else for (const item of value) search.append(key, item);
  }
  return `${LIST}?${search.toString()}`;
}

/** Every page of a list query (50 a page), checking page/pageSize/total on the way. */
async function listAll(
  emulator: Emulator,
  params: Record<string, string | number | readonly string[]>,
  token?: string,
): Promise<{ total: number; logs: CallLogRecord[] }> {
  const logs: CallLogRecord[] = [];
  let total = -1;
  for (let page = 1; ; page++) {
    const reply = await call(emulator, listPath({ ...params, page, pageSize: 50 }), {
      token: token ?? tokenOf(emulator, 0),
    });
    expect(reply.status, reply.text).toBe(200);
    const body = reply.body as ListBody;
    expect(body).toMatchObject({ page, pageSize: 50 });
    if (total === -1) total = body.total;
    expect(body.total).toBe(total);
    logs.push(...body.callLogs);
    if (body.callLogs.length < 50) break;
  }
  expect(logs).toHaveLength(total);
  return { total, logs };
}

const ids = (logs: readonly { id: string }[]): string[] => logs.map((log) => log.id);

function expectError(reply: Reply, status: number, error: string): ErrorBody {
  expect(reply.status, reply.text).toBe(status);
  expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
  const body = reply.body as ErrorBody;
  expect(Object.keys(body).sort()).toEqual(['error', 'message', 'statusCode']);
  expect(body).toMatchObject({ statusCode: status, error });
  return body;
}

function expectUnprocessable(reply: Reply, expected: RegExp): void {
  const body = expectError(reply, 422, 'Unprocessable Entity');
  expect(Array.isArray(body.message)).toBe(true);
  expect(body.message).toContainEqual(expect.stringMatching(expected));
}

let emu: Emulator;
let loc1: string;
let loc2: string;
let token1: string;
let token2: string;

beforeAll(async () => {
  // Counted and reported, never refused: this file sends far more than 100 requests in 10 s with one token.
  emu = await startTestEmulator({ rateLimit: { enforce: false } });
  loc1 = locationOf(emu, 0);
  loc2 = locationOf(emu, 1);
  token1 = tokenOf(emu, 0);
  token2 = tokenOf(emu, 1);
});

afterAll(async () => {
  await emu.stop();
});

afterEach(() => {
  emu.faults.clear();
  emu.setLatency(0);
});

describe('authentication, Version and location access', () => {
  it('answers 401 in HighLevel shape without a token, with an unknown one and with a non-Bearer header', async () => {
    for (const token of [null, 'not-a-real-token']) {
      const body = expectError(await call(emu, listPath({ locationId: loc1 }), { token }), 401, 'Unauthorized');
      expect(body.message).toBe('Invalid token: access token is invalid');
    }
    const response = await fetch(new URL(listPath({ locationId: loc1 }), emu.url), {
      headers: { authorization: `Basic ${token1}`, version: VOICE_AI },
    });
    expect(response.status).toBe(401);
    // The token is checked before the Version header.
    expectError(await call(emu, `/contacts/${'x'.repeat(20)}`, { token: null, version: null }), 401, 'Unauthorized');
  });

  it('answers 400 for a missing or wrong Version header, per API family', async () => {
    const cases = [
      { path: listPath({ locationId: loc1 }), expected: VOICE_AI, wrong: CONTACTS },
      { path: '/contacts/507f1f77bcf86cd799439012', expected: CONTACTS, wrong: VOICE_AI },
    ];
    for (const { path, expected, wrong } of cases) {
      for (const version of [null, wrong, 'v2']) {
        const body = expectError(await call(emu, path, { version }), 400, 'Bad Request');
        expect(body.message).toContain(expected);
      }
      expect((await call(emu, path, { version: expected })).status).toBe(200);
    }
  });

  it('answers 403 when a location token reads another location; the agency token reads both', async () => {
    const body = expectError(await call(emu, listPath({ locationId: loc2 })), 403, 'Forbidden');
    expect(typeof body.message).toBe('string');
    expectError(await call(emu, listPath({ locationId: loc1 }), { token: token2 }), 403, 'Forbidden');
    expectError(await call(emu, listPath({ locationId: 'NoSuchLocation000001' })), 403, 'Forbidden');

    const contact = emu.store.contacts(loc2)[0];
    expect(contact?.id).toBeDefined();
    const contactPath = `/contacts/${contact?.id ?? ''}`;
    expectError(await call(emu, contactPath, { version: CONTACTS }), 403, 'Forbidden');
    expect((await call(emu, contactPath, { version: CONTACTS, token: token2 })).status).toBe(200);

    for (const location of [loc1, loc2]) {
      const reply = await call(emu, listPath({ locationId: location, pageSize: 1 }), { token: emu.tokens.agency });
      expect(reply.status).toBe(200);
    }
  });
});

describe('422 validation of the call-log list', () => {
  const cases: [string, Record<string, string | number>, RegExp][] = [
    ['pageSize 51', { pageSize: 51 }, /^pageSize must not be greater than 50$/],
    ['pageSize 0', { pageSize: 0 }, /^pageSize must not be less than 1$/],
    ['page 0', { page: 0 }, /^page must not be less than 1$/],
    ['a fractional page', { page: 1.5 }, /^page must be an integer number$/],
    ['startDate without endDate', { startDate: 1_700_000_000_000 }, /startDate and endDate/],
    ['endDate without startDate', { endDate: 1_700_000_000_000 }, /startDate and endDate/],
    ['startDate equal to endDate', { startDate: 5, endDate: 5 }, /^startDate must be less than endDate$/],
    ['startDate after endDate', { startDate: 6, endDate: 5 }, /^startDate must be less than endDate$/],
    ['a non-numeric startDate', { startDate: 'yesterday', endDate: 5 }, /^startDate must be a number/],
    ['a bad callType', { callType: 'BOTH' }, /^callType must be one of the following values: LIVE, TRIAL$/],
    ['a bad actionType', { actionType: 'SMS,FAX' }, /^each value in actionType must be one of/],
    ['a bad sortBy', { sortBy: 'name' }, /^sortBy must be one of the following values: duration, createdAt$/],
    ['a bad sort', { sortBy: 'duration', sort: 'up' }, /^sort must be one of the following values: ascend, descend$/],
  ];
  it.each(cases)('answers 422 for %s', async (_name, params, expected) => {
    expectUnprocessable(await call(emu, listPath({ locationId: loc1, ...params })), expected);
  });

  it('answers 422 for a missing locationId on the list, the get and the agent routes', async () => {
    for (const path of [LIST, `${LIST}/${REFERENCE_CALL_LOG_ID}`, '/voice-ai/agents/507f1f77bcf86cd799439013']) {
      expectUnprocessable(await call(emu, path), /^locationId should not be empty$/);
    }
  });

  it('reports every problem of a request in one 422', async () => {
    const reply = await call(emu, listPath({ locationId: loc1, page: 0, pageSize: 51, callType: 'X' }));
    const body = expectError(reply, 422, 'Unprocessable Entity');
    expect(body.message).toHaveLength(3);
  });
});

describe('404s', () => {
  it('answers 404 for an unknown call log, contact and route', async () => {
    const missing = 'ffffffffffffffffffffffff';
    const log = expectError(await call(emu, `${LIST}/${missing}?locationId=${loc1}`), 404, 'Not Found');
    expect(log.message).toContain(missing);
    // A call log of location 2 read through location 1 does not exist there.
    const other = emu.store.callLogs(loc2)[0]?.id ?? '';
    expectError(await call(emu, `${LIST}/${other}?locationId=${loc1}`), 404, 'Not Found');
    expectError(await call(emu, '/contacts/NoSuchContact0000001', { version: CONTACTS }), 404, 'Not Found');
    const route = expectError(await call(emu, '/voice-ai/nothing-here'), 404, 'Not Found');
    expect(route.message).toBe('Cannot GET /voice-ai/nothing-here');
    // The route is checked before the token.
    expectError(await call(emu, '/nothing-here', { token: null }), 404, 'Not Found');
  });
});

describe('rate limits', () => {
  const RATE_HEADERS = [
    'x-ratelimit-max',
    'x-ratelimit-remaining',
    'x-ratelimit-interval-milliseconds',
    'x-ratelimit-limit-daily',
    'x-ratelimit-daily-remaining',
  ];
  const rate = (reply: Reply, name: string): number => Number(reply.headers.get(`x-ratelimit-${name}`));

  it("reports HighLevel's budgets on success and error responses, counting down per token", async () => {
    emu.resetRateLimits();
    const replies = [
      await call(emu, listPath({ locationId: loc1, pageSize: 1 })),
      await call(emu, listPath({ locationId: loc1, pageSize: 99 })),
      await call(emu, listPath({ locationId: loc2 })),
      await call(emu, `${LIST}/${REFERENCE_CALL_LOG_ID}?locationId=${loc1}`, { version: CONTACTS }),
      await call(emu, `${LIST}/${REFERENCE_CALL_LOG_ID}?locationId=${loc1}`),
    ];
    expect(replies.map((reply) => reply.status)).toEqual([200, 422, 403, 400, 200]);
    for (const reply of replies) {
      for (const name of RATE_HEADERS) expect(reply.headers.get(name), name).toMatch(/^\d+$/);
      expect(rate(reply, 'max')).toBe(100);
      expect(rate(reply, 'interval-milliseconds')).toBe(10_000);
      expect(rate(reply, 'limit-daily')).toBe(200_000);
    }
    expect(replies.map((reply) => rate(reply, 'remaining'))).toEqual([99, 98, 97, 96, 95]);
    expect(replies.map((reply) => rate(reply, 'daily-remaining'))).toEqual([
      199_999, 199_998, 199_997, 199_996, 199_995,
    ]);

    // Another token has its own budget; a request without a valid token reports a full one and counts nothing.
    const other = await call(emu, listPath({ locationId: loc2, pageSize: 1 }), { token: token2 });
    expect(rate(other, 'remaining')).toBe(99);
    for (const token of [null, 'unknown-token']) {
      const unauthorized = await call(emu, listPath({ locationId: loc1 }), { token });
      expect(unauthorized.status).toBe(401);
      expect(rate(unauthorized, 'remaining')).toBe(100);
    }
    const unknownRoute = await call(emu, '/no-such-route');
    expect(unknownRoute.status).toBe(404);
    expect(rate(unknownRoute, 'remaining')).toBe(95);
    expect(rate(await call(emu, listPath({ locationId: loc1, pageSize: 1 })), 'remaining')).toBe(94);

    const reset = await call(emu, '/__emulator/rate-limit', { method: 'DELETE' });
    expect(reset.status).toBe(204);
    expect(rate(await call(emu, listPath({ locationId: loc1, pageSize: 1 })), 'remaining')).toBe(99);
  });

  it('answers 429 with Retry-After past the burst limit, per token', async () => {
    const limited = await startTestEmulator({ rateLimit: { max: 5 } });
    try {
      const path = listPath({ locationId: locationOf(limited, 0), pageSize: 1 });
      const remaining: number[] = [];
      for (let i = 0; i < 5; i++) {
        const reply = await call(limited, path);
        expect(reply.status).toBe(200);
        expect(reply.headers.get('retry-after')).toBeNull();
        remaining.push(rate(reply, 'remaining'));
      }
      expect(remaining).toEqual([4, 3, 2, 1, 0]);
      for (let i = 0; i < 2; i++) {
        const refused = await call(limited, path);
        expectError(refused, 429, 'Too Many Requests');
        const retryAfter = Number(refused.headers.get('retry-after'));
        expect(Number.isInteger(retryAfter)).toBe(true);
        expect(retryAfter).toBeGreaterThanOrEqual(1);
        expect(retryAfter).toBeLessThanOrEqual(10);
        expect(rate(refused, 'max')).toBe(5);
        expect(rate(refused, 'remaining')).toBe(0);
      }
      // The limit is checked before the Version header; refused requests are logged with their status.
      expect((await call(limited, path, { version: null })).status).toBe(429);
      expect(limited.requests.all().map((entry) => entry.status)).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);

      const other = await call(limited, listPath({ locationId: locationOf(limited, 1), pageSize: 1 }), {
        token: tokenOf(limited, 1),
      });
      expect(other.status).toBe(200);
      limited.resetRateLimits();
      expect((await call(limited, path)).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });

  it('only reports the budget when enforce is false', async () => {
    const reporting = await startTestEmulator({ rateLimit: { max: 5, enforce: false } });
    try {
      const path = listPath({ locationId: locationOf(reporting, 0), pageSize: 1 });
      const remaining: number[] = [];
      for (let i = 0; i < 8; i++) {
        const reply = await call(reporting, path);
        expect(reply.status).toBe(200);
        expect(reply.headers.get('retry-after')).toBeNull();
        expect(rate(reply, 'max')).toBe(5);
        remaining.push(rate(reply, 'remaining'));
      }
      expect(remaining).toEqual([4, 3, 2, 1, 0, 0, 0, 0]);
    } finally {
      await reporting.stop();
    }
  });
});

describe('call-log list: paging, filters, sorting', () => {
  it('pages with total, page and pageSize; pages are disjoint, cover the list and are stable', async () => {
    const stored = emu.store.callLogs(loc1);
    expect(stored).toHaveLength(1200);

    const first = await call(emu, listPath({ locationId: loc1 }));
    expect(first.body).toMatchObject({ total: 1200, page: 1, pageSize: 10 });
    expect(ids((first.body as ListBody).callLogs)).toEqual(ids(stored.slice(0, 10)));

    const seen = new Set<string>();
    const all: string[] = [];
    for (let page = 1; page <= 35; page++) {
      const reply = await call(emu, listPath({ locationId: loc1, page, pageSize: 35 }));
      const body = reply.body as ListBody;
      expect(body).toMatchObject({ total: 1200, page, pageSize: 35 });
      expect(body.callLogs).toHaveLength(page < 35 ? 35 : 1200 - 34 * 35);
      for (const id of ids(body.callLogs)) {
        expect(seen.has(id)).toBe(false);
        seen.add(id);
        all.push(id);
      }
    }
    expect(all).toEqual(ids(stored));
    // Newest first, as HighLevel lists them.
    const createdAt = stored.map((log) => Date.parse(log.createdAt));
    for (let i = 1; i < createdAt.length; i++) expect(createdAt[i - 1]).toBeGreaterThanOrEqual(createdAt[i] ?? 0);

    const past = await call(emu, listPath({ locationId: loc1, page: 100, pageSize: 50 }));
    expect(past.body).toEqual({ total: 1200, page: 100, pageSize: 50, callLogs: [] });

    const again = await call(emu, listPath({ locationId: loc1, page: 7, pageSize: 50 }));
    const twice = await call(emu, listPath({ locationId: loc1, page: 7, pageSize: 50 }));
    expect(twice.text).toBe(again.text);
    // Each log in a page is exactly the stored record.
    expect((again.body as ListBody).callLogs).toEqual(stored.slice(300, 350));

    const second = await listAll(emu, { locationId: loc2 }, token2);
    expect(second.total).toBe(1050);
    expect(ids(second.logs)).toEqual(ids(emu.store.callLogs(loc2)));
  });

  it('filters by agentId', async () => {
    const stored = emu.store.callLogs(loc1);
    const agentId = stored[0]?.agentId ?? '';
    const expected = stored.filter((log) => log.agentId === agentId);
    expect(expected.length).toBeGreaterThan(50);
    expect(expected.length).toBeLessThan(stored.length);
    const { total, logs } = await listAll(emu, { locationId: loc1, agentId });
    expect(total).toBe(expected.length);
    expect(ids(logs)).toEqual(ids(expected));
  });

  it('filters by a list of contactIds, comma-separated or repeated', async () => {
    const stored = emu.store.callLogs(loc1);
    const contactIds = [...new Set(stored.map((log) => log.contactId).filter((id) => id !== undefined))].slice(0, 3);
    expect(contactIds).toHaveLength(3);
    const expected = ids(stored.filter((log) => log.contactId !== undefined && contactIds.includes(log.contactId)));
    expect(expected.length).toBeGreaterThan(0);
    const joined = await listAll(emu, { locationId: loc1, contactId: contactIds.join(',') });
    expect(ids(joined.logs)).toEqual(expected);
    const repeated = await listAll(emu, { locationId: loc1, contactId: contactIds });
    expect(ids(repeated.logs)).toEqual(expected);
    const one = await listAll(emu, { locationId: loc1, contactId: '507f1f77bcf86cd799439012' });
    expect(one.total).toBeGreaterThanOrEqual(10);
    expect(ids(one.logs)).toContain(REFERENCE_CALL_LOG_ID);
  });

  it('filters by callType', async () => {
    const stored = emu.store.callLogs(loc1);
    const trial = await listAll(emu, { locationId: loc1, callType: 'TRIAL' });
    const live = await listAll(emu, { locationId: loc1, callType: 'LIVE' });
    expect(trial.total).toBeGreaterThan(0);
    expect(ids(trial.logs)).toEqual(ids(stored.filter((log) => log.trialCall)));
    expect(ids(live.logs)).toEqual(ids(stored.filter((log) => !log.trialCall)));
    expect(trial.total + live.total).toBe(1200);
    expect(ids(trial.logs)).toContain(emu.store.notable.trialCallLogId);
  });

  it('filters by startDate/endDate (Unix ms, both inclusive)', async () => {
    const stored = emu.store.callLogs(loc1);
    const newest = stored[40];
    const oldest = stored[100];
    if (!newest || !oldest) throw new Error('seed too small');
    const startMs = Date.parse(oldest.createdAt);
    const endMs = Date.parse(newest.createdAt);
    expect(startMs).toBeLessThan(endMs);
    const expected = stored.filter((log) => {
      const at = Date.parse(log.createdAt);
      return at >= startMs && at <= endMs;
    });
    const { total, logs } = await listAll(emu, { locationId: loc1, startDate: startMs, endDate: endMs });
    expect(total).toBe(expected.length);
    expect(ids(logs)).toEqual(ids(expected));
    expect(ids(logs)).toContain(newest.id);
    expect(ids(logs)).toContain(oldest.id);
    const reference = await listAll(emu, {
      locationId: loc1,
      startDate: Date.parse('2024-01-15T10:30:00.000Z'),
      endDate: Date.parse('2024-01-15T10:30:00.001Z'),
    });
    expect(ids(reference.logs)).toEqual([REFERENCE_CALL_LOG_ID]);
  });

  it('filters by a list of actionTypes (a log matches when it ran any of them)', async () => {
    const stored = emu.store.callLogs(loc1);
    const wanted = ['SMS', 'KNOWLEDGE_BASE'];
    const expected = ids(
      stored.filter((log) => log.executedCallActions.some((action) => wanted.includes(action.actionType))),
    );
    expect(expected.length).toBeGreaterThan(0);
    const joined = await listAll(emu, { locationId: loc1, actionType: wanted.join(',') });
    expect(ids(joined.logs)).toEqual(expected);
    const repeated = await listAll(emu, { locationId: loc1, actionType: wanted });
    expect(ids(repeated.logs)).toEqual(expected);
    for (const log of joined.logs) {
      expect(log.executedCallActions.some((action) => wanted.includes(action.actionType))).toBe(true);
    }
  });

  it('combines filters', async () => {
    const stored = emu.store.callLogs(loc1);
    const agentId = stored[0]?.agentId ?? '';
    const expected = stored.filter(
      (log) =>
        log.agentId === agentId &&
        !log.trialCall &&
        log.executedCallActions.some((action) => action.actionType === 'WORKFLOW_TRIGGER'),
    );
    const { logs } = await listAll(emu, {
      locationId: loc1,
      agentId,
      callType: 'LIVE',
      actionType: 'WORKFLOW_TRIGGER',
    });
    expect(ids(logs)).toEqual(ids(expected));
  });

  const sorts: ['duration' | 'createdAt', 'ascend' | 'descend'][] = [
    ['duration', 'ascend'],
    ['duration', 'descend'],
    ['createdAt', 'ascend'],
    ['createdAt', 'descend'],
  ];
  it.each(sorts)('sorts by %s, %s', async (sortBy, sort) => {
    const value = (log: CallLogRecord): number => (sortBy === 'duration' ? log.duration : Date.parse(log.createdAt));
    const { logs } = await listAll(emu, { locationId: loc1, sortBy, sort });
    expect([...ids(logs)].sort()).toEqual(ids(emu.store.callLogs(loc1)).sort());
    for (let i = 1; i < logs.length; i++) {
      const [previous, current] = [value(logs[i - 1] as CallLogRecord), value(logs[i] as CallLogRecord)];
      if (sort === 'ascend') expect(previous).toBeLessThanOrEqual(current);
      else expect(previous).toBeGreaterThanOrEqual(current);
    }
    // Ties are ordered the same way on every request, so pages never overlap.
    const again = await listAll(emu, { locationId: loc1, sortBy, sort });
    expect(ids(again.logs)).toEqual(ids(logs));
  });

  it('sorts descending when sortBy comes without sort, and ignores sort without sortBy', async () => {
    const byDuration = await call(emu, listPath({ locationId: loc1, sortBy: 'duration', pageSize: 50 }));
    const durations = (byDuration.body as ListBody).callLogs.map((log) => log.duration);
    expect(durations).toEqual([...durations].sort((a, b) => b - a));
    const ascend = await call(emu, listPath({ locationId: loc1, sort: 'ascend', pageSize: 5 }));
    expect(ids((ascend.body as ListBody).callLogs)).toEqual(ids(emu.store.callLogs(loc1).slice(0, 5)));
  });
});

describe("HighLevel's reference call log", () => {
  // Transcribed from HighLevel's "Get Call Log" reference page (shared/highlevel-api/get-call-log.reference.txt).
  const REFERENCE_ACTIONS = [
    {
      actionId: '507f1f77bcf86cd799439015',
      actionType: 'CALL_TRANSFER',
      actionName: 'Transfer to Manager',
      description: 'Transfers call to a manager when customer requests escalation',
      actionParameters: {
        transferToType: 'number',
        transferToValue: '+12345678901',
        triggerMessage: 'Let me transfer you to a manager right away',
        hearWhisperMessage: true,
      },
      executedAt: '2024-01-15T10:32:00.000Z',
    },
    {
      actionId: '507f1f77bcf86cd799439016',
      actionType: 'SMS',
      actionName: 'Send Confirmation SMS',
      description: 'Sends SMS confirmation to customer',
      actionParameters: {
        triggerPrompt: 'When caller asks for booking confirmation',
        triggerMessage: "I'll send you a confirmation text",
        messageBody: 'Your appointment is confirmed for tomorrow at 2 PM',
      },
      executedAt: '2024-01-15T10:33:30.000Z',
    },
    {
      actionId: '507f1f77bcf86cd799439017',
      actionType: 'DATA_EXTRACTION',
      actionName: 'Extract Phone Number',
      description: 'Extracts customer phone number for contact record',
      actionParameters: {
        contactFieldId: '507f1f77bcf86cd799439018',
        description: "Customer's phone number",
        examples: ['+1234567890', '+9876543210'],
        overwriteExistingValue: false,
      },
      executedAt: '2024-01-15T10:34:15.000Z',
    },
    {
      actionId: '507f1f77bcf86cd799439019',
      actionType: 'WORKFLOW_TRIGGER',
      actionName: 'Start Follow-up Workflow',
      description: 'Triggers follow-up workflow for lead nurturing',
      actionParameters: {
        triggerPrompt: 'When caller requests a quote',
        triggerMessage: 'Let me start that process for you',
        workflowId: '507f1f77bcf86cd799439020',
      },
      executedAt: '2024-01-15T10:35:00.000Z',
    },
    {
      actionId: '507f1f77bcf86cd799439021',
      actionType: 'APPOINTMENT_BOOKING',
      actionName: 'Book Consultation',
      description: 'Books consultation appointment with sales team',
      actionParameters: {
        calendarId: '507f1f77bcf86cd799439022',
        daysOfOfferingDates: 3,
        slotsPerDay: 3,
        hoursBetweenSlots: 1,
      },
      executedAt: '2024-01-15T10:36:45.000Z',
    },
    {
      actionId: '507f1f77bcf86cd799439023',
      actionType: 'CUSTOM_ACTION',
      actionName: 'Check Order Status',
      description: 'Checks order status via external API',
      actionParameters: {
        triggerPrompt: 'When caller provides order number',
        triggerMessage: 'Let me check that order status',
        apiDetails: {
          url: 'https://api.example.com/orders',
          method: 'GET',
          authenticationRequired: true,
          authenticationValue: 'token123',
          headers: [{ key: 'Content-Type', value: 'application/json' }],
          parameters: [{ name: 'orderId', description: 'Order ID to look up', type: 'string', example: 'ORD-12345' }],
        },
        responsePathsToExtract: ['data.orderId', 'status'],
      },
      executedAt: '2024-01-15T10:37:20.000Z',
    },
    {
      actionId: '507f1f77bcf86cd799439024',
      actionType: 'IN_CALL_DATA_EXTRACTION',
      actionName: 'Extract Email During Call',
      description: 'Extracts customer email during the call',
      actionParameters: {
        contactFieldId: '507f1f77bcf86cd799439025',
        description: "Customer's email address",
        examples: ['john@example.com', 'jane@company.com'],
        overwriteExistingValue: true,
      },
      executedAt: '2024-01-15T10:31:45.000Z',
    },
    {
      actionId: '507f1f77bcf86cd799439026',
      actionType: 'KNOWLEDGE_BASE',
      actionName: 'Query Product Info',
      description: 'Queries knowledge base for product information',
      actionParameters: {
        triggerPrompt: 'When caller asks about pricing',
        triggerMessage: 'Let me look that up for you',
        knowledgeBaseId: '507f1f77bcf86cd799439027',
        parameters: [
          { name: 'category', description: 'Product category to search', type: 'string', example: 'pricing' },
        ],
      },
      executedAt: '2024-01-15T10:38:10.000Z',
    },
  ];

  it('is served exactly as on the reference page', async () => {
    const reply = await call(emu, `${LIST}/${REFERENCE_CALL_LOG_ID}?locationId=${loc1}`);
    expect(reply.status).toBe(200);
    const log = reply.body as Record<string, unknown>;
    const expected = {
      id: REFERENCE_CALL_LOG_ID,
      agentId: '507f1f77bcf86cd799439013',
      isAgentDeleted: false,
      createdAt: '2024-01-15T10:30:00.000Z',
      duration: 180,
      trialCall: false,
      executedCallActions: REFERENCE_ACTIONS,
      summary: 'Customer called to inquire about product pricing and was transferred to sales team.',
      transcript: 'bot: Hello, how can I help you today?\nhuman: I would like to know about your pricing...',
      contactId: '507f1f77bcf86cd799439012',
      fromNumber: '+1234567890',
      translation: { translatedTranscript: 'Translated version of the call transcript' },
      extractedData: {
        phoneNumber: '+1234567890',
        customerName: 'John Doe',
        email: 'john.doe@example.com',
        companyName: 'Acme Corp',
        customField1: 'Custom value',
        customField2: 'Another value',
      },
      messageId: '507f1f77bcf86cd799439014',
    };
    expect(log).toEqual(expected);
    // Field order too: the bytes are those of the page's JSON.
    expect(reply.text).toBe(JSON.stringify(expected));
    // Action by action, in the page's order (not sorted by executedAt), nothing added (no triggerReceivedAt).
    const actions = log['executedCallActions'] as Record<string, unknown>[];
    expect(actions).toHaveLength(8);
    actions.forEach((action, index) => {
      expect(action).toStrictEqual(REFERENCE_ACTIONS[index]);
    });
    // The list serves the same bytes as the get route.
    const listed = await call(emu, listPath({ locationId: loc1, contactId: '507f1f77bcf86cd799439012', pageSize: 50 }));
    expect(listed.text).toContain(reply.text);
    // The agency token reads it too; location 2's token may not.
    const agency = await call(emu, `${LIST}/${REFERENCE_CALL_LOG_ID}?locationId=${loc1}`, { token: emu.tokens.agency });
    expect(agency.text).toBe(reply.text);
    const other = await call(emu, `${LIST}/${REFERENCE_CALL_LOG_ID}?locationId=${loc1}`, { token: token2 });
    expectError(other, 403, 'Forbidden');
  });
});

describe('faults', () => {
  const contactPath = '/contacts/507f1f77bcf86cd799439012';
  const calendarPath = '/calendars/507f1f77bcf86cd799439022';

  it('answers an injected status for the first `times` matching requests of the targeted route only', async () => {
    emu.faults.set([{ route: 'contacts.get', status: 503, times: 2 }]);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const reply = await call(emu, contactPath, { version: CONTACTS });
      statuses.push(reply.status);
      if (reply.status === 503) {
        expectError(reply, 503, 'Service Unavailable');
        expect(reply.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
      }
      // Another route is untouched while the rule is active.
      expect((await call(emu, calendarPath)).status).toBe(200);
    }
    expect(statuses).toEqual([503, 503, 200]);
  });

  it("targets every route with '*', and sends Retry-After on an injected 429", async () => {
    emu.faults.set([{ route: '*', status: 429 }]);
    const contact = expectError(await call(emu, contactPath, { version: CONTACTS }), 429, 'Too Many Requests');
    expect(contact.message).toBe('Too many requests');
    const calendar = await call(emu, calendarPath);
    expect(calendar.status).toBe(429);
    expect(calendar.headers.get('retry-after')).toBe('1');
    emu.faults.set([{ route: '*', status: 429, retryAfterSeconds: 7 }]);
    expect((await call(emu, calendarPath)).headers.get('retry-after')).toBe('7');
    // Faults come after HighLevel's own checks.
    expect((await call(emu, calendarPath, { token: null })).status).toBe(401);
    expect((await call(emu, calendarPath, { version: CONTACTS })).status).toBe(400);
  });

  it('fails the same requests on every run with the same probability rule', async () => {
    const path = `${LIST}/${REFERENCE_CALL_LOG_ID}?locationId=${loc1}`;
    const run = async (): Promise<number[]> => {
      emu.faults.set([{ route: 'callLogs.get', status: 500, probability: 0.5 }]);
      const statuses: number[] = [];
      for (let i = 0; i < 24; i++) statuses.push((await call(emu, path)).status);
      return statuses;
    };
    const first = await run();
    expect(first).toContain(500);
    expect(first).toContain(200);
    expect(first.every((status) => status === 200 || status === 500)).toBe(true);
    expect(await run()).toEqual(first);
    emu.faults.set([{ route: 'callLogs.get', status: 500, probability: 0 }]);
    expect((await call(emu, path)).status).toBe(200);
  });

  it('delays a response by latencyMs and still answers it', async () => {
    emu.requests.clear();
    emu.faults.set([{ route: 'calendars.get', latencyMs: 25 }]);
    const reply = await call(emu, calendarPath);
    expect(reply.status).toBe(200);
    expect((reply.body as { calendar: { id: string } }).calendar.id).toBe('507f1f77bcf86cd799439022');
    expect(emu.requests.all()).toEqual([expect.objectContaining({ route: 'calendars.get', fault: 'latency' })]);
  });

  it('sends a malformed (truncated, unparseable) JSON body with status 200', async () => {
    emu.faults.set([{ route: 'callLogs.list', malformed: true, times: 1 }]);
    const path = listPath({ locationId: loc1, pageSize: 3 });
    const broken = await call(emu, path);
    expect(broken.status).toBe(200);
    expect(broken.headers.get('content-type')).toMatch(/^application\/json/);
    expect(broken.text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(broken.text) as unknown).toThrow(SyntaxError);
    const whole = await call(emu, path);
    expect(whole.text.startsWith(broken.text)).toBe(true);
    expect(emu.requests.all().at(-2)?.fault).toBe('malformed');
  });

  it('never answers under a timeout fault: the client gives up, and the log records no status', async () => {
    emu.requests.clear();
    emu.faults.set([{ route: 'messages.get', timeout: true }]);
    const controller = new AbortController();
    const pending = call(emu, '/conversations/messages/507f1f77bcf86cd799439014', { signal: controller.signal });
    await until(() => emu.requests.all().some((entry) => entry.fault === 'timeout'));
    controller.abort();
    await expect(pending).rejects.toThrow();
    expect(emu.requests.all()).toEqual([
      expect.objectContaining({ route: 'messages.get', status: 0, fault: 'timeout' }),
    ]);
    // Other routes keep answering.
    expect((await call(emu, calendarPath)).status).toBe(200);
  });

  it('stops promptly while requests are held by a timeout or delayed by latency', async () => {
    const stalled = await startTestEmulator({
      faults: [
        { route: 'messages.get', timeout: true },
        { route: 'calendars.get', latencyMs: 600_000 },
      ],
    });
    const held = call(stalled, '/conversations/messages/507f1f77bcf86cd799439014');
    const delayed = call(stalled, calendarPath);
    const settled = Promise.allSettled([held, delayed]);
    await until(() => stalled.requests.count() === 2);
    await stalled.stop();
    const results = await settled;
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    await stalled.stop();
  });

  it('mints tokens through the admin API: each is another tenant of its location, reading it and no other', async () => {
    const [loc1 = '', loc2 = ''] = emu.locations;
    const minted = await call(emu, '/__emulator/tokens', { method: 'POST', json: { locationId: loc2 } });
    const token = (minted.body as { token: string }).token;
    expect(token).toMatch(/^emu-loc2-[0-9a-f]{24}$/);
    expect((await call(emu, `/workflows/?locationId=${loc2}`, { version: CONTACTS, token })).status).toBe(200);
    expect((await call(emu, `/workflows/?locationId=${loc1}`, { version: CONTACTS, token })).status).toBe(403);
    expect(emu.mintToken(loc1)).not.toBe(emu.tokens.byLocation[loc1]);
    const unknown = await call(emu, '/__emulator/tokens', { method: 'POST', json: { locationId: 'nowhere' } });
    expectError(unknown, 400, 'Bad Request');
  });

  it('revokes a token through the admin API: HighLevel answers 401 to it from then on', async () => {
    const [, loc2 = ''] = emu.locations;
    const token = emu.mintToken(loc2);
    const workflows = () => call(emu, `/workflows/?locationId=${loc2}`, { version: CONTACTS, token });
    expect((await workflows()).status).toBe(200);
    const revoked = await call(emu, '/__emulator/tokens/revoke', { method: 'POST', json: { token } });
    expect(revoked.status).toBe(204);
    expectError(await workflows(), 401, 'Unauthorized');
    const again = await call(emu, '/__emulator/tokens/revoke', { method: 'POST', json: { token } });
    expectError(again, 400, 'Bad Request');
    const other = emu.mintToken(loc2);
    emu.revokeToken(other);
    expect(() => {
      emu.revokeToken(other);
    }).toThrow();
  });

  it('sets and clears faults and latency through the admin API, which the request log does not record', async () => {
    emu.requests.clear();
    const put = await call(emu, '/__emulator/faults', {
      method: 'PUT',
      json: [{ route: 'workflows.list', status: 502 }],
      token: null,
      version: null,
    });
    expect(put.status).toBe(200);
    expect(put.body).toEqual([{ route: 'workflows.list', status: 502 }]);
    expect(emu.faults.list()).toEqual([{ route: 'workflows.list', status: 502 }]);
    expect((await call(emu, '/__emulator/faults')).body).toEqual([{ route: 'workflows.list', status: 502 }]);

    const workflowsPath = `/workflows/?locationId=${loc1}`;
    expectError(await call(emu, workflowsPath, { version: CONTACTS }), 502, 'Bad Gateway');

    const invalid = await call(emu, '/__emulator/faults', { method: 'PUT', json: [{ route: 'nope', status: 500 }] });
    expectError(invalid, 400, 'Bad Request');
    const conflicting = await call(emu, '/__emulator/faults', {
      method: 'PUT',
      json: [{ route: '*', status: 500, timeout: true }],
    });
    expectError(conflicting, 400, 'Bad Request');
    expect(emu.faults.list()).toEqual([{ route: 'workflows.list', status: 502 }]);

    expect((await call(emu, '/__emulator/faults', { method: 'DELETE' })).status).toBe(204);
    expect(emu.faults.list()).toEqual([]);
    expect((await call(emu, workflowsPath, { version: CONTACTS })).status).toBe(200);

    const latency = await call(emu, '/__emulator/latency', { method: 'PUT', json: { ms: 5 } });
    expect(latency.body).toEqual({ ms: 5 });
    expect((await call(emu, '/__emulator/latency')).body).toEqual({ ms: 5 });
    expect((await call(emu, workflowsPath, { version: CONTACTS })).status).toBe(200);
    expectError(await call(emu, '/__emulator/latency', { method: 'PUT', json: { ms: -1 } }), 400, 'Bad Request');
    expect((await call(emu, '/__emulator/latency', { method: 'PUT', json: { ms: 0 } })).body).toEqual({ ms: 0 });

    const tokens = (await call(emu, '/__emulator/tokens')).body;
    expect(tokens).toEqual({ agency: emu.tokens.agency, byLocation: emu.tokens.byLocation, locations: [loc1, loc2] });
    expectError(await call(emu, '/__emulator/nothing'), 404, 'Not Found');

    // Only the three workflow requests are logged; GET /__emulator/requests serves the same log.
    expect(emu.requests.all().map((entry) => [entry.route, entry.status])).toEqual([
      ['workflows.list', 502],
      ['workflows.list', 200],
      ['workflows.list', 200],
    ]);
    const logged = await call(emu, '/__emulator/requests');
    expect(logged.body).toEqual(emu.requests.all());
    expect((await call(emu, '/__emulator/requests', { method: 'DELETE' })).status).toBe(204);
    expect(emu.requests.count()).toBe(0);
  });
});

describe('request log', () => {
  it('records route, path, query, status, a token hash and the Version header of every request', async () => {
    emu.requests.clear();
    await call(emu, listPath({ locationId: loc1, pageSize: 2, contactId: ['a', 'b'] }));
    await call(emu, '/contacts/507f1f77bcf86cd799439012', { version: CONTACTS });
    await call(emu, '/contacts/507f1f77bcf86cd799439012', { version: null });
    await call(emu, '/contacts/NoSuchContact0000001', { version: CONTACTS, token: emu.tokens.agency });
    await call(emu, '/calendars/507f1f77bcf86cd799439022', { token: null });
    await call(emu, '/unknown/route');

    const entries = emu.requests.all();
    expect(entries).toHaveLength(6);
    expect(entries[0]).toMatchObject({
      method: 'GET',
      route: 'callLogs.list',
      path: LIST,
      query: { locationId: loc1, pageSize: '2', contactId: 'a,b' },
      status: 200,
      tokenHash: tokenHash(token1),
      versionHeader: VOICE_AI,
    });
    expect(entries.map((entry) => [entry.route, entry.status, entry.versionHeader])).toEqual([
      ['callLogs.list', 200, VOICE_AI],
      ['contacts.get', 200, CONTACTS],
      ['contacts.get', 400, null],
      ['contacts.get', 404, CONTACTS],
      ['calendars.get', 401, VOICE_AI],
      ['unknown', 404, VOICE_AI],
    ]);
    expect(entries[3]?.tokenHash).toBe(tokenHash(emu.tokens.agency));
    expect(entries[4]?.tokenHash).toBeNull();
    for (const entry of entries) {
      expect(entry.tokenHash === null || /^[0-9a-f]{12}$/.test(entry.tokenHash)).toBe(true);
      expect(entry.durationMs).toBeGreaterThanOrEqual(0);
    }
    const seqs = entries.map((entry) => entry.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const serialized = JSON.stringify(entries);
    for (const token of [token1, emu.tokens.agency]) expect(serialized).not.toContain(token);

    expect(emu.requests.count()).toBe(6);
    expect(emu.requests.count({ route: 'contacts.get' })).toBe(3);
    expect(emu.requests.count({ route: 'callLogs.list' })).toBe(1);
    expect(emu.requests.count({ route: 'unknown' })).toBe(1);
    expect(emu.requests.count({ route: 'agents.get' })).toBe(0);

    // Entries are copies: a later request does not change what was read.
    const before = emu.requests.all();
    await call(emu, '/calendars/507f1f77bcf86cd799439022');
    expect(before).toHaveLength(6);
    expect(emu.requests.count()).toBe(7);
  });
});

describe('route shapes and Version headers', () => {
  interface RouteCase {
    name: string;
    path: () => string;
    version: string;
    check: (body: Record<string, unknown>) => void;
  }
  const routes: RouteCase[] = [
    {
      name: 'contacts.get -> { contact }',
      path: () => '/contacts/507f1f77bcf86cd799439012',
      version: CONTACTS,
      check: (body) => {
        expect(Object.keys(body)).toEqual(['contact']);
        expect(body['contact']).toMatchObject({ id: '507f1f77bcf86cd799439012', locationId: loc1 });
      },
    },
    {
      name: 'workflows.list -> { workflows }',
      path: () => `/workflows/?locationId=${loc1}`,
      version: CONTACTS,
      check: (body) => {
        expect(Object.keys(body)).toEqual(['workflows']);
        const workflows = body['workflows'] as { id: string; locationId: string }[];
        expect(workflows).toEqual([...emu.store.workflows(loc1)]);
        expect(workflows.map((workflow) => workflow.id)).toContain('507f1f77bcf86cd799439020');
      },
    },
    {
      name: 'calendars.get -> { calendar }',
      path: () => '/calendars/507f1f77bcf86cd799439022',
      version: VOICE_AI,
      check: (body) => {
        expect(Object.keys(body)).toEqual(['calendar']);
        expect(body['calendar']).toMatchObject({ id: '507f1f77bcf86cd799439022', locationId: loc1 });
      },
    },
    {
      name: 'customFields.list -> { customFields } (contact fields by default)',
      path: () => `/locations/${loc1}/customFields`,
      version: CONTACTS,
      check: (body) => {
        expect(Object.keys(body)).toEqual(['customFields']);
        const fields = body['customFields'] as { id: string; model: string }[];
        expect(fields.length).toBeGreaterThan(0);
        expect(fields.every((field) => field.model === 'contact')).toBe(true);
        expect(fields.map((field) => field.id)).toEqual(
          expect.arrayContaining(['507f1f77bcf86cd799439018', '507f1f77bcf86cd799439025']),
        );
      },
    },
    {
      name: 'knowledgeBases.get -> { success, data }',
      path: () => '/knowledge-bases/507f1f77bcf86cd799439027',
      version: VOICE_AI,
      check: (body) => {
        expect(Object.keys(body).sort()).toEqual(['data', 'success']);
        expect(body['success']).toBe(true);
        expect(body['data']).toMatchObject({ id: '507f1f77bcf86cd799439027', locationId: loc1 });
      },
    },
    {
      name: 'messages.get -> the message itself',
      path: () => '/conversations/messages/507f1f77bcf86cd799439014',
      version: VOICE_AI,
      check: (body) => {
        expect(body).toMatchObject({ id: '507f1f77bcf86cd799439014', locationId: loc1 });
      },
    },
    {
      name: 'agents.get -> the agent itself',
      path: () => `/voice-ai/agents/507f1f77bcf86cd799439013?locationId=${loc1}`,
      version: VOICE_AI,
      check: (body) => {
        expect(body).toMatchObject({ id: '507f1f77bcf86cd799439013', locationId: loc1 });
        expect(body).toEqual(emu.store.agent(loc1, '507f1f77bcf86cd799439013'));
      },
    },
  ];

  it.each(routes)('$name, Version $version', async ({ path, version, check }) => {
    const reply = await call(emu, path(), { version });
    expect(reply.status, reply.text).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
    check(reply.body as Record<string, unknown>);
    const wrong = version === VOICE_AI ? CONTACTS : VOICE_AI;
    expect((await call(emu, path(), { version: wrong })).status).toBe(400);
    expect((await call(emu, path(), { version, token: token2 })).status).toBe(403);
  });

  it('filters custom fields by model and rejects an unknown model', async () => {
    const opportunity = await call(emu, `/locations/${loc1}/customFields?model=opportunity`, { version: CONTACTS });
    const opportunityFields = (opportunity.body as { customFields: { model: string }[] }).customFields;
    expect(opportunityFields.every((field) => field.model === 'opportunity')).toBe(true);
    const all = await call(emu, `/locations/${loc1}/customFields?model=all`, { version: CONTACTS });
    expect((all.body as { customFields: unknown[] }).customFields).toEqual([...emu.store.customFields(loc1)]);
    expectUnprocessable(
      await call(emu, `/locations/${loc1}/customFields?model=invoice`, { version: CONTACTS }),
      /^model must be one of/,
    );
  });

  it('answers 404 for a deleted agent and for unknown resources', async () => {
    const deleted = emu.store.notable.deletedAgentId;
    expectError(await call(emu, `/voice-ai/agents/${deleted}?locationId=${loc1}`), 404, 'Not Found');
    const unknown = 'ffffffffffffffffffffffff';
    expectError(await call(emu, `/calendars/${unknown}`), 404, 'Not Found');
    expectError(await call(emu, `/knowledge-bases/${unknown}`), 404, 'Not Found');
    expectError(await call(emu, `/conversations/messages/${unknown}`), 404, 'Not Found');
    const { dangling } = emu.store.notable;
    expectError(await call(emu, `/contacts/${dangling.contact.id}`, { version: CONTACTS }), 404, 'Not Found');
  });
});

describe('odd call logs a test inserts', () => {
  let odd: Emulator;
  let location: string;
  const base = {
    agentId: 'oddAgent000000000001',
    isAgentDeleted: false,
    createdAt: '2030-01-01T00:00:00.000Z',
    duration: 10,
    trialCall: false,
    summary: 'odd',
    transcript: '',
  };
  const logs: Record<string, unknown>[] = [
    { ...base, id: 'oddNullActions000001', executedCallActions: null },
    { ...base, id: 'oddNoActions00000001', createdAt: '2030-01-02T00:00:00.000Z' },
    {
      ...base,
      id: 'oddScalarActions0001',
      executedCallActions: [1, 'SMS', null, [], { actionType: 5 }, { actionType: 'SMS', actionParameters: null }],
    },
    { ...base, id: 'oddNoCreatedAt000001', executedCallActions: [], createdAt: undefined, duration: 5 },
    { ...base, id: 'oddNumberCreatedAt01', executedCallActions: [], createdAt: 1_893_456_000_000 },
    { ...base, id: 'oddBadCreatedAt00001', executedCallActions: [], createdAt: 'yesterday' },
    { ...base, id: 'oddStringDuration001', executedCallActions: [], duration: '42' },
    { ...base, id: 'oddNoDuration0000001', executedCallActions: [], duration: undefined },
    { ...base, id: 'oddNullDuration00001', executedCallActions: [], duration: null, trialCall: 'yes' },
    { id: 'oddBare000000000001' },
    { ...base, id: 'oddExtraFields000001', executedCallActions: {}, future: { nested: [1, 2, { deep: true }] } },
  ];
  const oddIds = logs.map((log) => log['id'] as string);

  beforeAll(async () => {
    odd = await startTestEmulator({ rateLimit: { enforce: false } });
    location = locationOf(odd, 0);
    for (const log of logs) odd.store.addCallLog(location, log);
    odd.store.addCallLog(location, { summary: 'a log without an id', executedCallActions: 'none' });
  });

  afterAll(async () => {
    await odd.stop();
  });

  it('accepts any shape and serves each log back byte-for-byte from the get and list routes', async () => {
    const listed = await call(odd, listPath({ locationId: location, agentId: base.agentId, pageSize: 50 }));
    expect(listed.status).toBe(200);
    expect((listed.body as ListBody).total).toBe(logs.length - 1);
    for (const log of logs) {
      const id = log['id'] as string;
      const reply = await call(odd, `${LIST}/${id}?locationId=${location}`);
      expect(reply.status, id).toBe(200);
      expect(reply.text).toBe(JSON.stringify(log));
      if (log['agentId'] !== undefined) expect(listed.text).toContain(JSON.stringify(log));
      expect(odd.store.callLog(location, id)).toEqual(JSON.parse(JSON.stringify(log)));
    }
    const all = await listAll(odd, { locationId: location });
    expect(all.total).toBe(1200 + logs.length + 1);
    expect(all.logs).toContainEqual({ summary: 'a log without an id', executedCallActions: 'none' });
  });

  it('returns a frozen copy, and replaces a log by id', () => {
    const input = { ...base, id: 'oddReplaced000000001', executedCallActions: null };
    const copy = odd.store.addCallLog(location, input);
    expect(copy).toEqual(input);
    expect(copy).not.toBe(input);
    expect(Object.isFrozen(copy)).toBe(true);
    input.summary = 'changed after insertion';
    expect(odd.store.callLog(location, 'oddReplaced000000001')?.summary).toBe('odd');
    odd.store.addCallLog(location, { id: 'oddReplaced000000001', executedCallActions: 7 });
    expect(odd.store.callLog(location, 'oddReplaced000000001')).toEqual({
      id: 'oddReplaced000000001',
      executedCallActions: 7,
    });
  });

  it('sorts logs without a createdAt or a numeric duration last, in either direction', async () => {
    const noCreatedAt = [
      'oddBare000000000001',
      'oddBadCreatedAt00001',
      'oddNoCreatedAt000001',
      'oddNumberCreatedAt01',
    ].sort();
    const noDuration = [
      'oddBare000000000001',
      'oddNoDuration0000001',
      'oddNullDuration00001',
      'oddStringDuration001',
    ].sort();
    const tail = (list: CallLogRecord[], count: number): string[] =>
      list
        .slice(-count)
        .map((log) => (log as { id?: string }).id ?? '')
        .filter((id) => id !== '' && id !== 'oddReplaced000000001')
        .sort();
    // The id-less log and the replaced log (no createdAt, no duration) sort last as well.
    const extra = 2;
    const byDefault = await listAll(odd, { locationId: location });
    expect(tail(byDefault.logs, noCreatedAt.length + extra)).toEqual(noCreatedAt);
    for (const sort of ['ascend', 'descend']) {
      const byCreatedAt = await listAll(odd, { locationId: location, sortBy: 'createdAt', sort });
      expect(tail(byCreatedAt.logs, noCreatedAt.length + extra)).toEqual(noCreatedAt);
      const byDuration = await listAll(odd, { locationId: location, sortBy: 'duration', sort });
      expect(tail(byDuration.logs, noDuration.length + extra)).toEqual(noDuration);
    }
    // The newest seeded-or-odd log with a createdAt still comes first.
    expect((byDefault.logs[0] as { id: string }).id).toBe('oddNoActions00000001');
  });

  it('filters odd logs without failing: unreadable fields match no filter on them', async () => {
    const oddOnly = (list: CallLogRecord[]): string[] =>
      list.map((log) => (log as { id?: string }).id ?? '').filter((id) => oddIds.includes(id));
    const sms = await listAll(odd, { locationId: location, actionType: 'SMS' });
    expect(oddOnly(sms.logs)).toEqual(['oddScalarActions0001']);
    const range = await listAll(odd, {
      locationId: location,
      startDate: Date.parse('2029-12-31T00:00:00.000Z'),
      endDate: Date.parse('2030-12-31T00:00:00.000Z'),
    });
    expect(oddOnly(range.logs).sort()).toEqual(
      oddIds
        .filter((id) => !['oddNoCreatedAt000001', 'oddNumberCreatedAt01', 'oddBadCreatedAt00001'].includes(id))
        .filter((id) => id !== 'oddBare000000000001')
        .sort(),
    );
    // Only `trialCall: true` is a trial call.
    const trial = await listAll(odd, { locationId: location, agentId: base.agentId, callType: 'TRIAL' });
    expect(trial.total).toBe(0);
    const live = await listAll(odd, { locationId: location, agentId: base.agentId, callType: 'LIVE' });
    expect(live.total).toBe(logs.length - 1);
    const contact = await listAll(odd, { locationId: location, contactId: 'noSuchContact', agentId: base.agentId });
    expect(contact.total).toBe(0);
  });
});

describe("the seed's base date", () => {
  const newestGenerated = (data: SeedData) =>
    Math.max(
      ...(data.locations[0]?.callLogs ?? [])
        .filter((log) => log.id !== REFERENCE_CALL_LOG_ID)
        .map((log) => Date.parse(log.createdAt)),
    );

  it('ends the seeded calls at the base date, with the same data for the same date and seed', () => {
    const base = '2026-03-10T15:30:00.000Z';
    const data = buildSeed(DEFAULT_SEED, base);
    expect(JSON.stringify(buildSeed(DEFAULT_SEED, base))).toBe(JSON.stringify(data));
    expect(data.locations.map((location) => location.callLogs.length)).toEqual([1200, 1050]);
    const newest = newestGenerated(data);
    expect(newest).toBeLessThanOrEqual(Date.parse(base));
    // The base day holds calls: "the last 7 days" shows data.
    expect(newest).toBeGreaterThanOrEqual(Date.parse('2026-03-10T00:00:00.000Z'));
    // The pinned date is the default of buildSeed, and what the tests run on.
    expect(JSON.stringify(buildSeed(DEFAULT_SEED))).toBe(JSON.stringify(buildSeed(DEFAULT_SEED, PINNED_BASE_DATE)));
  });

  it('defaults to now in a started emulator', async () => {
    const today = await startEmulator({ rateLimit: { enforce: false } });
    try {
      const newest = Math.max(
        ...today.store.callLogs(today.locations[0] ?? '').map((log) => Date.parse(log.createdAt)),
      );
      expect(newest).toBeLessThanOrEqual(Date.now());
      expect(newest).toBeGreaterThan(Date.now() - 2 * 86_400_000);
    } finally {
      await today.stop();
    }
  });
});
