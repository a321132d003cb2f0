// Coded GraphQL errors as a user should read them, and which of them belong to which part of the page (by path).
import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';

/** What each code means to someone looking at the dashboard (src/errors.ts has the operator's version). */
const READABLE: Record<string, string> = {
  UNAUTHENTICATED: 'HighLevel did not accept this token. Sign in again with a valid one.',
  FORBIDDEN: 'This token may not read this location.',
  NOT_FOUND: 'HighLevel has no such record.',
  BAD_USER_INPUT: 'The request was refused',
  RATE_LIMITED: "HighLevel's request budget for this location is used up for now. Try again in a few seconds.",
  REQUEST_LIMIT_EXCEEDED: 'This view needed more HighLevel requests than one query may send; some parts are missing.',
  QUERY_TOO_EXPENSIVE: 'This view would cost too many HighLevel requests; ask for less.',
  PARTIAL_STATISTICS: 'Only the newest days are counted: the rest would have needed more HighLevel requests.',
  UPSTREAM_TIMEOUT: 'HighLevel did not answer in time.',
  UPSTREAM_UNAVAILABLE: 'HighLevel could not be reached or answered with an error.',
  OVERLOADED: 'The gateway is busy. Try again in a moment.',
  SHUTTING_DOWN: 'The gateway is restarting. Try again in a moment.',
};

export interface ReadableError {
  code: string;
  message: string;
  path: readonly (string | number)[];
}

/** The GraphQL errors of an Apollo error (none for a network error: see `networkMessage`). */
export function graphQLErrors(error: ErrorLike | undefined): ReadableError[] {
  if (!error || !CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map(readable);
}

/** A transport failure (no GraphQL answer at all), as one message; undefined when there is none. */
export function networkMessage(error: ErrorLike | undefined): string | undefined {
  if (!error || CombinedGraphQLErrors.is(error)) return undefined;
  return `The gateway could not be reached: ${error.message}`;
}

function readable(error: GraphQLFormattedError): ReadableError {
  const code = typeof error.extensions?.['code'] === 'string' ? error.extensions['code'] : 'INTERNAL_SERVER_ERROR';
  const known = READABLE[code];
  // The caller's own mistakes say what was wrong; the rest read better in plain words.
  const message = code === 'BAD_USER_INPUT' ? `${known ?? ''}: ${error.message}` : (known ?? error.message);
  return { code, message, path: error.path ?? [] };
}

/** The errors at `prefix` or below it. */
export function errorsAt(errors: ReadableError[], prefix: readonly (string | number)[]): ReadableError[] {
  return errors.filter((error) => prefix.every((part, index) => error.path[index] === part));
}
