// One callStatistics query, planned for the fewest upstream requests:
// 1. The range's local days, looked up in the day cache: those over (ended more than an hour ago) for good, the day
//    still open for 30 s (as fresh as the field's declared maxAge).
// 2. What the selection needs: counts alone come from HighLevel's totals (one or two requests); calls per action
//    type from one total per type, when that is fewer requests than the rest of the scan; anything else, and any
//    day in doubt, from the calls: the days no cache holds are read as spans, in pages of 50, newest first.
// 3. Days read whole go to the cache; the figures are computed over every day's aggregate.
// Every request is paid from the query's budget: when it runs out, the newest days are answered and the rest are
// marked incomplete, never silently short.
import { createHash } from 'node:crypto';

import type { CallLogListQuery } from '../upstream/call-logs.js';
import { aggregateDay, type DayAggregate, emptyDay } from './day-aggregate.js';
import type { DayCache, DayKey } from './day-cache.js';
import { type FetchPage, RequestBudget } from './request-budget.js';
import { finishScan, pagesLeft, probedCalls, probeSpans, type Span, type SpanCalls, type TimedCall } from './scan.js';
import type { StatisticsSelection } from './selection.js';
import { type RangeDay, sortActionTypes, type StatisticsFigures, summarize } from './summary.js';
import { type LocalDay, type ZoneClock, zoneClock } from './time-zone.js';
import { actionTypeTotals, countCost, countTotals, FILTERABLE_ACTION_TYPES } from './totals.js';

/** A day is over, and cached, once it ended more than this long ago: HighLevel logs a call when it ends. */
const SETTLE_MS = 3_600_000;

export interface StatisticsRequest {
  locationId: string;
  /** The filter as HighLevel's list parameters (no dates, no order). */
  query: CallLogListQuery;
  /** [from, to) in UTC milliseconds. */
  from: number;
  to: number;
  /** A canonical IANA time zone name. */
  zone: string;
  selection: StatisticsSelection;
}

export interface StatisticsDependencies {
  fetchPage: FetchPage;
  /** The credential's hash: days are cached per credential. */
  credentialKey: string;
  /** Undefined when the shared cache is off. */
  cache: DayCache | undefined;
  maxUpstreamRequests: number;
  now: number;
}

export interface StatisticsCoverage {
  /** Every day of the range is in the figures. */
  complete: boolean;
  /** Call logs read from HighLevel by this query. */
  scannedCalls: number;
  upstreamRequests: number;
  /** Days answered from the cache. */
  cachedDays: number;
  plan: 'SCAN' | 'TOTALS';
}

export interface StatisticsResult {
  figures: StatisticsFigures;
  coverage: StatisticsCoverage;
}

export async function computeCallStatistics(
  request: StatisticsRequest,
  dependencies: StatisticsDependencies,
): Promise<StatisticsResult> {
  const { now } = dependencies;
  const clock = zoneClock(request.zone, request.from, request.to);
  const days = clock.days(request.from, request.to);
  const keyOf = dayKeys(request, dependencies.credentialKey);
  const isOver = (day: LocalDay) => day.end < now - SETTLE_MS;
  const { cache } = dependencies;
  // Days over, and the day still open if it was read moments ago; days to come hold no calls yet.
  const cached = await Promise.all(
    days.map((day) =>
      cache && day.start <= now ? cache.read(keyOf(day), !isOver(day), now) : Promise.resolve(undefined),
    ),
  );
  const spans = uncoveredSpans(days, cached, now);
  const budget = new RequestBudget(dependencies.maxUpstreamRequests, dependencies.fetchPage);
  const { selection, query } = request;
  const whole: Span = { start: request.from, end: Math.min(request.to, now + 1) };
  const keep = (day: LocalDay, aggregate: DayAggregate) => cache?.write(keyOf(day), aggregate, !isOver(day), now);

  if (spans.length > 0 && selection.countsOnly && countCost(selection.counts, query) <= budget.remaining) {
    const counts = await countTotals(selection.counts, query, whole, budget);
    return totalsResult({ ...summarize([]), ...counts }, budget, 0);
  }
  const probe = await probeSpans(spans, query, budget);
  if (selection.typeCallsOnly && !query.actionType?.length) {
    const totalsCost = FILTERABLE_ACTION_TYPES.length + countCost(selection.counts, query);
    if (pagesLeft(probe) > totalsCost && totalsCost <= budget.remaining) {
      const [counts, types] = await Promise.all([
        countTotals(selection.counts, query, whole, budget),
        actionTypeTotals(query, whole, budget),
      ]);
      // The first pages were read anyway: the days they cover whole are kept for the next query.
      const read = probedCalls(probe);
      await keepDays(days, spans, read, clock, keep);
      const figures = { ...summarize([]), ...counts, byActionType: sortActionTypes(types) };
      return totalsResult(figures, budget, countCalls(read));
    }
  }
  const read = await finishScan(probe, query, budget);
  const fresh = await keepDays(days, spans, read, clock, keep);
  const rangeDays: RangeDay[] = days.map((day, index) => ({
    day,
    aggregate: cached[index] ?? (day.start > now ? emptyDay() : fresh.get(day.date)),
  }));
  return {
    figures: summarize(rangeDays),
    coverage: {
      complete: rangeDays.every(({ aggregate }) => aggregate !== undefined),
      scannedCalls: countCalls(read),
      upstreamRequests: budget.spent,
      cachedDays: cached.filter((day) => day !== undefined).length,
      plan: 'SCAN',
    },
  };
}

