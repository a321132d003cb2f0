// The parts of a fastify request that HighLevel's checks, the request log and the routes read, as plain strings.
import type { FastifyRequest } from 'fastify';

export interface Arrival {
  method: string;
  /** The URL without its query string. */
  path: string;
  params: Record<string, string>;
  query: Record<string, string>;
  authorization: string | undefined;
  /** The `Version` header. */
  version: string | undefined;
}

export function readArrival(request: FastifyRequest): Arrival {
  return {
    method: request.method,
    path: request.url.split('?', 1)[0] ?? request.url,
    params: request.params as Record<string, string>,
    query: flattenQuery(request.query),
    authorization: header(request, 'authorization'),
    version: header(request, 'version'),
  };
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Query values as strings; a repeated key arrives joined with commas, as HighLevel's list parameters are sent. */
function flattenQuery(query: unknown): Record<string, string> {
  const flat: Record<string, string> = {};
  if (query === null || typeof query !== 'object') return flat;
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
    if (typeof value === 'string') flat[key] = value;
    else if (Array.isArray(value)) flat[key] = value.filter((item) => typeof item === 'string').join(',');
  }
  return flat;
}
