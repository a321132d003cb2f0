// callStatistics' figures computed directly over call logs (the emulator's store), the plain way: every call placed
// in its local day and hour by Intl on its own, every duration sorted. The gateway's days, caches and plans must come
// to the same numbers.
import type { CallLogRecord } from '../../src/emulator/types.js';

export interface DirectFilter {
  agentId?: string;
  contactIds?: string[];
  callType?: 'LIVE' | 'TRIAL';
  actionTypes?: string[];
}

export interface DirectRange {
  from: string;
  to: string;
  timeZone?: string;
}

interface Duration {
  count: number;
  total: number | null;
  average: number | null;
  median: number | null;
  p90: number | null;
  min: number | null;
  max: number | null;
}

export interface DirectStatistics {
  count: number;
  liveCount: number;
  trialCount: number;
  duration: Duration;
  byDay: { date: string; count: number; liveCount: number; trialCount: number; duration: Duration; complete: true }[];
  byHourOfDay: { hour: number; count: number }[];
  byAgent: { agentId: string | null; isAgentDeleted: boolean; count: number; duration: Duration }[];
  byActionType: { type: string; calls: number; executions: number }[];
}

/** A stored log, read liberally: tests add logs of odd shapes. */
type Log = Partial<Record<keyof CallLogRecord, unknown>>;

function durationOf(durations: number[]): Duration {
  const sorted = [...durations].sort((left, right) => left - right);
  const count = sorted.length;
  if (count === 0) return { count, total: null, average: null, median: null, p90: null, min: null, max: null };
  const total = sorted.reduce((sum, value) => sum + value, 0);
  const rank = (p: number) => sorted[Math.ceil((p / 100) * count) - 1] ?? null;
  return {
    count,
    total,
    average: total / count,
    median: rank(50),
    p90: rank(90),
    min: sorted[0] ?? null,
    max: sorted.at(-1) ?? null,
  };
}

function numericDuration(log: Log): number | undefined {
  return typeof log.duration === 'number' && Number.isFinite(log.duration) && log.duration >= 0
    ? log.duration
    : undefined;
}

function actionTypesOf(log: Log): string[] {
  return Array.isArray(log.executedCallActions)
    ? (log.executedCallActions as unknown[]).flatMap((action) => {
        const type =
          typeof action === 'object' && action !== null ? (action as Record<string, unknown>)['actionType'] : undefined;
        return typeof type === 'string' ? [type] : [];
      })
    : [];
}

function matches(log: Log, filter: DirectFilter): boolean {
  if (filter.agentId !== undefined && log.agentId !== filter.agentId) return false;
  if (filter.contactIds && !filter.contactIds.includes(String(log.contactId))) return false;
  if (filter.callType && (log.trialCall === true) !== (filter.callType === 'TRIAL')) return false;
  if (filter.actionTypes && !actionTypesOf(log).some((type) => filter.actionTypes?.includes(type))) return false;
  return true;
}

/** The local dates [from, to) touches, in order. */
function datesOf(first: string, last: string): string[] {
  const dates = [first];
  while ((dates.at(-1) ?? last) < last) {
    dates.push(new Date(Date.parse(`${dates.at(-1) ?? last}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
  }
  return dates;
}

export function directStatistics(
  logs: readonly unknown[],
  range: DirectRange,
  filter: DirectFilter = {},
): DirectStatistics {
  const timeZone = range.timeZone ?? 'UTC';
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  });
  const local = (instant: number) => {
    const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
    return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, hour: Number(parts['hour']) };
  };
  const from = Date.parse(range.from);
  const to = Date.parse(range.to);
  const calls = (logs as Log[]).flatMap((log) => {
    const createdAt = typeof log.createdAt === 'string' ? Date.parse(log.createdAt) : Number.NaN;
    if (!(createdAt >= from && createdAt < to) || !matches(log, filter)) return [];
    return [{ log, ...local(createdAt) }];
  });
  const summary = (of: typeof calls) => {
    const trialCount = of.filter(({ log }) => log.trialCall === true).length;
    return { count: of.length, liveCount: of.length - trialCount, trialCount };
  };
  const durations = (of: typeof calls) => durationOf(of.flatMap(({ log }) => numericDuration(log) ?? []));

  const agents = new Map<string | null, typeof calls>();
  for (const call of calls) {
    const agentId = typeof call.log.agentId === 'string' ? call.log.agentId : null;
    agents.set(agentId, [...(agents.get(agentId) ?? []), call]);
  }
  const types = new Map<string, { type: string; calls: number; executions: number }>();
  for (const { log } of calls) {
    const executed = actionTypesOf(log);
    for (const type of new Set(executed)) {
      const entry = types.get(type) ?? { type, calls: 0, executions: 0 };
      entry.calls += 1;
      entry.executions += executed.filter((candidate) => candidate === type).length;
      types.set(type, entry);
    }
  }
  return {
    ...summary(calls),
    duration: durations(calls),
    byDay: datesOf(local(from).date, local(to - 1).date).map((date) => {
      const ofDay = calls.filter((call) => call.date === date);
      return { date, ...summary(ofDay), duration: durations(ofDay), complete: true as const };
    }),
    byHourOfDay: Array.from({ length: 24 }, (_, hour) => ({
      hour,
      count: calls.filter((call) => call.hour === hour).length,
    })),
    byAgent: [...agents]
      .map(([agentId, ofAgent]) => ({
        agentId,
        isAgentDeleted: ofAgent.some(({ log }) => log.isAgentDeleted === true),
        count: ofAgent.length,
        duration: durations(ofAgent),
      }))
      .sort(
        (left, right) =>
          right.count - left.count ||
          (left.agentId === null ? 1 : right.agentId === null ? -1 : left.agentId < right.agentId ? -1 : 1),
      ),
    byActionType: [...types.values()].sort(
      (left, right) => right.calls - left.calls || (left.type < right.type ? -1 : 1),
    ),
  };
}
