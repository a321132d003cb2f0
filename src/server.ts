// createGateway(settings) -> { url, metrics, stop }: the GraphQL endpoint, alike from main, tests and benchmarks.
import type { ApolloServer } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyCompress from '@fastify/compress';
import fastifyCors from '@fastify/cors';
import Fastify, { type FastifyInstance } from 'fastify';

import { OperationAdmission } from './admission.js';
import { startApollo } from './apollo.js';
import { createAuthenticator } from './auth.js';
import { type ContextDependencies, createContext, type GatewayContext } from './context.js';
import { type DashboardPreset, registerDashboard } from './dashboard.js';
import { drainSchedule } from './drain.js';
import { answerClientError, registerErrorResponses } from './error-responses.js';
import { requestLimitProtection } from './limits.js';
import type { LiveEventSource } from './live/events.js';
import { type Live, registerLive } from './live/live.js';
import type { LiveWatches } from './live/live-watches.js';
import { registerObservability } from './observability/http.js';
import { createLogger, type Logger } from './observability/logger.js';
import { createMetrics, type GatewayMetrics } from './observability/metrics.js';
import { httpReachabilityProbe, Readiness } from './observability/readiness.js';
import { registerRequestGuards } from './request-guards.js';
import { loadSafelist } from './safelist.js';
import { buildGatewaySchema } from './schema.js';
import { type GatewaySettings, gatewaySettings, type GatewaySettingsInput } from './settings.js';
import { openSharedState, type SharedState } from './shared-state.js';
import { createUpstreamHttp, type UpstreamHttp } from './upstream/http.js';

/** Apollo Sandbox's origin: always allowed by CORS (with introspection off, Sandbox can still run operations). */
export const SANDBOX_ORIGIN = 'https://studio.apollographql.com';

/** Settings (the upstream required, the rest defaulted) and the services a caller may bring. */
export type GatewayOptions = GatewaySettingsInput & {
  /** Where operation logs go. Default: a silent logger (main passes one at LOG_LEVEL). */
  logger?: Logger;
  /** The gateway's Prometheus metrics. Default: a fresh registry per gateway. */
  metrics?: GatewayMetrics;
  /** With `dashboard` on: the credential the page opens with (main passes the embedded emulator's); else it asks. */
  dashboardPreset?: DashboardPreset;
};

export interface Gateway {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** This gateway's metrics (also served at /metrics). */
  metrics: GatewayMetrics;
  /** Live events of this instance: each call log HighLevel's webhook announces, by location (src/live/). */
  live: LiveEventSource & { readonly listenerCount: number };
  /** What a subscriber's arrival and leaving go through: its access checked, its location polled (src/live/). */
  watches: LiveWatches;
  /**
   * Refuses new operations (503 SHUTTING_DOWN) and answers /ready with 503, lets the operations in flight finish
   * (within shutdownTimeoutMs; near its end what still runs is cut short and answered), then closes.
   */
  stop(): Promise<void>;
}

/** Once every GraphQL request is answered, how long other connections may take before they are closed. */
const CLOSE_GRACE_MS = 1_000;

/** Responses smaller than this are sent as they are: compressing them costs more than it saves. */
const COMPRESSION_THRESHOLD_BYTES = 1024;

export async function createGateway({
  logger: givenLogger,
  metrics: givenMetrics,
  dashboardPreset,
  ...input
}: GatewayOptions): Promise<Gateway> {
  const settings = gatewaySettings(input);
  const logger = givenLogger ?? createLogger({ level: 'silent' });
  const metrics = givenMetrics ?? createMetrics();
  const shared = await openSharedState(settings, logger, metrics);
  const http = createUpstreamHttp({
    baseUrl: settings.upstreamUrl,
    timeoutMs: settings.upstreamTimeoutMs,
    retries: settings.upstreamRetries,
    rateLimit: settings.rateLimit,
    maxConcurrency: settings.maxConcurrentUpstreamRequests,
    maxConcurrencyPerLocation: settings.maxConcurrentUpstreamRequestsPerLocation,
    maxResponseBytes: settings.upstreamMaxResponseBytes,
    deduplicate: settings.deduplicateUpstreamRequests,
    observer: metrics,
    ...(shared.redis ? { redis: shared.redis } : {}),
  });
  const app = Fastify({
    logger: false,
    bodyLimit: settings.limits.maxRequestBytes,
    clientErrorHandler: answerClientError,
    // While draining, GraphQL requests are refused by admission, in GraphQL's shape, not by fastify's own 503.
    return503OnClosing: false,
    requestTimeout: settings.requestTimeoutMs,
    http: {
      headersTimeout: settings.headersTimeoutMs,
      // Node checks both timeouts only this often (30 s by default, which let a slow-header connection live 90 s).
      connectionsCheckingInterval: timeoutCheckingInterval(settings),
    },
  });
  const schema = buildGatewaySchema();
  const apollo = await startApollo(settings, { app, shared, logger, metrics, schema });
  const readiness = new Readiness(httpReachabilityProbe(settings.upstreamUrl), undefined, () =>
    shared.redis && shared.redis.circuitState !== 'closed' ? 'redis unavailable' : undefined,
  );
  const admission = new OperationAdmission(settings.maxConcurrentOperations, metrics);
  const context = contextDependencies(settings, http, shared, metrics);
  const allowedOrigins = new Set([SANDBOX_ORIGIN, ...settings.corsOrigins]);
  const isAllowedOrigin = (origin: string) => allowedOrigins.has(origin);
  await registerRoutes(app, apollo, settings, { readiness, metrics, admission, context, isAllowedOrigin });
  if (settings.dashboard) await registerDashboard(app, { preset: dashboardPreset ?? null, logger });
  const live = await registerLive(app, settings, {
    shared,
    http,
    metrics,
    logger,
    schema,
    context,
    limitRules: requestLimitProtection(settings.limits, settings.production, settings.statistics.maxUpstreamRequests)
      .limitRules,
    safelist: settings.safelist ? loadSafelist(settings) : null,
    isAllowedOrigin,
  });
  const address = await app.listen({ port: settings.port, host: settings.host });
  return {
    url: `${displayAddress(address, settings.host)}/graphql`,
    metrics,
    live: live.events,
    watches: live.watches,
    stop: () =>
      stopGateway({
        app,
        apollo,
        http,
        shared,
        readiness,
        admission,
        live,
        logger,
        drainTimeoutMs: settings.shutdownTimeoutMs,
      }),
  };
}

