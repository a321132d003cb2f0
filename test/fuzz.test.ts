// Property-based fuzzing of the HTTP endpoint (fast-check): generated variables, documents and raw HTTP requests,
// and call logs of hostile shape served by the upstream. Whatever arrives, the answer is well-formed GraphQL JSON
// (`data`, or `errors` that each carry a string `extensions.code`), never a 5xx nor INTERNAL_SERVER_ERROR (nothing a
// caller or HighLevel sends is the server's fault), never the caller's token or the upstream URL, and the gateway
// keeps answering. Each defect the fuzzer found keeps a minimal
// reproduction in REPRODUCTIONS and a test of its own.
//
// FUZZ_SEED reproduces a run (the seed is printed on failure); FUZZ_SCALE multiplies the number of cases.
import http from 'node:http';

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { documentArbitrary, type IntrospectedSchema, INTROSPECTION } from './fuzz/documents.js';
import { oversizedRequestArbitrary, type RawRequest, rawRequestArbitrary } from './fuzz/requests.js';
import { HOSTILE_CALL_LOG_QUERY, hostileCallLog } from './fuzz/upstream.js';
import { isRecord, rarely } from './fuzz/values.js';
import { VARIABLE_DOCUMENTS, variablesArbitrary } from './fuzz/variables.js';
import { graphql } from './generated/gql.js';
import { startMain } from './helpers/main-process.js';
import { type Stack, startStack } from './helpers/stack.js';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20_251_101);
const SCALE = Number(process.env['FUZZ_SCALE'] ?? 1);
/** FUZZ_TRACE=1 prints every request before it is sent. */
const TRACE = process.env['FUZZ_TRACE'] === '1';
/** A request still unanswered after this long fails the property. */
const ANSWER_WITHIN_MS = 5_000;
const RUNS = {
  variables: Math.round(800 * SCALE),
  documents: Math.round(800 * SCALE),
  raw: Math.round(500 * SCALE),
  oversized: Math.round(12 * SCALE),
  upstream: Math.round(300 * SCALE),
};

// ---------------------------------------------------------------------------------------------------------------
// What is sent and what came back

interface Outcome {
  status: number;
  text: string;
}

interface GraphQLError {
  message?: unknown;
  path?: unknown;
  extensions?: { code?: unknown; upstreamStatus?: unknown } & Record<string, unknown>;
}

interface Tally {
  cases: number;
  /** HTTP statuses per property. */
  statuses: Map<string, number>;
  codes: Map<string, number>;
}

const tally: Tally = { cases: 0, statuses: new Map(), codes: new Map() };
const increment = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

let stack: Stack;
/** Strings that must never appear in a response. */
let secrets: string[];
/** Cursors of a real connection, to replay on others and to mutate. */
let realCursors: string[];
let realCallLogIds: string[];
let schema: IntrospectedSchema;
/** The generators (test/fuzz/), built on what the running gateway answers. */
let variables: ReturnType<typeof variablesArbitrary>;
let document: fc.Arbitrary<string>;
let rawRequest: fc.Arbitrary<RawRequest>;
let oversizedRequest: fc.Arbitrary<RawRequest>;

beforeAll(async () => {
  stack = await startStack();
  secrets = [stack.token, stack.emulator.url, new URL(stack.emulator.url).host];
  const list = await stack.query(
    graphql(`
      query RealCursors($locationId: ID!) {
        callLogs(locationId: $locationId, first: 30) {
          edges {
            cursor
            node {
              id
            }
          }
        }
      }
    `),
    { locationId: stack.locationId },
  );
  realCursors = list.data?.callLogs?.edges.map((edge) => edge.cursor) ?? [];
  realCallLogIds = list.data?.callLogs?.edges.map((edge) => edge.node.id) ?? [];
  expect(realCursors.length).toBe(30);
  const introspection = await stack.query<{ __schema: IntrospectedSchema }>(INTROSPECTION);
  schema = introspection.data?.__schema ?? { types: [] };
  expect(schema.types.length).toBeGreaterThan(20);
  variables = variablesArbitrary(realCursors, realCallLogIds);
  document = documentArbitrary(schema, realCursors);
  rawRequest = rawRequestArbitrary(stack.token, document, variables);
  oversizedRequest = oversizedRequestArbitrary(post);
});

