// What the subscription server calls when a subscriber of a location arrives and when it leaves. One watch per
// (credential, location), shared by all of its subscribers: the first one's arrival costs one list request, which
// checks that the credential may read the location (HighLevel's 401/403 refuse the subscription with the HTTP
// path's code) and is the polls' baseline; later ones cost nothing while the watch lives. Every interval the
// instance that leads the watch (each instance without Redis) lists the location's newest calls with that
// credential and publishes those not seen before, through the deduplicator a webhook of the same call meets too.
// Each such request checks access again: a 401/403 ends every subscription of the watch with the coded error.
// Where this instance does not poll (polling off, another instance leads), a request every LIVE_ACCESS_RECHECK_MS
// checks it. The last subscriber's leaving stops the watch: no request after it.
import { createHash } from 'node:crypto';

import { GraphQLError } from 'graphql';

import type { Caller } from '../caller.js';
import { gatewayError } from '../errors.js';
import { isHighLevelId, isNestedDeeper, isRecord } from '../guards.js';
import type { Logger } from '../observability/logger.js';
import type { GatewayMetrics, LivePollKind } from '../observability/metrics.js';
import { assertId } from '../resolvers/ids.js';
import { listCallLogs } from '../upstream/call-logs.js';
import type { CallLogDto, CallLogsResponseDto } from '../upstream/dto.js';
import type { UpstreamHttp } from '../upstream/http.js';
import { UpstreamScope } from '../upstream/scope.js';
import { CallLogCursor } from './call-log-cursor.js';
import { callDeduplicationKey, type WebhookDeduplicator } from './deduplication.js';
import type { LiveEvents } from './events.js';
import { createLeadership, type Leadership } from './leadership.js';
import { eventCallLog, MAX_CALL_LOG_DEPTH } from './webhook-payloads.js';

/** One subscriber's share of a watch. */
export interface Watch {
  /**
   * Settles, once, with the coded error that ends the subscription: HighLevel withdrew the credential's access (401
   * UNAUTHENTICATED, 403 FORBIDDEN, the HTTP path's codes), or the caller's JWT expired (UNAUTHENTICATED). Never
   * settles for a subscriber that released its watch first, nor on close() (shutdown ends subscriptions itself).
   */
  readonly ended: Promise<GraphQLError>;
  /** The subscriber left; the last one's leaving stops the watch. Safe to call more than once. */
  release(): void;
}

export interface WatchRequest {
  /** The subscriber, as src/auth.ts authenticated it. */
  caller: Caller;
  locationId: string;
}

interface LiveWatchSettings {
  /** 0: no polling (LIVE_POLL_INTERVAL_MS). */
  pollIntervalMs: number;
  /** 0: no re-check where this instance does not poll (LIVE_ACCESS_RECHECK_MS). */
  accessRecheckMs: number;
  /** Retries of one upstream request: one poll's scope allows its pages with their retries. */
  upstreamRetries: number;
  /** How long one baseline, poll or check may take, queueing included (OPERATION_DEADLINE_MS). */
  deadlineMs: number;
}

export interface LiveWatchDependencies {
  settings: LiveWatchSettings;
  /** The gateway's HTTP layer: the same rate limiter and fair share as every operation. */
  http: UpstreamHttp;
  events: Pick<LiveEvents, 'publish'>;
  /** Shared with the webhook receiver: a call found by both is published once. */
  deduplicator: Pick<WebhookDeduplicator, 'firstArrival'>;
  /** Default: this instance leads every watch. */
  leadership?: Leadership;
  metrics: GatewayMetrics;
  logger: Logger;
}

/**
 * A poll reads the 25 newest calls (about 50 KB at HighLevel's usual sizes): the window of 10 it remembers and up to
 * 15 new ones in one request. A call is found when fewer than 10 calls that started after it had ended by the poll
 * before its own end. At most 4 pages a poll: 90 new calls per interval.
 */
const CURSOR_BOUNDS = { pageSize: 25, window: 10, maxPages: 4 };
/** A lease outlives two missed polls: a leader that stops renewing it hands over within three intervals. */
const LEASE_INTERVALS = 3;
/** Repeated poll failures (HighLevel down) are logged at warn once a minute, the rest at debug. */
const FAILURE_REPORT_INTERVAL_MS = 60_000;
/** setTimeout's longest delay (about 24.8 days); a later instant is reached in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface Subscriber {
  end(error: GraphQLError): void;
  expiry: NodeJS.Timeout | undefined;
}

/** One (credential, location) and what its subscribers share. */
class WatchedLocation {
  readonly subscribers = new Set<Subscriber>();
  ready: Promise<void> = Promise.resolve();
  cursor: CallLogCursor | undefined;
  timer: NodeJS.Timeout | undefined;
  /** Its requests, one after another: a poll, a check or a resync never overlaps another. */
  running: Promise<void> = Promise.resolve();
  leading = false;
  lastCheckedAt = 0;
  dropped = false;

