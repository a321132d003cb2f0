// createGateway(options) -> { url, stop }: the GraphQL endpoint, usable alike from main, tests and benchmarks.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyCompress from '@fastify/compress';
import fastifyCors from '@fastify/cors';
import Fastify, { type FastifyError } from 'fastify';
import type { GraphQLFormattedError } from 'graphql';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { createAuthenticator, type AuthOptions } from './auth.js';
import { staticCacheControlPlugin } from './cache-policy.js';
import type { RedisConnection } from './redis.js';
import { DEFAULT_CACHE_TTLS, ReferenceCache, createMemoryStore, createRedisStore, type CacheTtls } from './cache.js';
import { createContext, type ContextDependencies, type GatewayContext } from './context.js';
import { DEFAULT_REQUEST_LIMITS, requestLimitProtection, type RequestLimits } from './limits.js';
import { registerObservability } from './observability/http.js';
import { createLogger, type Logger } from './observability/logger.js';
import { createMetrics, type GatewayMetrics } from './observability/metrics.js';
import { operationObserverPlugin } from './observability/operations.js';
import { Readiness, httpReachabilityProbe } from './observability/readiness.js';
import { loadSafelist, safelistPlugin } from './safelist.js';
import { buildGatewaySchema } from './schema.js';
import { createUpstreamHttp } from './upstream/http.js';
import type { RateLimitOptions } from './upstream/rate-limit.js';

/** Apollo Sandbox's origin: always allowed by CORS (with introspection off, Sandbox can still run operations). */
export const SANDBOX_ORIGIN = 'https://studio.apollographql.com';

