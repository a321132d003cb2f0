// The emulator as HighLevel's webhook sender: it places calls (a new call log in its store, then a signed
// VoiceAiCallEnd to every target), sends ContactUpdate / ContactDelete, and, for the gateway's tests, what HighLevel
// must never be trusted with: bad signatures, duplicates, stale timestamps, the legacy RSA header. A small node:http
// server of the test's own is the target and keeps every delivery's raw bytes and headers.
import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { type Emulator, PINNED_BASE_DATE, startEmulator } from '../src/emulator/server.js';
import { until } from './helpers/wait.js';

interface Delivery {
  headers: IncomingHttpHeaders;
  raw: Buffer;
  body: Record<string, unknown>;
}

interface Receiver {
  url: string;
  deliveries: Delivery[];
  /** What the receiver answers (default 200). */
  status: number;
  close(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  const deliveries: Delivery[] = [];
  const receiver = { status: 200 } as Receiver;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks);
      deliveries.push({
        headers: request.headers,
        raw,
        body: JSON.parse(raw.toString('utf8')) as Record<string, unknown>,
      });
      response.writeHead(receiver.status, { 'content-type': 'application/json' }).end('{}');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${address.port}/hook`,
    deliveries,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  });
}

function verifies(algorithm: 'ed25519' | 'rsa', raw: Buffer, signature: unknown, key: KeyObject): boolean {
  if (typeof signature !== 'string') return false;
  return verify(algorithm === 'ed25519' ? null : 'sha256', raw, key, Buffer.from(signature, 'base64'));
}

async function admin(emulator: Emulator, method: string, path: string, json?: unknown) {
  const response = await fetch(new URL(`/__emulator${path}`, emulator.url), {
    method,
    ...(json === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function restGet(emulator: Emulator, path: string, version = '2021-04-15') {
  const response = await fetch(new URL(path, emulator.url), {
    headers: { authorization: `Bearer ${emulator.tokens.agency}`, version },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Call logs the default seed gives location 1. */
const SEEDED_CALLS_LOCATION_1 = 1200;

let emulator: Emulator;
let receiver: Receiver;
let ed25519: KeyObject;
let location1: string;
let location2: string;

beforeAll(async () => {
  // Seeded calls end at a past midnight: a call placed now is the newest, whatever its duration and the time of day.
  emulator = await startEmulator({ baseDate: PINNED_BASE_DATE, rateLimit: { enforce: false } });
  receiver = await startReceiver();
  ed25519 = createPublicKey(emulator.webhooks.publicKey);
  [location1 = '', location2 = ''] = emulator.locations;
  emulator.webhooks.setTargets([receiver.url]);
});

afterAll(async () => {
  await emulator.stop();
  await receiver.close();
});

afterEach(() => {
  receiver.deliveries.length = 0;
  receiver.status = 200;
  emulator.webhooks.setTargets([receiver.url]);
});

describe('keys and targets', () => {
  it('makes an Ed25519 key pair at start and shows its public key as SPKI PEM, on the handle and the admin API', async () => {
    expect(emulator.webhooks.publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----\n?$/);
    expect(ed25519.asymmetricKeyType).toBe('ed25519');
    expect(createPublicKey(emulator.webhooks.rsaPublicKey).asymmetricKeyType).toBe('rsa');
    const other = await startEmulator();
    try {
      expect(other.webhooks.publicKey).not.toBe(emulator.webhooks.publicKey);
    } finally {
      await other.stop();
    }
    const { status, body } = await admin(emulator, 'GET', '/webhooks');
    expect(status).toBe(200);
    expect(body).toEqual({
      publicKey: emulator.webhooks.publicKey,
      rsaPublicKey: emulator.webhooks.rsaPublicKey,
      targets: [receiver.url],
    });
  });

  it('sets the targets through the admin API and refuses anything but a list of http(s) URLs', async () => {
    const put = await admin(emulator, 'PUT', '/webhooks', { targets: [receiver.url, 'http://127.0.0.1:9/other'] });
    expect(put.status).toBe(200);
    expect(emulator.webhooks.targets()).toEqual([receiver.url, 'http://127.0.0.1:9/other']);
    for (const body of [{}, { targets: 'http://x' }, { targets: ['ftp://x'] }, { targets: [42] }]) {
      expect((await admin(emulator, 'PUT', '/webhooks', body)).status).toBe(400);
    }
    expect(emulator.webhooks.targets()).toEqual([receiver.url, 'http://127.0.0.1:9/other']);
  });
});

describe('placing a call', () => {
  it('adds a new call log, newest first in the list and readable by id, and POSTs it as a signed VoiceAiCallEnd', async () => {
    const before = Date.now();
    const { status, body } = await admin(emulator, 'POST', '/calls', { locationId: location2 });
    expect(status).toBe(201);
    const callLog = body['callLog'] as Record<string, unknown>;
    const id = callLog['id'] as string;
    expect(body['deliveries']).toEqual([{ url: receiver.url, status: 200 }]);

    const list = await restGet(emulator, `/voice-ai/dashboard/call-logs?locationId=${location2}&pageSize=1`);
    expect((list.body['callLogs'] as { id: string }[])[0]?.id).toBe(id);
    const got = await restGet(emulator, `/voice-ai/dashboard/call-logs/${id}?locationId=${location2}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(callLog);
    // Created when the call began: it ended now.
    const endedAt = Date.parse(callLog['createdAt'] as string) + (callLog['duration'] as number) * 1000;
    expect(endedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(endedAt).toBeLessThanOrEqual(Date.now() + 1000);
    expect(callLog['isAgentDeleted']).toBe(false);

    expect(receiver.deliveries).toHaveLength(1);
    const [delivery] = receiver.deliveries;
    if (!delivery) throw new Error('no delivery');
    expect(delivery.headers['content-type']).toMatch(/^application\/json/);
    expect(verifies('ed25519', delivery.raw, delivery.headers['x-ghl-signature'], ed25519)).toBe(true);
    expect(delivery.headers['x-wh-signature']).toBeUndefined();

    // HighLevel's webhook shape: the call log flat, plus locationId; `_id` for action ids; no isAgentDeleted.
    const { type, locationId, webhookId, timestamp, executedCallActions, ...rest } = delivery.body;
    expect({ type, locationId }).toEqual({ type: 'VoiceAiCallEnd', locationId: location2 });
    expect(webhookId).toEqual(expect.any(String));
    expect(Math.abs(Date.parse(timestamp as string) - Date.now())).toBeLessThan(60_000);
    const { isAgentDeleted, executedCallActions: restActions, ...restCall } = callLog;
    expect(isAgentDeleted).toBe(false);
    expect(rest).toEqual(restCall);
    expect(rest).not.toHaveProperty('isAgentDeleted');
    const actions = executedCallActions as Record<string, unknown>[];
    expect(actions).toHaveLength((restActions as unknown[]).length);
    actions.forEach((action, index) => {
      const { actionId, ...restAction } = (restActions as Record<string, unknown>[])[index] ?? {};
      expect(action).toEqual({ _id: actionId, ...restAction });
    });
    // Like HighLevel's own example: a custom action carrying a third party's secret.
    const custom = actions.find((action) => action['actionType'] === 'CUSTOM_ACTION');
    expect(custom).toMatchObject({ actionParameters: { apiDetails: { authenticationValue: expect.any(String) } } });
  });

  it('places calls in location 1 by default, each a new id, from the handle too', async () => {
    const first = await emulator.placeCall();
    const second = await emulator.placeCall();
    expect(first.locationId).toBe(location1);
    expect(first.callLog.id).not.toBe(second.callLog.id);
    expect(receiver.deliveries.map((delivery) => delivery.body['id'])).toEqual([first.callLog.id, second.callLog.id]);
    expect(receiver.deliveries[0]?.raw.toString('utf8')).toBe(first.body);
    expect((await admin(emulator, 'POST', '/calls', { locationId: 'NoSuchLocation' })).status).toBe(400);
  });

  it('reports each target: its status, or the error when it cannot be reached', async () => {
    emulator.webhooks.setTargets([receiver.url, 'http://127.0.0.1:9/closed']);
    receiver.status = 401;
    const placed = await emulator.placeCall();
    expect(placed.deliveries).toEqual([
      { url: receiver.url, status: 401 },
      { url: 'http://127.0.0.1:9/closed', error: expect.any(String) },
    ]);
  });

  it('places a call every callIntervalMs when asked to, and stops with the emulator', async () => {
    const ticking = await startEmulator({ callIntervalMs: 20 });
    ticking.webhooks.setTargets([receiver.url]);
    try {
      await until(() => receiver.deliveries.length >= 3);
    } finally {
      await ticking.stop();
    }
    // stop() waits for a call being placed: every call placed is in the store and was delivered, and none follows.
    const delivered = receiver.deliveries.length;
    expect(ticking.store.callLogs(location1).length - SEEDED_CALLS_LOCATION_1).toBe(delivered);
  });
});

