// Scalars: strict on input (RFC 3339 via graphql-scalars), liberal on output: any instant HighLevel sends
// (ISO strings without milliseconds, Unix milliseconds) is served as a UTC ISO string instead of failing the field.
import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';

import { gatewayError } from '../errors.js';

const DateTime = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  serialize(value: unknown): string {
    const instant =
      value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : null;
    if (instant === null || Number.isNaN(instant.getTime())) {
      // Output values come from HighLevel: an unreadable one is its fault, not the caller's or ours.
      throw gatewayError(
        'UPSTREAM_UNAVAILABLE',
        `HighLevel sent a timestamp that is not a date: ${JSON.stringify(value)}.`,
      );
    }
    return instant.toISOString();
  },
});

export const scalarResolvers = { DateTime, JSON: JSONResolver };
