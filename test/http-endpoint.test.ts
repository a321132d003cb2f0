// The endpoint as browsers and Apollo Sandbox meet it, over real HTTP: CORS, the Sandbox landing page, CSRF
// prevention, introspection, automatic persisted queries, the operation safelist and response compression.
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { type DocumentNode, Kind, OperationTypeNode, parse, print, stripIgnoredCharacters, visit } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type {
  CallLogDetailQuery,
  CallStatisticsQuery,
  ContactCallsQuery,
  DashboardQuery,
} from '../src/generated/client/graphql.js';
import { createGateway, type Gateway, type GatewayOptions, SANDBOX_ORIGIN } from '../src/server.js';
import { graphql } from './generated/gql.js';
import type { LargeListQuery } from './generated/graphql.js';
import { codes } from './helpers/error-codes.js';
import { documentText, send, sendPayload } from './helpers/graphql.js';
import { type Stack, startStack } from './helpers/stack.js';

/** A frontend's origin, allowed through `corsOrigins`. */
const APP_ORIGIN = 'http://127.0.0.1:5173';
const CALL_LOG_ID = '507f1f77bcf86cd799439011';
const CONTACT_ID = '507f1f77bcf86cd799439012';
const CSRF_MESSAGE = /Cross-Site Request Forgery/;

let stack: Stack;
/** Production mode: no Sandbox page, no introspection. */
let production: Gateway;
/** Production mode with the Sandbox page and introspection turned back on. */
let productionOpen: Gateway;
/** Safelist mode. */
let safelisted: Gateway;

beforeAll(async () => {
  stack = await startStack({ gateway: { corsOrigins: [APP_ORIGIN] } });
  const gateway = (options: Partial<GatewayOptions>): Promise<Gateway> =>
    createGateway({ upstreamUrl: stack.emulator.url, upstreamRetries: 0, ...options });
  [production, productionOpen, safelisted] = await Promise.all([
    gateway({ production: true }),
    gateway({ production: true, landingPage: true, introspection: true }),
    gateway({ safelist: true }),
  ]);
});
afterAll(async () => {
  await Promise.all([production.stop(), productionOpen.stop(), safelisted.stop()]);
  await stack.stop();
});
beforeEach(() => {
  stack.emulator.requests.clear();
});

/** POSTs a GraphQL request body as JSON with the stack's token. */
function post(url: string, payload: Record<string, unknown>, headers: Record<string, string> = {}) {
  return sendPayload(url, payload, { token: stack.token, headers });
}

