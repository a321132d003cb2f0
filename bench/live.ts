// The live scenario (issue 12): dashboards subscribed to their location's new calls over graphql-ws, on one gateway
// process as configured by default (shared reference cache on), while HighLevel's signed VoiceAiCallEnd webhooks
// arrive at a steady rate. Each subscriber is a dashboard of its own: one WebSocket, one graphql-ws client (Node's,
// over ws), one subscription with the dashboard's selection (bench/queries/live-dashboard.graphql), the credential in
// connection_init's payload. Credentials are tokens minted by the emulator, each reading one location. The emulator
// (its own process) places the calls and POSTs their webhooks, and reports when each POST started; the subscribers
// live in this process and note when each event arrives, on the same clock (epoch ms with sub-ms precision).
// The first webhooks after subscribing meet cold code in every process (V8 has not compiled the delivery path yet)
// and open the gateway's first upstream connections: as the engine and throughput cells do, the latency target is
// read after a warm-up (BENCH_LIVE_WARMUP_WEBHOOKS), and the figures over every webhook and the warm-up's are
// reported beside it; everything else counts every webhook.
// Measured: latency from the webhook's POST to each subscriber's receipt, events lost, the upstream requests the
// events cost (the emulator's request log) against the pairs (credential, contact or agent) no cache held, and the
// gateway's RSS before any subscriber, with half and with all of them idle.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';

import type { ExecutionResult } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

import { WEBHOOK_PATH } from '../src/live/webhook-route.js';
import { type Child, startChild } from './ipc.js';
import { type PlacedCallTiming, preciseNow } from './placed-call-schedule.js';
import type { ProcessStats } from './process-stats.js';
import type { Target } from './report.js';
import { percentile } from './statistics.js';

export interface LiveBenchResult {
  latencyMs: number;
  locations: number;
  /** Credentials per location (each reads that location only). */
  credentialsPerLocation: number;
  subscribers: number;
  /** WebSockets open: one per subscriber. */
  connections: number;
  /** Webhooks whose latency is measured, after the warm-up's. */
  webhooks: number;
  /** Webhooks sent first, at the same rate, whose deliveries count as every other but whose latency is not measured. */
  warmUpWebhooks: number;
  webhooksPerSecond: number;
  /** From the first socket opened to the last subscription listening. */
  subscribeMs: number;
  /** Upstream requests while subscribing (each subscription's access check), by route. */
  subscribeUpstream: Record<string, number>;
  /** The gateway's answers to the webhooks, by status. */
  webhookStatuses: Record<string, number>;
  /**
   * The gateway's answer time to a webhook POST after the warm-up, as the emulator waited for it (at most its 10-s
   * timeout).
   */
  webhookAnswerP50Ms: number;
  webhookAnswerP99Ms: number;
  /** Each call once to each subscriber of its location. */
  expectedDeliveries: number;
  /** Distinct (subscriber, call) pairs received. */
  received: number;
  lost: number;
  /** A call received again by the same subscriber. */
  duplicates: number;
  /** Received with GraphQL errors, or without the contact's or the agent's name. */
  incomplete: number;
  /** From the webhook POST's start to the subscriber's receipt, over every delivery after the warm-up. */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Over every delivery, the warm-up's included. */
  allP99Ms: number;
  /** Over the warm-up's deliveries alone (NaN without a warm-up). */
  warmUpP99Ms: number;
  warmUpMaxMs: number;
  /** Upstream requests from the first webhook (warm-up included) until every event was received, by route. */
  upstream: Record<string, number>;
  /** The distinct (credential, contact) and (credential, agent) pairs no cache held, by route. */
  expectedUpstream: Record<string, number>;
  /** The gateway's CPU time over the webhook phase (warm-up included), per webhook. */
  gatewayCpuMsPerWebhook: number;
  /** The same for this process, where the subscribers receive: its share of the machine. */
  subscribersCpuMsPerWebhook: number;
  /** This process's event-loop delay over the webhook phase: how late it may have noted a receipt. */
  subscribersLoopDelayP99Ms: number;
  /** The gateway's RSS and heap after a full GC: before any subscriber, with half, with all idle, after closing. */
  memory: Record<'before' | 'half' | 'idle' | 'closed', { rssMiB: number; heapMiB: number }>;
  /** Highest RSS sampled (every 20 ms) during the webhook phase. */
  peakRssMiB: number;
  /** (RSS with every subscriber idle − RSS before any) / subscribers. */
  rssPerIdleSubscriptionKiB: number;
  /** (RSS with all − RSS with half) / the second half: what one more subscription costs. */
  marginalRssPerSubscriptionKiB: number;
  heapPerIdleSubscriptionKiB: number;
  /** The gateway's live listeners once every client has closed (0: nothing held). */
  listenersAfterClose: number;
  /** os.loadavg() (1, 5, 15 min) when the scenario started and when its webhooks were sent. */
  loadAverage: { start: number[]; end: number[] };
}

