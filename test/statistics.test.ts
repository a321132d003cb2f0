// callStatistics: every figure equals a direct computation over the emulator's stored calls (ranges, time zones
// with a DST switch, filters, an action type HighLevel adds later), and each plan costs exactly what it should
// upstream: a cold scan ⌈N/50⌉, a warm repeat the open day's pages, an overlapping range only what no cache holds,
// counts and action types from HighLevel's totals; past its budget the newest days with PARTIAL_STATISTICS; no day
// shared between credentials; bad ranges refused before any upstream request.
import { SignJWT } from 'jose';
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import type { AuthOptions } from '../src/auth.js';
import { AGENCY_TOKEN } from '../src/emulator/tokens.js';
import type { CallLogRecord } from '../src/emulator/types.js';
import { graphql } from './generated/gql.js';
import type { CallLogFilter } from './generated/graphql.js';
import { type DirectFilter, type DirectRange, directStatistics } from './helpers/direct-statistics.js';
import { countsByRoute, tokenHash } from './helpers/emulator-log.js';
import { type RedisServer, startRedis } from './helpers/redis.js';
import { type Stack, startStack } from './helpers/stack.js';

const DAY_MS = 86_400_000;

const FullStatistics = graphql(`
  query FullStatistics($locationId: ID!, $range: CallStatisticsRange!, $filter: CallLogFilter) {
    callStatistics(locationId: $locationId, range: $range, filter: $filter) {
      timeZone
      count
      liveCount
      trialCount
      duration {
        ...DurationFields
      }
      byDay {
        date
        count
        liveCount
        trialCount
        duration {
          ...DurationFields
        }
        complete
      }
      byHourOfDay {
        hour
        count
      }
      byAgent {
        agentId
        isAgentDeleted
        count
        duration {
          ...DurationFields
        }
      }
      byActionType {
        type
        calls
        executions
      }
      coverage {
        complete
        scannedCalls
        upstreamRequests
        cachedDays
        plan
      }
    }
  }

  fragment DurationFields on DurationStatistics {
    count
    total
    average
    median
    p90
    min
    max
  }
`);

const Counts = graphql(`
  query StatisticsCounts($locationId: ID!, $range: CallStatisticsRange!, $filter: CallLogFilter) {
    callStatistics(locationId: $locationId, range: $range, filter: $filter) {
      count
      liveCount
      trialCount
      coverage {
        upstreamRequests
        plan
      }
    }
  }
`);

const CountOnly = graphql(`
  query StatisticsCountOnly($locationId: ID!, $range: CallStatisticsRange!) {
    callStatistics(locationId: $locationId, range: $range) {
      count
    }
  }
`);

const TrialCountOnly = graphql(`
  query StatisticsTrialCountOnly($locationId: ID!, $range: CallStatisticsRange!) {
    callStatistics(locationId: $locationId, range: $range) {
      trialCount
    }
  }
`);

const ActionTypeCalls = graphql(`
  query StatisticsActionTypeCalls($locationId: ID!, $range: CallStatisticsRange!) {
    callStatistics(locationId: $locationId, range: $range) {
      byActionType {
        type
        calls
      }
      coverage {
        upstreamRequests
        plan
      }
    }
  }
`);

const AgentNames = graphql(`
  query StatisticsAgentNames($locationId: ID!, $range: CallStatisticsRange!) {
    callStatistics(locationId: $locationId, range: $range) {
      byAgent {
        agentId
        agent {
          id
          name
        }
      }
    }
  }
`);

/** The pinned seed's calls end at 2025-11-01T00:00Z and begin 90 days before. */
const LAST_92_DAYS: DirectRange = { from: '2025-08-01T00:00:00.000Z', to: '2025-11-01T00:00:00.000Z' };
const LAST_30_DAYS: DirectRange = { from: '2025-10-02T00:00:00.000Z', to: '2025-11-01T00:00:00.000Z' };

