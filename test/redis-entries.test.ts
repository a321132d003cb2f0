// Entries read back from Redis are checked before use: garbage (not JSON, `{}`, `null`, a wrong shape, another
// format) in any key the gateway uses is a miss, deleted, counted in gateway_cache_invalid_entries_total{cache}, and
// replaced by the next write. Written here with a real Redis client into the keys a first instance filled, then read
// by a fresh instance (another instance of a rolling deploy, whose in-process tier is still empty).
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';

import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { isRecord } from '../src/guards.js';
import { createGateway, type Gateway } from '../src/server.js';
import type { GatewaySettingsInput } from '../src/settings.js';
import { graphql } from './generated/gql.js';
import { sendOperation, sendPayload } from './helpers/graphql.js';
import { type RedisServer, startRedis } from './helpers/redis.js';
import { type Stack, startStack } from './helpers/stack.js';
import { until } from './helpers/wait.js';

const ENTRY_PAGE = graphql(`
  query RedisEntryPage($locationId: ID!) {
    callLogs(locationId: $locationId, first: 6, filter: { callType: LIVE }) {
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

/** What could be found in a key: garbage, other formats, shapes that parse but are not an entry. */
const GARBAGE = [
  'not json at all',
  '{}',
  'null',
  '[]',
  '"a string"',
  '{"data":{},"cachePolicy":{"maxAge":60,"scope":"PRIVATE"},"cacheTime":0}',
  '{"data":{"callLogs":null},"cachePolicy":"PRIVATE","cacheTime":"now"}',
  '{"freshUntil":9000000000000000,"value":{}}',
  '{"freshUntil":"later","value":{"id":"x","name":"Nobody"}}',
];

const RELAXED = { commandTimeoutMs: 5_000 };

let redis: RedisServer;
let stack: Stack;
let client: ReturnType<typeof createClient>;
let expected: unknown;

beforeAll(async () => {
  redis = await startRedis();
  // A generous bound on Redis round trips: on a busy test machine a slow reply must not pass for a miss.
  stack = await startStack({ gateway: { redisUrl: redis.url, cache: {}, redis: RELAXED } });
  client = createClient({ url: redis.url });
  await client.connect();
  const first = await stack.query(ENTRY_PAGE, { locationId: stack.locationId });
  expect(first.errors).toBeUndefined();
  expected = first.data;
});

afterAll(async () => {
  client.destroy();
  await stack.stop();
  await redis.stop();
});

/** Another instance on the same Redis and emulator, with an empty in-process tier. */
function freshInstance(settings: Partial<GatewaySettingsInput> = {}): Promise<Gateway> {
  return createGateway({
    upstreamUrl: stack.emulator.url,
    upstreamRetries: 0,
    rateLimit: { requests: 1_000_000, intervalMs: 10_000, maxQueue: 1_000 },
    redisUrl: redis.url,
    redis: RELAXED,
    cache: {},
    ...settings,
  });
}

async function invalidEntries(gateway: Gateway, cache: string): Promise<number> {
  const metric = await gateway.metrics.registry.getSingleMetric('gateway_cache_invalid_entries_total')?.get();
  return metric?.values.find(({ labels }) => labels['cache'] === cache)?.value ?? 0;
}

/** Overwrites every key matching `pattern` with `value` (60 s, as a real entry would live); returns the keys. */
async function poison(pattern: string, value: string): Promise<string[]> {
  const keys = await client.keys(pattern);
  for (const key of keys) await client.set(key, value, { PX: 60_000 });
  return keys;
}

function parses(text: string | null): unknown {
  try {
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

describe('an unreadable whole-response entry', () => {
  it.each(GARBAGE)('%s: a miss, answered with data, replaced and counted', async (garbage) => {
    await until(async () => (await client.keys('hl-response:*')).length > 0);
    const keys = await poison('hl-response:*', garbage);
    expect(keys).toHaveLength(1);
    const instance = await freshInstance();
    try {
      const answer = await sendOperation(
        instance.url,
        ENTRY_PAGE,
        { locationId: stack.locationId },
        { token: stack.token },
      );
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(expected);
      expect(await invalidEntries(instance, 'response')).toBe(1);
      // Written again by this instance: the key holds the response once more.
      await until(async () => {
        const entry = parses(await client.get(keys[0] ?? ''));
        return isRecord(entry) && isDeepStrictEqual(entry['data'], expected);
      });
    } finally {
      await instance.stop();
    }
  });
});

describe('an unreadable reference entry', () => {
  it.each(GARBAGE)('%s: a miss, answered with data, replaced and counted', async (garbage) => {
    const keys = await poison('hl:*', garbage);
    expect(keys.length).toBeGreaterThan(2);
    // Whole-response reuse off: the operation reads every reference through the reference cache.
    const instance = await freshInstance({ responseCache: false });
    try {
      const answer = await sendOperation(
        instance.url,
        ENTRY_PAGE,
        { locationId: stack.locationId },
        { token: stack.token },
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(expected);
      expect(await invalidEntries(instance, 'reference')).toBe(keys.length);
      for (const key of keys) {
        const entry = parses(await client.get(key));
        expect(entry).toMatchObject({ freshUntil: expect.any(Number), value: { id: expect.any(String) } });
      }
    } finally {
      await instance.stop();
    }
  });
});

describe('an unreadable persisted query', () => {
  it('is a miss (the client sends the query again), deleted and counted; never another document', async () => {
    const query = '{ __typename }';
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const post = (gateway: Gateway, payload: Record<string, unknown>) =>
      sendPayload(gateway.url, payload, { token: stack.token });
    expect((await post(stack.gateway, { query, extensions: { persistedQuery } })).data).toEqual({
      __typename: 'Query',
    });
    await until(async () => (await client.keys('hl-apq:*')).length > 0);
    for (const garbage of ['not a document {', '{ callLogs(locationId: "x") { totalCount } }']) {
      const [key] = await poison('hl-apq:*', garbage);
      const instance = await freshInstance();
      try {
        const byHash = await post(instance, { extensions: { persistedQuery } });
        expect(byHash.errors?.map((error) => error.extensions?.['code'])).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
        expect(await invalidEntries(instance, 'apq')).toBe(1);
        expect(await client.get(key ?? '')).toBeNull();
        expect((await post(instance, { query, extensions: { persistedQuery } })).data).toEqual({
          __typename: 'Query',
        });
        await until(async () => (await client.get(key ?? '')) === query);
      } finally {
        await instance.stop();
      }
    }
  });
});

describe('an unreadable rate-limit log', () => {
  it('is replaced by a fresh log, so the instances share one budget again', async () => {
    await until(async () => (await client.keys('hl-rate:*')).length > 0);
    const keys = await poison('hl-rate:*', 'not a sorted set');
    const instance = await freshInstance({ responseCache: false, cache: false });
    try {
      const answer = await sendOperation(
        instance.url,
        ENTRY_PAGE,
        { locationId: stack.locationId },
        { token: stack.token },
      );
      expect(answer.errors).toBeUndefined();
      for (const key of keys) expect(await client.type(key)).toBe('zset');
    } finally {
      await instance.stop();
    }
  });
});
