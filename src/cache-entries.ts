// What an entry of Apollo's caches must look like when read back from Redis (the reference cache's own check is
// referenceEntryIsValid in src/cache.ts). Apollo trusts its cache: a response entry it cannot read fails the request
// with a 500, and a persisted query is run without checking it against its hash. Redis is shared, so each entry is
// checked on the way out and a bad one is a miss.
import { createHash } from 'node:crypto';

import { isRecord } from './guards.js';

/**
 * A whole-response entry as @apollo/server-plugin-response-cache 5 writes it: `{ data, cachePolicy, cacheTime }`,
 * with `data` an object with at least one field (an operation selects at least one) and a policy Apollo can apply.
 */
export function responseEntryIsValid(_key: string, text: string): boolean {
  let entry: unknown;
  try {
    entry = JSON.parse(text);
  } catch {
    return false;
  }
  if (!isRecord(entry) || !isRecord(entry['data']) || Object.keys(entry['data']).length === 0) return false;
  const policy = entry['cachePolicy'];
  return (
    Number.isFinite(entry['cacheTime']) &&
    isRecord(policy) &&
    typeof policy['maxAge'] === 'number' &&
    policy['maxAge'] >= 0 &&
    (policy['scope'] === undefined || policy['scope'] === 'PUBLIC' || policy['scope'] === 'PRIVATE')
  );
}

/** Apollo's key for a persisted query: `apq:` and the SHA-256 (hex) of the query's text. */
const PERSISTED_QUERY_KEY = /^apq:([0-9a-f]{64})$/;

/** A persisted query is valid when it is the document its key's hash names, and nothing else. */
export function persistedQueryIsValid(key: string, text: string): boolean {
  const hash = PERSISTED_QUERY_KEY.exec(key)?.[1];
  return hash !== undefined && createHash('sha256').update(text).digest('hex') === hash;
}
