// Fault soak: thousands of bounded queries against an emulator that fails a share of its answers (5xx, 429, timeouts,
// truncated bodies). Every value the gateway returns must be HighLevel's (checked against answers snapshotted
// fault-free, themselves checked against the emulator's store); every query that does not complete must say why, with
// a coded error at the field that failed; the process must survive and not grow.
//
// FAULT_QUERIES (default 5,000) sets the number of queries for a longer local soak; FAULT_CONCURRENCY (default 16)
// the queries in flight at once; FAULT_MIX (JSON) the faults. The gateway's caches are off, so every query goes upstream.
import { setImmediate, setTimeout as sleep } from 'node:timers/promises';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { CallLogQuery, FaultRule } from '../src/emulator/server.js';
import { graphql } from './generated/gql.js';
import type { CallLogFilter, CallLogOrder } from './generated/graphql.js';
import { inParallel } from './helpers/parallel.js';
import { type GraphQLResponse, type Stack, startStack } from './helpers/stack.js';
import { until } from './helpers/wait.js';

const QUERIES = positiveInteger(process.env['FAULT_QUERIES'], 5_000);
const CONCURRENCY = positiveInteger(process.env['FAULT_CONCURRENCY'], 16);
/** Heap growth allowed over the run, after a full GC (or a settle delay when GC cannot be forced). */
const HEAP_GROWTH_BOUND_BYTES = 50 * 1024 * 1024;
const MIN_COMPLETE_RATIO = 0.99;
const ALLOWED_CODES = new Set(['UPSTREAM_UNAVAILABLE', 'UPSTREAM_TIMEOUT', 'RATE_LIMITED']);
/** Fields whose resolution makes an upstream request, so where a fault can surface. */
const FAILABLE_FIELDS = new Set(['callLog', 'callLogs', 'contact', 'agent', 'workflow']);

/**
 * Share of all upstream requests answered with each fault. The emulator reads rules in order and the first one that
 * fires decides, so each rule's probability is made conditional on the earlier ones not firing (see `faultRules`).
 */
const DEFAULT_FAULT_MIX: FaultShare[] = [
  { share: 0.025, rule: { status: 500 } },
  { share: 0.025, rule: { status: 502 } },
  { share: 0.025, rule: { status: 503 } },
  { share: 0.025, rule: { status: 504 } },
  { share: 0.025, rule: { status: 429, retryAfterSeconds: 0 } },
  { share: 0.025, rule: { status: 429, retryAfterSeconds: 1 } },
  { share: 0.02, rule: { timeout: true } },
  { share: 0.01, rule: { malformed: true } },
];
/** FAULT_MIX (JSON, same shape as DEFAULT_FAULT_MIX) replaces the mix for experiments. */
const FAULT_MIX: FaultShare[] = process.env['FAULT_MIX']
  ? (JSON.parse(process.env['FAULT_MIX']) as FaultShare[])
  : DEFAULT_FAULT_MIX;

const LOG_FIELDS = /* GraphQL */ `
  id
  duration
  contactId
  agentId
  isAgentDeleted
  createdAt
  callType
  contact { id name email }
  agent { id name }
  actions { __typename ... on WorkflowTriggerAction { workflowId workflow { id name } } }
`;
const ONE = /* GraphQL */ `
  query One($locationId: ID!, $id: ID!) { callLog(locationId: $locationId, id: $id) { ${LOG_FIELDS} } }
`;
const PAGE = /* GraphQL */ `
  query Page($locationId: ID!, $filter: CallLogFilter, $orderBy: CallLogOrder, $first: Int!, $after: String) {
    callLogs(locationId: $locationId, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage }
      nodes { ${LOG_FIELDS} }
    }
  }
`;
const CURSORS = graphql(`
  query Cursors($locationId: ID!, $filter: CallLogFilter, $orderBy: CallLogOrder) {
    callLogs(locationId: $locationId, filter: $filter, orderBy: $orderBy, first: 200) {
      edges {
        cursor
      }
    }
  }
`);