/** Without `coverage` and `timeZone`, which the direct computation has no equivalent of. */
function figures<T extends object>(statistics: T | undefined): Omit<T, 'coverage' | 'timeZone'> {
  if (!statistics) throw new Error('no statistics');
  return Object.fromEntries(
    Object.entries(statistics).filter(([name]) => name !== 'coverage' && name !== 'timeZone'),
  ) as Omit<T, 'coverage' | 'timeZone'>;
}

function direct(stack: Stack, range: DirectRange, filter: DirectFilter = {}) {
  return directStatistics(stack.emulator.store.callLogs(stack.locationId), range, filter);
}

function listRequests(stack: Stack) {
  return stack.emulator.requests.all().filter((entry) => entry.route === 'callLogs.list');
}

const pages = (calls: number) => Math.max(1, Math.ceil(calls / 50));

describe('every figure equals a direct computation over the stored calls', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  it.each<[string, DirectRange]>([
    ['UTC, the last 30 days', LAST_30_DAYS],
    ['UTC, every day of the data (92)', LAST_92_DAYS],
    // Europe/Berlin leaves summer time on 2025-10-26: a day of 25 hours, with 02:00-03:00 twice.
    [
      'Europe/Berlin, October, with the switch back from summer time',
      { from: '2025-10-01T00:00:00+02:00', to: '2025-11-01T00:00:00+01:00', timeZone: 'Europe/Berlin' },
    ],
    // Australia/Sydney moves to summer time on 2025-10-05: a day of 23 hours.
    [
      'Australia/Sydney, with the switch to summer time',
      { from: '2025-09-20T00:00:00+10:00', to: '2025-10-20T00:00:00+11:00', timeZone: 'Australia/Sydney' },
    ],
    // A quarter-hour offset, and a range that starts and ends mid-day: the first and last days are partial.
    [
      'Asia/Kathmandu, partial first and last days',
      { from: '2025-09-15T10:20:00Z', to: '2025-10-20T07:05:00Z', timeZone: 'Asia/Kathmandu' },
    ],
    [
      'America/Los_Angeles, 92 local days',
      { from: '2025-08-01T00:00:00-07:00', to: '2025-11-01T00:00:00-07:00', timeZone: 'America/Los_Angeles' },
    ],
  ])('%s', async (_name, range) => {
    const response = await stack.query(FullStatistics, { locationId: stack.locationId, range });
    expect(response.errors).toBeUndefined();
    const expected = direct(stack, range);
    expect(expected.count).toBeGreaterThan(300);
    expect(figures(response.data?.callStatistics)).toEqual(expected);
    expect(response.data?.callStatistics.timeZone).toBe(range.timeZone ?? 'UTC');
    expect(response.data?.callStatistics.coverage).toMatchObject({ complete: true, plan: 'SCAN', cachedDays: 0 });
  });

  it('counts the 25-hour day of a DST switch whole, and its repeated hour once per call', async () => {
    const range = { from: '2025-10-26T00:00:00+02:00', to: '2025-10-27T00:00:00+01:00', timeZone: 'Europe/Berlin' };
    const response = await stack.query(FullStatistics, { locationId: stack.locationId, range });
    const statistics = response.data?.callStatistics;
    expect(statistics?.byDay.map((day) => day.date)).toEqual(['2025-10-26']);
    const calls = stack.emulator.store
      .callLogs(stack.locationId)
      .filter((log) => log.createdAt >= '2025-10-25T22:00:00.000Z' && log.createdAt < '2025-10-26T23:00:00.000Z');
    expect(statistics?.count).toBe(calls.length);
    expect(figures(statistics)).toEqual(direct(stack, range));
  });

  it.each<[string, DirectFilter & CallLogFilter]>([
    ['an agent', { agentId: '507f1f77bcf86cd799439013' }],
    ['trial calls', { callType: 'TRIAL' }],
    ['live calls', { callType: 'LIVE' }],
    ['two action types', { actionTypes: ['SMS', 'CALL_TRANSFER'] }],
    ['contacts', { contactIds: ['507f1f77bcf86cd799439012', 'zzzzzzzzzzzzzzzzzzzz'] }],
  ])('with a filter: %s', async (_name, filter) => {
    const range = { ...LAST_92_DAYS, timeZone: 'America/Chicago' };
    const response = await stack.query(FullStatistics, { locationId: stack.locationId, range, filter });
    expect(response.errors).toBeUndefined();
    const expected = direct(stack, range, filter);
    expect(expected.count).toBeGreaterThan(0);
    expect(figures(response.data?.callStatistics)).toEqual(expected);
  });

  it('resolves each agent lazily, as on CallLog: the deleted ones are null without a request', async () => {
    stack.emulator.requests.clear();
    const response = await stack.query(AgentNames, { locationId: stack.locationId, range: LAST_92_DAYS });
    const agents = response.data?.callStatistics.byAgent ?? [];
    const live = direct(stack, LAST_92_DAYS).byAgent.filter((agent) => !agent.isAgentDeleted);
    expect(agents.filter((agent) => agent.agent !== null).map((agent) => agent.agent?.id)).toEqual(
      live.map((agent) => agent.agentId),
    );
    expect(agents.every((agent) => agent.agent === null || typeof agent.agent.name === 'string')).toBe(true);
    expect(countsByRoute(stack.emulator)['agents.get']).toBe(live.length);
  });
});

