// HighLevel's Retry-After is remembered per (credential, location): after a 429 asking for an hour, the gateway
// refuses that credential and location at once with RATE_LIMITED and the time left, sending nothing upstream, in every
// instance sharing its Redis; other locations and credentials go on. Both forms of the header count (seconds and
// HTTP-date).
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { Emulator } from '../src/emulator/server.js';
import type { RedisConnection } from '../src/redis.js';
import { createGateway, type Gateway } from '../src/server.js';
import { MemoryRetryAfterBlocks, parseRetryAfter, RedisRetryAfterBlocks } from '../src/upstream/retry-after.js';
import { type GraphQLResponse, sendPayload } from './helpers/graphql.js';
import { type RedisServer, startRedis } from './helpers/redis.js';
import { type Stack, startStack, startTestEmulator } from './helpers/stack.js';

const TOTAL = `query ($locationId: ID!) { callLogs(locationId: $locationId, first: 1) { totalCount } }`;
const HOUR = 3_600;
const FOLLOWING = 10;

/** The RATE_LIMITED hints of `responses`, in order; fails on any other answer. */
function retryHints(responses: GraphQLResponse[]): number[] {
  return responses.map((response) => {
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    return Number(response.errors?.[0]?.extensions?.['retryAfterSeconds']);
  });
}

/** About an hour, counting down from one query to the next. */
function expectCountdown(hints: number[]) {
  for (const hint of hints) {
    expect(hint).toBeLessThanOrEqual(HOUR);
    expect(hint).toBeGreaterThanOrEqual(HOUR - 30);
  }
  expect([...hints].sort((a, b) => b - a)).toEqual(hints);
}

async function sequentially<T>(count: number, run: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let index = 0; index < count; index++) results.push(await run());
  return results;
}

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('3600', now)).toBe(3_600_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1_500);
  });
  it('reads an HTTP-date (IMF-fixdate), a date already past being no wait', () => {
    expect(parseRetryAfter('Thu, 01 Jan 2026 01:00:00 GMT', now)).toBe(3_600_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
  });
  it('caps absurd waits at a day', () => {
    expect(parseRetryAfter('99999999999', now)).toBe(86_400_000);
    expect(parseRetryAfter('Fri, 01 Jan 2100 00:00:00 GMT', now)).toBe(86_400_000);
  });
  it('ignores what is absent or unreadable', () => {
    for (const header of [undefined, '', 'soon', '-5', '1e3', '0x10', '1.2.3'])
      expect(parseRetryAfter(header, now)).toBeUndefined();
  });
});

describe('the remembered Retry-After while Redis does not answer', () => {
  it('holds the key back in this instance alone', async () => {
    const failing = {
      eval: () => Promise.reject(new Error('down')),
      pTTL: () => Promise.reject(new Error('down')),
    } as unknown as RedisConnection;
    const blocks = new RedisRetryAfterBlocks(failing, new MemoryRetryAfterBlocks());
    await blocks.block('credential:location', 60_000);
    expect(await blocks.remaining('credential:location')).toBeGreaterThan(59_000);
    expect(await blocks.remaining('credential:other')).toBe(0);
  });
});

