// Subscriptions through a real federation router: Hive Gateway (its runtime, as `hive-gateway` serves it) over the
// supergraph of our subgraph and the CRM test subgraph. A client subscribes at the router; the router subscribes to
// our subgraph over graphql-ws (the `graphql-transport-ws` subprotocol on `/graphql`), handing on that client's
// Authorization in connection_init; each event the emulator's signed webhook makes reaches the client with the CRM's
// `contact.crmScore` joined in by the router, and a caller whose credential HighLevel refuses for the location gets
// our coded error, not another caller's events.
import { type Client, createClient, type ExecutionResult } from 'graphql-sse';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { composeCallsAndCrm, crmScore, type CrmSubgraph, startCrmSubgraph } from './helpers/crm-subgraph.js';
import { countsByRoute } from './helpers/emulator-log.js';
import { sendOperation } from './helpers/graphql.js';
import { type HiveGateway, startHiveGateway } from './helpers/hive-gateway.js';
import { type Stack, startStack } from './helpers/stack.js';
import { until } from './helpers/wait.js';

const CALL_LOG_CREATED = /* GraphQL */ `
  subscription RouterCallLogCreated($locationId: ID!) {
    callLogCreated(locationId: $locationId) {
      id
      duration
      contact {
        name
        crmScore
      }
    }
  }
`;

interface CallLogCreated {
  callLogCreated: { id: string; duration: number | null; contact: { name: string | null; crmScore: number } | null };
}

/** A subscription at the router, over GraphQL over SSE (Hive Gateway serves it on its `/graphql`), its results kept. */
function subscribeAtRouter(client: Client, locationId: string) {
  const results: ExecutionResult<CallLogCreated, unknown>[] = [];
  const failures: unknown[] = [];
  const unsubscribe = client.subscribe<CallLogCreated>(
    { query: CALL_LOG_CREATED, variables: { locationId } },
    {
      next: (result) => void results.push(result),
      error: (error: unknown) => void failures.push(error),
      complete() {},
    },
  );
  return { results, failures, unsubscribe };
}

let stack: Stack;
let crm: CrmSubgraph;
let router: HiveGateway;
let client: Client;
let location2: string;

beforeAll(async () => {
  stack = await startStack();
  location2 = stack.emulator.locations[1] ?? '';
  crm = await startCrmSubgraph({ locationId: stack.locationId });
  const composition = composeCallsAndCrm({ calls: stack.gateway.url, crm: crm.url });
  expect(composition.errors).toBeUndefined();
  router = await startHiveGateway(composition.supergraphSdl ?? '');
  client = createClient({
    url: router.url,
    singleConnection: false,
    headers: { authorization: `Bearer ${stack.token}` },
    retryAttempts: 0,
  });
});

afterAll(async () => {
  client.dispose();
  await router.stop();
  await crm.stop();
  await stack.stop();
});

beforeEach(() => {
  stack.emulator.requests.clear();
});

afterEach(async () => {
  // Nothing of a test's subscription outlives it, at the router or in our subgraph.
  await until(() => stack.gateway.live.listenerCount === 0);
});

describe('Hive Gateway over the supergraph of our subgraph and the CRM subgraph', () => {
  it('answers a query across both subgraphs (the router is set up right)', async () => {
    const result = await sendOperation<{
      callLogs: { nodes: { contactId: string | null; contact: { crmScore: number } | null }[] } | null;
    }>(
      router.url,
      `{ callLogs(locationId: "${stack.locationId}", first: 5) { nodes { contactId contact { crmScore } } } }`,
      undefined,
      { token: stack.token },
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.callLogs?.nodes ?? [];
    expect(nodes).toHaveLength(5);
    for (const node of nodes) {
      expect(node.contact).toEqual(node.contactId === null ? null : { crmScore: crmScore(node.contactId) });
    }
    expect(countsByRoute(stack.emulator)).toEqual({ 'callLogs.list': 1 });
  });

  it('delivers a call the emulator places to a subscriber at the router, with the CRM score resolved', async () => {
    const subscription = subscribeAtRouter(client, stack.locationId);
    try {
      // The router has subscribed to our subgraph when our subgraph listens to the location.
      await until(
        () =>
          stack.gateway.live.listenerCount === 1 || subscription.results.length > 0 || subscription.failures.length > 0,
      );
      expect(subscription.results).toEqual([]);
      expect(subscription.failures).toEqual([]);
      // Our subgraph checked the credential against the location once, at subscribe.
      expect(countsByRoute(stack.emulator)).toEqual({ 'callLogs.list': 1 });
      stack.emulator.requests.clear();

      const placed = await stack.emulator.placeCall(stack.locationId);
      expect(placed.deliveries.map((delivery) => delivery.status)).toEqual([200]);
      await until(() => subscription.results.length > 0);

      const contactId = placed.callLog.contactId ?? '';
      expect(subscription.results).toEqual([
        {
          data: {
            callLogCreated: {
              id: placed.callLog.id,
              duration: placed.callLog.duration,
              contact: { name: stack.emulator.store.contact(contactId)?.name, crmScore: crmScore(contactId) },
            },
          },
        },
      ]);
      // The event's contact name is one contact request; its CRM score costs HighLevel nothing.
      expect(countsByRoute(stack.emulator)).toEqual({ 'contacts.get': 1 });
    } finally {
      subscription.unsubscribe();
    }
  });

  it("hands each caller's own credential to our subgraph: one HighLevel refuses for the location is refused, coded", async () => {
    const location2Client = createClient({
      url: router.url,
      singleConnection: false,
      headers: { authorization: `Bearer ${stack.emulator.tokens.byLocation[location2] ?? ''}` },
      retryAttempts: 0,
    });
    const refused = subscribeAtRouter(location2Client, stack.locationId);
    const allowed = subscribeAtRouter(client, stack.locationId);
    try {
      await until(() => refused.results.length > 0 || refused.failures.length > 0);
      expect(refused.failures).toEqual([]);
      expect(refused.results.map((result) => result.errors?.map((error) => error.extensions['code']))).toEqual([
        ['FORBIDDEN'],
      ]);
      await until(() => stack.gateway.live.listenerCount === 1);
      const placed = await stack.emulator.placeCall(stack.locationId);
      await until(() => allowed.results.length > 0);
      expect(allowed.results.map((result) => result.data?.callLogCreated.id)).toEqual([placed.callLog.id]);
      expect(refused.results).toHaveLength(1);
    } finally {
      refused.unsubscribe();
      allowed.unsubscribe();
      location2Client.dispose();
    }
  });
});
