// Prometheus metrics, one registry per gateway instance (never prom-client's global one), so several gateways in one
// process (tests, benches) keep separate counts. Every label value is bounded and checked: operation names come from
// callers, so only well-formed names become labels and at most MAX_OPERATION_NAMES of them; tokens never do.
import { collectDefaultMetrics, Counter, Gauge, Histogram, type Metric, Registry } from 'prom-client';

import type { CircuitState } from '../circuit-breaker.js';

/** The caches whose entries are read back from a shared store and checked. */
export type CheckedCache = 'reference' | 'response' | 'apq';

/**
 * What became of a webhook, and why: for `verified` (acted on), `duplicate` and `ignored`, its event type
 * (VoiceAiCallEnd, ContactUpdate, ContactDelete; `other` for any type the gateway does not act on; `incomplete` for
 * one it acts on, sent without usable ids); for `refused`, the reason (signature, not_json, stale).
 */
type WebhookOutcome = 'verified' | 'refused' | 'duplicate' | 'ignored';
export type WebhookDetail =
  'VoiceAiCallEnd' | 'ContactUpdate' | 'ContactDelete' | 'other' | 'incomplete' | 'signature' | 'not_json' | 'stale';

/**
 * Why a watched (credential, location) had its call logs listed: a subscriber's first check (and the poll's
 * baseline), a poll (also a check of access), or a check of access alone (polling off, or another instance leads).
 */
export type LivePollKind = 'baseline' | 'poll' | 'access';
/**
 * What became of a message received on a live-events channel in Redis (src/live/redis-events.ts): delivered to this
 * instance's listeners; a duplicate of an event delivered here already; refused for its size; not JSON; or JSON that
 * is not an event of the channel's location.
 */
type LiveRedisMessageOutcome = 'delivered' | 'duplicate' | 'oversized' | 'unreadable' | 'invalid';
/**
 * Why an event went straight to this instance's listeners instead of through Redis: Redis refused or could not take
 * the PUBLISH; this instance's subscriber connection was down; the event was too large for a message.
 */
export type LiveDirectDeliveryReason = 'redis_unavailable' | 'subscriber_down' | 'oversized';

export interface GatewayMetrics {
  readonly registry: Registry;
  /** one finished upstream request: route id like 'callLogs.list', status code or 'error' (network/timeout), seconds */
  upstreamRequest(route: string, status: number | 'error', seconds: number): void;
  /** an upstream response cut off at the size bound (UPSTREAM_MAX_RESPONSE_BYTES) */
  upstreamOversized(route: string): void;
  /** an upstream GET answered by joining an identical one in flight (no request sent) */
  upstreamDeduplicated(route: string): void;
  /** a DataLoader batch of `size` keys */
  loaderBatch(loader: string, size: number): void;
  /** the limiter's current queue length (gauge) */
  limiterQueueLength(length: number): void;
  /** how long a request waited in the limiter, seconds */
  limiterWait(seconds: number): void;
  /** a finished GraphQL operation */
  operation(name: string, outcome: 'ok' | 'error'): void;
  /** GraphQL operations let in and not yet finished (gauge) */
  operationsInFlight(count: number): void;
  /** a GraphQL request refused before it ran: over MAX_CONCURRENT_OPERATIONS, or after the shutdown signal */
  operationRejected(reason: 'overloaded' | 'shutting_down'): void;
  /** the Redis circuit breaker's new state */
  redisCircuitState(state: CircuitState): void;
  /** a Redis command without a reply within its bound */
  redisTimeout(): void;
  /** a Redis command that failed without a reply (not connected, connection lost) */
  redisError(): void;
  /** a Redis command not sent because the circuit is open */
  redisSkipped(): void;
  /** an entry read back from Redis that failed its check: treated as a miss and deleted */
  cacheInvalidEntry(cache: CheckedCache): void;
  /** where to read, at each scrape, the memory a cache's in-process tier takes (bounded by configuration) */
  cacheMemory(cache: CheckedCache, bytes: () => number): void;
  /** one webhook received at POST /webhooks/highlevel, and what became of it */
  webhook(outcome: WebhookOutcome, detail: WebhookDetail): void;
  /** live connections open now, WebSockets and SSE streams (gauge) */
  liveConnections(transport: LiveTransport, count: number): void;
  /** subscriptions running now (gauge) */
  liveSubscriptions(count: number): void;
  /** a live event queued for a subscriber, or dropped because that subscriber's queue was full */
  liveEvent(outcome: 'delivered' | 'dropped'): void;
  /** one list request of a watched (credential, location) for live subscribers, and whether HighLevel answered it */
  livePoll(kind: LivePollKind, outcome: 'ok' | 'failed'): void;
  /** a new call a poll found: published, or a duplicate (a webhook or another poll delivered it first) */
  livePollCall(outcome: 'published' | 'duplicate'): void;
  /** HighLevel answered 401/403 to a watched credential: its subscriptions of that location ended */
  liveAccessWithdrawn(): void;
  /** one message received on a live-events channel in Redis, and what became of it */
  liveRedisMessage(outcome: LiveRedisMessageOutcome): void;
  /** an event delivered to this instance's listeners without Redis, and why */
  liveDirectDelivery(reason: LiveDirectDeliveryReason): void;
  /** the live events' subscriptions in Redis held again after a loss: subscribers asked to resync */
  liveResync(): void;
}

