// What a route module declares (id, paths, required Version header, handler) and the checks routes share.
import { forbiddenLocation, unprocessable } from '../http-errors.js';
import type { EmulatorStore } from '../store.js';
import { canRead, type TokenGrant } from '../tokens.js';

/** Route ids name routes in the request log and in fault rules. */
export const ROUTE_IDS = [
  'callLogs.list',
  'callLogs.get',
  'agents.get',
  'contacts.get',
  'workflows.list',
  'calendars.get',
  'customFields.list',
  'knowledgeBases.get',
  'messages.get',
] as const;

type RouteId = (typeof ROUTE_IDS)[number];

export interface RouteRequest {
  params: Readonly<Record<string, string>>;
  /** Repeated keys arrive joined with commas. */
  query: Readonly<Record<string, string>>;
  grant: TokenGrant;
  store: EmulatorStore;
}

/** A body already serialized (the list route joins cached per-log JSON). */
export class JsonText {
  constructor(readonly text: string) {}
}

export interface EmulatorRoute {
  id: RouteId;
  /** fastify path patterns. */
  paths: readonly string[];
  /** The `Version` header the route's API family requires. */
  version: string;
  /** Returns the 200 body, or throws an HttpError. */
  handle(request: RouteRequest): object;
}

/** A required query parameter; HighLevel answers 422 with class-validator messages when it is missing. */
export function requiredQuery(request: RouteRequest, name: string): string {
  const value = request.query[name];
  if (value === undefined || value === '')
    throw unprocessable([`${name} should not be empty`, `${name} must be a string`]);
  return value;
}

export function requireLocationAccess(request: RouteRequest, locationId: string): void {
  // Unknown locations are forbidden too, for every token (HighLevel does not confirm that a location exists).
  if (!request.store.hasLocation(locationId) || !canRead(request.grant, locationId)) throw forbiddenLocation();
}
