// One subscriber's feed of `callLogCreated`: its arguments checked, its access to the location established, its
// place in the bounds taken, then the location's live events, filtered on the server, behind a bounded queue; with
// `since`, the calls it missed first (oldest first, each once). The feed ends with a coded error when its access is
// withdrawn or its JWT expires (both told by its watch), or when the instance stops; it releases everything it holds
// when it ends.
import type { GraphQLError } from 'graphql';

import type { GatewayContext } from '../context.js';
import { badUserInput, gatewayError } from '../errors.js';
import type { SubscriptionCallLogCreatedArgs } from '../generated/graphql.js';
import type { GatewayMetrics } from '../observability/metrics.js';
import { assertId } from '../resolvers/ids.js';
import { redactSecrets } from '../resolvers/secrets.js';
import type { SubscriptionSettings } from '../settings.js';
import { MAX_UPSTREAM_PAGE_SIZE } from '../upstream/call-logs.js';
import type { CallLogDto } from '../upstream/dto.js';
import { callLogMatcher } from './event-filter.js';
import type { CallLogCreatedEvent, LiveEventSource } from './events.js';
import { SubscriberQueue } from './subscriber-queue.js';

/** What a feed yields: a call to resolve and send, or the error that ends the subscription. */
export type FeedItem = { kind: 'call'; event: CallLogCreatedEvent } | { kind: 'end'; error: GraphQLError };

/** The right to receive a location's events, held while the subscription lives (src/live/live-watches.ts). */
interface LiveWatch {
  release(): void;
  /** Calls `listener` once if the access ends while the watch is held (HighLevel's 401/403 on a re-check, a JWT's expiry). */
  onEnd(listener: (error: GraphQLError) => void): void;
}

export interface LiveAccess {
  /** Resolves once the subscriber's credential may read the location; rejects with a coded error otherwise. */
  watch(context: GatewayContext, locationId: string): Promise<LiveWatch>;
}

export interface LiveFeedServices {
  events: LiveEventSource;
  access: LiveAccess;
  settings: SubscriptionSettings;
  metrics: Pick<GatewayMetrics, 'liveEvent'>;
  /** Subscriptions held per credential on this instance (the per-credential bound). */
  credentials: CredentialCounts;
  /** Aborted when the instance stops: every feed then ends with SHUTTING_DOWN. */
  stopping: AbortSignal;
}

/** Subscriptions per credential key: a bound, taken at subscribe and given back when the feed ends. */
export class CredentialCounts {
  private readonly counts = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly limit: number,
    private readonly onTotalChange: (total: number) => void = () => undefined,
  ) {}

  /** Takes a place for `key`; false when it already holds `limit`. */
  take(key: string): boolean {
    const count = this.counts.get(key) ?? 0;
    if (count >= this.limit) return false;
    this.counts.set(key, count + 1);
    this.onTotalChange(++this.total);
    return true;
  }

  giveBack(key: string): void {
    const count = (this.counts.get(key) ?? 0) - 1;
    if (count > 0) this.counts.set(key, count);
    else this.counts.delete(key);
    this.onTotalChange(--this.total);
  }
}

