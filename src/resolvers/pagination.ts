// Relay pagination over HighLevel's 1-based page/pageSize paging. A cursor is opaque: the absolute offset of an item
// in one filtered, ordered list, plus the instant that list was first read (so "until now" means the same instant on
// every page). A window of up to 200 logs is served by fetching the upstream pages it spans concurrently.
import { createHash } from 'node:crypto';

import { badUserInput } from '../errors.js';
import { type CallLogListParams, type CallLogListQuery, MAX_UPSTREAM_PAGE_SIZE } from '../upstream/call-logs.js';
import type { CallLogDto, CallLogsResponseDto } from '../upstream/dto.js';

const MAX_PAGE_LENGTH = 200;
export const DEFAULT_PAGE_LENGTH = 20;

export interface Cursor {
  /** Absolute offset of the item in the list. */
  offset: number;
  /** Unix milliseconds at which the list was first read; open date ranges end here. */
  snapshot: number;
}

/** Relay arguments with the cursors already decoded. */
export interface WindowArgs {
  first?: number | null;
  last?: number | null;
  after?: Cursor;
  before?: Cursor;
}

export interface Page {
  logs: CallLogDto[];
  /** Absolute offset of `logs[0]` in the filtered, ordered list. */
  start: number;
  totalCount: number;
}

type FetchPage = (params: CallLogListParams) => Promise<CallLogsResponseDto>;

const CURSOR_PREFIX = 'cl2';

/** A short digest of the list's arguments as the caller gave them, so a cursor cannot be replayed on another list. */
export function listFingerprint(listArguments: unknown): string {
  return createHash('sha256').update(JSON.stringify(listArguments)).digest('base64url').slice(0, 10);
}

export function encodeCursor(fingerprint: string, cursor: Cursor): string {
  return Buffer.from(`${CURSOR_PREFIX}:${fingerprint}:${cursor.offset}:${cursor.snapshot}`).toString('base64url');
}

export function decodeCursor(text: string, fingerprint: string, argumentName: string): Cursor {
  const [prefix, cursorFingerprint, offsetText = '', snapshotText = '', ...rest] = Buffer.from(text, 'base64url')
    .toString('utf8')
    .split(':');
  if (
    prefix !== CURSOR_PREFIX ||
    rest.length > 0 ||
    !/^\d{1,9}$/.test(offsetText) ||
    !/^\d{1,15}$/.test(snapshotText)
  ) {
    throw badUserInput(`\`${argumentName}\` is not a cursor of this connection.`, argumentName);
  }
  if (cursorFingerprint !== fingerprint) {
    throw badUserInput(
      `\`${argumentName}\` belongs to a different filter or order; start again without it.`,
      argumentName,
    );
  }
  return { offset: Number(offsetText), snapshot: Number(snapshotText) };
}

/** Checks `first`/`last` before any upstream call. */
export function validateLength(value: number | null | undefined, argumentName: string): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (value < 0 || value > MAX_PAGE_LENGTH) {
    throw badUserInput(`\`${argumentName}\` must be between 0 and ${MAX_PAGE_LENGTH}.`, argumentName);
  }
  return value;
}

/**
 * Fetches the window the Relay arguments select. With neither `first` nor `last`, 20 items: forward from `after`,
 * or backward from `before`. `last` without `before` needs the total first, which costs one extra request unless
 * the whole list fits in the first upstream page.
 */
export async function fetchWindow(fetchPage: FetchPage, query: CallLogListQuery, args: WindowArgs): Promise<Page> {
  const lowerBound = args.after ? args.after.offset + 1 : 0;
  const upperBound = args.before?.offset;
  const first = args.first ?? undefined;
  const last = args.last ?? (first === undefined && upperBound !== undefined ? DEFAULT_PAGE_LENGTH : undefined);

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
  if (end <= MAX_UPSTREAM_PAGE_SIZE || start >= end) {
    return { logs: probe.callLogs.slice(start, end), start, totalCount: probe.total };
  }
  return fetchRange(fetchPage, query, start, end);
}

async function fetchRange(fetchPage: FetchPage, query: CallLogListQuery, start: number, end: number): Promise<Page> {
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
  let best = { pageSize: MAX_UPSTREAM_PAGE_SIZE, firstPage: 1, cost: Infinity, surplus: Infinity };
  for (let pageSize = MAX_UPSTREAM_PAGE_SIZE; pageSize >= 1; pageSize--) {
    const firstPage = Math.floor(start / pageSize) + 1;
    const lastPage = Math.floor((end - 1) / pageSize) + 1;
    const cost = lastPage - firstPage + 1;
    const surplus = cost * pageSize - (end - start);
    if (cost < best.cost || (cost === best.cost && surplus < best.surplus))
      best = { pageSize, firstPage, cost, surplus };
  }
  const pages = Array.from({ length: best.cost }, (_, index) => best.firstPage + index);
  return { pageSize: best.pageSize, pages };
}
