// The only reader of process.env: every setting validated, typed and frozen, with one clear message per bad value.
import type { AuthOptions } from './auth.js';
import { LOG_LEVELS, type LogLevel } from './observability/logger.js';
import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from './limits.js';
import type { RateLimitOptions } from './upstream/rate-limit.js';

export interface Config {
  /** Port the gateway listens on. */
  port: number;
  /** Interface the gateway listens on. */
  host: string;
  /** True when NODE_ENV=production: masked errors, no stack traces. */
  production: boolean;
  /** HighLevel's base URL; null runs the embedded emulator. */
  highLevelApiUrl: string | null;
  upstreamTimeoutMs: number;
  upstreamRetries: number;
  /** Port for the embedded emulator (0: any free port). */
  emulatorPort: number;
  /** Latency the embedded emulator adds to each response, in milliseconds. */
  emulatorLatencyMs: number;
  /** Schema introspection; on by default outside production. */
  introspection: boolean;
  /** Apollo Sandbox served at the endpoint's URL; on by default outside production. */
  landingPage: boolean;
  /** Browser origins allowed by CORS besides Apollo Sandbox's. */
  corsOrigins: string[];
  /** Only the operations in operations/*.graphql run. */
  safelist: boolean;
  /** Bound of the automatic-persisted-query cache, in bytes. */
  apqCacheBytes: number;
  /** Fault rules for the embedded emulator, as parsed JSON (the emulator checks each rule). */
  emulatorFaults: unknown;
  /** Whether the embedded emulator answers 429 past HighLevel's burst and daily limits, as HighLevel does. */
  emulatorRateLimit: boolean;
  /** Pass-through (callers' own HighLevel tokens) or service-token mode (the gateway's token, callers' JWTs). */
  auth: AuthOptions;
  /** Per (credential, location) burst budget kept towards HighLevel. */
  rateLimit: RateLimitOptions;
  maxConcurrentUpstreamRequests: number;
  /** Identical GETs in flight for one credential are sent once. */
  deduplicateUpstreamRequests: boolean;
  maxUpstreamRequestsPerOperation: number;
  operationDeadlineMs: number;
  /** What one request may ask: size, tokens, depth, aliases, directives, estimated upstream cost. */
  limits: RequestLimits;
  /** Redis shared by several instances (reference cache, APQ store, rate-limit counters); null: none. */
  redisUrl: string | null;
  /** The shared reference cache: off, or on (in Redis when redisUrl is set, else in memory). */
  cache: false | { maxEntries: number };
  /** Whole responses reused for identical operations of the same caller. */
  responseCache: boolean;
  /** pino level of the gateway's logs (`silent`: none). */
  logLevel: LogLevel;
  /** `json` (one JSON object per line) or `pretty` (human-readable lines). */
  logFormat: 'json' | 'pretty';
  /** How long shutdown waits for in-flight requests before closing their connections, in milliseconds. */
  shutdownTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

type Env = Readonly<Record<string, string | undefined>>;

export function loadConfig(env: Env = process.env): Readonly<Config> {
  const problems: string[] = [];
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(raw)}.`);
      return fallback;
    }
    return value;
  };
  const url = (name: string): string | null => {
    const raw = env[name];
    if (raw === undefined || raw === '') return null;
    try {
      const parsed = new URL(raw);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('protocol');
      return parsed.toString().replace(/\/$/, '');
    } catch {
      problems.push(
        `${name} must be an http(s) URL such as https://services.leadconnectorhq.com, got ${JSON.stringify(raw)}.`,
      );
      return null;
    }
  };

  const json = (name: string): unknown => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return undefined;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      problems.push(`${name} must be JSON, got ${JSON.stringify(raw)}.`);
      return undefined;
    }
  };
  const onOff = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (raw === 'on' || raw === 'off') return raw === 'on';
    problems.push(`${name} must be "on" or "off", got ${JSON.stringify(raw)}.`);
    return fallback;
  };

  const origins = (name: string): string[] =>
    (env[name] ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0)
      .flatMap((origin) => {
        try {
          const parsed = new URL(origin);
          if (parsed.origin === origin && origin !== 'null') return [origin];
        } catch {
          // reported below
        }
        problems.push(
          `${name} must list origins like https://app.example.com (scheme, host, port; no path), got ${JSON.stringify(origin)}.`,
        );
        return [];
      });

  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const found = allowed.find((value) => value === raw);
    if (found === undefined) problems.push(`${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(raw)}.`);
    return found ?? fallback;
  };

  const redisUrl = (name: string): string | null => {
    const raw = env[name];
    if (raw === undefined || raw === '') return null;
    try {
      const parsed = new URL(raw);
      if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new Error('protocol');
      return raw;
    } catch {
      problems.push(`${name} must be a redis:// or rediss:// URL, got a value that is not.`);
      return null;
    }
  };

  const production = env['NODE_ENV'] === 'production';
  const config: Config = {
    port: integer('PORT', 4000, 0, 65535),
    host: env['HOST'] || 'localhost',
    production,
    highLevelApiUrl: url('HIGHLEVEL_API_URL'),
    upstreamTimeoutMs: integer('UPSTREAM_TIMEOUT_MS', 10_000, 100, 120_000),
    upstreamRetries: integer('UPSTREAM_RETRIES', 2, 0, 10),
    introspection: onOff('INTROSPECTION', !production),
    landingPage: onOff('SANDBOX', !production),
    corsOrigins: origins('CORS_ORIGINS'),
    safelist: onOff('OPERATION_SAFELIST', false),
    apqCacheBytes: integer('APQ_CACHE_MB', 16, 1, 1024) * 1024 * 1024,
    emulatorPort: integer('EMULATOR_PORT', 0, 0, 65535),
    emulatorLatencyMs: integer('EMULATOR_LATENCY_MS', 0, 0, 60_000),
    emulatorFaults: json('EMULATOR_FAULTS') ?? [],
    emulatorRateLimit: onOff('EMULATOR_RATE_LIMIT', true),
    auth: { mode: 'passthrough' },
    rateLimit: {
      requests: integer('UPSTREAM_RATE_LIMIT', 100, 1, 100_000),
      intervalMs: integer('UPSTREAM_RATE_INTERVAL_MS', 10_000, 100, 3_600_000),
      maxQueue: integer('UPSTREAM_QUEUE_LIMIT', 200, 0, 100_000),
    },
    maxConcurrentUpstreamRequests: integer('UPSTREAM_MAX_CONCURRENCY', 100, 1, 1024),
    deduplicateUpstreamRequests: onOff('UPSTREAM_DEDUPLICATE', true),
    maxUpstreamRequestsPerOperation: integer('MAX_UPSTREAM_REQUESTS_PER_OPERATION', 300, 1, 10_000),
    operationDeadlineMs: integer('OPERATION_DEADLINE_MS', 30_000, 100, 600_000),
    redisUrl: redisUrl('REDIS_URL'),
    cache: onOff('CACHE', true) ? { maxEntries: integer('CACHE_MAX_ENTRIES', 10_000, 1, 10_000_000) } : false,
    responseCache: onOff('RESPONSE_CACHE', true),
    limits: {
      maxRequestBytes: integer('MAX_REQUEST_BYTES', DEFAULT_REQUEST_LIMITS.maxRequestBytes, 1_024, 100_000_000),
      maxTokens: integer('MAX_QUERY_TOKENS', DEFAULT_REQUEST_LIMITS.maxTokens, 10, 1_000_000),
      maxDepth: integer('MAX_QUERY_DEPTH', DEFAULT_REQUEST_LIMITS.maxDepth, 1, 500),
      maxAliases: integer('MAX_ALIASES', DEFAULT_REQUEST_LIMITS.maxAliases, 0, 10_000),
      maxDirectives: integer('MAX_DIRECTIVES', DEFAULT_REQUEST_LIMITS.maxDirectives, 0, 10_000),
      maxEstimatedUpstreamRequests: integer(
        'MAX_ESTIMATED_UPSTREAM_REQUESTS',
        DEFAULT_REQUEST_LIMITS.maxEstimatedUpstreamRequests,
        1,
        1_000_000,
      ),
    },
    logLevel: choice('LOG_LEVEL', LOG_LEVELS, 'info'),
    logFormat: choice('LOG_FORMAT', ['json', 'pretty'] as const, 'json'),
    shutdownTimeoutMs: integer('SHUTDOWN_TIMEOUT_MS', 10_000, 0, 300_000),
  };
  config.auth = authOptions(env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}

