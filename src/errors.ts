// Every `extensions.code` a client can receive, and the one factory for the gateway's own errors. The status-to-code
// mapping for HighLevel's answers lives beside the HTTP client (src/upstream/errors.ts); the codes live here.
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';

/** Codes the gateway raises itself, with when a client sees each (the README's error table says the same). */
export const GATEWAY_ERROR_CODES = {
  UNAUTHENTICATED:
    'No usable credential: no Bearer header, HighLevel answered 401, or no valid JWT (service mode); a webhook not signed by HighLevel.',
  FORBIDDEN: 'HighLevel answered 403, or the caller may not read that location (service mode).',
  NOT_FOUND:
    'The call log asked for (by `callLog` or as an `_entities` representation) does not exist in the location; also an unknown HTTP path.',
  BAD_USER_INPUT: "The caller's arguments were refused, by the gateway before any upstream call or by HighLevel.",
  BAD_REQUEST:
    'The HTTP request was not a GraphQL request the gateway can read, or a webhook body no JSON object or too large.',
  RATE_LIMITED: "HighLevel's 429 persisted, or the location's queue is full or would outlast the deadline.",
  REQUEST_LIMIT_EXCEEDED: 'The operation used its cap of upstream requests; the rest of its data still arrives.',
  QUERY_TOO_EXPENSIVE: 'The static estimate of upstream requests is over the limit; refused before execution.',
  PARTIAL_STATISTICS:
    'callStatistics used its upstream budget before reading every day: the newest days are answered, the rest not.',
  PERSISTED_QUERY_NOT_IN_LIST: 'Safelist mode: the operation is not one of operations/*.graphql.',
  UPSTREAM_TIMEOUT: 'HighLevel did not answer in time, retries included, or the operation ran out of time.',
  UPSTREAM_UNAVAILABLE:
    "HighLevel's 5xx persisted, it could not be reached, or it sent something unreadable or too large.",
  OVERLOADED:
    'MAX_CONCURRENT_OPERATIONS operations were in flight, or LIVE_MAX_CONNECTIONS live connections were open: refused at once (HTTP 503, Retry-After).',
  SUBSCRIPTION_LIMIT_EXCEEDED:
    'A subscription past LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION on its WebSocket, or past LIVE_MAX_SUBSCRIPTIONS_PER_CREDENTIAL for its credential.',
  SHUTTING_DOWN:
    'The instance is stopping: a request after the signal (HTTP 503), or what the drain could not wait for.',
  INTERNAL_SERVER_ERROR: 'Anything unexpected; in production its message is replaced.',
} as const;

export type GatewayErrorCode = keyof typeof GATEWAY_ERROR_CODES;

/** Every code a response may carry: the gateway's and Apollo Server's (parse, validation, persisted queries). */
export type ErrorCode = GatewayErrorCode | `${ApolloServerErrorCode}`;

export const ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  ...(Object.keys(GATEWAY_ERROR_CODES) as GatewayErrorCode[]),
  ...Object.values(ApolloServerErrorCode),
]);

/** `path`: for an error reported beside a field's data (src/partial-errors.ts), the field's path. */
export function gatewayError(
  code: GatewayErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
  path?: readonly (string | number)[],
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code }, ...(path ? { path } : {}) });
}

export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return gatewayError('BAD_USER_INPUT', message, argumentName ? { argumentName } : {});
}

export function isErrorCode(error: unknown, code: ErrorCode): boolean {
  return error instanceof GraphQLError && error.extensions['code'] === code;
}

/** The body of an error answered outside GraphQL execution (HTTP-level refusals), in GraphQL's error shape. */
export function errorResponseBody(code: ErrorCode, message: string): { errors: [GraphQLErrorBody] } {
  return { errors: [{ message, extensions: { code } }] };
}

interface GraphQLErrorBody {
  message: string;
  extensions: { code: ErrorCode };
}
