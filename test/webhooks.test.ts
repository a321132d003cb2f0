// POST /webhooks/highlevel, over real HTTP from the emulator, which signs as HighLevel does: a verified
// VoiceAiCallEnd is answered 200 and published once on the gateway's live events, normalized to the REST call log
// with its secrets masked; what is unsigned, wrongly signed, not JSON, stale or a duplicate is not published;
// ContactUpdate makes every credential's next read of that contact go to HighLevel; with Redis, instances share
// what they have seen, and a webhook received by one instance reaches the subscribers of another.
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { CallLogCreatedEvent } from '../src/live/events.js';
import { liveChannel } from '../src/live/redis-events.js';
import { WEBHOOK_PATH } from '../src/live/webhook-route.js';
import { createLogger } from '../src/observability/logger.js';
import { redactSecrets } from '../src/resolvers/secrets.js';
import { createGateway, type Gateway, type GatewayOptions } from '../src/server.js';
import { graphql } from './generated/index.js';
import { countsByRoute } from './helpers/emulator-log.js';
import { sendPayload } from './helpers/graphql.js';
import { type RedisServer, startRedis } from './helpers/redis.js';
import { type Stack, startStack } from './helpers/stack.js';
import { until } from './helpers/wait.js';

const CALL_CONTACT = graphql(`
  query WebhookCallContact($locationId: ID!, $id: ID!) {
    callLog(locationId: $locationId, id: $id) {
      id
      contact {
        id
        name
      }
    }
  }
`);

/** Every event a gateway publishes, per location, from the moment the test subscribes. */
function record(gateway: Gateway, ...locationIds: string[]): Map<string, CallLogCreatedEvent[]> {
  const events = new Map<string, CallLogCreatedEvent[]>();
  for (const locationId of locationIds) {
    const list: CallLogCreatedEvent[] = [];
    events.set(locationId, list);
    unsubscribes.push(gateway.live.subscribe(locationId, (event) => list.push(event)));
  }
  return events;
}

let unsubscribes: (() => void)[] = [];

function webhookUrl(gateway: Gateway): string {
  return new URL(WEBHOOK_PATH, gateway.url).toString();
}

