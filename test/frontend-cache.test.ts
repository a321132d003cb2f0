// The gateway in a real normalized client cache: Apollo Client 4's InMemoryCache, configured only from what
// `npm run codegen` ships (src/generated/client/possible-types.ts and type-policies.ts), over real HTTP. What the
// cache returns must be what the wire returned, field for field, and what it already holds must cost no request.
import { createHash } from 'node:crypto';

import {
  ApolloClient,
  CombinedGraphQLErrors,
  gql,
  HttpLink,
  InMemoryCache,
  type TypedDocumentNode,
} from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { type DocumentNode, isInterfaceType, isObjectType, Kind, parse } from 'graphql';
import { createClient as createWsClient } from 'graphql-ws';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';

import {
  CallLogDetailDocument,
  CallStatisticsDocument,
  ContactCallsDocument,
  DashboardDocument,
  type DashboardQuery,
  LiveCallsDocument,
} from '../src/generated/client/graphql.js';
import introspection from '../src/generated/client/possible-types.js';
import { typePolicies } from '../src/generated/client/type-policies.js';
import { buildGatewaySchema, readGraphQLFiles } from '../src/schema.js';
import { graphql } from './generated/gql.js';
import { countsByRoute } from './helpers/emulator-log.js';
import { type Document, documentText } from './helpers/graphql.js';
import { type Stack, startStack } from './helpers/stack.js';
import { until } from './helpers/wait.js';

graphql(`
  fragment ApolloAction on Action {
    id
    actionId
    type
    name
    executedAt
  }
`);

graphql(`
  fragment ApolloRow on CallLog {
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
      locationId
      name
    }
    actions {
      ...ApolloAction
      ... on WorkflowTriggerAction {
        workflow {
          id
          locationId
          name
        }
      }
    }
  }
`);

const APOLLO_PAGE = graphql(`
  query ApolloPage($locationId: ID!, $first: Int!) {
    callLogs(locationId: $locationId, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ApolloRow
        }
      }
    }
  }
`);

const APOLLO_CALL_LOG = graphql(`
  query ApolloCallLog($locationId: ID!, $id: ID!) {
    callLog(locationId: $locationId, id: $id) {
      ...ApolloRow
    }
  }
`);

const APOLLO_LIST_BESIDE_ONE = graphql(`
  query ApolloListBesideOne($locationId: ID!, $id: ID!) {
    callLogs(locationId: $locationId, first: 5) {
      totalCount
      edges {
        node {
          id
          locationId
        }
      }
    }
    callLog(locationId: $locationId, id: $id) {
      id
      locationId
      duration
    }
  }
`);

const REFERENCE_CALL_ID = '507f1f77bcf86cd799439011';
const REFERENCE_CONTACT_ID = '507f1f77bcf86cd799439012';

/** Apollo Client takes parsed documents; the tests' typed documents are strings with their types attached. */
function parsed<Data, Variables>(document: Document<Data, Variables>): TypedDocumentNode<Data, Variables> {
  return parse(documentText(document));
}

interface Wire {
  /** Bodies of the GraphQL responses, in order. */
  bodies: { data?: unknown; errors?: unknown[] }[];
  /** Bodies of the requests, in order, when the test wants them. */
  sent?: Record<string, unknown>[];
}

/**
 * A client whose cache is configured from the generated modules only, recording every request body and response on
 * the wire; `persisted` sends Automatic Persisted Queries through Apollo's PersistedQueryLink, as the README shows.
 */
function newClient(stack: Stack, wire: Wire = { bodies: [] }, url: string = stack.gateway.url, persisted = false) {
  const recordingFetch: typeof fetch = async (input, init) => {
    wire.sent?.push(typeof init?.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : {});
    const response = await fetch(input, init);
    wire.bodies.push((await response.clone().json()) as Wire['bodies'][number]);
    return response;
  };
  const http = new HttpLink({ uri: url, headers: { authorization: `Bearer ${stack.token}` }, fetch: recordingFetch });
  const sha256 = (query: string) => createHash('sha256').update(query).digest('hex');
  return new ApolloClient({
    link: persisted ? new PersistedQueryLink({ sha256 }).concat(http) : http,
    cache: new InMemoryCache({ possibleTypes: introspection.possibleTypes, typePolicies }),
  });
}

let stack: Stack;
/** Safelist mode: only the operations of operations/*.graphql run, as a browser-facing deployment is advised to. */
let safelisted: Stack;
beforeAll(async () => {
  [stack, safelisted] = await Promise.all([startStack(), startStack({ gateway: { safelist: true } })]);
});
afterAll(() => Promise.all([stack.stop(), safelisted.stop()]));
beforeEach(() => {
  stack.emulator.requests.clear();
});

