// One log line and one metric per GraphQL operation: request id, operation name, outcome, error codes, duration and
// (when the context knows it) the upstream requests the operation made. Never the document, the variables or the
// caller's credential: the line is built from names and codes only, and an unexpected error's message and stack are
// scrubbed of the request's token as well as of anything credential-shaped.
import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';

import { REQUEST_ID_HEADER } from './http.js';
import { type Logger, scrubSecrets } from './logger.js';
import { type GatewayMetrics, operationNameLabel } from './metrics.js';

export interface OperationObserverOptions<TContext extends BaseContext> {
  logger: Logger;
  metrics: GatewayMetrics;
  /** The upstream requests the operation made, read from its context when the context counts them. */
  upstreamRequestCount?: (context: TContext) => number | undefined;
}

/** Unexpected errors logged in full per operation; the rest are counted. */
const MAX_LOGGED_ERRORS = 3;
const MAX_MESSAGE_CHARS = 500;
const MAX_STACK_CHARS = 2_000;

export function operationObserverPlugin<TContext extends BaseContext>(
  options: OperationObserverOptions<TContext>,
): ApolloServerPlugin<TContext> {
  const { logger, metrics } = options;
  return {
    requestDidStart() {
      const started = performance.now();
      const unexpected: GraphQLError[] = [];
      return Promise.resolve({
        didEncounterErrors({ errors }) {
          for (const error of errors) if (!hasKnownCode(error.extensions['code'])) unexpected.push(error);
          return Promise.resolve();
        },
        willSendResponse(requestContext) {
          const durationMs = Math.round((performance.now() - started) * 10) / 10;
          const rawName = requestContext.operationName ?? requestContext.request.operationName ?? '';
          const errorCodes = responseErrorCodes(requestContext);
          const outcome = errorCodes.length === 0 ? 'ok' : 'error';
          metrics.operation(rawName, outcome);

          const headers = requestContext.request.http?.headers;
          const secrets = credentialOf(headers?.get('authorization'));
          const upstreamRequests = readCount(options.upstreamRequestCount, requestContext.contextValue);
          const entry = {
            requestId: headers?.get(REQUEST_ID_HEADER),
            operation: operationNameLabel(rawName),
            operationType: requestContext.operation?.operation,
            outcome,
            status: requestContext.response.http.status ?? 200,
            ...(errorCodes.length > 0 ? { errorCodes } : {}),
            durationMs,
            ...(upstreamRequests === undefined ? {} : { upstreamRequests }),
          };
          if (unexpected.length === 0) logger.info(entry, 'graphql operation');
          else {
            const errors = unexpected.slice(0, MAX_LOGGED_ERRORS).map((error) => describe(error, secrets));
            logger.error({ ...entry, errors }, 'graphql operation');
          }
          return Promise.resolve();
        },
      });
    },
  };
}

/** Codes the gateway or Apollo gave on purpose; an uncoded or INTERNAL_SERVER_ERROR error is unexpected. */
function hasKnownCode(code: unknown): boolean {
  return typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR';
}

/** The distinct codes of the errors the client receives (after formatting and masking). */
function responseErrorCodes<TContext extends BaseContext>(
  requestContext: GraphQLRequestContextWillSendResponse<TContext>,
): string[] {
  const { body } = requestContext.response;
  const errors: readonly GraphQLFormattedError[] =
    (body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors) ?? [];
  const codes = errors.map(({ extensions }) => {
    const code = extensions?.['code'];
    return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
  });
  return [...new Set(codes)].sort();
}

/** The credential in an Authorization header (`Bearer <token>` or a bare value), to scrub it verbatim. */
function credentialOf(authorization: string | undefined): string[] {
  if (authorization === undefined) return [];
  return authorization
    .trim()
    .split(/\s+/)
    .filter((part) => !/^(bearer|basic)$/i.test(part));
}

function readCount<TContext>(read: ((context: TContext) => number | undefined) | undefined, context: TContext) {
  if (read === undefined) return undefined;
  try {
    const count = read(context);
    return typeof count === 'number' && Number.isFinite(count) ? count : undefined;
  } catch {
    return undefined;
  }
}

function describe(error: GraphQLError, secrets: readonly string[]) {
  const cause = error.originalError ?? error;
  return {
    message: scrubSecrets(cause.message, secrets).slice(0, MAX_MESSAGE_CHARS),
    ...(error.path === undefined ? {} : { path: error.path.join('.') }),
    ...(cause.stack === undefined ? {} : { stack: scrubSecrets(cause.stack, secrets).slice(0, MAX_STACK_CHARS) }),
  };
}