async function post(gateway: Gateway, body: string | Buffer, headers: Record<string, string> = {}) {
  const response = await fetch(webhookUrl(gateway), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** gateway_webhooks_total by `outcome,detail`. */
async function webhookCounts(gateway: Gateway): Promise<Record<string, number>> {
  const text = await (await fetch(new URL('/metrics', gateway.url))).text();
  const counts: Record<string, number> = {};
  for (const [, outcome, detail, value] of text.matchAll(
    /^gateway_webhooks_total\{outcome="(\w+)",detail="(\w+)"\} (\d+)$/gm,
  )) {
    counts[`${outcome},${detail}`] = Number(value);
  }
  return counts;
}

function codeOf(body: Record<string, unknown>): unknown {
  return (body['errors'] as { extensions?: { code?: unknown } }[] | undefined)?.[0]?.extensions?.code;
}

let stack: Stack;
let location1: string;
let location2: string;
const logLines: string[] = [];

beforeAll(async () => {
  stack = await startStack({
    gateway: {
      logger: createLogger({ level: 'debug', destination: { write: (line: string) => void logLines.push(line) } }),
    },
  });
  [location1 = '', location2 = ''] = stack.emulator.locations;
});

afterAll(async () => {
  await stack.stop();
});

afterEach(() => {
  for (const unsubscribe of unsubscribes) unsubscribe();
  unsubscribes = [];
  stack.emulator.webhooks.setTargets([webhookUrl(stack.gateway)]);
});

describe('a signed VoiceAiCallEnd', () => {
  it('is answered 200 and published once to its location, as the REST call log, secrets masked', async () => {
    const events = record(stack.gateway, location1, location2);
    stack.emulator.requests.clear();
    const placed = await stack.emulator.placeCall(location1);
    expect(placed.deliveries).toEqual([{ url: webhookUrl(stack.gateway), status: 200 }]);

    expect(events.get(location2)).toEqual([]);
    const [event, ...more] = events.get(location1) ?? [];
    expect(more).toEqual([]);
    expect(event).toMatchObject({ kind: 'callLogCreated', locationId: location1 });
    expect(event?.webhookId).toBe((JSON.parse(placed.body) as { webhookId: string }).webhookId);
    // The REST shape (actionId, not _id; isAgentDeleted: the agent just took this call; no envelope fields), with
    // secrets masked as the REST path masks them.
    expect(event?.callLog).toEqual(redactSecrets(placed.callLog));
    const custom = placed.callLog.executedCallActions.find((action) => action.actionType === 'CUSTOM_ACTION');
    const secret = (custom?.actionParameters as { apiDetails?: { authenticationValue?: string } } | undefined)
      ?.apiDetails?.authenticationValue;
    expect(secret).toEqual(expect.any(String));
    expect(JSON.stringify(event)).not.toContain(secret);
    expect(event?.callLog.executedCallActions.map((action) => action.actionId)).toEqual(
      placed.callLog.executedCallActions.map((action) => action.actionId),
    );
    // The webhook costs HighLevel nothing.
    expect(stack.emulator.requests.count()).toBe(0);
    expect(await webhookCounts(stack.gateway)).toMatchObject({ 'verified,VoiceAiCallEnd': expect.any(Number) });
  });

  it('reaches every listener of its location even when one of them throws', async () => {
    const received: string[] = [];
    unsubscribes.push(
      stack.gateway.live.subscribe(location1, () => {
        throw new Error('a listener that fails');
      }),
      stack.gateway.live.subscribe(location1, (event) => received.push(event.callLog.id)),
    );
    const placed = await stack.emulator.placeCall(location1);
    expect(placed.deliveries[0]?.status).toBe(200);
    expect(received).toEqual([placed.callLog.id]);
  });

  it('is accepted with the envelope or without it, and HighLevel ids checked: an unusable call is ignored', async () => {
    const events = record(stack.gateway, location1);
    const placed = await stack.emulator.placeCall(location1, { webhookId: null, timestamp: null });
    const bare = JSON.parse(placed.body) as Record<string, unknown>;
    expect(bare).not.toHaveProperty('webhookId');
    expect(bare).not.toHaveProperty('timestamp');
    // Without `type` too: a call log with a locationId is still HighLevel's VoiceAiCallEnd.
    const untyped: Record<string, unknown> = { ...bare, id: 'aaaaaaaaaaaaaaaaaaaaaaaa' };
    delete untyped['type'];
    const [answer] = await stack.emulator.webhooks.send(JSON.stringify(untyped));
    expect(answer?.status).toBe(200);
    expect(events.get(location1)?.map((event) => event.callLog.id)).toEqual([
      placed.callLog.id,
      'aaaaaaaaaaaaaaaaaaaaaaaa',
    ]);

    const before = await webhookCounts(stack.gateway);
    const [noId] = await stack.emulator.webhooks.send(JSON.stringify({ ...bare, id: '../x' }));
    const [noLocation] = await stack.emulator.webhooks.send(JSON.stringify({ ...bare, locationId: undefined }));
    expect([noId?.status, noLocation?.status]).toEqual([200, 200]);
    expect(events.get(location1)).toHaveLength(2);
    const after = await webhookCounts(stack.gateway);
    expect((after['ignored,incomplete'] ?? 0) - (before['ignored,incomplete'] ?? 0)).toBe(2);
  });
});

describe('what is refused', () => {
  it('answers 401 UNAUTHENTICATED for a missing, N/A or wrong signature, and publishes nothing', async () => {
    const events = record(stack.gateway, location1);
    const before = await webhookCounts(stack.gateway);
    for (const ghl of ['absent', 'N/A', 'invalid'] as const) {
      const placed = await stack.emulator.placeCall(location1, { signing: { ghl } });
      expect(placed.deliveries[0]?.status).toBe(401);
    }
    const signed = await stack.emulator.placeCall(location1);
    const tampered = signed.body.replace(signed.callLog.id, 'bbbbbbbbbbbbbbbbbbbbbbbb');
    const reply = await post(stack.gateway, tampered, stack.emulator.webhooks.signatureHeaders(signed.body));
    expect(reply.status).toBe(401);
    expect(codeOf(reply.body)).toBe('UNAUTHENTICATED');
    expect(reply.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }] });
    // A signature that is no base64 at all, or absurdly long, is refused the same way.
    expect((await post(stack.gateway, signed.body, { 'x-ghl-signature': '%%%' })).status).toBe(401);
    expect((await post(stack.gateway, signed.body, { 'x-ghl-signature': 'A'.repeat(10_000) })).status).toBe(401);

    expect(events.get(location1)?.map((event) => event.callLog.id)).toEqual([signed.callLog.id]);
    const after = await webhookCounts(stack.gateway);
    expect((after['refused,signature'] ?? 0) - (before['refused,signature'] ?? 0)).toBe(6);
  });

  it('answers 400 BAD_REQUEST for a signed body that is not a JSON object, 401 when it is not signed either', async () => {
    for (const body of ['not json', '[1,2]', '"text"', '']) {
      const [delivery] = await stack.emulator.webhooks.send(body);
      expect(delivery?.status, body).toBe(400);
    }
    const reply = await post(stack.gateway, 'not json');
    expect(reply).toEqual({ status: 401, body: expect.objectContaining({ errors: expect.any(Array) }) });
    const [refusal] = await stack.emulator.webhooks.send('not json');
    expect(refusal?.status).toBe(400);
  });

  it('refuses a body over the bound before reading it through', async () => {
    const huge = JSON.stringify({ type: 'VoiceAiCallEnd', padding: 'x'.repeat(2 * 1024 * 1024) });
    const reply = await post(stack.gateway, huge, { 'x-ghl-signature': 'AAAA' });
    expect(reply.status).toBe(413);
    expect(codeOf(reply.body)).toBe('BAD_REQUEST');
  });

  it('answers a stale or far-future timestamp 200 (HighLevel must not retry it) and publishes nothing', async () => {
    const events = record(stack.gateway, location1);
    const before = await webhookCounts(stack.gateway);
    const minutes = (count: number) => Date.now() + count * 60_000;
    const refused = [
      new Date(minutes(-10)).toISOString(),
      minutes(-6), // epoch milliseconds
      Math.floor(minutes(-6) / 1000), // epoch seconds
      new Date(minutes(10)).toISOString(),
    ];
    for (const timestamp of refused) {
      const placed = await stack.emulator.placeCall(location1, { timestamp });
      expect(placed.deliveries[0]?.status, String(timestamp)).toBe(200);
    }
    expect(events.get(location1)).toEqual([]);
    const after = await webhookCounts(stack.gateway);
    expect((after['refused,stale'] ?? 0) - (before['refused,stale'] ?? 0)).toBe(4);

    for (const timestamp of [new Date(minutes(-4)).toISOString(), Math.floor(minutes(-4) / 1000), 'not a date']) {
      await stack.emulator.placeCall(location1, { timestamp });
    }
    expect(events.get(location1)).toHaveLength(3);
  });
});

