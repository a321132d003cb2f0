// One tenant's hanging HighLevel must not starve the others: each (credential, location) may hold only its share of
// the global upstream slots, and waiting requests get slots in turn. The hostile upstream here is a loopback proxy to
// the emulator that never answers one tenant's requests.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Emulator } from '../src/emulator/server.js';
import { createGateway, type Gateway } from '../src/server.js';
import { FairConcurrency } from '../src/upstream/fair-concurrency.js';
import { type GraphQLResponse, sendPayload } from './helpers/graphql.js';
import { startTestEmulator } from './helpers/stack.js';
import { until } from './helpers/wait.js';

const LIST = `query ($locationId: ID!) { callLogs(locationId: $locationId, first: 5) { nodes { id contact { id } } } }`;
const TOTAL_SLOTS = 10;
const SLOTS_PER_LOCATION = 4;

describe('upstream slots shared fairly between tenants', () => {
  let emulator: Emulator;
  let gateway: Gateway;
  let proxyUrl: string;
  /** Tenant A's requests the proxy holds open, never answering. */
  const held = new Set<ServerResponse>();
  const proxy = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (request.headers.authorization === `Bearer ${hangingToken()}`) {
      held.add(response);
      response.on('close', () => held.delete(response));
      return;
    }
    void forward(request, response);
  });
  const hangingLocation = () => emulator.locations[1] ?? '';
  const hangingToken = () => emulator.tokens.byLocation[hangingLocation()];

  async function forward(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const upstream = await fetch(new URL(request.url ?? '/', emulator.url), {
      headers: {
        authorization: request.headers.authorization ?? '',
        version: String(request.headers.version ?? ''),
      },
    });
    response.writeHead(upstream.status, { 'content-type': 'application/json' });
    response.end(await upstream.text());
  }

  beforeAll(async () => {
    emulator = await startTestEmulator({ rateLimit: { enforce: false, max: 10_000_000 } });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    gateway = await createGateway({
      upstreamUrl: proxyUrl,
      upstreamRetries: 0,
      upstreamTimeoutMs: 60_000,
      // Long enough that, without a fair share, the quiet tenant waits for the hanging one's requests to be cut off.
      operationDeadlineMs: 10_000,
      maxConcurrentUpstreamRequests: TOTAL_SLOTS,
      maxConcurrentUpstreamRequestsPerLocation: SLOTS_PER_LOCATION,
      rateLimit: { requests: 1_000_000, intervalMs: 10_000, maxQueue: 1_000 },
      cache: false,
      deduplicateUpstreamRequests: false,
    });
  });

  afterAll(async () => {
    for (const response of held) response.destroy();
    await gateway.stop();
    await new Promise((resolve) => proxy.close(resolve));
    await emulator.stop();
  });

  it("serves a tenant's dashboard while another tenant's upstream hangs on more requests than there are slots", async () => {
    const quietLocation = emulator.locations[0] ?? '';
    const quietToken = emulator.tokens.byLocation[quietLocation];
    // Tenant A: more hanging list requests than the gateway has slots in all.
    const hanging: Promise<GraphQLResponse>[] = [];
    for (let index = 0; index < TOTAL_SLOTS + 2; index++)
      hanging.push(
        sendPayload(
          gateway.url,
          { query: LIST, variables: { locationId: hangingLocation() } },
          { token: hangingToken() },
        ),
      );
    let hangingAnswered = 0;
    for (const answer of hanging) void answer.then(() => hangingAnswered++);
    await until(() => held.size >= SLOTS_PER_LOCATION);

    const quiet = await sendPayload<{ callLogs: { nodes: { id: string; contact: { id: string } | null }[] } }>(
      gateway.url,
      { query: LIST, variables: { locationId: quietLocation } },
      { token: quietToken },
    );
    expect(quiet.errors).toBeUndefined();
    expect(quiet.data?.callLogs.nodes).toHaveLength(5);
    // Served while tenant A's requests still hang, and A holds no more than its share.
    expect(hangingAnswered).toBe(0);
    expect(held.size).toBe(SLOTS_PER_LOCATION);

    // Tenant A's operations end at their deadline, coded.
    for (const answer of await Promise.all(hanging))
      expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['UPSTREAM_TIMEOUT']);
  }, 60_000);
});

describe('FairConcurrency', () => {
  it('gives waiting keys slots in turn, and lets a waiter leave when its operation gives up', async () => {
    const slots = new FairConcurrency(2, 2);
    const never = new AbortController().signal;
    const onAbort = () => new GraphQLError('gave up');
    const started: string[] = [];
    const releases: (() => void)[] = [];
    const task = (name: string) => () => {
      started.push(name);
      return new Promise<void>((resolve) => releases.push(resolve));
    };
    const running = [
      slots.run('a', task('a1'), never, onAbort),
      slots.run('a', task('a2'), never, onAbort),
      slots.run('a', task('a3'), never, onAbort),
      slots.run('a', task('a4'), never, onAbort),
    ];
    const leaving = new AbortController();
    const abandoned = slots.run('b', task('b-left'), leaving.signal, onAbort);
    running.push(slots.run('b', task('b1'), never, onAbort), slots.run('c', task('c1'), never, onAbort));
    await until(() => started.length === 2);
    expect(started).toEqual(['a1', 'a2']);
    leaving.abort();
    await expect(abandoned).rejects.toThrow('gave up');
    // Each freed slot goes to the next key in turn: a, b, c, then a again.
    for (let freed = 0; freed < 4; freed++) {
      releases.shift()?.();
      await until(() => started.length === 3 + freed);
    }
    expect(started).toEqual(['a1', 'a2', 'a3', 'b1', 'c1', 'a4']);
    for (const release of releases) release();
    await Promise.all(running);
  });
});
