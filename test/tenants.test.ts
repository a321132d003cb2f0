// Tenant isolation: two tenants (different credentials, different locations, different data in the emulator) send
// hundreds of interleaved concurrent queries each. Every returned value is compared with the emulator's record for
// its id, and every upstream request is traced back to its credential through the emulator's request log.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RequestLogEntry } from '../src/emulator/server.js';
import { AGENCY_TOKEN } from '../src/emulator/tokens.js';
import { graphql } from './generated/gql.js';
import type { TenantCallLogQuery, TenantCallLogsQuery, TenantNodeFragment } from './generated/graphql.js';
import { tokenHash } from './helpers/emulator-log.js';
import { documentText } from './helpers/graphql.js';
import { inParallel } from './helpers/parallel.js';
import { type GraphQLResponse, type Stack, startStack } from './helpers/stack.js';

const QUERIES_PER_TENANT = 320;
const CONCURRENCY = 24;
const SEED = 0x5eed_7e4a;
const SECRET = 'tenants-test-hs256-secret-0123456789abcdef';
const ISSUER = 'https://auth.example.test/';
const AUDIENCE = 'call-log-gateway';

// The emulator reports HighLevel's burst budget (100 requests per 10 s per token) even when it does not enforce it,
// and the gateway honours X-RateLimit-Remaining: without a large budget here the run would pace itself to 10/s.
const EMULATOR = { rateLimit: { enforce: false, max: 10_000_000 } };

// The fields each answer is checked on, spread by name in both documents.
graphql(`
  fragment TenantNode on CallLog {
    id
    locationId
    contact {
      id
      name
      locationId
    }
    agent {
      id
      name
      locationId
    }
  }
`);
const CALL_LOGS = graphql(`
  query TenantCallLogs($locationId: ID!, $first: Int!, $orderBy: CallLogOrder) {
    callLogs(locationId: $locationId, first: $first, orderBy: $orderBy) {
      nodes {
        ...TenantNode
      }
    }
  }
`);
const CALL_LOG = graphql(`
  query TenantCallLog($locationId: ID!, $id: ID!) {
    callLog(locationId: $locationId, id: $id) {
      ...TenantNode
    }
  }
`);

type Node = TenantNodeFragment;
/** The data of either document. */
type Data = Partial<TenantCallLogsQuery & TenantCallLogQuery>;
type Response = GraphQLResponse<Data>;

interface Tenant {
  name: string;
  location: string;
  /** The Authorization credential: a HighLevel token (pass-through) or a JWT (service mode). */
  credential: string;
}

interface Job {
  tenant: Tenant;
  /** Asks for the other tenant's location on purpose: must be refused with no data. */
  crossTenant: boolean;
  document: typeof CALL_LOGS | typeof CALL_LOG;
  variables: Record<string, unknown>;
}

interface Totals {
  queries: Record<string, number>;
  crossTenantQueries: number;
  responsesChecked: number;
  callLogsChecked: number;
  contactsChecked: number;
  agentsChecked: number;
  refusedAsExpected: number;
  mixedValues: number;
  unexpectedErrors: number;
  upstreamRequests: Record<string, number>;
}

/** mulberry32: a small seeded PRNG, so the interleaving is the same on every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORDERS = [null, { field: 'CREATED_AT', direction: 'ASC' }, { field: 'DURATION', direction: 'DESC' }];

/** Each tenant's queries (a callLogs page or one of its own call logs), shuffled together with a seeded order. */
function plan(stack: Stack, tenants: readonly Tenant[], crossTenantShare: number): Job[] {
  const random = prng(SEED);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('empty list');
    return item;
  };
  const jobs: Job[] = [];
  for (const tenant of tenants) {
    const other = tenants.find((candidate) => candidate !== tenant);
    const ids = stack.emulator.store.callLogs(tenant.location).map((log) => log.id);
    for (let index = 0; index < QUERIES_PER_TENANT; index++) {
      const crossTenant = other !== undefined && random() < crossTenantShare;
      const location = crossTenant ? other.location : tenant.location;
      if (random() < 0.5) {
        const orderBy = pick(ORDERS);
        const first = 5 + Math.floor(random() * 16);
        jobs.push({
          tenant,
          crossTenant,
          document: CALL_LOGS,
          variables: { locationId: location, first, ...(orderBy ? { orderBy } : {}) },
        });
      } else {
        const id = crossTenant ? pick(stack.emulator.store.callLogs(location).map((log) => log.id)) : pick(ids);
        jobs.push({ tenant, crossTenant, document: CALL_LOG, variables: { locationId: location, id } });
      }
    }
  }
  for (let index = jobs.length - 1; index > 0; index--) {
    const swap = Math.floor(random() * (index + 1));
    [jobs[index], jobs[swap]] = [jobs[swap] as Job, jobs[index] as Job];
  }
  return jobs;
}

function post(stack: Stack, job: Job): Promise<Response> {
  return stack.query<Data>(documentText(job.document), job.variables, { token: job.tenant.credential });
}