export type LiveTransport = 'websocket' | 'sse';

const CIRCUIT_STATES: readonly CircuitState[] = ['closed', 'open', 'half-open'];

/** Distinct operation-name labels kept; later new names count as `other`. */
export const MAX_OPERATION_NAMES = 200;
/** What GraphQL allows as a name, at most 64 characters. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Route and loader ids are ours ('callLogs.list', 'contacts'); anything else is a bug, counted as `other`. */
const INTERNAL_ID = /^[A-Za-z_][A-Za-z0-9_.]{0,63}$/;

/** 5 ms to 10 s: a HighLevel answer, a retry with backoff, a timeout. */
const UPSTREAM_SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Keys per DataLoader batch: one reference up to a full page of 200 call logs and beyond. */
const BATCH_SIZE_BUCKETS = [1, 2, 5, 10, 20, 50, 100, 200, 500];
/** Limiter waits: none at all up to a full 10 s burst window and longer. */
const LIMITER_WAIT_BUCKETS = [0.001, 0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30];

/**
 * The label an operation is counted under: its name when it is a well-formed GraphQL name, `anonymous` without one,
 * `invalid` for anything else (a client may send any string as `operationName`).
 */
export function operationNameLabel(name: string | null | undefined): string {
  if (name === null || name === undefined || name === '') return 'anonymous';
  return OPERATION_NAME.test(name) ? name : 'invalid';
}