describe('the generated cache configuration', () => {
  const schema = buildGatewaySchema();

  it('lists every implementation of each interface (possibleTypes)', () => {
    const action = schema.getType('Action');
    if (!isInterfaceType(action)) throw new Error('Action is not an interface');
    expect(new Set(introspection.possibleTypes['Action'])).toEqual(
      new Set(schema.getPossibleTypes(action).map((type) => type.name)),
    );
  });

  it("keys every entity by its first federation key, and pages both connections Relay's way", () => {
    for (const type of Object.values(schema.getTypeMap())) {
      const key = isObjectType(type)
        ? type.astNode?.directives?.find((directive) => directive.name.value === 'key')
        : undefined;
      const fields = key?.arguments?.[0]?.value;
      if (fields?.kind !== Kind.STRING) continue;
      expect([type.name, typePolicies[type.name]?.keyFields]).toEqual([type.name, fields.value.split(' ')]);
    }
    const queryFields = typePolicies['Query']?.fields ?? {};
    const contactFields = typePolicies['Contact']?.fields ?? {};
    const keyArgs = (policy: unknown) =>
      new Set(typeof policy === 'object' && policy !== null && 'keyArgs' in policy ? (policy.keyArgs as string[]) : []);
    expect(keyArgs(queryFields['callLogs'])).toEqual(new Set(['locationId', 'filter', 'orderBy']));
    expect(keyArgs(contactFields['callLogs'])).toEqual(new Set(['filter', 'orderBy']));
  });
});

describe('Apollo Client 4 InMemoryCache', () => {
  it('returns what the wire returned, an interface fragment on Action included', async () => {
    const wire: Wire = { bodies: [] };
    const client = newClient(stack, wire);
    const variables = { locationId: stack.locationId, first: 50 };
    const query = parsed(APOLLO_PAGE);
    const result = await client.query({ query, variables });
    expect(wire.bodies).toHaveLength(1);
    const fromWire = wire.bodies[0]?.data;
    expect(result.data).toEqual(fromWire);
    expect(client.readQuery({ query, variables })).toEqual(fromWire);
    // Every executed action is a cache entry of its own.
    const actions = result.data?.callLogs?.edges.flatMap((edge) => edge.node.actions) ?? [];
    expect(actions.length).toBeGreaterThan(50);
    const entries = Object.keys(client.cache.extract() as object).filter((key) => /^\w+Action:/.test(key));
    expect(entries).toHaveLength(actions.length);
  });

  it('serves callLog(locationId, id) from a list already in the cache, with no request', async () => {
    const wire: Wire = { bodies: [] };
    const client = newClient(stack, wire);
    const page = await client.query({
      query: parsed(APOLLO_PAGE),
      variables: { locationId: stack.locationId, first: 5 },
    });
    const node = page.data?.callLogs?.edges[2]?.node;
    if (!node) throw new Error('no third call log');
    const requestsBefore = stack.emulator.requests.all().length;
    const one = await client.query({
      query: parsed(APOLLO_CALL_LOG),
      variables: { locationId: node.locationId, id: node.id },
    });
    expect(one.data?.callLog).toEqual(node);
    expect(wire.bodies).toHaveLength(1);
    expect(stack.emulator.requests.all().length).toBe(requestsBefore);
    expect(countsByRoute(stack.emulator)).toEqual({
      'callLogs.list': 1,
      'agents.get': expect.any(Number),
      'contacts.get': expect.any(Number),
      'workflows.list': 1,
    });
  });

  it("keeps the other root field's data when the list fails (errorPolicy: 'all')", async () => {
    stack.emulator.faults.set([{ route: 'callLogs.list', status: 500 }]);
    try {
      const client = newClient(stack);
      const variables = { locationId: stack.locationId, id: REFERENCE_CALL_ID };
      const result = await client.query({ query: parsed(APOLLO_LIST_BESIDE_ONE), variables, errorPolicy: 'all' });
      expect(result.data).toEqual({
        callLogs: null,
        callLog: { __typename: 'CallLog', id: variables.id, locationId: variables.locationId, duration: 180 },
      });
      expect(
        CombinedGraphQLErrors.is(result.error) && result.error.errors.map((error) => error.extensions?.['code']),
      ).toEqual(['UPSTREAM_UNAVAILABLE']);
    } finally {
      stack.emulator.faults.clear();
    }
  });
});