describe('a 429 with Retry-After: 3600 (seconds)', () => {
  let stack: Stack;
  beforeAll(async () => {
    // Retries on, as in production: an hour is past what got waits out itself, so the 429 answers at once.
    stack = await startStack({ gateway: { upstreamRetries: 2, responseCache: false } });
  });
  afterAll(() => stack.stop());

  it('refuses the same credential and location at once afterwards, with the time left, sending nothing', async () => {
    // HighLevel keeps refusing this location for the hour.
    stack.emulator.faults.set([{ route: 'callLogs.list', status: 429, retryAfterSeconds: HOUR }]);
    const first = await stack.query(TOTAL, { locationId: stack.locationId });
    expect(retryHints([first])).toEqual([HOUR]);
    expect(stack.emulator.requests.all()).toHaveLength(1);

    stack.emulator.requests.clear();
    const following = await sequentially(FOLLOWING, () => stack.query(TOTAL, { locationId: stack.locationId }));
    expect(stack.emulator.requests.all()).toHaveLength(0);
    expectCountdown(retryHints(following));
  });

  it('leaves another location and another credential alone', async () => {
    stack.emulator.faults.clear();
    stack.emulator.requests.clear();
    const other = stack.emulator.locations[1] ?? '';
    const otherLocation = await stack.query(
      TOTAL,
      { locationId: other },
      { token: stack.emulator.tokens.byLocation[other] ?? '' },
    );
    expect(otherLocation.errors).toBeUndefined();
    const otherCredential = await stack.query(
      TOTAL,
      { locationId: stack.locationId },
      { token: stack.emulator.tokens.agency },
    );
    expect(otherCredential.errors).toBeUndefined();
    expect(stack.emulator.requests.all()).toHaveLength(2);
  });
});

describe('a 429 with Retry-After as an HTTP-date an hour ahead', () => {
  let hostile: http.Server;
  let gateway: Gateway;
  let received = 0;
  beforeAll(async () => {
    // A HighLevel that refuses everything, saying when in the IMF-fixdate form (the emulator sends seconds).
    hostile = http.createServer((_request, response) => {
      received++;
      response.writeHead(429, {
        'content-type': 'application/json',
        'retry-after': new Date(Date.now() + HOUR * 1000).toUTCString(),
      });
      response.end(JSON.stringify({ statusCode: 429, message: 'Too Many Requests' }));
    });
    hostile.listen(0, '127.0.0.1');
    await once(hostile, 'listening');
    gateway = await createGateway({
      upstreamUrl: `http://127.0.0.1:${(hostile.address() as AddressInfo).port}`,
      upstreamRetries: 2,
      cache: false,
      responseCache: false,
    });
  });
  afterAll(async () => {
    await gateway.stop();
    hostile.close();
  });

  it('is remembered the same way', async () => {
    const query = () => sendPayload(gateway.url, { query: TOTAL, variables: { locationId: 'loc-1' } }, { token: 't' });
    // IMF-fixdate has whole seconds: the hint is the hour less up to a second.
    const [hint] = retryHints([await query()]);
    expect(hint).toBeGreaterThanOrEqual(HOUR - 2);
    expect(received).toBe(1);
    expectCountdown(retryHints(await sequentially(FOLLOWING, query)));
    expect(received).toBe(1);
  });
});

describe('two gateway instances on one Redis', () => {
  let redis: RedisServer;
  let emulator: Emulator;
  let gateways: [Gateway, Gateway];
  let locationId: string;
  let token: string;
  beforeAll(async () => {
    redis = await startRedis();
    emulator = await startTestEmulator({ rateLimit: { enforce: false, max: 10_000_000 } });
    locationId = emulator.locations[0] ?? '';
    token = emulator.tokens.byLocation[locationId] ?? '';
    const start = () =>
      createGateway({
        upstreamUrl: emulator.url,
        upstreamRetries: 2,
        redisUrl: redis.url,
        cache: false,
        responseCache: false,
      });
    gateways = [await start(), await start()];
  });
  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.stop()));
    await emulator.stop();
    await redis.stop();
  });
  beforeEach(() => {
    emulator.requests.clear();
  });

  it('share the hour: the other instance sends nothing for the refused credential and location', async () => {
    emulator.faults.set([{ route: 'callLogs.list', status: 429, retryAfterSeconds: HOUR }]);
    const query = (gateway: Gateway) =>
      sendPayload(gateway.url, { query: TOTAL, variables: { locationId } }, { token });
    expect(retryHints([await query(gateways[0])])).toEqual([HOUR]);
    expect(emulator.requests.all()).toHaveLength(1);

    emulator.requests.clear();
    expectCountdown(retryHints(await sequentially(FOLLOWING, () => query(gateways[1]))));
    expect(emulator.requests.all()).toHaveLength(0);
  });
});
