// Two gateway instances on one real Redis, as two replicas behind a load balancer: a GraphQL subscriber connected to
// instance B receives the call whose webhook instance A received; and of two instances whose subscribers watch the
// same credential and location, one polls (the leader), the other sends no poll.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createGateway, type Gateway } from '../src/server.js';
import { graphql } from './generated/index.js';
import { countsByRoute } from './helpers/emulator-log.js';
import { type LiveClient, webSocketClient } from './helpers/live.js';
import { type RedisServer, startRedis } from './helpers/redis.js';
import { type Stack, startStack } from './helpers/stack.js';
import { until } from './helpers/wait.js';

const CALLS = graphql(`
  subscription ScaleOutCalls($locationId: ID!) {
    callLogCreated(locationId: $locationId) {
      id
      contact {
        name
      }
    }
  }
`);

const POLL_INTERVAL_MS = 300;

let stack: Stack;
let redis: RedisServer;
let first: Gateway;
let second: Gateway;
const clients: LiveClient[] = [];

/** gateway_live_polls_total{kind="poll"} of one instance: the polls it led. */
async function pollsLed(gateway: Gateway): Promise<number> {
  const text = await (await fetch(new URL('/metrics', gateway.url))).text();
  let total = 0;
  for (const [, value] of text.matchAll(/^gateway_live_polls_total\{kind="poll",outcome="\w+"\} (\d+)$/gm)) {
    total += Number(value);
  }
  return total;
}

beforeAll(async () => {
  stack = await startStack();
  redis = await startRedis();
  const options = {
    upstreamUrl: stack.emulator.url,
    redisUrl: redis.url,
    upstreamRetries: 0,
    cache: false as const,
    webhooks: { publicKey: stack.emulator.webhooks.publicKey },
    livePollIntervalMs: POLL_INTERVAL_MS,
  };
  [first, second] = await Promise.all([createGateway(options), createGateway(options)]);
});

afterAll(async () => {
  for (const client of clients) await client.close();
  await Promise.all([first.stop(), second.stop()]);
  await redis.stop();
  await stack.stop();
});

describe('two instances on one Redis', () => {
  it("delivers to B's subscriber the call whose webhook A received, and only one instance polls", async () => {
    stack.emulator.webhooks.setTargets([new URL('/webhooks/highlevel', first.url).toString()]);
    const onFirst = webSocketClient(first.url, stack.token);
    const onSecond = webSocketClient(second.url, stack.token);
    clients.push(onFirst, onSecond);
    const mine = onSecond.subscribe(CALLS, { locationId: stack.locationId });
    const theirs = onFirst.subscribe(CALLS, { locationId: stack.locationId });
    await until(() => first.live.listenerCount === 1 && second.live.listenerCount === 1);

    const placed = await stack.emulator.placeCall(stack.locationId);
    expect(placed.deliveries.map((delivery) => delivery.status)).toEqual([200]);
    for (const subscription of [mine, theirs]) {
      const [result] = await subscription.received(1);
      expect(result?.data?.callLogCreated.id).toBe(placed.callLog.id);
      expect(result?.data?.callLogCreated.contact?.name).toEqual(expect.any(String));
    }

    // Each instance's subscriber holds a watch of the same credential and location: one instance leads its polls.
    stack.emulator.requests.clear();
    await until(async () => (await pollsLed(first)) + (await pollsLed(second)) >= 5, 15_000);
    const led = [await pollsLed(first), await pollsLed(second)];
    expect(led.filter((count) => count > 0)).toHaveLength(1);
    // Every list request since is a poll of the leader (the follower re-checks access only every 5 minutes).
    const lists = countsByRoute(stack.emulator)['callLogs.list'] ?? 0;
    expect(lists).toBeGreaterThan(0);
    expect(lists).toBeLessThanOrEqual(Math.max(...led));
    // No more deliveries than the one call: the leader's polls found it already delivered by its webhook.
    expect(mine.results).toHaveLength(1);
    expect(theirs.results).toHaveLength(1);
  });
});
