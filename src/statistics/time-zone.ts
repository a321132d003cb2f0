// Calendar days and hours in an IANA time zone, with Node's Intl as the only source of zone rules. A zone's offset
// is read once a day across the span asked for, and each change between two readings (a DST switch) is found to the
// millisecond, so a day of 23 or 25 hours starts and ends where the zone says, and a call belongs to the local day
// and hour it was made in.
import { LRUCache } from 'lru-cache';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** IANA names: letters, digits, `_`, `-`, `+` and `/` (`America/New_York`, `Etc/GMT+5`, `UTC`); no bare offsets. */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;

/** One formatter per zone: building one costs far more than using it. */
const formatters = new LRUCache<string, Intl.DateTimeFormat>({ max: 1_000 });

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  return format;
}

const canonicalNames = new LRUCache<string, string>({ max: 1_000 });

/** The zone's canonical name (`utc` → `UTC`), or undefined when it is not a time zone Intl knows. */
export function canonicalTimeZone(name: string): string | undefined {
  if (!ZONE_NAME.test(name)) return undefined;
  let canonical = canonicalNames.get(name);
  if (canonical === undefined) {
    try {
      canonical = formatter(name).resolvedOptions().timeZone;
    } catch {
      return undefined;
    }
    canonicalNames.set(name, canonical);
  }
  return canonical;
}

/** Milliseconds to add to a UTC instant to get the zone's wall-clock time, read from Intl. */
function offsetFromIntl(zone: string, instant: number): number {
  const fields: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    fields['year'] ?? 1970,
    (fields['month'] ?? 1) - 1,
    fields['day'] ?? 1,
    fields['hour'] ?? 0,
    fields['minute'] ?? 0,
    fields['second'] ?? 0,
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The zone's offsets over a span: each entry holds from its instant until the next one. Read once a day, the span
 * cannot hide two changes between readings (no zone switches twice in a day); each change is located by bisection.
 */
function offsetSegments(zone: string, from: number, to: number): { starts: number[]; offsets: number[] } {
  if (zone === 'UTC') return { starts: [Number.NEGATIVE_INFINITY], offsets: [0] };
  const starts = [Number.NEGATIVE_INFINITY];
  const offsets = [offsetFromIntl(zone, from)];
  let previous = from;
  for (let instant = from + DAY_MS; ; instant = Math.min(instant + DAY_MS, to)) {
    const offset = offsetFromIntl(zone, instant);
    if (offset !== offsets.at(-1)) {
      // The first instant with the new offset, in (previous, instant].
      let low = previous;
      let high = instant;
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (offsetFromIntl(zone, middle) === offset) high = middle;
        else low = middle;
      }
      starts.push(high);
      offsets.push(offset);
    }
    if (instant >= to) break;
    previous = instant;
  }
  return { starts, offsets };
}

/** A local calendar day: `date` is `YYYY-MM-DD` in the zone, [start, end) the UTC instants it spans. */
export interface LocalDay {
  date: string;
  start: number;
  end: number;
}

/** Wall-clock arithmetic in one zone, exact within the span it was built for (and two days either side). */
export class ZoneClock {
  private readonly starts: number[];
  private readonly offsets: number[];
  /** The last range's days: a repeated query asks for the same. */
  private lastDays: { from: number; to: number; days: readonly LocalDay[] } | undefined;

  constructor(
    readonly zone: string,
    from: number,
    to: number,
  ) {
    ({ starts: this.starts, offsets: this.offsets } = offsetSegments(zone, from - 2 * DAY_MS, to + 2 * DAY_MS));
  }

  offsetAt(instant: number): number {
    // The last segment that starts at or before the instant; there are rarely more than two.
    let index = this.starts.length - 1;
    while (index > 0 && (this.starts[index] ?? 0) > instant) index--;
    return this.offsets[index] ?? 0;
  }

  /** The zone's wall-clock time at `instant`, as milliseconds since 1970-01-01T00:00 of that wall clock. */
  wallTime(instant: number): number {
    return instant + this.offsetAt(instant);
  }

  /** The local hour (0-23) of `instant`. */
  hourOf(instant: number): number {
    return Math.floor((((this.wallTime(instant) % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS);
  }

  /** The local date (`YYYY-MM-DD`) of `instant`. */
  dateOf(instant: number): string {
    return new Date(Math.floor(this.wallTime(instant) / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
  }

  /**
   * The first instant of a local date: local midnight, or, where a DST switch skips midnight, the instant the day
   * begins. Within each offset segment the wall clock only moves forward, so the first instant at or past midnight
   * is found segment by segment.
   */
  startOfDate(date: string): number {
    const midnight = Date.parse(`${date}T00:00:00.000Z`);
    for (let index = 0; index < this.offsets.length; index++) {
      const segmentStart = this.starts[index] ?? Number.NEGATIVE_INFINITY;
      const segmentEnd = this.starts[index + 1] ?? Number.POSITIVE_INFINITY;
      const candidate = Math.max(segmentStart, midnight - (this.offsets[index] ?? 0));
      if (candidate < segmentEnd) return candidate;
    }
    return midnight;
  }

  /** The local days that [from, to) touches, each cut to the range: the first and last may be partial. */
  days(from: number, to: number): readonly LocalDay[] {
    if (this.lastDays?.from === from && this.lastDays.to === to) return this.lastDays.days;
    const days: LocalDay[] = [];
    const last = this.dateOf(to - 1);
    for (let date = this.dateOf(from); ; date = nextDate(date)) {
      const start = Math.max(from, this.startOfDate(date));
      const end = Math.min(to, this.startOfDate(nextDate(date)));
      if (end > start) days.push({ date, start, end });
      if (date >= last) break;
    }
    this.lastDays = { from, to, days };
    return days;
  }
}

/** Clocks already built, by zone and the UTC days they span: a repeated query reads no zone rules again. */
const clocks = new LRUCache<string, ZoneClock>({ max: 256 });

/** A clock for `zone` that is exact over [from, to). */
export function zoneClock(zone: string, from: number, to: number): ZoneClock {
  const firstDay = Math.floor(from / DAY_MS) * DAY_MS;
  const lastDay = Math.ceil(to / DAY_MS) * DAY_MS;
  const key = `${zone}|${firstDay}|${lastDay}`;
  let clock = clocks.get(key);
  if (!clock) {
    clock = new ZoneClock(zone, firstDay, lastDay);
    clocks.set(key, clock);
  }
  return clock;
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + DAY_MS).toISOString().slice(0, 10);
}