  constructor(
    /** A hash of the credential and the location, never the token: the leadership key and the map's. */
    readonly key: string,
    readonly locationId: string,
    /** The credential its requests carry, allowed this one location (the JWT's claim was checked at subscribe). */
    readonly caller: Caller,
    /** The credential's hash, for logs. */
    readonly credentialKey: string,
  ) {}
}

export class LiveWatches {
  private readonly watched = new Map<string, WatchedLocation>();
  private readonly leadership: Leadership;
  private closed = false;
  private lastFailureReport = -Infinity;

  constructor(private readonly dependencies: LiveWatchDependencies) {
    this.leadership = dependencies.leadership ?? createLeadership(undefined);
  }

  /**
   * A subscriber of `locationId` arrives. Rejects with a coded error when it may not read the location: a JWT whose
   * claim lacks it (FORBIDDEN, no request), a credential HighLevel refuses (the HTTP path's code for its answer), an
   * expired JWT or none (UNAUTHENTICATED), an id that is none (BAD_USER_INPUT), or a failed baseline request.
   */
  async watch({ caller, locationId }: WatchRequest): Promise<Watch> {
    if (this.closed) throw stopped();
    assertId(locationId, 'locationId');
    if (caller.refusal) throw caller.refusal;
    if (caller.token === null) throw gatewayError('UNAUTHENTICATED', 'No HighLevel credential for this subscription.');
    if (caller.expiresAt !== undefined && caller.expiresAt <= Date.now()) throw expired();
    const scope = new UpstreamScope(caller, this.scopeLimits());
    scope.assertReadable(locationId);
    const key = watchKey(scope.credentialKey, locationId);
    let watched = this.watched.get(key);
    if (!watched) {
      const credential: Caller = {
        token: caller.token,
        readableLocations: caller.readableLocations === null ? null : new Set([locationId]),
      };
      watched = new WatchedLocation(key, locationId, credential, scope.credentialKey);
      this.watched.set(key, watched);
      watched.ready = this.baseline(watched);
    }
    let end: (error: GraphQLError) => void = () => undefined;
    const ended = new Promise<GraphQLError>((resolve) => (end = resolve));
    const subscriber: Subscriber = { end, expiry: undefined };
    // Counted before the baseline answers, so that the last subscriber's leaving is known however they interleave.
    watched.subscribers.add(subscriber);
    try {
      await watched.ready;
      if (watched.dropped) throw stopped();
    } catch (error) {
      watched.subscribers.delete(subscriber);
      throw error;
    }
    const release = () => {
      clearTimeout(subscriber.expiry);
      if (!watched.subscribers.delete(subscriber)) return;
      if (watched.subscribers.size === 0) this.drop(watched);
    };
    if (caller.expiresAt !== undefined) {
      atInstant(subscriber, caller.expiresAt, () => {
        end(expired());
        release();
      });
    }
    return { ended, release };
  }

  /**
   * Polls the watches of these locations now, whoever leads them: the events published elsewhere while Redis was
   * away did not reach this instance's subscribers. Resolves once those polls are done.
   */
  async resync(locationIds: Iterable<string>): Promise<void> {
    const locations = new Set(locationIds);
    const polls = [...this.watched.values()]
      .filter((watched) => locations.has(watched.locationId))
      .map((watched) => this.serially(watched, () => this.poll(watched, 'poll')));
    await Promise.all(polls);
  }

  /** Stops every watch: no request starts after this (one already sent is answered or fails on its own). */
  close(): void {
    this.closed = true;
    for (const watched of [...this.watched.values()]) this.drop(watched);
  }

  /** Watches held now (one per credential and location with subscribers). */
  get size(): number {
    return this.watched.size;
  }

  /** The first subscriber's request: access, and the polls' baseline. Then the first poll is scheduled. */
  private async baseline(watched: WatchedLocation): Promise<void> {
    try {
      const page = await this.list(watched, this.newScope(watched), 1, CURSOR_BOUNDS.pageSize);
      this.dependencies.metrics.livePoll('baseline', 'ok');
      watched.cursor = new CallLogCursor(page, CURSOR_BOUNDS);
      watched.lastCheckedAt = Date.now();
      this.schedule(watched);
    } catch (error) {
      this.dependencies.metrics.livePoll('baseline', 'failed');
      this.drop(watched);
      throw error;
    }
  }

