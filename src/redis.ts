// One Redis connection per gateway instance, shared by what instances share: the reference cache, the APQ store,
// the response cache and the rate limiter's logs. Every command goes through `RedisConnection`, which bounds the
// whole round trip, reply included: node-redis's own command timeout only covers a command waiting to be written, so
// a Redis that accepts connections but never replies (frozen, swapping, a half-open TCP connection) would otherwise
// hold every request that asks it. After a few failures in a row a circuit breaker stops asking Redis until a probe
// of its own gets an answer (src/circuit-breaker.ts). Each user decides how to do without Redis meanwhile: the caches
// use their in-process tier and HighLevel, the rate limiter a budget of this instance's own.
//
// Live events (src/live/redis-events.ts) also PUBLISH here, and receive on a subscriber connection of their own
// (`openSubscriber`): a connection in subscribed mode can run nothing else.
import { setTimeout as sleep } from 'node:timers/promises';

import { ErrorReply } from 'redis';

import type { CacheStore } from './cache-store.js';
import { CircuitBreaker, type CircuitState } from './circuit-breaker.js';
import { createRedisClient, ignore, RedisTimeoutError, withinBound } from './redis-client.js';
import { openRedisSubscriber, type RedisSubscriber, type SubscriberEvents } from './redis-subscriber.js';

export interface RedisSettings {
  /** The longest one command may take, from the call to the reply, in ms. */
  commandTimeoutMs: number;
  /** Failures (timeouts, lost connection) in a row that open the circuit. */
  failureThreshold: number;
  /** How long an open circuit stops all commands before a probe, in ms. */
  coolDownMs: number;
}

export interface RedisObserver {
  redisCircuitState(state: CircuitState): void;
  /** A command without a reply within the bound. */
  redisTimeout(): void;
  /** A command that failed without a reply from Redis (not connected, connection lost). */
  redisError(): void;
  /** A command not sent because the circuit is open. */
  redisSkipped(): void;
}

/** The commands the gateway uses, each bounded; they reject with RedisUnavailableError while the circuit is open. */
export interface RedisConnection {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, options?: { PX: number }): Promise<void>;
  /** SET NX PX: true when this call stored the key, false when it was already there. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  del(key: string): Promise<number>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  pTTL(key: string): Promise<number>;
  /** PUBLISH: the number of connections (of any instance) that received the message. */
  publish(channel: string, message: string): Promise<number>;
  /**
   * A connection of its own to the same Redis, for SUBSCRIBE (src/redis-subscriber.ts): messages do not wait on, and
   * are not counted against, this connection's commands and circuit.
   */
  openSubscriber(events: SubscriberEvents): RedisSubscriber;
  readonly circuitState: CircuitState;
  close(): Promise<void>;
}

export class RedisUnavailableError extends Error {
  constructor() {
    super('Redis is not asked while its circuit is open');
  }
}

/** How long start-up waits for Redis: with Redis down, the gateway starts anyway and uses Redis once it answers. */
const START_WAIT_MS = 2_000;

/** Connects, waiting at most START_WAIT_MS, so that the first requests find Redis when it is there. */
export async function connectRedis(
  url: string,
  settings: RedisSettings,
  observer: RedisObserver,
): Promise<RedisConnection> {
  const client = createRedisClient(url, settings.commandTimeoutMs);
  const connected = client.connect().catch(ignore);
  const bounded = <T>(command: () => Promise<T>): Promise<T> => withinBound(command, settings.commandTimeoutMs);
  const breaker = new CircuitBreaker({
    failureThreshold: settings.failureThreshold,
    coolDownMs: settings.coolDownMs,
    probe: () => bounded(() => client.ping()),
    onStateChange: (state) => {
      observer.redisCircuitState(state);
    },
  });
  observer.redisCircuitState(breaker.state);

  const send = async <T>(command: () => Promise<T>): Promise<T> => {
    if (!breaker.allowsCalls) {
      observer.redisSkipped();
      throw new RedisUnavailableError();
    }
    try {
      const value = await bounded(command);
      breaker.succeeded();
      return value;
    } catch (error) {
      // An error reply (a wrong type, a script error, out of memory) is Redis answering: the command failed, Redis
      // did not.
      if (error instanceof ErrorReply) breaker.succeeded();
      else {
        if (error instanceof RedisTimeoutError) observer.redisTimeout();
        else observer.redisError();
        breaker.failed();
      }
      throw error;
    }
  };

  await Promise.race([connected, sleep(START_WAIT_MS, undefined, { ref: false })]);
  return {
    get: (key) => send(() => client.get(key)),
    set: async (key, value, options) => {
      await send(() => client.set(key, value, options ?? {}));
    },
    setIfAbsent: async (key, value, ttlMs) =>
      (await send(() =>
        client.set(key, value, { condition: 'NX', expiration: { type: 'PX', value: Math.max(1, Math.round(ttlMs)) } }),
      )) === 'OK',
    del: (key) => send(() => client.del(key)),
    eval: (script, options) => send(() => client.eval(script, options)),
    pTTL: (key) => send(() => client.pTTL(key)),
    publish: (channel, message) => send(() => client.publish(channel, message)),
    openSubscriber: (events) => openRedisSubscriber(url, settings, observer, events),
    get circuitState() {
      return breaker.state;
    },
    async close() {
      breaker.stop();
      // close() waits for the replies still due, which a frozen Redis never sends.
      if (!client.isOpen) return;
      await bounded(() => client.close()).catch(() => {
        client.destroy();
      });
    },
  };
}

/** What a store's `isValid` says of an entry read back: usable, or not (a miss, deleted and counted). */
export type EntryCheck = (key: string, value: string) => boolean;

/**
 * Entries in Redis under `prefix`, checked on the way out: Redis is shared (other instances, other versions of the
 * gateway, operators, an attacker who reached it), so an entry that fails `isValid` is treated as a miss, deleted
 * and reported, instead of failing every request that reads it until it expires.
 */
export function createRedisStore(
  redis: RedisConnection,
  { prefix, isValid, onInvalid }: { prefix: string; isValid: EntryCheck; onInvalid: () => void },
): CacheStore {
  return {
    async get(key) {
      const value = await redis.get(prefix + key);
      if (value === null) return undefined;
      if (isValid(key, value)) return value;
      onInvalid();
      await redis.del(prefix + key).catch(ignore); // a failed delete is a miss all the same
      return undefined;
    },
    async set(key, value, ttlMs) {
      await redis.set(prefix + key, value, ttlMs === undefined ? undefined : { PX: Math.max(1, Math.round(ttlMs)) });
    },
    async delete(key) {
      await redis.del(prefix + key);
    },
  };
}
