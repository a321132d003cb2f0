// Federation 2, proven with Apollo's own tools: our subgraph composes with a second (CRM) subgraph through
// @apollo/composition, and @apollo/gateway executes queries that cross between them in both directions.
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { graphql } from './generated/gql.js';
import type { EntityContactCallsQuery } from './generated/graphql.js';
import { composeCallsAndCrm, crmScore, type CrmSubgraph, startCrmSubgraph } from './helpers/crm-subgraph.js';
import { countsByRoute } from './helpers/emulator-log.js';
import { dataOf, sendOperation } from './helpers/graphql.js';
import { type Stack, startStack } from './helpers/stack.js';
import { upstreamCallLogs } from './helpers/upstream.js';

const LOCATION = 'LOC123456789ABCDEF';
const REFERENCE_CONTACT = '507f1f77bcf86cd799439012';

let stack: Stack;
let crm: CrmSubgraph;
let router: ApolloServer<{ authorization?: string }>;
let routerUrl: string;
let ticketCallIds: string[];

beforeAll(async () => {
  stack = await startStack();
  ticketCallIds = (await upstreamCallLogs(stack, { pageSize: 3 })).callLogs.map((log) => log.id);
  crm = await startCrmSubgraph({ locationId: LOCATION, ticketCallIds: () => ticketCallIds });

  const composition = composeCallsAndCrm({ calls: stack.gateway.url, crm: crm.url });
  expect(composition.errors).toBeUndefined();

  const gateway = new ApolloGateway({
    supergraphSdl: composition.supergraphSdl,
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<{ authorization?: string }>({
        url,
        willSendRequest({ request, context }) {
          const authorization: string | undefined = context.authorization;
          if (authorization) request.http?.headers.set('authorization', authorization);
        },
      }),
  });
  router = new ApolloServer<{ authorization?: string }>({ gateway });
  ({ url: routerUrl } = await startStandaloneServer(router, {
    listen: { port: 0, host: '127.0.0.1' },
    context: ({ req }) => Promise.resolve({ authorization: req.headers.authorization }),
  }));
});

afterAll(async () => {
  await router.stop();
  await crm.stop();
  await stack.stop();
});

beforeEach(() => {
  stack.emulator.requests.clear();
});

/** Through the router: the documents are the supergraph's (the CRM's fields too), so they stay untyped strings. */
function routerQuery<Data>(query: string) {
  return sendOperation<Data>(routerUrl, query, undefined, { token: stack.token });
}

