// Bad credentials and bad upstream answers become coded GraphQL errors; production mode leaks nothing internal.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './helpers/stack.js';

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

function codes(response: { errors?: { extensions?: Record<string, unknown> }[] }): unknown[] {
  return (response.errors ?? []).map((error) => error.extensions?.['code']);
}

describe('credentials', () => {
  it('answers a query without Authorization with UNAUTHENTICATED and no upstream call', async () => {
    const response = await stack.query(LIST, { locationId: stack.locationId }, { token: null });
    expect(response.data).toBeNull();
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
  it("maps HighLevel's 422 to BAD_USER_INPUT with HighLevel's message", async () => {
    stack.emulator.faults.set([{ route: 'callLogs.list', status: 422 }]);
    const response = await stack.query(LIST, { locationId: stack.locationId });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions).toMatchObject({ upstreamStatus: 422 });
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