function totalsResult(figures: StatisticsFigures, budget: RequestBudget, scannedCalls: number): StatisticsResult {
  return {
    figures,
    coverage: { complete: true, scannedCalls, upstreamRequests: budget.spent, cachedDays: 0, plan: 'TOTALS' },
  };
}

function countCalls(read: readonly SpanCalls[]): number {
  return read.reduce((sum, span) => sum + span.calls.length, 0);
}

/** Cache keys of the request's days: per credential, location, filter and zone. */
function dayKeys(request: StatisticsRequest, credentialKey: string): (day: LocalDay) => DayKey {
  const filterKey = createHash('sha256')
    .update(JSON.stringify(filterOf(request.query)))
    .digest('base64url');
  return (day) => ({
    credentialKey,
    locationId: request.locationId,
    filterKey: filterKey.slice(0, 22),
    timeZone: request.zone,
    start: day.start,
    end: day.end,
  });
}

/** The filter in one canonical form: the same calls, the same key. */
function filterOf(query: CallLogListQuery) {
  return {
    agentId: query.agentId ?? null,
    contactId: [...(query.contactId ?? [])].sort(),
    callType: query.callType ?? null,
    actionType: [...(query.actionType ?? [])].sort(),
  };
}

/**
 * The maximal runs of days that no cache holds and that have begun, newest first; the newest ends now (no call is
 * later than the query).
 */
function uncoveredSpans(days: readonly LocalDay[], cached: readonly (DayAggregate | undefined)[], now: number): Span[] {
  const spans: Span[] = [];
  let current: Span | undefined;
  days.forEach((day, index) => {
    if (cached[index] !== undefined || day.start > now) {
      current = undefined;
      return;
    }
    if (current) current.end = day.end;
    else {
      current = { start: day.start, end: day.end };
      spans.push(current);
    }
  });
  return spans.map((span) => ({ start: span.start, end: Math.min(span.end, now + 1) })).reverse();
}

/**
 * The aggregates of the days the scan read whole, by date; each is also handed to `keep` (the cache) before the
 * answer goes out, so that the next query finds it.
 */
async function keepDays(
  days: readonly LocalDay[],
  spans: readonly Span[],
  read: readonly SpanCalls[],
  clock: ZoneClock,
  keep: (day: LocalDay, aggregate: DayAggregate) => Promise<void> | undefined,
): Promise<Map<string, DayAggregate>> {
  const aggregates = new Map<string, DayAggregate>();
  const writes: Promise<void>[] = [];
  spans.forEach((span, index) => {
    const spanRead = read[index];
    if (!spanRead) return;
    const spanDays = days.filter((day) => day.start >= span.start && day.start < span.end);
    const byDay = callsByDay(spanDays, spanRead.calls);
    spanDays.forEach((day, dayIndex) => {
      if (day.start <= spanRead.completeAfter) return;
      const aggregate = aggregateDay(byDay[dayIndex] ?? [], (instant) => clock.hourOf(instant));
      aggregates.set(day.date, aggregate);
      const written = keep(day, aggregate);
      if (written) writes.push(written);
    });
  });
  await Promise.all(writes);
  return aggregates;
}

/** The calls of each day (in `days`' order, which is ascending); calls outside every day are dropped. */
function callsByDay(days: readonly LocalDay[], calls: readonly TimedCall[]): TimedCall[][] {
  const byDay = days.map((): TimedCall[] => []);
  for (const timed of calls) {
    let low = 0;
    let high = days.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const day = days[middle];
      if (!day) break;
      if (timed.createdAt < day.start) high = middle - 1;
      else if (timed.createdAt >= day.end) low = middle + 1;
      else {
        byDay[middle]?.push(timed);
        break;
      }
    }
  }
  return byDay;
}
