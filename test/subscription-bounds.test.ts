// What one client may hold and ask over the live transports: subscriptions per connection and per credential,
// connections per instance, the connection_init deadline; a subscription document meets the HTTP path's limits
// (depth, the safelist) and only subscriptions run there; a JWT caller gets only its claim's locations, and its
// subscription ends when the JWT expires. Every refusal is coded, and none costs an upstream request.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';

import { AGENCY_TOKEN } from '../src/emulator/tokens.js';
import { LiveCallsDocument } from '../src/generated/client/graphql.js';
import { graphql } from './generated/index.js';
import { type LiveClient, sseClient, webSocketClient } from './helpers/live.js';
import { type Stack, startStack } from './helpers/stack.js';
import { until } from './helpers/wait.js';

const CALLS = graphql(`
  subscription BoundedCalls($locationId: ID!) {
    callLogCreated(locationId: $locationId) {
      id
    }
  }
`);

let clients: LiveClient[] = [];

function track<Client extends LiveClient>(client: Client): Client {
  clients.push(client);
  return client;
}

async function closeClients(): Promise<void> {
  for (const client of clients) await client.close();
  clients = [];
}

function codeOf(subscription: {
  results: { errors?: readonly { extensions?: Record<string, unknown> }[] }[];
  error: unknown;
}) {
  const errors = subscription.results[0]?.errors ?? (subscription.error as { extensions?: Record<string, unknown> }[]);
  return errors[0]?.extensions?.['code'];
}

describe('bounds', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      gateway: {
        subscriptions: { maxPerConnection: 2, maxPerCredential: 3, maxConnections: 3, connectionInitTimeoutMs: 300 },
      },
    });
  });
  afterAll(async () => {
    await closeClients();
    await stack.stop();
  });

  it('refuses a subscription past the bound of its connection, then of its credential, coded', async () => {
    const variables = { locationId: stack.locationId };
    const socket = track(webSocketClient(stack.gateway.url, stack.token));
    const [one, two] = [socket.subscribe(CALLS, variables), socket.subscribe(CALLS, variables)];
    await until(() => stack.gateway.live.listenerCount === 2);
    const third = socket.subscribe(CALLS, variables);
    await third.ended();
    expect(codeOf(third)).toBe('SUBSCRIPTION_LIMIT_EXCEEDED');

    const stream = track(sseClient(stack.gateway.url, stack.token));
    const [fourth, fifth] = [stream.subscribe(CALLS, variables), stream.subscribe(CALLS, variables)];
    await until(
      () =>
        stack.gateway.live.listenerCount === 3 &&
        (fourth.error !== undefined || fifth.error !== undefined || fourth.results.length + fifth.results.length > 0),
    );
    const refused = [fourth, fifth].find(
      (subscription) => subscription.results.length > 0 || subscription.error !== undefined,
    );
    expect(refused && codeOf(refused)).toBe('SUBSCRIPTION_LIMIT_EXCEEDED');
    for (const subscription of [one, two, fourth, fifth]) subscription.unsubscribe();
    await closeClients();
    await until(() => stack.gateway.live.listenerCount === 0);
  });

  it('refuses a WebSocket past the instance bound with 503 OVERLOADED, before the upgrade', async () => {
    const sockets = await Promise.all([0, 1, 2].map(() => openSocket(stack)));
    const refused = await upgradeStatus(stack);
    expect(refused).toBe(503);
    for (const socket of sockets) socket.close();
    await until(async () => (await upgradeStatus(stack)) === 101);
  });

  it('closes a socket that sends no connection_init in time with 4408', async () => {
    const socket = await openSocket(stack);
    const code = await new Promise<number>((resolve) => {
      socket.once('close', (closeCode) => {
        resolve(closeCode);
      });
    });
    expect(code).toBe(4408);
  });
});

