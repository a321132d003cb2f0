// Starts the HighLevel emulator and the gateway on ephemeral loopback ports, and speaks GraphQL over real HTTP.
import { type Emulator, type EmulatorOptions, PINNED_BASE_DATE, startEmulator } from '../../src/emulator/server.js';
import { WEBHOOK_PATH } from '../../src/live/webhook-route.js';
import { createGateway, type Gateway, type GatewayOptions } from '../../src/server.js';
import { GATEWAY_DEFAULTS } from '../../src/settings.js';
import { createUpstreamHttp, type UpstreamHttp } from '../../src/upstream/http.js';
import { type Document, documentText, type GraphQLResponse, type RequestOptions, sendPayload } from './graphql.js';

export type { GraphQLResponse } from './graphql.js';

export interface Stack {
  emulator: Emulator;
  gateway: Gateway;
  /** Location 1, which holds HighLevel's reference call log. */
  locationId: string;
  /** A token that reads location 1 only. */
  token: string;
  /**
   * POSTs a GraphQL operation with the stack's token; `token: null` sends no Authorization header. A typed document
   * types `data` and the variables; a string document (deliberately invalid, fuzzed, built at run time) is read as
   * `Data`.
   */
  query<Data = Record<string, unknown>, Variables = Record<string, unknown>>(
    document: Document<Data, Variables>,
    variables?: NoInfer<Variables>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<Data>>;
  stop(): Promise<void>;
}

/**
 * An emulator whose seeded calls end at PINNED_BASE_DATE, whatever the day: the ids and figures tests rely on. A test
 * that wants data up to today passes `baseDate` itself.
 */
export function startTestEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({ baseDate: PINNED_BASE_DATE, ...options });
}

export async function startStack(
  options: { emulator?: EmulatorOptions; gateway?: Partial<GatewayOptions> } = {},
): Promise<Stack> {
  // Tests count requests exactly: the emulator answers no 429 (the rate-limit tests turn it on), with a budget so
  // large that its X-RateLimit-Remaining, which the gateway obeys, never runs out in a test.
  const emulator = await startTestEmulator({ rateLimit: { enforce: false, max: 10_000_000 }, ...options.emulator });
  const locationId = emulator.locations[0] ?? '';
  const token = emulator.tokens.byLocation[locationId] ?? '';
  const gateway = await createGateway({
    // As `npm start` does: the dashboard (when served) opens on location 1 with its token.
    dashboardPreset: { token, locationId },
    upstreamUrl: emulator.url,
    upstreamRetries: 0,
    // Suites count requests, they do not pace them: the limiter has tests of its own (test/rate-limit.test.ts).
    rateLimit: { requests: 1_000_000, intervalMs: 10_000, maxQueue: 1_000 },
    // Nor do they want answers remembered from one query to the next: the cache has tests of its own.
    cache: false,
    // Nor polls among the requests they count: polling has tests of its own (test/live-watches.test.ts).
    livePollIntervalMs: 0,
    ...options.gateway,
    // The emulator's webhooks verify (its key, not HighLevel's), as `npm start` wires them.
    webhooks:
      options.gateway?.webhooks === false
        ? false
        : { publicKey: emulator.webhooks.publicKey, ...options.gateway?.webhooks },
  });
  if (options.gateway?.webhooks !== false) {
    emulator.webhooks.setTargets([new URL(WEBHOOK_PATH, gateway.url).toString()]);
  }
  return {
    emulator,
    gateway,
    locationId,
    token,
    query<Data, Variables>(document: Document<Data, Variables>, variables?: Variables, options: RequestOptions = {}) {
      return sendPayload<Data>(
        gateway.url,
        { query: documentText(document), variables: variables ?? {} },
        { ...options, token: options.token === undefined ? token : options.token },
      );
    },
    async stop() {
      await gateway.stop();
      await emulator.stop();
    },
  };
}

/** The gateway's HTTP layer alone, pointed at the stack's emulator, with the suites' settings (no retries, no pacing). */
export function upstreamHttpFor(stack: Stack): UpstreamHttp {
  return createUpstreamHttp({
    baseUrl: stack.emulator.url,
    timeoutMs: 10_000,
    retries: 0,
    rateLimit: { requests: 1_000_000, intervalMs: 10_000, maxQueue: 1_000 },
    maxConcurrency: 64,
    maxConcurrencyPerLocation: 64,
    maxResponseBytes: GATEWAY_DEFAULTS.upstreamMaxResponseBytes,
  });
}
