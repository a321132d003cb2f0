// Relay pagination over HighLevel's 1-based page/pageSize paging. A cursor is an opaque absolute offset tied to one
// filter and order; a window of up to 200 logs is served by fetching the upstream pages it spans concurrently.
import { createHash } from 'node:crypto';
import type { CallLogDto, CallLogsResponseDto } from '../upstream/dto.js';
import { MAX_UPSTREAM_PAGE_SIZE, type CallLogListParams } from '../upstream/call-logs.js';
import { badUserInput } from '../upstream/errors.js';

export const MAX_PAGE_LENGTH = 200;
export const DEFAULT_PAGE_LENGTH = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Page {
  logs: CallLogDto[];
  /** Absolute offset of `logs[0]` in the filtered, ordered list. */
  start: number;
  totalCount: number;
}

type ListQuery = Omit<CallLogListParams, 'page' | 'pageSize'>;
type FetchPage = (params: CallLogListParams) => Promise<CallLogsResponseDto>;

const CURSOR_PREFIX = 'cl1';

/** A short digest of everything that decides the list's order and content, so a cursor cannot be replayed on another. */
export function listFingerprint(query: ListQuery): string {
  return createHash('sha256').update(JSON.stringify(query)).digest('base64url').slice(0, 10);
}

export function encodeCursor(fingerprint: string, offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}:${fingerprint}:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string, fingerprint: string, argumentName: string): number {
  const [prefix, cursorFingerprint, offsetText, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  const offset = Number(offsetText);
  if (
    prefix !== CURSOR_PREFIX ||
    rest.length > 0 ||
    !/^\d{1,9}$/.test(offsetText ?? '') ||
    !Number.isSafeInteger(offset)
  ) {
    throw badUserInput(`\`${argumentName}\` is not a cursor of this connection.`, argumentName);
  }
  if (cursorFingerprint !== fingerprint) {
    throw badUserInput(
      `\`${argumentName}\` belongs to a different filter or order; start again without it.`,
      argumentName,
    );
  }
  return offset;
}

function validateLength(value: number | null | undefined, argumentName: string): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (value < 0 || value > MAX_PAGE_LENGTH)
    throw badUserInput(`\`${argumentName}\` must be between 0 and ${MAX_PAGE_LENGTH}.`, argumentName);
  return value;
}

/**
 * Fetches the window the Relay arguments select. Arguments are validated before any upstream request. `last`
 * without `before` needs the total first, which costs one extra upstream request.
 */
export async function fetchWindow(
  fetchPage: FetchPage,
  query: ListQuery,
  args: PageArgs,
  fingerprint: string,
): Promise<Page> {
  const first = validateLength(args.first, 'first');
  const last = validateLength(args.last, 'last');
  const lowerBound = args.after ? decodeCursor(args.after, fingerprint, 'after') + 1 : 0;
  const upperBound = args.before ? decodeCursor(args.before, fingerprint, 'before') : undefined;

  if (first !== undefined || last === undefined) {
    const start = lowerBound;
    let end = start + (first ?? DEFAULT_PAGE_LENGTH);
    if (upperBound !== undefined) end = Math.min(end, upperBound);
    // Relay: with both `first` and `last`, take the last `last` of the first `first`.
    return fetchRange(fetchPage, query, last === undefined ? start : Math.max(start, end - last), end);
  }
  if (upperBound !== undefined)
    return fetchRange(fetchPage, query, Math.max(lowerBound, upperBound - last), upperBound);

  const probe = await fetchPage({ ...query, page: 1, pageSize: MAX_UPSTREAM_PAGE_SIZE });
  const end = probe.total;
  const start = Math.max(lowerBound, end - last);
  if (end <= MAX_UPSTREAM_PAGE_SIZE) return { logs: probe.callLogs.slice(start, end), start, totalCount: probe.total };
  return fetchRange(fetchPage, query, start, end);
}

async function fetchRange(fetchPage: FetchPage, query: ListQuery, start: number, end: number): Promise<Page> {
  if (end <= start) {
    // Nothing to return, but the total is still owed: the smallest possible request.
    const { total } = await fetchPage({ ...query, page: 1, pageSize: 1 });
    return { logs: [], start, totalCount: total };
  }
  const { pageSize, pages } = planPages(start, end);
  const responses = await Promise.all(pages.map((page) => fetchPage({ ...query, page, pageSize })));
  const fetchedFrom = ((pages[0] ?? 1) - 1) * pageSize;
  const logs = responses.flatMap((response) => response.callLogs).slice(start - fetchedFrom, end - fetchedFrom);
  const totalCount = Math.max(...responses.map((response) => response.total));
  return { logs, start, totalCount };
}

/**
 * Chooses the upstream page size (1 to 50) that covers [start, end) with the fewest requests, then the fewest
 * surplus logs: e.g. [0, 120) → pages 1-3 of 40, [10, 20) → page 2 of 10, [0, 200) → pages 1-4 of 50.
 */
export function planPages(start: number, end: number): { pageSize: number; pages: number[] } {
  let best = { pageSize: MAX_UPSTREAM_PAGE_SIZE, firstPage: 1, lastPage: 1, cost: Infinity, surplus: Infinity };
  for (let pageSize = MAX_UPSTREAM_PAGE_SIZE; pageSize >= 1; pageSize--) {
    const firstPage = Math.floor(start / pageSize) + 1;
    const lastPage = Math.floor((end - 1) / pageSize) + 1;
    const cost = lastPage - firstPage + 1;
    const surplus = cost * pageSize - (end - start);
    if (cost < best.cost || (cost === best.cost && surplus < best.surplus))
      best = { pageSize, firstPage, lastPage, cost, surplus };
  }
  const pages = Array.from({ length: best.cost }, (_, index) => best.firstPage + index);
  return { pageSize: best.pageSize, pages };
}