describe('an action type HighLevel adds later, and calls missing fields', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
    const base: Omit<CallLogRecord, 'id' | 'createdAt'> = {
      agentId: '507f1f77bcf86cd799439013',
      isAgentDeleted: false,
      duration: 42,
      trialCall: false,
      executedCallActions: [],
      summary: '',
      transcript: '',
    };
    stack.emulator.store.addCallLog(stack.locationId, {
      ...base,
      id: 'newtype00000000000000001',
      createdAt: '2025-10-20T12:00:00.000Z',
      executedCallActions: [
        { actionId: 'a1', actionType: 'VOICEMAIL_DROP', actionName: 'Drop', actionParameters: {} },
        { actionId: 'a2', actionType: 'VOICEMAIL_DROP', actionName: 'Drop', actionParameters: {} },
        { actionId: 'a3', actionType: 'SMS', actionName: 'Text', actionParameters: {} },
      ],
    } as unknown as CallLogRecord);
    // No duration and no agent: counted, but in no duration figure, under a null agent.
    stack.emulator.store.addCallLog(stack.locationId, {
      id: 'noduration00000000000001',
      createdAt: '2025-10-21T03:30:00.000Z',
      trialCall: true,
      executedCallActions: [{ actionType: 'VOICEMAIL_DROP' }],
    });
  });
  afterAll(() => stack.stop());

  it('counts it with the others, and every figure still equals the direct computation', async () => {
    const range = { ...LAST_30_DAYS, timeZone: 'America/New_York' };
    const response = await stack.query(FullStatistics, { locationId: stack.locationId, range });
    expect(response.errors).toBeUndefined();
    const statistics = response.data?.callStatistics;
    expect(figures(statistics)).toEqual(direct(stack, range));
    expect(statistics?.byActionType.find((entry) => entry.type === 'VOICEMAIL_DROP')).toEqual({
      type: 'VOICEMAIL_DROP',
      calls: 2,
      executions: 3,
    });
    expect(statistics?.byAgent.at(-1)).toMatchObject({ agentId: null, count: 1, duration: { count: 0, median: null } });
    expect(statistics?.duration.count).toBe((statistics?.count ?? 0) - 1);
  });
});

