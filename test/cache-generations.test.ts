// Generations of cached records (src/cache-generations.ts): advancing one changes it, and nothing else; a generation
// forgotten never falls back to one whose entries may still be cached; in Redis every instance sees an advance, and
// Redis being gone or holding garbage fails no read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createMemoryGenerations, createRedisGenerations, type Generations } from '../src/cache-generations.js';
import { NOOP_METRICS } from '../src/observability/metrics.js';
import { connectRedis, type RedisConnection } from '../src/redis.js';
import { type RedisServer, startRedis } from './helpers/redis.js';

const HOUR = 3_600_000;

/** Every generation a record has had, read after each step. */
async function history(generations: Generations, record: string, steps: (() => Promise<void>)[]): Promise<string[]> {
  const seen = [await generations.current(record)];
  for (const step of steps) {
    await step();
    seen.push(await generations.current(record));
  }
  return seen;
}

describe('in memory', () => {
  it('moves on only the records advanced', async () => {
    const generations = createMemoryGenerations({ ttlMs: HOUR, maxEntries: 100 });
    const before = await generations.current('b');
    const seen = await history(generations, 'a', [
      () => generations.advance(['a', 'a-any-location']),
      () => generations.advance(['a']),
    ]);
    expect(new Set(seen).size).toBe(3);
    expect(await generations.current('a-any-location')).not.toBe(before);
    expect(await generations.current('b')).toBe(before);
  });

  it('never comes back to an earlier generation of a record when its own is pushed out of the bound', async () => {
    const generations = createMemoryGenerations({ ttlMs: HOUR, maxEntries: 2 });
    const untouched = await generations.current('untouched');
    const seen = await history(generations, 'a', [
      () => generations.advance(['a']),
      () => generations.advance(['b']),
      () => generations.advance(['c']), // pushes 'a' out
      () => generations.advance(['d']),
    ]);
    // 'a' may keep its last generation, but none it had before its advance comes back.
    expect(seen.slice(2)).not.toContain(seen[0]);
    // Records never advanced are flushed once (a new floor) rather than risk an old value.
    expect(await generations.current('untouched')).not.toBe(untouched);
  });
});

describe('in Redis', () => {
  let redis: RedisServer;
  let connections: RedisConnection[];

  beforeAll(async () => {
    redis = await startRedis();
    const settings = { commandTimeoutMs: 500, failureThreshold: 5, coolDownMs: 1_000 };
    connections = await Promise.all([
      connectRedis(redis.url, settings, NOOP_METRICS),
      connectRedis(redis.url, settings, NOOP_METRICS),
    ]);
  });
  afterAll(async () => {
    await Promise.all(connections.map((connection) => connection.close()));
    await redis.stop();
  });

  const instance = (connection: RedisConnection | undefined, errors: unknown[] = []) =>
    createRedisGenerations(connection as RedisConnection, {
      ttlMs: HOUR,
      localTtlMs: 0,
      maxEntries: 100,
      onError: (error) => errors.push(error),
    });

  it('shares an advance with every instance', async () => {
    const [first, second] = [instance(connections[0]), instance(connections[1])];
    const before = await second.current('contact-1');
    await first.advance(['contact-1']);
    const after = await second.current('contact-1');
    expect(after).not.toBe(before);
    expect(await first.current('contact-1')).toBe(after);
  });

  it('reads garbage as a generation and advances past it', async () => {
    const generations = instance(connections[0]);
    const before = await generations.current('garbage');
    const { createHash } = await import('node:crypto');
    const key = `hl-generation:v1:${createHash('sha256').update('garbage').digest('base64url')}`;
    await connections[0]?.set(key, 'not a number');
    const garbage = await generations.current('garbage');
    expect(garbage).not.toBe(before);
    await generations.advance(['garbage']);
    expect(await generations.current('garbage')).not.toBe(garbage);
  });

  it('without Redis, keeps what it knew and makes up a generation of its own for an advance', async () => {
    const errors: unknown[] = [];
    const stopped = await startRedis();
    const connection = await connectRedis(
      stopped.url,
      { commandTimeoutMs: 200, failureThreshold: 1, coolDownMs: 60_000 },
      NOOP_METRICS,
    );
    try {
      const generations = createRedisGenerations(connection, {
        ttlMs: HOUR,
        localTtlMs: 60_000,
        maxEntries: 100,
        onError: (error) => errors.push(error),
      });
      const known = await generations.current('x');
      await stopped.stop();
      expect(await generations.current('x')).toBe(known);
      await generations.advance(['x']);
      const madeUp = await generations.current('x');
      expect(madeUp).not.toBe(known);
      expect(await generations.current('never-read')).toBe('r0');
      expect(errors.length).toBeGreaterThan(0);
    } finally {
      await connection.close();
      await stopped.stop();
    }
  });
});