  /** The next poll (or check) one interval after the last one ended. */
  private schedule(watched: WatchedLocation): void {
    const { pollIntervalMs, accessRecheckMs } = this.dependencies.settings;
    const period = pollIntervalMs > 0 ? pollIntervalMs : accessRecheckMs;
    if (period === 0 || watched.dropped) return;
    watched.timer = setTimeout(() => {
      watched.timer = undefined;
      void this.serially(watched, () => this.tick(watched)).then(() => {
        this.schedule(watched);
      });
    }, period);
    // A watch never holds the process open: shutdown stops it (close()), and a test's end does not wait for it.
    watched.timer.unref();
  }

  private async tick(watched: WatchedLocation): Promise<void> {
    const { pollIntervalMs, accessRecheckMs } = this.dependencies.settings;
    if (pollIntervalMs === 0) return this.checkAccess(watched);
    if (await this.lead(watched)) return this.poll(watched, 'poll');
    // Another instance polls; this one still checks its subscribers' access now and then, and polls while at it
    // (the request is made anyway; what the leader already published is a duplicate).
    if (accessRecheckMs > 0 && Date.now() - watched.lastCheckedAt >= accessRecheckMs) {
      return this.poll(watched, 'poll');
    }
  }

  private async lead(watched: WatchedLocation): Promise<boolean> {
    const ttlMs = LEASE_INTERVALS * this.dependencies.settings.pollIntervalMs;
    try {
      watched.leading = await this.leadership.tryLead(watched.key, ttlMs);
    } catch (error) {
      // Better every instance polling (their events deduplicated) than none.
      this.report(watched, 'live: poll leadership unknown; polling', error);
      watched.leading = true;
    }
    return watched.leading;
  }

  /** One poll: the calls not seen before, oldest first, each published unless a webhook or a poll was first. */
  private async poll(watched: WatchedLocation, kind: LivePollKind): Promise<void> {
    const { cursor } = watched;
    if (!cursor || watched.dropped) return;
    const scope = this.newScope(watched);
    let found: Awaited<ReturnType<CallLogCursor['read']>>;
    try {
      found = await cursor.read((page) => this.list(watched, scope, page, CURSOR_BOUNDS.pageSize));
    } catch (error) {
      this.failed(watched, kind, error);
      return;
    }
    this.dependencies.metrics.livePoll(kind, 'ok');
    watched.lastCheckedAt = Date.now();
    if (found.truncated) {
      this.dependencies.logger.warn(
        { locationId: watched.locationId, pages: CURSOR_BOUNDS.maxPages },
        'live: more new calls than one poll reads; the oldest of them were not published',
      );
    }
    for (const callLog of found.fresh) await this.publish(watched.locationId, callLog);
  }

  /** A check of access alone: one call log listed. */
  private async checkAccess(watched: WatchedLocation): Promise<void> {
    try {
      await this.list(watched, this.newScope(watched), 1, 1);
      this.dependencies.metrics.livePoll('access', 'ok');
      watched.lastCheckedAt = Date.now();
    } catch (error) {
      this.failed(watched, 'access', error);
    }
  }

  private async publish(locationId: string, found: CallLogDto): Promise<void> {
    const { deduplicator, events, metrics, logger } = this.dependencies;
    if (!isHighLevelId(found.id) || !isRecord(found) || isNestedDeeper(found, MAX_CALL_LOG_DEPTH)) {
      logger.warn({ locationId }, 'live: a polled call log without a usable id, or nested too deep: not published');
      return;
    }
    try {
      if (!(await deduplicator.firstArrival(callDeduplicationKey(locationId, found.id)))) {
        metrics.livePollCall('duplicate');
        return;
      }
      metrics.livePollCall('published');
      await events.publish({ kind: 'callLogCreated', locationId, callLog: eventCallLog(found) });
      logger.info({ locationId, callLogId: found.id }, 'live: call log found by polling, published');
    } catch (error) {
      logger.error({ locationId, callLogId: found.id, err: error }, 'live: a polled call log could not be published');
    }
  }

