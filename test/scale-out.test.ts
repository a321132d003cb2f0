// Several gateway instances on one Redis behave as one: an APQ hash registered through one runs on the other, and
// together they spend one location's rate budget, not one each.
import { createHash } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Emulator } from '../src/emulator/server.js';
import { createGateway, type Gateway } from '../src/server.js';
import { sendPayload } from './helpers/graphql.js';
import { type RedisServer, startRedis } from './helpers/redis.js';
import { startTestEmulator } from './helpers/stack.js';

const BUDGET = { requests: 10, intervalMs: 1_000, maxQueue: 500 };
const PAGE = /* GraphQL */ `
  query ($locationId: ID!) {
    callLogs(locationId: $locationId, first: 8, filter: { callType: LIVE }) {
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
`;

let redis: RedisServer;
let emulator: Emulator;
let gateways: Gateway[];
let locationId: string;
let token: string;

beforeAll(async () => {
  redis = await startRedis();
  // HighLevel (the emulator) allows twice the gateways' shared budget: windows need not line up (see rate-limit.test).
  emulator = await startTestEmulator({ rateLimit: { max: 20, intervalMs: 1_000, enforce: true } });
  locationId = emulator.locations[0] ?? '';
  token = emulator.tokens.byLocation[locationId] ?? '';
  gateways = await Promise.all(
    [1, 2].map(() =>
      createGateway({
        upstreamUrl: emulator.url,
        upstreamRetries: 0,
        redisUrl: redis.url,
        cache: false,
        rateLimit: BUDGET,
      }),
    ),
  );
});

afterAll(async () => {
  await Promise.all(gateways.map((gateway) => gateway.stop()));
  await emulator.stop();
  await redis.stop();
});

function post(gateway: Gateway, payload: Record<string, unknown>) {
  return sendPayload(gateway.url, payload, { token });
}

describe('two gateway instances on one Redis', () => {
  it('run by hash on one instance a query registered through the other (APQ store)', async () => {
    const [first, second] = gateways as [Gateway, Gateway];
    const query = '{ __typename }';
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    expect((await post(second, { extensions: { persistedQuery } })).errors?.[0]?.extensions?.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
    expect((await post(first, { query, extensions: { persistedQuery } })).data).toEqual({ __typename: 'Query' });
    expect((await post(second, { extensions: { persistedQuery } })).data).toEqual({ __typename: 'Query' });
  });

  it('together stay inside one location budget under load', async () => {
    emulator.requests.clear();
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        post(gateways[index % 2] as Gateway, { query: PAGE, variables: { locationId } }),
      ),
    );
    const elapsed = Date.now() - started;
    for (const result of results) expect(result.errors).toBeUndefined();
    const sent = emulator.requests.all();
    expect(sent.filter((request) => request.status === 429)).toEqual([]);
    // One shared budget of 10 per second: never more than 10 per window, however the windows fall.
    expect(sent.length).toBeGreaterThan(2 * BUDGET.requests);
    expect(sent.length).toBeLessThanOrEqual(BUDGET.requests * (Math.ceil(elapsed / BUDGET.intervalMs) + 1));
    // Each instance alone would have allowed 10 per second; together they waited for one budget.
    expect(elapsed).toBeGreaterThanOrEqual(Math.floor((sent.length - 1) / BUDGET.requests) * BUDGET.intervalMs - 100);
  });
});