afterAll(async () => {
  const sorted = (map: Map<string, number>) => JSON.stringify(Object.fromEntries([...map].sort()));
  console.log(
    `[fuzz] seed=${SEED} cases=${tally.cases} statuses=${sorted(tally.statuses)} codes=${sorted(tally.codes)}`,
  );
  await stack.stop();
});

async function send(request: RawRequest): Promise<Outcome> {
  const url = new URL(stack.gateway.url);
  for (const [key, value] of Object.entries(request.search ?? {})) url.searchParams.set(key, value);
  const started = performance.now();
  if (TRACE) console.log(`[fuzz] #${tally.cases + 1} ${describeRequest(request, Infinity)}`);
  const response = await fetch(url, {
    method: request.method,
    headers: request.headers,
    ...(request.body === undefined ? {} : { body: request.body }),
    signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
  });
  const text = await response.text();
  const milliseconds = performance.now() - started;
  if (TRACE) console.log(`[fuzz] -> ${response.status} ${text.slice(0, 200)}`);
  if (milliseconds > 1_000)
    console.log(`[fuzz] slow answer: ${Math.round(milliseconds)} ms for ${describeRequest(request)}`);
  return { status: response.status, text };
}

function describeRequest(request: RawRequest, limit = 800): string {
  const body = request.body instanceof Uint8Array ? `bytes:${Buffer.from(request.body).toString('hex')}` : request.body;
  return JSON.stringify({ ...request, body: body?.slice(0, limit) }).slice(0, limit);
}