interface FaultShare {
  share: number;
  rule: Omit<FaultRule, 'route' | 'probability'>;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = Record<string, Json>;

interface Spec {
  name: string;
  document: string;
  variables: Record<string, unknown>;
}

interface ExpectedLog {
  id: string;
  duration: number | null;
  contactId: string | null;
  agentId: string | null;
  isAgentDeleted: boolean;
  createdAt: string | null;
  callType: 'LIVE' | 'TRIAL';
  contact: { id: string; name: string | null; email: string | null } | null;
  agent: { id: string; name: string | null } | null;
  actions: ({ __typename: string } | { __typename: string; workflowId: string; workflow: unknown })[];
}

interface Tally {
  queries: number;
  complete: number;
  incomplete: number;
  wrong: number;
  problems: string[];
  /** Errors of incomplete queries by code, with HighLevel's status or `unreadable` for UPSTREAM_UNAVAILABLE. */
  incompleteCodes: Record<string, number>;
}

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({
    // The emulator's own burst limit stays off, and its X-RateLimit-Remaining stays high, so the gateway's limiter
    // does not pace the run: the 429s here are the injected ones.
    emulator: { rateLimit: { enforce: false, max: 1_000_000_000, daily: 1_000_000_000 } },
    gateway: {
      upstreamTimeoutMs: 300,
      upstreamRetries: 3,
      rateLimit: { requests: 1_000_000, intervalMs: 10_000, maxQueue: 1_000 },
      // Every query goes upstream: remembered answers would hide the faults.
      cache: false,
      responseCache: false,
    },
  });
});
afterAll(async () => {
  await stack.stop();
});

describe('under injected upstream faults', () => {
  it(`answers ${QUERIES} queries with HighLevel's values or coded errors at the failed fields, and does not leak`, async () => {
    const locationId = stack.locationId;
    const specs = await buildSpecs(locationId);
    const expected = new Map<string, Json>();
    for (const spec of specs) {
      const response = await stack.query<JsonObject>(spec.document, spec.variables);
      expect(response.errors, `${spec.name} fault-free`).toBeUndefined();
      const data = (response.data ?? null) as Json;
      checkAgainstStore(spec, data, locationId);
      expected.set(spec.name, data);
    }

    // Warm up (JIT, keep-alive sockets, caches), then take the baseline.
    await runQueries(specs, expected, Math.min(500, QUERIES), CONCURRENCY);
    stack.emulator.requests.clear();
    const heapBefore = await settledHeap();

    stack.emulator.faults.set(faultRules());
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const started = performance.now();
    const tally = await runQueries(specs, expected, QUERIES, CONCURRENCY);
    const seconds = (performance.now() - started) / 1000;
    process.off('unhandledRejection', onUnhandled);
    stack.emulator.faults.clear();

    // Only the counts are kept: the log's copies must not be alive when the heap is measured.
    const { upstreamRequests, faults } = faultTotals();
    const injected = Object.values(faults).reduce((sum, count) => sum + count, 0);
    // Sockets held by timeout faults close once the gateway gives up on them: wait until the emulator holds none (an
    // unanswered request's entry gets its duration when its client goes away).
    await until(() => stack.emulator.requests.all().every((entry) => entry.status !== 0 || entry.durationMs > 0));
    stack.emulator.requests.clear();
    const heapAfter = await settledHeap();
    const alive = await stack.query('{ __typename }');

    console.log(
      `[faults] queries=${tally.queries} complete=${tally.complete} incomplete=${tally.incomplete} ` +
        `wrong=${tally.wrong} completeRatio=${(tally.complete / tally.queries).toFixed(4)} ` +
        `seconds=${seconds.toFixed(1)} concurrency=${CONCURRENCY} upstreamRequests=${upstreamRequests} ` +
        `injectedFaults=${injected} (${JSON.stringify(faults)}) incompleteCodes=${JSON.stringify(tally.incompleteCodes)} ` +
        `heapBeforeMiB=${mib(heapBefore)} heapAfterMiB=${mib(heapAfter)} heapGrowthMiB=${mib(heapAfter - heapBefore)} ` +
        `gc=${forcedGc ? 'forced' : 'settle-delay'}`,
    );

    expect(alive.data).toEqual({ __typename: 'Query' });
    expect(unhandled).toEqual([]);
    expect(tally.problems.slice(0, 20)).toEqual([]);
    expect(tally.wrong).toBe(0);
    expect(tally.queries).toBe(QUERIES);
    // The faults did happen, at about the configured rate (18% of requests by default).
    const configuredShare = FAULT_MIX.reduce((sum, { share }) => sum + share, 0);
    expect(injected / upstreamRequests).toBeGreaterThan(0.8 * configuredShare);
    expect(tally.complete / tally.queries).toBeGreaterThanOrEqual(MIN_COMPLETE_RATIO);
    expect(heapAfter - heapBefore).toBeLessThan(HEAP_GROWTH_BOUND_BYTES);
  }, 600_000);
});

