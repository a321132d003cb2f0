// The limit for call statistics: what a client that knows exactly what to fetch would do. It reads the range's call
// logs straight from HighLevel (the emulator) with ideal parallelism (the first page, which tells the total, then
// every other page at once) and aggregates them in plain code: no GraphQL, no cache, no rate limiter. The gateway
// cannot need fewer requests, cold, nor wait fewer round trips.

interface Log {
  id: string;
  createdAt?: string;
  duration?: unknown;
  trialCall?: unknown;
  agentId?: unknown;
  isAgentDeleted?: unknown;
  executedCallActions?: unknown;
}

export interface LimitRange {
  from: number;
  to: number;
  timeZone: string;
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

/** Fetches [from, to) from the emulator and aggregates it; `requests` is what it sent. */
export async function limitStatistics(
  upstreamUrl: string,
  token: string,
  locationId: string,
  range: LimitRange,
): Promise<{ figures: Record<string, unknown>; requests: number }> {
  const page = async (number: number): Promise<{ total: number; callLogs: Log[] }> => {
    const query = new URLSearchParams({
      locationId,
      startDate: String(range.from),
      endDate: String(Math.min(range.to, Date.now() + 1) - 1),
      sortBy: 'createdAt',
      sort: 'descend',
      page: String(number),
      pageSize: '50',
    });
    const response = await fetch(`${upstreamUrl}/voice-ai/dashboard/call-logs?${query.toString()}`, {
      headers: { authorization: `Bearer ${token}`, version: '2021-04-15' },
    });
    if (!response.ok) throw new Error(`the emulator answered ${response.status}`);
    return (await response.json()) as { total: number; callLogs: Log[] };
  };
  const first = await page(1);
  const pages = Math.max(1, Math.ceil(first.total / 50));
  const rest = await Promise.all(Array.from({ length: pages - 1 }, (_, index) => page(index + 2)));
  const logs = [first, ...rest].flatMap((response) => response.callLogs);
  return { figures: aggregate(logs, range), requests: pages };
}

function aggregate(logs: readonly Log[], { from, to, timeZone }: LimitRange): Record<string, unknown> {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  });
  const local = (instant: number) => {
    const parts: Record<string, string> = {};
    for (const part of format.formatToParts(instant)) parts[part.type] = part.value;
    return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, hour: Number(parts['hour']) };
  };
  const calls = logs.map((log) => {
    const at = local(Date.parse(log.createdAt ?? ''));
    const duration = typeof log.duration === 'number' ? log.duration : undefined;
    const agentId = typeof log.agentId === 'string' ? log.agentId : null;
    const types = Array.isArray(log.executedCallActions)
      ? (log.executedCallActions as { actionType?: unknown }[]).flatMap((action) =>
          typeof action.actionType === 'string' ? [action.actionType] : [],
        )
      : [];
    return { ...at, duration, trial: log.trialCall === true, agentId, deleted: log.isAgentDeleted === true, types };
  });
  type Call = (typeof calls)[number];
  const counts = (of: Call[]) => {
    const trialCount = of.filter((call) => call.trial).length;
    return { count: of.length, liveCount: of.length - trialCount, trialCount };
  };
  const duration = (of: Call[]): Duration => {
    const sorted = of.flatMap((call) => (call.duration === undefined ? [] : [call.duration])).sort((a, b) => a - b);
    const count = sorted.length;
    if (count === 0) return { count, total: null, average: null, median: null, p90: null, min: null, max: null };
    const total = sorted.reduce((sum, value) => sum + value, 0);
    const rank = (p: number) => sorted[Math.ceil(p * count) - 1] ?? null;
    return {
      count,
      total,
      average: total / count,
      median: rank(0.5),
      p90: rank(0.9),
      min: sorted[0] ?? null,
      max: sorted[count - 1] ?? null,
    };
  };
  const dates: string[] = [];
  for (let date = local(from).date; date <= local(to - 1).date;) {
    dates.push(date);
    date = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  }
  const agents = new Map<string | null, Call[]>();
  for (const call of calls) agents.set(call.agentId, [...(agents.get(call.agentId) ?? []), call]);
  const types = new Map<string, { type: string; calls: number; executions: number }>();
  for (const call of calls) {
    for (const type of new Set(call.types)) {
      const entry = types.get(type) ?? { type, calls: 0, executions: 0 };
      entry.calls += 1;
      entry.executions += call.types.filter((other) => other === type).length;
      types.set(type, entry);
    }
  }
  return {
    timeZone,
    ...counts(calls),
    duration: duration(calls),
    byDay: dates.map((date) => {
      const of = calls.filter((call) => call.date === date);
      return { date, ...counts(of), duration: duration(of), complete: true };
    }),
    byHourOfDay: Array.from({ length: 24 }, (_, hour) => ({
      hour,
      count: calls.filter((call) => call.hour === hour).length,
    })),
    byAgent: [...agents]
      .map(([agentId, of]) => ({
        agentId,
        isAgentDeleted: of.some((call) => call.deleted),
        count: of.length,
        duration: duration(of),
      }))
      .sort((a, b) => b.count - a.count || compareIds(a.agentId, b.agentId)),
    byActionType: [...types.values()].sort((a, b) => b.calls - a.calls || (a.type < b.type ? -1 : 1)),
  };
}

/** Ids in code-unit order, calls without an agent last. */
function compareIds(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
