// Days kept in the shared cache (the in-process LRU, or Redis with REDIS_URL): each entry is one local day's
// aggregate for one credential, location, filter and time zone. A day that is over is never read from HighLevel
// again while it is cached; the day still open is reused for OPEN_DAY_MAX_AGE_MS at most (the maxAge callStatistics
// declares: as fresh as a cached list), under a key of its own, so that it never stands in for the day once over.
// The key names a day by the UTC instants it spans, so a partial day at the edge of a range is an entry of its own.
// Used only through ReferenceCache.through, whose entries are keyed by a hash of the credential and never hold a
// token. What is read back is checked (format version, key, age, then shape): anything else is a miss, and the day
// is read from HighLevel again.
import type { ReferenceCache } from '../cache.js';
import { isRecord } from '../guards.js';
import { type DayAggregate, isDayAggregate } from './day-aggregate.js';

/** Bumped when DayAggregate changes shape: entries of another version are misses (and other keys). */
const FORMAT_VERSION = 1;
/** How long the aggregate of a day still open may stand in for HighLevel's answer. */
const OPEN_DAY_MAX_AGE_MS = 30_000;

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
  /** When the day's calls were read. */
  readAt: number;
  day: DayAggregate;
}

/** A lookup's loader fails with this: a lookup only reads. One instance: a miss costs no stack trace. */
class Miss extends Error {}
const MISS = new Miss('not cached');

export class DayCache {
  constructor(private readonly cache: ReferenceCache) {}

  /**
   * The cached aggregate of a day, or undefined (a miss, an unreadable entry, a failing cache). `open`: the day is
   * not over yet, and only an aggregate read within OPEN_DAY_MAX_AGE_MS of `now` will do.
   */
  async read(key: DayKey, open: boolean, now: number): Promise<DayAggregate | undefined> {
    const id = entryId(key, open);
    try {
      const entry = await this.cache.through<unknown>(parts(key, id, open), () => Promise.reject(MISS));
      if (!isDayEntry(entry, id)) return undefined;
      if (open && !(now - entry.readAt >= 0 && now - entry.readAt <= OPEN_DAY_MAX_AGE_MS)) return undefined;
      return entry.day;
    } catch {
      return undefined;
    }
  }

  /** Keeps a day read at `readAt`; a cache that fails is skipped (the day is read again next time). */
  async write(key: DayKey, day: DayAggregate, open: boolean, readAt: number): Promise<void> {
    const id = entryId(key, open);
    const entry: DayEntry = { id, version: FORMAT_VERSION, readAt, day };
    try {
      await this.cache.through(parts(key, id, open), () => Promise.resolve(entry));
    } catch {
      // ReferenceCache swallows store failures itself; nothing else can fail here.
    }
  }
}

function entryId({ filterKey, timeZone, start, end }: DayKey, open: boolean): string {
  return `v${FORMAT_VERSION}:${open ? 'open' : 'over'}:${filterKey}:${timeZone}:${start}:${end}`;
}

function parts({ credentialKey, locationId }: DayKey, id: string, open: boolean) {
  const resource = open ? ('callStatisticsOpenDay' as const) : ('callStatisticsDay' as const);
  return { credentialKey, locationId, resource, id };
}

function isDayEntry(value: unknown, id: string): value is DayEntry {
  return (
    isRecord(value) &&
    value['version'] === FORMAT_VERSION &&
    value['id'] === id &&
    typeof value['readAt'] === 'number' &&
    isDayAggregate(value['day'])
  );
}