/** Service-token mode needs the gateway's HighLevel token and a way to verify callers' JWTs; refuse to start without. */
function authOptions(env: Env, problems: string[]): AuthOptions {
  const mode = env['AUTH_MODE'] || 'passthrough';
  if (mode === 'passthrough') return { mode };
  if (mode !== 'service') {
    problems.push(`AUTH_MODE must be "passthrough" or "service", got ${JSON.stringify(mode)}.`);
    return { mode: 'passthrough' };
  }
  const required = (name: string, why: string): string => {
    const value = env[name];
    if (!value) problems.push(`${name} is required when AUTH_MODE=service: ${why}.`);
    return value ?? '';
  };
  const serviceToken = required('HIGHLEVEL_SERVICE_TOKEN', 'the HighLevel token the gateway sends upstream');
  const jwtSecret = env['JWT_SECRET'];
  const jwksUrl = env['JWT_JWKS_URL'];
  if (!jwtSecret === !jwksUrl) {
    problems.push(
      'Set exactly one of JWT_SECRET (HS256) and JWT_JWKS_URL when AUTH_MODE=service: callers must be verified.',
    );
  }
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    problems.push('JWT_SECRET must be at least 32 characters long (HS256 keys shorter than the hash are weak).');
  }
  if (jwksUrl) {
    try {
      new URL(jwksUrl);
    } catch {
      problems.push(`JWT_JWKS_URL must be a URL, got ${JSON.stringify(jwksUrl)}.`);
    }
  }
  return {
    mode,
    serviceToken,
    ...(jwtSecret ? { jwtSecret } : {}),
    ...(jwksUrl ? { jwksUrl } : {}),
    issuer: required('JWT_ISSUER', "the issuer callers' JWTs must name"),
    audience: required('JWT_AUDIENCE', "the audience callers' JWTs must name"),
    locationsClaim: env['JWT_LOCATIONS_CLAIM'] || 'locations',
  };
}
