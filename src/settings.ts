// What one gateway instance is configured with, and each setting's default, in one place: src/config.ts reads them
// from the environment, createGateway fills what a caller (a test, a bench) leaves out, and both use these values.
import type { AuthOptions } from './auth.js';
import type { CacheTtls } from './cache.js';
import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from './limits.js';
import type { RedisSettings } from './redis.js';
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
  /** The reference dashboard (dist/dashboard, built by `npm run build`) at /dashboard. Default: on outside production. */
  dashboard: boolean;
  /** Browser origins allowed by CORS besides Apollo Sandbox's. */
  corsOrigins: readonly string[];
  /** Only the operations in operations/*.graphql run. */
  safelist: boolean;
  /** Bound of the in-process automatic-persisted-query cache (alone, or the tier in front of Redis), in bytes. */
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
  /** How long a Redis round trip may take, and when to stop asking a Redis that keeps failing (circuit breaker). */
  redis: RedisSettings;
  /**
   * With Redis, how long this instance keeps its own copy of a reference or response entry it read from or wrote to
   * Redis, in ms: the most it may serve a value another instance has since replaced. (Persisted queries never
   * change: their copy lives as long as the entry.)
   */
  localCacheTtlMs: number;
  /** The shared reference cache (in Redis when redisUrl is set, else a bounded LRU here), or false for none. */
  cache: false | ReferenceCacheSettings;
  /** Whole responses reused for identical operations of the same caller (PRIVATE cache hints). */
  responseCache: boolean;
  /** Bound of the in-process response cache (alone, or the tier in front of Redis), in bytes (see MemoryBound). */
  responseCacheBytes: number;
  /**
   * How long stop() may take, in ms: it waits for the operations in flight, cuts short those still running near
   * the end (each answers with what it has, and SHUTTING_DOWN), then closes the connections.
   */
  shutdownTimeoutMs: number;
  /** GraphQL operations in flight at once; past it, refused at once with OVERLOADED. */
  maxConcurrentOperations: number;
  /** How long a client may take to send a request's headers, in ms; then 408. */
  headersTimeoutMs: number;
  /** How long a client may take to send a whole request (headers and body), in ms; then 408. */
  requestTimeoutMs: number;
  /** What one callStatistics query may read. */
  statistics: StatisticsLimits;
  /** HighLevel's webhooks at POST /webhooks/highlevel (src/live/), or false: no such endpoint. */
  webhooks: false | WebhookSettings;
  /** Listeners of live events this instance holds at most (a subscriber is one). */
  liveMaxListeners: number;
  /** GraphQL subscriptions over graphql-ws (the /graphql path) and SSE (/graphql/stream): their bounds. */
  subscriptions: SubscriptionSettings;
  /**
   * How often each watched (credential, location) is polled for new calls, in ms (one list request, shared by its
   * subscribers and, with leadership across instances, by the instances); 0: no polling, webhooks alone.
   */
  livePollIntervalMs: number;
  /**
   * How often a watched credential's access to its location is checked again when this instance does not poll it
   * (polling off, or another instance leads), in ms; 0: never. Every poll is such a check too.
   */
  liveAccessRecheckMs: number;
}

export interface SubscriptionSettings {
  /** A WebSocket that has not sent `connection_init` by then is closed (4408), in ms. */
  connectionInitTimeoutMs: number;
  /** A server ping this often keeps proxies from closing a quiet WebSocket, in ms; 0: none. */
  keepAliveMs: number;
  /** Open WebSocket connections and SSE streams this instance serves at once; past it, 503. */
  maxConnections: number;
  /** Subscriptions one WebSocket connection may run at once. */
  maxPerConnection: number;
  /** Subscriptions one credential (and, in service-token mode, one caller) may run at once on this instance. */
  maxPerCredential: number;
  /** Events waiting for one subscriber; past it the oldest is dropped (counted): a slow consumer never grows memory. */
  queueLength: number;
  /** The largest message a client may send over a WebSocket, in bytes. */
  maxMessageBytes: number;
  /** How far back `since` may reach, in ms, and how many calls it replays at most (the newest of them). */
  maxReplayMs: number;
  maxReplayCalls: number;
}