interface Subscriber {
  client: Client;
  locationId: string;
  /** call id → receipt instant (the first). */
  received: Map<string, number>;
  duplicates: number;
  incomplete: number;
  /** Why the subscription ended, if it did. */
  ended?: string;
}

interface DashboardRow {
  callLogCreated?: { id: string; contact: { name: string | null } | null; agent: { name: string | null } | null };
}

const MIB = 2 ** 20;
/** Sockets opened at once while subscribing. */
const OPEN_BATCH = 50;
/** After the last webhook, how long without a new receipt ends the wait for stragglers. */
const QUIET_MS = 3_000;
const DELIVERY_DEADLINE_MS = 30_000;

export async function measureLive(options: {
  build: string;
  root: string;
  latencyMs: number;
  locations: number;
  credentialsPerLocation: number;
  subscribers: number;
  webhooks: number;
  warmUpWebhooks: number;
  webhooksPerSecond: number;
  /** Node options for the gateway's process, e.g. `--cpu-prof`. */
  gatewayNodeOptions: string[];
  log: (message: string) => void;
}): Promise<LiveBenchResult> {
  const loadAtStart = os.loadavg();
  const document = readFileSync(`${options.root}bench/queries/live-dashboard.graphql`, 'utf8');
  const { child: emulator, ready } = await startChild(`${options.build}bench/emulator-child.js`, [
    String(options.latencyMs),
  ]);
  let gateway: Child | undefined;
  const subscribers: Subscriber[] = [];
  try {
    const started = await startChild(
      `${options.build}bench/server-child.js`,
      ['gateway', String(ready['url'])],
      { NODE_ENV: 'production', BENCH_WEBHOOK_PUBLIC_KEY: String(ready['webhookPublicKey']) },
      undefined,
      options.gatewayNodeOptions,
    );
    gateway = started.child;
    const gatewayUrl = String(started.ready['url']);
    await emulator.ask({ type: 'webhookTargets', targets: [new URL(WEBHOOK_PATH, gatewayUrl).toString()] });
    const locations = (ready['locations'] as string[]).slice(0, options.locations);
    const credentials: { locationId: string; token: string }[] = [];
    for (const locationId of locations) {
      for (let index = 0; index < options.credentialsPerLocation; index++) {
        credentials.push({
          locationId,
          token: String((await emulator.ask({ type: 'mint', locationId }))['token']),
        });
      }
    }

    const before = await settle(gateway);
    await emulator.ask({ type: 'mark' });
    const subscribeStart = performance.now();
    const half = Math.floor(options.subscribers / 2);
    await openSubscribers(gateway, subscribers, half, credentials, gatewayUrl, document);
    const halfway = await settle(gateway);
    await openSubscribers(gateway, subscribers, options.subscribers, credentials, gatewayUrl, document);
    const subscribeMs = performance.now() - subscribeStart;
    const idle = await settle(gateway);
    const subscribeUpstream = (await emulator.ask<{ routes: Record<string, number> }>({ type: 'mark' })).routes;
    options.log(
      `live: ${String(subscribers.length)} subscribers on ${String(subscribers.length)} WebSockets listening after ` +
        `${(subscribeMs / 1000).toFixed(1)} s (upstream: ${JSON.stringify(subscribeUpstream)}); gateway RSS ` +
        `${mib(before.rss)} MiB before, ${mib(halfway.rss)} with ${String(half)}, ${mib(idle.rss)} with all`,
    );

    // The webhooks (the warm-up's first): the emulator places calls in the locations by turns, one every 1/rate s.
    const placed = options.warmUpWebhooks + options.webhooks;
    const cpuBefore = (await gateway.ask<ProcessStats>({ type: 'resetPeak' })).cpuMicros;
    const ownCpuBefore = process.cpuUsage();
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const { calls } = await emulator.ask<{ calls: PlacedCallTiming[] }>(
      {
        type: 'placeCalls',
        locations,
        count: placed,
        intervalMs: 1000 / options.webhooksPerSecond,
      },
      60_000 + (placed * 1000) / options.webhooksPerSecond,
    );
    const loadAtEnd = os.loadavg();
    const expectedDeliveries = calls.reduce(
      (sum, call) => sum + subscribers.filter((subscriber) => subscriber.locationId === call.locationId).length,
      0,
    );
    await allReceived(subscribers, expectedDeliveries);
    loopDelay.disable();
    const ownCpu = process.cpuUsage(ownCpuBefore);
    const afterWebhooks = await gateway.ask<ProcessStats>({ type: 'stats' });
    const upstream = (await emulator.ask<{ routes: Record<string, number> }>({ type: 'mark' })).routes;

    const warmUpCalls = calls.slice(0, options.warmUpWebhooks);
    const measuredCalls = calls.slice(options.warmUpWebhooks);
    const latencies = deliveryLatencies(measuredCalls, subscribers);
    const warmUpLatencies = deliveryLatencies(warmUpCalls, subscribers);
    const allLatencies = deliveryLatencies(calls, subscribers);
    const answers = measuredCalls.map((call) => call.answeredAt - call.sentAt).sort((left, right) => left - right);
    const webhookStatuses: Record<string, number> = {};
    for (const call of calls) webhookStatuses[String(call.status)] = (webhookStatuses[String(call.status)] ?? 0) + 1;

    for (const subscriber of subscribers) await subscriber.client.dispose();
    const listenersAfterClose = await listenersSettled(gateway, 0);
    const closed = await settle(gateway);

    const received = allLatencies.length;
    const memory = (stats: ProcessStats) => ({ rssMiB: stats.rss / MIB, heapMiB: stats.heapUsed / MIB });
    const secondHalf = Math.max(1, options.subscribers - half);
    return {
      latencyMs: options.latencyMs,
      locations: locations.length,
      credentialsPerLocation: options.credentialsPerLocation,
      subscribers: subscribers.length,
      connections: subscribers.length,
      webhooks: measuredCalls.length,
      warmUpWebhooks: warmUpCalls.length,
      webhooksPerSecond: options.webhooksPerSecond,
      subscribeMs,
      subscribeUpstream,
      webhookStatuses,
      webhookAnswerP50Ms: percentile(answers, 0.5),
      webhookAnswerP99Ms: percentile(answers, 0.99),
      expectedDeliveries,
      received,
      lost: expectedDeliveries - received,
      duplicates: sum(subscribers.map((subscriber) => subscriber.duplicates)),
      incomplete: sum(subscribers.map((subscriber) => subscriber.incomplete)),
      p50Ms: percentile(latencies, 0.5),
      p99Ms: percentile(latencies, 0.99),
      maxMs: latencies.at(-1) ?? Number.NaN,
      allP99Ms: percentile(allLatencies, 0.99),
      warmUpP99Ms: percentile(warmUpLatencies, 0.99),
      warmUpMaxMs: warmUpLatencies.at(-1) ?? Number.NaN,
      upstream,
      expectedUpstream: uncachedPairs(calls, credentials),
      gatewayCpuMsPerWebhook: (afterWebhooks.cpuMicros - cpuBefore) / 1000 / Math.max(1, calls.length),
      subscribersCpuMsPerWebhook: (ownCpu.user + ownCpu.system) / 1000 / Math.max(1, calls.length),
      subscribersLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
      memory: { before: memory(before), half: memory(halfway), idle: memory(idle), closed: memory(closed) },
      peakRssMiB: afterWebhooks.peakRss / MIB,
      rssPerIdleSubscriptionKiB: (idle.rss - before.rss) / 1024 / options.subscribers,
      marginalRssPerSubscriptionKiB: (idle.rss - halfway.rss) / 1024 / secondHalf,
      heapPerIdleSubscriptionKiB: (idle.heapUsed - before.heapUsed) / 1024 / options.subscribers,
      listenersAfterClose,
      loadAverage: { start: loadAtStart, end: loadAtEnd },
    };
  } finally {
    await Promise.allSettled(
      subscribers.map(async (subscriber) => {
        await subscriber.client.dispose();
      }),
    );
    await gateway?.stop();
    await emulator.stop();
  }
}

