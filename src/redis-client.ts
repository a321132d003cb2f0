// What the gateway's Redis connections have in common (src/redis.ts for commands, src/redis-subscriber.ts for
// SUBSCRIBE): how a node-redis client is made, and the bound on a round trip, reply included.
import { createClient } from 'redis';

export type RedisClient = ReturnType<typeof createClient>;

export class RedisTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`Redis did not reply within ${timeoutMs} ms`);
  }
}

export function ignore(): void {
  // A reply (or failure) that arrives after its command's bound has nobody waiting for it.
}

/** A client that reconnects by itself (backing off up to 2 s) and refuses commands while it is not connected. */
export function createRedisClient(url: string, commandTimeoutMs: number): RedisClient {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    // Also here, so that a command that cannot even be written leaves node-redis's queue.
    commandOptions: { timeout: commandTimeoutMs },
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
  });
  client.on('error', ignore); // reported per command; the client keeps reconnecting
  return client;
}

/**
 * Rejects with RedisTimeoutError when `command` has no reply within `timeoutMs`: node-redis's own command timeout only
 * covers a command waiting to be written, so a Redis that accepts connections but never replies (frozen, swapping, a
 * half-open TCP connection) would otherwise hold the caller for good.
 */
export function withinBound<T>(command: () => Promise<T>, timeoutMs: number): Promise<T> {
  const reply = Promise.resolve().then(command);
  reply.catch(ignore);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    // Timers run before I/O in each turn of the event loop: after a turn blocked past the bound, a reply already
    // received would lose to the timer. Rejecting in the next check phase lets such a reply be read first.
    timer = setTimeout(() => {
      setImmediate(() => {
        reject(new RedisTimeoutError(timeoutMs));
      });
    }, timeoutMs);
  });
  return Promise.race([reply, timeout]).finally(() => {
    clearTimeout(timer);
  });
}
