// Answers, in HighLevel's error shape, for paths no route matches and for failures inside fastify itself.
import type { FastifyInstance } from 'fastify';

import { ADMIN_PREFIX } from './admin.js';
import { errorBody } from './http-errors.js';
import { JSON_TYPE } from './outcome.js';
import type { RestHandler } from './rest-handler.js';

export function registerFallbacks(app: FastifyInstance, serve: RestHandler): void {
  // An unknown admin path is a plain 404. Any other path is a REST request HighLevel would answer 404: the REST
  // handler logs and delays it like the rest.
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith(`${ADMIN_PREFIX}/`) || request.url === ADMIN_PREFIX)
      return reply
        .code(404)
        .type(JSON_TYPE)
        .send(errorBody(404, `Cannot ${request.method} ${request.url}`));
    return serve(undefined, request, reply);
  });
  // Framework-level failures: an unparseable admin body, …
  app.setErrorHandler((error: { statusCode?: number; message?: string }, _request, reply) => {
    const status = error.statusCode !== undefined && error.statusCode >= 400 ? error.statusCode : 500;
    return reply
      .code(status)
      .type(JSON_TYPE)
      .send(errorBody(status, status >= 500 ? undefined : error.message));
  });
}