export interface StatisticsLimits {
  /** Upstream requests one callStatistics query may send; past them it answers the newest days that fit. */
  maxUpstreamRequests: number;
  /** The longest range, in days of wall-clock time in the range's zone. */
  maxRangeDays: number;
}

export interface WebhookSettings {
  /** Verifies `X-GHL-Signature` (Ed25519), as SPKI PEM. */
  publicKey: string;
  /** Verifies the legacy `X-WH-Signature` (RSA-SHA256), as SPKI PEM; null: that header alone is refused. */
  rsaPublicKey: string | null;
  /** A larger body is refused (413) before it is read through. */
  maxBodyBytes: number;
  /** A `timestamp` further than this from now, either way, is refused as stale, in ms. */
  maxAgeMs: number;
  /** How long a delivered webhook's id is remembered, to deliver a resend of it once, in ms. */
  deduplicationTtlMs: number;
  /** Ids remembered in this process (with Redis, Redis remembers them too, for every instance). */
  deduplicationEntries: number;
}

/** HighLevel's published Ed25519 key for `X-GHL-Signature` (it has no key id or JWKS: the key is a setting). */
export const HIGHLEVEL_WEBHOOK_PUBLIC_KEY =
  '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAi2HR1srL4o18O8BRa7gVJY7G7bupbN3H9AwJrHCDiOg=\n-----END PUBLIC KEY-----\n';

interface ReferenceCacheSettings {
  /** Entries of the in-process LRU (alone, or the tier in front of Redis). */
  maxEntries: number;
  /** And the memory they may take, in bytes (see MemoryBound). */
  maxBytes: number;
  /** Seconds each kind of reference is kept; unset kinds keep DEFAULT_CACHE_TTLS. */
  ttls?: Partial<CacheTtls>;
}