/**
 * Opens subscribers until there are `total`, OPEN_BATCH sockets at a time, credentials (and so locations) by turns;
 * resolves once the gateway listens for every one of them (each has passed its access check).
 */
async function openSubscribers(
  gateway: Child,
  subscribers: Subscriber[],
  total: number,
  credentials: readonly { locationId: string; token: string }[],
  gatewayUrl: string,
  document: string,
): Promise<void> {
  while (subscribers.length < total) {
    const batch: Promise<void>[] = [];
    for (let index = 0; index < OPEN_BATCH && subscribers.length < total; index++) {
      const credential = credentials[subscribers.length % credentials.length];
      if (!credential) throw new Error('no credential to subscribe with');
      const { subscriber, connected } = subscribe(gatewayUrl, credential, document);
      subscribers.push(subscriber);
      batch.push(connected);
    }
    await Promise.all(batch);
  }
  await listenersSettled(gateway, total);
  const ended = subscribers.filter((subscriber) => subscriber.ended !== undefined);
  if (ended.length > 0) throw new Error(`${String(ended.length)} subscriptions ended: ${String(ended[0]?.ended)}`);
}

/** One dashboard: its own WebSocket and graphql-ws client. `connected`: the gateway acknowledged connection_init. */
function subscribe(
  gatewayUrl: string,
  { locationId, token }: { locationId: string; token: string },
  document: string,
): { subscriber: Subscriber; connected: Promise<void> } {
  let onConnected: () => void = () => undefined;
  let onFailed: (error: Error) => void = () => undefined;
  const connected = new Promise<void>((resolve, reject) => {
    onConnected = resolve;
    onFailed = reject;
  });
  const client = createClient({
    url: gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { Authorization: `Bearer ${token}` },
    retryAttempts: 0,
    on: {
      connected: () => {
        onConnected();
      },
      closed: (event) => {
        onFailed(new Error(`the socket closed before it was acknowledged: ${describe(event)}`));
      },
    },
  });
  const subscriber: Subscriber = { client, locationId, received: new Map(), duplicates: 0, incomplete: 0 };
  client.subscribe<DashboardRow>(
    { query: document, variables: { locationId } },
    {
      next: (result: ExecutionResult<DashboardRow>) => {
        const at = preciseNow();
        const call = result.data?.callLogCreated;
        if (result.errors || !call?.contact?.name || !call.agent?.name) subscriber.incomplete++;
        if (!call) return;
        if (subscriber.received.has(call.id)) subscriber.duplicates++;
        else subscriber.received.set(call.id, at);
      },
      error: (error: unknown) => {
        subscriber.ended = describe(error);
      },
      complete: () => {
        subscriber.ended ??= 'complete';
      },
    },
  );
  return { subscriber, connected };
}

