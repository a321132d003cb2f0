// Identical upstream GETs in flight for one credential are sent once (src/upstream/deduplication.ts): concurrent
// operations share HighLevel's answer, never across credentials, and never a failure that another attempt may not meet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { REFERENCE_IDS } from '../src/emulator/seed-reference.js';
import type { UpstreamHttp } from '../src/upstream/http.js';
import { UpstreamScope } from '../src/upstream/scope.js';
import { type Stack, startStack, upstreamHttpFor } from './helpers/stack.js';

const DASHBOARD = `query ($locationId: ID!) {
  callLogs(locationId: $locationId, first: 20) { nodes { id contact { name email } agent { name } } }
}`;
const CALLERS = 10;

async function metric(stack: Stack, name: string): Promise<number> {
  const text = await (await fetch(new URL('/metrics', stack.gateway.url))).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith(name))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

describe('through the gateway', () => {
  let stack: Stack;
  let alone: number;
  beforeAll(async () => {
    // Latency keeps every caller's requests in flight together.
    stack = await startStack({ emulator: { latencyMs: 100 } });
    stack.emulator.requests.clear();
    const first = await stack.query(DASHBOARD, { locationId: stack.locationId });
    expect(first.errors).toBeUndefined();
    alone = stack.emulator.requests.all().length;
  });
  afterAll(() => stack.stop());

  it(`answers ${CALLERS} concurrent identical operations with the upstream requests of one`, async () => {
    const joinedBefore = await metric(stack, 'gateway_upstream_deduplicated_total');
    stack.emulator.requests.clear();
    // A longer latency here: on a busy machine the ten operations can take longer than 100 ms to all reach their
    // list request, and a request that has already been answered is not joined.
    stack.emulator.setLatency(1_000);
    const answers = await Promise.all(
      Array.from({ length: CALLERS }, () => stack.query(DASHBOARD, { locationId: stack.locationId })),
    ).finally(() => {
      stack.emulator.setLatency(100);
    });
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(answers[0]?.data);
    }
    expect(alone).toBeGreaterThan(3);
    expect(stack.emulator.requests.all()).toHaveLength(alone);
    expect((await metric(stack, 'gateway_upstream_deduplicated_total')) - joinedBefore).toBe((CALLERS - 1) * alone);
  });

  it('never joins a request of another credential', async () => {
    stack.emulator.requests.clear();
    const [own, agency] = await Promise.all([
      stack.query(DASHBOARD, { locationId: stack.locationId }),
      stack.query(DASHBOARD, { locationId: stack.locationId }, { token: stack.emulator.tokens.agency }),
    ]);
    expect(own.errors).toBeUndefined();
    expect(agency.errors).toBeUndefined();
    const lists = stack.emulator.requests.all().filter((request) => request.route === 'callLogs.list');
    expect(new Set(lists.map((request) => request.tokenHash)).size).toBe(2);
    expect(stack.emulator.requests.all()).toHaveLength(2 * alone);
  });
});

describe('with de-duplication off', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ emulator: { latencyMs: 50 }, gateway: { deduplicateUpstreamRequests: false } });
  });
  afterAll(() => stack.stop());

  it('sends every operation its own requests', async () => {
    await stack.query(DASHBOARD, { locationId: stack.locationId });
    const alone = stack.emulator.requests.all().length;
    stack.emulator.requests.clear();
    await Promise.all([1, 2, 3].map(() => stack.query(DASHBOARD, { locationId: stack.locationId })));
    expect(stack.emulator.requests.all()).toHaveLength(3 * alone);
  });
});

describe('what a joined request shares', () => {
  let stack: Stack;
  let http: UpstreamHttp;
  const scope = (deadlineMs: number) =>
    new UpstreamScope({ token: stack.token, readableLocations: null }, { maxRequests: 10, deadlineMs });
  const contact = (id: string) => ({ route: 'contacts.get', path: `contacts/${id}`, resource: 'contact' });

  beforeAll(async () => {
    stack = await startStack({ emulator: { latencyMs: 300 } });
    http = upstreamHttpFor(stack);
  });
  afterAll(async () => {
    http.close();
    await stack.stop();
  });

  it("shares HighLevel's own error answer: one 404 for both callers", async () => {
    stack.emulator.requests.clear();
    const results = await Promise.allSettled([
      http.getJson('contacts', { scope: scope(10_000), ...contact('no-such-contact') }),
      http.getJson('contacts', { scope: scope(10_000), ...contact('no-such-contact') }),
    ]);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      const reason = result.status === 'rejected' ? (result.reason as { extensions?: unknown }) : undefined;
      expect(reason?.extensions).toMatchObject({ code: 'NOT_FOUND', upstreamStatus: 404 });
    }
    expect(stack.emulator.requests.all()).toHaveLength(1);
  });

  it("does not share the first caller's own failure: past its deadline, the second sends its own request", async () => {
    const id = REFERENCE_IDS.contact;
    stack.emulator.requests.clear();
    const first = http.getJson('contacts', { scope: scope(100), ...contact(id) });
    const second = http.getJson('contacts', { scope: scope(10_000), ...contact(id) });
    await expect(first).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_TIMEOUT' } });
    await expect(second).resolves.toMatchObject({ contact: { id } });
    const [sent, resent] = stack.emulator.requests.all();
    // The second caller first joined the first's request, and sent its own only once that one had failed.
    expect((resent?.startedAt ?? 0) - (sent?.startedAt ?? 0)).toBeGreaterThanOrEqual(90);
  });

  it('does not share a failure another attempt may not meet: after a 503, those who joined ask again, once', async () => {
    const id = REFERENCE_IDS.contact;
    stack.emulator.faults.set([{ route: 'contacts.get', status: 503, times: 1 }]);
    try {
      stack.emulator.requests.clear();
      const [first, ...joined] = [1, 2, 3].map(() =>
        http.getJson('contacts', { scope: scope(10_000), ...contact(id) }),
      );
      await expect(first).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE', upstreamStatus: 503 } });
      for (const answer of joined) await expect(answer).resolves.toMatchObject({ contact: { id } });
      // One of the two who joined sent the request again; the other joined that one.
      expect(stack.emulator.requests.all().map((request) => request.status)).toEqual([503, 200]);
    } finally {
      stack.emulator.faults.clear();
    }
  });

  it('charges a joined request to no operation: the cap counts requests sent', async () => {
    const id = REFERENCE_IDS.contact;
    const leader = scope(10_000);
    const follower = scope(10_000);
    await Promise.all([
      http.getJson('contacts', { scope: leader, ...contact(id) }),
      http.getJson('contacts', { scope: follower, ...contact(id) }),
    ]);
    expect(leader.requestCount).toBe(1);
    expect(follower.requestCount).toBe(0);
  });
});
