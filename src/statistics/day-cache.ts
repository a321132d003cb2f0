// Days that are over, kept in the shared cache (the in-process LRU, or Redis with REDIS_URL) so that no query reads
// them from HighLevel again while they are cached. Each entry is one local day's aggregate for one credential,
// location, filter and time zone; the key names the day by the UTC instants it spans, so a partial day at the edge
// of a range is an entry of its own. Used only through ReferenceCache.through, whose entries are keyed by a hash of
// the credential and never hold a token. What is read back is checked (format version, then shape): anything else
// is a miss, and the day is read from HighLevel again.
import type { ReferenceCache } from '../cache.js';
import { isRecord } from '../guards.js';
import { type DayAggregate, isDayAggregate } from './day-aggregate.js';

/** Bumped when DayAggregate changes shape: entries of another version are misses (and other keys). */
const FORMAT_VERSION = 1;

export interface DayKey {
  credentialKey: string;
  locationId: string;
  /** A digest of the call-log filter. */
  filterKey: string;
  timeZone: string;
  start: number;
  end: number;
}

interface DayEntry {
  /** The day's key, repeated in the entry: an entry filed under another key is a miss. */
  id: string;
  version: number;
  day: DayAggregate;
}

/** A lookup's loader: a lookup only reads, so a miss loads nothing. */
class Miss extends Error {}

export class DayCache {
  constructor(private readonly cache: ReferenceCache) {}

  /** The cached aggregate of a day that is over, or undefined (a miss, an unreadable entry, a failing cache). */
  async read(key: DayKey): Promise<DayAggregate | undefined> {
    const id = entryId(key);
    try {
      const entry = await this.cache.through<unknown>(parts(key, id), () => Promise.reject(new Miss()));
      return isDayEntry(entry, id) ? entry.day : undefined;
    } catch {
      return undefined;
    }
  }

  /** Keeps a day that is over; a cache that fails is skipped (the day is read again next time). */
  async write(key: DayKey, day: DayAggregate): Promise<void> {
    const id = entryId(key);
    const entry: DayEntry = { id, version: FORMAT_VERSION, day };
    try {
      await this.cache.through(parts(key, id), () => Promise.resolve(entry));
    } catch {
      // ReferenceCache swallows store failures itself; nothing else can fail here.
    }
  }
}

function entryId({ filterKey, timeZone, start, end }: DayKey): string {
  return `v${FORMAT_VERSION}:${filterKey}:${timeZone}:${start}:${end}`;
}

function parts({ credentialKey, locationId }: DayKey, id: string) {
  return { credentialKey, locationId, resource: 'callStatisticsDay' as const, id };
}

function isDayEntry(value: unknown, id: string): value is DayEntry {
  return isRecord(value) && value['version'] === FORMAT_VERSION && value['id'] === id && isDayAggregate(value['day']);
}