/** Until the gateway's live listeners number `count` (bounded at 2 minutes); returns the last count seen. */
async function listenersSettled(gateway: Child, count: number): Promise<number> {
  const deadline = performance.now() + 120_000;
  let listeners = -1;
  while (performance.now() < deadline) {
    listeners = (await gateway.ask<{ listeners: number }>({ type: 'live' })).listeners;
    if (listeners === count) return listeners;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return listeners;
}

/** Until every expected delivery arrived, or none for QUIET_MS, or DELIVERY_DEADLINE_MS passed. */
async function allReceived(subscribers: readonly Subscriber[], expected: number): Promise<void> {
  const count = () => sum(subscribers.map((subscriber) => subscriber.received.size));
  const deadline = performance.now() + DELIVERY_DEADLINE_MS;
  let last = count();
  let lastChange = performance.now();
  while (last < expected && performance.now() < deadline && performance.now() - lastChange < QUIET_MS) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = count();
    if (now !== last) {
      last = now;
      lastChange = performance.now();
    }
  }
}

/**
 * What the events must cost upstream: for each credential, each distinct contact and agent among its location's
 * calls, once (no cache held any: the credentials are new, and subscribing reads no contact or agent).
 */
function uncachedPairs(
  calls: readonly PlacedCallTiming[],
  credentials: readonly { locationId: string; token: string }[],
): Record<string, number> {
  const pairs = { 'contacts.get': new Set<string>(), 'agents.get': new Set<string>() };
  for (const call of calls) {
    for (const { locationId, token } of credentials) {
      if (locationId !== call.locationId) continue;
      if (call.contactId !== null) pairs['contacts.get'].add(`${token} ${call.contactId}`);
      pairs['agents.get'].add(`${token} ${call.agentId}`);
    }
  }
  return { 'contacts.get': pairs['contacts.get'].size, 'agents.get': pairs['agents.get'].size };
}

