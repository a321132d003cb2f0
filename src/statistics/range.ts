// The range a callStatistics query asks for, checked before anything is read: `to` after `from`, a time zone Intl
// knows, and no more than the longest range allowed, in wall-clock days of that zone (so that 92 local days across
// a DST switch, 92 × 24 h ± 1 h, are 92 days).
import { badUserInput } from '../errors.js';
import { canonicalTimeZone, zoneClock } from './time-zone.js';

const DAY_MS = 86_400_000;

export interface RangeInput {
  from: Date;
  to: Date;
  timeZone?: string | null;
}

export interface CheckedRange {
  from: number;
  to: number;
  /** As the caller spelled it. */
  timeZone: string;
  /** Intl's canonical name (`utc` and `UTC` are one zone): what days are cached under. */
  zone: string;
}

export function checkRange(input: RangeInput, maxDays: number): CheckedRange {
  const from = input.from.getTime();
  const to = input.to.getTime();
  if (!Number.isFinite(from) || !Number.isFinite(to)) throw badUserInput('`range` needs two instants.', 'range');
  // HighLevel's dates are Unix milliseconds: nothing happened before 1970.
  if (from < 0) throw badUserInput('`range.from` must not be before 1970-01-01T00:00:00Z.', 'range.from');
  if (to <= from) throw badUserInput('`range.to` must be after `range.from`.', 'range');
  const timeZone = input.timeZone ?? 'UTC';
  const zone = canonicalTimeZone(timeZone);
  if (zone === undefined) {
    throw badUserInput(
      `\`range.timeZone\` must be an IANA time zone such as America/New_York, got ${JSON.stringify(timeZone.slice(0, 64))}.`,
      'range.timeZone',
    );
  }
  const tooLong = () =>
    badUserInput(`\`range\` may span at most ${maxDays} days (STATISTICS_MAX_RANGE_DAYS).`, 'range');
  // A zone's offset changes by less than a day, so a longer span is refused before the zone's rules are read.
  if (to - from > (maxDays + 1) * DAY_MS) throw tooLong();
  const clock = zoneClock(zone, from, to);
  if (clock.wallTime(to) - clock.wallTime(from) > maxDays * DAY_MS) throw tooLong();
  return { from, to, timeZone, zone };
}
