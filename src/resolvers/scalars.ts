// Scalars: strict on input (RFC 3339 via graphql-scalars), liberal on output: any instant HighLevel sends
// (ISO strings without milliseconds, Unix milliseconds) is served as a UTC ISO string instead of failing the field.
// Both code their refusals of an upstream value themselves (src/resolvers/upstream-values.ts checks the rest).
import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';

import { gatewayError } from '../errors.js';
import { boundedJson } from './upstream-values.js';

const DateTime = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  serialize(value: unknown): string {
    const instant =
      value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : null;
    if (instant === null || Number.isNaN(instant.getTime())) {
      // Output values come from HighLevel: an unreadable one is its fault, not the caller's or ours.
      // Not echoed: it may be anything, of any size or depth.
      throw gatewayError('UPSTREAM_UNAVAILABLE', 'HighLevel sent a timestamp that is not a date.');
    }
    return instant.toISOString();
  },
});

/**
 * Any JSON value, but none nested deeper than MAX_JSON_DEPTH: JSON.parse reads a value 10,000 levels deep, and then
 * the response's serialization (or the response cache's) overflows the stack and answers 500 for the whole response.
 */
const JsonScalar = new GraphQLScalarType({
  ...JSONResolver.toConfig(),
  serialize: boundedJson,
});

export const scalarResolvers = { DateTime, JSON: JsonScalar };
