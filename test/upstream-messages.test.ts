// What of an upstream 4xx message reaches the caller. HighLevel's validation messages tell the caller what to fix, so
// they pass on; whatever else HighLevel or a proxy in front of it puts in `message` (an upstream URL with its query, a
// stack trace, the caller's own token, a JWT, ten thousand characters) must not, in production or in development:
// the code stays the status's code and the message is scrubbed, bounded, or the code's generic message.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createGateway, type Gateway } from '../src/server.js';
import { sendPayload } from './helpers/graphql.js';

const CALL_LOG_QUERY = `query ($locationId: ID!, $id: ID!) { callLog(locationId: $locationId, id: $id) { id } }`;
/** The caller's own credential, which the hostile upstream echoes back. */
const CALLER_TOKEN = 'pit-3f9c2b7e-caller-secret-4d1a';
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibG9jYXRpb25JZCI6ImxvYy0xIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const UPSTREAM_URL = `https://services.leadconnectorhq.com/contacts/x?locationId=loc-1&token=${CALLER_TOKEN}`;
const STACK =
  'Error: boom\n    at Object.<anonymous> (/srv/app/index.js:10:5)\n    at Module._compile (node:internal/modules/cjs/loader:1105:14)';
const MAX_MESSAGE = 300;

const CODES = { 400: 'BAD_USER_INPUT', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 422: 'BAD_USER_INPUT' } as const;
type Status = keyof typeof CODES;
const STATUSES = Object.keys(CODES).map(Number) as Status[];

/** Leaky messages; `token` is what the upstream saw in Authorization (the caller's own). */
const LEAKS: Record<string, (token: string) => string | string[]> = {
  'an upstream URL with host and query': () => `Request to ${UPSTREAM_URL} failed`,
  'a stack trace': () => STACK,
  "the caller's own token": (token) => `Invalid token ${token} for authorization: Bearer ${token}`,
  'a JWT': () => `Token ${JWT} has expired`,
  'ten thousand characters': () => 'invalid value '.repeat(715),
  'a list mixing validation and leaks': (token) => [
    'locationId must be a string',
    `see ${UPSTREAM_URL}`,
    STACK,
    `bearer ${token}`,
  ],
};

/** An upstream that answers every request with `answer.status` and `{ message }` built from the caller's token. */
function hostileUpstream() {
  const answer = {
    status: 400 as Status,
    message: ((): string | string[] => '') as (token: string) => string | string[],
  };
  const server: Server = createServer((request: IncomingMessage, response) => {
    const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
    const body = JSON.stringify({ statusCode: answer.status, message: answer.message(token), error: 'Refused' });
    response.writeHead(answer.status, { 'content-type': 'application/json' }).end(body);
  });
  return { server, answer };
}

let upstream: ReturnType<typeof hostileUpstream>;
const gateways: Record<'production' | 'development', Gateway> = {} as never;

beforeAll(async () => {
  upstream = hostileUpstream();
  await new Promise<void>((resolve) => upstream.server.listen(0, '127.0.0.1', resolve));
  const { port } = upstream.server.address() as AddressInfo;
  for (const mode of ['production', 'development'] as const)
    gateways[mode] = await createGateway({
      upstreamUrl: `http://127.0.0.1:${port}`,
      upstreamRetries: 0,
      cache: false,
      production: mode === 'production',
    });
});
afterAll(async () => {
  for (const gateway of Object.values(gateways)) await gateway.stop();
  upstream.server.closeAllConnections();
  await new Promise<void>((resolve) =>
    upstream.server.close(() => {
      resolve();
    }),
  );
});

async function errorFor(mode: keyof typeof gateways, status: Status, message: (token: string) => string | string[]) {
  upstream.answer.status = status;
  upstream.answer.message = message;
  const response = await sendPayload(
    gateways[mode].url,
    { query: CALL_LOG_QUERY, variables: { locationId: 'loc-1', id: 'call-1' } },
    { token: CALLER_TOKEN },
  );
  expect(response.errors).toHaveLength(1);
  return { error: response.errors?.[0], text: response.text };
}

describe.each(['production', 'development'] as const)('an upstream 4xx message (%s)', (mode) => {
  describe.each(STATUSES)('%i', (status) => {
    it.each(Object.entries(LEAKS))('carrying %s reaches the caller scrubbed and bounded', async (_, leak) => {
      const { error, text } = await errorFor(mode, status, leak);
      expect(error?.extensions?.['code']).toBe(CODES[status]);
      const message = error?.message ?? '';
      expect(message.length).toBeGreaterThan(0);
      expect(message.length).toBeLessThanOrEqual(MAX_MESSAGE);
      for (const shown of [message, text]) {
        expect(shown).not.toMatch(/https?:|leadconnectorhq|127\.0\.0\.1|locationId=|token=/i);
        expect(shown).not.toContain(CALLER_TOKEN);
        expect(shown).not.toContain('caller-secret');
        expect(shown).not.toContain('eyJhbGci');
        // The upstream's frames; development's own `stacktrace` (the gateway's frames) is by design.
        expect(shown).not.toMatch(/\/srv\/app|index\.js:\d+|Object\.<anonymous>/);
        expect(shown).not.toMatch(/(invalid value ){50}/);
      }
      expect(message).not.toMatch(/\bat \S.*\(|node:internal/);
    });

    it("keeps HighLevel's plain validation message intact", async () => {
      const { error } = await errorFor(mode, status, () =>
        status === 422 ? ['locationId must be a string'] : 'startDate must be a valid ISO 8601 date string',
      );
      expect(error).toMatchObject({
        message: status === 422 ? 'locationId must be a string' : 'startDate must be a valid ISO 8601 date string',
        extensions: { code: CODES[status], upstreamStatus: status },
      });
    });
  });

  it('keeps the validation part of a 422 list and drops the rest', async () => {
    const { error } = await errorFor(mode, 422, LEAKS['a list mixing validation and leaks'] ?? (() => ''));
    expect(error?.message).toContain('locationId must be a string');
  });

  it.each([
    [400, 'HighLevel rejected the request for the call log.'],
    [401, 'HighLevel rejected the access token.'],
    [403, 'The access token may not read this call log.'],
    [422, 'HighLevel rejected the request for the call log.'],
  ] as const)("answers %i with nothing caller-facing left with the code's generic message", async (status, generic) => {
    for (const leak of [() => UPSTREAM_URL, () => STACK, (token: string) => `Bearer ${token}`, () => JWT]) {
      const { error } = await errorFor(mode, status, leak);
      expect(error).toMatchObject({ message: generic, extensions: { code: CODES[status] } });
    }
  });
});
