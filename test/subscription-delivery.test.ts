// What a subscriber's events cost and show: subscribers of one credential share each event's references (twenty
// dashboards, one contact request); each credential reads with its own token; a ContactUpdate webhook makes the next
// event show the new name to every credential; `since` replays the calls a reconnecting client missed, oldest first,
// then goes live, each call once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { graphql } from './generated/index.js';
import { countsByRoute, tokenHash } from './helpers/emulator-log.js';
import { type LiveClient, webSocketClient } from './helpers/live.js';
import { type Stack, startStack } from './helpers/stack.js';
import { until } from './helpers/wait.js';

const CALLS = graphql(`
  subscription DeliveryCalls($locationId: ID!, $since: DateTime) {
    callLogCreated(locationId: $locationId, since: $since) {
      id
      contact {
        id
        name
      }
      agent {
        name
      }
    }
  }
`);

let stack: Stack;
let location: string;
let clients: LiveClient[] = [];

function client(token: string): LiveClient {
  const opened = webSocketClient(stack.gateway.url, token);
  clients.push(opened);
  return opened;
}

async function closeClients(): Promise<void> {
  for (const opened of clients) await opened.close();
  clients = [];
  await until(() => stack.gateway.live.listenerCount === 0);
}

describe('with the reference cache off', () => {
  beforeAll(async () => {
    stack = await startStack();
    location = stack.locationId;
  });
  afterAll(async () => {
    await stack.stop();
  });
  beforeEach(closeClients);

  it('costs one request per reference per event for 20 subscribers of one credential, one per credential', async () => {
    const second = stack.emulator.mintToken(location);
    const mine = Array.from({ length: 20 }, () => client(stack.token).subscribe(CALLS, { locationId: location }));
    const theirs = client(second).subscribe(CALLS, { locationId: location });
    await until(() => stack.gateway.live.listenerCount === 21);
    stack.emulator.requests.clear();
    const placed = await stack.emulator.placeCall(location);
    for (const subscription of [...mine, theirs]) {
      const [result] = await subscription.received(1);
      expect(result?.data?.callLogCreated.id).toBe(placed.callLog.id);
      expect(result?.data?.callLogCreated.contact?.name).toEqual(expect.any(String));
    }
    // Twenty subscribers of one credential: one contact and one agent request; the other credential: its own.
    expect(countsByRoute(stack.emulator)).toEqual({ 'contacts.get': 2, 'agents.get': 2 });
    const byToken = new Set(stack.emulator.requests.all().map((request) => request.tokenHash));
    expect(byToken).toEqual(new Set([tokenHash(stack.token), tokenHash(second)]));
  });

  it('replays with `since` the calls that ended since then, oldest first, then goes live, each call once', async () => {
    const first = await stack.emulator.placeCall(location);
    // When the first call ended: a client that was last connected then (earlier tests' calls ended before).
    const since = new Date(Date.parse(first.callLog.createdAt) + first.callLog.duration * 1000);
    const second = await stack.emulator.placeCall(location);
    stack.emulator.requests.clear();
    const subscription = client(stack.token).subscribe(CALLS, { locationId: location, since: since.toISOString() });
    await subscription.received(2);
    // The access check and one page of the replay (both list requests).
    expect(countsByRoute(stack.emulator)['callLogs.list']).toBe(2);
    const live = await stack.emulator.placeCall(location);
    const results = await subscription.received(3);
    const ids = results.map((result) => result.data?.callLogCreated.id);
    // The replay is ordered by when each call ended, which the emulator rounds: both placed calls end "now".
    expect(new Set(ids.slice(0, 2))).toEqual(new Set([first.callLog.id, second.callLog.id]));
    expect(ids[2]).toBe(live.callLog.id);
  });

  it('refuses a `since` further back than 24 hours, coded, before any request', async () => {
    stack.emulator.requests.clear();
    const since = new Date(Date.now() - 25 * 3_600_000).toISOString();
    const subscription = client(stack.token).subscribe(CALLS, { locationId: location, since });
    await subscription.ended();
    expect(subscription.results[0]?.errors?.[0]?.extensions['code']).toBe('BAD_USER_INPUT');
    expect(stack.emulator.requests.all()).toEqual([]);
  });
});

describe('with the reference cache on', () => {
  beforeAll(async () => {
    stack = await startStack({ gateway: { cache: {} } });
    location = stack.locationId;
  });
  afterAll(async () => {
    await closeClients();
    await stack.stop();
  });

  it('shows a contact renamed by ContactUpdate in the next event, to every credential', async () => {
    const second = stack.emulator.mintToken(location);
    const subscriptions = [stack.token, second].map((token) =>
      client(token).subscribe(CALLS, { locationId: location }),
    );
    await until(() => stack.gateway.live.listenerCount === 2);
    const placed = await stack.emulator.placeCall(location);
    for (const subscription of subscriptions) await subscription.received(1);
    const contactId = placed.callLog.contactId ?? '';
    expect(contactId).not.toBe('');

    await stack.emulator.updateContact(contactId, { firstName: 'Renamed', lastName: 'Caller' });
    // Another call of the same contact, as HighLevel would send it.
    const body = JSON.parse(placed.body) as Record<string, unknown>;
    const again: Record<string, unknown> = { ...body, id: 'bbbbbbbbbbbbbbbbbbbbbbbb' };
    delete again['webhookId'];
    const [answer] = await stack.emulator.webhooks.send(JSON.stringify(again));
    expect(answer?.status).toBe(200);
    for (const subscription of subscriptions) {
      const [, next] = await subscription.received(2);
      expect(next?.data?.callLogCreated).toMatchObject({ id: again['id'], contact: { id: contactId } });
      expect(next?.data?.callLogCreated.contact?.name).toMatch(/Renamed/);
    }
  });
});