describe('delivered once', () => {
  it('answers a duplicate (same webhookId) 200 and does not publish it again', async () => {
    const events = record(stack.gateway, location1);
    const before = await webhookCounts(stack.gateway);
    const placed = await stack.emulator.placeCall(location1);
    const [again] = await stack.emulator.webhooks.send(placed.body);
    const [third] = await stack.emulator.webhooks.send(placed.body);
    expect([again?.status, third?.status]).toEqual([200, 200]);
    expect(events.get(location1)?.map((event) => event.callLog.id)).toEqual([placed.callLog.id]);
    const after = await webhookCounts(stack.gateway);
    expect((after['duplicate,VoiceAiCallEnd'] ?? 0) - (before['duplicate,VoiceAiCallEnd'] ?? 0)).toBe(2);
  });

  it('without a webhookId, takes the same location and call id for a duplicate', async () => {
    const events = record(stack.gateway, location1);
    const placed = await stack.emulator.placeCall(location1, { webhookId: null });
    const retried = JSON.stringify({ ...JSON.parse(placed.body), timestamp: new Date().toISOString() });
    await stack.emulator.webhooks.send(retried);
    expect(events.get(location1)?.map((event) => event.callLog.id)).toEqual([placed.callLog.id]);
  });

  it('takes the same call under another webhookId for a duplicate: a call ends once', async () => {
    // The poller claims a call by its location and id alone; a webhook of that call must meet the same claim.
    const events = record(stack.gateway, location1);
    const before = await webhookCounts(stack.gateway);
    const placed = await stack.emulator.placeCall(location1);
    const [again] = await stack.emulator.webhooks.send(
      JSON.stringify({ ...JSON.parse(placed.body), webhookId: crypto.randomUUID() }),
    );
    expect(again?.status).toBe(200);
    expect(events.get(location1)?.map((event) => event.callLog.id)).toEqual([placed.callLog.id]);
    const after = await webhookCounts(stack.gateway);
    expect((after['duplicate,VoiceAiCallEnd'] ?? 0) - (before['duplicate,VoiceAiCallEnd'] ?? 0)).toBe(1);
  });
});

