// Who polls a (credential, location) across instances (src/live/leadership.ts), on a real redis-server: of two
// contenders one leads; renewing keeps the lease, releasing or letting it expire hands it over; without Redis, or
// with Redis gone, every instance leads.
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createLeadership } from '../src/live/leadership.js';
import { NOOP_METRICS } from '../src/observability/metrics.js';
import { connectRedis, type RedisConnection } from '../src/redis.js';
import { type RedisServer, startRedis } from './helpers/redis.js';
import { until } from './helpers/wait.js';

let redis: RedisServer;
let connections: [RedisConnection, RedisConnection];
let raw: ReturnType<typeof createClient>;

beforeAll(async () => {
  redis = await startRedis();
  const settings = { commandTimeoutMs: 200, failureThreshold: 5, coolDownMs: 1_000 };
  connections = [
    await connectRedis(redis.url, settings, NOOP_METRICS),
    await connectRedis(redis.url, settings, NOOP_METRICS),
  ];
  raw = createClient({ url: redis.url });
  raw.on('error', () => undefined); // the last test stops Redis
  await raw.connect();
});

afterAll(async () => {
  raw.destroy();
  await Promise.all(connections.map((connection) => connection.close()));
  await redis.stop();
});

describe('poll leadership in Redis', () => {
  it('lets one of two contenders lead; renewing keeps the lease, releasing hands it over', async () => {
    const [first, second] = connections.map((connection) => createLeadership(connection));
    if (!first || !second) throw new Error('two contenders');
    const key = 'credential-hash\u0000location-1';

    expect(await first.tryLead(key, 500)).toBe(true);
    expect(await second.tryLead(key, 500)).toBe(false);
    // Renewed: the lease now runs a minute from now, not what is left of 500 ms.
    expect(await first.tryLead(key, 60_000)).toBe(true);
    const [leaseKey] = await raw.keys('hl-live-leader:v1:*');
    expect(await raw.pTTL(leaseKey ?? '')).toBeGreaterThan(500);
    expect(await second.tryLead(key, 60_000)).toBe(false);

    // Only the holder's release counts.
    await second.release(key);
    expect(await second.tryLead(key, 60_000)).toBe(false);
    await first.release(key);
    expect(await second.tryLead(key, 60_000)).toBe(true);
    expect(await first.tryLead(key, 60_000)).toBe(false);
    await second.release(key);
  });

  it('hands the lease over once it expires unrenewed', async () => {
    const [first, second] = connections.map((connection) => createLeadership(connection));
    if (!first || !second) throw new Error('two contenders');
    const key = 'credential-hash\u0000location-2';
    expect(await first.tryLead(key, 50)).toBe(true);
    await until(() => second.tryLead(key, 60_000));
    expect(await first.tryLead(key, 60_000)).toBe(false);
    await second.release(key);
  });

  it('keeps keys hashed under a versioned prefix', async () => {
    const leadership = createLeadership(connections[0]);
    await leadership.tryLead('token-like-secret\u0000location-3', 60_000);
    const keys = await raw.keys('*');
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key).toMatch(/^hl-live-leader:v1:[A-Za-z0-9_-]{43}$/);
      expect(key).not.toContain('location-3');
    }
    await leadership.release('token-like-secret\u0000location-3');
  });

  it('lets every instance lead without Redis', async () => {
    const [first, second] = [createLeadership(undefined), createLeadership(undefined)];
    expect(await first.tryLead('key', 1_000)).toBe(true);
    expect(await second.tryLead('key', 1_000)).toBe(true);
    await expect(first.release('key')).resolves.toBeUndefined();
  });

  it('lets every instance lead, and says why, while Redis cannot be asked', async () => {
    const errors: unknown[] = [];
    const [first, second] = connections.map((connection) =>
      createLeadership(connection, { onRedisError: (error) => errors.push(error) }),
    );
    if (!first || !second) throw new Error('two contenders');
    expect(await first.tryLead('credential-hash\u0000location-4', 60_000)).toBe(true);
    await redis.stop();
    expect(await second.tryLead('credential-hash\u0000location-4', 60_000)).toBe(true);
    await expect(first.release('credential-hash\u0000location-4')).resolves.toBeUndefined();
    expect(errors).toHaveLength(2);
  });
});
