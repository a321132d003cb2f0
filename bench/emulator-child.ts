// The HighLevel emulator in its own process, so that its CPU time is not the servers' or the load generator's.
// Arguments: the upstream latency in ms, then `enforce` for HighLevel's own budget (100 requests per 10 s per token,
// 429 past it) instead of one too large to matter.
// BENCH_BASE_DATE (an instant) ends the seeded calls there instead of at the pinned date the other scenarios use.
// Commands: `latency` (ms), `mark` (drains the request log: the running request count, requests per route since the
// last mark, and with `detail` each request's route, start and duration), `mint` (a new token for `locationId`: a
// tenant no cache has seen), `mintMany` (`count` of them at once), `webhookTargets` (where placed calls' webhooks go), `placeCalls` (`count` calls, one every
// `intervalMs`, in `locations` by turns, each placed on time whether or not the previous webhook was answered: each
// call's id, references, the instant its webhook started (just before it is built, signed and POSTed) and the status
// it got).
import { REFERENCE_IDS } from '../src/emulator/seed-reference.js';
import { PINNED_BASE_DATE, startEmulator } from '../src/emulator/server.js';
import { announce, serveCommands } from './ipc.js';
import { placeCalls, type PlacedCallTiming } from './placed-call-schedule.js';
import { trackProcess } from './process-stats.js';

const emulator = await startEmulator({
  baseDate: process.env['BENCH_BASE_DATE'] ?? PINNED_BASE_DATE,
  latencyMs: Number(process.argv[2] ?? '0'),
  rateLimit:
    process.argv[3] === 'enforce'
      ? { enforce: true }
      : // Never 429, and a budget so large that the X-RateLimit-Remaining the gateway obeys never runs low.
        { enforce: false, max: 1_000_000_000, daily: 1_000_000_000_000 },
});
const stats = trackProcess();
/** The request log's `seq` keeps counting across clear(): the last seen seq counts every request, dropped or not. */
let lastSeq = 0;

function mark(detail: boolean): Record<string, unknown> {
  const entries = emulator.requests.all();
  emulator.requests.clear();
  const routes: Record<string, number> = {};
  for (const entry of entries) routes[entry.route] = (routes[entry.route] ?? 0) + 1;
  lastSeq = entries.at(-1)?.seq ?? lastSeq;
  if (!detail) return { seq: lastSeq, routes };
  const requests = entries.map(({ route, startedAt, durationMs, status }) => ({
    route,
    startedAt,
    durationMs,
    status,
  }));
  return { seq: lastSeq, routes, requests };
}

serveCommands(
  (command) => {
    const processStats = stats.handle(command);
    if (processStats) return { ...processStats };
    if (command['type'] === 'latency') {
      emulator.setLatency(Number(command['ms']));
      return {};
    }
    if (command['type'] === 'mark') return mark(command['detail'] === true);
    if (command['type'] === 'mint') return { token: emulator.mintToken(String(command['locationId'])) };
    if (command['type'] === 'mintMany') {
      const locationId = String(command['locationId']);
      return { tokens: Array.from({ length: Number(command['count']) }, () => emulator.mintToken(locationId)) };
    }
    if (command['type'] === 'webhookTargets') {
      emulator.webhooks.setTargets(command['targets'] as string[]);
      return {};
    }
    if (command['type'] === 'placeCalls') {
      return placeCalls(emulator, {
        locations: command['locations'] as string[],
        count: Number(command['count']),
        intervalMs: Number(command['intervalMs']),
      }).then((calls: PlacedCallTiming[]) => ({ calls }));
    }
    throw new Error(`unknown command ${String(command['type'])}`);
  },
  () => emulator.stop(),
);

const locationId = emulator.locations[0] ?? '';
announce({
  url: emulator.url,
  locationId,
  token: emulator.tokens.byLocation[locationId] ?? '',
  callLogId: REFERENCE_IDS.callLog,
  locations: emulator.locations,
  webhookPublicKey: emulator.webhooks.publicKey,
});
