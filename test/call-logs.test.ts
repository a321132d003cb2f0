// Query.callLogs: filters and ordering as upstream parameters, Relay paging over upstream pages, input checks.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { graphql } from './generated/gql.js';
import type { CallLogsQuery, CallLogsQueryVariables } from './generated/graphql.js';
import { type Stack, startStack } from './helpers/stack.js';
import { upstreamCallLogs, upstreamIds } from './helpers/upstream.js';

const CALL_LOGS = graphql(`
  query CallLogs(
    $locationId: ID!
    $filter: CallLogFilter
    $orderBy: CallLogOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    callLogs(
      locationId: $locationId
      filter: $filter
      orderBy: $orderBy
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
        }
      }
      nodes {
        id
      }
    }
  }
`);

let stack: Stack;
let total: number;
beforeAll(async () => {
  stack = await startStack();
  total = (await upstreamCallLogs(stack, { pageSize: 1 })).total;
});
afterAll(() => stack.stop());
beforeEach(() => {
  stack.emulator.requests.clear();
});

async function page(variables: Omit<CallLogsQueryVariables, 'locationId'>) {
  const response = await stack.query(CALL_LOGS, { locationId: stack.locationId, ...variables });
  expect(response.errors).toBeUndefined();
  const connection = response.data?.callLogs;
  if (!connection) throw new Error('no connection');
  expect(connection.nodes).toEqual(connection.edges.map((edge) => edge.node));
  return connection;
}

function listRequests() {
  return stack.emulator.requests.all().filter((request) => request.route === 'callLogs.list');
}

