// What one gateway instance is configured with, and each setting's default, in one place: src/config.ts reads them
// from the environment, createGateway fills what a caller (a test, a bench) leaves out, and both use these values.
import type { AuthOptions } from './auth.js';
import type { CacheTtls } from './cache.js';
import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from './limits.js';
import type { RateLimitOptions } from './upstream/rate-limit.js';

export interface GatewaySettings {
  /** HighLevel's base URL (or the emulator's). */
  upstreamUrl: string;
  port: number;
  host: string;
  /** Masked errors, no stack traces; introspection and the Sandbox page off unless turned on. */
  production: boolean;
  upstreamTimeoutMs: number;
  /** Retries of an idempotent upstream request (429, 5xx, unreadable body, network error). */
  upstreamRetries: number;
  /** Bytes one upstream response may have once decompressed; a larger one is cut off, not retried. */
  upstreamMaxResponseBytes: number;
  /** Schema introspection. Default: on outside production. */
  introspection: boolean;
  /** Apollo Sandbox at the endpoint's URL. Default: on outside production. */
  landingPage: boolean;
  /** Browser origins allowed by CORS besides Apollo Sandbox's. */
  corsOrigins: readonly string[];
  /** Only the operations in operations/*.graphql run. */
  safelist: boolean;
  /** Bound of the automatic-persisted-query cache, in bytes (in-process store only). */
  apqCacheBytes: number;
  /** Pass-through (callers' own HighLevel tokens) or service-token mode (the gateway's token, callers' JWTs). */
  auth: AuthOptions;
  /** Per (credential, location) burst budget kept towards HighLevel. */
  rateLimit: RateLimitOptions;
  /** Upstream requests in flight at once, across all callers. */
  maxConcurrentUpstreamRequests: number;
  /** Of those, the most one (credential, location) may hold at once (at most maxConcurrentUpstreamRequests). */
  maxConcurrentUpstreamRequestsPerLocation: number;
  /** Join an identical GET already in flight for the same credential instead of sending it again. */
  deduplicateUpstreamRequests: boolean;
  /** Upstream requests one operation may make, retries included. */
  maxUpstreamRequestsPerOperation: number;
  /** How long one operation may spend on upstream requests, queueing included, in ms. */
  operationDeadlineMs: number;
  /** What one request may ask: size, tokens, depth, aliases, directives, estimated upstream cost. */
  limits: RequestLimits;
  /** Redis shared by several instances (reference cache, APQ store, response cache, rate-limit log); null: none. */
  redisUrl: string | null;
  /** The shared reference cache (in Redis when redisUrl is set, else a bounded LRU here), or false for none. */
  cache: false | ReferenceCacheSettings;
  /** Whole responses reused for identical operations of the same caller (PRIVATE cache hints). */
  responseCache: boolean;
  /** stop() waits this long for in-flight requests before closing their connections, in ms. */
  shutdownTimeoutMs: number;
  /** What one callStatistics query may read. */
  statistics: StatisticsLimits;
}

export interface StatisticsLimits {
  /** Upstream requests one callStatistics query may send; past them it answers the newest days that fit. */
  maxUpstreamRequests: number;
  /** The longest range, in days of wall-clock time in the range's zone. */
  maxRangeDays: number;
}

export interface ReferenceCacheSettings {
  /** Entries of the in-process tier (unused with Redis). */
  maxEntries: number;
  /** Seconds each kind of reference is kept; unset kinds keep DEFAULT_CACHE_TTLS. */
  ttls?: Partial<CacheTtls>;
}

/** Every default except upstreamUrl (no default) and the two that follow `production` (see gatewaySettings). */
export const GATEWAY_DEFAULTS = Object.freeze({
  // An embedded gateway (tests, benches) takes any free loopback port; `npm start` has its own (src/config.ts).
  port: 0,
  host: '127.0.0.1',
  production: false,
  upstreamTimeoutMs: 10_000,
  upstreamRetries: 2,
  // HighLevel's largest page is 50 call logs. The reference call log is ~5 KB (the seeded data's largest page: 97 KB);
  // an hour-long call's transcript adds ~60 KB, so 50 of those are ~3.3 MB. 8 MiB leaves over twice that, and bounds
  // memory at 8 MiB per upstream request in flight.
  upstreamMaxResponseBytes: 8 * 1024 * 1024,
  corsOrigins: [],
  safelist: false,
  apqCacheBytes: 16 * 1024 * 1024,
  auth: { mode: 'passthrough' },
  // HighLevel's burst budget: 100 requests per 10 s per app and location.
  rateLimit: { requests: 100, intervalMs: 10_000, maxQueue: 200 },
  // 100 lets one `callLogs(first: 200)` (4 pages, then up to 81 contacts) go out in one wave.
  maxConcurrentUpstreamRequests: 100,
  // Half: a cold dashboard (45 requests) still goes out in one wave, and a location whose HighLevel hangs holds at
  // most half the slots, leaving the rest to everyone else.
  maxConcurrentUpstreamRequestsPerLocation: 50,
  deduplicateUpstreamRequests: true,
  maxUpstreamRequestsPerOperation: 300,
  operationDeadlineMs: 30_000,
  limits: DEFAULT_REQUEST_LIMITS,
  redisUrl: null,
  cache: { maxEntries: 10_000 },
  responseCache: true,
  shutdownTimeoutMs: 10_000,
  // HighLevel's whole 10-s budget for a location: 5,000 calls from cold. 92 days: a quarter, as dashboards show.
  statistics: { maxUpstreamRequests: 100, maxRangeDays: 92 },
} satisfies Omit<GatewaySettings, 'upstreamUrl' | 'introspection' | 'landingPage'>);

/** What a caller of createGateway must say (the upstream) and may say (any other setting, limits in part). */
export type GatewaySettingsInput = Partial<Omit<GatewaySettings, 'limits' | 'cache' | 'statistics'>> & {
  upstreamUrl: string;
  limits?: Partial<RequestLimits>;
  cache?: false | Partial<ReferenceCacheSettings>;
  statistics?: Partial<StatisticsLimits>;
};

/** The complete settings: the input over the defaults. */
export function gatewaySettings(input: GatewaySettingsInput): GatewaySettings {
  const production = input.production ?? GATEWAY_DEFAULTS.production;
  return {
    ...GATEWAY_DEFAULTS,
    introspection: !production,
    landingPage: !production,
    ...withoutUndefined(input),
    limits: { ...GATEWAY_DEFAULTS.limits, ...input.limits },
    cache: input.cache === false ? false : { ...GATEWAY_DEFAULTS.cache, ...input.cache },
    statistics: { ...GATEWAY_DEFAULTS.statistics, ...input.statistics },
  };
}

/** `{ port: undefined }` means "the default", not "no port". */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
