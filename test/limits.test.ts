// Limits on what one request may ask (before execution) and spend (while executing), each with a clear code.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { graphql } from './generated/gql.js';
import { codes } from './helpers/error-codes.js';
import { send, sendPayload } from './helpers/graphql.js';
import { type RedisServer, startRedis } from './helpers/redis.js';
import { type Stack, startStack } from './helpers/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());
beforeEach(() => {
  stack.emulator.requests.clear();
  stack.emulator.faults.clear();
});

/** callLogs > nodes > contact > callLogs > … : `levels` call-log levels deep. */
function nested(levels: number): string {
  let selection = 'id';
  for (let level = 0; level < levels; level++)
    selection = `callLogs(first: 1) { nodes { id contact { ${selection} } } }`;
  return `{ ${selection.replace('callLogs(first: 1)', 'callLogs(locationId: "LOC123456789ABCDEF", first: 1)')} }`;
}

describe('before execution', () => {
  it('refuses a document nested deeper than the depth limit', async () => {
    const response = await stack.query(nested(5));
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors?.[0]?.message).toMatch(/depth/i);
    expect(stack.emulator.requests.all()).toHaveLength(0);
  });

  it('refuses more aliases than the limit', async () => {
    const aliases = Array.from(
      { length: 31 },
      (_, index) => `a${index}: callLog(locationId: "x", id: "y${index}") { id }`,
    ).join(' ');
    const response = await stack.query(`{ ${aliases} }`);
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors?.[0]?.message).toMatch(/alias/i);
    expect(stack.emulator.requests.all()).toHaveLength(0);
  });

  it('refuses a document of more than 15,000 tokens while parsing', async () => {
    const response = await stack.query(`{ ${'__typename '.repeat(15_001)} }`);
    expect(codes(response)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(response.errors?.[0]?.message).toMatch(/token/i);
  });

  it('refuses a body over 2 MB with BAD_REQUEST', async () => {
    const response = await sendPayload(stack.gateway.url, {
      query: '{ __typename }',
      variables: { padding: 'x'.repeat(2_100_000) },
    });
    expect(response.status).toBe(413);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
  });

  it('refuses an operation whose worst-case upstream cost is over the limit, reading variables', async () => {
    const document = /* GraphQL */ `
      query ($locationId: ID!, $first: Int!) {
        callLogs(locationId: $locationId, first: $first) {
          nodes {
            contact {
              name
            }
            agent {
              name
            }
            message {
              body
            }
            actions {
              ... on AppointmentBookingAction {
                calendar {
                  name
                }
              }
              ... on KnowledgeBaseAction {
                knowledgeBase {
                  name
                }
              }
            }
          }
        }
      }
    `;
    const expensive = await stack.query(document, { locationId: stack.locationId, first: 200 });
    expect(codes(expensive)).toEqual(['QUERY_TOO_EXPENSIVE']);
    // 4 list pages + 200 × (contact, agent, message) + 200 × 8 assumed actions × (calendar, knowledge base).
    expect(expensive.errors?.[0]?.extensions).toMatchObject({ estimatedUpstreamRequests: 3804, limit: 1000 });
    expect(stack.emulator.requests.all()).toHaveLength(0);

    const affordable = await stack.query(document, { locationId: stack.locationId, first: 10 });
    expect(affordable.errors).toBeUndefined();
  });

  it('reads a variable left out as its default, as execution will', async () => {
    const response = await stack.query(
      `query ($locationId: ID!, $first: Int = 200) {
        callLogs(locationId: $locationId, first: $first) {
          nodes {
            actions {
              ... on AppointmentBookingAction { calendar { name } }
              ... on KnowledgeBaseAction { knowledgeBase { name } }
            }
          }
        }
      }`,
      { locationId: stack.locationId },
    );
    // 4 list pages + 200 × 8 assumed actions × (calendar, knowledge base), not the 20 items of no `first` at all.
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_EXPENSIVE',
      estimatedUpstreamRequests: 3204,
    });
    expect(stack.emulator.requests.all()).toHaveLength(0);
  });

  it('counts references selected by their key alone as free', async () => {
    const response = await stack.query(
      `{ callLogs(locationId: "LOC123456789ABCDEF", first: 200) { nodes { contact { id } agent { id locationId } message { id } } } }`,
    );
    expect(response.errors).toBeUndefined();
  });
});

describe('in production', () => {
  let production: Stack;
  beforeAll(async () => {
    production = await startStack({ gateway: { production: true } });
  });
  afterAll(() => production.stop());

  it('keeps schema hints ("did you mean") out of error messages', async () => {
    const development = await stack.query('{ callLog(locationId: "x", id: "y") { summry } }');
    expect(development.errors?.[0]?.message).toMatch(/Did you mean/);
    const response = await production.query('{ callLog(locationId: "x", id: "y") { summry } }');
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors?.[0]?.message).not.toMatch(/Did you mean|summary/);
  });

  // However warm the parser's code (V8's optimized frames are smaller, so a warm parser goes deeper) and on whichever
  // Node version, a deeply nested document is refused before any recursive walk can overflow the stack.
  it('refuses deeply nested documents with GRAPHQL_PARSE_FAILED, never a 500', async () => {
    const nested = (levels: number) => `{ ${'... { '.repeat(levels)}__typename${' }'.repeat(levels)} }`;
    for (const levels of [150, 1_000, 2_000, 3_000, 4_000, 4_500, 4_750, 4_900]) {
      const response = await production.query(nested(levels));
      expect({ levels, status: response.status, codes: codes(response) }).toEqual({
        levels,
        status: 400,
        codes: ['GRAPHQL_PARSE_FAILED'],
      });
      expect(response.errors?.[0]?.message).toMatch(/nested more than 100 levels deep/);
    }
    const brackets = await production.query(
      `{ callLogs(locationId: "L", first: ${'['.repeat(4_000)}1${']'.repeat(4_000)}) { totalCount } }`,
    );
    expect(brackets.status).toBe(400);
    expect(codes(brackets)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect((await production.query(nested(40))).data).toEqual({ __typename: 'Query' });
  });
});

