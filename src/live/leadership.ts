// Who polls a (credential, location) across instances: one leader per key, holding a lease in Redis that it renews
// while it polls. The lease is the key set to this instance's random id with SET NX PX; the leader renews it only
// while the value is still its own, so a leader that stalled past its lease (and was replaced) cannot take it back
// by renewing: both in one script, one atomic round trip.
//
// Without Redis, or while Redis cannot be asked, every instance leads: it is alone, or it polls anyway. A poll
// duplicated by another instance costs that location's budget a request, and its events are deduplicated downstream
// (the poller against what it has seen, each instance's live events by location and call id), so no subscriber
// sees a call twice; a location left unpolled would be worse.
import { createHash, randomBytes } from 'node:crypto';

import type { RedisConnection } from '../redis.js';

/** Versioned like the other keys. */
const REDIS_PREFIX = 'hl-live-leader:v1:';

/** Takes the lease if nobody holds it, or extends it if this instance does; 1 when this instance leads. */
const LEAD_SCRIPT = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0`;

/** Deletes the lease only if this instance holds it. */
const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

export interface Leadership {
  /**
   * True when this instance holds the lease of `key` (just taken, or renewed for `ttlMs` from now); false when another
   * instance does. Call it again before `ttlMs` has passed to keep leading.
   */
  tryLead(key: string, ttlMs: number): Promise<boolean>;
  /** Gives up the lease of `key` if this instance holds it, so another instance can take it at once. */
  release(key: string): Promise<void>;
}

export function createLeadership(
  redis: RedisConnection | undefined,
  { onRedisError }: { onRedisError?: (error: unknown) => void } = {},
): Leadership {
  if (!redis) {
    return { tryLead: () => Promise.resolve(true), release: () => Promise.resolve() };
  }
  const instance = randomBytes(16).toString('base64url');
  /** Keys are input (a credential's hash, a location id): hashed, bounded. */
  const leaseKey = (key: string) => REDIS_PREFIX + createHash('sha256').update(key).digest('base64url');
  return {
    async tryLead(key, ttlMs) {
      try {
        const reply = await redis.eval(LEAD_SCRIPT, {
          keys: [leaseKey(key)],
          arguments: [instance, String(Math.max(1, Math.round(ttlMs)))],
        });
        return reply === 1;
      } catch (error) {
        onRedisError?.(error);
        return true; // polls anyway: see the top of this file
      }
    },
    async release(key) {
      try {
        await redis.eval(RELEASE_SCRIPT, { keys: [leaseKey(key)], arguments: [instance] });
      } catch (error) {
        // The lease expires by itself.
        onRedisError?.(error);
      }
    },
  };
}
