// The HTTP layer under every upstream client: one got instance per HighLevel API family (each family wants its own
// `Version` header), sharing keep-alive agents, a timeout and retries with backoff for idempotent GETs. Every attempt,
// retries included, is counted against the operation's scope and passes the rate limiter first; a global cap bounds
// concurrent upstream requests, and a per-location share of it keeps one location's hanging HighLevel from holding
// them all. An identical GET already in flight for the same credential is joined, not sent again.
// A response larger than a bound (decompressed) is cut off, not retried.
import http from 'node:http';
import https from 'node:https';

import got, { type CancelableRequest, CancelError, type Got, type Options, type RetryObject } from 'got';
import type { GraphQLError } from 'graphql';

import { gatewayError, isErrorCode } from '../errors.js';
import { isHighLevelId } from '../guards.js';
import type { RedisConnection } from '../redis.js';
import { type DeduplicationObserver, InflightGets } from './deduplication.js';
import { oversizedResponse, shuttingDown, upstreamErrorToGraphQL } from './errors.js';
import { FairConcurrency } from './fair-concurrency.js';
import { leanRequestOptions } from './lean-request-options.js';
import { type RateLimitObserver, type RateLimitOptions, UpstreamRateLimiter } from './rate-limit.js';
import { parseRetryAfter } from './retry-after.js';
import type { UpstreamScope } from './scope.js';
import { capResponseSize } from './size-cap.js';

/** The `Version` header each HighLevel API family requires (from the vendored OpenAPI specs). */
const API_VERSIONS = {
  voiceAi: '2021-04-15',
  contacts: '2021-07-28',
  workflows: '2021-07-28',
  calendars: '2021-04-15',
  locations: '2021-07-28',
  knowledgeBases: '2021-04-15',
  conversations: '2021-04-15',
} as const;

type ApiFamily = keyof typeof API_VERSIONS;

/** What the HTTP layer reports (implemented by the gateway's metrics). */
interface UpstreamObserver extends RateLimitObserver, DeduplicationObserver {
  upstreamRequest(route: string, status: number | 'error', seconds: number): void;
  upstreamOversized(route: string): void;
}

export interface UpstreamHttpOptions {
  /** HighLevel's base URL, e.g. https://services.leadconnectorhq.com, or the emulator's. */
  baseUrl: string;
  /** Per attempt, in milliseconds. */
  timeoutMs: number;
  /** Retries after the first attempt for 429/502/503/504, resets and timeouts. */
  retries: number;
  /** Per (credential, location) burst budget. */
  rateLimit: RateLimitOptions;
  /** Upstream requests in flight at once, across all callers. */
  maxConcurrency: number;
  /** Of those, the most one (credential, location) may hold. */
  maxConcurrencyPerLocation: number;
  /** Bytes one response may have once decompressed; past it the response is cut off (UPSTREAM_UNAVAILABLE). */
  maxResponseBytes: number;
  observer?: UpstreamObserver;
  /** Shared rate-limit counters across instances. */
  redis?: RedisConnection;
  /** Join identical GETs in flight for the same credential. Default: on. */
  deduplicate?: boolean;
}

interface UpstreamRequest {
  /** The operation this request belongs to: credential, readable locations, request budget, deadline. */
  scope: UpstreamScope;
  /** Route id for metrics, e.g. `contacts.get`. */
  route: string;
  /** The location the request reads, when the route names it; it keys the rate limiter. */
  locationId?: string;
  /** Path below the base URL, without a leading slash; ids already encoded with `pathSegment`. */
  path: string;
  searchParams?: Record<string, string | number | undefined>;
  /** What is being loaded, for error messages ("contact", "call log"). */
  resource: string;
}

export interface UpstreamHttp {
  getJson(family: ApiFamily, request: UpstreamRequest): Promise<unknown>;
  /**
   * The gateway is stopping and cannot wait any longer: requests in flight are cancelled and later ones are not
   * sent, each failing with SHUTTING_DOWN, so that the operations waiting on them answer with what they have.
   */
  cutShort(): void;
  close(): void;
}

/** One operation's requests in flight, and what cancels them at its deadline. */
interface ScopeRequests {
  requests: Set<CancelableRequest>;
  cancel: () => void;
}

/** The part of an upstream answer (or a refused attempt's) that tells about the rate budget. */
interface BudgetResponse {
  statusCode: number;
  headers: http.IncomingHttpHeaders;
}

/** What each got request carries for its hooks. */
interface AttemptContext extends Record<string, unknown> {
  scope: UpstreamScope;
  limiterKey: string;
}

/** got's default list of network errors worth a retry. */
const RETRYABLE_NETWORK_ERRORS = [
  'ETIMEDOUT',
  'ECONNRESET',
  'EADDRINUSE',
  'ECONNREFUSED',
  'EPIPE',
  'ENOTFOUND',
  'ENETUNREACH',
  'EAI_AGAIN',
];
const BASE_DELAY_MS = 100;
/** A `Retry-After` longer than this fails at once with RATE_LIMITED instead of holding the query. */
const MAX_RETRY_AFTER_MS = 30_000;
const MAX_DELAY_MS = 2_000;

