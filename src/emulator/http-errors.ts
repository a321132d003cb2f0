// HighLevel's error bodies (NestJS style): `{ statusCode, message, error }`, where 422s carry a list of messages.
import { STATUS_CODES } from 'node:http';

import type { BadRequestBody, UnauthorizedBody, UnprocessableBody } from './types.js';

export type ErrorBody = BadRequestBody | UnauthorizedBody | UnprocessableBody;

/** Thrown by route handlers; the server turns it into a response. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: ErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(Array.isArray(body.message) ? body.message.join('; ') : (body.message ?? `HTTP ${statusCode}`));
  }
}

function reason(status: number): string {
  return STATUS_CODES[status] ?? 'Error';
}

/** The body HighLevel sends for `status` with `message` (a default message per status when omitted). */
export function errorBody(status: number, message?: string | string[]): ErrorBody {
  if (status === 422) {
    const messages = message === undefined ? ['Unprocessable Entity'] : Array.isArray(message) ? message : [message];
    return { statusCode: 422, message: messages, error: 'Unprocessable Entity' } satisfies UnprocessableBody;
  }
  const text = Array.isArray(message) ? message.join('; ') : (message ?? DEFAULT_MESSAGES[status] ?? reason(status));
  return { statusCode: status, message: text, error: reason(status) };
}

const DEFAULT_MESSAGES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Invalid token: access token is invalid',
  403: 'The token does not have access to this location.',
  404: 'Not Found',
  429: 'Too many requests',
  500: 'Internal server error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export const unauthorized = (): HttpError => new HttpError(401, errorBody(401));

export const forbiddenLocation = (): HttpError => new HttpError(403, errorBody(403));

export const notFound = (message: string): HttpError => new HttpError(404, errorBody(404, message));

export const unprocessable = (messages: string[]): HttpError => new HttpError(422, errorBody(422, messages));

export const badVersion = (expected: string): HttpError =>
  new HttpError(
    400,
    errorBody(400, `Version header is missing or invalid; this endpoint expects Version: ${expected}`),
  );

export const tooManyRequests = (retryAfterSeconds: number): HttpError =>
  new HttpError(429, errorBody(429), { 'retry-after': String(retryAfterSeconds) });