/** Every default except upstreamUrl (no default) and the three that follow `production` (see gatewaySettings). */
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
  // Redis answers in well under a millisecond; 200 ms is a Redis in trouble. Five failures in a row open the circuit
  // (a single dashboard makes that many round trips), and a probe every 2 s closes it soon after Redis is back.
  redis: { commandTimeoutMs: 200, failureThreshold: 5, coolDownMs: 2_000 },
  // Instances may disagree for at most 5 s beyond what one instance alone would serve (TTLs are 30 s to 5 min).
  localCacheTtlMs: 5_000,
  // A contact is about 1 KB of JSON: 10,000 references fit in 32 MiB, unless they are larger than HighLevel's are.
  cache: { maxEntries: 10_000, maxBytes: 32 * 1024 * 1024 },
  responseCache: true,
  responseCacheBytes: 64 * 1024 * 1024,
  // Longer than an operation's deadline plus the time to answer (src/drain.ts), so that a drain waits out every
  // operation in flight: set Kubernetes' terminationGracePeriodSeconds above it (e.g. 40). A drain ends as soon as
  // the last response is sent, so this is a bound, not a delay.
  shutdownTimeoutMs: 35_000,
  // One operation per upstream slot (maxConcurrentUpstreamRequests). Memory grows with operations in flight, and
  // operations past what the upstream slots serve within the deadline all fail together: 1,000 cold dashboards at
  // once (npm run bench:memory) peaked at 325 MiB with 100 served whole, at 601 MiB with none whole at 200, and at
  // 709-832 MiB with none whole unbounded. A cached answer takes milliseconds: warm traffic holds far fewer at once.
  maxConcurrentOperations: 100,
  // A client, or a load balancer in front, sends its headers at once: 10 s is what HAProxy's `timeout http-request`
  // is usually set to, and ends slow-header (slowloris) connections that Node would hold for 60-90 s.
  headersTimeoutMs: 10_000,
  // A request body is at most MAX_REQUEST_BYTES (2 MB): 30 s is ample on any link a dashboard runs over.
  requestTimeoutMs: 30_000,
  // HighLevel's whole 10-s budget for a location: 5,000 calls from cold. 92 days: a quarter, as dashboards show.
  statistics: { maxUpstreamRequests: 100, maxRangeDays: 92 },
  webhooks: {
    publicKey: HIGHLEVEL_WEBHOOK_PUBLIC_KEY,
    rsaPublicKey: null,
    // A call log with an hour of transcript is under 100 KB.
    maxBodyBytes: 1024 * 1024,
    maxAgeMs: 5 * 60_000,
    // HighLevel retries a delivery (on 429) six times, ten minutes apart: two hours outlast them all.
    deduplicationTtlMs: 2 * 60 * 60_000,
    deduplicationEntries: 10_000,
  },
  // The subscription server bounds each connection and credential below this; this bounds the instance.
  liveMaxListeners: 20_000,
  subscriptions: {
    // graphql-ws's own default is 3 s; a browser on a slow link may take longer to open and send its first frame.
    connectionInitTimeoutMs: 10_000,
    // graphql-ws's default: under the idle timeouts of common proxies and load balancers (30-60 s).
    keepAliveMs: 12_000,
    maxConnections: 10_000,
    // A dashboard opens a handful; Apollo Client multiplexes every subscription of a page over one socket.
    maxPerConnection: 50,
    maxPerCredential: 500,
    queueLength: 100,
    // A subscription document is under the 2 MB request bound in practice by far; 256 KiB bounds each frame's buffer.
    maxMessageBytes: 256 * 1024,
    maxReplayMs: 24 * 60 * 60_000,
    maxReplayCalls: 200,
  },
  // The issue's figure: a call shows within 15 s without a webhook, at 1 of a location's 1,000 requests per 150 s.
  livePollIntervalMs: 15_000,
  // A withdrawn token stops receiving events within 5 minutes even where nothing polls with it.
  liveAccessRecheckMs: 300_000,
} satisfies Omit<GatewaySettings, 'upstreamUrl' | 'introspection' | 'landingPage' | 'dashboard'>);

/** What a caller of createGateway must say (the upstream) and may say (any other setting, limits in part). */
export type GatewaySettingsInput = Partial<
  Omit<GatewaySettings, 'limits' | 'cache' | 'redis' | 'statistics' | 'webhooks' | 'subscriptions'>
> & {
  upstreamUrl: string;
  limits?: Partial<RequestLimits>;
  redis?: Partial<RedisSettings>;
  cache?: false | Partial<ReferenceCacheSettings>;
  statistics?: Partial<StatisticsLimits>;
  webhooks?: false | Partial<WebhookSettings>;
  subscriptions?: Partial<SubscriptionSettings>;
};

/** The complete settings: the input over the defaults. */
export function gatewaySettings(input: GatewaySettingsInput): GatewaySettings {
  const production = input.production ?? GATEWAY_DEFAULTS.production;
  return {
    ...GATEWAY_DEFAULTS,
    introspection: !production,
    landingPage: !production,
    dashboard: !production,
    ...withoutUndefined(input),
    limits: { ...GATEWAY_DEFAULTS.limits, ...input.limits },
    redis: { ...GATEWAY_DEFAULTS.redis, ...input.redis },
    cache: input.cache === false ? false : { ...GATEWAY_DEFAULTS.cache, ...input.cache },
    statistics: { ...GATEWAY_DEFAULTS.statistics, ...input.statistics },
    subscriptions: { ...GATEWAY_DEFAULTS.subscriptions, ...withoutUndefined(input.subscriptions ?? {}) },
    webhooks:
      input.webhooks === false ? false : { ...GATEWAY_DEFAULTS.webhooks, ...withoutUndefined(input.webhooks ?? {}) },
  };
}

/** `{ port: undefined }` means "the default", not "no port". */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
