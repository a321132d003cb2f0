// The shared reference cache: reused within its TTL, served stale while refreshed after it, never shared between
// credentials, shared between gateway instances through Redis, and not failing when Redis is down.
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';

import { createGateway, type Gateway } from '../src/server.js';
import { graphql } from './generated/gql.js';
import { sendOperation } from './helpers/graphql.js';
import { type RedisServer, startRedis } from './helpers/redis.js';
import { type Stack, startStack } from './helpers/stack.js';
import { until } from './helpers/wait.js';

const PAGE = graphql(`
  query CachedPage($locationId: ID!) {
    callLogs(locationId: $locationId, first: 10, filter: { callType: LIVE }) {
      nodes {
        id
        contact {
          name
        }
        agent {
          name
        }
      }
    }
  }
`);

function references(stack: Stack): number {
  return stack.emulator.requests.all().filter((request) => request.route !== 'callLogs.list').length;
}

/** Upstream requests for references (anything but the list) the gateway has finished, answered or failed. */
async function finishedReferences(stack: Stack): Promise<number> {
  const finished = await stack.gateway.metrics.registry.getSingleMetric('gateway_upstream_requests_total')?.get();
  return (finished?.values ?? [])
    .filter(({ labels }) => labels['route'] !== 'callLogs.list')
    .reduce((sum, { value }) => sum + value, 0);
}

/** The page's whole body, through the gateway at `url`. */
async function query(stack: Stack, url: string, token = stack.token) {
  const { body } = await sendOperation(url, PAGE, { locationId: stack.locationId }, { token });
  return { ...body };
}

describe('in memory', () => {
  let stack: Stack;
  beforeAll(async () => {
    // Whole-response reuse off here, so that repeated queries reach the reference cache (it has its own test).
    stack = await startStack({ gateway: { cache: { ttls: { contact: 300, agent: 300 } }, responseCache: false } });
  });
  afterAll(() => stack.stop());

  it('reuses references within their TTL, then serves them stale while one refresh runs', async () => {
    const first = await query(stack, stack.gateway.url);
    expect(first.errors).toBeUndefined();
    const fetched = references(stack);
    expect(fetched).toBeGreaterThan(2);

    stack.emulator.requests.clear();
    const second = await query(stack, stack.gateway.url);
    expect(second).toEqual(first);
    expect(references(stack)).toBe(0);

    // Past the 300 ms TTL. Only Date is faked (what the cache reads): sockets and timers stay real.
    vi.useFakeTimers({ toFake: ['Date'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    vi.advanceTimersByTime(350);
    stack.emulator.requests.clear();
    const finishedBefore = await finishedReferences(stack);
    const stale = await query(stack, stack.gateway.url);
    expect(stale).toEqual(first);
    // The background refreshes have come back (and so are written: the cache stores what the request resolves to).
    await until(async () => (await finishedReferences(stack)) - finishedBefore >= fetched);
    expect(references(stack)).toBe(fetched); // each entry refreshed once, in the background

    stack.emulator.requests.clear();
    await query(stack, stack.gateway.url);
    expect(references(stack)).toBe(0); // fresh again
  });

  it('never serves one credential an entry another credential filled', async () => {
    stack.emulator.requests.clear();
    await query(
      stack,
      stack.gateway.url,
      stack.emulator.tokens.byLocation[stack.emulator.locations[0] ?? ''] === stack.token
        ? 'emu-agency-5c2e9a7f1b3d4e60'
        : stack.emulator.tokens.agency,
    );
    expect(references(stack)).toBeGreaterThan(2);
  });
});

describe('whole responses', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gateway: { cache: {} } });
  });
  afterAll(() => stack.stop());

  it('reuses a whole response for the same operation of the same caller only (PRIVATE cache hints)', async () => {
    await query(stack, stack.gateway.url);
    stack.emulator.requests.clear();
    const again = await stack.query(PAGE, { locationId: stack.locationId });
    expect(again.headers.get('cache-control')).toMatch(/private/);
    expect(stack.emulator.requests.all()).toHaveLength(0); // not even the list
    await query(stack, stack.gateway.url, stack.emulator.tokens.agency);
    expect(stack.emulator.requests.all().filter((request) => request.route === 'callLogs.list')).toHaveLength(1);
  });
});

describe('in Redis, shared by two gateway instances', () => {
  let redis: RedisServer;
  let stack: Stack;
  let second: Gateway;
  beforeAll(async () => {
    redis = await startRedis();
    stack = await startStack({ gateway: { redisUrl: redis.url, cache: {} } });
    second = await createGateway({
      upstreamUrl: stack.emulator.url,
      upstreamRetries: 0,
      rateLimit: { requests: 1_000_000, intervalMs: 10_000, maxQueue: 1_000 },
      redisUrl: redis.url,
    });
  });
  afterAll(async () => {
    await second.stop();
    await stack.stop();
    await redis.stop();
  });

  it('serves through one instance what the other cached', async () => {
    const throughFirst = await query(stack, stack.gateway.url);
    expect(throughFirst.errors).toBeUndefined();
    expect(references(stack)).toBeGreaterThan(2);
    stack.emulator.requests.clear();
    const throughSecond = await query(stack, second.url);
    expect(throughSecond).toEqual(throughFirst);
    expect(references(stack)).toBe(0);
  });

  it('answers without errors while Redis is down (from its in-process tier, else from HighLevel)', async () => {
    const before = await query(stack, second.url);
    await redis.stop();
    const started = Date.now();
    const response = await query(stack, second.url);
    expect(response.errors).toBeUndefined();
    expect(response).toEqual(before);
    expect(Date.now() - started).toBeLessThan(3_000);
    // test/two-tier-cache.test.ts counts what the in-process tier saves while Redis is down.
  });
});