/** Runs every job, at most CONCURRENCY at once, and checks each response against the emulator's data. */
async function run(stack: Stack, tenants: readonly Tenant[], jobs: readonly Job[]): Promise<Totals> {
  const { store } = stack.emulator;
  const idsByLocation = new Map(
    tenants.map((tenant) => [tenant.location, new Set(store.callLogs(tenant.location).map((log) => log.id))]),
  );
  const totals: Totals = {
    queries: Object.fromEntries(tenants.map((tenant) => [tenant.name, 0])),
    crossTenantQueries: 0,
    responsesChecked: 0,
    callLogsChecked: 0,
    contactsChecked: 0,
    agentsChecked: 0,
    refusedAsExpected: 0,
    mixedValues: 0,
    unexpectedErrors: 0,
    upstreamRequests: {},
  };
  const problems: string[] = [];
  const mixed = (job: Job, what: string) => {
    totals.mixedValues += 1;
    if (problems.length < 20) problems.push(`${job.tenant.name}: ${what}`);
  };

  const check = (job: Job, node: Node) => {
    const own = job.tenant.location;
    totals.callLogsChecked += 1;
    const record = store.callLog(own, node.id);
    if (!idsByLocation.get(own)?.has(node.id) || !record || node.locationId !== own) {
      mixed(job, `call log ${node.id} (${node.locationId})`);
      return;
    }
    if (node.contact) {
      totals.contactsChecked += 1;
      const contact = store.contact(node.contact.id);
      if (
        node.contact.id !== record.contactId ||
        contact?.locationId !== own ||
        node.contact.locationId !== own ||
        node.contact.name !== (contact.name ?? null)
      ) {
        mixed(job, `contact ${JSON.stringify(node.contact)} of call log ${node.id}`);
      }
    } else if (record.contactId && store.contact(record.contactId)) {
      mixed(job, `contact ${record.contactId} of call log ${node.id} missing`);
    }
    if (node.agent) {
      totals.agentsChecked += 1;
      const agent = store.agent(own, node.agent.id);
      if (
        node.agent.id !== record.agentId ||
        node.agent.locationId !== own ||
        agent?.locationId !== own ||
        node.agent.name !== agent.agentName
      ) {
        mixed(job, `agent ${JSON.stringify(node.agent)} of call log ${node.id}`);
      }
    } else if (store.agent(own, record.agentId)) {
      mixed(job, `agent ${record.agentId} of call log ${node.id} missing`);
    }
  };

  const handle = (job: Job, response: Response) => {
    totals.responsesChecked += 1;
    totals.queries[job.tenant.name] = (totals.queries[job.tenant.name] ?? 0) + 1;
    const nodes = [
      ...(response.data?.callLogs?.nodes ?? []),
      ...(response.data?.callLog ? [response.data.callLog] : []),
    ];
    if (job.crossTenant) {
      totals.crossTenantQueries += 1;
      const refused = response.errors?.length === 1 && response.errors[0]?.extensions?.code === 'FORBIDDEN';
      if (refused && nodes.length === 0) totals.refusedAsExpected += 1;
      else if (nodes.length > 0) mixed(job, `cross-tenant query answered with ${nodes.length} call logs`);
      else totals.unexpectedErrors += 1;
      return;
    }
    if (response.errors?.length) {
      totals.unexpectedErrors += 1;
      if (problems.length < 20) problems.push(`${job.tenant.name}: ${JSON.stringify(response.errors)}`);
    }
    for (const node of nodes) check(job, node);
  };

  await inParallel(jobs.length, CONCURRENCY, async (index) => {
    const job = jobs[index];
    if (job) handle(job, await post(stack, job));
  });
  if (problems.length > 0) console.log(problems.join('\n'));
  return totals;
}

/**
 * The location an upstream request names: its locationId parameter or, for /contacts/:id, the contact's location
 * (for a contact HighLevel no longer has, the location whose call logs reference it). Such a contact's 404 is the
 * only non-200 answer expected.
 */
function namedLocation(stack: Stack, entry: RequestLogEntry): { location: string | undefined; expected: boolean } {
  const { store } = stack.emulator;
  const locationParameter = entry.query['locationId'];
  if (locationParameter !== undefined) return { location: locationParameter, expected: entry.status === 200 };
  if (entry.route !== 'contacts.get') return { location: undefined, expected: false };
  const contactId = entry.path.split('/').pop() ?? '';
  const contact = store.contact(contactId);
  if (contact) return { location: contact.locationId, expected: entry.status === 200 };
  const referencing = stack.emulator.locations.filter((location) =>
    store.callLogs(location).some((log) => log.contactId === contactId),
  );
  return { location: referencing.length === 1 ? referencing[0] : undefined, expected: entry.status === 404 };
}

