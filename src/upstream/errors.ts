// The one place where a failed upstream request becomes a GraphQL error with `extensions.code` (the codes themselves
// are listed in src/errors.ts).
// Messages never carry the upstream URL, our headers or the caller's token; HighLevel's own message is passed on
// where it tells the caller what to fix (400/422) or why access failed (401/403), scrubbed and bounded by
// upstream-message.ts (a message with nothing caller-facing left gives way to the code's generic message).
import { HTTPError, ParseError, RequestError, TimeoutError } from 'got';
import { GraphQLError } from 'graphql';

import { gatewayError } from '../errors.js';
import { parseRetryAfter } from './retry-after.js';
import { callerFacingMessage } from './upstream-message.js';

/**
 * Maps an error thrown by got for a request to `resource` (e.g. "contact") into a coded GraphQL error; `token` is the
 * credential the request carried, never to be echoed back.
 */
export function upstreamErrorToGraphQL(error: unknown, resource: string, token: string | null = null): GraphQLError {
  if (error instanceof GraphQLError) return error;
  // Our own refusals (limiter, request cap) thrown inside got's hooks arrive wrapped.
  if (error instanceof RequestError && error.cause instanceof GraphQLError) return error.cause;
  if (error instanceof HTTPError)
    return fromStatus(
      error.response.statusCode,
      upstreamMessage(error.response.body, token),
      retryAfterSeconds(error),
      resource,
    );
  if (error instanceof TimeoutError)
    return gatewayError('UPSTREAM_TIMEOUT', `HighLevel did not answer in time for the ${resource}.`);
  if (error instanceof ParseError)
    return gatewayError('UPSTREAM_UNAVAILABLE', `HighLevel sent an unreadable response for the ${resource}.`);
  if (error instanceof RequestError)
    return gatewayError('UPSTREAM_UNAVAILABLE', `HighLevel could not be reached for the ${resource}.`, {
      reason: error.code,
    });
  return gatewayError('INTERNAL_SERVER_ERROR', `The ${resource} could not be loaded.`);
}

/** The gateway is stopping: the request was not sent, or was cancelled before HighLevel answered. */
export function shuttingDown(resource: string): GraphQLError {
  return gatewayError('SHUTTING_DOWN', `The gateway shut down before the ${resource} was loaded; retry.`);
}

/** A response cut off at the size bound (see size-cap.ts): HighLevel's real pages are far smaller. */
export function oversizedResponse(maxBytes: number, resource: string): GraphQLError {
  return gatewayError(
    'UPSTREAM_UNAVAILABLE',
    `HighLevel sent a response larger than ${maxBytes} bytes for the ${resource}.`,
  );
}

function fromStatus(
  status: number,
  message: string | undefined,
  retryAfter: number | undefined,
  resource: string,
): GraphQLError {
  const extensions = { upstreamStatus: status };
  switch (status) {
    case 400:
    case 413:
    case 414:
    case 422:
    case 431:
      return gatewayError(
        'BAD_USER_INPUT',
        message ?? `HighLevel rejected the request for the ${resource}.`,
        extensions,
      );
    case 401:
      return gatewayError('UNAUTHENTICATED', message ?? 'HighLevel rejected the access token.', extensions);
    case 403:
      return gatewayError('FORBIDDEN', message ?? `The access token may not read this ${resource}.`, extensions);
    case 404:
      return gatewayError('NOT_FOUND', `The ${resource} was not found.`, extensions);
    case 429:
      return gatewayError(
        'RATE_LIMITED',
        `HighLevel's rate limit was reached while loading the ${resource}; retry later.`,
        {
          ...extensions,
          ...(retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter }),
        },
      );
    default:
      if (status >= 500)
        return gatewayError('UPSTREAM_UNAVAILABLE', `HighLevel failed while loading the ${resource}.`, extensions);
      return gatewayError(
        'INTERNAL_SERVER_ERROR',
        `HighLevel answered the request for the ${resource} unexpectedly.`,
        extensions,
      );
  }
}

/**
 * HighLevel's error bodies carry `message` as a string (400/401/403/404) or a list of strings (422): what of it may
 * reach the caller (see upstream-message.ts), or undefined for the code's generic message.
 */
function upstreamMessage(body: unknown, token: string | null): string | undefined {
  if (typeof body === 'string') {
    try {
      return upstreamMessage(JSON.parse(body) as unknown, token);
    } catch {
      return undefined;
    }
  }
  if (typeof body !== 'object' || body === null || !('message' in body)) return undefined;
  return callerFacingMessage(body.message, [token]);
}

/** HighLevel's Retry-After in whole seconds, from delay-seconds or an HTTP-date (see retry-after.ts). */
function retryAfterSeconds(error: HTTPError): number | undefined {
  const waitMs = parseRetryAfter(error.response.headers['retry-after']);
  return waitMs === undefined ? undefined : Math.ceil(waitMs / 1000);
}
