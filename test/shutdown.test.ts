// Graceful shutdown: once stop() (or SIGTERM) begins, the gateway refuses what arrives with 503 SHUTTING_DOWN, yet
// every operation already in flight gets a GraphQL answer: its full data when the drain outlasts it (the defaults),
// else what it has with SHUTTING_DOWN, never a cut connection.
import { once } from 'node:events';

import { describe, expect, it } from 'vitest';

import { ADMIN_PREFIX } from '../src/emulator/admin.js';
import type { RequestLogEntry } from '../src/emulator/server.js';
import { graphql } from './generated/gql.js';
import { codes } from './helpers/error-codes.js';
import { sendOperation } from './helpers/graphql.js';
import { sseClient, webSocketClient } from './helpers/live.js';
import { startMain } from './helpers/main-process.js';
import { type GraphQLResponse, type Stack, startStack } from './helpers/stack.js';
import { until } from './helpers/wait.js';

/** Two upstream round trips (the list, then its contacts and agents): about twice the emulator's latency. */
const IN_FLIGHT_QUERY = graphql(`
  query InFlight {
    callLogs(locationId: "LOC123456789ABCDEF", first: 3) {
      totalCount
      nodes {
        id
        duration
        contact {
          name
        }
        agent {
          name
        }
      }
    }
  }
`);
const LATENCY_MS = 300;

/** What a client got: an HTTP answer (its status, data and error codes), or its connection cut. */
type Outcome = { status: number; data?: unknown; codes: unknown[] } | { status: 'cut'; reason: string };

function answered(response: GraphQLResponse): Outcome {
  return { status: response.status, data: response.data, codes: codes(response.body) };
}

function unanswered(error: unknown): Outcome {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return { status: 'cut', reason: cause instanceof Error ? cause.message : String(cause) };
}

/** A GraphQL POST that reports a refused connection or the HTTP status instead of throwing. */
async function attempt(url: string, token: string): Promise<number | 'refused'> {
  try {
    return (await sendOperation(url, '{ __typename }', undefined, { token })).status;
  } catch {
    return 'refused';
  }
}

describe('Gateway.stop()', () => {
  it('finishes every in-flight operation and refuses what arrives after', async () => {
    // Five operations each waiting on upstream requests of their own: not joined into one (see deduplication tests).
    const stack: Stack = await startStack({
      emulator: { latencyMs: LATENCY_MS },
      gateway: { deduplicateUpstreamRequests: false },
    });
    try {
      const expected = await stack.query(IN_FLIGHT_QUERY);
      expect(expected.errors).toBeUndefined();
      expect(expected.data).toMatchObject({ callLogs: { totalCount: 1200 } });

      const listsBefore = stack.emulator.requests.count({ route: 'callLogs.list' });
      const inFlight: Promise<GraphQLResponse>[] = Array.from({ length: 5 }, () => stack.query(IN_FLIGHT_QUERY));
      // All five have reached the emulator and wait on it.
      await until(() => stack.emulator.requests.count({ route: 'callLogs.list' }) === listsBefore + 5);

      const started = performance.now();
      const stopping = stack.gateway.stop();
      // stop() is under way once the gateway turns a request away: fastify starts refusing after its close hooks run.
      await until(async () => (await attempt(stack.gateway.url, stack.token)) !== 200);
      const origin = new URL(stack.gateway.url).origin;
      const [late, ready] = await Promise.all([
        attempt(stack.gateway.url, stack.token),
        fetch(`${origin}/ready`).then(
          (response) => response.status,
          () => 'refused' as const,
        ),
      ]);
      // Until the drain ends the gateway still listens, and answers what arrives with a coded refusal.
      expect(late).toBe(503);
      expect(ready).toBe(503);
      const refused = await sendOperation(stack.gateway.url, '{ __typename }', undefined, { token: stack.token });
      expect(refused.status).toBe(503);
      expect(codes(refused.body)).toEqual(['SHUTTING_DOWN']);
      expect(refused.headers.get('connection')).toBe('close');

      const results = await Promise.all(inFlight);
      for (const result of results) {
        expect(result.status).toBe(200);
        expect(result.errors).toBeUndefined();
        expect(result.data).toEqual(expected.data);
      }
      await stopping;
      // The drain ended with the last response, not at the 10 s drain timeout.
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(await attempt(stack.gateway.url, stack.token)).toBe('refused');
    } finally {
      await stack.emulator.stop();
    }
  });

  it('answers an operation the drain cannot wait for with SHUTTING_DOWN, then closes', async () => {
    // Each upstream request takes 5 s; the drain may last 400 ms: the upstream requests are cut short.
    const stack = await startStack({
      emulator: { latencyMs: 5_000 },
      gateway: { shutdownTimeoutMs: 400, deduplicateUpstreamRequests: false },
    });
    try {
      const slow = Array.from({ length: 3 }, () => stack.query(IN_FLIGHT_QUERY).then(answered, unanswered));
      await until(() => stack.emulator.requests.count({ route: 'callLogs.list' }) === 3);
      const started = performance.now();
      await stack.gateway.stop();
      // A guard, not a measure: the drain ends at its timeout, not when the upstream would have answered.
      expect(performance.now() - started).toBeLessThan(4_000);
      for (const outcome of await Promise.all(slow)) {
        // The list is nullable: the operation answers, its list null with the code.
        expect(outcome).toEqual({ status: 200, data: { callLogs: null }, codes: ['SHUTTING_DOWN'] });
      }
      // Nothing went upstream after the signal: the references were never asked for.
      expect(stack.emulator.requests.count()).toBe(3);
    } finally {
      await stack.emulator.stop();
    }
  });

  it('answers an operation still waiting for rate budget with SHUTTING_DOWN', async () => {
    // One request per 20 s: the second operation waits in the limiter's line, where no upstream request is to abort.
    const stack = await startStack({
      gateway: { rateLimit: { requests: 1, intervalMs: 20_000, maxQueue: 10 }, shutdownTimeoutMs: 400 },
    });
    try {
      const count = '{ callLogs(locationId: "LOC123456789ABCDEF", first: 1) { totalCount } }';
      expect((await stack.query(count)).data).toEqual({ callLogs: { totalCount: 1200 } });
      const waiting = stack.query(count).then(answered, unanswered);
      await until(async () =>
        (await stack.gateway.metrics.registry.getSingleMetricAsString('gateway_limiter_queue_length')).endsWith(' 1'),
      );
      await stack.gateway.stop();
      const outcome = await waiting;
      expect(outcome).toMatchObject({ status: 503, codes: ['SHUTTING_DOWN'] });
      expect(outcome).not.toHaveProperty('data.callLogs');
      expect(stack.emulator.requests.count()).toBe(1);
    } finally {
      await stack.emulator.stop();
    }
  });
});

