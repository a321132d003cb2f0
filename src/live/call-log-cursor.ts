// Which of a location's call logs a poll has not seen yet. HighLevel lists calls newest first by `createdAt`, when
// the call started, but a call's log appears when it ends: a long call appears behind shorter ones that started
// after it, so "newer than the last call seen" would miss it. The cursor keeps a window: the ids of the newest calls
// it has read, down to its floor, the `createdAt` of the window's oldest call. A call is new when it is not in the
// window and not older than the floor. A poll reads a page larger than the window, so that it covers the window and
// the calls that appeared since in one request (more pages only when more are new than the rest of a page holds).
// What it misses is a call that appears below the floor: one that more than a window of calls started after and
// ended before.
import type { CallLogDto, CallLogsResponseDto } from '../upstream/dto.js';

/** One page of the location's list, newest first, 1-based. */
export type PageReader = (page: number) => Promise<CallLogsResponseDto>;

export interface CursorBounds {
  /** Call logs per page (HighLevel serves at most 50); larger than the window. */
  pageSize: number;
  /** The newest calls remembered after each read. */
  window: number;
  /** Pages one read may take: new calls past them are not found. */
  maxPages: number;
}

export interface CursorRead {
  /** The calls not seen before, oldest first. */
  fresh: CallLogDto[];
  /** More new calls than one read may take were there: the oldest of them were skipped. */
  truncated: boolean;
}

export class CallLogCursor {
  /** Ids of the window's calls. */
  private seen = new Set<string>();
  /** No call older than this is new; -Infinity while the window holds the location's whole list. */
  private floor = -Infinity;

  /** The cursor of a baseline page: the location's newest calls, none of which is new. */
  constructor(
    baseline: CallLogsResponseDto,
    private readonly bounds: CursorBounds,
  ) {
    this.advance(baseline.callLogs, baseline.callLogs.length < bounds.pageSize);
  }

  /**
   * Reads pages newest first until one reaches below the floor (or the end of the list, or maxPages), and moves the
   * window to the newest calls read. A failed page fails the read and leaves the cursor where it was.
   */
  async read(readPage: PageReader): Promise<CursorRead> {
    const { pageSize, maxPages } = this.bounds;
    const read: CallLogDto[] = [];
    let complete = false;
    let truncated = false;
    for (let page = 1; page <= maxPages; page++) {
      const { callLogs } = await readPage(page);
      read.push(...callLogs);
      complete = callLogs.length < pageSize;
      const oldest = callLogs.at(-1);
      if (complete || oldest === undefined || createdAtMs(oldest) < this.floor) break;
      truncated = page === maxPages;
    }
    const fresh = read.filter((log) => !this.seen.has(log.id) && createdAtMs(log) >= this.floor);
    this.advance(read, complete);
    return { fresh: oldestFirst(fresh), truncated };
  }

  /** `logs`: the location's newest calls, newest first; all of them when `complete`. */
  private advance(logs: readonly CallLogDto[], complete: boolean): void {
    const windowed = logs.slice(0, this.bounds.window);
    const oldest = windowed.at(-1);
    this.floor = complete && logs.length <= this.bounds.window ? -Infinity : oldest ? createdAtMs(oldest) : this.floor;
    // A call of the same instant as the floor, past the window, is remembered too: it is not new either.
    this.seen = new Set(logs.filter((log) => createdAtMs(log) >= this.floor).map((log) => log.id));
  }
}

/** A call without a readable `createdAt` sorts last at HighLevel: it is new only while the window holds them all. */
function createdAtMs(log: CallLogDto): number {
  const ms = typeof log.createdAt === 'string' ? Date.parse(log.createdAt) : NaN;
  return Number.isFinite(ms) ? ms : -Infinity;
}

/** Newest first as listed, turned around; the sort keeps that order between calls of the same instant. */
function oldestFirst(newestFirst: CallLogDto[]): CallLogDto[] {
  return newestFirst.reverse().sort((a, b) => earlierFirst(createdAtMs(a), createdAtMs(b)));
}

/** A comparator of instants, -Infinity (no date) included. */
function earlierFirst(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
