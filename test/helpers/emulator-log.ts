// Reading the emulator's request log: what it counts, and what it keeps of a token.
import { createHash } from 'node:crypto';

import type { Emulator } from '../../src/emulator/server.js';

/** Requests in the emulator's log, by route id (e.g. `{ 'callLogs.list': 1, 'contacts.get': 3 }`). */
export function countsByRoute(emulator: Emulator): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { route } of emulator.requests.all()) counts[route] = (counts[route] ?? 0) + 1;
  return counts;
}

/** What the emulator's request log keeps of a token: the first 12 hex characters of its SHA-256. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 12);
}