describe('the shipped operations (operations/*.graphql) in Apollo Client 4', () => {
  const shipped: Record<string, { query: DocumentNode; variables: () => Record<string, unknown> }> = {
    Dashboard: { query: DashboardDocument, variables: () => ({ locationId: stack.locationId }) },
    CallLogDetail: {
      query: CallLogDetailDocument,
      variables: () => ({ locationId: stack.locationId, id: REFERENCE_CALL_ID }),
    },
    ContactCalls: {
      query: ContactCallsDocument,
      variables: () => ({ locationId: stack.locationId, contactId: REFERENCE_CONTACT_ID }),
    },
    CallStatistics: {
      query: CallStatisticsDocument,
      variables: () => ({
        locationId: stack.locationId,
        range: { from: '2025-10-01T00:00:00Z', to: '2025-11-01T00:00:00Z', timeZone: 'UTC' },
      }),
    },
  };

  it('covers every shipped operation', () => {
    const names = readGraphQLFiles('operations').flatMap(({ text }) =>
      parse(text).definitions.flatMap((definition) =>
        definition.kind === Kind.OPERATION_DEFINITION ? [definition.name?.value ?? ''] : [],
      ),
    );
    // LiveCalls, the one subscription, has its own test below (over GraphQLWsLink).
    expect(names.sort()).toEqual([...Object.keys(shipped), 'LiveCalls'].sort());
  });

  it('LiveCalls over GraphQLWsLink: each call arrives normalized, the same entity a Dashboard row is', async () => {
    const wsClient = createWsClient({
      url: safelisted.gateway.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { Authorization: `Bearer ${safelisted.token}` },
    });
    const client = new ApolloClient({
      link: new GraphQLWsLink(wsClient),
      cache: new InMemoryCache({ possibleTypes: introspection.possibleTypes, typePolicies }),
    });
    const received: string[] = [];
    const subscription = client
      .subscribe({ query: LiveCallsDocument, variables: { locationId: safelisted.locationId } })
      .subscribe((result) => {
        if (result.data) received.push(result.data.callLogCreated.id);
      });
    try {
      await until(() => safelisted.gateway.live.listenerCount === 1);
      const placed = await safelisted.emulator.placeCall(safelisted.locationId);
      await until(() => received.length === 1);
      expect(received).toEqual([placed.callLog.id]);
      const cached = client.cache.readFragment({
        id: client.cache.identify({ __typename: 'CallLog', id: placed.callLog.id, locationId: safelisted.locationId }),
        fragment: gql`
          fragment LiveCallInCache on CallLog {
            id
            contact {
              id
              name
            }
          }
        `,
      });
      expect(cached).toMatchObject({ id: placed.callLog.id, contact: { id: placed.callLog.contactId } });
    } finally {
      subscription.unsubscribe();
      await wsClient.dispose();
    }
  });

  it.each(Object.entries(shipped))(
    '%s: the cache returns what the wire returned, through a safelisted gateway',
    async (_name, { query, variables }) => {
      const wire: Wire = { bodies: [] };
      const client = newClient(safelisted, wire, safelisted.gateway.url);
      const result = await client.query({ query, variables: variables() });
      expect(wire.bodies).toHaveLength(1);
      expect(wire.bodies[0]?.errors).toBeUndefined();
      const fromWire = wire.bodies[0]?.data;
      expect(result.data).toEqual(fromWire);
      expect(client.readQuery({ query, variables: variables() })).toEqual(fromWire);
    },
  );

  it('Dashboard: two pages through fetchMore hold the same call logs as one page of first: 40', async () => {
    const ids = (data: DashboardQuery | undefined) => data?.callLogs?.edges.map((edge) => edge.node.id) ?? [];
    const paged = newClient(stack).watchQuery({
      query: DashboardDocument,
      variables: { locationId: stack.locationId, first: 20 },
    });
    const results: (DashboardQuery | undefined)[] = [];
    const subscription = paged.subscribe((result) => {
      if (result.dataState === 'complete') results.push(result.data);
    });
    try {
      await until(() => results.length > 0);
      const endCursor = results[0]?.callLogs?.pageInfo.endCursor;
      expect(ids(results[0])).toHaveLength(20);
      await paged.fetchMore({ variables: { after: endCursor } });
      // The merged list reaches watchers after fetchMore resolves, as the cache broadcasts it.
      await until(() => ids(results.at(-1)).length > 20);
      const grown = results.at(-1);
      const whole = await newClient(stack).query({
        query: DashboardDocument,
        variables: { locationId: stack.locationId, first: 40 },
      });
      expect(ids(whole.data)).toHaveLength(40);
      expect(ids(grown)).toEqual(ids(whole.data));
      // Cursors carry the instant their list was first read, so the two lists' cursors differ in that alone.
      const { hasNextPage, hasPreviousPage } = whole.data?.callLogs?.pageInfo ?? {};
      expect(grown?.callLogs?.pageInfo).toMatchObject({ hasNextPage, hasPreviousPage });
      expect(grown?.callLogs?.pageInfo.endCursor).toBe(grown?.callLogs?.edges.at(-1)?.cursor);
    } finally {
      subscription.unsubscribe();
    }
  });

  it('Dashboard as an Automatic Persisted Query (PersistedQueryLink): registered once, then sent by hash alone', async () => {
    const variables = { locationId: stack.locationId, first: 5 };
    const first: Wire = { bodies: [], sent: [] };
    const registered = await newClient(safelisted, first, safelisted.gateway.url, true).query({
      query: DashboardDocument,
      variables,
    });
    // The hash alone first (unknown yet: PERSISTED_QUERY_NOT_FOUND), then the hash with the document.
    expect(first.sent?.map((body) => 'query' in body)).toEqual([false, true]);
    const second: Wire = { bodies: [], sent: [] };
    const byHash = await newClient(safelisted, second, safelisted.gateway.url, true).query({
      query: DashboardDocument,
      variables,
    });
    expect(second.sent?.map((body) => 'query' in body)).toEqual([false]);
    // The same page (its cursors differ only in the instant each list was read).
    const ids = (data: DashboardQuery | undefined) => data?.callLogs?.edges.map((edge) => edge.node.id);
    expect(ids(byHash.data)).toEqual(ids(registered.data));
    expect(ids(byHash.data)).toHaveLength(5);
  });
});