describe('bounds', () => {
  it('keeps the last 10,000 calls it placed: the oldest leaves the store', async () => {
    const bounded = await startEmulator();
    try {
      const first = await bounded.placeCall(location2);
      for (let placed = 1; placed < 10_000; placed++) await bounded.placeCall(location2);
      const callLogs = () => bounded.store.callLogs(location2);
      expect(callLogs().some((log) => log.id === first.callLog.id)).toBe(true);
      const count = callLogs().length;
      await bounded.placeCall(location2);
      expect(callLogs()).toHaveLength(count);
      expect(callLogs().some((log) => log.id === first.callLog.id)).toBe(false);
    } finally {
      await bounded.stop();
    }
  });
});

describe('what the gateway must refuse or deliver once', () => {
  it('signs with the legacy RSA header alone, with both, with N/A or with a signature that does not verify', async () => {
    const rsa = createPublicKey(emulator.webhooks.rsaPublicKey);
    await emulator.placeCall(location1, { signing: { ghl: 'absent', wh: 'valid' } });
    await emulator.placeCall(location1, { signing: { ghl: 'valid', wh: 'valid' } });
    await emulator.placeCall(location1, { signing: { ghl: 'N/A', wh: 'valid' } });
    await emulator.placeCall(location1, { signing: { ghl: 'invalid' } });
    await emulator.placeCall(location1, { signing: { ghl: 'absent' } });
    const [rsaOnly, both, notApplicable, invalid, unsigned] = receiver.deliveries;
    if (!rsaOnly || !both || !notApplicable || !invalid || !unsigned) throw new Error('missing deliveries');
    expect(rsaOnly.headers['x-ghl-signature']).toBeUndefined();
    expect(verifies('rsa', rsaOnly.raw, rsaOnly.headers['x-wh-signature'], rsa)).toBe(true);
    expect(verifies('ed25519', both.raw, both.headers['x-ghl-signature'], ed25519)).toBe(true);
    expect(verifies('rsa', both.raw, both.headers['x-wh-signature'], rsa)).toBe(true);
    expect(notApplicable.headers['x-ghl-signature']).toBe('N/A');
    expect(verifies('rsa', notApplicable.raw, notApplicable.headers['x-wh-signature'], rsa)).toBe(true);
    expect(invalid.headers['x-ghl-signature']).toEqual(expect.any(String));
    expect(verifies('ed25519', invalid.raw, invalid.headers['x-ghl-signature'], ed25519)).toBe(false);
    expect(unsigned.headers['x-ghl-signature']).toBeUndefined();
    expect(unsigned.headers['x-wh-signature']).toBeUndefined();
  });

  it('resends a delivery byte for byte (a duplicate), and dates one in the past when asked (a stale one)', async () => {
    const placed = await emulator.placeCall();
    await emulator.webhooks.send(placed.body);
    const [original, duplicate] = receiver.deliveries;
    expect(duplicate?.raw.equals(original?.raw ?? Buffer.alloc(0))).toBe(true);
    expect(verifies('ed25519', duplicate?.raw ?? Buffer.alloc(0), duplicate?.headers['x-ghl-signature'], ed25519)).toBe(
      true,
    );

    const tenMinutesAgo = new Date(Date.now() - 600_000).toISOString();
    const stale = await emulator.placeCall(location1, { timestamp: tenMinutesAgo, webhookId: 'wh-stale-1' });
    expect(JSON.parse(stale.body)).toMatchObject({ timestamp: tenMinutesAgo, webhookId: 'wh-stale-1' });
  });

  it('sends ContactUpdate flat, after updating the contact it serves, and ContactDelete after deleting it', async () => {
    const contact = emulator.store.contacts(location2)[3];
    const contactId = contact?.id ?? '';
    const updated = await emulator.updateContact(contactId, { firstName: 'Renamed', lastName: 'Caller' });
    expect(updated.contact).toMatchObject({ id: contactId, firstName: 'Renamed', lastName: 'Caller' });
    const got = await restGet(emulator, `/contacts/${contactId}`, '2021-07-28');
    expect(got.body['contact']).toMatchObject({ firstName: 'Renamed', lastName: 'Caller', name: 'Renamed Caller' });

    const [update] = receiver.deliveries;
    expect(verifies('ed25519', update?.raw ?? Buffer.alloc(0), update?.headers['x-ghl-signature'], ed25519)).toBe(true);
    expect(update?.body).toMatchObject({
      type: 'ContactUpdate',
      locationId: location2,
      id: contactId,
      firstName: 'Renamed',
      lastName: 'Caller',
      email: contact?.email,
      webhookId: expect.any(String),
    });

    await emulator.deleteContact(contactId);
    expect((await restGet(emulator, `/contacts/${contactId}`, '2021-07-28')).status).toBe(404);
    expect(receiver.deliveries[1]?.body).toMatchObject({ type: 'ContactDelete', locationId: location2, id: contactId });
    await expect(emulator.updateContact(contactId, { firstName: 'Gone' })).rejects.toThrow(/contact/);
  });
});