function post(body: unknown, headers: Record<string, string> = {}): RawRequest {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.token}`, ...headers },
    body: JSON.stringify(body),
  };
}

/** Sends one case and checks the property; throws (so fast-check shrinks and reports) on any violation. */
async function check(request: RawRequest): Promise<Outcome> {
  const outcome = await send(request);
  tally.cases++;
  increment(tally.statuses, `${currentProperty}:${outcome.status}`);
  const fail = (reason: string) => {
    throw new Error(`${reason}\nHTTP ${outcome.status}: ${outcome.text.slice(0, 2_000)}`);
  };
  for (const secret of secrets) if (outcome.text.includes(secret)) fail(`the response carries ${secret}`);

  let body: unknown;
  try {
    body = JSON.parse(outcome.text);
  } catch {
    fail('the response is not JSON');
  }
  if (!isRecord(body)) return fail('the response is not a JSON object');
  if (!('data' in body) && !('errors' in body)) fail('the response has neither data nor errors');
  const errors = body['errors'];
  if (errors !== undefined) {
    if (!Array.isArray(errors) || errors.length === 0) fail('errors is not a non-empty list');
    for (const error of errors as unknown[]) {
      if (!isRecord(error) || typeof error['message'] !== 'string') fail('an error without a message');
      const code = (error as GraphQLError).extensions?.code;
      if (typeof code !== 'string' || code.length === 0) fail('an error without a string extensions.code');
      increment(tally.codes, code as string);
      if (code === 'INTERNAL_SERVER_ERROR') fail('INTERNAL_SERVER_ERROR for what a caller sent');
    }
  } else if (!isRecord(body['data'])) {
    fail('no errors, and data is not an object');
  }
  if ('data' in body && body['data'] !== null && !isRecord(body['data'])) fail('data is neither null nor an object');
  if (outcome.status >= 500) {
    if (errors === undefined) fail('a 5xx without a coded error');
    fail('a 5xx for what a caller sent');
  }
  return outcome;
}

async function assertAlive(): Promise<void> {
  const response = await stack.query('{ __typename }');
  expect(response.data).toEqual({ __typename: 'Query' });
}

/** The property running, for the statistics. */
let currentProperty = 'other';

async function runProperty<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  toRequest: (value: T) => RawRequest,
  /** More of the property, checked on each answer that passed the common checks. */
  verify?: (outcome: Outcome) => void,
) {
  currentProperty = name;
  const numRuns = RUNS[name as keyof typeof RUNS];
  let sinceAlive = 0;
  try {
    await fc.assert(
      fc.asyncProperty(arbitrary, async (value) => {
        const outcome = await check(toRequest(value));
        verify?.(outcome);
        if (++sinceAlive >= 100) {
          sinceAlive = 0;
          await assertAlive();
        }
      }),
      { numRuns, seed: SEED, endOnFailure: false },
    );
  } catch (error) {
    console.error(`[fuzz] property "${name}" failed with seed ${SEED}: rerun with FUZZ_SEED=${SEED}`);
    throw error;
  } finally {
    currentProperty = 'other';
  }
  await assertAlive();
}

// ---------------------------------------------------------------------------------------------------------------
// Minimal reproductions of the defects the properties found: each must answer in shape

const GET_HEADERS = { accept: 'application/json', 'apollo-require-preflight': 'true' };
const REPRODUCTIONS: { defect: string; name: string; request: () => RawRequest; code?: string }[] = [
  {
    defect: 'parse-error-500 (fixed)',
    name: 'a syntax error',
    request: () => post({ query: '{ x' }),
    code: 'GRAPHQL_PARSE_FAILED',
  },
  {
    defect: 'parse-error-500 (fixed)',
    code: 'GRAPHQL_PARSE_FAILED',
    name: '4,000 nested list brackets',
    request: () =>
      post({ query: `{ callLogs(locationId: "L", first: ${'['.repeat(4_000)}1${']'.repeat(4_000)}) { totalCount } }` }),
  },
  { defect: 'root-operation-type', name: 'a mutation', request: () => post({ query: 'mutation { x }' }) },
  {
    defect: 'entity-key-not-string (fixed)',
    code: 'BAD_USER_INPUT',
    name: 'an object id',
    request: () =>
      post({ query: '{ _entities(representations: [{ __typename: "Contact", id: { a: 1 } }]) { __typename } }' }),
  },
  {
    defect: 'entity-key-not-string (fixed)',
    code: 'BAD_USER_INPUT',
    name: 'no id',
    request: () => post({ query: '{ _entities(representations: [{ __typename: "Calendar" }]) { __typename } }' }),
  },
  {
    defect: 'entity-unknown-typename (fixed)',
    code: 'BAD_USER_INPUT',
    name: 'an unknown __typename',
    request: () => post({ query: '{ _entities(representations: [{ __typename: "Bogus" }]) { __typename } }' }),
  },
  {
    defect: 'upstream-uri-too-long',
    name: '3,000 contact ids',
    request: () =>
      post({
        query:
          'query($filter: CallLogFilter) { callLogs(locationId: "LOC123456789ABCDEF", filter: $filter) { totalCount } }',
        variables: { filter: { contactIds: Array.from({ length: 3_000 }, (_, i) => `contact${i}`) } },
      }),
  },
  { defect: 'fastify-404-shape', name: 'DELETE', request: () => ({ method: 'DELETE', headers: {} }) },
  {
    defect: 'node-431-shape (fixed)',
    code: 'BAD_REQUEST',
    name: 'a 20 KB GET query',
    request: () => ({ method: 'GET', headers: GET_HEADERS, search: { query: `{ ${'__typename '.repeat(2_000)}}` } }),
  },
];

// ---------------------------------------------------------------------------------------------------------------

describe('fuzzing the endpoint', () => {
  it(`answers ${RUNS.variables} generated variable sets with data or coded errors`, async () => {
    await runProperty('variables', fc.tuple(fc.constantFrom(...VARIABLE_DOCUMENTS), variables), ([query, values]) =>
      post({ query, variables: values }),
    );
  }, 120_000);

  it(`answers ${RUNS.documents} generated documents with data or coded errors`, async () => {
    await runProperty('documents', fc.tuple(document, rarely(variables, 4)), ([query, values]) =>
      post(values === null ? { query } : { query, variables: values }),
    );
  }, 120_000);

  it(`answers ${RUNS.raw} raw HTTP requests in GraphQL's error shape`, async () => {
    await runProperty('raw', rawRequest, (request) => request);
  }, 120_000);

  it(`answers ${RUNS.oversized} bodies of a few MB without running them`, async () => {
    await runProperty('oversized', oversizedRequest, (request) => request);
  }, 120_000);

  it(`serves ${RUNS.upstream} call logs of hostile shape, building no upstream request from a value that is no id`, async () => {
    let serial = 0;
    let id = '';
    await runProperty(
      'upstream',
      hostileCallLog,
      (log) => {
        id = `hostileLog${String((serial += 1)).padStart(10, '0')}`;
        stack.emulator.store.addCallLog(stack.locationId, { ...log, id });
        stack.emulator.requests.clear();
        return post({ query: HOSTILE_CALL_LOG_QUERY, variables: { locationId: stack.locationId, id } });
      },
      (outcome) => {
        const body = JSON.parse(outcome.text) as { data?: { callLog?: { id?: unknown } }; errors?: GraphQLError[] };
        // The call log arrives, whatever its fields: what HighLevel could not send readably is null at its field.
        expect(outcome.status).toBe(200);
        expect(body.data?.callLog?.id).toBe(id);
        // Every upstream path is made of plain segments: no `[object Object]`, no encoded `/`, no `..`.
        for (const { path } of stack.emulator.requests.all()) {
          expect(
            path.split('/').every((segment) => /^[A-Za-z0-9_-]*$/.test(segment)),
            path,
          ).toBe(true);
        }
      },
    );
  }, 120_000);

  it.each(REPRODUCTIONS)('answers the reproduction of $defect in shape ($name)', async ({ request, code }) => {
    currentProperty = 'reproductions';
    const outcome = await check(request());
    currentProperty = 'other';
    if (code !== undefined) {
      const body = JSON.parse(outcome.text) as { errors?: GraphQLError[] };
      expect(body.errors?.map((error) => error.extensions?.code)).toContain(code);
    }
  });

  it('answers the next request on a connection whose previous body was refused unread', async () => {
    // node:http with one socket, so that both requests share the connection.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const url = new URL(stack.gateway.url);
    const send = (headers: Record<string, string>, body: string) =>
      new Promise<number>((resolve) => {
        const request = http.request(
          { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, timeout: 2_000, headers },
          (response) => {
            response.resume();
            response.on('end', () => {
              resolve(response.statusCode ?? 0);
            });
          },
        );
        request.on('timeout', () => {
          request.destroy();
          resolve(0);
        });
        request.on('error', () => {
          resolve(-1);
        });
        request.end(body);
      });
    try {
      const refused = await send(
        { 'content-type': 'x/y', 'content-encoding': 'deflate' },
        JSON.stringify({ query: `{ ${'x'.repeat(300_000)} }` }),
      );
      expect(refused).toBe(415);
      const next = await send(
        { 'content-type': 'application/json', authorization: `Bearer ${stack.token}` },
        '{"query":"{ __typename }"}',
      );
      // Before the fix: never answered (@fastify/compress left the unread body in the connection).
      expect(next).toBe(200);
    } finally {
      agent.destroy();
    }
  });

  it('refuses a fragment bomb quickly', async () => {
    // 3^16 paths through 16 tiny fragments: a ~700-byte document. The estimator must not walk every path.
    const levels = 16;
    const fragments = Array.from(
      { length: levels },
      (_, level) => `fragment F${level} on Query { ...F${level + 1} ...F${level + 1} ...F${level + 1} }`,
    );
    const query = [
      '{ ...F0 }',
      ...fragments,
      `fragment F${levels} on Query { callLog(locationId: "LOC123456789ABCDEF", id: "507f1f77bcf86cd799439011") { id } }`,
    ].join('\n');
    const started = performance.now();
    await check(post({ query }));
    const milliseconds = performance.now() - started;
    console.log(`[fuzz] fragment bomb (3^${levels} paths) answered in ${Math.round(milliseconds)} ms`);
    // Before the fix the estimator walked every path: 3^16 took about 12 s of blocked event loop.
    expect(milliseconds).toBeLessThan(1_000);
    await assertAlive();
  }, 60_000);

  it('keeps the process alive when _entities mixes a failing representation with a non-entity __typename', async () => {
    // Run as `npm start` runs it, in its own process: Node ends a process on an unhandled rejection, which the
    // test runner's own handlers would otherwise hide.
    const { child, url } = await startMain({ EMULATOR_PORT: '0' });
    const running = () => child.exitCode === null && child.signalCode === null;
    try {
      // No Authorization header: anyone can send this.
      const query = `{ _entities(representations: [{ __typename: "Contact", id: "a.b" }, { __typename: "String" }]) { __typename } }`;
      const first = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect(JSON.parse(await first.text())).toHaveProperty('errors');
      // No wait needed: the orphaned rejection arises while the first request runs, and Node deals with it at the end
      // of that event-loop turn, before the process reads another request. Had it ended the process, this next
      // request would find nothing listening.
      const alive = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }).then(
        async (response) => ((await response.json()) as { data?: unknown }).data !== undefined,
        () => false,
      );
      // Before the fix the process died here: the Contact lookup's rejection was orphaned when @apollo/subgraph
      // threw on "String", and Node ends a process on an unhandled rejection.
      expect(alive).toBe(true);
      expect(running()).toBe(true);
    } finally {
      if (running()) child.kill('SIGTERM');
    }
  }, 60_000);
});