/** A quarter of the shorter timeout, at most 1 s: a timed-out request is answered at most that late. */
function timeoutCheckingInterval({ headersTimeoutMs, requestTimeoutMs }: GatewaySettings): number {
  return Math.max(10, Math.min(1_000, Math.round(Math.min(headersTimeoutMs, requestTimeoutMs) / 4)));
}

/** What every operation's context is built from (src/context.ts). */
function contextDependencies(
  settings: GatewaySettings,
  http: UpstreamHttp,
  shared: SharedState,
  metrics: GatewayMetrics,
): ContextDependencies {
  return {
    http,
    authenticate: createAuthenticator(settings.auth),
    limits: { maxRequests: settings.maxUpstreamRequestsPerOperation, deadlineMs: settings.operationDeadlineMs },
    statistics: settings.statistics,
    observer: metrics,
    ...(shared.referenceCache ? { cache: shared.referenceCache } : {}),
  };
}

async function registerRoutes(
  app: FastifyInstance,
  apollo: ApolloServer<GatewayContext>,
  settings: GatewaySettings,
  {
    readiness,
    metrics,
    admission,
    context,
    isAllowedOrigin,
  }: {
    readiness: Readiness;
    metrics: GatewayMetrics;
    admission: OperationAdmission;
    context: ContextDependencies;
    isAllowedOrigin: (origin: string) => boolean;
  },
): Promise<void> {
  registerErrorResponses(app, settings);
  await app.register(fastifyCors, {
    origin: (origin, callback) => {
      callback(null, origin !== undefined && isAllowedOrigin(origin));
    },
    methods: ['GET', 'POST', 'OPTIONS'],
    maxAge: 600,
  });
  await app.register(fastifyCompress, { threshold: COMPRESSION_THRESHOLD_BYTES });
  registerObservability(app, { metrics, readiness });
  registerRequestGuards(app, settings.limits);
  app.route({
    method: ['GET', 'POST', 'OPTIONS'],
    url: '/graphql',
    // After CORS and the request guards (app-wide hooks run first), before the body is read.
    onRequest: admission.admit,
    handler: admission.hold(
      fastifyApolloHandler(apollo, {
        context: (request) => createContext(context, request.headers.authorization),
      }),
    ),
  });
}

/**
 * Drain (bounded), then close what the gateway opened, the HTTP server first and Redis last. The server keeps
 * listening while it drains, so that what arrives meanwhile is answered SHUTTING_DOWN rather than refused by TCP.
 */
async function stopGateway({
  app,
  apollo,
  http,
  shared,
  readiness,
  admission,
  live,
  logger,
  drainTimeoutMs,
}: {
  app: FastifyInstance;
  apollo: ApolloServer<GatewayContext>;
  http: UpstreamHttp;
  shared: SharedState;
  readiness: Readiness;
  admission: OperationAdmission;
  live: Live;
  logger: Logger;
  drainTimeoutMs: number;
}): Promise<void> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  readiness.startDraining();
  admission.startDraining();
  logger.info({ drainTimeoutMs }, 'gateway draining');
  const schedule = drainSchedule(drainTimeoutMs);
  // Subscriptions have nothing left to finish: they end at once, while queries get the drain's time; no poll or
  // access check starts from now on (one in flight ends with the HTTP layer at the latest).
  const liveDrained = live.drain(Date.now() + schedule.closeAtMs);
  if (!(await admission.allAnswered(schedule.cutShortAtMs))) {
    logger.warn({ operations: admission.unansweredCount }, 'drain: cutting short the operations still running');
    http.cutShort();
    if (!(await admission.allAnswered(schedule.answerAtMs - elapsed()))) {
      logger.warn({ operations: admission.unansweredCount }, 'drain: answering the rest with SHUTTING_DOWN');
      admission.answerRemaining();
    }
  }
  // Every GraphQL request is answered; what may remain are probes and scrapes (milliseconds) and connections that
  // have not sent a whole request, which nothing is owed: they get a moment, not the rest of the drain.
  const forceClose = setTimeout(
    () => {
      logger.warn('drain: closing the remaining connections');
      app.server.closeAllConnections();
    },
    Math.max(0, Math.min(schedule.closeAtMs - elapsed(), CLOSE_GRACE_MS)),
  );
  await liveDrained;
  try {
    await app.close();
  } finally {
    clearTimeout(forceClose);
  }
  await apollo.stop();
  http.close();
  // No webhook can publish any more; the live events' Redis subscriber goes before the connection shared state holds.
  await live.events.close();
  await shared.close();
  logger.info('gateway stopped');
}

/** fastify reports the first bound address; for `localhost` show the name users type. */
function displayAddress(address: string, host: string): string {
  if (host !== 'localhost') return address;
  return address.replace(/^http:\/\/(\[::1\]|127\.0\.0\.1)/, 'http://localhost');
}