export function createMetrics(): GatewayMetrics {
  const registry = new Registry();
  for (const metric of processMetrics()) registry.registerMetric(metric);
  const registers = [registry];

  const upstreamRequests = new Counter({
    name: 'gateway_upstream_requests_total',
    help: 'Finished upstream (HighLevel) requests by route and HTTP status; status "error" for network failures and timeouts.',
    labelNames: ['route', 'status'] as const,
    registers,
  });
  const upstreamOversized = new Counter({
    name: 'gateway_upstream_oversized_responses_total',
    help: 'Upstream responses cut off because their decompressed body passed UPSTREAM_MAX_RESPONSE_BYTES, by route.',
    labelNames: ['route'] as const,
    registers,
  });
  const upstreamDeduplicated = new Counter({
    name: 'gateway_upstream_deduplicated_total',
    help: 'Upstream GETs not sent because an identical one of the same credential was in flight, by route.',
    labelNames: ['route'] as const,
    registers,
  });
  const upstreamDuration = new Histogram({
    name: 'gateway_upstream_request_duration_seconds',
    help: 'Duration of upstream (HighLevel) requests by route, in seconds.',
    labelNames: ['route'] as const,
    buckets: UPSTREAM_SECONDS_BUCKETS,
    registers,
  });
  const batchSize = new Histogram({
    name: 'gateway_dataloader_batch_size',
    help: 'Keys per DataLoader batch, by loader.',
    labelNames: ['loader'] as const,
    buckets: BATCH_SIZE_BUCKETS,
    registers,
  });
  const queueLength = new Gauge({
    name: 'gateway_limiter_queue_length',
    help: "Upstream requests waiting for HighLevel's rate budget.",
    registers,
  });
  const limiterWait = new Histogram({
    name: 'gateway_limiter_wait_seconds',
    help: "Time upstream requests waited for HighLevel's rate budget, in seconds.",
    buckets: LIMITER_WAIT_BUCKETS,
    registers,
  });
  const operations = new Counter({
    name: 'gateway_graphql_operations_total',
    help: 'Finished GraphQL operations by operation name and outcome (error: the response carried errors).',
    labelNames: ['operation', 'outcome'] as const,
    registers,
  });

  const operationsInFlight = new Gauge({
    name: 'gateway_graphql_operations_in_flight',
    help: 'GraphQL operations let in and not yet finished (bounded by MAX_CONCURRENT_OPERATIONS).',
    registers,
  });
  const operationsRejected = new Counter({
    name: 'gateway_graphql_operations_rejected_total',
    help: 'GraphQL requests refused before they ran, by reason: overloaded (MAX_CONCURRENT_OPERATIONS), shutting_down.',
    labelNames: ['reason'] as const,
    registers,
  });

  const redisCircuit = new Gauge({
    name: 'gateway_redis_circuit_state',
    help: 'The Redis circuit breaker: 1 for the current state (closed: Redis is used; open: not asked, after failures in a row; half-open: a probe is out). Absent without REDIS_URL.',
    labelNames: ['state'] as const,
    registers,
  });
  const redisTimeouts = new Counter({
    name: 'gateway_redis_timeouts_total',
    help: 'Redis commands without a reply within REDIS_COMMAND_TIMEOUT_MS.',
    registers,
  });
  const redisErrors = new Counter({
    name: 'gateway_redis_errors_total',
    help: 'Redis commands that failed without a reply (not connected, connection lost).',
    registers,
  });
  const redisSkipped = new Counter({
    name: 'gateway_redis_skipped_total',
    help: 'Redis commands not sent because the circuit was open (served from this instance instead).',
    registers,
  });
  const invalidEntries = new Counter({
    name: 'gateway_cache_invalid_entries_total',
    help: 'Entries read back from Redis that failed their check (unreadable, wrong shape, another format): each a miss, deleted. By cache: reference, response, apq.',
    labelNames: ['cache'] as const,
    registers,
  });
  const memoryReaders = new Map<CheckedCache, () => number>();
  new Gauge({
    name: 'gateway_cache_memory_bytes',
    help: 'Memory the in-process tier of each cache takes (two bytes per character of keys and values), at most its configured bound (CACHE_MAX_MB, RESPONSE_CACHE_MB, APQ_CACHE_MB). By cache: reference, response, apq.',
    labelNames: ['cache'] as const,
    registers,
    collect() {
      for (const [cache, read] of memoryReaders) this.set({ cache }, read());
    },
  });

  const webhooks = new Counter({
    name: 'gateway_webhooks_total',
    help: 'Webhooks received from HighLevel, by outcome (verified: acted on; duplicate; ignored: verified, not acted on; refused) and detail (the event type, or why it was refused: signature, not_json, stale).',
    labelNames: ['outcome', 'detail'] as const,
    registers,
  });

  const liveConnections = new Gauge({
    name: 'gateway_live_connections',
    help: 'Live connections open, by transport (websocket: graphql-ws; sse: graphql-sse streams).',
    labelNames: ['transport'] as const,
    registers,
  });
  const liveSubscriptions = new Gauge({
    name: 'gateway_live_subscriptions',
    help: 'GraphQL subscriptions running on this instance.',
    registers,
  });
  const liveEvents = new Counter({
    name: 'gateway_live_events_total',
    help: "Live events for subscribers, by outcome (delivered: queued for the subscriber; dropped: the oldest of a slow subscriber's full queue).",
    labelNames: ['outcome'] as const,
    registers,
  });
  const livePolls = new Counter({
    name: 'gateway_live_polls_total',
    help: 'Call-log list requests made for live subscribers, by kind (baseline: a first subscriber of a credential and location, checking its access; poll: looking for new calls, also a check of access; access: a check of access alone) and outcome (ok, failed).',
    labelNames: ['kind', 'outcome'] as const,
    registers,
  });
  const livePollCalls = new Counter({
    name: 'gateway_live_poll_calls_total',
    help: 'New calls found by polling, by outcome: published to subscribers, or duplicate (a webhook or another poll delivered it first).',
    labelNames: ['outcome'] as const,
    registers,
  });
  const liveAccessWithdrawn = new Counter({
    name: 'gateway_live_access_withdrawn_total',
    help: "Watched credentials whose access HighLevel withdrew (401 or 403 on a poll or check): each ended its location's subscriptions of that credential.",
    registers,
  });
  const liveRedisMessages = new Counter({
    name: 'gateway_live_redis_messages_total',
    help: "Messages received on live-events channels in Redis, by outcome: delivered (to this instance's listeners), duplicate (delivered here already), oversized, unreadable (not JSON), invalid (not an event of the channel's location). Absent without REDIS_URL.",
    labelNames: ['outcome'] as const,
    registers,
  });
  const liveDirectDeliveries = new Counter({
    name: 'gateway_live_direct_deliveries_total',
    help: "Live events delivered to this instance's listeners without Redis (other instances miss them), by reason: redis_unavailable (the PUBLISH failed or the circuit was open), subscriber_down, oversized.",
    labelNames: ['reason'] as const,
    registers,
  });
  const liveResyncs = new Counter({
    name: 'gateway_live_resyncs_total',
    help: "Times the live events' Redis subscriptions were held again after a loss, and subscribers asked to re-read what they may have missed.",
    registers,
  });

  const operationNames = new Set<string>();
  const boundedOperation = (name: string): string => {
    const label = operationNameLabel(name);
    if (operationNames.has(label)) return label;
    if (operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    operationNames.add(label);
    return label;
  };

  return {
    registry,
    upstreamRequest(route, status, seconds) {
      const routeLabel = internalId(route);
      upstreamRequests.inc({ route: routeLabel, status: statusLabel(status) });
      if (validAmount(seconds)) upstreamDuration.observe({ route: routeLabel }, seconds);
    },
    upstreamOversized(route) {
      upstreamOversized.inc({ route: internalId(route) });
    },
    upstreamDeduplicated(route) {
      upstreamDeduplicated.inc({ route: internalId(route) });
    },
    loaderBatch(loader, size) {
      if (validAmount(size)) batchSize.observe({ loader: internalId(loader) }, size);
    },
    limiterQueueLength(length) {
      if (validAmount(length)) queueLength.set(length);
    },
    limiterWait(seconds) {
      if (validAmount(seconds)) limiterWait.observe(seconds);
    },
    operation(name, outcome) {
      operations.inc({ operation: boundedOperation(name), outcome: outcome === 'ok' ? 'ok' : 'error' });
    },
    operationsInFlight(count) {
      if (validAmount(count)) operationsInFlight.set(count);
    },
    operationRejected(reason) {
      operationsRejected.inc({ reason: reason === 'overloaded' ? 'overloaded' : 'shutting_down' });
    },
    redisCircuitState(state) {
      for (const candidate of CIRCUIT_STATES) redisCircuit.set({ state: candidate }, candidate === state ? 1 : 0);
    },
    redisTimeout() {
      redisTimeouts.inc();
    },
    redisError() {
      redisErrors.inc();
    },
    redisSkipped() {
      redisSkipped.inc();
    },
    cacheInvalidEntry(cache) {
      invalidEntries.inc({ cache });
    },
    cacheMemory(cache, bytes) {
      memoryReaders.set(cache, bytes);
    },
    webhook(outcome, detail) {
      webhooks.inc({ outcome, detail });
    },
    liveConnections(transport, count) {
      if (validAmount(count)) liveConnections.set({ transport }, count);
    },
    liveSubscriptions(count) {
      if (validAmount(count)) liveSubscriptions.set(count);
    },
    liveEvent(outcome) {
      liveEvents.inc({ outcome });
    },
    livePoll(kind, outcome) {
      livePolls.inc({ kind, outcome });
    },
    livePollCall(outcome) {
      livePollCalls.inc({ outcome });
    },
    liveAccessWithdrawn() {
      liveAccessWithdrawn.inc();
    },
    liveRedisMessage(outcome) {
      liveRedisMessages.inc({ outcome });
    },
    liveDirectDelivery(reason) {
      liveDirectDeliveries.inc({ reason });
    },
    liveResync() {
      liveResyncs.inc();
    },
  };
}

/** For callers built without a gateway (unit tests, scripts): every method does nothing, the registry stays empty. */
export const NOOP_METRICS: GatewayMetrics = Object.freeze({
  registry: new Registry(),
  upstreamRequest() {
    /* no-op */
  },
  upstreamOversized() {
    /* no-op */
  },
  upstreamDeduplicated() {
    /* no-op */
  },
  loaderBatch() {
    /* no-op */
  },
  limiterQueueLength() {
    /* no-op */
  },
  limiterWait() {
    /* no-op */
  },
  operation() {
    /* no-op */
  },
  operationsInFlight() {
    /* no-op */
  },
  operationRejected() {
    /* no-op */
  },
  redisCircuitState() {
    /* no-op */
  },
  redisTimeout() {
    /* no-op */
  },
  redisError() {
    /* no-op */
  },
  redisSkipped() {
    /* no-op */
  },
  cacheInvalidEntry() {
    /* no-op */
  },
  cacheMemory() {
    /* no-op */
  },
  webhook() {
    /* no-op */
  },
  liveConnections() {
    /* no-op */
  },
  liveSubscriptions() {
    /* no-op */
  },
  liveEvent() {
    /* no-op */
  },
  livePoll() {
    /* no-op */
  },
  livePollCall() {
    /* no-op */
  },
  liveAccessWithdrawn() {
    /* no-op */
  },
  liveRedisMessage() {
    /* no-op */
  },
  liveDirectDelivery() {
    /* no-op */
  },
  liveResync() {
    /* no-op */
  },
});

let processMetricsCache: Metric[] | undefined;

/**
 * prom-client's default metrics (CPU, memory, event loop, GC) describe the process, not a gateway: they are collected
 * once per process and the same metric objects are registered in every gateway's registry. Collecting them per
 * gateway would start another event-loop monitor and GC observer each time.
 */
function processMetrics(): Metric[] {
  if (processMetricsCache === undefined) {
    const processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
    processMetricsCache = processRegistry
      .getMetricsAsArray()
      .flatMap(({ name }) => processRegistry.getSingleMetric(name) ?? []);
  }
  return processMetricsCache;
}

function internalId(id: string): string {
  return INTERNAL_ID.test(id) ? id : 'other';
}

function statusLabel(status: number | 'error'): string {
  return Number.isInteger(status) && Number(status) >= 100 && Number(status) <= 599 ? String(status) : 'error';
}

function validAmount(value: number): boolean {
  return Number.isFinite(value) && value >= 0;
}
