// Everything one GraphQL request owns: its caller's credential, upstream clients bound to it, and fresh
// DataLoaders. Nothing here outlives the request, so callers never share a credential or a cached value.
import { createLoaders, type Loaders } from './loaders.js';
import { createUpstreamClients, type UpstreamClients } from './upstream/clients.js';
import type { UpstreamHttp } from './upstream/http.js';

export interface GatewayContext {
  clients: UpstreamClients;
  loaders: Loaders;
}

/** Reads the caller's HighLevel token from `Authorization: Bearer <token>`; anything else counts as none. */
export function bearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1] ?? null;
}

export function createContext(http: UpstreamHttp, authorization: string | undefined): GatewayContext {
  const clients = createUpstreamClients(http, bearerToken(authorization));
  return { clients, loaders: createLoaders(clients) };
}
