// An upstream value nested 10,000 levels deep (`extractedData`, raw action parameters, a translation): V8's JSON.parse
// reads it, but any later recursive walk of it (the response's own serialization, the response cache's) overflows the
// stack. The field is null with UPSTREAM_UNAVAILABLE, the rest of the call log is served, the operation's log line
// says `error`, and that holds with the response cache on and off. The hostile upstream is the test's own: the
// emulator stores call logs through JSON.stringify, which cannot hold such a value.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createLogger } from '../src/observability/logger.js';
import { createGateway, type Gateway } from '../src/server.js';
import { sendPayload } from './helpers/graphql.js';

/** The JSON scalar's documented limit (README, schema/common.graphql). */
const MAX_JSON_DEPTH = 100;
const HOSTILE_DEPTH = 10_000;

/** `{"a":{"a":…1…}}`, `depth` objects deep, as text: the only form such a value can take in a test. */
function nested(depth: number): string {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/** Call logs by id, as raw JSON text, which the upstream serves to both routes. */
const logs = new Map<string, string>();
const requests: string[] = [];

function callLogText(id: string, fields: Record<string, string>): string {
  const extra = Object.entries(fields).map(([key, text]) => `,${JSON.stringify(key)}:${text}`);
  return `{"id":${JSON.stringify(id)},"summary":"Still served","createdAt":"2024-05-01T10:00:00.000Z"${extra.join('')}}`;
}

function hostileUpstream(): Server {
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://upstream');
    requests.push(url.pathname);
    const single = /^\/voice-ai\/dashboard\/call-logs\/([^/]+)$/.exec(url.pathname);
    const body = single
      ? logs.get(decodeURIComponent(single[1] ?? ''))
      : url.pathname === '/voice-ai/dashboard/call-logs'
        ? `{"total":${logs.size},"callLogs":[${[...logs.values()].join(',')}]}`
        : undefined;
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"statusCode":404,"message":"Not found"}');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
}

let upstream: Server;
const lines: string[] = [];
const gateways = {} as Record<'response cache off' | 'response cache on', Gateway>;

beforeAll(async () => {
  upstream = hostileUpstream();
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(line) } });
  gateways['response cache off'] = await createGateway({ upstreamUrl, upstreamRetries: 0, cache: false, logger });
  // The default cache settings: the reference cache and the whole-response cache, in process.
  gateways['response cache on'] = await createGateway({ upstreamUrl, upstreamRetries: 0, logger });
});
afterAll(async () => {
  for (const gateway of Object.values(gateways)) await gateway.stop();
  upstream.closeAllConnections();
  await new Promise<void>((resolve) =>
    upstream.close(() => {
      resolve();
    }),
  );
});
beforeEach(() => {
  logs.clear();
  requests.length = 0;
  lines.length = 0;
});

/** Where a deep value can arrive, where its error is reported and what is null (below `callLog`). */
const FIELDS = [
  {
    name: 'extractedData',
    fields: (text: string) => ({ extractedData: text }),
    select: 'extractedData',
    path: ['extractedData'],
  },
  {
    name: "an action's raw parameters",
    fields: (text: string) => ({ executedCallActions: `[{"actionType":"SMS","actionParameters":${text}}]` }),
    select: 'actions { __typename rawParameters }',
    path: ['actions', 0, 'rawParameters'],
  },
  {
    name: "a value inside an action's raw parameters",
    fields: (text: string) => ({
      executedCallActions: `[{"actionType":"SMS","actionParameters":{"messageBody":"Hi","extra":${text}}}]`,
    }),
    select: 'actions { ... on SmsAction { messageBody rawParameters } }',
    path: ['actions', 0, 'rawParameters'],
  },
  {
    name: 'the translation',
    fields: (text: string) => ({ translation: `{"language":"es","extra":${text}}` }),
    select: 'translation { language raw }',
    path: ['translation', 'raw'],
    // `raw` is non-null: the translation it belongs to is null in its place.
    nulled: ['translation'],
  },
] as const;

/** The value at `path` below `data.callLog` (or below a list's first node). */
function at(node: unknown, path: readonly (string | number)[]): unknown {
  let value = node;
  for (const key of path) value = (value as Record<string | number, unknown> | null | undefined)?.[key];
  return value;
}

function operationLines(): Record<string, unknown>[] {
  return lines
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => entry['msg'] === 'graphql operation');
}

let serial = 0;
/** A new call log id per test: with the cache on, an id read before may be answered from the reference cache. */
const nextId = (prefix: string) => `${prefix}${String((serial += 1)).padStart(6, '0')}`;