/** Upstream requests the emulator logged during the run, and how many got each fault. */
function faultTotals(): { upstreamRequests: number; faults: Record<string, number> } {
  const entries = stack.emulator.requests.all();
  const faults: Record<string, number> = {};
  for (const entry of entries) if (entry.fault) faults[entry.fault] = (faults[entry.fault] ?? 0) + 1;
  return { upstreamRequests: entries.length, faults };
}

/** Conditional probabilities that give each rule its share of all requests. */
function faultRules(): FaultRule[] {
  let remaining = 1;
  return FAULT_MIX.map(({ share, rule }) => {
    const probability = share / remaining;
    remaining -= share;
    return { route: '*', ...rule, probability };
  });
}

/** callLog by id across the location (with the notable cases), and small pages of several filters and orders. */
async function buildSpecs(locationId: string): Promise<Spec[]> {
  const { store } = stack.emulator;
  const logs = store.callLogs(locationId);
  const { notable } = store;
  const ids = new Set<string>([
    notable.referenceCallLogId,
    notable.trialCallLogId,
    notable.dangling.contact.callLogId,
    notable.dangling.workflow.callLogId,
    ...logs.filter((log) => log.isAgentDeleted).map((log) => log.id),
  ]);
  for (let index = 0; index < logs.length; index += 4) ids.add(logs[index]?.id ?? notable.referenceCallLogId);
  const specs: Spec[] = [...ids].map((id) => ({ name: `one:${id}`, document: ONE, variables: { locationId, id } }));

  const agentId = logs.find((log) => !log.isAgentDeleted)?.agentId ?? '';
  const lists: { filter?: CallLogFilter; orderBy?: CallLogOrder }[] = [
    {},
    { filter: { callType: 'LIVE' } },
    { filter: { callType: 'TRIAL' } },
    { filter: { agentId } },
    { filter: { actionTypes: ['WORKFLOW_TRIGGER'] } },
    { orderBy: { field: 'DURATION', direction: 'ASC' } },
    { filter: { callType: 'LIVE' }, orderBy: { field: 'CREATED_AT', direction: 'ASC' } },
  ];
  for (const [listIndex, list] of lists.entries()) {
    const cursors = await stack.query(CURSORS, { locationId, ...list });
    expect(cursors.errors).toBeUndefined();
    const edges = cursors.data?.callLogs?.edges ?? [];
    for (let offset = -1; offset < edges.length; offset += 17) {
      const first = 3 + ((offset + 1) % 3);
      const after = offset < 0 ? undefined : edges[offset]?.cursor;
      specs.push({
        name: `page:${listIndex}:${offset}`,
        document: PAGE,
        variables: { locationId, ...list, first, ...(after === undefined ? {} : { after }) },
      });
    }
  }
  return specs;
}

/** The fault-free answer is checked against the emulator's store, field by field, before it becomes the oracle. */
function checkAgainstStore(spec: Spec, data: Json, locationId: string): void {
  const { store } = stack.emulator;
  if (spec.document === ONE) {
    const id = spec.variables['id'] as string;
    expect(data, spec.name).toEqual({ callLog: expectedLog(locationId, id) });
    return;
  }
  const variables = spec.variables as {
    filter?: { callType?: string; agentId?: string; actionTypes?: string[] };
    orderBy?: { field: string; direction: string };
    first: number;
    after?: string;
  };
  const query: CallLogQuery = { descending: true, page: 1, pageSize: 100_000 };
  if (variables.filter?.callType) query.trialCall = variables.filter.callType === 'TRIAL';
  if (variables.filter?.agentId) query.agentId = variables.filter.agentId;
  if (variables.filter?.actionTypes) query.actionTypes = new Set(variables.filter.actionTypes);
  if (variables.orderBy) {
    query.sortBy = variables.orderBy.field === 'DURATION' ? 'duration' : 'createdAt';
    query.descending = variables.orderBy.direction !== 'ASC';
  }
  const all = store.queryCallLogs(locationId, query);
  const offset = variables.after === undefined ? 0 : cursorOffset(variables.after) + 1;
  const window = all.logs.slice(offset, offset + variables.first);
  expect(data, spec.name).toEqual({
    callLogs: {
      totalCount: all.total,
      pageInfo: { hasNextPage: offset + window.length < all.total, hasPreviousPage: offset > 0 },
      nodes: window.map((log) => expectedLog(locationId, log.id)),
    },
  });
}