export function createUpstreamHttp(options: UpstreamHttpOptions): UpstreamHttp {
  const agents = {
    http: new http.Agent({ keepAlive: true, maxSockets: options.maxConcurrency }),
    https: new https.Agent({ keepAlive: true, maxSockets: options.maxConcurrency }),
  };
  const limiter = new UpstreamRateLimiter(options.rateLimit, options.observer, options.redis);
  const concurrency = new FairConcurrency(options.maxConcurrency, options.maxConcurrencyPerLocation);
  const attemptContext = (gotOptions: Options): AttemptContext => gotOptions.context as AttemptContext;
  const inflight = options.deduplicate === false ? undefined : new InflightGets(options.observer);
  /** Sent and not yet answered, for cutShort(). */
  const running = new Set<CancelableRequest>();
  let stopping = false;
  /** Read through a call: it changes while a request awaits its turn. */
  const isStopping = () => stopping;

  /** Requests are sent by full URL: got's prefixUrl and searchParams merging cost more than the string. */
  const baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  /**
   * Each operation's requests in flight, cancelled together when its deadline passes: one abort listener per wave of
   * an operation's requests instead of got's one per request (adding and removing them was a tenth of the upstream
   * client's time).
   */
  const inFlightByScope = new WeakMap<UpstreamScope, ScopeRequests>();

  const base = got.extend({
    handlers: [leanRequestOptions],
    agent: agents,
    timeout: { request: options.timeoutMs },
    responseType: 'json',
    retry: {
      limit: options.retries,
      methods: ['GET'],
      // A GET is safe to repeat: HighLevel's transient 500s and truncated bodies are retried like 502-504.
      statusCodes: [429, 500, 502, 503, 504],
      errorCodes: [...RETRYABLE_NETWORK_ERRORS, 'ERR_BODY_PARSE_FAILURE'],
      maxRetryAfter: MAX_RETRY_AFTER_MS,
      calculateDelay: backoff,
    },
    hooks: {
      // A retry is another request against HighLevel's budget and the operation's cap. What the refused attempt said
      // about the budget is heard first (the answer that is kept is heard in send()).
      beforeRetry: [
        async (error) => {
          const { scope, limiterKey } = attemptContext(error.options);
          if (error.response) await observeBudget(limiterKey, error.response);
          scope.spendRequest();
          await limiter.acquire(limiterKey, scope.deadline);
        },
      ],
    },
  });
  /** What an answer says about the budget: X-RateLimit-Remaining, and a Retry-After longer than a retry waits. */
  async function observeBudget(limiterKey: string, response: BudgetResponse): Promise<void> {
    const remaining = Number(response.headers['x-ratelimit-remaining']);
    if (Number.isFinite(remaining)) await limiter.observeRemaining(limiterKey, remaining);
    // A wait got will not sit out itself: this credential and location send nothing until it is over. (A shorter one
    // is waited out by the retry alone; holding the whole location back for it would stall every other request of
    // the location at each brief 429.)
    const retryAfterMs = response.statusCode === 429 ? parseRetryAfter(response.headers['retry-after']) : undefined;
    if (retryAfterMs !== undefined && retryAfterMs > MAX_RETRY_AFTER_MS)
      await limiter.observeRetryAfter(limiterKey, retryAfterMs);
  }
  const withVersion = (family: ApiFamily): Got => base.extend({ headers: { Version: API_VERSIONS[family] } });
  const families: Record<ApiFamily, Got> = {
    voiceAi: withVersion('voiceAi'),
    contacts: withVersion('contacts'),
    workflows: withVersion('workflows'),
    calendars: withVersion('calendars'),
    locations: withVersion('locations'),
    knowledgeBases: withVersion('knowledgeBases'),
    conversations: withVersion('conversations'),
  };

  /** One upstream GET on behalf of `scope` (already charged to its request cap): its bucket, its deadline. */
  async function send(family: ApiFamily, request: UpstreamRequest, params: Record<string, string | number>) {
    const { scope, route, locationId, path, resource } = request;
    const limiterKey = `${scope.credentialKey}:${locationId ?? '*'}`;
    if (isStopping()) throw shuttingDown(resource);
    await limiter.acquire(limiterKey, scope.deadline);
    const started = performance.now();
    let cap = { exceeded: false };
    try {
      const response = await concurrency.run(
        limiterKey,
        () => {
          // It may have waited for its slot while the gateway began to stop.
          if (isStopping()) throw shuttingDown(resource);
          if (scope.signal.aborted) throw outOfTime(resource);
          const pending = families[family].get(`${baseUrl}${path}${queryString(params)}`, {
            headers: { authorization: `Bearer ${scope.token ?? ''}` },
            context: { scope, limiterKey } satisfies AttemptContext,
          });
          cap = capResponseSize(pending, options.maxResponseBytes);
          track(scope, pending);
          return pending;
        },
        scope.signal,
        () => outOfTime(resource),
      );
      options.observer?.upstreamRequest(route, response.statusCode, (performance.now() - started) / 1000);
      await observeBudget(limiterKey, response);
      return response.body;
    } catch (error) {
      if (isErrorCode(error, 'SHUTTING_DOWN')) throw error;
      const answer = (error as { response?: BudgetResponse }).response;
      options.observer?.upstreamRequest(route, answer?.statusCode ?? 'error', (performance.now() - started) / 1000);
      if (answer) await observeBudget(limiterKey, answer);
      if (cap.exceeded) {
        options.observer?.upstreamOversized(route);
        throw oversizedResponse(options.maxResponseBytes, resource);
      }
      if (isStopping() && error instanceof CancelError) throw shuttingDown(resource);
      if (scope.signal.aborted && error instanceof CancelError) throw outOfTime(resource);
      throw upstreamErrorToGraphQL(error, resource, scope.token);
    }
  }

  /** Follows a sent request until it settles, so that cutShort() or its operation's deadline can cancel it. */
  function track(scope: UpstreamScope, pending: CancelableRequest): void {
    const ofScope = inFlightByScope.get(scope) ?? watchDeadline(scope);
    ofScope.requests.add(pending);
    running.add(pending);
    const forget = () => {
      ofScope.requests.delete(pending);
      running.delete(pending);
      // Unwatched when none is left: a deadline signal with a listener is kept alive until it fires.
      if (ofScope.requests.size === 0) {
        scope.signal.removeEventListener('abort', ofScope.cancel);
        inFlightByScope.delete(scope);
      }
    };
    pending.then(forget, forget);
  }

  function watchDeadline(scope: UpstreamScope): ScopeRequests {
    const requests = new Set<CancelableRequest>();
    const watched = {
      requests,
      cancel: () => {
        cancelAll(requests);
      },
    };
    inFlightByScope.set(scope, watched);
    scope.signal.addEventListener('abort', watched.cancel, { once: true });
    return watched;
  }

  return {
    async getJson(family, request) {
      const { scope, route, locationId, path, searchParams } = request;
      if (scope.refusal) throw scope.refusal;
      if (!scope.token) throw gatewayError('UNAUTHENTICATED', 'No HighLevel credential for this request.');
      scope.assertReadable(locationId);
      const params = definedOnly(searchParams);
      // Charged before anything is shared: a request over this operation's cap fails this operation alone.
      const sendOwn = () => {
        scope.spendRequest();
        return send(family, request, params);
      };
      if (!inflight) return sendOwn();
      return inflight.join({ credentialKey: scope.credentialKey, family, path, params, route }, sendOwn);
    },
    cutShort() {
      stopping = true;
      cancelAll(running);
    },
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

/** Exponential backoff with full jitter; a `Retry-After` from HighLevel (got's computed value) wins when larger. */
function backoff({ attemptCount, computedValue, error }: RetryObject): number {
  if (computedValue === 0) return 0; // got decided this error is not retryable or the limit is reached
  const exponential = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attemptCount - 1));
  // At least 1 ms: to got, a delay of 0 means "do not retry".
  const jittered = Math.max(1, Math.round(Math.random() * exponential));
  return error.response?.headers['retry-after'] === undefined ? jittered : Math.max(jittered, computedValue);
}

