// What the statistics keep of one local day's calls: enough to answer every figure exactly for any set of days
// (durations as a histogram, so that a median over many days is exact, not a median of medians), and small enough
// to cache: a day of 50 calls is a few hundred bytes.
import { isRecord } from '../guards.js';
import type { CallLogDto } from '../upstream/dto.js';

/** Durations in seconds with how many calls lasted each, ascending by seconds. */
export type DurationHistogram = [seconds: number, calls: number][];

interface AgentDay {
  /** Null for calls HighLevel sent without an agent id. */
  agentId: string | null;
  /** Some call of the day said the agent has been deleted (HighLevel `isAgentDeleted`). */
  deleted: boolean;
  count: number;
  durations: DurationHistogram;
}

interface ActionTypeDay {
  /** HighLevel's `actionType`, unknown types included. */
  type: string;
  /** Calls that executed at least one action of the type. */
  calls: number;
  /** Actions of the type executed, over all calls. */
  executions: number;
}

export interface DayAggregate {
  count: number;
  trialCount: number;
  /** Calls per local hour of the day, 24 entries. */
  hours: number[];
  /** Calls with a numeric duration; the others count everywhere but in duration figures. */
  durations: DurationHistogram;
  agents: AgentDay[];
  actionTypes: ActionTypeDay[];
}

export function emptyDay(): DayAggregate {
  return { count: 0, trialCount: 0, hours: new Array<number>(24).fill(0), durations: [], agents: [], actionTypes: [] };
}

/** A call's duration when HighLevel sent a usable one. */
function durationOf(call: CallLogDto): number | undefined {
  const duration: unknown = call.duration;
  return typeof duration === 'number' && Number.isFinite(duration) && duration >= 0 ? duration : undefined;
}

function addTo(histogram: Map<number, number>, seconds: number | undefined): void {
  if (seconds !== undefined) histogram.set(seconds, (histogram.get(seconds) ?? 0) + 1);
}

function toHistogram(histogram: Map<number, number>): DurationHistogram {
  return [...histogram].sort(([left], [right]) => left - right);
}

/** The aggregate of one day's calls; `hourOf` places a call's instant in its local hour. */
export function aggregateDay(
  calls: readonly { call: CallLogDto; createdAt: number }[],
  hourOf: (instant: number) => number,
): DayAggregate {
  const day = emptyDay();
  const durations = new Map<number, number>();
  const agents = new Map<string | null, { deleted: boolean; count: number; durations: Map<number, number> }>();
  const actionTypes = new Map<string, ActionTypeDay>();
  for (const { call, createdAt } of calls) {
    const duration = durationOf(call);
    day.count += 1;
    if (call.trialCall) day.trialCount += 1;
    const hour = hourOf(createdAt);
    day.hours[hour] = (day.hours[hour] ?? 0) + 1;
    addTo(durations, duration);

    const agentId = typeof call.agentId === 'string' ? call.agentId : null;
    let agent = agents.get(agentId);
    if (!agent) {
      agent = { deleted: false, count: 0, durations: new Map() };
      agents.set(agentId, agent);
    }
    agent.count += 1;
    if (call.isAgentDeleted) agent.deleted = true;
    addTo(agent.durations, duration);

    const seen = new Set<string>();
    const actions: unknown = call.executedCallActions;
    for (const action of Array.isArray(actions) ? (actions as unknown[]) : []) {
      const type = isRecord(action) ? action['actionType'] : undefined;
      if (typeof type !== 'string') continue;
      let entry = actionTypes.get(type);
      if (!entry) {
        entry = { type, calls: 0, executions: 0 };
        actionTypes.set(type, entry);
      }
      entry.executions += 1;
      if (!seen.has(type)) {
        seen.add(type);
        entry.calls += 1;
      }
    }
  }
  day.durations = toHistogram(durations);
  day.agents = [...agents].map(([agentId, agent]) => ({
    agentId,
    deleted: agent.deleted,
    count: agent.count,
    durations: toHistogram(agent.durations),
  }));
  day.actionTypes = [...actionTypes.values()];
  return day;
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function isHistogram(value: unknown, calls: number): value is DurationHistogram {
  if (!Array.isArray(value)) return false;
  let total = 0;
  let previous = -1;
  for (const entry of value as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2) return false;
    const [seconds, count] = entry as unknown[];
    const valid = typeof seconds === 'number' && Number.isFinite(seconds) && seconds > previous;
    if (!valid || !isCount(count) || count === 0) return false;
    previous = seconds;
    total += count;
  }
  return total <= calls;
}

/**
 * Whether a value read back from a shared cache is a day aggregate, whole and self-consistent: anything else
 * (another version's format, a truncated or tampered entry) must be a miss, never a wrong figure.
 */
export function isDayAggregate(value: unknown): value is DayAggregate {
  if (!isRecord(value)) return false;
  const { count, trialCount, hours, durations, agents, actionTypes } = value;
  if (!isCount(count) || !isCount(trialCount) || trialCount > count) return false;
  if (!Array.isArray(hours) || hours.length !== 24 || !hours.every(isCount)) return false;
  if (hours.reduce((sum, calls) => sum + calls, 0) !== count) return false;
  if (!isHistogram(durations, count)) return false;
  if (!Array.isArray(agents) || !Array.isArray(actionTypes)) return false;
  let agentCalls = 0;
  for (const agent of agents as unknown[]) {
    if (!isRecord(agent) || !isCount(agent['count']) || typeof agent['deleted'] !== 'boolean') return false;
    if (agent['agentId'] !== null && typeof agent['agentId'] !== 'string') return false;
    if (!isHistogram(agent['durations'], agent['count'])) return false;
    agentCalls += agent['count'];
  }
  if (agentCalls !== count) return false;
  return (actionTypes as unknown[]).every(
    (entry) =>
      isRecord(entry) &&
      typeof entry['type'] === 'string' &&
      isCount(entry['calls']) &&
      isCount(entry['executions']) &&
      entry['calls'] <= count &&
      entry['executions'] >= entry['calls'],
  );
}