export async function openCallLogFeed(
  context: GatewayContext,
  services: LiveFeedServices,
  args: SubscriptionCallLogCreatedArgs,
): Promise<AsyncIterableIterator<FeedItem>> {
  const { settings } = services;
  const locationId = assertId(args.locationId, 'locationId');
  const matches = callLogMatcher(args.filter);
  const since = replayStart(args.since, settings.maxReplayMs);
  if (services.stopping.aborted) throw shuttingDown();
  context.scope.assertReadable(locationId);
  const credential = context.scope.sessionKey;
  if (credential === null) throw context.scope.refusal ?? gatewayError('UNAUTHENTICATED', 'No credential.');
  if (!services.credentials.take(credential)) {
    throw gatewayError(
      'SUBSCRIPTION_LIMIT_EXCEEDED',
      `This credential already runs ${settings.maxPerCredential} subscriptions on this instance.`,
    );
  }
  const releases: (() => void)[] = [
    () => {
      services.credentials.giveBack(credential);
    },
  ];
  const releaseAll = () => {
    for (const release of releases.splice(0).reverse()) release();
  };
  try {
    const watch = await services.access.watch(context, locationId);
    releases.push(() => {
      watch.release();
    });
    const queue = new SubscriberQueue<FeedItem>(
      settings.queueLength + (since === undefined ? 0 : settings.maxReplayCalls),
      () => {
        services.metrics.liveEvent('dropped');
      },
      releaseAll,
    );
    const end = (error: GraphQLError) => {
      queue.end({ kind: 'end', error });
    };
    watch.onEnd(end);
    const onStopping = () => {
      end(shuttingDown());
    };
    services.stopping.addEventListener('abort', onStopping, { once: true });
    releases.push(() => {
      services.stopping.removeEventListener('abort', onStopping);
    });

    // Subscribed before the replay is read, so that a call ending meanwhile is not missed; held back until the
    // replay is queued, so that calls arrive oldest first. A live event of a call the replay sent is not sent again
    // (live events are deduplicated before they are published: only the replay can repeat them).
    const replayed = new Set<string>();
    let heldBack: CallLogCreatedEvent[] | undefined = since === undefined ? undefined : [];
    const deliver = (event: CallLogCreatedEvent) => {
      if (!matches(event.callLog) || replayed.has(event.callLog.id)) return;
      services.metrics.liveEvent('delivered');
      queue.push({ kind: 'call', event });
    };
    const unsubscribe = services.events.subscribe(locationId, (event) => {
      if (heldBack) heldBack.push(event);
      else deliver(event);
    });
    releases.push(unsubscribe);
    if (since !== undefined) {
      const missed = await readMissedCalls(context, locationId, since, settings.maxReplayCalls);
      for (const callLog of missed) deliver({ kind: 'callLogCreated', locationId, callLog });
      for (const callLog of missed) replayed.add(callLog.id);
      const live = heldBack ?? [];
      heldBack = undefined;
      for (const event of live) deliver(event);
    }
    return queue;
  } catch (error) {
    releaseAll();
    throw error;
  }
}

/** `since`: at most maxReplayMs back and not in the future; undefined when not asked. */
function replayStart(since: Date | null | undefined, maxReplayMs: number): number | undefined {
  if (since == null) return undefined;
  const start = since.getTime();
  const now = Date.now();
  if (start > now) throw badUserInput('`since` is in the future.', 'since');
  if (now - start > maxReplayMs) {
    throw badUserInput(`\`since\` may reach at most ${Math.round(maxReplayMs / 3_600_000)} hours back.`, 'since');
  }
  return start;
}

/**
 * A call is published when it ends, and HighLevel filters by when it was created: the list is read from a longest
 * call's length before `since`, and a call that ended before `since` left out.
 */
const LONGEST_CALL_MS = 2 * 60 * 60_000;

/**
 * The calls that ended from `since` until now, oldest first: HighLevel's list, newest first, pages of 50 through the
 * subscriber's own clients (its rate limiter, its cache), at most `maxCalls` (the newest of them).
 */
async function readMissedCalls(
  context: GatewayContext,
  locationId: string,
  since: number,
  maxCalls: number,
): Promise<CallLogDto[]> {
  const endDate = Date.now();
  const calls: CallLogDto[] = [];
  for (let page = 1; calls.length < maxCalls; page++) {
    const response = await context.clients.listCallLogs({
      locationId,
      startDate: since - LONGEST_CALL_MS,
      endDate,
      sortBy: 'createdAt',
      sort: 'descend',
      page,
      pageSize: MAX_UPSTREAM_PAGE_SIZE,
    });
    calls.push(...response.callLogs.filter((callLog) => endedAt(callLog) >= since));
    if (response.callLogs.length < MAX_UPSTREAM_PAGE_SIZE || page * MAX_UPSTREAM_PAGE_SIZE >= response.total) break;
  }
  return calls
    .slice(0, maxCalls)
    .sort((a, b) => endedAt(a) - endedAt(b))
    .map((callLog) => redactSecrets(callLog) as CallLogDto);
}

/** When the call ended: created, plus its duration; a call without a readable time counts as ended now. */
function endedAt(callLog: CallLogDto): number {
  const created = typeof callLog.createdAt === 'string' ? Date.parse(callLog.createdAt) : Number.NaN;
  const duration = typeof callLog.duration === 'number' && Number.isFinite(callLog.duration) ? callLog.duration : 0;
  return Number.isFinite(created) ? created + duration * 1000 : Date.now();
}

function shuttingDown(): GraphQLError {
  return gatewayError('SHUTTING_DOWN', 'This instance is stopping: subscribe again (another instance will answer).');
}
