// `npm start`: reads the configuration, starts the embedded HighLevel emulator when no HIGHLEVEL_API_URL is set,
// starts the gateway, and shuts both down cleanly on SIGINT/SIGTERM. With the emulator, its webhooks go to the
// gateway, verified with its key: the calls it places (every EMULATOR_CALL_INTERVAL_MS) arrive with no setup.
import { ConfigError, loadConfig } from './config.js';
import { DASHBOARD_PATH } from './dashboard.js';
import { type Emulator, FaultRuleError, parseFaultRules, startEmulator } from './emulator/server.js';
import { setHeapGrowingPercent } from './heap-growth.js';
import { WEBHOOK_PATH } from './live/webhook-route.js';
import { createLogger } from './observability/logger.js';
import { createGateway } from './server.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const heapGrowingPercent = setHeapGrowingPercent(config.heapGrowthPercent);
  const logger = createLogger({ level: config.logLevel, pretty: config.logFormat === 'pretty' });
  logger.info(
    { heapGrowingPercent },
    heapGrowingPercent === null ? "V8's own heap growing factor" : 'V8 heap growing factor set',
  );
  let emulator: Emulator | undefined;
  let upstreamUrl = config.highLevelApiUrl;
  if (upstreamUrl === null) {
    emulator = await startEmulator({
      port: config.emulatorPort,
      latencyMs: config.emulatorLatencyMs,
      faults: emulatorFaults(config.emulatorFaults),
      rateLimit: { enforce: config.emulatorRateLimit },
      ...(config.emulatorBaseDate ? { baseDate: config.emulatorBaseDate } : {}),
      callIntervalMs: config.emulatorCallIntervalMs,
    });
    upstreamUrl = emulator.url;
  }
  // The emulator signs with a key of its own, not HighLevel's.
  const webhooks =
    config.webhooks && emulator ? { ...config.webhooks, publicKey: emulator.webhooks.publicKey } : config.webhooks;
  // The dashboard opens on the emulator's first location with its token: a token that reads only the emulator.
  const [firstLocation] = emulator?.locations ?? [];
  const firstToken = firstLocation === undefined ? undefined : emulator?.tokens.byLocation[firstLocation];
  const dashboardPreset =
    firstLocation !== undefined && firstToken !== undefined
      ? { token: firstToken, locationId: firstLocation }
      : undefined;
  const gateway = await createGateway({
    ...config,
    upstreamUrl,
    webhooks,
    logger,
    ...(dashboardPreset ? { dashboardPreset } : {}),
  });
  if (emulator && webhooks) emulator.webhooks.setTargets([new URL(WEBHOOK_PATH, gateway.url).toString()]);

  console.log(`GraphQL gateway ready at ${gateway.url}`);
  if (config.dashboard) console.log(`Dashboard: ${new URL(DASHBOARD_PATH, gateway.url).toString()}`);
  if (emulator) {
    console.log(`Upstream: embedded HighLevel emulator at ${emulator.url} (set HIGHLEVEL_API_URL to use the real API)`);
    console.log(`Locations: ${emulator.locations.join(', ')}`);
    console.log(`Paste this header to query location ${firstLocation ?? ''}:`);
    console.log(
      `  {"Authorization": "Bearer ${firstLocation ? emulator.tokens.byLocation[firstLocation] : emulator.tokens.agency}"}`,
    );
    if (webhooks && config.emulatorCallIntervalMs > 0) {
      console.log(
        `The emulator places a call every ${config.emulatorCallIntervalMs / 1000} s in location ${firstLocation ?? ''}: its webhook arrives at ${WEBHOOK_PATH}`,
      );
      console.log(
        `Watch them live: subscription { callLogCreated(locationId: "${firstLocation ?? ''}") { id duration contact { name } } } (in Sandbox, over ${gateway.url.replace(/^http/, 'ws')})`,
      );
    }
    console.log(`A token that reads every location: Bearer ${emulator.tokens.agency}`);
  } else {
    console.log(
      config.auth.mode === 'service'
        ? `Upstream: ${upstreamUrl} with the gateway's service token; callers authenticate with JWTs`
        : `Upstream: ${upstreamUrl} (each caller's Authorization header is forwarded)`,
    );
  }

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    void (async () => {
      // The gateway drains first: its in-flight requests may still need the emulator.
      await gateway.stop();
      await emulator?.stop();
      logger.flush();
      process.exit(0);
    })().catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  };
  process.once('SIGINT', () => {
    shutdown('SIGINT');
  });
  process.once('SIGTERM', () => {
    shutdown('SIGTERM');
  });
}

function emulatorFaults(rules: unknown) {
  try {
    return parseFaultRules(rules);
  } catch (error) {
    if (error instanceof FaultRuleError) throw new ConfigError([`EMULATOR_FAULTS: ${error.message}`]);
    throw error;
  }
}

// A server must not end because one request's promise was left unhandled somewhere in a library: log it, go on.
process.on('unhandledRejection', (reason) => {
  console.error(JSON.stringify({ level: 'error', msg: 'unhandled promise rejection', reason: String(reason) }));
});

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
