// The gateway reads each response's cache policy from the operation's document (src/cache-policy.ts) instead of
// Apollo's per-resolver hook. Oracle: Apollo's own cache-control plugin, run in a second Apollo Server over the same
// schema, the same emulator and the same upstream clients; both must send the same `cache-control` header.
import { readFileSync } from 'node:fs';

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createAuthenticator } from '../src/auth.js';
import { createContext, type GatewayContext } from '../src/context.js';
import { REFERENCE_IDS } from '../src/emulator/seed-reference.js';
import { buildGatewaySchema } from '../src/schema.js';
import type { UpstreamHttp } from '../src/upstream/http.js';
import { ActionFields } from './helpers/documents.js';
import { documentText } from './helpers/graphql.js';
import { type Stack, startStack, upstreamHttpFor } from './helpers/stack.js';

const file = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

/** Every shipped operation and bench query, and shapes that exercise each rule of Apollo's. */
const DOCUMENTS: Record<string, string> = {
  'operations/dashboard.graphql': file('operations/dashboard.graphql'),
  'operations/call-log.graphql': file('operations/call-log.graphql'),
  'operations/contact-calls.graphql': file('operations/contact-calls.graphql'),
  'operations/call-statistics.graphql': file('operations/call-statistics.graphql'),
  'bench/queries/dashboard.graphql': file('bench/queries/dashboard.graphql'),
  'bench/queries/call-logs-200.graphql': file('bench/queries/call-logs-200.graphql'),
  'list, scalars only': `query ($locationId: ID!) { callLogs(locationId: $locationId, first: 3) { totalCount nodes { id duration } } }`,
  'one call log, scalars only': `query ($locationId: ID!, $id: ID!) { callLog(locationId: $locationId, id: $id) { id summary } }`,
  'one call log, its agent': `query ($locationId: ID!, $id: ID!) { callLog(locationId: $locationId, id: $id) { agent { name } } }`,
  'one call log, its contact': `query ($locationId: ID!, $id: ID!) { callLog(locationId: $locationId, id: $id) { contact { name email } } }`,
  'actions through named fragments': `
    query ($locationId: ID!, $id: ID!) { callLog(locationId: $locationId, id: $id) { ...Log } }
    fragment Log on CallLog { actions { ...Fields } }
    fragment Fields on Action { ...ActionFields ... on WorkflowTriggerAction { workflow { name } } }
    ${documentText(ActionFields)}`,
  'two root fields': `query ($locationId: ID!, $id: ID!) {
    callLog(locationId: $locationId, id: $id) { id }
    callLogs(locationId: $locationId, first: 1) { nodes { id } } }`,
  'typename only': `{ __typename }`,
  introspection: `{ __schema { queryType { name } } }`,
  'federation _service': `{ _service { sdl } }`,
  'federation _entities': `query ($locationId: ID!, $id: ID!) {
    _entities(representations: [{ __typename: "CallLog", id: $id, locationId: $locationId }]) {
      ... on CallLog { duration agent { name } } } }`,
  'federation _entities, two types': `query ($locationId: ID!, $id: ID!) {
    _entities(representations: [
      { __typename: "Agent", id: "${REFERENCE_IDS.agent}", locationId: $locationId }
      { __typename: "CallLog", id: $id, locationId: $locationId }
    ]) { ... on Agent { name } ... on CallLog { duration } } }`,
  'federation _entities, from a variable': `query ($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Agent { name } } }`,
  'an error': `query ($id: ID!) { callLog(locationId: "NOT_A_LOCATION", id: $id) { id } }`,
};

describe('cache policy read from the document', () => {
  let stack: Stack;
  let apollo: ApolloServer<GatewayContext>;
  let http: UpstreamHttp;

  beforeAll(async () => {
    stack = await startStack();
    http = upstreamHttpFor(stack);
    // Apollo's defaults: its cache-control plugin on, computing hints resolver by resolver (tracing off: unrelated).
    apollo = new ApolloServer<GatewayContext>({
      schema: buildGatewaySchema(),
      plugins: [ApolloServerPluginInlineTraceDisabled()],
    });
    await apollo.start();
  });
  afterAll(async () => {
    await apollo.stop();
    http.close();
    await stack.stop();
  });

  it.each(Object.entries(DOCUMENTS))('sends the header Apollo would: %s', async (_name, document) => {
    const variables = {
      locationId: stack.locationId,
      id: REFERENCE_IDS.callLog,
      contactId: REFERENCE_IDS.contact,
      representations: [{ __typename: 'Agent', id: REFERENCE_IDS.agent, locationId: stack.locationId }],
      range: { from: '2025-10-25T00:00:00Z', to: '2025-11-01T00:00:00Z' },
    };
    const gatewayReply = await stack.query(document, variables);

    const context = await createContext(
      {
        http,
        authenticate: createAuthenticator({ mode: 'passthrough' }),
        limits: { maxRequests: 1_000, deadlineMs: 10_000 },
      },
      `Bearer ${stack.token}`,
    );
    const reference = await apollo.executeOperation({ query: document, variables }, { contextValue: context });
    const referenceBody = reference.body.kind === 'single' ? reference.body.singleResult : undefined;

    expect(gatewayReply.errors === undefined).toBe(referenceBody?.errors === undefined);
    expect(gatewayReply.headers.get('cache-control')).toBe(reference.http.headers.get('cache-control'));
  });

  it('finds the policy the hints promise for the dashboard: 30 s, for the caller only', async () => {
    const reply = await stack.query(DOCUMENTS['operations/dashboard.graphql'] ?? '', { locationId: stack.locationId });
    expect(reply.headers.get('cache-control')).toBe('max-age=30, private');
  });
});
