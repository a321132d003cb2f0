// A Redis that stops answering (redis-server frozen with SIGSTOP: connections stay open, replies never come) must not
// stop requests. Every Redis round trip is bounded, reply included; after a few in a row fail, the gateway stops
// asking Redis (circuit open) and serves from HighLevel and its in-process tier; /ready and /metrics say so; once
// Redis answers again, a probe closes the circuit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { graphql } from './generated/gql.js';
import { type RedisServer, startRedis } from './helpers/redis.js';
import { type Stack, startStack } from './helpers/stack.js';
import { until } from './helpers/wait.js';

const FROZEN_PAGE = graphql(`
  query FrozenRedisPage($locationId: ID!, $first: Int!) {
    callLogs(locationId: $locationId, first: $first, filter: { callType: LIVE }) {
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
let stack: Stack;

beforeAll(async () => {
  redis = await startRedis();
  // A short cool-down, so that the test sees the circuit close again soon after Redis is thawed.
  stack = await startStack({ gateway: { redisUrl: redis.url, cache: {}, redis: { coolDownMs: 300 } } });
});

afterAll(async () => {
  await stack.stop();
  await redis.stop();
});

async function get(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(new URL(path, stack.gateway.url));
  return { status: response.status, text: await response.text() };
}

/** A sample's value in the Prometheus text, e.g. `gateway_redis_circuit_state{state="open"}`; undefined if absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('a frozen Redis', () => {
  it('answers with data, reports the open circuit in /ready and /metrics, and closes it once Redis is back', async () => {
    const warm = await stack.query(FROZEN_PAGE, { locationId: stack.locationId, first: 5 });
    expect(warm.errors).toBeUndefined();
    expect(JSON.parse((await get('/ready')).text)).toEqual({ status: 'ready' });

    process.kill(redis.pid, 'SIGSTOP');
    try {
      // Another page (cached nowhere), so that every kind of Redis round trip is tried: the response cache, the
      // reference cache, the rate limiter's log.
      const started = performance.now();
      const frozen = await stack.query(FROZEN_PAGE, { locationId: stack.locationId, first: 7 });
      console.info(`query answered in ${Math.round(performance.now() - started)} ms while Redis was frozen`);
      expect(frozen.errors).toBeUndefined();
      const nodes = frozen.data?.callLogs?.nodes ?? [];
      expect(nodes).toHaveLength(7);
      for (const node of nodes) expect(node.contact?.name).toEqual(expect.any(String));

      // A degraded instance still serves: it stays in the balancer's rotation, and says why it is degraded.
      const ready = await get('/ready');
      expect(ready.status).toBe(200);
      expect(JSON.parse(ready.text)).toEqual({ status: 'degraded', reason: 'redis unavailable' });
      const metrics = (await get('/metrics')).text;
      expect(sample(metrics, 'gateway_redis_circuit_state{state="closed"}')).toBe(0);
      const timeouts = sample(metrics, 'gateway_redis_timeouts_total') ?? 0;
      expect(timeouts).toBeGreaterThan(0);
      const skipped = sample(metrics, 'gateway_redis_skipped_total') ?? 0;

      // While the circuit is open, another page waits on no Redis command: each is refused at once.
      const again = await stack.query(FROZEN_PAGE, { locationId: stack.locationId, first: 8 });
      expect(again.errors).toBeUndefined();
      expect(again.data?.callLogs?.nodes).toHaveLength(8);
      const after = (await get('/metrics')).text;
      expect(sample(after, 'gateway_redis_timeouts_total')).toBe(timeouts);
      expect(sample(after, 'gateway_redis_skipped_total')).toBeGreaterThan(skipped);
    } finally {
      process.kill(redis.pid, 'SIGCONT');
    }

    await until(async () => (JSON.parse((await get('/ready')).text) as { status: string }).status === 'ready');
    const metrics = (await get('/metrics')).text;
    expect(sample(metrics, 'gateway_redis_circuit_state{state="closed"}')).toBe(1);
    expect(sample(metrics, 'gateway_redis_circuit_state{state="open"}')).toBe(0);
  });
});