describe('upstream requests', () => {
  let stack: Stack;
  afterEach(() => stack.stop());
  const start = async (options: Parameters<typeof startStack>[0] = {}) => {
    stack = await startStack({
      ...options,
      // The day cache lives in the shared cache; whole responses are not reused, so that each query shows its plan.
      gateway: { cache: {}, responseCache: false, ...options.gateway },
    });
    stack.emulator.requests.clear();
  };

  it('cold: ⌈N/50⌉ pages of 50, all at once after the first; a repeat over days that are over: none', async () => {
    await start();
    const expected = direct(stack, LAST_92_DAYS);
    const cold = await stack.query(FullStatistics, { locationId: stack.locationId, range: LAST_92_DAYS });
    const requests = listRequests(stack);
    expect(requests).toHaveLength(pages(expected.count));
    expect(requests).toHaveLength(24);
    expect(countsByRoute(stack.emulator)).toEqual({ 'callLogs.list': 24 });
    for (const request of requests) {
      expect(request.query).toMatchObject({
        pageSize: '50',
        startDate: String(Date.parse(LAST_92_DAYS.from)),
        endDate: String(Date.parse(LAST_92_DAYS.to) - 1),
      });
    }
    expect(cold.data?.callStatistics.coverage).toEqual({
      complete: true,
      scannedCalls: expected.count,
      upstreamRequests: 24,
      cachedDays: 0,
      plan: 'SCAN',
    });

    stack.emulator.requests.clear();
    const warm = await stack.query(FullStatistics, { locationId: stack.locationId, range: LAST_92_DAYS });
    expect(stack.emulator.requests.all()).toHaveLength(0);
    expect(figures(warm.data?.callStatistics)).toEqual(expected);
    expect(warm.data?.callStatistics.coverage).toEqual({
      complete: true,
      scannedCalls: 0,
      upstreamRequests: 0,
      cachedDays: 92,
      plan: 'SCAN',
    });
  });

  it('an overlapping range reads only the days no cache holds', async () => {
    await start();
    const september = { from: '2025-09-01T00:00:00Z', to: '2025-10-01T00:00:00Z' };
    await stack.query(FullStatistics, { locationId: stack.locationId, range: september });
    stack.emulator.requests.clear();
    const overlapping = { from: '2025-09-15T00:00:00.000Z', to: '2025-10-15T00:00:00.000Z' };
    const response = await stack.query(FullStatistics, { locationId: stack.locationId, range: overlapping });
    const uncovered = direct(stack, { from: '2025-10-01T00:00:00.000Z', to: overlapping.to }).count;
    const requests = listRequests(stack);
    expect(requests).toHaveLength(pages(uncovered));
    for (const request of requests) {
      expect(request.query).toMatchObject({
        startDate: String(Date.parse('2025-10-01T00:00:00Z')),
        endDate: String(Date.parse(overlapping.to) - 1),
      });
    }
    expect(figures(response.data?.callStatistics)).toEqual(direct(stack, overlapping));
    expect(response.data?.callStatistics.coverage).toMatchObject({ cachedDays: 16, scannedCalls: uncovered });
  });

  it('with calls up to now, a repeat reuses the open day for 30 s, then reads only the days not over yet', async () => {
    await start({ emulator: { baseDate: new Date() } });
    const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
    const range = { from: new Date(today - 29 * DAY_MS).toISOString(), to: new Date(today + DAY_MS).toISOString() };
    const cold = await stack.query(FullStatistics, { locationId: stack.locationId, range });
    const expected = direct(stack, range);
    expect(listRequests(stack)).toHaveLength(pages(expected.count));
    expect(figures(cold.data?.callStatistics)).toEqual(expected);

    // At once: every day from the cache, the open one as read moments ago (as a cached list would be).
    stack.emulator.requests.clear();
    const again = await stack.query(FullStatistics, { locationId: stack.locationId, range });
    expect(stack.emulator.requests.all()).toHaveLength(0);
    expect(figures(again.data?.callStatistics)).toEqual(expected);
    expect(again.data?.callStatistics.coverage.cachedDays).toBe(30);

    // Over 30 s later: the days not over yet are read again, and only they.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 31_000 });
    try {
      stack.emulator.requests.clear();
      const asked = Date.now();
      const warm = await stack.query(FullStatistics, { locationId: stack.locationId, range });
      // A day is over once it ended more than an hour ago: today, and yesterday in the hour after midnight.
      const openFrom = asked - today < 3_600_000 ? today - DAY_MS : today;
      const open = direct(stack, { from: new Date(openFrom).toISOString(), to: range.to }).count;
      const requests = listRequests(stack);
      expect(requests).toHaveLength(pages(open));
      expect(requests.every((request) => request.query['startDate'] === String(openFrom))).toBe(true);
      expect(figures(warm.data?.callStatistics)).toEqual(expected);
      expect(warm.data?.callStatistics.coverage.cachedDays).toBe((openFrom - (today - 29 * DAY_MS)) / DAY_MS);
    } finally {
      vi.useRealTimers();
    }
  });

  it('counts alone: HighLevel totals with pageSize=1, one or two requests whatever the range holds', async () => {
    await start();
    const expected = direct(stack, LAST_92_DAYS);
    const count = await stack.query(CountOnly, { locationId: stack.locationId, range: LAST_92_DAYS });
    expect(count.data?.callStatistics.count).toBe(expected.count);
    expect(listRequests(stack).map((request) => request.query)).toEqual([
      expect.objectContaining({ pageSize: '1', page: '1' }),
    ]);

    stack.emulator.requests.clear();
    const trial = await stack.query(TrialCountOnly, { locationId: stack.locationId, range: LAST_92_DAYS });
    expect(trial.data?.callStatistics.trialCount).toBe(expected.trialCount);
    expect(listRequests(stack).map((request) => request.query)).toEqual([
      expect.objectContaining({ pageSize: '1', callType: 'TRIAL' }),
    ]);

    stack.emulator.requests.clear();
    const all = await stack.query(Counts, { locationId: stack.locationId, range: LAST_92_DAYS });
    expect(all.data?.callStatistics).toEqual({
      count: expected.count,
      liveCount: expected.liveCount,
      trialCount: expected.trialCount,
      coverage: { upstreamRequests: 2, plan: 'TOTALS' },
    });
    expect(listRequests(stack)).toHaveLength(2);

    stack.emulator.requests.clear();
    const live = await stack.query(Counts, {
      locationId: stack.locationId,
      range: LAST_92_DAYS,
      filter: { callType: 'LIVE' },
    });
    expect(live.data?.callStatistics).toMatchObject({
      count: expected.liveCount,
      liveCount: expected.liveCount,
      trialCount: 0,
    });
    expect(listRequests(stack)).toHaveLength(1);
  });

  it('counts over days all cached: no request', async () => {
    await start();
    await stack.query(FullStatistics, { locationId: stack.locationId, range: LAST_30_DAYS });
    stack.emulator.requests.clear();
    const counts = await stack.query(Counts, { locationId: stack.locationId, range: LAST_30_DAYS });
    expect(stack.emulator.requests.all()).toHaveLength(0);
    expect(counts.data?.callStatistics).toMatchObject({
      count: direct(stack, LAST_30_DAYS).count,
      coverage: { upstreamRequests: 0, plan: 'SCAN' },
    });
  });

  it('calls per action type alone: the first page, then one total per documented type when that is fewer', async () => {
    await start();
    const expected = direct(stack, LAST_92_DAYS).byActionType.map(({ type, calls }) => ({ type, calls }));
    const response = await stack.query(ActionTypeCalls, { locationId: stack.locationId, range: LAST_92_DAYS });
    expect(response.data?.callStatistics).toEqual({
      byActionType: expected,
      coverage: { upstreamRequests: 9, plan: 'TOTALS' },
    });
    const [probe, ...totals] = listRequests(stack);
    expect(probe?.query).toMatchObject({ page: '1', pageSize: '50' });
    expect(totals.map((request) => request.query['actionType']).sort()).toEqual([
      'APPOINTMENT_BOOKING',
      'CALL_TRANSFER',
      'CUSTOM_ACTION',
      'DATA_EXTRACTION',
      'IN_CALL_DATA_EXTRACTION',
      'KNOWLEDGE_BASE',
      'SMS',
      'WORKFLOW_TRIGGER',
    ]);
    expect(totals.every((request) => request.query['pageSize'] === '1')).toBe(true);

    // Three days fit in one page: the scan is cheaper.
    stack.emulator.requests.clear();
    const short = { from: '2025-10-10T00:00:00.000Z', to: '2025-10-13T00:00:00.000Z' };
    const few = await stack.query(ActionTypeCalls, { locationId: stack.locationId, range: short });
    expect(direct(stack, short).count).toBeLessThanOrEqual(50);
    expect(few.data?.callStatistics).toEqual({
      byActionType: direct(stack, short).byActionType.map(({ type, calls }) => ({ type, calls })),
      coverage: { upstreamRequests: 1, plan: 'SCAN' },
    });
  });
});