function cancelAll(requests: Iterable<CancelableRequest>): void {
  for (const pending of requests) pending.cancel();
}

function outOfTime(resource: string): GraphQLError {
  return gatewayError('UPSTREAM_TIMEOUT', `The operation ran out of time while loading the ${resource}.`);
}

/** `?a=1&b=2` as got's searchParams wrote it (URLSearchParams), or nothing. */
function queryString(params: Record<string, string | number>): string {
  const query = new URLSearchParams();
  for (const key in params) query.append(key, String(params[key]));
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

function definedOnly(params: UpstreamRequest['searchParams']): Record<string, string | number> {
  const result: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params ?? {})) if (value !== undefined) result[key] = value;
  return result;
}

/**
 * An id an upstream request is built from (or a cached answer is keyed by). Callers' ids are checked in the
 * resolvers, and ids HighLevel sent where a reference is resolved, so one that is no HighLevel id here (an object, a
 * list, `..`) slipped past both: it is refused before any request is built from it, never sent as `[object Object]`.
 */
export function lookupId(id: unknown): string {
  if (!isHighLevelId(id)) {
    throw gatewayError('UPSTREAM_UNAVAILABLE', 'HighLevel referenced a record by something that is not an id.');
  }
  return id;
}

/** An id as one URL path segment (see {@link lookupId}). */
export function pathSegment(id: unknown): string {
  return encodeURIComponent(lookupId(id));
}
