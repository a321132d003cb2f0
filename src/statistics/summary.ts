// Day aggregates merged into the figures a query returns. Every figure is computed from the merged histograms, never
// from per-day figures, so that it is the same as over the calls themselves: nearest-rank median and p90 are the
// values at positions ceil(p/100 × n) of all durations, sorted.
import type { DayAggregate, DurationHistogram } from './day-aggregate.js';
import type { LocalDay } from './time-zone.js';

interface DurationFigures {
  /** Calls with a known duration: what the other figures are over. */
  count: number;
  total: number | null;
  average: number | null;
  median: number | null;
  p90: number | null;
  min: number | null;
  max: number | null;
}

interface DayFigures {
  date: string;
  count: number;
  liveCount: number;
  trialCount: number;
  duration: DurationFigures;
  /** False when the query's upstream budget ran out before this day was read whole: its figures are left out. */
  complete: boolean;
}

export interface AgentFigures {
  agentId: string | null;
  isAgentDeleted: boolean;
  count: number;
  duration: DurationFigures;
}

export interface ActionTypeFigures {
  type: string;
  calls: number;
  /** Undefined when the plan counted calls per type from HighLevel's totals, which do not tell executions. */
  executions?: number;
}

export interface StatisticsFigures {
  count: number;
  liveCount: number;
  trialCount: number;
  duration: DurationFigures;
  byDay: DayFigures[];
  byHourOfDay: { hour: number; count: number }[];
  byAgent: AgentFigures[];
  byActionType: ActionTypeFigures[];
}

/** Each local day of the range with its aggregate; undefined when the day was not read whole. */
export interface RangeDay {
  day: LocalDay;
  aggregate: DayAggregate | undefined;
}

function merge(histograms: readonly DurationHistogram[]): DurationHistogram {
  // One histogram (a day's figures) is sorted already.
  if (histograms.length === 1) return histograms[0] ?? [];
  const merged = new Map<number, number>();
  for (const histogram of histograms) {
    for (const [seconds, calls] of histogram) merged.set(seconds, (merged.get(seconds) ?? 0) + calls);
  }
  return [...merged].sort(([left], [right]) => left - right);
}

/** The value at 1-based position `rank` of the sorted durations the histogram holds. */
function valueAtRank(histogram: DurationHistogram, rank: number): number | null {
  let seen = 0;
  for (const [seconds, calls] of histogram) {
    seen += calls;
    if (seen >= rank) return seconds;
  }
  return null;
}

function durationFigures(histograms: readonly DurationHistogram[]): DurationFigures {
  const sorted = merge(histograms);
  let count = 0;
  let total = 0;
  for (const [seconds, calls] of sorted) {
    count += calls;
    total += seconds * calls;
  }
  if (count === 0) return { count, total: null, average: null, median: null, p90: null, min: null, max: null };
  return {
    count,
    total,
    average: total / count,
    median: valueAtRank(sorted, Math.ceil(0.5 * count)),
    p90: valueAtRank(sorted, Math.ceil(0.9 * count)),
    min: sorted[0]?.[0] ?? null,
    max: sorted.at(-1)?.[0] ?? null,
  };
}

/** The figures of a range from its days' aggregates; a day without one counts as empty and incomplete. */
export function summarize(days: readonly RangeDay[]): StatisticsFigures {
  const complete = days.flatMap(({ aggregate }) => (aggregate ? [aggregate] : []));
  const count = complete.reduce((sum, day) => sum + day.count, 0);
  const trialCount = complete.reduce((sum, day) => sum + day.trialCount, 0);
  return {
    count,
    liveCount: count - trialCount,
    trialCount,
    duration: durationFigures(complete.map((day) => day.durations)),
    byDay: days.map(({ day, aggregate }) => ({
      date: day.date,
      count: aggregate?.count ?? 0,
      liveCount: aggregate ? aggregate.count - aggregate.trialCount : 0,
      trialCount: aggregate?.trialCount ?? 0,
      duration: durationFigures(aggregate ? [aggregate.durations] : []),
      complete: aggregate !== undefined,
    })),
    byHourOfDay: Array.from({ length: 24 }, (_, hour) => ({
      hour,
      count: complete.reduce((sum, day) => sum + (day.hours[hour] ?? 0), 0),
    })),
    byAgent: byAgent(complete),
    byActionType: byActionType(complete),
  };
}

function byAgent(days: readonly DayAggregate[]): AgentFigures[] {
  const agents = new Map<string | null, { deleted: boolean; count: number; durations: DurationHistogram[] }>();
  for (const day of days) {
    for (const agent of day.agents) {
      const entry = agents.get(agent.agentId) ?? { deleted: false, count: 0, durations: [] };
      entry.deleted ||= agent.deleted;
      entry.count += agent.count;
      entry.durations.push(agent.durations);
      agents.set(agent.agentId, entry);
    }
  }
  return [...agents]
    .map(([agentId, agent]) => ({
      agentId,
      isAgentDeleted: agent.deleted,
      count: agent.count,
      duration: durationFigures(agent.durations),
    }))
    .sort((left, right) => right.count - left.count || compareIds(left.agentId, right.agentId));
}

function byActionType(days: readonly DayAggregate[]): ActionTypeFigures[] {
  const types = new Map<string, { type: string; calls: number; executions: number }>();
  for (const day of days) {
    for (const { type, calls, executions } of day.actionTypes) {
      const entry = types.get(type) ?? { type, calls: 0, executions: 0 };
      entry.calls += calls;
      entry.executions += executions;
      types.set(type, entry);
    }
  }
  return sortActionTypes([...types.values()]);
}

/** Most calls first, then by type, so that the order is stable. */
export function sortActionTypes<Entry extends { type: string; calls: number }>(entries: Entry[]): Entry[] {
  return entries.sort((left, right) => right.calls - left.calls || (left.type < right.type ? -1 : 1));
}

/** Agents without an id last. */
function compareIds(left: string | null, right: string | null): number {
  if (left === right) return 0;
  if (left === null) return 1;
  if (right === null) return -1;
  return left < right ? -1 : 1;
}