describe('the upstream budget (STATISTICS_MAX_UPSTREAM_REQUESTS)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gateway: { cache: {}, statistics: { maxUpstreamRequests: 5 } } });
  });
  afterAll(() => stack.stop());

  it('answers the newest days that fit, marks the rest, and says so with PARTIAL_STATISTICS; repeats finish it', async () => {
    stack.emulator.requests.clear();
    const response = await stack.query(FullStatistics, { locationId: stack.locationId, range: LAST_92_DAYS });
    expect(listRequests(stack)).toHaveLength(5);
    const statistics = response.data?.callStatistics;
    expect(statistics?.coverage).toMatchObject({ complete: false, upstreamRequests: 5, plan: 'SCAN' });
    expect(response.errors).toEqual([
      expect.objectContaining({
        path: ['callStatistics'],
        extensions: expect.objectContaining({ code: 'PARTIAL_STATISTICS' }),
      }),
    ]);
    // The complete days are the newest ones, and every figure is theirs exactly.
    const days = statistics?.byDay ?? [];
    const firstComplete = days.findIndex((day) => day.complete);
    expect(firstComplete).toBeGreaterThan(0);
    expect(days.slice(firstComplete).every((day) => day.complete)).toBe(true);
    const covered = direct(stack, { from: `${days[firstComplete]?.date}T00:00:00.000Z`, to: LAST_92_DAYS.to });
    expect(covered.count).toBeGreaterThan(150);
    const incomplete = days.slice(0, firstComplete).map((day) => ({ ...day, complete: false }));
    const emptyDuration = { count: 0, total: null, average: null, median: null, p90: null, min: null, max: null };
    expect(figures(statistics)).toEqual({
      ...covered,
      byDay: [
        ...incomplete.map(({ date }) => ({
          date,
          count: 0,
          liveCount: 0,
          trialCount: 0,
          duration: emptyDuration,
          complete: false,
        })),
        ...covered.byDay,
      ],
    });
    expect(response.errors?.[0]?.extensions?.['missingDays']).toEqual(incomplete.map((day) => day.date));

    // Each repeat reads further back (the newest days are cached now; a partial answer is not), until it is whole.
    let rounds = 1;
    let last = response;
    while (last.data?.callStatistics.coverage.complete === false && rounds < 10) {
      stack.emulator.requests.clear();
      last = await stack.query(FullStatistics, { locationId: stack.locationId, range: LAST_92_DAYS });
      expect(listRequests(stack).length).toBeLessThanOrEqual(5);
      rounds += 1;
    }
    expect(rounds).toBeGreaterThan(4);
    expect(last.errors).toBeUndefined();
    expect(figures(last.data?.callStatistics)).toEqual(direct(stack, LAST_92_DAYS));
  });
});