const TYPE_NAMES: Record<string, string> = {
  CALL_TRANSFER: 'CallTransferAction',
  SMS: 'SmsAction',
  DATA_EXTRACTION: 'DataExtractionAction',
  IN_CALL_DATA_EXTRACTION: 'InCallDataExtractionAction',
  WORKFLOW_TRIGGER: 'WorkflowTriggerAction',
  APPOINTMENT_BOOKING: 'AppointmentBookingAction',
  CUSTOM_ACTION: 'CustomAction',
  KNOWLEDGE_BASE: 'KnowledgeBaseAction',
};

function expectedLog(locationId: string, id: string): ExpectedLog {
  const { store } = stack.emulator;
  const log = store.callLog(locationId, id);
  if (!log) throw new Error(`the emulator has no call log ${id}`);
  const contact = log.contactId ? store.contact(log.contactId) : undefined;
  const agent = log.isAgentDeleted ? undefined : store.agent(locationId, log.agentId);
  const workflows = store.workflows(locationId);
  return {
    id: log.id,
    duration: log.duration,
    contactId: log.contactId ?? null,
    agentId: log.agentId,
    isAgentDeleted: log.isAgentDeleted,
    createdAt: new Date(log.createdAt).toISOString(),
    callType: log.trialCall ? 'TRIAL' : 'LIVE',
    contact: contact ? { id: log.contactId ?? '', name: contact.name ?? null, email: contact.email ?? null } : null,
    agent: agent ? { id: log.agentId, name: agent.agentName } : null,
    actions: log.executedCallActions.map((action) => {
      const __typename = TYPE_NAMES[action.actionType] ?? 'UnknownAction';
      if (__typename !== 'WorkflowTriggerAction') return { __typename };
      const workflowId = (action.actionParameters as { workflowId: string }).workflowId;
      const workflow = workflows.find((candidate) => candidate.id === workflowId);
      return {
        __typename,
        workflowId,
        workflow: workflow ? { id: workflowId, name: workflow.name ?? null } : null,
      };
    }),
  };
}

/** The absolute offset a cursor points at (the test reads its own fault-free cursors: `cl2:<fp>:<offset>:<t>`). */
function cursorOffset(cursor: string): number {
  return Number(Buffer.from(cursor, 'base64url').toString('utf8').split(':')[2]);
}

async function runQueries(specs: Spec[], expected: Map<string, Json>, count: number, concurrency: number) {
  const tally: Tally = {
    queries: 0,
    complete: 0,
    incomplete: 0,
    wrong: 0,
    problems: [],
    incompleteCodes: {},
  };
  await inParallel(count, concurrency, async (index) => {
    // A fixed stride through the catalogue: every spec is asked, in an order that mixes ids and pages.
    const spec = specs[(index * 7919) % specs.length];
    if (!spec) throw new Error('no spec');
    const response = await stack.query<JsonObject>(spec.document, spec.variables);
    judge(spec, expected.get(spec.name) ?? null, response, tally);
  });
  return tally;
}