/** From each call's webhook POST to each receipt of it, sorted. */
function deliveryLatencies(calls: readonly PlacedCallTiming[], subscribers: readonly Subscriber[]): number[] {
  const latencies: number[] = [];
  for (const call of calls) {
    for (const subscriber of subscribers) {
      const at = subscriber.received.get(call.id);
      if (at !== undefined) latencies.push(at - call.sentAt);
    }
  }
  return latencies.sort((left, right) => left - right);
}

async function settle(gateway: Child): Promise<ProcessStats> {
  return gateway.ask<ProcessStats>({ type: 'settle' });
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function mib(bytes: number): string {
  return (bytes / MIB).toFixed(0);
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code, reason } = error as { code: unknown; reason?: unknown };
    return `close ${String(code)} ${typeof reason === 'string' ? reason : ''}`;
  }
  return JSON.stringify(error);
}

/** Issue 12's targets for the live scenario. */
export function liveTargets(result: LiveBenchResult): Target[] {
  const routes = (counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([, count]) => count > 0)
      .map(([route, count]) => `${route} ${String(count)}`)
      .join(', ') || 'none';
  // The list requests during the webhooks are the watches' polls (one per credential and location every
  // LIVE_POLL_INTERVAL_MS), reported beside the target, not part of what the events cost.
  const other = Object.keys(result.upstream).filter(
    (route) => !(route in result.expectedUpstream) && route !== 'callLogs.list',
  );
  const upstreamMatches =
    other.every((route) => (result.upstream[route] ?? 0) === 0) &&
    Object.entries(result.expectedUpstream).every(([route, count]) => (result.upstream[route] ?? 0) === count);
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(', ');
  return [
    {
      name: 'live: 0 events lost',
      pass: result.lost === 0 && result.duplicates === 0 && result.incomplete === 0,
      detail:
        `${String(result.received)} of ${String(result.expectedDeliveries)} deliveries received ` +
        `(${String(result.warmUpWebhooks + result.webhooks)} calls × the ${String(result.subscribers / result.locations)} subscribers of ` +
        `their location), ${String(result.lost)} lost, ${String(result.duplicates)} twice, ` +
        `${String(result.incomplete)} with errors or a missing name; webhooks answered ` +
        JSON.stringify(result.webhookStatuses),
    },
    {
      name: `live: p99 from webhook POST to receipt ≤ 100 ms, after a warm-up of ${String(result.warmUpWebhooks)} webhooks`,
      pass: result.p99Ms <= 100,
      detail:
        `p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms, max ${result.maxMs.toFixed(1)} ms over ` +
        `the ${String(result.webhooks)} webhooks after the warm-up (over every webhook: p99 ` +
        `${result.allP99Ms.toFixed(1)} ms; the warm-up alone: p99 ${result.warmUpP99Ms.toFixed(1)} ms, max ` +
        `${result.warmUpMaxMs.toFixed(1)} ms; the gateway answered each webhook in p50 ` +
        `${result.webhookAnswerP50Ms.toFixed(1)} ms); load average ${load(result.loadAverage.start)} at the start, ` +
        `${load(result.loadAverage.end)} after the webhooks`,
    },
    {
      name: 'live: upstream requests = distinct (credential, reference) pairs not already cached',
      pass: upstreamMatches,
      detail:
        `${routes(result.upstream)} during the webhooks (callLogs.list: the watches' polls); expected ` +
        routes(result.expectedUpstream),
    },
    {
      name: 'live: ≤ 30 KiB RSS per idle subscription',
      pass: result.rssPerIdleSubscriptionKiB <= 30,
      detail:
        `RSS after a full GC: ${result.memory.before.rssMiB.toFixed(1)} MiB before any subscriber, ` +
        `${result.memory.idle.rssMiB.toFixed(1)} MiB with ${String(result.subscribers)} idle: ` +
        `${result.rssPerIdleSubscriptionKiB.toFixed(1)} KiB each (the second half alone: ` +
        `${result.marginalRssPerSubscriptionKiB.toFixed(1)} KiB each; heap ${result.heapPerIdleSubscriptionKiB.toFixed(1)} ` +
        `KiB each); ${String(result.listenersAfterClose)} listeners left once every client closed`,
    },
  ];
}