describe('tenancy', () => {
  it('two credentials of the same location never share a cached day', async () => {
    const stack = await startStack({ gateway: { cache: {}, responseCache: false } });
    try {
      const other = stack.emulator.mintToken(stack.locationId);
      await stack.query(FullStatistics, { locationId: stack.locationId, range: LAST_30_DAYS });
      const cold = listRequests(stack).length;
      expect(cold).toBeGreaterThan(1);

      stack.emulator.requests.clear();
      await stack.query(FullStatistics, { locationId: stack.locationId, range: LAST_30_DAYS }, { token: other });
      expect(listRequests(stack)).toHaveLength(cold);
      expect(new Set(listRequests(stack).map((request) => request.tokenHash))).toEqual(new Set([tokenHash(other)]));

      stack.emulator.requests.clear();
      await stack.query(FullStatistics, { locationId: stack.locationId, range: LAST_30_DAYS });
      await stack.query(FullStatistics, { locationId: stack.locationId, range: LAST_30_DAYS }, { token: other });
      expect(listRequests(stack)).toHaveLength(0);
    } finally {
      await stack.stop();
    }
  });

  it("service mode: a caller without the location's claim is refused before the cache, which another filled", async () => {
    const secret = 'test-only-hs256-secret-0123456789abcdef';
    const auth: AuthOptions = {
      mode: 'service',
      serviceToken: AGENCY_TOKEN,
      jwtSecret: secret,
      issuer: 'https://auth.example.test/',
      audience: 'call-log-gateway',
      locationsClaim: 'locations',
    };
    const stack = await startStack({ gateway: { auth, cache: {}, responseCache: false } });
    const jwt = (locations: string[]) =>
      new SignJWT({ locations })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(auth.issuer)
        .setAudience(auth.audience)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(secret));
    try {
      const [location1 = '', location2 = ''] = stack.emulator.locations;
      const reader = await jwt([location1]);
      const stranger = await jwt([location2]);
      const allowed = await stack.query(
        FullStatistics,
        { locationId: location1, range: LAST_30_DAYS },
        { token: reader },
      );
      expect(allowed.errors).toBeUndefined();

      stack.emulator.requests.clear();
      const refused = await stack.query(
        FullStatistics,
        { locationId: location1, range: LAST_30_DAYS },
        { token: stranger },
      );
      expect(refused.errors?.map((error) => error.extensions?.['code'])).toEqual(['FORBIDDEN']);
      expect(refused.data).toBeNull();
      expect(refused.text).not.toContain('"count"');
      expect(stack.emulator.requests.all()).toHaveLength(0);

      const again = await stack.query(
        FullStatistics,
        { locationId: location1, range: LAST_30_DAYS },
        { token: reader },
      );
      expect(again.data?.callStatistics.coverage.cachedDays).toBe(30);
      expect(stack.emulator.requests.all()).toHaveLength(0);
    } finally {
      await stack.stop();
    }
  });
});

