// Reading the calls of the spans no cache covers: each span is one HighLevel list, newest first, in pages of 50.
// The first page of every span goes out at once and tells each span's total; then the remaining pages of all spans
// go out at once, so a cold range costs ⌈N/50⌉ requests (one span) in two round trips. When the budget cannot pay
// for every page, the newest spans' pages are read first: what was read covers a span from its end back to its
// oldest call read, and a day is whole when it starts after that call.
import { type CallLogListQuery, MAX_UPSTREAM_PAGE_SIZE } from '../upstream/call-logs.js';
import type { CallLogDto, CallLogsResponseDto } from '../upstream/dto.js';
import type { RequestBudget } from './request-budget.js';

/** [start, end) in UTC milliseconds, with `end` no later than the query's present (nothing later exists yet). */
export interface Span {
  start: number;
  end: number;
}

export interface TimedCall {
  call: CallLogDto;
  /** `createdAt` in UTC milliseconds. */
  createdAt: number;
}

export interface SpanCalls {
  calls: TimedCall[];
  /** Days that start after this instant were read whole: -Infinity once every page was read, +Infinity for none. */
  completeAfter: number;
}

/** HighLevel's dates are inclusive at both ends (and must differ), ours end before `end`. */
export function dateParams({ start, end }: Span): { startDate: number; endDate: number } {
  return { startDate: start, endDate: Math.max(start + 1, end - 1) };
}

function pageParams(query: CallLogListQuery, span: Span, page: number) {
  return {
    ...query,
    ...dateParams(span),
    // Newest first, explicitly: what a cut budget leaves unread is then the oldest part of a span.
    sortBy: 'createdAt' as const,
    sort: 'descend' as const,
    page,
    pageSize: MAX_UPSTREAM_PAGE_SIZE,
  };
}

/** The first page of each span: the newest 50 calls, and how many the span holds. */
export interface Probe {
  spans: readonly Span[];
  /** Undefined for spans the budget could not pay a first page for (the oldest). */
  firstPages: readonly (CallLogsResponseDto | undefined)[];
}

/** Reads the first page of every span at once (newest spans first, as far as the budget goes). */
export async function probeSpans(
  spans: readonly Span[],
  query: CallLogListQuery,
  budget: RequestBudget,
): Promise<Probe> {
  const probed = spans.slice(0, budget.remaining);
  const firstPages = await Promise.all(probed.map((span) => budget.fetch(pageParams(query, span, 1))));
  return { spans, firstPages };
}

function pageCount(first: CallLogsResponseDto): number {
  return Math.max(1, Math.ceil(first.total / MAX_UPSTREAM_PAGE_SIZE));
}

/** The pages a whole scan still needs after the probe. */
export function pagesLeft(probe: Probe): number {
  return probe.firstPages.reduce((sum, first) => sum + (first ? pageCount(first) - 1 : 0), 0);
}

/** Reads the spans' remaining pages at once, newest span first as far as the budget goes. */
export async function finishScan(probe: Probe, query: CallLogListQuery, budget: RequestBudget): Promise<SpanCalls[]> {
  let left = budget.remaining;
  const rest = await Promise.all(
    probe.spans.map((span, index) => {
      const first = probe.firstPages[index];
      if (!first) return Promise.resolve([]);
      const more = Math.min(pageCount(first) - 1, left);
      left -= more;
      return Promise.all(Array.from({ length: more }, (_, page) => budget.fetch(pageParams(query, span, page + 2))));
    }),
  );
  return probe.spans.map((_, index) => spanCalls(probe.firstPages[index], rest[index] ?? []));
}

/** What the first pages alone cover (when the rest is answered another way). */
export function probedCalls(probe: Probe): SpanCalls[] {
  return probe.spans.map((_, index) => spanCalls(probe.firstPages[index], []));
}

function spanCalls(first: CallLogsResponseDto | undefined, rest: readonly CallLogsResponseDto[]): SpanCalls {
  if (!first) return { calls: [], completeAfter: Number.POSITIVE_INFINITY };
  const calls = timedCalls([first, ...rest]);
  if (rest.length === pageCount(first) - 1) return { calls, completeAfter: Number.NEGATIVE_INFINITY };
  let oldest = Number.POSITIVE_INFINITY;
  for (const { createdAt } of calls) oldest = Math.min(oldest, createdAt);
  return { calls, completeAfter: oldest };
}

/** The pages' calls once each (a call seen on two pages, as a list shifts, counts once), with their instants. */
function timedCalls(pages: readonly CallLogsResponseDto[]): TimedCall[] {
  const seen = new Set<string>();
  const calls: TimedCall[] = [];
  for (const page of pages) {
    for (const call of page.callLogs) {
      if (seen.has(call.id)) continue;
      seen.add(call.id);
      const createdAt = typeof call.createdAt === 'string' ? Date.parse(call.createdAt) : Number.NaN;
      // A call without a readable time belongs to no day; HighLevel's date filter does not return such calls.
      if (Number.isFinite(createdAt)) calls.push({ call, createdAt });
    }
  }
  return calls;
}
