// A local HighLevel: the REST routes the gateway reads, served by fastify from deterministic seed data, with
// HighLevel's auth, Version header, rate limits and error shapes, plus injectable latency and faults and a request
// log that tests read. Imports nothing from the gateway.
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { readArrival } from './arrival.js';
import { admit } from './admission.js';
import { ADMIN_PREFIX, registerAdminRoutes } from './admin.js';
import { FaultInjector, type FaultRule } from './faults.js';
import { errorBody } from './http-errors.js';
import { Lifetime } from './lifetime.js';
import { JSON_TYPE, answer } from './outcome.js';
import { RateLimiter, type RateLimitOptions } from './rate-limit.js';
import { RequestLog, type RequestLogEntry } from './request-log.js';
import { RequestRecorder } from './request-recorder.js';
import { ROUTES } from './routes/index.js';
import type { EmulatorRoute } from './routes/route.js';
import { DEFAULT_SEED, buildSeed } from './seed.js';
import { EmulatorStore } from './store.js';
import { TokenRegistry, type EmulatorTokens } from './tokens.js';

export type { FaultRule } from './faults.js';
export type { RequestLogEntry } from './request-log.js';
export type { RateLimitOptions } from './rate-limit.js';
export type { EmulatorStore, CallLogQuery, RawCallLog } from './store.js';
export type { NotableIds, DanglingReference } from './seed.js';
export type { EmulatorTokens } from './tokens.js';
export type { RouteId } from './routes/route.js';
export { ROUTE_IDS } from './routes/route.js';
export { parseFaultRules, FaultRuleError } from './faults.js';

export interface EmulatorOptions {
  /** Default 0 (an ephemeral port). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Added to every response (not to admin calls). Default 0. */
  latencyMs?: number;
  faults?: FaultRule[];
  /** Seeds the data and the fault PRNG. Default 20251101. */
  seed?: number;
  rateLimit?: RateLimitOptions;
  /** fastify's logger. Default false. */
  logger?: boolean;
  /** The request log keeps at most this many entries (oldest dropped first). Default 100,000. */
  requestLogLimit?: number;
}

export interface Emulator {
  /** e.g. http://127.0.0.1:54321 */
  url: string;
  tokens: EmulatorTokens;
  /** Location ids, location 1 (LOC123456789ABCDEF, the reference location) first. */
  locations: string[];
  store: EmulatorStore;
  requests: { all(): RequestLogEntry[]; clear(): void; count(filter?: { route?: string }): number };
  faults: { set(rules: FaultRule[]): void; clear(): void; list(): FaultRule[] };
  setLatency(ms: number): void;
  /** Forgets every token's rate-limit counters. */
  resetRateLimits(): void;
  /** Closes the server and every connection, including sockets held by timeout faults. */
  stop(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const seed = options.seed ?? DEFAULT_SEED;
  const store = new EmulatorStore(buildSeed(seed));
  const registry = new TokenRegistry(store.locationIds);
  const requestLog = new RequestLog(options.requestLogLimit);
  const recorder = new RequestRecorder(requestLog);
  const faults = new FaultInjector(seed, options.faults ?? []);
  const limiter = new RateLimiter(options.rateLimit);
  let latencyMs = checkedLatency(options.latencyMs ?? 0);
  const lifetime = new Lifetime();

  const app = Fastify({ logger: options.logger ?? false, forceCloseConnections: true, exposeHeadRoutes: false });

  async function serve(route: EmulatorRoute | undefined, request: FastifyRequest, reply: FastifyReply) {
    const arrival = readArrival(request);
    const recorded = recorder.begin(route, arrival, reply.raw);
    const admission = admit({ registry, limiter, faults }, route, arrival);
    recorded.faulted(admission.fault);

    const delay = latencyMs + admission.fault.latencyMs;
    if (delay > 0 && !(await lifetime.delay(delay))) {
      lifetime.abandon(request, reply);
      return;
    }
    if (admission.fault.outcome?.kind === 'timeout') {
      lifetime.hold(request, reply);
      return;
    }

    const outcome = answer(admission, arrival, store);
    recorded.answered(outcome.status);
    return reply
      .code(outcome.status)
      .headers({ ...admission.rateHeaders, ...outcome.headers })
      .type(JSON_TYPE)
      .send(outcome.text);
  }

  for (const route of ROUTES) {
    for (const path of route.paths) app.get(path, (request, reply) => serve(route, request, reply));
  }
  registerAdminRoutes(app, {
    requestLog,
    faults,
    limiter,
    tokens: registry.tokens,
    locations: store.locationIds,
    latency: () => latencyMs,
    setLatency: (ms) => {
      latencyMs = checkedLatency(ms);
    },
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith(`${ADMIN_PREFIX}/`) || request.url === ADMIN_PREFIX)
      return reply
        .code(404)
        .type(JSON_TYPE)
        .send(errorBody(404, `Cannot ${request.method} ${request.url}`));
    return serve(undefined, request, reply);
  });
  // Framework-level failures (an unparseable admin body, …) in HighLevel's shape too.
  app.setErrorHandler((error: { statusCode?: number; message?: string }, _request, reply) => {
    const status = error.statusCode !== undefined && error.statusCode >= 400 ? error.statusCode : 500;
    return reply
      .code(status)
      .type(JSON_TYPE)
      .send(errorBody(status, status >= 500 ? undefined : error.message));
  });

  await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('emulator: no TCP address');
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let stopping: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    tokens: registry.tokens,
    locations: [...store.locationIds],
    store,
    requests: {
      all: () => requestLog.all(),
      clear: () => {
        requestLog.clear();
      },
      count: (filter) => requestLog.count(filter),
    },
    faults: {
      set: (rules) => {
        faults.set(rules);
      },
      clear: () => {
        faults.clear();
      },
      list: () => faults.rules(),
    },
    setLatency(ms) {
      latencyMs = checkedLatency(ms);
    },
    resetRateLimits() {
      limiter.reset();
    },
    stop() {
      stopping ??= (async () => {
        lifetime.end();
        await app.close();
      })();
      return stopping;
    },
  };
}

function checkedLatency(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) throw new Error(`Emulator latency must be a non-negative number, got ${ms}`);
  return ms;
}
