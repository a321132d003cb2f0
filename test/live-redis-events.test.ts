// Live events across instances over Redis pub/sub (src/live/redis-events.ts), on a real redis-server, with two
// LiveEvents on it as two gateway processes would hold them: an event published on A reaches B's listeners and A's
// own, once each, and no other location's; the last listener leaving UNSUBSCRIBEs; Redis down leaves each instance
// delivering its own events, and Redis back resumes delivery across instances and asks subscribers to resync; what
// Redis holds is input: garbage on a channel is dropped and counted.
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { type LiveEvent, LiveListenerLimitError } from '../src/live/events.js';
import {
  createRedisLiveEvents,
  liveChannel,
  MAX_MESSAGE_BYTES,
  type RedisLiveEvents,
} from '../src/live/redis-events.js';
import { createLogger } from '../src/observability/logger.js';
import { createMetrics, type GatewayMetrics } from '../src/observability/metrics.js';
import { connectRedis, type RedisConnection } from '../src/redis.js';
import { type RedisServer, startRedis } from './helpers/redis.js';
import { until } from './helpers/wait.js';

/** A heartbeat (the circuit's cool-down) short enough that a test sees a frozen Redis noticed soon. */
const REDIS_SETTINGS = { commandTimeoutMs: 200, failureThreshold: 5, coolDownMs: 200 };

interface Instance {
  events: RedisLiveEvents;
  connection: RedisConnection;
  metrics: GatewayMetrics;
  /** What onResync was called with, call by call. */
  resyncs: string[][];
  listenerErrors: unknown[];
  /** Call log ids received by a listener of `locationId` subscribed with listen(). */
  received(locationId: string): string[];
  listen(locationId: string): () => void;
}

let redis: RedisServer;
let raw: ReturnType<typeof createClient>;
let instances: Instance[] = [];

beforeAll(async () => {
  redis = await startRedis();
  raw = createClient({ url: redis.url });
  raw.on('error', () => undefined); // Redis is stopped and started again below; the client reconnects
  await raw.connect();
});

afterEach(async () => {
  await Promise.all(instances.map((instance) => instance.events.close()));
  await Promise.all(instances.map((instance) => instance.connection.close()));
  instances = [];
});

afterAll(async () => {
  raw.destroy();
  await redis.stop();
});

/** One gateway's worth: its Redis connection and live events on it. */
async function instance(maxListeners = 100): Promise<Instance> {
  const metrics = createMetrics();
  const connection = await connectRedis(redis.url, REDIS_SETTINGS, metrics);
  const listenerErrors: unknown[] = [];
  const events = createRedisLiveEvents({
    redis: connection,
    maxListeners,
    onListenerError: (error) => listenerErrors.push(error),
    metrics,
    logger: createLogger({ level: 'silent' }),
  });
  const resyncs: string[][] = [];
  events.onResync((locationIds) => resyncs.push(locationIds));
  // Connected before any listener arrives, as at a gateway's start: no location has missed anything yet.
  await until(() => events.healthy);
  const byLocation = new Map<string, string[]>();
  const created: Instance = {
    events,
    connection,
    metrics,
    resyncs,
    listenerErrors,
    received: (locationId) => byLocation.get(locationId) ?? [],
    listen(locationId) {
      const list = byLocation.get(locationId) ?? [];
      byLocation.set(locationId, list);
      return events.subscribe(locationId, (event) => list.push(event.callLog.id));
    },
  };
  instances.push(created);
  return created;
}

function event(locationId: string, id: string): LiveEvent {
  return { kind: 'callLogCreated', locationId, callLog: { id } as LiveEvent['callLog'] };
}

/** Connections subscribed to a location's channel, of every instance (PUBSUB NUMSUB). */
async function subscribers(locationId: string): Promise<number> {
  const channel = liveChannel(locationId);
  return (await raw.pubSubNumSub(channel))[channel] ?? 0;
}

