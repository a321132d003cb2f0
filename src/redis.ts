// One Redis connection per gateway instance, shared by what instances share: the reference cache, the APQ store
// and the rate limiter's counters. Commands fail fast while Redis is down (no offline queue, a short timeout) and
// the client reconnects on its own; each user decides how to do without Redis meanwhile.
import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { createClient } from 'redis';

export type RedisConnection = ReturnType<typeof createClient>;

export function connectRedis(url: string, commandTimeoutMs = 200): RedisConnection {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: commandTimeoutMs },
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
  });
  client.on('error', () => undefined); // reported per command; the client keeps reconnecting
  // Not awaited: with Redis down at start, the gateway starts anyway and uses Redis once it answers.
  void client.connect().catch(() => undefined);
  return client;
}

export async function disconnectRedis(client: RedisConnection): Promise<void> {
  // quit() waits for a reply that never comes while Redis is down.
  if (client.isReady) await client.quit().catch(() => undefined);
  else client.destroy();
}

/**
 * Apollo's key-value cache (here: the automatic-persisted-query store) in Redis, so that a query registered through
 * one instance runs by hash on any other. Redis down: a miss (the client re-sends the query), never an error.
 */
export class RedisKeyValueCache implements KeyValueCache {
  constructor(
    private readonly client: RedisConnection,
    private readonly prefix: string,
  ) {}

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.client.get(this.prefix + key)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    try {
      const ttl = options?.ttl;
      await this.client.set(this.prefix + key, value, ttl ? { EX: ttl } : {});
    } catch {
      // Not stored: the client will register the query again.
    }
  }

  async delete(key: string): Promise<boolean> {
    try {
      return (await this.client.del(this.prefix + key)) > 0;
    } catch {
      return false;
    }
  }
}
