// Bad credentials and bad upstream answers become coded GraphQL errors; production mode leaks nothing internal.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { graphql } from './generated/gql.js';
import { codes } from './helpers/error-codes.js';
import { send } from './helpers/graphql.js';
import { type Stack, startStack } from './helpers/stack.js';

const LIST = /* GraphQL */ `
  query ($locationId: ID!) {
    callLogs(locationId: $locationId, first: 5) {
      totalCount
      nodes {
        id
        contact {
          name
        }
      }
    }
  }
`;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());
beforeEach(() => {
  stack.emulator.requests.clear();
  stack.emulator.faults.clear();
});

describe('credentials', () => {
  it('answers a query without Authorization with UNAUTHENTICATED and no upstream call', async () => {
    const response = await stack.query(LIST, { locationId: stack.locationId }, { token: null });
    expect(response.data).toEqual({ callLogs: null });
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(stack.emulator.requests.all()).toHaveLength(0);
  });

  it('still answers schema questions without Authorization', async () => {
    const response = await stack.query('{ __typename }', {}, { token: null });
    expect(response.data).toEqual({ __typename: 'Query' });
  });

  it("passes HighLevel's 401 on as UNAUTHENTICATED with its message", async () => {
    const response = await stack.query(LIST, { locationId: stack.locationId }, { token: 'not-a-real-token' });
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.errors?.[0]?.message).toMatch(/token/i);
    expect(response.text).not.toContain('not-a-real-token');
  });

  it("passes HighLevel's 403 for another location on as FORBIDDEN", async () => {
    const otherLocation = stack.emulator.locations[1];
    const response = await stack.query(LIST, { locationId: otherLocation });
    expect(codes(response)).toEqual(['FORBIDDEN']);
  });

  it('forwards the caller token and the Version header of each API family', async () => {
    await stack.query(
      `query($locationId: ID!) { callLogs(locationId: $locationId, first: 5) { nodes { contact { name } agent { name } } } }`,
      { locationId: stack.locationId },
    );
    const versions = new Map(stack.emulator.requests.all().map((request) => [request.route, request.versionHeader]));
    expect(versions.get('callLogs.list')).toBe('2021-04-15');
    expect(versions.get('agents.get')).toBe('2021-04-15');
    expect(versions.get('contacts.get')).toBe('2021-07-28');
    expect(new Set(stack.emulator.requests.all().map((request) => request.tokenHash)).size).toBe(1);
  });
});

describe('upstream failures', () => {
  it.each([
    [422, 'Unprocessable Entity'],
    [400, 'Bad Request'],
  ])("maps HighLevel's %i to BAD_USER_INPUT with HighLevel's message", async (status, message) => {
    stack.emulator.faults.set([{ route: 'callLogs.list', status }]);
    const response = await stack.query(LIST, { locationId: stack.locationId });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]).toMatchObject({ message, extensions: { upstreamStatus: status } });
  });

  it('maps a 500 from the list to UPSTREAM_UNAVAILABLE without leaking the upstream URL', async () => {
    stack.emulator.faults.set([{ route: 'callLogs.list', status: 500 }]);
    const response = await stack.query(LIST, { locationId: stack.locationId });
    expect(codes(response)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(response.text).not.toContain(stack.emulator.url);
  });

  it('maps a malformed body to UPSTREAM_UNAVAILABLE', async () => {
    stack.emulator.faults.set([{ route: 'callLogs.list', malformed: true }]);
    const response = await stack.query(LIST, { locationId: stack.locationId });
    expect(codes(response)).toEqual(['UPSTREAM_UNAVAILABLE']);
  });

  it('rejects an id that is not a HighLevel id before any upstream call', async () => {
    const response = await stack.query(`{ callLog(locationId: "loc", id: "../../contacts/x") { id } }`);
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(stack.emulator.requests.all()).toHaveLength(0);
  });
});

describe('a request that is not GraphQL', () => {
  it('answers a body that is not JSON with a coded error in GraphQL shape', async () => {
    const response = await send(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ __typename }"',
    });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
  });
});

