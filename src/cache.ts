// The reference cache shared across requests: contacts, agents, workflows, calendars, custom fields, knowledge bases,
// messages and call logs by id, each with a TTL, served stale for as long again while one request refreshes it.
// In memory (a bounded LRU) by default; with REDIS_URL, in Redis behind a short-lived in-process tier, so several
// gateway instances share it (src/cache-store.ts). Keys are a hash of the credential, the location, the resource and
// the id: never a raw token, and two credentials never share an entry. An entry read back from Redis is checked
// (referenceEntryIsValid); a cache that fails (Redis down) is skipped: requests go upstream, none fails because of it.
// A contact's key also holds its generation (src/cache-generations.ts), which HighLevel's ContactUpdate and
// ContactDelete webhooks move on: every credential's next read of that contact then goes to HighLevel.
import { createHash } from 'node:crypto';

import type { Generations } from './cache-generations.js';
import type { CacheStore } from './cache-store.js';
import { isRecord } from './guards.js';

/** How long each resource is fresh, in milliseconds; it is then served stale for as long again while refreshed. */
export type CacheTtls = Readonly<Record<CachedResource, number>>;
export type CachedResource =
  | 'callLog'
  | 'contact'
  | 'agent'
  | 'workflows'
  | 'contactFields'
  | 'calendar'
  | 'knowledgeBase'
  | 'message'
  | 'callStatisticsDay'
  | 'callStatisticsOpenDay';

export const DEFAULT_CACHE_TTLS: CacheTtls = {
  callLog: 60_000,
  contact: 60_000,
  agent: 300_000,
  workflows: 300_000,
  contactFields: 300_000,
  calendar: 300_000,
  knowledgeBase: 300_000,
  message: 300_000,
  // A day that is over does not change; the day still open is reused for 30 s at most (src/statistics/day-cache.ts).
  callStatisticsDay: 86_400_000,
  callStatisticsOpenDay: 15_000,
};

/** Resources read as a location's whole list; the others are one record each. */
const LIST_RESOURCES: ReadonlySet<CachedResource> = new Set(['workflows', 'contactFields']);

/** Resources HighLevel tells of changes to (by webhook), so that their entries can be invalidated. */
export type InvalidatedResource = 'contact';
const INVALIDATED_RESOURCES: ReadonlySet<CachedResource> = new Set<InvalidatedResource>(['contact']);

interface Entry {
  /** Epoch ms after which the value is stale. */
  freshUntil: number;
  value: unknown;
}

export interface CacheKeyParts {
  credentialKey: string;
  locationId: string | undefined;
  resource: CachedResource;
  id: string;
}

export class ReferenceCache {
  /** Keys being refreshed by this process, so that one stale entry triggers one upstream request. */
  private readonly refreshing = new Set<string>();

  constructor(
    private readonly store: CacheStore,
    private readonly ttls: CacheTtls = DEFAULT_CACHE_TTLS,
    private readonly onError: (error: unknown) => void = () => undefined,
    private readonly generations?: Generations,
  ) {}

  /** The cached value when fresh; a stale one while `load` refreshes it in the background; else `load`'s result. */
  async through<T>(parts: CacheKeyParts, load: () => Promise<T>): Promise<T> {
    const key = cacheKey(parts, await this.generation(parts));
    const ttl = this.ttls[parts.resource];
    const entry = await this.read(key);
    if (entry) {
      if (Date.now() >= entry.freshUntil && !this.refreshing.has(key)) {
        this.refreshing.add(key);
        void load()
          .then((value) => this.write(parts.resource, key, value, ttl))
          .catch(() => undefined)
          .finally(() => this.refreshing.delete(key));
      }
      return entry.value as T;
    }
    const value = await load();
    await this.write(parts.resource, key, value, ttl);
    return value;
  }

  /**
   * Every credential's entry of this record is no longer served: the next read of it, by anyone, goes upstream.
   * Without generations (none configured) there is nothing to invalidate by.
   */
  async invalidate(resource: InvalidatedResource, locationId: string, id: string): Promise<void> {
    // The record as read with its location, and as read by id alone (a federation router's reference).
    await this.generations?.advance([recordName(resource, locationId, id), recordName(resource, undefined, id)]);
  }

  private async generation({ resource, locationId, id }: CacheKeyParts): Promise<string | undefined> {
    if (!this.generations || !INVALIDATED_RESOURCES.has(resource)) return undefined;
    return this.generations.current(recordName(resource, locationId, id));
  }

  private async read(key: string): Promise<Entry | undefined> {
    try {
      const text = await this.store.get(key);
      return text === undefined ? undefined : (JSON.parse(text) as Entry);
    } catch (error) {
      this.onError(error);
      return undefined;
    }
  }

  private async write(resource: CachedResource, key: string, value: unknown, ttl: number): Promise<void> {
    // What would not pass the check on the way back is not stored (a record without an id: read it upstream again).
    if (!isCachedValue(resource, value)) return;
    let text: string;
    try {
      text = JSON.stringify({ freshUntil: Date.now() + ttl, value } satisfies Entry);
    } catch {
      // A value JSON cannot write (one HighLevel nested too deep for the stack) is not cached; the cache is fine.
      return;
    }
    try {
      await this.store.set(key, text, ttl * 2);
    } catch (error) {
      this.onError(error);
    }
  }
}

function recordName(resource: CachedResource, locationId: string | undefined, id: string): string {
  return `${resource}\u0000${locationId ?? '*'}\u0000${id}`;
}

/** The resource in clear (entries of each kind can be counted in Redis), the rest hashed. */
function cacheKey({ credentialKey, locationId, resource, id }: CacheKeyParts, generation: string | undefined): string {
  const generationPart = generation === undefined ? '' : `\u0000${generation}`;
  return `${resource}:${createHash('sha256')
    .update(`${credentialKey}\u0000${locationId ?? '*'}\u0000${resource}\u0000${id}${generationPart}`)
    .digest('base64url')}`;
}

/**
 * Whether `text`, read back under `key`, is an entry this version wrote: JSON `{ freshUntil, value }` with a finite
 * time, and the value the key's resource always has (a list of records, or a record with a string id). Anything
 * else (garbage, `{}`, `null`, another version's format) would fail the request that reads it, or answer for the
 * wrong thing.
 */
export function referenceEntryIsValid(key: string, text: string): boolean {
  const resource = key.slice(0, key.indexOf(':'));
  if (!isCachedResource(resource)) return false;
  let entry: unknown;
  try {
    entry = JSON.parse(text);
  } catch {
    return false;
  }
  return isRecord(entry) && Number.isFinite(entry['freshUntil']) && isCachedValue(resource, entry['value']);
}

function isCachedResource(name: string): name is CachedResource {
  return Object.hasOwn(DEFAULT_CACHE_TTLS, name);
}

function isCachedValue(resource: CachedResource, value: unknown): boolean {
  if (LIST_RESOURCES.has(resource)) return Array.isArray(value) && value.every(isRecord);
  return isRecord(value) && typeof value['id'] === 'string';
}