describe.each(['response cache off', 'response cache on'] as const)('a value nested 10,000 deep, %s', (mode) => {
  const gateway = () => gateways[mode];

  it.each(FIELDS)('$name: null with UPSTREAM_UNAVAILABLE, the rest served, the log line says error', async (field) => {
    const id = nextId('deepLog');
    logs.set(id, callLogText(id, field.fields(nested(HOSTILE_DEPTH))));
    const response = await sendPayload<{ callLog: unknown }>(
      gateway().url,
      {
        query: `query DeepValue($id: ID!) { callLog(locationId: "location1", id: $id) { id summary ${field.select} } }`,
        variables: { id },
      },
      { token: 'caller-token' },
    );
    expect(response.status, response.text.slice(0, 300)).toBe(200);
    const log = response.data?.callLog;
    expect(at(log, ['id'])).toBe(id);
    expect(at(log, ['summary'])).toBe('Still served');
    expect(at(log, 'nulled' in field ? field.nulled : field.path)).toBeNull();
    expect(response.errors?.map((error) => ({ path: error.path, code: error.extensions?.['code'] }))).toEqual([
      { path: ['callLog', ...field.path], code: 'UPSTREAM_UNAVAILABLE' },
    ]);
    expect(requests).toEqual([`/voice-ai/dashboard/call-logs/${id}`]);
    // Nor does a value the reference cache cannot write make it report itself unavailable.
    expect(lines.map((line) => (JSON.parse(line) as { msg?: unknown }).msg)).not.toContain(
      'reference cache unavailable; reading HighLevel directly',
    );
    expect(operationLines()).toEqual([
      expect.objectContaining({
        operation: 'DeepValue',
        outcome: 'error',
        status: 200,
        errorCodes: ['UPSTREAM_UNAVAILABLE'],
      }),
    ]);
  });

  it("in a list, only that log's field is null; the page and the other logs are served", async () => {
    logs.set('deepLog1', callLogText('deepLog1', { extractedData: nested(HOSTILE_DEPTH) }));
    logs.set('plainLog2', callLogText('plainLog2', { extractedData: '{"email":"a@example.com"}' }));
    const response = await sendPayload<{ callLogs: { nodes: unknown[] } }>(
      gateway().url,
      { query: 'query DeepList { callLogs(locationId: "location1") { nodes { id summary extractedData } } }' },
      { token: 'caller-token' },
    );
    expect(response.status, response.text.slice(0, 300)).toBe(200);
    expect(response.data?.callLogs.nodes).toEqual([
      { id: 'deepLog1', summary: 'Still served', extractedData: null },
      { id: 'plainLog2', summary: 'Still served', extractedData: { email: 'a@example.com' } },
    ]);
    expect(response.errors?.map((error) => ({ path: error.path, code: error.extensions?.['code'] }))).toEqual([
      { path: ['callLogs', 'nodes', 0, 'extractedData'], code: 'UPSTREAM_UNAVAILABLE' },
    ]);
    expect(requests).toEqual(['/voice-ai/dashboard/call-logs']);
    expect(operationLines()).toEqual([
      expect.objectContaining({ operation: 'DeepList', outcome: 'error', status: 200 }),
    ]);
  });

  it(`serves a value ${MAX_JSON_DEPTH} levels deep, and refuses one level more`, async () => {
    const [withinId, beyondId] = [nextId('edgeLog'), nextId('edgeLog')];
    logs.set(withinId, callLogText(withinId, { extractedData: nested(MAX_JSON_DEPTH) }));
    logs.set(beyondId, callLogText(beyondId, { extractedData: nested(MAX_JSON_DEPTH + 1) }));
    const query = 'query Edge($id: ID!) { callLog(locationId: "location1", id: $id) { id extractedData } }';
    const within = await sendPayload<{ callLog: { extractedData: unknown } }>(
      gateway().url,
      { query, variables: { id: withinId } },
      { token: 'caller-token' },
    );
    expect(within.errors).toBeUndefined();
    expect(JSON.stringify(within.data?.callLog.extractedData)).toBe(nested(MAX_JSON_DEPTH));
    const beyond = await sendPayload<{ callLog: { extractedData: unknown } }>(
      gateway().url,
      { query, variables: { id: beyondId } },
      { token: 'caller-token' },
    );
    expect(beyond.data?.callLog.extractedData).toBeNull();
    expect(beyond.errors?.map((error) => error.extensions?.['code'])).toEqual(['UPSTREAM_UNAVAILABLE']);
  });
});
