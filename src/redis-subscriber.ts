// A Redis connection in subscribed mode, for the live events across instances (src/live/redis-events.ts). A
// connection that has SUBSCRIBEd can run nothing else, so this is a second connection to the gateway's Redis.
//
// It keeps the channels it is asked for, and makes Redis hold them whatever happens to the connection:
// - node-redis reconnects by itself after a lost connection and re-SUBSCRIBEs the channels Redis had confirmed
//   before it reports `ready` (RedisCommandsQueue.resubscribe, in its socket initiator); what was asked while it was
//   away, or not confirmed, is subscribed here once it is back;
// - a connection that stays open but no longer answers (a frozen Redis, a half-open TCP connection) is never noticed
//   by node-redis, so a heartbeat PINGs it (PING is allowed in subscribed mode) every REDIS_CIRCUIT_COOLDOWN_MS,
//   bounded by REDIS_COMMAND_TIMEOUT_MS; without a reply the connection is dropped and a new one opened.
// Whatever was published while the subscriptions were not held has not reached this instance: `resubscribed` says
// which channels that may concern, once they are held again.
import type { RedisObserver, RedisSettings } from './redis.js';
import { createRedisClient, ignore, type RedisClient, RedisTimeoutError, withinBound } from './redis-client.js';

export interface SubscriberEvents {
  /** The subscriptions are no longer held (connection lost, or no answer): what is published now is missed. */
  lost(): void;
  /**
   * The subscriptions are held again, or for the first time, on a new connection: messages of `channels` published
   * while they were not (or before the first connection) were missed.
   */
  resubscribed(channels: string[]): void;
}

export interface RedisSubscriber {
  /** Subscribes to `channel` now when connected, else once connected, until unsubscribe(channel). */
  subscribe(channel: string, onMessage: (message: Buffer) => void): void;
  unsubscribe(channel: string): void;
  /** Connected, subscribed and answering: a message published now reaches this instance. */
  readonly healthy: boolean;
  /** Unsubscribes and closes the connection (bounded). */
  close(): Promise<void>;
}

export function openRedisSubscriber(
  url: string,
  settings: Pick<RedisSettings, 'commandTimeoutMs' | 'coolDownMs'>,
  observer: Pick<RedisObserver, 'redisTimeout' | 'redisError'>,
  events: SubscriberEvents,
): RedisSubscriber {
  const wanted = new Map<string, (message: Buffer) => void>();
  let healthy = false;
  let closed = false;
  /** The connection a check is running on, if any: one at a time per connection. */
  let checking: RedisClient | undefined;
  /** The connection whose last PING was answered. */
  let answering: RedisClient | undefined;
  const bounded = <T>(command: () => Promise<T>) => withinBound(command, settings.commandTimeoutMs);
  const count = (error: unknown) => {
    if (error instanceof RedisTimeoutError) observer.redisTimeout();
    else observer.redisError();
  };

  // One listener for every channel; it must not throw (node-redis calls it from its reply parser).
  const dispatch = (message: Buffer, channel: Buffer) => {
    try {
      wanted.get(channel.toString())?.(message);
    } catch {
      // The handler reports its own failures (src/live/redis-events.ts).
    }
  };

  const markLost = () => {
    answering = undefined;
    if (!healthy) return;
    healthy = false;
    events.lost();
  };

  const open = (): RedisClient => {
    const created = createRedisClient(url, settings.commandTimeoutMs);
    created.on('ready', () => {
      if (created === client) void check();
    });
    created.on('reconnecting', () => {
      if (created === client) markLost();
    });
    created.connect().catch(ignore);
    return created;
  };
  let client = open();

  const replace = (broken: RedisClient) => {
    markLost();
    if (closed || broken !== client) return;
    client = open();
    if (broken.isOpen) broken.destroy();
  };

  /** Subscribes what is wanted and not held, and unsubscribes what is held and no longer wanted. */
  const reconcile = async (connection: RedisClient) => {
    const held = connection.getPubSubListeners('CHANNELS');
    const missing = [...wanted.keys()].filter((channel) => !held.has(channel));
    const extra = [...held.keys()].filter((channel) => !wanted.has(channel));
    if (missing.length > 0) await bounded(() => connection.subscribe(missing, dispatch, true));
    if (extra.length > 0) await bounded(() => connection.unsubscribe(extra, dispatch, true));
  };

  // Changes go to Redis one command at a time, each sent once the one before is answered: node-redis's record of a
  // channel goes wrong while a SUBSCRIBE and an UNSUBSCRIBE of it are both in flight (a listener that leaves and
  // one that arrives at once would leave the channel unsubscribed). What is asked meanwhile goes in the next one.
  let syncing = false;
  let changed = false;
  const sync = async () => {
    changed = true;
    if (syncing) return;
    syncing = true;
    const connection = client;
    try {
      while (changed && connection === client && connection.isReady && !closed) {
        changed = false;
        await reconcile(connection);
      }
      if (!healthy && !changed && answering === connection && connection === client && !closed) {
        healthy = true;
        if (wanted.size > 0) events.resubscribed([...wanted.keys()]);
      }
    } catch (error) {
      count(error);
      if (connection === client) markLost(); // the next check asks it again, and reconciles
    } finally {
      syncing = false;
      // A change asked while the connection was being replaced goes to the new one.
      if (changed && connection !== client) void sync();
    }
  };

  /** Asks the connection for a reply; one that has just come back (or was not trusted) is reconciled first. */
  const check = async () => {
    const connection = client;
    if (closed || checking === connection || !connection.isReady) return;
    checking = connection;
    try {
      await bounded(() => connection.ping());
      if (connection !== client) return;
      answering = connection;
      if (!healthy) await sync();
    } catch (error) {
      count(error);
      replace(connection);
    } finally {
      if (checking === connection) checking = undefined;
    }
  };
  const heartbeat = setInterval(() => void check(), settings.coolDownMs);
  heartbeat.unref();

  return {
    subscribe(channel, onMessage) {
      if (closed) return;
      wanted.set(channel, onMessage);
      void sync();
    },
    unsubscribe(channel) {
      if (!wanted.delete(channel) || closed) return;
      void sync();
    },
    get healthy() {
      return healthy && !closed;
    },
    async close() {
      if (closed) return;
      closed = true;
      healthy = false;
      clearInterval(heartbeat);
      wanted.clear();
      const connection = client;
      const held = [...connection.getPubSubListeners('CHANNELS').keys()];
      if (connection.isReady && held.length > 0) await bounded(() => connection.unsubscribe(held)).catch(ignore);
      if (!connection.isOpen) return;
      // close() waits for the replies still due, which a frozen Redis never sends.
      await bounded(() => connection.close()).catch(() => {
        if (connection.isOpen) connection.destroy();
      });
    },
  };
}