describe('src/main.ts on SIGTERM', () => {
  it('lets an in-flight request complete, then exits 0', async () => {
    const { child, url, output } = await startMain(
      {
        HIGHLEVEL_API_URL: '',
        EMULATOR_LATENCY_MS: String(LATENCY_MS),
        LOG_LEVEL: 'info',
        // Outside tests Apollo Server would install its own signal handlers: run main as it runs in production.
        NODE_ENV: '',
      },
      20_000,
    );
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    try {
      const token = /"Authorization": "Bearer (\S+)"/.exec(output())?.[1] ?? '';

      const pending = sendOperation(url, IN_FLIGHT_QUERY, undefined, {
        token,
        headers: { 'x-request-id': 'sigterm-1' },
      });
      // The request is at the emulator (each of its two round trips takes LATENCY_MS) when the signal arrives: the
      // child's emulator logs it, unanswered.
      const emulatorUrl = /embedded HighLevel emulator at (\S+)/.exec(output())?.[1] ?? '';
      await until(async () => {
        const log = (await (await fetch(`${emulatorUrl}${ADMIN_PREFIX}/requests`)).json()) as RequestLogEntry[];
        return log.some((entry) => entry.status === 0);
      });
      child.kill('SIGTERM');
      const response = await pending;
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      expect(response.data?.callLogs?.nodes).toHaveLength(3);

      const [code, signal] = await exited;
      expect({ code, signal }).toEqual({ code: 0, signal: null });
      const logLines = output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(logLines).toContainEqual(
        expect.objectContaining({ msg: 'graphql operation', requestId: 'sigterm-1', outcome: 'ok' }),
      );
      expect(logLines.map(({ msg }) => msg)).toEqual(expect.arrayContaining(['gateway draining', 'gateway stopped']));
      expect(logLines.map((line) => JSON.stringify(line)).join('\n')).not.toContain(token);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });

  it('answers every operation accepted before the signal, and refuses later ones with SHUTTING_DOWN', async () => {
    // Each upstream request takes 6 s, so each operation (two round trips) about 12 s: longer than the old 10 s drain.
    // Every operation sends its own upstream requests (no joining, no caches, no wait for a slot), as distinct
    // dashboards do; two tokens, 12 operations each (at most 7 requests each), stay within the emulator's 100 requests
    // per 10 s per token.
    const { child, url, output } = await startMain(
      {
        HIGHLEVEL_API_URL: '',
        EMULATOR_LATENCY_MS: '6000',
        UPSTREAM_DEDUPLICATE: 'off',
        UPSTREAM_MAX_CONCURRENCY: '1000',
        CACHE: 'off',
        RESPONSE_CACHE: 'off',
        LOG_LEVEL: 'silent',
        NODE_ENV: '',
      },
      20_000,
    );
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    try {
      const tokens = [
        /"Authorization": "Bearer (\S+)"/.exec(output())?.[1] ?? '',
        /A token that reads every location: Bearer (\S+)/.exec(output())?.[1] ?? '',
      ];
      const emulatorUrl = /embedded HighLevel emulator at (\S+)/.exec(output())?.[1] ?? '';
      const pendingLists = async () => {
        const log = (await (await fetch(`${emulatorUrl}${ADMIN_PREFIX}/requests`)).json()) as RequestLogEntry[];
        return log.filter((entry) => entry.route === 'callLogs.list' && entry.status === 0).length;
      };
      const operations = 24;
      const inFlight = Array.from({ length: operations }, (_, index) =>
        sendOperation(url, IN_FLIGHT_QUERY, undefined, { token: tokens[index % 2] }).then(answered, unanswered),
      );
      // Every operation is at the emulator, waiting, when the signal arrives.
      await until(async () => (await pendingLists()) === operations, 15_000);
      child.kill('SIGTERM');

      // What arrives after the signal is refused at once, in GraphQL's shape, and its connection closed.
      const origin = new URL(url).origin;
      await until(
        async () =>
          (await fetch(`${origin}/ready`).then(
            (response) => response.status,
            () => 0,
          )) !== 200,
      );
      const late = await sendOperation(url, '{ __typename }', undefined, { token: tokens[0] }).then(
        (response) => ({ ...answered(response), connection: response.headers.get('connection') }),
        unanswered,
      );

      const outcomes = await Promise.all(inFlight);
      const cut = outcomes.filter((outcome) => outcome.status === 'cut');
      expect(cut, `${cut.length} of ${operations} connections cut without an answer`).toEqual([]);
      // With the defaults the drain outlasts an operation's deadline: every dashboard arrives whole.
      for (const outcome of outcomes) {
        expect(outcome).toMatchObject({ status: 200, codes: [], data: { callLogs: { totalCount: 1200 } } });
      }
      expect(late).toEqual({ status: 503, codes: ['SHUTTING_DOWN'], connection: 'close' });
      const [code, signal] = await exited;
      expect({ code, signal }).toEqual({ code: 0, signal: null });
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }, 60_000);
});

describe('src/main.ts on SIGTERM with open subscriptions', () => {
  const LIVE_CALLS = graphql(`
    subscription ShutdownCalls($locationId: ID!) {
      callLogCreated(locationId: $locationId) {
        id
      }
    }
  `);

  it('ends each with SHUTTING_DOWN, closes WebSockets with 1001, ends SSE streams, and exits 0', async () => {
    const { child, url, output } = await startMain(
      { HIGHLEVEL_API_URL: '', EMULATOR_CALL_INTERVAL_MS: '0', LOG_LEVEL: 'silent', NODE_ENV: '' },
      20_000,
    );
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    try {
      const token = /"Authorization": "Bearer (\S+)"/.exec(output())?.[1] ?? '';
      const locationId = 'LOC123456789ABCDEF';
      // The client keeps its socket after its subscription completes: the server closes it, with 1001.
      const socket = webSocketClient(url, token, { lazyCloseTimeoutMs: 60_000 });
      const closeCodes: number[] = [];
      socket.client.on('closed', (event) => closeCodes.push((event as { code: number }).code));
      const overWebSocket = socket.subscribe(LIVE_CALLS, { locationId });
      const overSse = sseClient(url, token).subscribe(LIVE_CALLS, { locationId });
      // Both are live once the gateway's metric counts them.
      await until(async () => {
        const metrics = await (await fetch(new URL('/metrics', url))).text();
        return /^gateway_live_subscriptions 2$/m.test(metrics);
      }, 10_000);

      const started = performance.now();
      child.kill('SIGTERM');
      await Promise.all([overWebSocket.ended(), overSse.ended()]);
      for (const subscription of [overWebSocket, overSse]) {
        expect(subscription.results.map((result) => codes(result))).toEqual([['SHUTTING_DOWN']]);
        expect(subscription.completed).toBe(true);
      }
      const [code, signal] = await exited;
      expect({ code, signal }).toEqual({ code: 0, signal: null });
      expect(closeCodes).toEqual([1001]);
      // Well within SHUTDOWN_TIMEOUT_MS (35 s): subscriptions have nothing to finish.
      expect(performance.now() - started).toBeLessThan(35_000);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
});
