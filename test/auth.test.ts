// Access control: service-token mode (callers' JWTs, HS256 or JWKS; the gateway's own HighLevel token upstream) and
// pass-through mode (each caller's HighLevel token forwarded). Upstream credentials are read from the emulator's
// request log, which keeps a hash of each request's token.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { type CryptoKey, exportJWK, generateKeyPair, type JWTPayload, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { AuthOptions } from '../src/auth.js';
import { AGENCY_TOKEN } from '../src/emulator/tokens.js';
import { graphql } from './generated/gql.js';
import { tokenHash } from './helpers/emulator-log.js';
import { codes } from './helpers/error-codes.js';
import { dataOf, type Document } from './helpers/graphql.js';
import { type GraphQLResponse, type Stack, startStack } from './helpers/stack.js';

const SECRET = 'test-only-hs256-secret-0123456789abcdef';
const ISSUER = 'https://auth.example.test/';
const AUDIENCE = 'call-log-gateway';

const CALL_LOGS = graphql(`
  query AuthCallLogs($locationId: ID!, $first: Int) {
    callLogs(locationId: $locationId, first: $first) {
      nodes {
        id
        contact {
          id
          name
          locationId
        }
        agent {
          id
          name
        }
      }
    }
  }
`);
const CALL_LOG = graphql(`
  query AuthCallLog($locationId: ID!, $id: ID!) {
    callLog(locationId: $locationId, id: $id) {
      id
      contact {
        id
        name
        locationId
      }
    }
  }
`);
const ENTITIES = graphql(`
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Contact {
        id
        name
        email
        phone
        contactLocationId: locationId
      }
      ... on Agent {
        id
        name
        locationId
      }
      ... on CallLog {
        id
        locationId
        summary
      }
    }
  }
`);

/** Every raw response body of this file: none may carry a JWT or a HighLevel token. */
const bodies: string[] = [];
/** Every credential this file sends or configures. */
const secrets = new Set<string>();

/** POSTs with exactly this Authorization header value (undefined: none). */
async function post<Data, Variables>(
  stack: Stack,
  authorization: string | undefined,
  document: Document<Data, Variables>,
  variables?: NoInfer<Variables>,
): Promise<GraphQLResponse<Data>> {
  const response = await stack.query(document, variables, {
    token: null,
    headers: authorization === undefined ? {} : { authorization },
  });
  bodies.push(response.text);
  return response;
}

function bearer<Data, Variables>(
  stack: Stack,
  token: string,
  document: Document<Data, Variables>,
  variables?: NoInfer<Variables>,
) {
  secrets.add(token);
  return post(stack, `Bearer ${token}`, document, variables);
}

async function hs256(claims: JWTPayload, secret = SECRET, configure?: (jwt: SignJWT) => SignJWT): Promise<string> {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('5m');
  const signed = await (configure ? configure(jwt) : jwt).sign(new TextEncoder().encode(secret));
  secrets.add(signed);
  return signed;
}

function serviceAuth(serviceToken: string, verification: { jwtSecret: string } | { jwksUrl: string }): AuthOptions {
  return {
    mode: 'service',
    serviceToken,
    ...verification,
    issuer: ISSUER,
    audience: AUDIENCE,
    locationsClaim: 'locations',
  };
}

