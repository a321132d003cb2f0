// The sliding window log in Redis, so that every gateway instance spends from the same budget: one sorted set of send
// times per key, read and updated by one Lua script (atomic across instances, timed by Redis's clock). While Redis
// does not answer, each instance falls back to a log of its own rather than failing requests.
import { randomUUID } from 'node:crypto';

import type { RedisConnection } from '../redis.js';
import type { SlidingWindowLog } from './sliding-window-log.js';

/**
 * KEYS[1]: a sorted set of send times (ms, Redis's clock); anything else found there (written by someone else) is
 * replaced by an empty log rather than failing every call with WRONGTYPE. ARGV: window ms, limit, mode (`take`, `peek` or `spend`),
 * n, id. `take`: records n requests when they fit and returns 0, else returns the ms until they would. `peek`: the
 * same, recording nothing. `spend`: records requests until at most n more fit; returns 0.
 */
const LOG_SCRIPT = `
if redis.call('TYPE', KEYS[1]).ok ~= 'zset' then
  redis.call('DEL', KEYS[1])
end
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local window = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local n = tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local used = redis.call('ZCARD', KEYS[1])
local add = 0
if ARGV[3] ~= 'spend' then
  local excess = used + n - limit
  if excess > 0 then
    local oldest = redis.call('ZRANGE', KEYS[1], excess - 1, excess - 1, 'WITHSCORES')
    return math.max(1, tonumber(oldest[2]) + window - now)
  end
  if ARGV[3] == 'peek' then
    return 0
  end
  add = n
else
  add = math.max(0, limit - n - used)
end
for index = 1, add do
  redis.call('ZADD', KEYS[1], now, ARGV[5] .. ':' .. index)
end
if add > 0 then
  redis.call('PEXPIRE', KEYS[1], window)
end
return 0
`;

export class RedisSlidingWindowLog implements SlidingWindowLog {
  constructor(
    private readonly client: RedisConnection,
    private readonly limit: number,
    private readonly windowMs: number,
    /** Used while Redis does not answer: this instance keeps its own budget rather than failing requests. */
    private readonly insurance: SlidingWindowLog,
  ) {}

  async take(key: string, count: number): Promise<number> {
    try {
      return await this.run(key, 'take', count);
    } catch {
      return this.insurance.take(key, count);
    }
  }

  async peek(key: string, count: number): Promise<number> {
    try {
      return await this.run(key, 'peek', count);
    } catch {
      return this.insurance.peek(key, count);
    }
  }

  async spendDownTo(key: string, remaining: number): Promise<void> {
    try {
      await this.run(key, 'spend', remaining);
    } catch {
      await this.insurance.spendDownTo(key, remaining);
    }
  }

  private async run(key: string, mode: 'take' | 'peek' | 'spend', n: number): Promise<number> {
    const reply = await this.client.eval(LOG_SCRIPT, {
      keys: [`hl-rate:${key}`],
      arguments: [String(this.windowMs), String(this.limit), mode, String(n), randomUUID()],
    });
    return Number(reply);
  }
}