/** GETs a GraphQL request with its parameters in the query string, the stack's token and `headers`. */
function get(url: string, params: Record<string, unknown>, headers: Record<string, string> = {}) {
  return sendPayload(url, params, { method: 'GET', token: stack.token, headers });
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function persisted(hash: string): { persistedQuery: { version: number; sha256Hash: string } } {
  return { persistedQuery: { version: 1, sha256Hash: hash } };
}

/** Reads an upstream-touching call log by id: executing it costs upstream requests, refusing it costs none. */
const CALL_LOG_QUERY = `query ($locationId: ID!, $id: ID!) { callLog(locationId: $locationId, id: $id) { id duration } }`;

describe('CORS', () => {
  it.each([SANDBOX_ORIGIN, APP_ORIGIN])('grants the preflight from %s', async (origin) => {
    const reply = await send(stack.gateway.url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(reply.status).toBe(204);
    expect(reply.headers.get('access-control-allow-origin')).toBe(origin);
    expect(reply.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(
      reply.headers
        .get('access-control-allow-headers')
        ?.split(',')
        .map((header) => header.trim().toLowerCase())
        .sort(),
    ).toEqual(['authorization', 'content-type']);
    expect(reply.headers.get('access-control-max-age')).toBe('600');
    // The token travels in Authorization, never in cookies: no credentialed CORS.
    expect(reply.headers.get('access-control-allow-credentials')).toBeNull();
    expect(reply.headers.get('vary')).toMatch(/\bOrigin\b/);
  });

  it.each(['https://evil.example', 'http://127.0.0.1:5174', 'https://studio.apollographql.com.evil.example', 'null'])(
    'grants nothing to the preflight from the unlisted origin %s',
    async (origin) => {
      const reply = await send(stack.gateway.url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
      expect(reply.headers.get('access-control-allow-origin')).toBeNull();
      expect(reply.headers.get('access-control-allow-methods')).toBeNull();
      expect(reply.headers.get('access-control-allow-headers')).toBeNull();
    },
  );

  it('grants an actual POST from an allowed origin', async () => {
    const reply = await post(stack.gateway.url, { query: '{ __typename }' }, { origin: APP_ORIGIN });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ data: { __typename: 'Query' } });
    expect(reply.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(reply.headers.get('vary')).toMatch(/\bOrigin\b/);
  });

  it('does not grant an actual POST from an unlisted origin', async () => {
    const reply = await post(stack.gateway.url, { query: '{ __typename }' }, { origin: 'https://evil.example' });
    expect(reply.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('Apollo Sandbox landing page', () => {
  /** What a browser's address bar sends, and the bare preference for HTML. */
  const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
  const ACCEPTS = [BROWSER_ACCEPT, 'text/html'];

  it.each(ACCEPTS)('serves the Sandbox HTML in development (accept: %s)', async (accept) => {
    const reply = await send(stack.gateway.url, { headers: { accept } });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('text/html');
    expect(reply.text).toMatch(/^\s*<!DOCTYPE html>/);
    expect(reply.text).toContain('https://embeddable-sandbox.cdn.apollographql.com/');
    expect(reply.text).toContain('new window.EmbeddedSandbox(');
    // Sandbox must not send the browser's cookies: the token goes in a header.
    expect(reply.text).toContain('"includeCookies":false');
  });

  it.each(ACCEPTS)(
    'serves no page in production: the GET is a GraphQL request, refused by CSRF prevention (accept: %s)',
    async (accept) => {
      const reply = await send(production.url, { headers: { accept } });
      expect(reply.status).toBe(400);
      expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(reply.text).not.toMatch(/<html/i);
      expect(reply.body?.errors).toEqual([
        { message: expect.stringMatching(CSRF_MESSAGE), extensions: { code: 'BAD_REQUEST' } },
      ]);
    },
  );

  it.each([
    [BROWSER_ACCEPT, 400, 'GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension.'],
    [
      'text/html',
      406,
      "An 'accept' header was provided for this request which does not accept application/json; charset=utf-8 or application/graphql-response+json; charset=utf-8",
    ],
  ])(
    'serves no page in production with a preflight header either (accept: %s): %i',
    async (accept, status, message) => {
      const reply = await send(production.url, {
        headers: { accept, 'apollo-require-preflight': 'true' },
      });
      expect(reply.status).toBe(status);
      expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(reply.body).toEqual({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
    },
  );

  it('serves the page in production when landingPage is on', async () => {
    const reply = await send(productionOpen.url, { headers: { accept: 'text/html' } });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('text/html');
    expect(reply.text).toContain('new window.EmbeddedSandbox(');
  });

  it('answers a GET that prefers JSON with GraphQL, not the page', async () => {
    const reply = await get(stack.gateway.url, { query: '{ __typename }' }, { 'apollo-require-preflight': 'true' });
    expect(reply.body).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('CSRF prevention', () => {
  const variables = (): Record<string, string> => ({ locationId: stack.locationId, id: CALL_LOG_ID });

  it('refuses a text/plain POST with no preflight header, before any upstream call', async () => {
    const reply = await send(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${stack.token}` },
      body: JSON.stringify({ query: CALL_LOG_QUERY, variables: variables() }),
    });
    expect(reply.status).toBe(400);
    expect(codes(reply.body)).toEqual(['BAD_REQUEST']);
    expect(reply.body?.errors?.[0]?.message).toMatch(CSRF_MESSAGE);
    expect(stack.emulator.requests.all()).toHaveLength(0);
  });

  it.each(['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'refuses a %s POST (no body parser: 415)',
    async (contentType) => {
      const reply = await send(stack.gateway.url, {
        method: 'POST',
        headers: { 'content-type': contentType, authorization: `Bearer ${stack.token}` },
        body: JSON.stringify({ query: CALL_LOG_QUERY, variables: variables() }),
      });
      expect(reply.status).toBe(415);
      expect(codes(reply.body)).toEqual(['BAD_REQUEST']);
      expect(stack.emulator.requests.all()).toHaveLength(0);
    },
  );

  it('refuses a GET with no preflight-forcing header, before any upstream call', async () => {
    const reply = await get(stack.gateway.url, { query: CALL_LOG_QUERY, variables: variables() });
    expect(reply.status).toBe(400);
    expect(codes(reply.body)).toEqual(['BAD_REQUEST']);
    expect(reply.body?.errors?.[0]?.message).toMatch(CSRF_MESSAGE);
    expect(stack.emulator.requests.all()).toHaveLength(0);
  });

  it.each(['apollo-require-preflight', 'x-apollo-operation-name'])('runs the GET that carries %s', async (header) => {
    const reply = await get(stack.gateway.url, { query: CALL_LOG_QUERY, variables: variables() }, { [header]: 'yes' });
    expect(reply.status).toBe(200);
    expect(reply.body?.errors).toBeUndefined();
    expect(reply.body?.data).toEqual({ callLog: { id: CALL_LOG_ID, duration: expect.any(Number) } });
  });

  it('runs a JSON POST, which a browser always preflights', async () => {
    const reply = await post(stack.gateway.url, { query: CALL_LOG_QUERY, variables: variables() });
    expect(reply.body?.data).toEqual({ callLog: { id: CALL_LOG_ID, duration: expect.any(Number) } });
  });
});

describe('WebSocket upgrade', () => {
  /** A graphql-ws handshake as a subscription client opens it, with node:http, which reports a refusal's body. */
  function upgrade(
    url: string,
    path = '/graphql',
    headers: Record<string, string | string[]> = {},
  ): Promise<{ status: number; upgraded: boolean; body: string }> {
    return new Promise((resolve, reject) => {
      const outgoing = request(new URL(path, url), {
        headers: {
          connection: 'Upgrade',
          upgrade: 'websocket',
          'sec-websocket-version': '13',
          'sec-websocket-key': randomBytes(16).toString('base64'),
          'sec-websocket-protocol': 'graphql-transport-ws',
          authorization: `Bearer ${stack.token}`,
          ...headers,
        },
      });
      outgoing.on('upgrade', (incoming, socket) => {
        socket.destroy();
        resolve({ status: incoming.statusCode ?? 0, upgraded: true, body: '' });
      });
      outgoing.on('response', (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          resolve({ status: incoming.statusCode ?? 0, upgraded: false, body: Buffer.concat(chunks).toString('utf8') });
        });
      });
      outgoing.on('error', reject);
      outgoing.end();
    });
  }

  /** The refusal's status and codes; the socket was never upgraded. */
  async function refusal(path: string, headers: Record<string, string | string[]> = {}) {
    const reply = await upgrade(stack.gateway.url, path, headers);
    expect(reply.upgraded).toBe(false);
    const body = JSON.parse(reply.body) as { errors?: { message: string; extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.message).not.toMatch(CSRF_MESSAGE);
    return { status: reply.status, codes: body.errors?.map((error) => error.extensions?.code) };
  }

  it('opens graphql-ws on /graphql, without an Origin (a server) and from an allowed one (Sandbox)', async () => {
    expect((await upgrade(stack.gateway.url)).upgraded).toBe(true);
    expect((await upgrade(stack.gateway.url, '/graphql', { origin: SANDBOX_ORIGIN })).upgraded).toBe(true);
    expect(stack.emulator.requests.all()).toHaveLength(0);
  });

  it("opens graphql-ws from a page of the gateway's own origin (the dashboard it serves), which CORS need not list", async () => {
    const ownOrigin = new URL(stack.gateway.url).origin;
    expect((await upgrade(stack.gateway.url, '/graphql', { origin: ownOrigin })).upgraded).toBe(true);
    // The same origin under another Host is another site: refused.
    expect(await refusal('/graphql', { origin: ownOrigin, host: 'elsewhere.example' })).toEqual({
      status: 403,
      codes: ['FORBIDDEN'],
    });
  });

  it('refuses, coded, another path, a browser origin CORS does not allow, and two Authorization headers', async () => {
    expect(await refusal('/webhooks/highlevel')).toEqual({ status: 404, codes: ['NOT_FOUND'] });
    // Cross-site WebSocket hijacking: a page elsewhere would otherwise subscribe with the browser's credentials.
    expect(await refusal('/graphql', { origin: 'https://evil.example' })).toEqual({
      status: 403,
      codes: ['FORBIDDEN'],
    });
    expect(await refusal('/graphql', { authorization: [`Bearer ${stack.token}`, 'Bearer other'] })).toEqual({
      status: 400,
      codes: ['BAD_REQUEST'],
    });
    expect(stack.emulator.requests.all()).toHaveLength(0);
  });
});

describe('introspection', () => {
  const INTROSPECTION = { query: '{ __schema { queryType { name } } }' };

  it('is on by default in development', async () => {
    const reply = await post(stack.gateway.url, INTROSPECTION);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('is refused with a coded error in production', async () => {
    const reply = await post(production.url, INTROSPECTION);
    expect(reply.status).toBe(400);
    expect(reply.body?.data).toBeUndefined();
    expect(reply.body?.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('introspection is not allowed'),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', validationErrorCode: 'INTROSPECTION_DISABLED' },
      }),
    ]);
  });

  it('refuses __type too in production', async () => {
    const reply = await post(production.url, { query: '{ __type(name: "CallLog") { name } }' });
    expect(codes(reply.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('is on in production with introspection: true', async () => {
    const reply = await post(productionOpen.url, INTROSPECTION);
    expect(reply.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});

describe('automatic persisted queries', () => {
  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND', async () => {
    const reply = await post(stack.gateway.url, { extensions: persisted(sha256('{ unknown }')) });
    // Apollo answers 200 and no-cache so that clients retry with the query text.
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('private, no-cache, must-revalidate');
    expect(codes(reply.body)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(stack.emulator.requests.all()).toHaveLength(0);
  });

  it('runs a registered query by hash alone, through POST and through GET', async () => {
    const query = `query ApqCallLog($locationId: ID!, $id: ID!) { callLog(locationId: $locationId, id: $id) { id } }`;
    const hash = sha256(query);
    const variables = { locationId: stack.locationId, id: CALL_LOG_ID };
    const expected = { data: { callLog: { id: CALL_LOG_ID } } };

    const before = await post(stack.gateway.url, { variables, extensions: persisted(hash) });
    expect(codes(before.body)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);

    const registered = await post(stack.gateway.url, { query, variables, extensions: persisted(hash) });
    expect(registered.body).toEqual(expected);

    const byPost = await post(stack.gateway.url, { variables, extensions: persisted(hash) });
    expect(byPost.body).toEqual(expected);

    const byGet = await get(
      stack.gateway.url,
      { variables, extensions: persisted(hash) },
      { 'apollo-require-preflight': 'true' },
    );
    expect(byGet.status).toBe(200);
    expect(byGet.body).toEqual(expected);
  });

  it('registers through GET too', async () => {
    const query = `query ApqByGet { __typename }`;
    const hash = sha256(query);
    const preflight = { 'apollo-require-preflight': 'true' };
    const registered = await get(stack.gateway.url, { query, extensions: persisted(hash) }, preflight);
    expect(registered.body).toEqual({ data: { __typename: 'Query' } });
    const byGet = await get(stack.gateway.url, { extensions: persisted(hash) }, preflight);
    expect(byGet.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a query sent with a hash that is not its own, and registers neither hash', async () => {
    const query = `query ApqWrongHash($locationId: ID!, $id: ID!) { callLog(locationId: $locationId, id: $id) { id } }`;
    const wrongHash = sha256('{ __typename }');
    const variables = { locationId: stack.locationId, id: CALL_LOG_ID };

    const reply = await post(stack.gateway.url, { query, variables, extensions: persisted(wrongHash) });
    expect(reply.status).toBe(400);
    expect(reply.body?.data).toBeUndefined();
    // Apollo raises this refusal with a 400 but no code; the gateway codes it as the caller's error.
    expect(reply.body?.errors?.map((error) => error.message)).toEqual(['provided sha does not match query']);
    expect(codes(reply.body)).toEqual(['BAD_REQUEST']);
    expect(stack.emulator.requests.all()).toHaveLength(0);

    for (const hash of [wrongHash, sha256(query)]) {
      const byHash = await post(stack.gateway.url, { variables, extensions: persisted(hash) });
      expect(codes(byHash.body)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    }
  });

  it('refuses a persisted-query version other than 1', async () => {
    const reply = await post(stack.gateway.url, {
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 2, sha256Hash: sha256('{ __typename }') } },
    });
    expect(reply.status).toBe(400);
    expect(reply.body?.errors?.map((error) => error.message)).toEqual(['Unsupported persisted query version']);
    expect(codes(reply.body)).toEqual(['BAD_REQUEST']);
  });
});

describe('safelist', () => {
  interface RegisteredOperation {
    name: string;
    /** The whole file, as shipped (and as pasted into Sandbox). */
    text: string;
    document: DocumentNode;
    variables: Record<string, unknown>;
    check(data: Record<string, unknown> | null | undefined): void;
  }

  const checks: Record<string, Pick<RegisteredOperation, 'variables' | 'check'>> = {
    CallLogDetail: {
      variables: { locationId: 'LOC123456789ABCDEF', id: CALL_LOG_ID },
      check(data) {
        const callLog = (data as CallLogDetailQuery).callLog;
        expect(callLog?.id).toBe(CALL_LOG_ID);
        expect(callLog?.actions?.length).toBeGreaterThan(0);
        expect(callLog?.transcriptTurns.length).toBeGreaterThan(0);
      },
    },
    CallStatistics: {
      variables: {
        locationId: 'LOC123456789ABCDEF',
        range: { from: '2025-10-02T00:00:00Z', to: '2025-11-01T00:00:00Z', timeZone: 'America/New_York' },
      },
      check(data) {
        const statistics = (data as CallStatisticsQuery).callStatistics;
        expect(statistics.count).toBeGreaterThan(300);
        expect(statistics.byDay).toHaveLength(31);
        expect(statistics.byHourOfDay).toHaveLength(24);
        expect(statistics.coverage.complete).toBe(true);
      },
    },
    ContactCalls: {
      variables: { locationId: 'LOC123456789ABCDEF', contactId: CONTACT_ID },
      check(data) {
        const connection = (data as ContactCallsQuery).callLogs;
        expect(connection?.totalCount).toBeGreaterThan(0);
        expect(connection?.edges.length).toBeGreaterThan(0);
        expect(new Set((connection?.edges ?? []).map((edge) => edge.node.contact?.id))).toEqual(new Set([CONTACT_ID]));
      },
    },
    Dashboard: {
      variables: { locationId: 'LOC123456789ABCDEF' },
      check(data) {
        const connection = (data as DashboardQuery).callLogs;
        expect(connection?.totalCount).toBe(1200);
        expect(connection?.edges).toHaveLength(50);
      },
    },
  };

  const directory = new URL('../operations/', import.meta.url);
  const operations: RegisteredOperation[] = readdirSync(directory)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .flatMap((file) => {
      const text = readFileSync(new URL(file, directory), 'utf8');
      const document = parse(text);
      return document.definitions.flatMap((definition) => {
        // Subscriptions run over WebSocket or SSE: test/subscription-bounds.test.ts runs them in safelist mode.
        if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === OperationTypeNode.SUBSCRIPTION)
          return [];
        const name = definition.name?.value ?? '';
        const known = checks[name];
        if (!known) throw new Error(`operations/${file}: add variables and a check for ${name} to this test`);
        return [{ name, text, document, ...known }];
      });
    });

  /** The same operations, written differently: no comments, one line, fragments first. */
  function reformatted(operation: RegisteredOperation): string {
    const definitions = [...operation.document.definitions].reverse();
    return stripIgnoredCharacters(print({ ...operation.document, definitions }));
  }

  /** Dashboard with `selection` added to every selection set below the root, as Apollo Client and urql add __typename. */
  function withTypename(selection = '__typename'): string {
    const dashboard = operations.find((operation) => operation.name === 'Dashboard');
    const [extra] = parse(`{ ${selection} }`).definitions.flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION ? definition.selectionSet.selections : [],
    );
    if (!dashboard || !extra) throw new Error('Dashboard is not in operations/');
    const roots = new Set(
      dashboard.document.definitions.flatMap((definition) =>
        definition.kind === Kind.OPERATION_DEFINITION ? [definition.selectionSet] : [],
      ),
    );
    return print(
      visit(dashboard.document, {
        SelectionSet: (node) => (roots.has(node) ? undefined : { ...node, selections: [...node.selections, extra] }),
      }),
    );
  }

  it('runs a registered operation with __typename in every selection set, as normalized client caches send it', async () => {
    const dashboard = operations.find((operation) => operation.name === 'Dashboard');
    const reply = await post(safelisted.url, { query: withTypename(), variables: dashboard?.variables });
    expect(reply.body?.errors).toBeUndefined();
    dashboard?.check(reply.body?.data);
  });

  const AD_HOC = `query AdHoc($locationId: ID!) { callLogs(locationId: $locationId, first: 1) { nodes { id } } }`;

  it('covers every operation of operations/*.graphql', () => {
    expect(operations.map((operation) => operation.name).sort()).toEqual(Object.keys(checks).sort());
  });

  it.each(operations.map((operation) => [operation.name, operation] as const))(
    'runs %s as shipped',
    async (_name, operation) => {
      const reply = await post(safelisted.url, { query: operation.text, variables: operation.variables });
      expect(reply.status).toBe(200);
      expect(reply.body?.errors).toBeUndefined();
      operation.check(reply.body?.data);
    },
  );

  it.each(operations.map((operation) => [operation.name, operation] as const))(
    'runs %s reformatted',
    async (_name, operation) => {
      const text = reformatted(operation);
      expect(text).not.toBe(operation.text);
      const reply = await post(safelisted.url, { query: text, variables: operation.variables });
      expect(reply.body?.errors).toBeUndefined();
      operation.check(reply.body?.data);
    },
  );

  it.each([
    ['an ad-hoc operation', AD_HOC],
    ['a trivial operation', '{ __typename }'],
    [
      'a registered operation with one more field',
      (operations.find((operation) => operation.name === 'ContactCalls')?.text ?? '').replace(
        'summary',
        'summary transcript',
      ),
    ],
    ['a registered operation with an aliased __typename', withTypename('kind: __typename')],
  ])('refuses %s with PERSISTED_QUERY_NOT_IN_LIST and no upstream request', async (_label, query) => {
    const reply = await post(safelisted.url, {
      query,
      variables: { locationId: stack.locationId, contactId: CONTACT_ID },
    });
    expect(reply.status).toBe(400);
    expect(reply.body?.data).toBeUndefined();
    expect(codes(reply.body)).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
    expect(stack.emulator.requests.all()).toHaveLength(0);
  });

  it('refuses an unregistered operation chosen from a document that also holds a registered one', async () => {
    const dashboard = operations.find((operation) => operation.name === 'Dashboard');
    const reply = await post(safelisted.url, {
      query: `${dashboard?.text ?? ''}\n${AD_HOC}`,
      operationName: 'AdHoc',
      variables: { locationId: stack.locationId },
    });
    expect(codes(reply.body)).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
    expect(stack.emulator.requests.all()).toHaveLength(0);
  });

  it('runs the same ad-hoc operation in default mode', async () => {
    const reply = await post(stack.gateway.url, { query: AD_HOC, variables: { locationId: stack.locationId } });
    expect(reply.body?.errors).toBeUndefined();
    expect(reply.body?.data).toEqual({ callLogs: { nodes: [{ id: expect.any(String) }] } });
  });

  it('runs a registered operation by APQ hash', async () => {
    const operation = operations.find((candidate) => candidate.name === 'CallLogDetail');
    if (!operation) throw new Error('CallLogDetail is not in operations/');
    const hash = sha256(operation.text);
    const { variables } = operation;
    expect(codes((await post(safelisted.url, { variables, extensions: persisted(hash) })).body)).toEqual([
      'PERSISTED_QUERY_NOT_FOUND',
    ]);
    const registered = await post(safelisted.url, { query: operation.text, variables, extensions: persisted(hash) });
    expect(registered.body?.errors).toBeUndefined();

    const byHash = await post(safelisted.url, { variables, extensions: persisted(hash) });
    expect(byHash.body?.errors).toBeUndefined();
    operation.check(byHash.body?.data);
  });

  it('neither runs nor registers an unregistered operation sent as an APQ', async () => {
    const hash = sha256(AD_HOC);
    const variables = { locationId: stack.locationId };
    const registering = await post(safelisted.url, { query: AD_HOC, variables, extensions: persisted(hash) });
    expect(codes(registering.body)).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
    const byHash = await post(safelisted.url, { variables, extensions: persisted(hash) });
    expect(codes(byHash.body)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(stack.emulator.requests.all()).toHaveLength(0);
  });
});

describe('compression', () => {
  interface RawReply {
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }

  /** POSTs with node:http, which (unlike fetch) leaves the body as sent: encoded, with its content-encoding. */
  function rawPost(url: string, query: string, acceptEncoding: string | null): Promise<RawReply> {
    const payload = JSON.stringify({ query, variables: { locationId: stack.locationId } });
    return new Promise((resolve, reject) => {
      const outgoing = request(
        url,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${stack.token}`,
            ...(acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding }),
          },
        },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('end', () => {
            resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks) });
          });
          incoming.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(payload);
    });
  }

  const LARGE = graphql(`
    query LargeList($locationId: ID!) {
      callLogs(locationId: $locationId, first: 100) {
        nodes {
          id
          transcript
          summary
        }
      }
    }
  `);

  function expectLargeList(json: string): void {
    const body = JSON.parse(json) as { data: LargeListQuery };
    expect(body.data.callLogs?.nodes).toHaveLength(100);
    expect(body.data.callLogs?.nodes.some((node) => (node.transcript?.length ?? 0) > 0)).toBe(true);
  }

  const decompress = { gzip: gunzipSync, br: brotliDecompressSync };

  it.each([
    ['gzip', 'gzip'],
    ['br', 'br'],
    ['gzip, deflate, br', 'br'],
  ] as const)('compresses a large list for accept-encoding: %s with %s', async (acceptEncoding, encoding) => {
    const reply = await rawPost(stack.gateway.url, documentText(LARGE), acceptEncoding);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBe(encoding);
    expect(reply.headers['vary']).toMatch(/accept-encoding/i);
    const json = decompress[encoding](reply.body).toString('utf8');
    expectLargeList(json);
    expect(reply.body.length).toBeLessThan(json.length / 2);
  });

  it('sends the large list as it is to a client that accepts no encoding', async () => {
    const reply = await rawPost(stack.gateway.url, documentText(LARGE), null);
    expect(reply.headers['content-encoding']).toBeUndefined();
    expectLargeList(reply.body.toString('utf8'));
  });

  it('does not compress a tiny response', async () => {
    const reply = await rawPost(stack.gateway.url, '{ __typename }', 'gzip, br');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(reply.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
  });
});