describe('the legacy RSA signature', () => {
  let withRsa: Gateway;

  beforeAll(async () => {
    withRsa = await createGateway({
      upstreamUrl: stack.emulator.url,
      cache: false,
      webhooks: { publicKey: stack.emulator.webhooks.publicKey, rsaPublicKey: stack.emulator.webhooks.rsaPublicKey },
    });
  });
  afterAll(() => withRsa.stop());

  it('is verified only when X-GHL-Signature is absent or N/A, and only with a key configured', async () => {
    stack.emulator.webhooks.setTargets([webhookUrl(stack.gateway), webhookUrl(withRsa)]);
    const statuses = async (signing: { ghl?: 'valid' | 'invalid' | 'N/A' | 'absent'; wh?: 'valid' | 'invalid' }) =>
      (await stack.emulator.placeCall(location1, { signing })).deliveries.map((delivery) => delivery.status);
    // [no RSA key configured, RSA key configured]
    expect(await statuses({ ghl: 'absent', wh: 'valid' })).toEqual([401, 200]);
    expect(await statuses({ ghl: 'N/A', wh: 'valid' })).toEqual([401, 200]);
    expect(await statuses({ ghl: 'absent', wh: 'invalid' })).toEqual([401, 401]);
    // X-GHL-Signature decides whenever it is there: a good RSA signature does not save a bad Ed25519 one.
    expect(await statuses({ ghl: 'invalid', wh: 'valid' })).toEqual([401, 401]);
    expect(await statuses({ ghl: 'valid', wh: 'invalid' })).toEqual([200, 200]);
  });
});

describe('ContactUpdate and ContactDelete', () => {
  let cached: Gateway;

  beforeAll(async () => {
    // The reference cache on; the response cache off, as it is not invalidated by a ContactUpdate (README: a whole
    // response stays until its maxAge, 60 s for anything holding a contact).
    cached = await createGateway({
      upstreamUrl: stack.emulator.url,
      responseCache: false,
      webhooks: { publicKey: stack.emulator.webhooks.publicKey },
    } satisfies GatewayOptions);
  });
  afterAll(() => cached.stop());

  it("makes every credential's next read of that contact go to HighLevel, and see the new name", async () => {
    stack.emulator.webhooks.setTargets([webhookUrl(cached)]);
    const secondToken = stack.emulator.mintToken(location1);
    const call = stack.emulator.store.callLogs(location1).find((log) => log.id === '507f1f77bcf86cd799439011');
    const contactId = call?.contactId ?? '';
    const read = async (token: string) => {
      const response = await sendPayload<{ callLog: { contact: { name: string } | null } | null }>(
        cached.url,
        { query: CALL_CONTACT.toString(), variables: { locationId: location1, id: call?.id } },
        { token },
      );
      expect(response.errors).toBeUndefined();
      return response.data?.callLog?.contact?.name;
    };
    const contactReads = () => countsByRoute(stack.emulator)['contacts.get'] ?? 0;

    stack.emulator.requests.clear();
    expect([await read(stack.token), await read(secondToken)]).toEqual(['John Doe', 'John Doe']);
    expect([await read(stack.token), await read(secondToken)]).toEqual(['John Doe', 'John Doe']);
    expect(contactReads()).toBe(2); // one per credential, then from the cache

    const change = await stack.emulator.updateContact(contactId, { firstName: 'Jane', lastName: 'Roe' });
    expect(change.deliveries[0]?.status).toBe(200);
    expect([await read(stack.token), await read(secondToken)]).toEqual(['Jane Roe', 'Jane Roe']);
    expect(contactReads()).toBe(4);
    expect([await read(stack.token), await read(secondToken)]).toEqual(['Jane Roe', 'Jane Roe']);
    expect(contactReads()).toBe(4);

    const deleted = await stack.emulator.deleteContact(contactId);
    expect(deleted.deliveries[0]?.status).toBe(200);
    expect([await read(stack.token), await read(secondToken)]).toEqual([undefined, undefined]);
    expect(contactReads()).toBe(6);
    expect(await webhookCounts(cached)).toMatchObject({ 'verified,ContactUpdate': 1, 'verified,ContactDelete': 1 });
  });

  it('answers other event types 200, counted as ignored', async () => {
    stack.emulator.webhooks.setTargets([webhookUrl(cached)]);
    const [delivery] = await stack.emulator.webhooks.send(
      JSON.stringify({ type: 'OpportunityCreate', locationId: location1, id: 'opp1', webhookId: 'wh-opp-1' }),
    );
    expect(delivery?.status).toBe(200);
    expect(await webhookCounts(cached)).toMatchObject({ 'ignored,other': 1 });
  });
});