describe('refused before any upstream request', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gateway: { cache: {} } });
  });
  afterAll(() => stack.stop());

  it.each<[string, DirectRange, CallLogFilter?]>([
    ['`to` before `from`', { from: '2025-10-02T00:00:00Z', to: '2025-10-01T00:00:00Z' }],
    ['`to` equal to `from`', { from: '2025-10-01T00:00:00Z', to: '2025-10-01T00:00:00Z' }],
    ['93 days', { from: '2025-07-31T00:00:00Z', to: '2025-11-01T00:00:00Z' }],
    ['a year', { from: '2024-11-01T00:00:00Z', to: '2025-11-01T00:00:00Z' }],
    ['an unknown time zone', { ...LAST_30_DAYS, timeZone: 'Mars/Olympus_Mons' }],
    ['an offset instead of a zone', { ...LAST_30_DAYS, timeZone: '+02:00' }],
    ['an empty time zone', { ...LAST_30_DAYS, timeZone: '' }],
    ['before 1970', { from: '1969-12-31T00:00:00Z', to: '1970-01-02T00:00:00Z' }],
    ['filter.createdAt', LAST_30_DAYS, { createdAt: { from: '2025-10-01T00:00:00Z' } }],
  ])('%s', async (_name, range, filter) => {
    stack.emulator.requests.clear();
    const response = await stack.query(FullStatistics, {
      locationId: stack.locationId,
      range,
      ...(filter ? { filter } : {}),
    });
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
    expect(stack.emulator.requests.all()).toHaveLength(0);
  });

  it('counts a range in wall-clock days of its zone: 92 days across a DST switch are 92 days', async () => {
    const range = { from: '2025-08-01T00:00:00+02:00', to: '2025-11-01T00:00:00+01:00', timeZone: 'Europe/Berlin' };
    expect(Date.parse(range.to) - Date.parse(range.from)).toBe(92 * DAY_MS + 3_600_000);
    const response = await stack.query(CountOnly, { locationId: stack.locationId, range });
    expect(response.errors).toBeUndefined();
  });
});

