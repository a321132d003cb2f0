// Answers for requests that never reach GraphQL execution (malformed HTTP, a body that is not JSON, an unknown
// path): always GraphQL's error shape with a code, never fastify's or Node's own.
import type { Socket } from 'node:net';

import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { errorResponseBody } from './errors.js';

const GRAPHQL_PATH = '/graphql';

/** What Node's parser and timeouts refuse, by error code: the status line and the message. */
const CLIENT_ERRORS: Record<string, { status: string; message: string }> = {
  HPE_HEADER_OVERFLOW: { status: '431 Request Header Fields Too Large', message: 'Request headers too large.' },
  // HEADERS_TIMEOUT_MS or REQUEST_TIMEOUT_MS passed before the request had arrived (a slow or stalled client).
  ERR_HTTP_REQUEST_TIMEOUT: { status: '408 Request Timeout', message: 'The request did not arrive in time.' },
};
const MALFORMED = { status: '400 Bad Request', message: 'Malformed HTTP request.' };

/**
 * For fastify's `clientErrorHandler`: requests Node's HTTP parser refuses (headers over 16 KiB, malformed lines) or
 * that do not arrive within the header and request timeouts.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  // A response already under way on this socket cannot be followed by another: end the connection instead.
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (!socket.writable || inFlight?.headersSent === true) {
    socket.destroy(error);
    return;
  }
  const { status, message } = CLIENT_ERRORS[error.code ?? ''] ?? MALFORMED;
  const body = JSON.stringify(errorResponseBody('BAD_REQUEST', message));
  socket.end(
    `HTTP/1.1 ${status}\r\n` +
      `content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
      `connection: close\r\n\r\n${body}`,
  );
}

/** Errors fastify raises before GraphQL runs, and requests for other paths and methods. */
export function registerErrorResponses(app: FastifyInstance, { production }: { production: boolean }): void {
  app.setErrorHandler((error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
    const status = error.statusCode !== undefined && error.statusCode >= 400 ? error.statusCode : 500;
    const clientError = status < 500;
    // The body may be unread (refused on its headers): close the connection, or the next request on it would hang.
    void reply.header('connection', 'close');
    void reply
      .status(status)
      .send(
        clientError
          ? errorResponseBody('BAD_REQUEST', error.message)
          : errorResponseBody('INTERNAL_SERVER_ERROR', production ? 'Internal server error' : error.message),
      );
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.split('?')[0] === GRAPHQL_PATH) {
      void reply
        .status(405)
        .header('allow', 'GET, POST, OPTIONS')
        .send(errorResponseBody('BAD_REQUEST', `${request.method} is not allowed here: use GET or POST.`));
    } else {
      void reply.status(404).send(errorResponseBody('NOT_FOUND', 'Not found.'));
    }
  });
}
