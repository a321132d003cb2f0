// Graceful shutdown: once stop() (or SIGTERM) begins, the gateway accepts nothing new, yet every operation already in
// flight completes with its full data before the gateway closes.
import { once } from 'node:events';

import { describe, expect, it } from 'vitest';

import { ADMIN_PREFIX } from '../src/emulator/admin.js';
import type { RequestLogEntry } from '../src/emulator/server.js';
import { graphql } from './generated/gql.js';
import { sendOperation } from './helpers/graphql.js';
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
      expect([503, 'refused']).toContain(late);
      expect([503, 'refused']).toContain(ready);

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

  it('closes what is still running once the drain timeout has passed', async () => {
    const stack = await startStack({ emulator: { latencyMs: 5_000 }, gateway: { shutdownTimeoutMs: 200 } });
    try {
      const slow = stack.query(IN_FLIGHT_QUERY).then(
        () => 'answered',
        () => 'closed',
      );
      await until(() => stack.emulator.requests.count({ route: 'callLogs.list' }) === 1);
      const started = performance.now();
      await stack.gateway.stop();
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(await slow).toBe('closed');
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
});