export interface GatewayOptions {
  /** HighLevel's base URL (or the emulator's). */
  upstreamUrl: string;
  port?: number;
  host?: string;
  /** Masked errors, no stack traces; introspection and the Sandbox page off unless turned on below. */
  production?: boolean;
  upstreamTimeoutMs?: number;
  upstreamRetries?: number;
  /** Default: on outside production. */
  introspection?: boolean;
  /** Apollo Sandbox at the endpoint's URL. Default: on outside production. */
  landingPage?: boolean;
  /** Browser origins allowed besides Apollo Sandbox's. */
  corsOrigins?: readonly string[];
  /** Only the operations in operations/*.graphql run. Default: off. */
  safelist?: boolean;
  /** Bound of the automatic-persisted-query cache, in bytes. Default: 16 MiB. */
  apqCacheBytes?: number;
  /** Pass-through (default) or service-token mode. */
  auth?: AuthOptions;
  /** Per (credential, location) burst budget. Default: HighLevel's 100 requests per 10 s, 200 waiting. */
  rateLimit?: RateLimitOptions;
  /** Upstream requests in flight at once, across all callers. Default: 100. */
  maxConcurrentUpstreamRequests?: number;
  /** Join an identical GET already in flight for the same credential instead of sending it again. Default: on. */
  deduplicateUpstreamRequests?: boolean;
  /** Upstream requests one operation may make. Default: 300. */
  maxUpstreamRequestsPerOperation?: number;
  /** How long one operation may spend on upstream requests, queueing included, in ms. Default: 30 s. */
  operationDeadlineMs?: number;
  /** Size, token, depth, alias, directive and upstream-cost limits. Default: DEFAULT_REQUEST_LIMITS. */
  limits?: Partial<RequestLimits>;
  /** Where operation logs go. Default: a silent logger (main passes one at LOG_LEVEL). */
  logger?: Logger;
  /** The gateway's Prometheus metrics. Default: a fresh registry per gateway. */
  metrics?: GatewayMetrics;
  /**
   * Redis shared by several gateway instances: the reference cache, the APQ store and the rate limiter's counters
   * live there instead of in this process.
   */
  redisUrl?: string;
  /** The shared reference cache (in Redis when `redisUrl` is set, else a bounded LRU), or `false` for none. */
  cache?: false | { maxEntries?: number; ttls?: Partial<CacheTtls> };
  /** Whole responses reused for identical operations of the same caller (PRIVATE cache hints). Default: on. */
  responseCache?: boolean;
  /** stop() waits this long for in-flight requests before closing their connections. Default: 10 s. */
  shutdownTimeoutMs?: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { requests: 100, intervalMs: 10_000, maxQueue: 200 };
/** Across all callers; 100 lets one `callLogs(first: 200)` (4 pages, then up to 81 contacts) go out in one wave. */
export const DEFAULT_MAX_CONCURRENT_UPSTREAM_REQUESTS = 100;

export interface Gateway {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** This gateway's metrics (also served at /metrics). */
  metrics: GatewayMetrics;
  /** Stops accepting connections, answers /ready with 503, lets in-flight requests finish (bounded), then closes. */
  stop(): Promise<void>;
}

/** Responses smaller than this are sent as they are: compressing them costs more than it saves. */
const COMPRESSION_THRESHOLD_BYTES = 1024;
const DEFAULT_APQ_CACHE_BYTES = 16 * 1024 * 1024;
const RESPONSE_CACHE_BYTES = 64 * 1024 * 1024;

export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const production = options.production ?? false;
  const landingPage = options.landingPage ?? !production;
  const logger = options.logger ?? createLogger({ level: 'silent' });
  // Loaded only when configured: the Redis client is a sizeable share of an idle gateway's memory.
  const shared = options.redisUrl ? await openRedis(options.redisUrl) : undefined;
  const redis = shared?.client;
  const cache = options.cache === false ? undefined : createReferenceCache(options.cache ?? {}, redis, logger);
  const metrics = options.metrics ?? createMetrics();
  const readiness = new Readiness(httpReachabilityProbe(options.upstreamUrl));
  const http = createUpstreamHttp({
    baseUrl: options.upstreamUrl,
    timeoutMs: options.upstreamTimeoutMs ?? 10_000,
    retries: options.upstreamRetries ?? 2,
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
    maxConcurrency: options.maxConcurrentUpstreamRequests ?? DEFAULT_MAX_CONCURRENT_UPSTREAM_REQUESTS,
    deduplicate: options.deduplicateUpstreamRequests ?? true,
    observer: metrics,
    ...(redis ? { redis } : {}),
  });
  const contextDependencies: ContextDependencies = {
    http,
    authenticate: createAuthenticator(options.auth ?? { mode: 'passthrough' }),
    limits: {
      maxRequests: options.maxUpstreamRequestsPerOperation ?? 300,
      deadlineMs: options.operationDeadlineMs ?? 30_000,
    },
    observer: metrics,
    ...(cache ? { cache } : {}),
  };
  const limits = { ...DEFAULT_REQUEST_LIMITS, ...options.limits };
  const protection = requestLimitProtection<GatewayContext>(limits, production);
  const app = Fastify({
    logger: false,
    bodyLimit: limits.maxRequestBytes,
    // Requests Node's parser refuses (headers over 16 KiB, malformed lines) still get GraphQL's error shape.
    clientErrorHandler: (error: NodeJS.ErrnoException, socket) => {
      const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
      const body = JSON.stringify({
        errors: [
          {
            message: tooLarge ? 'Request headers too large.' : 'Malformed HTTP request.',
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
      if (socket.writable) {
        socket.end(
          `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\n` +
            `content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
        );
      } else {
        socket.destroy(error);
      }
    },
  });
  const plugins: ApolloServerPlugin<GatewayContext>[] = [
    ...protection.plugins,
    // Apollo turns on federated tracing for subgraphs; off, so no client can ask for per-resolver timings.
    ApolloServerPluginInlineTraceDisabled(),
    // Cache policies come from each operation's document, not from a hook around every resolver (cache-policy.ts).
    ApolloServerPluginCacheControlDisabled(),
    staticCacheControlPlugin<GatewayContext>(),
    fastifyApolloDrainPlugin(app),
    landingPage
      ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
      : ApolloServerPluginLandingPageDisabled(),
  ];
  if (options.safelist) plugins.push(safelistPlugin(loadSafelist()));
  if (options.cache !== false && options.responseCache !== false) {
    // Whole responses, reused for identical operations of the same caller only (every cache hint is PRIVATE).
    plugins.push(
      responseCachePlugin<GatewayContext>({
        sessionId: ({ contextValue }) => Promise.resolve(contextValue.scope.sessionKey),
        cache: shared
          ? new shared.module.RedisKeyValueCache(shared.client, 'hl-response:')
          : new InMemoryLRUCache({ maxSize: RESPONSE_CACHE_BYTES }),
      }),
    );
  }
  plugins.push(
    operationObserverPlugin<GatewayContext>({
      logger,
      metrics,
      upstreamRequestCount: (context) => context.scope.requestCount,
    }),
  );

  const apollo = new ApolloServer<GatewayContext>({
    schema: buildGatewaySchema(),
    introspection: options.introspection ?? !production,
    includeStacktraceInErrorResponses: !production,
    // CSRF prevention stays on (Apollo's default): a browser request must be JSON or carry a preflight header.
    csrfPrevention: true,
    // In Redis with several instances (a hash registered through one runs on all), else a bounded LRU here.
    persistedQueries: {
      cache: shared
        ? new shared.module.RedisKeyValueCache(shared.client, 'hl-apq:')
        : new InMemoryLRUCache({ maxSize: options.apqCacheBytes ?? DEFAULT_APQ_CACHE_BYTES }),
    },
    formatError: (formatted, error) => {
      const coded = codeClientErrors(formatted, error);
      return production ? maskInternal(coded) : coded;
    },
    plugins,
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    // Apollo's own messages (warnings, startup notes) go to the same structured log.
    logger,
    // main.ts owns SIGINT/SIGTERM and calls stop(); Apollo's own handlers would re-raise the signal mid-drain.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  // Failures before GraphQL runs (a body that is not JSON, an unsupported content type) still answer in GraphQL's
  // error shape with a code, never fastify's own.
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const status = error.statusCode !== undefined && error.statusCode >= 400 ? error.statusCode : 500;
    const clientError = status < 500;
    // The body may be unread (refused on its headers): close the connection, or the next request on it would hang.
    void reply.header('connection', 'close');
    void reply.status(status).send({
      errors: [
        {
          message: clientError || !production ? error.message : 'Internal server error',
          extensions: { code: clientError ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
  });
  // Other paths and methods answer in GraphQL's error shape too.
  app.setNotFoundHandler((request, reply) => {
    const graphqlPath = request.url.split('?')[0] === '/graphql';
    void reply
      .status(graphqlPath ? 405 : 404)
      .header('allow', graphqlPath ? 'GET, POST, OPTIONS' : undefined)
      .send({
        errors: [
          {
            message: graphqlPath ? `${request.method} is not allowed here: use GET or POST.` : 'Not found.',
            extensions: { code: graphqlPath ? 'BAD_REQUEST' : 'NOT_FOUND' },
          },
        ],
      });
  });
  const allowedOrigins = new Set([SANDBOX_ORIGIN, ...(options.corsOrigins ?? [])]);
  await app.register(fastifyCors, {
    origin: (origin, callback) => {
      callback(null, origin !== undefined && allowedOrigins.has(origin));
    },
    methods: ['GET', 'POST', 'OPTIONS'],
    maxAge: 600,
  });
  await app.register(fastifyCompress, { threshold: COMPRESSION_THRESHOLD_BYTES });
  registerObservability(app, { metrics, readiness });
  await app.register(fastifyApollo(apollo), {
    context: (request) => createContext(contextDependencies, request.headers.authorization),
  });
  const address = await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  return {
    url: `${displayAddress(address, options.host)}/graphql`,
    metrics,
    async stop() {
      readiness.startDraining();
      const drainTimeoutMs = options.shutdownTimeoutMs ?? 10_000;
      logger.info({ drainTimeoutMs }, 'gateway draining');
      const forceClose = setTimeout(() => {
        logger.warn('drain timeout: closing the remaining connections');
        app.server.closeAllConnections();
      }, drainTimeoutMs);
      try {
        await app.close();
      } finally {
        clearTimeout(forceClose);
      }
      await apollo.stop();
      http.close();
      await cache?.close();
      if (shared) await shared.module.disconnectRedis(shared.client);
      logger.info('gateway stopped');
    },
  };
}

/**
 * Apollo raises some request errors with an HTTP 4xx status but no code (a persisted-query hash that does not match
 * its query, an unsupported persisted-query version): they are the caller's, so BAD_REQUEST, not a server error.
 */
function codeClientErrors(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.['code'] !== 'INTERNAL_SERVER_ERROR') return formatted;
  // Duck-typed: Apollo's GraphQLError may come from graphql's other (CJS/ESM) build, which defeats instanceof.
  const extensions: unknown =
    typeof error === 'object' && error !== null && 'extensions' in error ? error.extensions : undefined;
  const http: unknown =
    typeof extensions === 'object' && extensions !== null && 'http' in extensions ? extensions.http : undefined;
  const status = typeof http === 'object' && http !== null && 'status' in http ? http.status : undefined;
  if (typeof status !== 'number' || status < 400 || status >= 500) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
}

async function openRedis(url: string) {
  const module = await import('./redis.js');
  return { module, client: module.connectRedis(url) };
}

function createReferenceCache(
  { maxEntries, ttls }: { maxEntries?: number; ttls?: Partial<CacheTtls> },
  redis: RedisConnection | undefined,
  logger: Logger,
): ReferenceCache {
  const store = redis ? createRedisStore(redis) : createMemoryStore(maxEntries ?? 10_000);
  let lastReport = 0;
  return new ReferenceCache(store, { ...DEFAULT_CACHE_TTLS, ...ttls }, (error) => {
    // A Redis outage fails every lookup: say so once a minute, not once a request.
    if (Date.now() - lastReport < 60_000) return;
    lastReport = Date.now();
    logger.warn({ err: error }, 'reference cache unavailable; reading HighLevel directly');
  });
}

/** In production an unexpected error says only that it happened: no message that could carry internals. */
function maskInternal(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.['code'];
  if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  return { ...formatted, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** fastify reports the first bound address; for `localhost` show the name users type. */
function displayAddress(address: string, host: string | undefined): string {
  if (host !== 'localhost') return address;
  return address.replace(/^http:\/\/(\[::1\]|127\.0\.0\.1)/, 'http://localhost');
}