describe('supergraph of the calls subgraph and a CRM subgraph', () => {
  it('composes without errors, with CallLog and Contact as entities', () => {
    const composition = composeCallsAndCrm({ calls: 'http://calls', crm: 'http://crm' });
    expect(composition.errors).toBeUndefined();
    expect(composition.supergraphSdl).toMatch(/type CallLog\s+@join__type\(graph: CALLS, key: "id locationId"\)/);
    expect(composition.supergraphSdl).toMatch(/type Contact\s+@join__type\(graph: CALLS, key: "id"\)/);
  });

  it('CRM → calls: a CRM contact gets its Voice AI calls from us (Contact.callLogs)', async () => {
    const result = await routerQuery<{
      crmContact: {
        crmScore: number;
        callLogs: { totalCount: number; nodes: { id: string; contact: { id: string } }[] };
      };
    }>(
      `{ crmContact(id: "${REFERENCE_CONTACT}") { crmScore callLogs(first: 5) { totalCount nodes { id contact { id } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.crmContact.crmScore).toBe(crmScore(REFERENCE_CONTACT));
    const nodes = result.data?.crmContact.callLogs.nodes ?? [];
    expect(nodes.length).toBe(5);
    expect(nodes.every((node) => node.contact.id === REFERENCE_CONTACT)).toBe(true);
    // The contact's location is one contact request away; then one list request.
    expect(countsByRoute(stack.emulator)).toEqual({ 'contacts.get': 1, 'callLogs.list': 1 });
    expect(stack.emulator.requests.all().find((request) => request.route === 'callLogs.list')?.query).toMatchObject({
      locationId: LOCATION,
      contactId: REFERENCE_CONTACT,
    });
  });

  it("CRM → calls: a failed Contact.callLogs is null with a coded error, and the CRM's fields arrive", async () => {
    stack.emulator.faults.set([{ route: 'callLogs.list', status: 500 }]);
    try {
      const result = await routerQuery<{ crmContact: { crmScore: number; callLogs: { totalCount: number } | null } }>(
        `{ crmContact(id: "${REFERENCE_CONTACT}") { crmScore callLogs(first: 5) { totalCount } } }`,
      );
      expect(result.data).toEqual({ crmContact: { crmScore: crmScore(REFERENCE_CONTACT), callLogs: null } });
      expect(result.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
        [['crmContact', 'callLogs'], 'UPSTREAM_UNAVAILABLE'],
      ]);
    } finally {
      stack.emulator.faults.clear();
    }
  });

  it('CRM → calls: tickets resolve their call logs through one batch of entity lookups', async () => {
    const result = await routerQuery<{
      tickets: { subject: string; callLog: { id: string; duration: number | null; agent: { name: string } | null } }[];
    }>(`{ tickets { subject callLog { id duration agent { name } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.tickets.map((ticket) => ticket.callLog.id)).toEqual([...ticketCallIds, ticketCallIds[0]]);
    // Four representations, three distinct call logs: three requests, then their distinct agents.
    const counts = countsByRoute(stack.emulator);
    expect(counts['callLogs.get']).toBe(3);
    const agents = new Set(
      (await upstreamCallLogs(stack, { pageSize: 3 })).callLogs
        .filter((log) => !log.isAgentDeleted)
        .map((log) => log.agentId),
    );
    expect(counts['agents.get'] ?? 0).toBe(agents.size);
  });

  it('calls → CRM: call logs get each contact CRM score from the CRM subgraph, at no upstream cost', async () => {
    const result = await routerQuery<{
      callLogs: null | {
        nodes: { id: string; contactId: string | null; contact: { id: string; crmScore: number } | null }[];
      };
    }>(`{ callLogs(locationId: "${LOCATION}", first: 10) { nodes { id contactId contact { id crmScore } } } }`);
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.callLogs?.nodes ?? [];
    expect(nodes).toHaveLength(10);
    for (const node of nodes) {
      if (node.contactId === null) expect(node.contact).toBeNull();
      else expect(node.contact).toEqual({ id: node.contactId, crmScore: crmScore(node.contactId) });
    }
    // The router asks us only for each contact's key: no contact request reaches HighLevel.
    expect(countsByRoute(stack.emulator)).toEqual({ 'callLogs.list': 1 });
  });

  it('composes Contact with its two keys: by id, and by id and location', () => {
    const composition = composeCallsAndCrm({ calls: 'http://calls', crm: 'http://crm' });
    expect(composition.errors).toBeUndefined();
    expect(composition.supergraphSdl).toContain('@join__type(graph: CALLS, key: "id locationId")');
    expect(composition.supergraphSdl).toMatch(
      /type Contact\s+@join__type\(graph: CALLS, key: "id"\)\s+@join__type\(graph: CALLS, key: "id locationId"\)/,
    );
  });

  it('resolves N entity representations of one type in one batch through the loaders', async () => {
    const response = await stack.query(
      graphql(`
        query AgentsAndWorkflows($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Agent {
              id
              name
            }
            ... on Workflow {
              id
              name
            }
          }
        }
      `),
      {
        representations: [
          { __typename: 'Agent', id: '507f1f77bcf86cd799439013', locationId: LOCATION },
          { __typename: 'Agent', id: '507f1f77bcf86cd799439013', locationId: LOCATION },
          { __typename: 'Workflow', id: '507f1f77bcf86cd799439020', locationId: LOCATION },
          { __typename: 'Workflow', id: 'workflowThatIsGone01', locationId: LOCATION },
        ],
      },
    );
    expect(dataOf(response)._entities.map((entity) => (entity && 'id' in entity ? entity.id : null))).toEqual([
      '507f1f77bcf86cd799439013',
      '507f1f77bcf86cd799439013',
      '507f1f77bcf86cd799439020',
      null,
    ]);
    expect(countsByRoute(stack.emulator)).toEqual({ 'agents.get': 1, 'workflows.list': 1 });
  });
});

describe('CallLog under _entities', () => {
  it('answers a representation HighLevel does not have with null and NOT_FOUND at its path', async () => {
    const response = await stack.query(
      graphql(`
        query EntityCallLogs($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on CallLog {
              id
              duration
            }
          }
        }
      `),
      {
        representations: [
          { __typename: 'CallLog', id: 'callLogThatIsGone01', locationId: LOCATION },
          { __typename: 'CallLog', id: '507f1f77bcf86cd799439011', locationId: LOCATION },
        ],
      },
    );
    expect(response.data?._entities).toEqual([null, { id: '507f1f77bcf86cd799439011', duration: 180 }]);
    expect(response.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
      [['_entities', 0], 'NOT_FOUND'],
    ]);
    expect(countsByRoute(stack.emulator)).toEqual({ 'callLogs.get': 2 });
  });
});

describe('Contact.callLogs under _entities', () => {
  const CONTACT_CALLS = graphql(`
    query EntityContactCalls($representations: [_Any!]!, $first: Int, $after: String) {
      _entities(representations: $representations) {
        ... on Contact {
          id
          callLogs(first: $first, after: $after) {
            totalCount
            edges {
              node {
                id
                contact {
                  id
                }
              }
            }
          }
        }
      }
    }
  `);

  function contactIdsOf(response: Awaited<ReturnType<typeof stack.query<EntityContactCallsQuery>>>): string[] {
    return dataOf(response)._entities.flatMap((entity) =>
      entity && 'callLogs' in entity ? (entity.callLogs?.edges.map((edge) => edge.node.contact?.id ?? '') ?? []) : [],
    );
  }

  it('costs exactly the list when the representation carries the location (the second key)', async () => {
    const response = await stack.query(CONTACT_CALLS, {
      representations: [{ __typename: 'Contact', id: REFERENCE_CONTACT, locationId: LOCATION }],
      first: 5,
    });
    expect(response.errors).toBeUndefined();
    expect(contactIdsOf(response)).toEqual(Array<string>(5).fill(REFERENCE_CONTACT));
    expect(countsByRoute(stack.emulator)).toEqual({ 'callLogs.list': 1 });
  });

  it('costs the list and one contact request when the representation carries the id alone', async () => {
    const response = await stack.query(CONTACT_CALLS, {
      representations: [{ __typename: 'Contact', id: REFERENCE_CONTACT }],
      first: 5,
    });
    expect(response.errors).toBeUndefined();
    expect(contactIdsOf(response)).toEqual(Array<string>(5).fill(REFERENCE_CONTACT));
    expect(countsByRoute(stack.emulator)).toEqual({ 'contacts.get': 1, 'callLogs.list': 1 });
  });

  it.each([
    ['first over 200', { first: 500 }],
    ['a cursor of another list', { after: Buffer.from('cl2:aaaaaaaaaa:3:1700000000000').toString('base64url') }],
    ['a malformed cursor', { after: 'not-a-cursor' }],
  ])('refuses %s with BAD_USER_INPUT before any upstream request, even by id alone', async (_label, args) => {
    const response = await stack.query(CONTACT_CALLS, {
      representations: [{ __typename: 'Contact', id: REFERENCE_CONTACT }],
      ...args,
    });
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
    expect(stack.emulator.requests.all()).toHaveLength(0);
  });
});
