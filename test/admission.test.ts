// Admission control: past MAX_CONCURRENT_OPERATIONS operations in flight, the gateway refuses more at once (503,
// Retry-After, OVERLOADED) instead of taking on work it can only hold in memory; /health, /ready and /metrics stay
// answered, and once operations finish, new ones pass again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { codes } from './helpers/error-codes.js';
import { type GraphQLResponse, type Stack, startStack } from './helpers/stack.js';
import { until } from './helpers/wait.js';

const COUNT = '{ callLogs(locationId: "LOC123456789ABCDEF", first: 1) { totalCount } }';

/** A metric's value as /metrics shows it (the line without labels, or with exactly these labels). */
async function metricValue(stack: Stack, line: string): Promise<number | undefined> {
  const text = await (await fetch(new URL('/metrics', stack.gateway.url))).text();
  const found = text.split('\n').find((candidate) => candidate.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
}

describe('MAX_CONCURRENT_OPERATIONS', () => {
  let stack: Stack;
  beforeAll(async () => {
    // Two operations at most; each joins no other (distinct upstream requests) and waits on a slow upstream.
    stack = await startStack({ gateway: { maxConcurrentOperations: 2, deduplicateUpstreamRequests: false } });
  });
  afterAll(() => stack.stop());

  /** Lists take 3 s from now on (other routes, and the readiness probe, stay fast). */
  const holdLists = () => {
    stack.emulator.faults.set([{ route: 'callLogs.list', latencyMs: 3_000 }]);
  };

  it('refuses the operation past the bound at once, with 503, Retry-After and OVERLOADED', async () => {
    holdLists();
    const held: Promise<GraphQLResponse>[] = [stack.query(COUNT), stack.query(COUNT)];
    await until(() => stack.emulator.requests.count({ route: 'callLogs.list' }) === 2);
    const third = await stack.query(COUNT);
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('1');
    expect(codes(third.body)).toEqual(['OVERLOADED']);
    expect(third.data).toBeUndefined();
    // Refused before it ran: it sent nothing upstream.
    expect(stack.emulator.requests.count({ route: 'callLogs.list' })).toBe(2);

    // What operators and load balancers poll does not count against the bound.
    const origin = new URL(stack.gateway.url).origin;
    for (const path of ['/health', '/ready', '/metrics']) {
      expect((await fetch(`${origin}${path}`)).status, path).toBe(200);
    }
    expect(await metricValue(stack, 'gateway_graphql_operations_in_flight')).toBe(2);
    expect(await metricValue(stack, 'gateway_graphql_operations_rejected_total{reason="overloaded"}')).toBe(1);

    stack.emulator.faults.clear();
    for (const response of await Promise.all(held)) {
      expect(response.status).toBe(200);
      expect(response.data).toEqual({ callLogs: { totalCount: 1200 } });
    }
    // The slots are free again once the responses are sent.
    await until(async () => (await metricValue(stack, 'gateway_graphql_operations_in_flight')) === 0);
    const after = await Promise.all([stack.query(COUNT), stack.query(COUNT)]);
    expect(after.map((response) => response.status)).toEqual([200, 200]);
    expect(stack.emulator.requests.count({ route: 'callLogs.list' })).toBe(4);
  });

  it('frees the slot of an operation whose client went away once the operation has ended', async () => {
    holdLists();
    const abandoned = new AbortController();
    const gone = fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.token}` },
      body: JSON.stringify({ query: COUNT }),
      signal: abandoned.signal,
    }).catch(() => 'aborted');
    const before = stack.emulator.requests.count({ route: 'callLogs.list' });
    await until(() => stack.emulator.requests.count({ route: 'callLogs.list' }) === before + 1);
    abandoned.abort();
    expect(await gone).toBe('aborted');
    await until(async () => (await metricValue(stack, 'gateway_graphql_operations_in_flight')) === 0);
    stack.emulator.faults.clear();
    const next = await Promise.all([stack.query(COUNT), stack.query(COUNT)]);
    expect(next.map((response) => response.status)).toEqual([200, 200]);
  });
});
