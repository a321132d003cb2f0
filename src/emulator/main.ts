// `npm run emulator`: the HighLevel emulator on its own, for curl, Apollo Sandbox against the gateway, or benches.
// Environment: EMULATOR_PORT or PORT (default 4010), EMULATOR_HOST (default 127.0.0.1), EMULATOR_LATENCY_MS,
// EMULATOR_FAULTS (JSON array of fault rules), EMULATOR_SEED, EMULATOR_RATE_LIMIT=off (report, never 429),
// EMULATOR_BASE_DATE (where the seeded calls end; default now), EMULATOR_CALL_INTERVAL_MS (place a call this often;
// default 0, none), EMULATOR_WEBHOOK_TARGETS (comma-separated URLs that receive the signed webhooks).
import { type FaultRule, parseFaultRules, startEmulator } from './server.js';

function readNumber(name: string, fallback: number | undefined): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return value;
}

function readDate(name: string): Date | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const date = new Date(raw);
  if (!Number.isFinite(date.getTime())) throw new Error(`${name} must be an ISO 8601 date, got "${raw}"`);
  return date;
}

function readFaults(): FaultRule[] {
  const raw = process.env['EMULATOR_FAULTS'];
  if (raw === undefined || raw.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error(
      'EMULATOR_FAULTS must be a JSON array of fault rules, e.g. [{"route":"contacts.get","status":503,"times":1}]',
    );
  }
  return parseFaultRules(parsed);
}

async function main(): Promise<void> {
  const port = readNumber('EMULATOR_PORT', undefined) ?? readNumber('PORT', 4010);
  const emulator = await startEmulator({
    port,
    host: process.env['EMULATOR_HOST'] ?? '127.0.0.1',
    latencyMs: readNumber('EMULATOR_LATENCY_MS', 0),
    faults: readFaults(),
    seed: readNumber('EMULATOR_SEED', undefined),
    baseDate: readDate('EMULATOR_BASE_DATE') ?? new Date(),
    rateLimit: { enforce: process.env['EMULATOR_RATE_LIMIT'] !== 'off' },
    callIntervalMs: readNumber('EMULATOR_CALL_INTERVAL_MS', 0),
    webhookTargets: (process.env['EMULATOR_WEBHOOK_TARGETS'] ?? '')
      .split(',')
      .map((url) => url.trim())
      .filter((url) => url !== ''),
  });

  const [first] = emulator.locations;
  console.log(`HighLevel emulator listening at ${emulator.url}`);
  for (const locationId of emulator.locations) {
    console.log(`  location ${locationId}  token: ${emulator.tokens.byLocation[locationId] ?? ''}`);
  }
  console.log(`  agency token (every location): ${emulator.tokens.agency}`);
  console.log(`Try:`);
  console.log(
    `  curl -H 'Authorization: Bearer ${first ? (emulator.tokens.byLocation[first] ?? '') : ''}' -H 'Version: 2021-04-15' '${emulator.url}/voice-ai/dashboard/call-logs?locationId=${first ?? ''}&pageSize=2'`,
  );
  console.log(`Admin: ${emulator.url}/__emulator/{requests,faults,latency,tokens,webhooks,calls}`);
  console.log(`Webhook targets: ${emulator.webhooks.targets().join(', ') || 'none'}; signed with the Ed25519 key`);
  console.log(emulator.webhooks.publicKey.trim());

  const shutdown = (signal: string): void => {
    console.log(`${signal}: stopping the emulator`);
    void emulator.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', () => {
    shutdown('SIGINT');
  });
  process.once('SIGTERM', () => {
    shutdown('SIGTERM');
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