function judge(spec: Spec, expected: Json, response: GraphQLResponse<JsonObject>, tally: Tally): void {
  tally.queries++;
  const problems: string[] = [];
  const actual = (response.data ?? null) as Json;
  const errors = response.errors ?? [];
  if (response.status !== 200) problems.push(`HTTP ${response.status}`);
  for (const error of errors) {
    const code = error.extensions?.['code'];
    if (typeof code !== 'string' || !ALLOWED_CODES.has(code)) problems.push(`code ${String(code)}: ${error.message}`);
    else {
      const cause = code === 'UPSTREAM_UNAVAILABLE' ? `${code}:${unavailableCause(error)}` : code;
      tally.incompleteCodes[cause] = (tally.incompleteCodes[cause] ?? 0) + 1;
    }
    const path = error.path ?? [];
    const field = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
    if (field === undefined || !FAILABLE_FIELDS.has(field))
      problems.push(`error at ${JSON.stringify(path)}: ${error.message}`);
    else if (!nulledAlong(actual, path)) problems.push(`error at ${JSON.stringify(path)} but a value is there`);
  }
  const errorPaths = errors.map((error) => error.path ?? []);
  const mismatches = compare(expected, actual, [], errorPaths);
  if (mismatches.length > 0) tally.wrong++;
  problems.push(...mismatches);
  if (errors.length === 0 && mismatches.length === 0) tally.complete++;
  else tally.incomplete++;
  if (problems.length > 0) tally.problems.push(`${spec.name}: ${problems.join('; ')}`);
}

/** HighLevel's status behind an UPSTREAM_UNAVAILABLE, or `unreadable` for a truncated body. */
function unavailableCause(error: { message: string; extensions?: Record<string, unknown> }): string {
  const status = error.extensions?.['upstreamStatus'];
  if (typeof status === 'number') return String(status);
  return /unreadable/.test(error.message) ? 'unreadable' : 'other';
}

/** True when following `path` through `data` meets a null (the failed field, or an ancestor it nulled). */
function nulledAlong(data: Json, path: readonly (string | number)[]): boolean {
  let value: Json | undefined = data;
  for (const segment of path) {
    if (value === null || value === undefined) return true;
    if (typeof value !== 'object') return false;
    value = Array.isArray(value) ? value[segment as number] : value[segment as string];
  }
  return value === null || value === undefined;
}

/**
 * Every value present must equal the oracle's; a null where the oracle has a value is allowed only with an error at
 * that position or below it (a non-null field's failure nulls its nearest nullable ancestor).
 */
function compare(expected: Json, actual: Json, path: (string | number)[], errorPaths: (string | number)[][]): string[] {
  if (actual === null) {
    if (expected === null) return [];
    const explained = errorPaths.some((errorPath) => path.every((segment, index) => errorPath[index] === segment));
    return explained ? [] : [`null without an error at ${JSON.stringify(path)}`];
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) return [`wrong length at ${JSON.stringify(path)}`];
    return expected.flatMap((item, index) => compare(item, actual[index] ?? null, [...path, index], errorPaths));
  }
  if (isObject(expected) && isObject(actual)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    return [...keys].flatMap((key) =>
      key in expected && key in actual
        ? compare(expected[key] ?? null, actual[key] ?? null, [...path, key], errorPaths)
        : [`unexpected shape at ${JSON.stringify([...path, key])}`],
    );
  }
  return expected === actual
    ? []
    : [`wrong value at ${JSON.stringify(path)}: ${JSON.stringify(actual)} != ${JSON.stringify(expected)}`];
}

function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** global.gc when node runs with --expose-gc; otherwise exposed at run time through V8's flags. */
const forcedGc: (() => void) | undefined = (() => {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
})();

/** The heap once a forced GC frees under 1 MiB more than the one before (a turn of the event loop apart). */
async function settledHeap(): Promise<number> {
  if (!forcedGc) {
    // Without a GC to force, V8 collects on its own schedule: only time lets it (faked timers would not).
    for (let round = 0; round < 3; round++) await sleep(1_000);
    return process.memoryUsage().heapUsed;
  }
  let heap = Infinity;
  for (let round = 0; round < 10; round++) {
    // Callbacks already due (closed sockets, expired timers) run first and drop what they hold.
    await setImmediate();
    forcedGc();
    const previous = heap;
    heap = process.memoryUsage().heapUsed;
    if (previous - heap < 1024 * 1024) break;
  }
  return heap;
}

function mib(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

function positiveInteger(text: string | undefined, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`expected a positive integer, got ${text}`);
  return value;
}