describe('callLogs filters and ordering', () => {
  it('sends every filter and the order as HighLevel query parameters', async () => {
    await page({
      filter: {
        agentId: 'agent_1',
        contactIds: ['contactA', 'contactB'],
        callType: 'TRIAL',
        createdAt: { from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00.000Z' },
        actionTypes: ['SMS', 'CALL_TRANSFER'],
      },
      orderBy: { field: 'DURATION', direction: 'ASC' },
      first: 10,
    });
    expect(listRequests().map((request) => request.query)).toEqual([
      {
        locationId: stack.locationId,
        agentId: 'agent_1',
        contactId: 'contactA,contactB',
        callType: 'TRIAL',
        startDate: String(Date.parse('2025-01-01T00:00:00Z')),
        endDate: String(Date.parse('2025-02-01T00:00:00Z')),
        actionType: 'SMS,CALL_TRANSFER',
        sortBy: 'duration',
        sort: 'ascend',
        page: '1',
        pageSize: '10',
      },
    ]);
  });

  it('orders by creation time descending by default direction', async () => {
    await page({ orderBy: { field: 'CREATED_AT' }, first: 5 });
    expect(listRequests()[0]?.query).toMatchObject({ sortBy: 'createdAt', sort: 'descend' });
  });

  it('supplies the missing end of a date range: the epoch, or now', async () => {
    const before = Date.now();
    await page({ filter: { createdAt: { from: '2025-01-01T00:00:00Z' } }, first: 1 });
    await page({ filter: { createdAt: { to: '2025-01-01T00:00:00Z' } }, first: 1 });
    const after = Date.now();
    const [sinceFrom, untilTo] = listRequests().map((request) => request.query);
    expect(sinceFrom?.['startDate']).toBe(String(Date.parse('2025-01-01T00:00:00Z')));
    expect(Number(sinceFrom?.['endDate'])).toBeGreaterThanOrEqual(before);
    expect(Number(sinceFrom?.['endDate'])).toBeLessThanOrEqual(after);
    expect(untilTo).toMatchObject({ startDate: '0', endDate: String(Date.parse('2025-01-01T00:00:00Z')) });
  });

  it('returns what HighLevel returns for a filter, in HighLevel order', async () => {
    const filtered = await upstreamCallLogs(stack, {
      callType: 'TRIAL',
      sortBy: 'duration',
      sort: 'descend',
      pageSize: 50,
    });
    const connection = await page({
      filter: { callType: 'TRIAL' },
      orderBy: { field: 'DURATION', direction: 'DESC' },
      first: 50,
    });
    expect(connection.totalCount).toBe(filtered.total);
    expect(connection.nodes.map((node) => node.id)).toEqual(filtered.callLogs.map((log) => log.id));
  });
});

describe('callLogs paging', () => {
  it('serves first: 120 as three upstream pages fetched concurrently', async () => {
    stack.emulator.setLatency(100);
    try {
      const connection = await page({ first: 120 });
      const requests = listRequests();
      expect(requests).toHaveLength(3);
      expect(requests.map((request) => request.query['page']).sort()).toEqual(['1', '2', '3']);
      // All three were in flight together: each started before the first one finished.
      const firstFinish = Math.min(...requests.map((request) => request.startedAt + request.durationMs));
      expect(Math.max(...requests.map((request) => request.startedAt))).toBeLessThan(firstFinish);
      expect(connection.nodes.map((node) => node.id)).toEqual(await upstreamIds(stack, 120));
      expect(connection.totalCount).toBe(total);
      expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    } finally {
      stack.emulator.setLatency(0);
    }
  });

  it('walks the whole first 200 through cursors without gaps or repeats', async () => {
    const expected = await upstreamIds(stack, 200);
    const seen: string[] = [];
    let after: string | null = null;
    for (const first of [50, 37, 13, 100]) {
      const connection: CallLogsQuery['callLogs'] = await page({ first, after });
      seen.push(...connection.nodes.map((node) => node.id));
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('serves last without before from the end of the list', async () => {
    const connection = await page({ last: 10 });
    const tail = (await upstreamIds(stack, total)).slice(-10);
    expect(connection.nodes.map((node) => node.id)).toEqual(tail);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('serves last with before as the items just before the cursor', async () => {
    const forward = await page({ first: 30 });
    const cursor = forward.edges[20]?.cursor;
    stack.emulator.requests.clear();
    const connection = await page({ last: 5, before: cursor });
    expect(connection.nodes.map((node) => node.id)).toEqual(forward.nodes.slice(15, 20).map((node) => node.id));
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(listRequests()).toHaveLength(1);
  });

  it('takes the last of the first when both are given, and between two cursors', async () => {
    const forward = await page({ first: 30 });
    const both = await page({ first: 10, last: 3 });
    expect(both.nodes).toEqual(forward.nodes.slice(7, 10));
    const between = await page({ after: forward.edges[4]?.cursor, before: forward.edges[9]?.cursor });
    expect(between.nodes).toEqual(forward.nodes.slice(5, 9));
  });

  it('pages an open-ended date range with the same end on every page', async () => {
    const filter = { createdAt: { from: '2025-01-01T00:00:00Z' } };
    const firstPage = await page({ filter, first: 10 });
    // An hour passes before the next page. Only Date is faked (what "until now" reads): sockets and timers stay real.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.advanceTimersByTime(3_600_000);
    const secondPage = await page({ filter, first: 10, after: firstPage.pageInfo.endCursor }).finally(() =>
      vi.useRealTimers(),
    );
    const [first, second] = listRequests().map((request) => request.query['endDate']);
    expect(second).toBe(first);
    const both = await page({ filter, first: 20 });
    expect([...firstPage.nodes, ...secondPage.nodes].length).toBe(20);
    expect(secondPage.nodes).toEqual(both.nodes.slice(10));
  });

  it('pages backward from before alone, 20 at a time', async () => {
    const forward = await page({ first: 50 });
    const connection = await page({ before: forward.edges[45]?.cursor });
    expect(connection.nodes).toEqual(forward.nodes.slice(25, 45));
  });

  it('answers last: 0 with one request', async () => {
    const connection = await page({ last: 0 });
    expect(connection.edges).toEqual([]);
    expect(connection.totalCount).toBe(total);
    expect(stack.emulator.requests.all()).toHaveLength(1);
  });

  it('answers an empty contactIds (no contact selected) with no calls and no upstream request', async () => {
    const connection = await page({ filter: { contactIds: [] }, first: 5 });
    expect(connection).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      edges: [],
      nodes: [],
    });
    expect(stack.emulator.requests.all()).toHaveLength(0);
  });

  it('answers first: 0 with no edges but the total', async () => {
    const connection = await page({ first: 0 });
    expect(connection.edges).toEqual([]);
    expect(connection.totalCount).toBe(total);
    expect(connection.pageInfo).toMatchObject({ startCursor: null, endCursor: null, hasNextPage: true });
  });
});

describe('callLogs input checks', () => {
  it.each([
    [{ first: 201 }, 'first'],
    [{ first: -1 }, 'first'],
    [{ last: 500 }, 'last'],
    [{ after: 'bm90LWEtY3Vyc29y' }, 'after'],
    [{ before: '%%%' }, 'before'],
    [{ filter: { createdAt: { from: '2025-02-01T00:00:00Z', to: '2025-01-01T00:00:00Z' } } }, 'filter.createdAt'],
    [{ filter: { agentId: '../../admin' } }, 'filter.agentId'],
  ])('rejects %j with BAD_USER_INPUT before any upstream call', async (variables, argumentName) => {
    const response = await stack.query(CALL_LOGS, { locationId: stack.locationId, ...variables });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    expect(stack.emulator.requests.all()).toHaveLength(0);
  });

  it('rejects a cursor from another filter', async () => {
    const trial = await page({ filter: { callType: 'TRIAL' }, first: 2 });
    stack.emulator.requests.clear();
    const response = await stack.query(CALL_LOGS, { locationId: stack.locationId, after: trial.pageInfo.endCursor });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
    expect(stack.emulator.requests.all()).toHaveLength(0);
  });

  it('rejects a malformed DateTime with BAD_USER_INPUT', async () => {
    const response = await stack.query(CALL_LOGS, {
      locationId: stack.locationId,
      filter: { createdAt: { from: 'yesterday' } },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(stack.emulator.requests.all()).toHaveLength(0);
  });
});