describe('the static cost estimate', () => {
  it('counts callStatistics at its budget, and its agents as references', async () => {
    const stack = await startStack({
      gateway: { limits: { maxEstimatedUpstreamRequests: 50 }, statistics: { maxUpstreamRequests: 20 } },
    });
    try {
      const within = await stack.query(AgentNames, { locationId: stack.locationId, range: LAST_30_DAYS });
      expect(within.errors).toBeUndefined();
      // 20 for the statistics, 20 assumed agents: 40.
      const twice = `query ($locationId: ID!, $range: CallStatisticsRange!) {
        a: callStatistics(locationId: $locationId, range: $range) { count }
        b: callStatistics(locationId: $locationId, range: $range) { byAgent { agent { name } } }
      }`;
      stack.emulator.requests.clear();
      const refused = await stack.query(twice, { locationId: stack.locationId, range: LAST_30_DAYS });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'QUERY_TOO_EXPENSIVE',
        estimatedUpstreamRequests: 20 + 20 + 20,
      });
      expect(stack.emulator.requests.all()).toHaveLength(0);
    } finally {
      await stack.stop();
    }
  });
});

describe('in Redis', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(() => redis.stop());

  it('shares days between instances, and reads a day whose entry is not what this version wrote as a miss', async () => {
    // Three instances on one Redis, each with an emulator of the same seed: same token, same location, same days.
    const options = { gateway: { redisUrl: redis.url, cache: {}, responseCache: false } };
    const stacks = [await startStack(options), await startStack(options), await startStack(options)];
    const [first, second, third] = stacks as [Stack, Stack, Stack];
    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      const range = { from: '2025-10-20T00:00:00.000Z', to: '2025-10-30T00:00:00.000Z' };
      const expected = direct(first, range);
      await first.query(FullStatistics, { locationId: first.locationId, range });
      expect(listRequests(first)).toHaveLength(pages(expected.count));
      second.emulator.requests.clear();
      const shared = await second.query(FullStatistics, { locationId: second.locationId, range });
      expect(second.emulator.requests.all()).toHaveLength(0);
      expect(figures(shared.data?.callStatistics)).toEqual(expected);

      // Tamper with every day entry: a wrong count, another version, a broken field, garbage, another key's entry.
      const keys: string[] = [];
      for await (const batch of client.scanIterator({ MATCH: '*', COUNT: 1000 })) keys.push(...batch);
      const days: { key: string; entry: { value: Record<string, unknown> } }[] = [];
      for (const key of keys) {
        if ((await client.type(key)) !== 'string') continue;
        const text = await client.get(key);
        if (text?.includes('"day":{'))
          days.push({ key, entry: JSON.parse(text) as { value: Record<string, unknown> } });
      }
      expect(days).toHaveLength(10);
      const tamper = [
        (value: Record<string, unknown>) => ({ ...value, day: { ...(value['day'] as object), count: 1_000_000 } }),
        (value: Record<string, unknown>) => ({ ...value, version: 999 }),
        (value: Record<string, unknown>) => ({ ...value, day: { ...(value['day'] as object), hours: [1, 2] } }),
        () => 'not a day',
        (value: Record<string, unknown>) => ({ ...value, id: 'another key' }),
      ];
      for (const [index, { key, entry }] of days.entries()) {
        const change = tamper[index % tamper.length] ?? (() => null);
        await client.set(key, JSON.stringify({ ...entry, value: change(entry.value) }), { expiration: 'KEEPTTL' });
      }
      // A third instance, which has seen none of the days itself, finds only bad entries: every day is read again.
      third.emulator.requests.clear();
      const reread = await third.query(FullStatistics, { locationId: third.locationId, range });
      expect(figures(reread.data?.callStatistics)).toEqual(expected);
      expect(listRequests(third)).toHaveLength(pages(expected.count));
      expect(reread.data?.callStatistics.coverage.cachedDays).toBe(0);
    } finally {
      await client.quit();
      for (const stack of stacks) await stack.stop();
    }
  });
});
