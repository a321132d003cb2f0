// The gateway's operational HTTP surface: a request id on every request, and /health, /ready and /metrics. None of
// these routes needs a credential, and none reveals the upstream URL, a token or an error's details.
import { randomUUID } from 'node:crypto';

import type { FastifyInstance } from 'fastify';

import type { GatewayMetrics } from './metrics.js';
import type { Readiness } from './readiness.js';

export const REQUEST_ID_HEADER = 'x-request-id';
/** What an incoming `x-request-id` may be; anything else is replaced by a fresh id. */
const REQUEST_ID = /^[A-Za-z0-9\-_.]{1,64}$/;

/** The caller's request id when it is well-formed, else a new UUID. */
function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

export interface ObservabilityRoutesOptions {
  metrics: GatewayMetrics;
  readiness: Readiness;
}

export function registerObservability(app: FastifyInstance, { metrics, readiness }: ObservabilityRoutesOptions): void {
  app.addHook('onRequest', (request, reply, done) => {
    const id = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
    // Downstream (the GraphQL operation's log line, the context) reads the id where it reads every header.
    request.headers[REQUEST_ID_HEADER] = id;
    void reply.header(REQUEST_ID_HEADER, id);
    done();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    // While draining, each response closes its connection: the drain then ends with the last in-flight response
    // instead of waiting for idle keep-alive connections to time out.
    if (readiness.isDraining) void reply.header('connection', 'close');
    done(null, payload);
  });

  app.get('/health', (_request, reply) => {
    void reply.header('cache-control', 'no-store').send({ status: 'ok' });
  });
  app.get('/ready', async (_request, reply) => {
    const state = await readiness.check();
    void reply.header('cache-control', 'no-store');
    if (state.ready && state.degraded !== undefined) return reply.send({ status: 'degraded', reason: state.degraded });
    if (state.ready) return reply.send({ status: 'ready' });
    return reply.status(503).send({ status: 'unavailable', reason: state.reason });
  });
  app.get('/metrics', async (_request, reply) => {
    const text = await metrics.registry.metrics();
    return reply.header('cache-control', 'no-store').type(metrics.registry.contentType).send(text);
  });
}
