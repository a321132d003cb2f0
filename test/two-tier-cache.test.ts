// With Redis gone, an instance keeps its own bounded in-process tier in front of it: a repeated query is answered
// without HighLevel (whole responses, references and persisted queries alike); only the sharing between instances is
// lost.
import { createHash } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { graphql } from './generated/gql.js';
import { countsByRoute } from './helpers/emulator-log.js';
import { sendPayload } from './helpers/graphql.js';
import { type RedisServer, startRedis } from './helpers/redis.js';
import { type Stack, startStack } from './helpers/stack.js';

const LOCAL_PAGE = graphql(`
  query LocalTierPage($locationId: ID!) {
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

let redis: RedisServer;
let responses: Stack;
let references: Stack;

beforeAll(async () => {
  redis = await startRedis();
  [responses, references] = await Promise.all([
    startStack({ gateway: { redisUrl: redis.url, cache: {} } }),
    // Whole-response reuse off, so that the repeated query reaches the reference cache.
    startStack({ gateway: { redisUrl: redis.url, cache: {}, responseCache: false } }),
  ]);
  await redis.stop();
});

afterAll(async () => {
  await Promise.all([responses.stop(), references.stop()]);
});

describe('with Redis stopped', () => {
  it('answers a repeated query from the in-process response tier: no upstream request the second time', async () => {
    const first = await responses.query(LOCAL_PAGE, { locationId: responses.locationId });
    expect(first.errors).toBeUndefined();
    expect(responses.emulator.requests.all().length).toBeGreaterThan(2);

    responses.emulator.requests.clear();
    const second = await responses.query(LOCAL_PAGE, { locationId: responses.locationId });
    expect(second.data).toEqual(first.data);
    expect(countsByRoute(responses.emulator)).toEqual({});
  });

  it('reuses references from the in-process reference tier: only the list is fetched again', async () => {
    const first = await references.query(LOCAL_PAGE, { locationId: references.locationId });
    expect(first.errors).toBeUndefined();

    references.emulator.requests.clear();
    const second = await references.query(LOCAL_PAGE, { locationId: references.locationId });
    expect(second.data).toEqual(first.data);
    expect(countsByRoute(references.emulator)).toEqual({ 'callLogs.list': 1 });
  });

  it('runs by hash a query registered while Redis is down (persisted queries)', async () => {
    const query = '{ __typename }';
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const post = (payload: Record<string, unknown>) =>
      sendPayload(responses.gateway.url, payload, { token: responses.token });
    expect((await post({ query, extensions: { persistedQuery } })).data).toEqual({ __typename: 'Query' });
    const byHash = await post({ extensions: { persistedQuery } });
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data).toEqual({ __typename: 'Query' });
  });
});