  /** HighLevel's 401/403 withdraw the credential's access: every subscription of the watch ends with that error. */
  private failed(watched: WatchedLocation, kind: LivePollKind, error: unknown): void {
    const { metrics, logger } = this.dependencies;
    metrics.livePoll(kind, 'failed');
    // A watch stopped meanwhile (its last subscriber left, close()) has no one left to tell.
    if (watched.dropped) return;
    const status = error instanceof GraphQLError ? error.extensions['upstreamStatus'] : undefined;
    if (!(error instanceof GraphQLError) || (status !== 401 && status !== 403)) {
      this.report(watched, 'live: a poll failed; the watch goes on', error);
      return;
    }
    const coded = error;
    metrics.liveAccessWithdrawn();
    logger.warn(
      {
        locationId: watched.locationId,
        credential: watched.credentialKey,
        upstreamStatus: status,
        code: coded.extensions['code'],
        subscriptions: watched.subscribers.size,
      },
      'live: HighLevel withdrew access; the subscriptions of this credential and location ended',
    );
    for (const subscriber of watched.subscribers) {
      clearTimeout(subscriber.expiry);
      subscriber.end(coded);
    }
    watched.subscribers.clear();
    this.drop(watched);
  }

  /** Stops the watch for good: its timer, its lease, its place in the map. */
  private drop(watched: WatchedLocation): void {
    if (watched.dropped) return;
    watched.dropped = true;
    clearTimeout(watched.timer);
    if (this.watched.get(watched.key) === watched) this.watched.delete(watched.key);
    if (watched.leading) {
      this.leadership.release(watched.key).catch((error: unknown) => {
        this.dependencies.logger.debug({ err: error }, 'live: a poll lease could not be released; it expires');
      });
    }
  }

  /** Runs `task` after the watch's previous request, unless the watch has stopped meanwhile. */
  private serially(watched: WatchedLocation, task: () => Promise<void>): Promise<void> {
    watched.running = watched.running
      .then(() => (watched.dropped ? undefined : task()))
      .catch((error: unknown) => {
        // Each step handles its own failures; this is a bug's, kept from stopping the watch's later requests.
        this.dependencies.logger.error({ locationId: watched.locationId, err: error }, 'live: a watch step failed');
      });
    return watched.running;
  }

  private async list(
    watched: WatchedLocation,
    scope: UpstreamScope,
    page: number,
    pageSize: number,
  ): Promise<CallLogsResponseDto> {
    // Between two pages of a poll the watch may have stopped: its next page is not asked for.
    if (watched.dropped) throw stopped();
    return listCallLogs(this.dependencies.http, scope, {
      locationId: watched.locationId,
      sortBy: 'createdAt',
      sort: 'descend',
      page,
      pageSize,
    });
  }

  /** One poll's budget: its pages with their retries, within the operations' deadline. */
  private newScope(watched: WatchedLocation): UpstreamScope {
    return new UpstreamScope(watched.caller, this.scopeLimits());
  }

  private scopeLimits() {
    const { upstreamRetries, deadlineMs } = this.dependencies.settings;
    return { maxRequests: CURSOR_BOUNDS.maxPages * (upstreamRetries + 1), deadlineMs };
  }

  private report(watched: WatchedLocation, message: string, error: unknown): void {
    const now = Date.now();
    const level = now - this.lastFailureReport >= FAILURE_REPORT_INTERVAL_MS ? 'warn' : 'debug';
    if (level === 'warn') this.lastFailureReport = now;
    const code = error instanceof GraphQLError ? error.extensions['code'] : undefined;
    this.dependencies.logger[level]({ locationId: watched.locationId, code }, message);
  }
}

/** A hash of the credential's hash and the location, as the shared caches key what is per credential. */
function watchKey(credentialKey: string, locationId: string): string {
  return createHash('sha256').update(`${credentialKey}\u0000${locationId}`).digest('base64url');
}

function expired(): GraphQLError {
  return gatewayError('UNAUTHENTICATED', 'Your JWT has expired: subscribe again with a fresh one.');
}

function stopped(): GraphQLError {
  return gatewayError('SHUTTING_DOWN', 'The gateway is shutting down; subscribe again.');
}

/**
 * Calls `callback` at the epoch instant `ms` (at once when it has passed), in steps past setTimeout's bound; the
 * subscriber holds the step pending, to clear it.
 */
function atInstant(subscriber: Subscriber, ms: number, callback: () => void): void {
  const delay = Math.max(0, ms - Date.now());
  subscriber.expiry = setTimeout(
    delay > MAX_TIMER_MS
      ? () => {
          atInstant(subscriber, ms, callback);
        }
      : callback,
    Math.min(delay, MAX_TIMER_MS),
  );
  subscriber.expiry.unref();
}
