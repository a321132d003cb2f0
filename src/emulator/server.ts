// A local HighLevel: the REST routes the gateway reads, served by fastify from deterministic seed data, with
// HighLevel's auth, Version header, rate limits and error shapes, plus injectable latency and faults and a request
// log that tests read; and HighLevel's webhooks: placed calls and contact changes, signed, POSTed to the configured
// targets. Imports nothing from the gateway.
import Fastify, { type FastifyInstance } from 'fastify';

import { registerAdminRoutes } from './admin.js';
import { CallTicker } from './call-ticker.js';
import { registerFallbacks } from './fallbacks.js';
import { FaultInjector, type FaultRule } from './faults.js';
import { Lifetime } from './lifetime.js';
import { RateLimiter, type RateLimitOptions } from './rate-limit.js';
import { RequestLog, type RequestLogEntry } from './request-log.js';
import { createRestHandler, registerRestRoutes } from './rest-handler.js';
import { buildSeed, DEFAULT_SEED } from './seed.js';
import { type EmulatorState, Latency } from './state.js';
import { EmulatorStore } from './store.js';
import { type EmulatorTokens, TokenRegistry } from './tokens.js';
import type { ContactRecord } from './types.js';
import type { WebhookDelivery } from './webhook-sender.js';
import type { WebhookSigning } from './webhook-signing.js';
import { type ContactChange, EmulatorWebhooks, type PlacedCall, type SendOptions } from './webhooks.js';

export type { FaultRule } from './faults.js';
export { FaultRuleError, parseFaultRules } from './faults.js';
export type { RequestLogEntry } from './request-log.js';
export { PINNED_BASE_DATE } from './seed.js';
export type { CallLogQuery } from './store.js';

export interface EmulatorOptions {
  /** Default 0 (an ephemeral port). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Added to every response (not to admin calls). Default 0. */
  latencyMs?: number;
  faults?: FaultRule[];
  /** Seeds the data and the fault PRNG. Default 20251101. */
  seed?: number;
  /**
   * The seeded calls end at this instant (deterministic for a given date and seed). Default: now, so that the last
   * days hold calls; tests pin PINNED_BASE_DATE (src/emulator/seed.ts).
   */
  baseDate?: Date | string;
  rateLimit?: RateLimitOptions;
  /** fastify's logger. Default false. */
  logger?: boolean;
  /** The request log keeps at most this many entries (oldest dropped first). Default 100,000. */
  requestLogLimit?: number;
  /** Places a call (see Emulator.placeCall) every this many ms; 0, the default, places none by itself. */
  callIntervalMs?: number;
  /** Where webhooks are POSTed (see Emulator.webhooks). Default: nowhere. */
  webhookTargets?: string[];
}

