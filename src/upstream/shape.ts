// Minimal checks at the JSON boundary. HighLevel's bodies are trusted for their optional fields (resolvers read them
// liberally) but not for the structure a resolver depends on: a list must be a list, an entity an object.
import { gatewayError } from '../errors.js';

/** Fails with UPSTREAM_UNAVAILABLE when `guard` rejects the body: a broken response, not the caller's fault. */
export function expectShape<T>(body: unknown, guard: (value: unknown) => value is T, resource: string): T {
  if (guard(body)) return body;
  throw gatewayError('UPSTREAM_UNAVAILABLE', `HighLevel sent an unexpected response for the ${resource}.`);
}