describe('off', () => {
  it('with webhooks off, the endpoint does not exist', async () => {
    const off = await createGateway({ upstreamUrl: stack.emulator.url, webhooks: false });
    try {
      stack.emulator.webhooks.setTargets([webhookUrl(off)]);
      const placed = await stack.emulator.placeCall(location1);
      expect(placed.deliveries[0]?.status).toBe(404);
    } finally {
      await off.stop();
    }
  });
});

describe('logs', () => {
  it('say what each verified event was, and carry no signature, token or secret', async () => {
    const placed = await stack.emulator.placeCall(location1);
    await until(() => logLines.some((line) => line.includes(placed.callLog.id)));
    const text = logLines.join('');
    expect(text).toMatch(/"msg":"webhook/);
    expect(text).not.toContain('token123');
    expect(text).not.toContain(stack.token);
    expect(text).not.toMatch(/[A-Za-z0-9+/]{80,}={0,2}/); // no base64 signature (Ed25519: 88 characters)
  });
});

describe('with Redis, instances share duplicate detection and events', () => {
  let redis: RedisServer;
  let raw: ReturnType<typeof createClient>;
  let first: Gateway;
  let second: Gateway;

  beforeAll(async () => {
    redis = await startRedis();
    raw = createClient({ url: redis.url });
    await raw.connect();
    const options = {
      upstreamUrl: stack.emulator.url,
      redisUrl: redis.url,
      webhooks: { publicKey: stack.emulator.webhooks.publicKey },
    };
    [first, second] = await Promise.all([createGateway(options), createGateway(options)]);
  });
  afterAll(async () => {
    await Promise.all([first.stop(), second.stop()]);
    raw.destroy();
    await redis.stop();
  });

  /** Instances subscribed in Redis to a location's events (PUBSUB NUMSUB of its channel). */
  async function subscribedInstances(locationId: string): Promise<number> {
    const channel = liveChannel(locationId);
    return (await raw.pubSubNumSub(channel))[channel] ?? 0;
  }

  it("delivers a webhook received by one instance to the other's subscribers, once", async () => {
    stack.emulator.webhooks.setTargets([webhookUrl(first)]);
    const events = record(second, location1, location2);
    const received = (locationId: string) => (events.get(locationId) ?? []).map((event) => event.callLog.id);
    await until(async () => (await subscribedInstances(location1)) === 1);

    const placed = await stack.emulator.placeCall(location1);
    expect(placed.deliveries).toEqual([{ url: webhookUrl(first), status: 200 }]);
    // A later call through the same instance arrives after it: once it is in, the first has arrived as often as
    // it will.
    const later = await stack.emulator.placeCall(location1);
    await until(() => received(location1).includes(later.callLog.id));
    expect(received(location1)).toEqual([placed.callLog.id, later.callLog.id]);
    expect(received(location2)).toEqual([]);
    const [event] = events.get(location1) ?? [];
    expect(event?.callLog).toEqual(redactSecrets(placed.callLog));
  });

  it('delivers a webhook that reaches both instances once to each, whichever receives it first', async () => {
    stack.emulator.webhooks.setTargets([webhookUrl(first), webhookUrl(second)]);
    const events = [record(first, location1), record(second, location1)];
    const received = () => events.map((byLocation) => (byLocation.get(location1) ?? []).map((e) => e.callLog.id));
    await until(async () => (await subscribedInstances(location1)) === 2);

    const placed = await stack.emulator.placeCall(location1);
    expect(placed.deliveries.map((delivery) => delivery.status)).toEqual([200, 200]);
    await stack.emulator.webhooks.send(placed.body);
    const later = await stack.emulator.placeCall(location1);
    await until(() => received().every((ids) => ids.includes(later.callLog.id)));
    expect(received()).toEqual([
      [placed.callLog.id, later.callLog.id],
      [placed.callLog.id, later.callLog.id],
    ]);
    const counts = [await webhookCounts(first), await webhookCounts(second)];
    // The second delivery of each call, and both deliveries of the resend.
    expect(counts.map((count) => count['duplicate,VoiceAiCallEnd'] ?? 0).reduce((a, b) => a + b)).toBe(4);
  });
});