// The response cache builds its key by serializing the variables: the setting under which deep values hurt most,
// whether the cache is in memory or in Redis.
describe.each(['in memory', 'in Redis'])('variables, response cache %s', (where) => {
  let cached: Stack;
  let redis: RedisServer | undefined;
  beforeAll(async () => {
    redis = where === 'in Redis' ? await startRedis() : undefined;
    cached = await startStack({ gateway: { production: true, cache: {}, ...(redis ? { redisUrl: redis.url } : {}) } });
  });
  afterAll(async () => {
    await cached.stop();
    await redis?.stop();
  });

  it('refuses variables nested deeper than the limit with BAD_USER_INPUT, never a 500', async () => {
    // Written as text: JSON.stringify itself cannot nest thousands of levels in a test worker's stack.
    const post = (value: string) =>
      send(cached.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${cached.token}` },
        body: `{"query":"query ($value: CallLogFilter) { callLogs(locationId: \\"L\\", filter: $value, first: 1) { totalCount } }","variables":{"value":${value}}}`,
      });
    const objects = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
    const lists = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`;
    for (const value of [objects(1_000), lists(1_000)]) {
      const response = await post(value);
      expect({ status: response.status, codes: codes(response.body) }).toEqual({
        status: 400,
        codes: ['BAD_USER_INPUT'],
      });
      expect(response.errors?.[0]?.message).toMatch(/nested more than 100 levels deep/);
    }
    // Deeper still, the JSON body parser may run out of stack first (how soon depends on the process): the answer is
    // then fastify's BAD_REQUEST, still a coded 400.
    for (const value of [objects(5_000), lists(5_000)]) {
      const response = await post(value);
      expect(response.status).toBe(400);
      expect(['BAD_USER_INPUT', 'BAD_REQUEST']).toContain(codes(response.body)[0]);
    }
    // Within the limit, the variables reach GraphQL's own coercion (which refuses the unknown field `a`).
    const shallow = await post(objects(20));
    expect(codes(shallow.body)).toEqual(['BAD_USER_INPUT']);
    expect(shallow.errors?.[0]?.message).not.toMatch(/nested more than/);
  });
});

describe('while executing', () => {
  it('stops at the per-operation cap: unresolved references are null with REQUEST_LIMIT_EXCEEDED, the rest arrives', async () => {
    const capped = await startStack({ gateway: { maxUpstreamRequestsPerOperation: 5 } });
    try {
      const response = await capped.query(
        graphql(`
          query CappedContacts($locationId: ID!) {
            callLogs(locationId: $locationId, first: 20, filter: { callType: LIVE }) {
              nodes {
                id
                contactId
                contact {
                  name
                }
              }
            }
          }
        `),
        { locationId: capped.locationId },
      );
      const nodes = response.data?.callLogs?.nodes ?? [];
      expect(nodes).toHaveLength(20);
      expect(capped.emulator.requests.all()).toHaveLength(5);
      const resolved = nodes.filter((node) => node.contact !== null);
      expect(resolved.length).toBeGreaterThan(0);
      for (const error of response.errors ?? []) {
        expect(error.extensions?.['code']).toBe('REQUEST_LIMIT_EXCEEDED');
        expect(error.path?.at(-1)).toBe('contact');
      }
      const distinctContacts = new Set(nodes.map((node) => node.contactId).filter(Boolean)).size;
      expect(response.errors).toHaveLength(
        nodes.filter((node) => node.contactId !== null && node.contact === null).length,
      );
      expect(distinctContacts).toBeGreaterThan(4);
    } finally {
      await capped.stop();
    }
  });

  it('ends an operation at its deadline: slow references time out, the list arrives', async () => {
    const hurried = await startStack({ gateway: { operationDeadlineMs: 400 } });
    try {
      hurried.emulator.faults.set([{ route: 'contacts.get', latencyMs: 3_000 }]);
      const started = Date.now();
      const response = await hurried.query(
        graphql(`
          query HurriedContacts($locationId: ID!) {
            callLogs(locationId: $locationId, first: 3, filter: { callType: LIVE }) {
              nodes {
                id
                contact {
                  name
                }
              }
            }
          }
        `),
        { locationId: hurried.locationId },
      );
      expect(Date.now() - started).toBeLessThan(2_500);
      expect(response.data?.callLogs?.nodes).toHaveLength(3);
      expect(new Set(codes(response))).toEqual(new Set(['UPSTREAM_TIMEOUT']));
    } finally {
      await hurried.stop();
    }
  });
});