/** A counter's value for one label set, 0 when never counted. */
async function counted(metrics: GatewayMetrics, name: string, labels: Record<string, string> = {}): Promise<number> {
  const values = (await metrics.registry.getSingleMetric(name)?.get())?.values ?? [];
  const match = values.find((value) => Object.entries(labels).every(([key, label]) => value.labels[key] === label));
  return match?.value ?? 0;
}

describe('live events through Redis', () => {
  it("delivers an event published on A to B's listeners and A's own, once each, and to no other location", async () => {
    const [a, b] = [await instance(), await instance()];
    a.listen('L1');
    b.listen('L1');
    b.listen('L2');
    await until(async () => (await subscribers('L1')) === 2 && (await subscribers('L2')) === 1);

    await a.events.publish(event('L1', 'call1'));
    // Later events of one publisher arrive after it: once they are in, `call1` has arrived as often as it will.
    await a.events.publish(event('L2', 'call2'));
    await a.events.publish(event('L1', 'call3'));
    await until(() => b.received('L1').includes('call3') && a.received('L1').includes('call3'));
    await until(() => b.received('L2').includes('call2'));

    expect(a.received('L1')).toEqual(['call1', 'call3']);
    expect(b.received('L1')).toEqual(['call1', 'call3']);
    expect(b.received('L2')).toEqual(['call2']);
    expect(await counted(b.metrics, 'gateway_live_redis_messages_total', { outcome: 'delivered' })).toBe(3);
    expect(await counted(a.metrics, 'gateway_live_direct_deliveries_total')).toBe(0);
  });

  it('UNSUBSCRIBEs when the last listener of a location leaves, and delivers nothing more there', async () => {
    const [a, b] = [await instance(), await instance()];
    a.listen('L1');
    const first = b.listen('L1');
    const second = b.listen('L1');
    await until(async () => (await subscribers('L1')) === 2);

    first();
    await a.events.publish(event('L1', 'call1'));
    await until(() => a.received('L1').includes('call1') && b.received('L1').includes('call1'));
    expect(await subscribers('L1')).toBe(2); // another listener of L1 is still there

    second();
    await until(async () => (await subscribers('L1')) === 1);
    expect(b.events.listenerCount).toBe(0);
    await a.events.publish(event('L1', 'call2'));
    await until(() => a.received('L1').includes('call2'));
    expect(b.received('L1')).toEqual(['call1']);
    expect(await counted(b.metrics, 'gateway_live_redis_messages_total', { outcome: 'delivered' })).toBe(1);
  });

  it('stays subscribed when a location loses its last listener and gets one again at once', async () => {
    const [a, b] = [await instance(), await instance()];
    a.listen('L1');
    const leave = b.listen('L1');
    await until(async () => (await subscribers('L1')) === 2);
    leave(); // UNSUBSCRIBE sent, not yet answered when the next listener arrives
    b.listen('L1');
    // B's new listener receives from when its subscription is held: A publishes until one arrives.
    let probes = 0;
    await until(async () => {
      await a.events.publish(event('L1', `probe${++probes}`));
      return b.received('L1').length > 0;
    });
    expect(await subscribers('L1')).toBe(2);
  });

  it('holds in Redis exactly the locations with listeners, however listeners come and go', async () => {
    const b = await instance();
    const locations = ['C1', 'C2', 'C3', 'C4'];
    const leaves = new Map<string, (() => void)[]>(locations.map((locationId) => [locationId, []]));
    // A fixed sequence of arrivals and departures, some within one round trip of Redis, some a turn or a trip apart.
    for (let step = 0; step < 60; step++) {
      const locationId = locations[(step * 7) % locations.length] ?? 'C1';
      const held = leaves.get(locationId) ?? [];
      if (step % 3 === 2 && held.length > 0) held.shift()?.();
      else held.push(b.listen(locationId));
      if (step % 5 === 0) await new Promise((resolve) => setImmediate(resolve));
      if (step % 4 === 0) await raw.ping(); // about one round trip of Redis
    }
    for (const locationId of locations.slice(0, 2)) {
      for (const leave of leaves.get(locationId) ?? []) leave();
      leaves.set(locationId, []);
    }
    const expected = locations.map((locationId) => ((leaves.get(locationId)?.length ?? 0) > 0 ? 1 : 0));
    expect(expected).toContain(0);
    expect(expected).toContain(1);
    await until(async () => {
      const actual = await Promise.all(locations.map(subscribers));
      return actual.every((count, index) => count === expected[index]);
    });
  });

  it('reports a listener that throws and still calls the rest, and bounds the listeners of an instance', async () => {
    const a = await instance(2);
    a.events.subscribe('L1', () => {
      throw new Error('a listener that fails');
    });
    a.listen('L1');
    expect(() => a.events.subscribe('L2', () => undefined)).toThrow(LiveListenerLimitError);
    await until(async () => (await subscribers('L1')) === 1);
    await expect(a.events.publish(event('L1', 'call1'))).resolves.toBeUndefined();
    await until(() => a.received('L1').includes('call1'));
    expect(a.listenerErrors).toHaveLength(1);
  });

  it('drops and counts a message that is too large, not JSON, or not an event of its channel', async () => {
    const b = await instance();
    b.listen('L1');
    await until(async () => (await subscribers('L1')) === 1);
    const channel = liveChannel('L1');
    const garbage = [
      'not json',
      `"${'x'.repeat(MAX_MESSAGE_BYTES)}"`,
      'null',
      '[]',
      JSON.stringify({ kind: 'somethingElse', locationId: 'L1', callLog: { id: 'call1' } }),
      JSON.stringify(event('L2', 'call2')), // another location's event on L1's channel
      JSON.stringify({ kind: 'callLogCreated', locationId: 'L1', callLog: ['call3'] }),
      JSON.stringify(event('L1', '../call4')), // no HighLevel id
      JSON.stringify({ ...event('L1', 'call5'), webhookId: 5 }),
    ];
    // One connection publishes all of them, then a good one: once the good one is in, every other one has arrived.
    for (const message of garbage) await raw.publish(channel, message);
    await raw.publish(channel, JSON.stringify(event('L1', 'good')));
    await until(() => b.received('L1').includes('good'));

    expect(b.received('L1')).toEqual(['good']);
    const outcome = (name: string) => counted(b.metrics, 'gateway_live_redis_messages_total', { outcome: name });
    expect(await outcome('unreadable')).toBe(1);
    expect(await outcome('oversized')).toBe(1);
    expect(await outcome('invalid')).toBe(7);
    expect(await outcome('delivered')).toBe(1);
    expect(b.listenerErrors).toEqual([]);
  });

  it('after the subscriber connection is killed, subscribes again by itself, resyncs, and delivers', async () => {
    const [a, b] = [await instance(), await instance()];
    a.listen('L1');
    b.listen('L1');
    b.listen('L2');
    await until(async () => (await subscribers('L1')) === 2);

    await raw.sendCommand(['CLIENT', 'KILL', 'TYPE', 'pubsub']);
    await until(() => a.resyncs.length > 0 && b.resyncs.length > 0);
    expect(a.resyncs).toEqual([['L1']]);
    expect(b.resyncs.map((locations) => [...locations].sort())).toEqual([['L1', 'L2']]);
    expect(await subscribers('L1')).toBe(2);
    expect(await counted(b.metrics, 'gateway_live_resyncs_total')).toBe(1);

    await a.events.publish(event('L1', 'call1'));
    await a.events.publish(event('L1', 'call2'));
    await until(() => a.received('L1').includes('call2') && b.received('L1').includes('call2'));
    expect(a.received('L1')).toEqual(['call1', 'call2']);
    expect(b.received('L1')).toEqual(['call1', 'call2']);
  });

  it('with Redis down, delivers to the publisher’s own listeners; with Redis back, across instances again', async () => {
    const [a, b] = [await instance(), await instance()];
    a.listen('L1');
    b.listen('L1');
    await until(async () => (await subscribers('L1')) === 2);

    await redis.stop();
    await expect(a.events.publish(event('L1', 'down1'))).resolves.toBeUndefined();
    expect(a.received('L1')).toEqual(['down1']);
    expect(b.received('L1')).toEqual([]);
    expect(await counted(a.metrics, 'gateway_live_direct_deliveries_total', { reason: 'redis_unavailable' })).toBe(1);
    expect(a.resyncs).toEqual([]);

    redis = await startRedis({ port: redis.port });
    // Both subscriptions are held again, and both instances say which locations may have missed events.
    await until(() => a.resyncs.length > 0 && b.resyncs.length > 0, 10_000);
    expect(a.resyncs).toEqual([['L1']]);
    expect(b.resyncs).toEqual([['L1']]);
    expect(await subscribers('L1')).toBe(2);
    // A's command connection reconnects on its own schedule; once it answers, its events go through Redis again.
    await until(() =>
      a.connection.get('any').then(
        () => true,
        () => false,
      ),
    );

    await a.events.publish(event('L1', 'up1'));
    await a.events.publish(event('L1', 'up2'));
    await until(() => a.received('L1').includes('up2') && b.received('L1').includes('up2'));
    expect(a.received('L1')).toEqual(['down1', 'up1', 'up2']);
    expect(b.received('L1')).toEqual(['up1', 'up2']);
    expect(await counted(a.metrics, 'gateway_live_direct_deliveries_total', { reason: 'redis_unavailable' })).toBe(1);
  });

  it('with Redis frozen, notices it by the heartbeat, delivers its own events once, and resyncs once it answers', async () => {
    const [a, b] = [await instance(), await instance()];
    a.listen('L1');
    b.listen('L1');
    await until(async () => (await subscribers('L1')) === 2);

    process.kill(redis.pid, 'SIGSTOP');
    try {
      // The PUBLISH waits its bound (200 ms), then the event goes to A's own listeners.
      await expect(a.events.publish(event('L1', 'frozen1'))).resolves.toBeUndefined();
      expect(a.received('L1')).toEqual(['frozen1']);
      // A subscriber whose connection no longer answers is not trusted: what A publishes meanwhile A delivers.
      await until(async () => (await counted(b.metrics, 'gateway_redis_timeouts_total')) > 0);
    } finally {
      process.kill(redis.pid, 'SIGCONT');
    }
    await until(() => a.resyncs.length > 0 && b.resyncs.length > 0, 10_000);
    expect(a.resyncs).toEqual([['L1']]);
    expect(b.resyncs).toEqual([['L1']]);

    await a.events.publish(event('L1', 'thawed1'));
    await until(() => a.received('L1').includes('thawed1') && b.received('L1').includes('thawed1'));
    // The PUBLISH that timed out may still have reached Redis once it was thawed: A delivered `frozen1` once all the
    // same, and B at most once (only if its new subscription was held before Redis ran that PUBLISH).
    expect(a.received('L1')).toEqual(['frozen1', 'thawed1']);
    expect(b.received('L1').filter((id) => id !== 'frozen1')).toEqual(['thawed1']);
    expect(b.received('L1').filter((id) => id === 'frozen1').length).toBeLessThanOrEqual(1);
  });

  it('close() unsubscribes and closes the subscriber connection', async () => {
    const a = await instance();
    a.listen('L9');
    await until(async () => (await subscribers('L9')) === 1);
    const pubsubConnections = async () => (await raw.clientList({ TYPE: 'PUBSUB' })).length;
    const before = await pubsubConnections();

    await a.events.close();
    expect(await subscribers('L9')).toBe(0);
    await until(async () => (await pubsubConnections()) === before - 1);
    expect(a.events.listenerCount).toBe(0);
    await expect(a.events.publish(event('L9', 'late'))).resolves.toBeUndefined();
    expect(a.received('L9')).toEqual([]);
  });
});
