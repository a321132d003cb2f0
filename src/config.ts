// The only reader of process.env: every setting validated, typed and frozen, with one clear message per bad value.
import type { AuthOptions } from './auth.js';
import { minimumDrainMs } from './drain.js';
import { EnvReader } from './env-reader.js';
import { DEFAULT_HEAP_GROWTH_PERCENT } from './heap-growth.js';
import type { RequestLimits } from './limits.js';
import { LOG_LEVELS, type LogLevel } from './observability/logger.js';
import { GATEWAY_DEFAULTS, type GatewaySettings } from './settings.js';

/** Everything `npm start` runs with: the gateway's settings, and what only main.ts uses (emulator, logs). */
export interface Config extends Omit<GatewaySettings, 'upstreamUrl' | 'cache'> {
  /** HighLevel's base URL; null runs the embedded emulator. */
  highLevelApiUrl: string | null;
  /** The shared reference cache: off, or on (in Redis when redisUrl is set, else in memory). */
  cache: false | { maxEntries: number; maxBytes: number };
  /** Port for the embedded emulator (0: any free port). */
  emulatorPort: number;
  /** Latency the embedded emulator adds to each response, in milliseconds. */
  emulatorLatencyMs: number;
  /** Fault rules for the embedded emulator, as parsed JSON (the emulator checks each rule). */
  emulatorFaults: unknown;
  /** Whether the embedded emulator answers 429 past HighLevel's burst and daily limits, as HighLevel does. */
  emulatorRateLimit: boolean;
  /** Where the embedded emulator's seeded calls end; null: now. */
  emulatorBaseDate: Date | null;
  /** The embedded emulator places a call (and sends its webhook to the gateway) this often, in ms; 0: never. */
  emulatorCallIntervalMs: number;
  /** pino level of the gateway's logs (`silent`: none). */
  logLevel: LogLevel;
  /** `json` (one JSON object per line) or `pretty` (human-readable lines). */
  logFormat: 'json' | 'pretty';
  /** V8's heap growing factor, 1 + this/100, where V8 would allow itself more (0: V8's own; src/heap-growth.ts). */
  heapGrowthPercent: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const MIB = 1024 * 1024;
/** Where `npm start` listens unless PORT and HOST say otherwise. */
const START_DEFAULTS = { port: 4000, host: 'localhost' };

export function loadConfig(env: Env = process.env): Readonly<Config> {
  const read = new EnvReader(env);
  const production = env['NODE_ENV'] === 'production';
  const config: Config = {
    ...listening(read, production),
    ...upstream(read),
    ...requestLimits(read),
    ...statistics(read),
    ...sharedState(read),
    ...emulator(read),
    ...liveUpdates(read),
    ...logging(read),
    ...nodeProcess(read),
    auth: authOptions(read),
  };
  checkRelations(config, read.problems);
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return Object.freeze(config);
}

/** Where the gateway listens and what it shows to whom. */
function listening(read: EnvReader, production: boolean) {
  const defaults = GATEWAY_DEFAULTS;
  return {
    port: read.integer('PORT', START_DEFAULTS.port, 0, 65535),
    host: read.raw('HOST') ?? START_DEFAULTS.host,
    production,
    introspection: read.onOff('INTROSPECTION', !production),
    landingPage: read.onOff('SANDBOX', !production),
    dashboard: read.onOff('DASHBOARD', !production),
    corsOrigins: read.origins('CORS_ORIGINS'),
    safelist: read.onOff('OPERATION_SAFELIST', defaults.safelist),
    shutdownTimeoutMs: read.integer('SHUTDOWN_TIMEOUT_MS', defaults.shutdownTimeoutMs, 0, 900_000),
    maxConcurrentOperations: read.integer('MAX_CONCURRENT_OPERATIONS', defaults.maxConcurrentOperations, 1, 100_000),
    headersTimeoutMs: read.integer('HEADERS_TIMEOUT_MS', defaults.headersTimeoutMs, 100, 600_000),
    requestTimeoutMs: read.integer('REQUEST_TIMEOUT_MS', defaults.requestTimeoutMs, 100, 3_600_000),
  };
}

/** Settings that are valid alone but not together. */
function checkRelations(config: Config, problems: string[]): void {
  const drain = minimumDrainMs(config.operationDeadlineMs);
  if (config.shutdownTimeoutMs < drain) {
    problems.push(
      `SHUTDOWN_TIMEOUT_MS must be at least ${drain} with OPERATION_DEADLINE_MS=${config.operationDeadlineMs}, ` +
        `got ${config.shutdownTimeoutMs}: a drain must outlast an operation in flight, with time left to answer ` +
        `(for a shorter drain, lower OPERATION_DEADLINE_MS).`,
    );
  }
  if (config.headersTimeoutMs > config.requestTimeoutMs) {
    problems.push(
      `HEADERS_TIMEOUT_MS (${config.headersTimeoutMs}) must not be longer than REQUEST_TIMEOUT_MS ` +
        `(${config.requestTimeoutMs}): the headers are part of the request.`,
    );
  }
}

/** How HighLevel is reached and how much of its budget one operation and one location may spend. */
function upstream(read: EnvReader) {
  const defaults = GATEWAY_DEFAULTS;
  return {
    highLevelApiUrl: read.httpUrl('HIGHLEVEL_API_URL', 'https://services.leadconnectorhq.com'),
    upstreamTimeoutMs: read.integer('UPSTREAM_TIMEOUT_MS', defaults.upstreamTimeoutMs, 100, 120_000),
    upstreamRetries: read.integer('UPSTREAM_RETRIES', defaults.upstreamRetries, 0, 10),
    // At least 64 KiB (a page of call logs is never smaller); at most 1 GiB.
    upstreamMaxResponseBytes: read.integer(
      'UPSTREAM_MAX_RESPONSE_BYTES',
      defaults.upstreamMaxResponseBytes,
      64 * 1024,
      1024 * MIB,
    ),
    rateLimit: {
      requests: read.integer('UPSTREAM_RATE_LIMIT', defaults.rateLimit.requests, 1, 100_000),
      intervalMs: read.integer('UPSTREAM_RATE_INTERVAL_MS', defaults.rateLimit.intervalMs, 100, 3_600_000),
      maxQueue: read.integer('UPSTREAM_QUEUE_LIMIT', defaults.rateLimit.maxQueue, 0, 100_000),
    },
    maxConcurrentUpstreamRequests: read.integer(
      'UPSTREAM_MAX_CONCURRENCY',
      defaults.maxConcurrentUpstreamRequests,
      1,
      1024,
    ),
    maxConcurrentUpstreamRequestsPerLocation: read.integer(
      'UPSTREAM_MAX_CONCURRENCY_PER_LOCATION',
      defaults.maxConcurrentUpstreamRequestsPerLocation,
      1,
      1024,
    ),
    deduplicateUpstreamRequests: read.onOff('UPSTREAM_DEDUPLICATE', defaults.deduplicateUpstreamRequests),
    maxUpstreamRequestsPerOperation: read.integer(
      'MAX_UPSTREAM_REQUESTS_PER_OPERATION',
      defaults.maxUpstreamRequestsPerOperation,
      1,
      10_000,
    ),
    operationDeadlineMs: read.integer('OPERATION_DEADLINE_MS', defaults.operationDeadlineMs, 100, 600_000),
  };
}

/** What one GraphQL request may ask before it runs. */
function requestLimits(read: EnvReader): { limits: RequestLimits } {
  const defaults = GATEWAY_DEFAULTS.limits;
  return {
    limits: {
      maxRequestBytes: read.integer('MAX_REQUEST_BYTES', defaults.maxRequestBytes, 1_024, 100_000_000),
      maxTokens: read.integer('MAX_QUERY_TOKENS', defaults.maxTokens, 10, 1_000_000),
      maxNesting: read.integer('MAX_QUERY_NESTING', defaults.maxNesting, 10, 1_000),
      maxDepth: read.integer('MAX_QUERY_DEPTH', defaults.maxDepth, 1, 500),
      maxAliases: read.integer('MAX_ALIASES', defaults.maxAliases, 0, 10_000),
      maxDirectives: read.integer('MAX_DIRECTIVES', defaults.maxDirectives, 0, 10_000),
      maxEstimatedUpstreamRequests: read.integer(
        'MAX_ESTIMATED_UPSTREAM_REQUESTS',
        defaults.maxEstimatedUpstreamRequests,
        1,
        1_000_000,
      ),
    },
  };
}

/** What one callStatistics query may read. */
function statistics(read: EnvReader) {
  const defaults = GATEWAY_DEFAULTS.statistics;
  return {
    statistics: {
      maxUpstreamRequests: read.integer('STATISTICS_MAX_UPSTREAM_REQUESTS', defaults.maxUpstreamRequests, 1, 10_000),
      maxRangeDays: read.integer('STATISTICS_MAX_RANGE_DAYS', defaults.maxRangeDays, 1, 3_660),
    },
  };
}

/** Caches and the Redis that several instances share. */
function sharedState(read: EnvReader) {
  const defaults = GATEWAY_DEFAULTS;
  return {
    redisUrl: read.redisUrl('REDIS_URL'),
    redis: {
      commandTimeoutMs: read.integer('REDIS_COMMAND_TIMEOUT_MS', defaults.redis.commandTimeoutMs, 10, 10_000),
      failureThreshold: read.integer('REDIS_CIRCUIT_FAILURES', defaults.redis.failureThreshold, 1, 1_000),
      coolDownMs: read.integer('REDIS_CIRCUIT_COOLDOWN_MS', defaults.redis.coolDownMs, 100, 600_000),
    },
    localCacheTtlMs: read.integer('CACHE_LOCAL_TTL_MS', defaults.localCacheTtlMs, 100, 600_000),
    cache: read.onOff('CACHE', true)
      ? {
          maxEntries: read.integer('CACHE_MAX_ENTRIES', defaults.cache.maxEntries, 1, 10_000_000),
          maxBytes: read.integer('CACHE_MAX_MB', defaults.cache.maxBytes / MIB, 1, 4096) * MIB,
        }
      : (false as const),
    responseCache: read.onOff('RESPONSE_CACHE', defaults.responseCache),
    responseCacheBytes: read.integer('RESPONSE_CACHE_MB', defaults.responseCacheBytes / MIB, 1, 4096) * MIB,
    apqCacheBytes: read.integer('APQ_CACHE_MB', defaults.apqCacheBytes / MIB, 1, 1024) * MIB,
  };
}

/** The embedded emulator, started when HIGHLEVEL_API_URL is unset. */
function emulator(read: EnvReader) {
  return {
    emulatorPort: read.integer('EMULATOR_PORT', 0, 0, 65535),
    emulatorLatencyMs: read.integer('EMULATOR_LATENCY_MS', 0, 0, 60_000),
    emulatorFaults: read.json('EMULATOR_FAULTS') ?? [],
    emulatorRateLimit: read.onOff('EMULATOR_RATE_LIMIT', true),
    emulatorBaseDate: read.instant('EMULATOR_BASE_DATE'),
    // A call every 20 s: enough to watch calls arrive, few enough to read each one.
    emulatorCallIntervalMs: read.integer('EMULATOR_CALL_INTERVAL_MS', 20_000, 0, 86_400_000),
  };
}

/** HighLevel's webhooks: whether the endpoint exists, and the keys its signatures are verified with. */
function liveUpdates(read: EnvReader) {
  const defaults = GATEWAY_DEFAULTS.webhooks;
  const publicKey = read.publicKey('HIGHLEVEL_WEBHOOK_PUBLIC_KEY', 'ed25519') ?? defaults.publicKey;
  const rsaPublicKey = read.publicKey('HIGHLEVEL_WEBHOOK_RSA_PUBLIC_KEY', 'rsa');
  return {
    webhooks: read.onOff('WEBHOOKS', true) ? { ...defaults, publicKey, rsaPublicKey } : (false as const),
    liveMaxListeners: GATEWAY_DEFAULTS.liveMaxListeners,
    subscriptions: subscriptionBounds(read),
    livePollIntervalMs: atLeastASecond(
      read,
      'LIVE_POLL_INTERVAL_MS',
      read.integer('LIVE_POLL_INTERVAL_MS', GATEWAY_DEFAULTS.livePollIntervalMs, 0, 86_400_000),
    ),
    liveAccessRecheckMs: atLeastASecond(
      read,
      'LIVE_ACCESS_RECHECK_MS',
      read.integer('LIVE_ACCESS_RECHECK_MS', GATEWAY_DEFAULTS.liveAccessRecheckMs, 0, 86_400_000),
    ),
  };
}

/** The subscription server's bounds that operators tune; the rest keep their defaults. */
function subscriptionBounds(read: EnvReader) {
  const defaults = GATEWAY_DEFAULTS.subscriptions;
  return {
    ...defaults,
    maxConnections: read.integer('LIVE_MAX_CONNECTIONS', defaults.maxConnections, 1, 1_000_000),
    maxPerConnection: read.integer('LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION', defaults.maxPerConnection, 1, 10_000),
    maxPerCredential: read.integer('LIVE_MAX_SUBSCRIPTIONS_PER_CREDENTIAL', defaults.maxPerCredential, 1, 1_000_000),
    queueLength: read.integer('LIVE_QUEUE_LENGTH', defaults.queueLength, 1, 100_000),
  };
}

/** 0 (off) or at least a second: a shorter interval would spend a location's HighLevel budget on polling alone. */
function atLeastASecond(read: EnvReader, name: string, ms: number): number {
  if (ms === 0 || ms >= 1_000) return ms;
  read.problems.push(`${name} must be 0 (off) or at least 1000, got ${ms}.`);
  return 0;
}

function logging(read: EnvReader) {
  return {
    logLevel: read.choice('LOG_LEVEL', LOG_LEVELS, 'info'),
    logFormat: read.choice('LOG_FORMAT', ['json', 'pretty'] as const, 'json'),
  };
}

/** The Node process itself (src/heap-growth.ts). */
function nodeProcess(read: EnvReader) {
  const heapGrowthPercent = read.integer('HEAP_GROWTH_PERCENT', DEFAULT_HEAP_GROWTH_PERCENT, 0, 1_000);
  // Below 10% V8 would collect the whole heap almost continuously.
  if (heapGrowthPercent > 0 && heapGrowthPercent < 10) {
    read.problems.push(`HEAP_GROWTH_PERCENT must be 0 (V8's own choice) or at least 10, got ${heapGrowthPercent}.`);
  }
  return { heapGrowthPercent };
}

/** Service-token mode needs the gateway's HighLevel token and a way to verify callers' JWTs; refuse to start without. */
function authOptions(read: EnvReader): AuthOptions {
  const { problems } = read;
  const mode = read.raw('AUTH_MODE') ?? 'passthrough';
  if (mode === 'passthrough') return { mode };
  if (mode !== 'service') {
    problems.push(`AUTH_MODE must be "passthrough" or "service", got ${JSON.stringify(mode)}.`);
    return { mode: 'passthrough' };
  }
  const required = (name: string, why: string): string => {
    const value = read.raw(name);
    if (value === undefined) problems.push(`${name} is required when AUTH_MODE=service: ${why}.`);
    return value ?? '';
  };
  const serviceToken = required('HIGHLEVEL_SERVICE_TOKEN', 'the HighLevel token the gateway sends upstream');
  const jwtSecret = read.raw('JWT_SECRET');
  const jwksUrl = read.raw('JWT_JWKS_URL');
  if (!jwtSecret === !jwksUrl) {
    problems.push(
      'Set exactly one of JWT_SECRET (HS256) and JWT_JWKS_URL when AUTH_MODE=service: callers must be verified.',
    );
  }
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    problems.push('JWT_SECRET must be at least 32 characters long (HS256 keys shorter than the hash are weak).');
  }
  if (jwksUrl !== undefined && !URL.canParse(jwksUrl)) {
    problems.push(`JWT_JWKS_URL must be a URL, got ${JSON.stringify(jwksUrl)}.`);
  }
  return {
    mode,
    serviceToken,
    ...(jwtSecret ? { jwtSecret } : {}),
    ...(jwksUrl ? { jwksUrl } : {}),
    issuer: required('JWT_ISSUER', "the issuer callers' JWTs must name"),
    audience: required('JWT_AUDIENCE', "the audience callers' JWTs must name"),
    locationsClaim: read.raw('JWT_LOCATIONS_CLAIM') ?? 'locations',
  };
}
