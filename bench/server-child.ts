// One implementation under test in its own process, so that its CPU time and RSS are its own: `gateway` (G,
// createGateway as configured by default), `gateway-nocache` (G sharing nothing across operations: no reference
// cache, no response cache, no joined upstream requests), `direct` (baseline a, over got), `direct-fetch` (the same
// over Node's `fetch`: the engine comparison's limit, bench/engine.ts) or `naive` (baseline b), reading the emulator
// at argv[3]. `gateway-service` is G in service-token mode with HighLevel's own budget, for the burst
// scenario (bench/burst.ts); BENCH_SHARED=off turns off what it shares across operations.
// BENCH_WEBHOOK_PUBLIC_KEY: G verifies webhooks with this key (the emulator's), as `npm start` wires them. G's
// process sets V8's heap growing factor as `npm start`'s does (HEAP_GROWTH_PERCENT, src/heap-growth.ts).
// Commands: `stats`, `settle`, `resetPeak` (see process-stats.ts), `fresh` (a new server, e.g. with an empty cache)
// and `live` (G's live listeners: subscriptions established).
// Each implementation's modules are imported only in its own process, so that none carries another's memory.
import type { GatewayOptions } from '../src/server.js';
import { announce, serveCommands } from './ipc.js';
import { trackProcess } from './process-stats.js';

const [implementation, upstreamUrl = ''] = process.argv.slice(2);

/** Extra createGateway options for experiments, e.g. BENCH_GATEWAY_OPTIONS='{"cache":false}'. */
function extraGatewayOptions(): Partial<GatewayOptions> {
  const raw = process.env['BENCH_GATEWAY_OPTIONS'];
  return raw ? (JSON.parse(raw) as Partial<GatewayOptions>) : {};
}

/** G's process as `npm start` sets it up (HEAP_GROWTH_PERCENT, read as npm start reads it: an experiment may set it). */
async function likeNpmStart(): Promise<void> {
  const { loadConfig } = await import('../src/config.js');
  const { setHeapGrowingPercent } = await import('../src/heap-growth.js');
  setHeapGrowingPercent(loadConfig({ HEAP_GROWTH_PERCENT: process.env['HEAP_GROWTH_PERCENT'] }).heapGrowthPercent);
}

/** The webhook key G verifies with, when the bench sends it webhooks. */
function webhookOptions(): Partial<GatewayOptions> {
  const publicKey = process.env['BENCH_WEBHOOK_PUBLIC_KEY'];
  return publicKey ? { webhooks: { publicKey } } : {};
}

interface Server {
  url: string;
  stop(): Promise<void>;
  live?: { readonly listenerCount: number };
}

async function start(): Promise<Server> {
  switch (implementation) {
    case 'gateway':
    case 'gateway-nocache': {
      await likeNpmStart();
      const { createGateway } = await import('../src/server.js');
      return createGateway({
        upstreamUrl,
        production: true,
        // The bench measures speed, not pacing: HighLevel's 100 requests per 10 s would make every cell a
        // rate-limit test (the budget target is not this bench's).
        rateLimit: { requests: 100_000_000, intervalMs: 10_000, maxQueue: 100_000 },
        maxUpstreamRequestsPerOperation: 10_000,
        ...(implementation === 'gateway-nocache' ? { cache: false, deduplicateUpstreamRequests: false } : {}),
        ...webhookOptions(),
        ...extraGatewayOptions(),
      });
    }
    case 'gateway-service': {
      await likeNpmStart();
      const { createGateway } = await import('../src/server.js');
      const { BURST_AUTH } = await import('./burst-auth.js');
      return createGateway({
        upstreamUrl,
        production: true,
        // Users present their own JWTs; the gateway reads HighLevel with the location's one token.
        auth: { mode: 'service', serviceToken: process.env['BENCH_SERVICE_TOKEN'] ?? '', ...BURST_AUTH },
        ...(process.env['BENCH_SHARED'] === 'off' ? { cache: false, deduplicateUpstreamRequests: false } : {}),
      });
    }
    case 'direct':
      return (await import('./baseline-direct.js')).startDirectServer(upstreamUrl, 'got');
    case 'direct-fetch':
      return (await import('./baseline-direct.js')).startDirectServer(upstreamUrl, 'fetch');
    case 'naive':
      return (await import('./naive-gateway.js')).startNaiveGateway(upstreamUrl);
    default:
      throw new Error(`unknown implementation ${String(implementation)}`);
  }
}

const stats = trackProcess();
let server = await start();
serveCommands(
  async (command) => {
    const processStats = stats.handle(command);
    if (processStats) return { ...processStats };
    if (command['type'] === 'fresh') {
      await server.stop();
      server = await start();
      return { url: server.url };
    }
    if (command['type'] === 'live') return { listeners: server.live?.listenerCount ?? 0 };
    throw new Error(`unknown command ${String(command['type'])}`);
  },
  () => server.stop(),
);
announce({ url: server.url });