describe('tenant isolation under interleaved concurrent load', () => {
  let stack: Stack;
  let service: Stack;
  let location1: string;
  let location2: string;
  beforeAll(async () => {
    [stack, service] = await Promise.all([
      startStack({ emulator: EMULATOR }),
      startStack({
        emulator: EMULATOR,
        gateway: {
          auth: {
            mode: 'service',
            serviceToken: AGENCY_TOKEN,
            jwtSecret: SECRET,
            issuer: ISSUER,
            audience: AUDIENCE,
            locationsClaim: 'locations',
          },
        },
      }),
    ]);
    [location1 = '', location2 = ''] = stack.emulator.locations;
    // The proof means something only if the two locations hold different data.
    const ids1 = new Set(stack.emulator.store.callLogs(location1).map((log) => log.id));
    expect(stack.emulator.store.callLogs(location2).some((log) => ids1.has(log.id))).toBe(false);
    expect(service.emulator.tokens.agency).toBe(AGENCY_TOKEN);
  });
  afterAll(() => Promise.all([stack.stop(), service.stop()]));
  // A guard, not a measure: thousands of interleaved queries may take longer than 30 s on a busy shared machine.
  const LOAD_TEST_TIMEOUT_MS = 120_000;

  it(
    'pass-through: two HighLevel tokens never see or cause a value of the other location',
    async () => {
      const tenants: Tenant[] = [
        { name: 'A', location: location1, credential: stack.emulator.tokens.byLocation[location1] ?? '' },
        { name: 'B', location: location2, credential: stack.emulator.tokens.byLocation[location2] ?? '' },
      ];
      const jobs = plan(stack, tenants, 0);
      stack.emulator.requests.clear();
      const totals = await run(stack, tenants, jobs);

      const tenantByHash = new Map(tenants.map((tenant) => [tokenHash(tenant.credential), tenant]));
      let foreignUpstream = 0;
      for (const entry of stack.emulator.requests.all()) {
        const tenant = tenantByHash.get(entry.tokenHash ?? '');
        const key = tenant?.name ?? `unknown:${String(entry.tokenHash)}`;
        totals.upstreamRequests[key] = (totals.upstreamRequests[key] ?? 0) + 1;
        const named = namedLocation(stack, entry);
        if (!tenant || named.location !== tenant.location || !named.expected) foreignUpstream += 1;
      }
      console.log('tenant isolation (pass-through):', JSON.stringify({ ...totals, foreignUpstream }));

      for (const tenant of tenants) expect(totals.queries[tenant.name]).toBeGreaterThanOrEqual(300);
      expect(totals.responsesChecked).toBe(jobs.length);
      expect(totals.callLogsChecked).toBeGreaterThan(2_000);
      expect(totals.contactsChecked).toBeGreaterThan(1_000);
      expect(totals.agentsChecked).toBeGreaterThan(1_000);
      expect(totals.mixedValues).toBe(0);
      expect(totals.unexpectedErrors).toBe(0);
      expect(foreignUpstream).toBe(0);
      expect(Object.keys(totals.upstreamRequests).sort()).toEqual(['A', 'B']);
    },
    LOAD_TEST_TIMEOUT_MS,
  );

  it(
    'service token: two JWTs sharing one HighLevel token never see a value of the other location',
    async () => {
      const sign = (locations: string[]) =>
        new SignJWT({ locations })
          .setProtectedHeader({ alg: 'HS256' })
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setExpirationTime('5m')
          .sign(new TextEncoder().encode(SECRET));
      const tenants: Tenant[] = [
        { name: 'A', location: location1, credential: await sign([location1]) },
        { name: 'B', location: location2, credential: await sign([location2]) },
      ];
      // One query in ten asks for the other tenant's location on purpose: FORBIDDEN, no data, no upstream request.
      const jobs = plan(service, tenants, 0.1);
      service.emulator.requests.clear();
      const totals = await run(service, tenants, jobs);

      const requests = service.emulator.requests.all();
      let otherCredential = 0;
      for (const entry of requests) {
        const named = namedLocation(service, entry);
        const location = named.location ?? 'unknown';
        totals.upstreamRequests[location] = (totals.upstreamRequests[location] ?? 0) + 1;
        if (entry.tokenHash !== tokenHash(AGENCY_TOKEN) || !named.expected) otherCredential += 1;
      }
      console.log('tenant isolation (service token):', JSON.stringify({ ...totals, otherCredential }));

      for (const tenant of tenants) expect(totals.queries[tenant.name]).toBeGreaterThanOrEqual(300);
      expect(totals.responsesChecked).toBe(jobs.length);
      expect(totals.crossTenantQueries).toBeGreaterThan(30);
      expect(totals.refusedAsExpected).toBe(totals.crossTenantQueries);
      expect(totals.callLogsChecked).toBeGreaterThan(2_000);
      expect(totals.mixedValues).toBe(0);
      expect(totals.unexpectedErrors).toBe(0);
      expect(otherCredential).toBe(0);
      // Refused queries cost nothing upstream: every upstream request named a location, and only the tenants' two.
      expect(Object.keys(totals.upstreamRequests).sort()).toEqual([location1, location2].sort());
    },
    LOAD_TEST_TIMEOUT_MS,
  );
});