export interface Emulator {
  /** e.g. http://127.0.0.1:54321 */
  url: string;
  tokens: EmulatorTokens;
  /** Location ids, location 1 (LOC123456789ABCDEF, the reference location) first. */
  locations: string[];
  store: EmulatorStore;
  requests: { all(): RequestLogEntry[]; clear(): void; count(filter?: { route?: string }): number };
  faults: { set(rules: FaultRule[]): void; clear(): void; list(): FaultRule[] };
  setLatency(ms: number): void;
  /** A new token that reads `locationId` only (another tenant of that location); throws for an unknown location. */
  mintToken(locationId: string): string;
  /** Withdraws a token: every later request with it is answered 401. Throws for a token the emulator does not know. */
  revokeToken(token: string): void;
  /** Forgets every token's rate-limit counters. */
  resetRateLimits(): void;
  /** HighLevel's webhooks as the emulator sends them: its keys, and where they go. */
  webhooks: {
    /** The Ed25519 public key that verifies `X-GHL-Signature`, as SPKI PEM (HighLevel publishes its own so). */
    readonly publicKey: string;
    /** The RSA public key that verifies the legacy `X-WH-Signature`, as SPKI PEM. */
    readonly rsaPublicKey: string;
    targets(): string[];
    /** Throws unless each is an http(s) URL. */
    setTargets(urls: string[]): void;
    /** POSTs `body` as it is (e.g. a placed call's, again: a duplicate) to every target, signed as asked. */
    send(body: string, signing?: WebhookSigning): Promise<WebhookDelivery[]>;
    /** The signature headers `send` would add to `body` (to send another body under them: a tampered one). */
    signatureHeaders(body: string, signing?: WebhookSigning): Record<string, string>;
  };
  /**
   * A call ended now in `locationId` (default location 1): a new call log, served by the list (newest first) and get
   * routes, then a signed VoiceAiCallEnd to every webhook target. Throws for an unknown location.
   */
  placeCall(locationId?: string, options?: SendOptions): Promise<PlacedCall>;
  /** Changes a contact in the store, then sends ContactUpdate. Throws for an unknown contact. */
  updateContact(
    contactId: string,
    changes: Partial<Omit<ContactRecord, 'id' | 'locationId'>>,
    options?: SendOptions,
  ): Promise<ContactChange>;
  /** Removes a contact from the store (its route answers 404), then sends ContactDelete. */
  deleteContact(contactId: string, options?: SendOptions): Promise<ContactChange>;
  /** Closes the server and every connection, including sockets held by timeout faults. */
  stop(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const state = createState(options);
  const lifetime = new Lifetime();
  const ticker = new CallTicker(options.callIntervalMs ?? 0, () =>
    state.webhooks.placeCall(state.store.locationIds[0] ?? ''),
  );
  const app = Fastify({ logger: options.logger ?? false, forceCloseConnections: true, exposeHeadRoutes: false });
  const serve = createRestHandler(state, lifetime);
  registerRestRoutes(app, serve);
  registerAdminRoutes(app, state);
  registerFallbacks(app, serve);
  const url = await listen(app, options.port ?? 0, options.host ?? '127.0.0.1');
  ticker.start();
  return emulatorHandle(url, state, stopOnce(lifetime, app, ticker, state.webhooks));
}

function createState(options: EmulatorOptions): EmulatorState {
  const seed = options.seed ?? DEFAULT_SEED;
  const store = new EmulatorStore(buildSeed(seed, options.baseDate ?? new Date()));
  const webhooks = new EmulatorWebhooks(store, seed);
  webhooks.sender.setTargets(options.webhookTargets ?? []);
  return {
    store,
    registry: new TokenRegistry(store.locationIds),
    requestLog: new RequestLog(options.requestLogLimit),
    faults: new FaultInjector(seed, options.faults ?? []),
    limiter: new RateLimiter(options.rateLimit),
    latency: new Latency(options.latencyMs ?? 0),
    webhooks,
  };
}

/** Resolves to the URL clients use once the server is listening. */
async function listen(app: FastifyInstance, port: number, host: string): Promise<string> {
  await app.listen({ port, host });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('emulator: no TCP address');
  const hostname = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${hostname}:${address.port}`;
}

/**
 * Later calls share the first call's close, so a second stop() waits for it rather than closing twice. Calls being
 * placed and webhooks being sent finish first: nothing arrives from the emulator after stop().
 */
function stopOnce(
  lifetime: Lifetime,
  app: FastifyInstance,
  ticker: CallTicker,
  webhooks: EmulatorWebhooks,
): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= (async () => {
      await ticker.stop();
      await webhooks.sender.settled();
      lifetime.end();
      await app.close();
    })();
    return stopping;
  };
}

function emulatorHandle(url: string, state: EmulatorState, stop: () => Promise<void>): Emulator {
  const { store, registry, requestLog, faults, limiter, latency, webhooks } = state;
  return {
    url,
    tokens: registry.tokens,
    locations: [...store.locationIds],
    store,
    requests: {
      all: () => requestLog.all(),
      clear: () => {
        requestLog.clear();
      },
      count: (filter) => requestLog.count(filter),
    },
    faults: {
      set: (rules) => {
        faults.set(rules);
      },
      clear: () => {
        faults.clear();
      },
      list: () => faults.rules(),
    },
    setLatency(ms) {
      latency.set(ms);
    },
    mintToken(locationId) {
      const token = registry.mint(locationId);
      if (token === undefined) throw new Error(`cannot mint a token for location ${locationId}`);
      return token;
    },
    revokeToken(token) {
      if (!registry.revoke(token)) throw new Error('cannot revoke a token the emulator does not know');
    },
    resetRateLimits() {
      limiter.reset();
    },
    webhooks: {
      publicKey: webhooks.signer.publicKey,
      get rsaPublicKey() {
        return webhooks.signer.rsaPublicKey;
      },
      targets: () => webhooks.sender.targets(),
      setTargets(urls) {
        webhooks.sender.setTargets(urls);
      },
      send: (body, signing) => webhooks.sender.send(body, signing),
      signatureHeaders: (body, signing) => webhooks.signer.headers(body, signing),
    },
    placeCall: (locationId, options) => webhooks.placeCall(locationId ?? store.locationIds[0] ?? '', options),
    updateContact: (contactId, changes, options) => webhooks.updateContact(contactId, changes, options),
    deleteContact: (contactId, options) => webhooks.deleteContact(contactId, options),
    stop,
  };
}