describe('retries', () => {
  let retrying: Stack;
  beforeAll(async () => {
    retrying = await startStack({ gateway: { upstreamRetries: 2, upstreamTimeoutMs: 500 } });
  });
  afterAll(() => retrying.stop());
  beforeEach(() => {
    retrying.emulator.requests.clear();
    retrying.emulator.faults.clear();
  });

  it("retries a 429 after HighLevel's Retry-After and succeeds", async () => {
    retrying.emulator.faults.set([{ route: 'callLogs.list', status: 429, times: 1, retryAfterSeconds: 1 }]);
    const response = await retrying.query(LIST, { locationId: retrying.locationId });
    expect(response.errors).toBeUndefined();
    const [refused, retried] = retrying.emulator.requests.all().filter((request) => request.route === 'callLogs.list');
    expect(refused?.status).toBe(429);
    expect(retried?.status).toBe(200);
    expect((retried?.startedAt ?? 0) - (refused?.startedAt ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('gives up at once with RATE_LIMITED and the hint when HighLevel asks for a long wait', async () => {
    // A stack of its own: the gateway now holds this credential and location back for the 120 s
    // (test/retry-after.test.ts), which would refuse the tests after this one.
    const paused = await startStack({ gateway: { upstreamRetries: 2, upstreamTimeoutMs: 500 } });
    try {
      paused.emulator.faults.set([{ route: 'callLogs.list', status: 429, retryAfterSeconds: 120 }]);
      const response = await paused.query(LIST, { locationId: paused.locationId });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 120 });
      expect(paused.emulator.requests.count({ route: 'callLogs.list' })).toBe(1);
    } finally {
      await paused.stop();
    }
  });

  it('retries 502/503/504 and reports UPSTREAM_UNAVAILABLE only when they persist', async () => {
    retrying.emulator.faults.set([{ route: 'callLogs.list', status: 503, times: 2 }]);
    expect((await retrying.query(LIST, { locationId: retrying.locationId })).errors).toBeUndefined();
    expect(retrying.emulator.requests.count({ route: 'callLogs.list' })).toBe(3);

    retrying.emulator.requests.clear();
    retrying.emulator.faults.set([{ route: 'callLogs.list', status: 502 }]);
    expect(codes(await retrying.query(LIST, { locationId: retrying.locationId }))).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(retrying.emulator.requests.count({ route: 'callLogs.list' })).toBe(3);
  });

  it('retries a 500 and a malformed body, but not a 4xx', async () => {
    retrying.emulator.faults.set([{ route: 'callLogs.list', status: 500, times: 1 }]);
    expect((await retrying.query(LIST, { locationId: retrying.locationId })).errors).toBeUndefined();
    expect(retrying.emulator.requests.count({ route: 'callLogs.list' })).toBe(2);

    retrying.emulator.requests.clear();
    retrying.emulator.faults.set([{ route: 'callLogs.list', malformed: true, times: 1 }]);
    expect((await retrying.query(LIST, { locationId: retrying.locationId })).errors).toBeUndefined();
    expect(retrying.emulator.requests.count({ route: 'callLogs.list' })).toBe(2);

    retrying.emulator.requests.clear();
    retrying.emulator.faults.set([{ route: 'callLogs.list', status: 422 }]);
    expect(codes(await retrying.query(LIST, { locationId: retrying.locationId }))).toEqual(['BAD_USER_INPUT']);
    expect(retrying.emulator.requests.count({ route: 'callLogs.list' })).toBe(1);
  });

  it('maps a request that never answers to UPSTREAM_TIMEOUT at the reference alone', async () => {
    retrying.emulator.faults.set([{ route: 'contacts.get', timeout: true }]);
    const response = await retrying.query(
      graphql(`
        query TimedOutContact($locationId: ID!) {
          callLogs(locationId: $locationId, first: 1, filter: { callType: LIVE }) {
            nodes {
              id
              contact {
                name
              }
            }
          }
        }
      `),
      { locationId: retrying.locationId },
    );
    expect(response.data?.callLogs?.nodes).toEqual([{ id: expect.any(String), contact: null }]);
    expect(response.errors).toEqual([
      expect.objectContaining({
        path: ['callLogs', 'nodes', 0, 'contact'],
        extensions: expect.objectContaining({ code: 'UPSTREAM_TIMEOUT' }),
      }),
    ]);
    // got retries timeouts too: three attempts in all.
    expect(retrying.emulator.requests.count({ route: 'contacts.get' })).toBe(3);
  });
});

describe('production mode', () => {
  let production: Stack;
  beforeAll(async () => {
    production = await startStack({ gateway: { production: true } });
  });
  afterAll(() => production.stop());

  it('sends no stack traces, URLs or tokens, and every error has a code', async () => {
    production.emulator.faults.set([{ route: 'contacts.get', status: 503 }]);
    const responses = [
      await production.query(LIST, { locationId: production.locationId }),
      await production.query(LIST, { locationId: production.locationId }, { token: 'leaky-token-123' }),
      await production.query('{ callLogs { nope } }'),
    ];
    for (const response of responses) {
      expect(response.errors?.length).toBeGreaterThan(0);
      for (const error of response.errors ?? []) expect(typeof error.extensions?.['code']).toBe('string');
      expect(response.text).not.toMatch(/stacktrace|at .*\.(ts|js):\d+/);
      expect(response.text).not.toContain(production.emulator.url);
      expect(response.text).not.toContain('leaky-token-123');
    }
  });
});
