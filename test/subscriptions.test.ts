// Subscription.callLogCreated over both transports, against the real emulator: the emulator places a call and
// POSTs its signed VoiceAiCallEnd to the gateway, and a subscriber receives it as a CallLog with its references
// resolved with the subscriber's own credential, secrets masked; filters are applied on the server; another
// location's subscriber receives nothing; a credential HighLevel refuses is refused at subscribe, coded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { graphql } from './generated/index.js';
import { countsByRoute } from './helpers/emulator-log.js';
import { type LiveClient, sseClient, webSocketClient } from './helpers/live.js';
import { type Stack, startStack } from './helpers/stack.js';
import { until } from './helpers/wait.js';

const CALLS = graphql(`
  subscription LiveCallsTest($locationId: ID!, $filter: LiveCallLogFilter) {
    callLogCreated(locationId: $locationId, filter: $filter) {
      id
      locationId
      duration
      summary
      contact {
        id
        name
      }
      agent {
        id
        name
      }
      actions {
        __typename
        ... on CustomAction {
          api {
            hasAuthenticationValue
            authenticationValueMasked
          }
        }
      }
    }
  }
`);

let stack: Stack;
let location1: string;
let location2: string;
const clients: LiveClient[] = [];
/** Listeners at the start of each test (none: every test ends its subscriptions). */
const listening = 0;

beforeAll(async () => {
  stack = await startStack();
  [location1 = '', location2 = ''] = stack.emulator.locations;
});

afterAll(async () => {
  for (const client of clients) await client.close();
  await stack.stop();
});

function open(transport: 'websocket' | 'sse', token: string | null = stack.token): LiveClient {
  const client =
    transport === 'websocket' ? webSocketClient(stack.gateway.url, token) : sseClient(stack.gateway.url, token);
  clients.push(client);
  return client;
}

describe.each(['websocket', 'sse'] as const)('over %s', (transport) => {
  it('delivers a placed call as a CallLog, references resolved with the subscriber credential, secrets masked', async () => {
    const client = open(transport);
    stack.emulator.requests.clear();
    const subscription = client.subscribe(CALLS, { locationId: location1 });
    await waitForListeners();
    // The subscription's access check: one list request with its credential.
    expect(countsByRoute(stack.emulator)).toEqual({ 'callLogs.list': 1 });
    stack.emulator.requests.clear();
    const placed = await stack.emulator.placeCall(location1);
    const [result] = await subscription.received(1);
    expect(result?.errors).toBeUndefined();
    const call = result?.data?.callLogCreated;
    expect(call).toMatchObject({ id: placed.callLog.id, locationId: location1 });
    expect(call?.contact?.id).toBe(placed.callLog.contactId);
    expect(call?.contact?.name).toEqual(expect.any(String));
    const custom = placed.callLog.executedCallActions.find((action) => action.actionType === 'CUSTOM_ACTION');
    const secret = (custom?.actionParameters as { apiDetails?: { authenticationValue?: string } } | undefined)
      ?.apiDetails?.authenticationValue;
    expect(secret).toEqual(expect.any(String));
    expect(JSON.stringify(result)).not.toContain(secret);
    expect(
      call?.actions?.some((action) => action.__typename === 'CustomAction' && action.api?.hasAuthenticationValue),
    ).toBe(true);
    // The references it selects, one request each, with the subscriber's token; nothing else.
    expect(countsByRoute(stack.emulator)).toEqual({ 'contacts.get': 1, 'agents.get': 1 });
    subscription.unsubscribe();
    await until(() => stack.gateway.live.listenerCount === listening);
  });

  it('sends nothing of another location, nor what the filter leaves out', async () => {
    const client = open(transport, stack.emulator.tokens.byLocation[location2] ?? '');
    const other = client.subscribe(CALLS, { locationId: location2 });
    const mine = open(transport).subscribe(CALLS, { locationId: location1, filter: { callType: 'TRIAL' } });
    const all = open(transport).subscribe(CALLS, { locationId: location1 });
    await waitForListeners(3);
    const placed = await stack.emulator.placeCall(location1);
    await all.received(1);
    const trial = placed.callLog.trialCall;
    expect(other.results).toEqual([]);
    expect(mine.results.length).toBe(trial ? 1 : 0);
    for (const subscription of [other, mine, all]) subscription.unsubscribe();
    await until(() => stack.gateway.live.listenerCount === listening);
  });

  it('refuses at subscribe, coded, a token HighLevel refuses for that location', async () => {
    const token2 = stack.emulator.tokens.byLocation[location2] ?? '';
    const subscription = open(transport, token2).subscribe(CALLS, { locationId: location1 });
    await subscription.ended();
    const errors = subscription.results[0]?.errors ?? (subscription.error as { extensions?: unknown }[] | undefined);
    expect(JSON.stringify(errors)).toMatch(/"code":"(FORBIDDEN|UNAUTHENTICATED)"/);
  });
});

/** Until `count` more subscribers listen to the gateway's live events (their access check answered). */
async function waitForListeners(count = 1): Promise<void> {
  const target = listening + count;
  await until(() => stack.gateway.live.listenerCount >= target);
}

describe('the credential in connection_init', () => {
  it.each([
    ['Authorization', (token: string) => ({ Authorization: `Bearer ${token}` })],
    ['authorization under headers', (token: string) => ({ headers: { authorization: `Bearer ${token}` } })],
    ['token (Apollo Router, Hive Gateway)', (token: string) => ({ token })],
    ['token with its scheme', (token: string) => ({ token: `Bearer ${token}` })],
  ])('is read from %s', async (_name, payload) => {
    const client = webSocketClient(stack.gateway.url, null, { connectionParams: payload(stack.token) });
    clients.push(client);
    const subscription = client.subscribe(CALLS, { locationId: location1 });
    await until(() => stack.gateway.live.listenerCount === 1);
    subscription.unsubscribe();
    await until(() => stack.gateway.live.listenerCount === 0);
  });
});