describe('the HTTP path limits and safelist', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gateway: { safelist: true, production: true, limits: { maxDepth: 4 } } });
  });
  afterAll(async () => {
    await closeClients();
    await stack.stop();
  });

  it('refuses, coded, a document too deep, one not in the safelist, and a query, before any request', async () => {
    stack.emulator.requests.clear();
    const socket = track(webSocketClient(stack.gateway.url, stack.token));
    const deep = socket.subscribe(
      `subscription Deep($locationId: ID!) { callLogCreated(locationId: $locationId) { contact { callLogs { nodes { id } } } } }`,
      { locationId: stack.locationId } as never,
    );
    const unlisted = socket.subscribe(CALLS, { locationId: stack.locationId });
    const query = socket.subscribe(`query Q { __typename }`, {} as never);
    for (const subscription of [deep, unlisted, query]) await subscription.ended();
    expect([codeOf(deep), codeOf(unlisted), codeOf(query)]).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
      'PERSISTED_QUERY_NOT_IN_LIST',
      'BAD_REQUEST',
    ]);
    expect(stack.emulator.requests.all()).toEqual([]);
  });

  it('runs the shipped LiveCalls (the frontend kit document, fragments included) and delivers a call', async () => {
    const subscription = track(webSocketClient(stack.gateway.url, stack.token)).subscribe(LiveCallsDocument, {
      locationId: stack.locationId,
    });
    await until(() => stack.gateway.live.listenerCount === 1);
    const placed = await stack.emulator.placeCall(stack.locationId);
    const [result] = await subscription.received(1);
    expect(result?.errors).toBeUndefined();
    expect(result?.data?.callLogCreated).toMatchObject({ id: placed.callLog.id, locationId: stack.locationId });
    subscription.unsubscribe();
  });
});

describe('service-token mode', () => {
  const SECRET = 'a-test-secret-of-at-least-32-bytes-long!';
  let stack: Stack;
  let location1: string;
  let location2: string;
  beforeAll(async () => {
    stack = await startStack({
      gateway: {
        auth: {
          mode: 'service',
          serviceToken: AGENCY_TOKEN,
          jwtSecret: SECRET,
          issuer: 'https://issuer.test',
          audience: 'gateway',
          locationsClaim: 'locations',
        },
      },
    });
    [location1 = '', location2 = ''] = stack.emulator.locations;
  });
  afterAll(async () => {
    await closeClients();
    await stack.stop();
  });

  function jwt(locations: string[], expiresInSeconds: number): Promise<string> {
    return new SignJWT({ locations })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('https://issuer.test')
      .setAudience('gateway')
      .setExpirationTime(Math.floor(Date.now() / 1000) + expiresInSeconds)
      .sign(new TextEncoder().encode(SECRET));
  }

  it('refuses a location outside the JWT claim with FORBIDDEN, before any request', async () => {
    stack.emulator.requests.clear();
    const token = await jwt([location1], 300);
    const subscription = track(webSocketClient(stack.gateway.url, token)).subscribe(CALLS, { locationId: location2 });
    await subscription.ended();
    expect(codeOf(subscription)).toBe('FORBIDDEN');
    expect(stack.emulator.requests.all()).toEqual([]);
  });

  it('ends the subscription with UNAUTHENTICATED when the JWT expires', async () => {
    const token = await jwt([location1], 2);
    const subscription = track(webSocketClient(stack.gateway.url, token)).subscribe(CALLS, { locationId: location1 });
    await subscription.ended();
    expect(codeOf(subscription)).toBe('UNAUTHENTICATED');
    expect(subscription.completed).toBe(true);
  });
});

function socketUrl(stack: Stack): string {
  return stack.gateway.url.replace(/^http/, 'ws');
}

function openSocket(stack: Stack): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(socketUrl(stack), 'graphql-transport-ws');
    socket.once('open', () => {
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

/** The status the upgrade was answered with: 101 when it opened (closed at once), else the refusal's. */
function upgradeStatus(stack: Stack): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(socketUrl(stack), 'graphql-transport-ws');
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
    });
    socket.once('error', () => undefined);
  });
}
