// GraphQL over Server-Sent Events (graphql-sse) at /graphql/stream, distinct-connections mode: each subscription is
// its own `POST` (or `GET`) with `Accept: text/event-stream` and the credential in its Authorization header. The
// single-connection mode (a stream reserved with PUT, operations sent beside it) is not served: it keeps operations
// of streams that may never connect, which the distinct mode never holds.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import { createHandler } from 'graphql-sse/lib/use/fastify';

import { errorResponseBody } from '../errors.js';
import type { LiveConnections } from './live-connections.js';
import type { SubscriptionOperations } from './subscription-operations.js';

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

export function registerSseRoute(
  app: FastifyInstance,
  { operations, connections }: { operations: SubscriptionOperations; connections: LiveConnections },
): void {
  // graphql-sse's context type wants an index signature; ours is an interface, passed through untouched.
  // graphql-sse's own close handling does not reach an operation's iterator: each stream's subscription is ended
  // from its request's `close` instead (a client that goes away releases its place at once).
  const closedSignals = new WeakMap<FastifyRequest, AbortSignal>();
  const signalOf = new WeakMap<object, AbortSignal>();
  const handle = createHandler<Record<PropertyKey, unknown>>({
    // Only the distinct-connections mode: no stream token is ever issued.
    authenticate: () => null,
    // Validated already, with the HTTP path's limits (SubscriptionOperations.prepare).
    validate: () => [],
    onSubscribe: async (request, params) => {
      const prepared = await operations.prepare(params, request.raw.headers.authorization);
      if (!Array.isArray(prepared)) {
        const args = prepared as ExecutionArgs & { contextValue: Record<PropertyKey, unknown> };
        const closed = closedSignals.get(request.raw);
        if (closed) signalOf.set(args.contextValue, closed);
        return args;
      }
      return [
        JSON.stringify({ errors: operations.formatErrors(prepared) }),
        { status: 400, statusText: 'Bad Request', headers: JSON_HEADERS },
      ];
    },
    subscribe: (args) => operations.run(args, signalOf.get(args.contextValue)),
    // Never reached: prepare refuses anything but a subscription.
    execute: (args) => operations.run(args, signalOf.get(args.contextValue)),
    // Ours never yields incremental (patch) results.
    onNext: (_context, _request, result) => operations.format(result as ExecutionResult),
  });
  app.route({
    method: ['GET', 'POST'],
    url: '/graphql/stream',
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.headers.accept !== 'text/event-stream') {
        return reply
          .status(406)
          .send(errorResponseBody('BAD_REQUEST', 'Subscribe with `Accept: text/event-stream` (GraphQL over SSE).'));
      }
      const release = connections.open('sse');
      if (!release) {
        const draining = connections.draining;
        return reply
          .status(503)
          .header('retry-after', '1')
          .send(
            errorResponseBody(
              draining ? 'SHUTTING_DOWN' : 'OVERLOADED',
              draining
                ? 'This instance is stopping: subscribe again.'
                : 'This instance holds all the live connections it may: try again shortly.',
            ),
          );
      }
      const closed = new AbortController();
      closedSignals.set(request, closed.signal);
      reply.raw.once('close', () => {
        closed.abort();
        release();
      });
      // graphql-sse writes the stream itself; fastify sends nothing more for this request.
      reply.hijack();
      try {
        await handle(request, reply);
      } catch {
        if (!reply.raw.headersSent) {
          reply.raw.writeHead(500, JSON_HEADERS);
          reply.raw.end(JSON.stringify(errorResponseBody('INTERNAL_SERVER_ERROR', 'Internal server error')));
        } else reply.raw.end();
      }
    },
  });
}
