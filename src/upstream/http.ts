// The HTTP layer under every upstream client: one got instance per HighLevel API family (each family wants its own
// `Version` header), sharing keep-alive agents, a timeout and retries with backoff for idempotent GETs. Every attempt,
// retries included, is counted against the operation's scope and passes the rate limiter first; a global cap bounds
// concurrent upstream requests. An identical GET already in flight for the same credential is joined, not sent again
// (Apollo Router calls this subgraph query deduplication): twenty users opening one dashboard at once cost one list.
import http from 'node:http';
import https from 'node:https';
import got, { type Got, type Options, type RetryObject } from 'got';
import { GraphQLError } from 'graphql';
import pLimit from 'p-limit';
import type { RedisConnection } from '../redis.js';
import { gatewayError } from '../errors.js';
import { upstreamErrorToGraphQL } from './errors.js';
import { UpstreamRateLimiter, type RateLimitObserver, type RateLimitOptions } from './rate-limit.js';
import type { UpstreamScope } from './scope.js';

/** The `Version` header each HighLevel API family requires (from the vendored OpenAPI specs). */
export const API_VERSIONS = {
  voiceAi: '2021-04-15',
  contacts: '2021-07-28',
  workflows: '2021-07-28',
  calendars: '2021-04-15',
  locations: '2021-07-28',
  knowledgeBases: '2021-04-15',
  conversations: '2021-04-15',
} as const;

export type ApiFamily = keyof typeof API_VERSIONS;

/** What the HTTP layer reports (implemented by the gateway's metrics). */
export interface UpstreamObserver extends RateLimitObserver {
  upstreamRequest(route: string, status: number | 'error', seconds: number): void;
  /** A GET answered by joining an identical one already in flight. */
  upstreamDeduplicated(route: string): void;
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
  observer?: UpstreamObserver;
  /** Shared rate-limit counters across instances. */
  redis?: RedisConnection;
  /** Join identical GETs in flight for the same credential. Default: on. */
  deduplicate?: boolean;
}

export interface UpstreamRequest {
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
  close(): void;
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
/** How many requests in flight one GET may join (the first, then one resent after a failure) before sending its own. */
const MAX_JOINS = 2;

export function createUpstreamHttp(options: UpstreamHttpOptions): UpstreamHttp {
  const agents = {
    http: new http.Agent({ keepAlive: true, maxSockets: options.maxConcurrency }),
    https: new https.Agent({ keepAlive: true, maxSockets: options.maxConcurrency }),
  };
  const limiter = new UpstreamRateLimiter(options.rateLimit, options.observer, options.redis);
  const concurrency = pLimit(options.maxConcurrency);
  const attemptContext = (gotOptions: Options): AttemptContext => gotOptions.context as AttemptContext;
  /** GETs in flight, by credential hash and URL: same credential and URL, same answer. */
  const inflight = new Map<string, Promise<unknown>>();

  const base = got.extend({
    prefixUrl: options.baseUrl,
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
      // A retry is another request against HighLevel's budget and the operation's cap.
      beforeRetry: [
        async (error) => {
          const { scope, limiterKey } = attemptContext(error.options);
          scope.spendRequest();
          await limiter.acquire(limiterKey, scope.deadline);
        },
      ],
      afterResponse: [
        async (response) => {
          const { limiterKey } = attemptContext(response.request.options);
          const remaining = Number(response.headers['x-ratelimit-remaining']);
          if (Number.isFinite(remaining)) await limiter.observeRemaining(limiterKey, remaining);
          return response;
        },
      ],
    },
  });
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
    await limiter.acquire(limiterKey, scope.deadline);
    const started = performance.now();
    try {
      const response = await concurrency(() =>
        families[family].get(path, {
          headers: { authorization: `Bearer ${scope.token ?? ''}` },
          searchParams: params,
          signal: scope.signal,
          context: { scope, limiterKey } satisfies AttemptContext,
        }),
      );
      options.observer?.upstreamRequest(route, response.statusCode, (performance.now() - started) / 1000);
      return response.body;
    } catch (error) {
      const status = (error as { response?: { statusCode?: number } }).response?.statusCode ?? 'error';
      options.observer?.upstreamRequest(route, status, (performance.now() - started) / 1000);
      throw upstreamErrorToGraphQL(error, resource);
    }
  }

  return {
    async getJson(family, request) {
      const { scope, locationId, path, searchParams } = request;
      if (scope.refusal) throw scope.refusal;
      if (!scope.token) throw gatewayError('UNAUTHENTICATED', 'No HighLevel credential for this request.');
      scope.assertReadable(locationId);
      const params = definedOnly(searchParams);
      const key =
        options.deduplicate === false
          ? undefined
          : `${scope.credentialKey} ${family} ${path}?${new URLSearchParams(sortedEntries(params)).toString()}`;
      // A failed request that was not shared is sent again by one of those who joined it; the others join that one.
      for (let joins = 0; key !== undefined && joins < MAX_JOINS; joins++) {
        const running = inflight.get(key);
        if (!running) break;
        try {
          const body = await running;
          options.observer?.upstreamDeduplicated(request.route);
          return body;
        } catch (error) {
          // HighLevel's definitive answer (a 404, a 403) is this caller's too. A failure another attempt may not
          // meet (a 5xx or 429 after the first caller's retries, a timeout) or that was the first caller's own (its
          // deadline, its place in the rate limiter) is not: this caller tries again, as it would have alone.
          if (isDefinitiveAnswer(error)) {
            options.observer?.upstreamDeduplicated(request.route);
            throw error;
          }
        }
      }
      // Charged before anything is shared: a request over this operation's cap fails this operation alone.
      scope.spendRequest();
      const pending = send(family, request, params);
      if (key !== undefined && !inflight.has(key)) {
        inflight.set(key, pending);
        const forget = () => {
          if (inflight.get(key) === pending) inflight.delete(key);
        };
        pending.then(forget, forget);
      }
      return pending;
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

function sortedEntries(params: Record<string, string | number>): [string, string][] {
  return Object.keys(params)
    .sort()
    .map((name) => [name, String(params[name])]);
}

/** HighLevel refused the request itself (400, 401, 403, 404, 422…): asking again gets the same answer. */
function isDefinitiveAnswer(error: unknown): boolean {
  const status = error instanceof GraphQLError ? error.extensions['upstreamStatus'] : undefined;
  return typeof status === 'number' && status >= 400 && status < 500 && status !== 408 && status !== 429;
}

function definedOnly(params: UpstreamRequest['searchParams']): Record<string, string | number> {
  const result: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params ?? {})) if (value !== undefined) result[key] = value;
  return result;
}

/**
 * Encodes an id as one URL path segment. Callers' ids are checked in the resolvers, so an id that cannot be a path
 * segment here came from HighLevel's own data.
 */
export function pathSegment(id: string): string {
  if (id === '.' || id === '..' || id.length === 0) {
    throw gatewayError(
      'UPSTREAM_UNAVAILABLE',
      `HighLevel referenced an id that cannot be looked up: ${JSON.stringify(id)}.`,
    );
  }
  return encodeURIComponent(id);
}