describe('service-token mode (HS256)', () => {
  let stack: Stack;
  let location1: string;
  let location2: string;
  let jwt1: string;
  beforeAll(async () => {
    stack = await startStack({
      gateway: { auth: serviceAuth(AGENCY_TOKEN, { jwtSecret: SECRET }) },
    });
    expect(stack.emulator.tokens.agency).toBe(AGENCY_TOKEN);
    secrets.add(stack.emulator.tokens.agency);
    for (const token of Object.values(stack.emulator.tokens.byLocation)) secrets.add(token);
    [location1 = '', location2 = ''] = stack.emulator.locations;
    jwt1 = await hs256({ sub: 'user-1', locations: [location1] });
  });
  afterAll(() => stack.stop());
  beforeEach(() => {
    stack.emulator.requests.clear();
  });

  it('reads the JWT’s location with the service token; the JWT never goes upstream', async () => {
    const response = await bearer(stack, jwt1, CALL_LOGS, { locationId: location1, first: 10 });
    expect(response.errors).toBeUndefined();
    const nodes = dataOf(response).callLogs?.nodes ?? [];
    expect(nodes).toHaveLength(10);
    const ids = new Set(stack.emulator.store.callLogs(location1).map((log) => log.id));
    for (const node of nodes) {
      expect(ids.has(node.id)).toBe(true);
      if (node.contact) {
        expect(node.contact.locationId).toBe(location1);
        expect(node.contact.name).toBe(stack.emulator.store.contact(node.contact.id)?.name);
      }
    }
    const one = await bearer(stack, jwt1, CALL_LOG, { locationId: location1, id: nodes[0]?.id ?? '' });
    expect(one.errors).toBeUndefined();
    expect(dataOf(one).callLog?.id).toBe(nodes[0]?.id);

    const requests = stack.emulator.requests.all();
    expect(requests.length).toBeGreaterThan(2);
    for (const request of requests) {
      expect(request.status).toBe(200);
      expect(request.tokenHash).toBe(tokenHash(stack.emulator.tokens.agency));
      expect(request.tokenHash).not.toBe(tokenHash(jwt1));
    }
  });

  it('refuses another location with FORBIDDEN before any upstream request', async () => {
    const list = await bearer(stack, jwt1, CALL_LOGS, { locationId: location2, first: 5 });
    expect(codes(list)).toEqual(['FORBIDDEN']);
    expect(list.data).toEqual({ callLogs: null });
    const logId = stack.emulator.store.callLogs(location2)[0]?.id;
    const one = await bearer(stack, jwt1, CALL_LOG, { locationId: location2, id: logId ?? '' });
    expect(codes(one)).toEqual(['FORBIDDEN']);
    expect(one.data).toEqual({ callLog: null });
    // Entities keyed by location are refused the same way, before any request.
    const agentId = stack.emulator.store.agents(location2)[0]?.id;
    const entities = await bearer(stack, jwt1, ENTITIES, {
      representations: [
        { __typename: 'Agent', id: agentId, locationId: location2 },
        { __typename: 'CallLog', id: logId, locationId: location2 },
      ],
    });
    expect(codes(entities)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(entities.data).toEqual({ _entities: [null, null] });
    expect(stack.emulator.requests.all()).toEqual([]);
  });

  it('refuses a contact of another location reached by id, and returns none of its data', async () => {
    const own = stack.emulator.store.contacts(location1)[0];
    const foreign = stack.emulator.store.contacts(location2)[0];
    if (!own || !foreign) throw new Error('the seed has contacts in both locations');
    const response = await bearer(stack, jwt1, ENTITIES, {
      representations: [
        { __typename: 'Contact', id: foreign.id },
        { __typename: 'Contact', id: own.id },
      ],
    });
    expect(response.errors?.map((error) => [error.extensions?.['code'], error.path])).toEqual([
      ['FORBIDDEN', ['_entities', 0]],
    ]);
    const entities = dataOf(response)._entities;
    expect(entities[0]).toBeNull();
    expect(entities[1]).toMatchObject({ id: own.id, name: own.name, contactLocationId: location1 });
    // Not even the record's location: the refusal must not tell a tenant where another tenant's ids live.
    for (const value of [foreign.name, foreign.email, foreign.phone, foreign.firstName, foreign.lastName, location2]) {
      if (value) expect(response.text).not.toContain(value);
    }
    // A contact's location is only known from HighLevel's answer: one upstream read, with the service token.
    for (const request of stack.emulator.requests.all()) {
      expect(request.tokenHash).toBe(tokenHash(stack.emulator.tokens.agency));
    }
  });

  describe('without a valid JWT: UNAUTHENTICATED and no upstream request', () => {
    const cases: [string, () => Promise<string | undefined>][] = [
      ['no Authorization header', () => Promise.resolve(undefined)],
      ['a Basic header', () => Promise.resolve('Basic dXNlcjpwYXNzd29yZA==')],
      ['Bearer without a token', () => Promise.resolve('Bearer ')],
      ['Bearer with two tokens', async () => `Bearer ${await hs256({ locations: [location1] })} extra`],
      ['a JWT without the Bearer scheme', () => hs256({ locations: [location1] })],
      ['a HighLevel location token', () => Promise.resolve(`Bearer ${stack.token}`)],
      ['the HighLevel agency token', () => Promise.resolve(`Bearer ${stack.emulator.tokens.agency}`)],
      [
        'a JWT signed with another secret',
        async () => `Bearer ${await hs256({ locations: [location1] }, `x${SECRET}`)}`,
      ],
      [
        'a JWT whose payload was changed after signing',
        async () => {
          const [header, , signature] = (await hs256({ locations: [location1] })).split('.');
          const payload = Buffer.from(
            JSON.stringify({
              iss: ISSUER,
              aud: AUDIENCE,
              exp: Math.floor(Date.now() / 1000) + 300,
              locations: [location2],
            }),
          ).toString('base64url');
          return `Bearer ${header ?? ''}.${payload}.${signature ?? ''}`;
        },
      ],
      [
        'a JWT from another issuer',
        async () =>
          `Bearer ${await hs256({ locations: [location1] }, SECRET, (jwt) => jwt.setIssuer('https://evil.test/'))}`,
      ],
      [
        'a JWT for another audience',
        async () => `Bearer ${await hs256({ locations: [location1] }, SECRET, (jwt) => jwt.setAudience('other-api'))}`,
      ],
      [
        'an expired JWT',
        async () =>
          `Bearer ${await hs256({ locations: [location1] }, SECRET, (jwt) =>
            jwt.setIssuedAt(Math.floor(Date.now() / 1000) - 600).setExpirationTime(Math.floor(Date.now() / 1000) - 60),
          )}`,
      ],
      [
        'a JWT not valid yet',
        async () =>
          `Bearer ${await hs256({ locations: [location1] }, SECRET, (jwt) => jwt.setNotBefore(Math.floor(Date.now() / 1000) + 600))}`,
      ],
      [
        'an unsigned JWT (alg: none)',
        () =>
          Promise.resolve(
            `Bearer ${new UnsecuredJWT({ locations: [location1] }).setIssuer(ISSUER).setAudience(AUDIENCE).setIssuedAt().setExpirationTime('5m').encode()}`,
          ),
      ],
      [
        'an HS512 JWT with the right secret (algorithm not allowed)',
        async () => {
          const jwt = await new SignJWT({ locations: [location1] })
            .setProtectedHeader({ alg: 'HS512' })
            .setIssuer(ISSUER)
            .setAudience(AUDIENCE)
            .setExpirationTime('5m')
            .sign(new TextEncoder().encode(SECRET));
          return `Bearer ${jwt}`;
        },
      ],
    ];
    it.each(cases)('%s', async (_name, authorization) => {
      const header = await authorization();
      if (header !== undefined) secrets.add(header.replace(/^Bearer\s+/i, '').trim());
      const response = await post(stack, header, CALL_LOGS, { locationId: location1, first: 5 });
      expect(codes(response)).toEqual(['UNAUTHENTICATED']);
      expect(response.data).toEqual({ callLogs: null });
      const typename = await post(stack, header, '{ __typename }');
      expect(typename.errors).toBeUndefined();
      expect(typename.data).toEqual({ __typename: 'Query' });
      expect(stack.emulator.requests.all()).toEqual([]);
    });

    // The claim must list locations: an array of strings, or a space- or comma-separated string (src/auth.ts).
    it.each<[string, JWTPayload]>([
      ['no locations claim', { sub: 'user-1' }],
      ['a number', { locations: 42 }],
      ['an object', { locations: { LOC123456789ABCDEF: true } }],
      ['a boolean', { locations: true }],
      ['an array with a non-string item', { locations: ['LOC123456789ABCDEF', 7] }],
    ])('a locations claim that is not a list (%s)', async (_name, claims) => {
      const jwt = await hs256(claims);
      const response = await bearer(stack, jwt, CALL_LOGS, { locationId: location1, first: 5 });
      expect(codes(response)).toEqual(['UNAUTHENTICATED']);
      expect(response.data).toEqual({ callLogs: null });
      expect(stack.emulator.requests.all()).toEqual([]);
    });
  });

  it('accepts the claim as a space- or comma-separated string', async () => {
    const jwt = await hs256({ locations: `${location2}, ${location1}` });
    const response = await bearer(stack, jwt, CALL_LOGS, { locationId: location1, first: 2 });
    expect(response.errors).toBeUndefined();
    const other = await bearer(stack, jwt, CALL_LOGS, { locationId: location2, first: 2 });
    expect(other.errors).toBeUndefined();
  });
});

describe('service-token mode (JWKS)', () => {
  let stack: Stack;
  let jwks: Server;
  let location1: string;
  let rsa: { privateKey: CryptoKey; publicKey: CryptoKey };
  let ec: { privateKey: CryptoKey; publicKey: CryptoKey };
  let jwksRequests = 0;

  async function signed(alg: 'RS256' | 'ES256', kid: string, key: CryptoKey, claims: JWTPayload): Promise<string> {
    const jwt = await new SignJWT(claims)
      .setProtectedHeader({ alg, kid, typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);
    secrets.add(jwt);
    return jwt;
  }

  beforeAll(async () => {
    rsa = await generateKeyPair('RS256');
    ec = await generateKeyPair('ES256');
    const keys = [
      { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
    ];
    jwks = createServer((_request, response) => {
      jwksRequests += 1;
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as AddressInfo;
    stack = await startStack({
      gateway: {
        auth: serviceAuth(AGENCY_TOKEN, { jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json` }),
      },
    });
    [location1 = ''] = stack.emulator.locations;
  });
  afterAll(async () => {
    await stack.stop();
    await new Promise<void>((resolve, reject) => {
      jwks.close((error) => {
        if (error) reject(error);
        else resolve();
      });
    });
  });
  beforeEach(() => {
    stack.emulator.requests.clear();
  });

  it.each(['RS256', 'ES256'] as const)('accepts a %s JWT signed with a published key', async (alg) => {
    const key = alg === 'RS256' ? rsa.privateKey : ec.privateKey;
    const jwt = await signed(alg, alg === 'RS256' ? 'rsa-1' : 'ec-1', key, { locations: [location1] });
    const response = await bearer(stack, jwt, CALL_LOGS, { locationId: location1, first: 3 });
    expect(response.errors).toBeUndefined();
    expect(dataOf(response).callLogs?.nodes).toHaveLength(3);
    const requests = stack.emulator.requests.all();
    expect(requests.length).toBeGreaterThan(0);
    for (const request of requests) expect(request.tokenHash).toBe(tokenHash(stack.emulator.tokens.agency));
    expect(jwksRequests).toBeGreaterThan(0);
  });

  it('refuses JWTs not signed by a published key', async () => {
    const other = await generateKeyPair('RS256');
    const forged = [
      await signed('RS256', 'rsa-1', other.privateKey, { locations: [location1] }),
      await signed('RS256', 'rsa-unknown', other.privateKey, { locations: [location1] }),
      await signed('ES256', 'rsa-1', ec.privateKey, { locations: [location1] }),
      await hs256({ locations: [location1] }),
    ];
    for (const jwt of forged) {
      const response = await bearer(stack, jwt, CALL_LOGS, { locationId: location1, first: 3 });
      expect(codes(response)).toEqual(['UNAUTHENTICATED']);
      expect(response.data).toEqual({ callLogs: null });
    }
    expect(stack.emulator.requests.all()).toEqual([]);
  });
});

describe('pass-through mode', () => {
  let stack: Stack;
  let location1: string;
  let location2: string;
  beforeAll(async () => {
    // The emulator reports HighLevel's burst budget (100 per 10 s) even when it does not enforce it, and the gateway
    // honours X-RateLimit-Remaining: a budget this large keeps the concurrent test from waiting for the window.
    stack = await startStack({ emulator: { rateLimit: { enforce: false, max: 1_000_000 } } });
    [location1 = '', location2 = ''] = stack.emulator.locations;
    for (const token of Object.values(stack.emulator.tokens.byLocation)) secrets.add(token);
  });
  afterAll(() => stack.stop());
  beforeEach(() => {
    stack.emulator.requests.clear();
  });

  it("forwards the caller's own token", async () => {
    const response = await bearer(stack, stack.token, CALL_LOGS, { locationId: location1, first: 5 });
    expect(response.errors).toBeUndefined();
    const requests = stack.emulator.requests.all();
    expect(requests.length).toBeGreaterThan(1);
    for (const request of requests) expect(request.tokenHash).toBe(tokenHash(stack.token));
  });

  it('refuses without a token, before any upstream request', async () => {
    const response = await post(stack, undefined, CALL_LOGS, { locationId: location1, first: 5 });
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(stack.emulator.requests.all()).toEqual([]);
  });

  it("passes on HighLevel's FORBIDDEN for a location the token may not read", async () => {
    const response = await bearer(stack, stack.token, CALL_LOGS, { locationId: location2, first: 5 });
    expect(codes(response)).toEqual(['FORBIDDEN']);
    expect(response.data).toEqual({ callLogs: null });
  });

  it("never swaps two callers' tokens", async () => {
    const tokens = stack.emulator.tokens.byLocation;
    const byHash = new Map(Object.entries(tokens).map(([location, token]) => [tokenHash(token), location]));
    const jobs = Array.from({ length: 40 }, (_, index) => (index % 2 === 0 ? location1 : location2));
    const responses = await Promise.all(
      jobs.map((location) => bearer(stack, tokens[location] ?? '', CALL_LOGS, { locationId: location, first: 8 })),
    );
    responses.forEach((response, index) => {
      expect(response.errors).toBeUndefined();
      const ids = new Set(stack.emulator.store.callLogs(jobs[index] ?? '').map((log) => log.id));
      for (const node of dataOf(response).callLogs?.nodes ?? []) {
        expect(ids.has(node.id)).toBe(true);
        if (node.contact) expect(node.contact.locationId).toBe(jobs[index]);
      }
    });
    const requests = stack.emulator.requests.all();
    expect(new Set(requests.map((request) => request.tokenHash))).toEqual(new Set(byHash.keys()));
    for (const request of requests) {
      const named =
        request.query['locationId'] ?? stack.emulator.store.contact(request.path.split('/').pop() ?? '')?.locationId;
      expect(named).toBeDefined();
      expect(byHash.get(request.tokenHash ?? '')).toBe(named);
      expect(request.status).toBe(200);
    }
  });
});

describe('secrets in responses', () => {
  it('no response body carries a JWT or a HighLevel token', () => {
    expect(bodies.length).toBeGreaterThan(30);
    expect(secrets.size).toBeGreaterThan(10);
    for (const body of bodies) {
      for (const secret of secrets) if (secret.length >= 8) expect(body).not.toContain(secret);
    }
  });
});
