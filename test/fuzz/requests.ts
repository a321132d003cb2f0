// Raw HTTP requests: bodies that are not JSON or not GraphQL, odd content types, methods, encodings and headers; and
// bodies of a few MB. The third and fourth properties' cases.
import { gzipSync } from 'node:zlib';

import fc from 'fast-check';

import { junk, printable, weirdString } from './values.js';

/** An HTTP request to the gateway's endpoint, as the fuzzer sends it. */
export interface RawRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Search parameters (GET). */
  search?: Record<string, string>;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

const VALID_QUERY = '{ callLogs(locationId: "LOC123456789ABCDEF", first: 2) { totalCount nodes { id } } }';
const NUMBER_TEXTS = ['1e999', '-1e999', '1e-999', '-0', '99999999999999999999999', '0.1', '2147483648', '3'];

/**
 * Any request, around `document`s and `variables`: mostly POSTs, with `token` (location 1's) in a share of them and
 * odd Authorization values in others.
 */
export function rawRequestArbitrary(
  token: string,
  document: fc.Arbitrary<string>,
  variables: fc.Arbitrary<unknown>,
): fc.Arbitrary<RawRequest> {
  const rawBody: fc.Arbitrary<string | Uint8Array> = fc.oneof(
    fc.constant(''),
    weirdString,
    fc.uint8Array({ maxLength: 2_000 }),
    fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
    fc.array(fc.constant({ query: '{ __typename }' }), { maxLength: 3 }).map((batch) => JSON.stringify(batch)),
    fc
      .record(
        {
          query: fc.oneof(fc.constant(VALID_QUERY), document, junk),
          variables: fc.oneof(variables, junk),
          operationName: fc.oneof(fc.constantFrom('One', 'Missing', ''), junk),
          extensions: fc.oneof(
            fc.record(
              {
                persistedQuery: fc.oneof(
                  fc.record(
                    {
                      version: fc.oneof(fc.constant(1), junk),
                      sha256Hash: fc.oneof(fc.stringMatching(/^[0-9a-f]{0,64}$/), junk),
                    },
                    { requiredKeys: [] },
                  ),
                  junk,
                ),
              },
              { requiredKeys: [] },
            ),
            junk,
          ),
        },
        { requiredKeys: [] },
      )
      .map((body) => JSON.stringify(body)),
    // Numbers JSON.stringify cannot write.
    fc
      .constantFrom(...NUMBER_TEXTS)
      .map(
        (number) =>
          `{"query":"query($f: Int) { callLogs(locationId: \\"LOC123456789ABCDEF\\", first: $f) { totalCount } }","variables":{"f":${number}}}`,
      ),
    // Duplicate and prototype keys.
    fc.constantFrom(
      '{"query":"{ __typename }","query":5}',
      '{"__proto__":{"query":"{ __typename }"}}',
      '{"query":"{ __typename }","variables":{"__proto__":{"x":1}}}',
      '{"constructor":{"prototype":{"query":1}}}',
    ),
    // Truncated JSON.
    fc.nat().map((cut) => JSON.stringify({ query: VALID_QUERY }).slice(0, cut % 60)),
  );

  return fc
    .record({
      method: fc.constantFrom('POST', 'POST', 'POST', 'POST', 'GET', 'GET', 'PUT', 'PATCH', 'DELETE'),
      body: rawBody,
      contentType: fc.oneof(
        fc.constantFrom(
          'application/json',
          'application/json; charset=utf-8',
          'application/graphql-response+json',
          'application/graphql',
          'text/plain',
          'text/plain; charset=utf-8',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/xml',
          'APPLICATION/JSON',
          'application/json; charset=utf-16',
          'application/json; charset=latin1',
          '*/*',
          '',
        ),
        printable,
      ),
      accept: fc.constantFrom(
        undefined,
        'application/json',
        'application/graphql-response+json',
        'application/graphql-response+json, application/json;q=0.9',
        '*/*',
        'text/plain',
      ),
      authorization: fc.oneof(
        { weight: 4, arbitrary: fc.constant('token') },
        fc.constant(undefined),
        printable,
        fc.constantFrom('Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'bearer x', 'Bearer a b c'),
      ),
      preflight: fc.boolean(),
      encoding: fc.constantFrom(undefined, undefined, undefined, 'gzip', 'gzip-junk', 'deflate', 'br', 'identity'),
      getSearch: fc.record(
        {
          query: fc.oneof(fc.constant(VALID_QUERY), document, weirdString),
          variables: fc.oneof(
            fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)),
            weirdString,
          ),
          operationName: weirdString,
          extensions: fc.oneof(fc.constant('{"persistedQuery":{"version":1,"sha256Hash":"00"}}'), weirdString),
        },
        { requiredKeys: [] },
      ),
    })
    .map(({ method, body, contentType, accept, authorization, preflight, encoding, getSearch }) => {
      const headers: Record<string, string> = {};
      if (contentType !== '') headers['content-type'] = contentType;
      if (accept !== undefined) headers['accept'] = accept;
      if (authorization !== undefined)
        headers['authorization'] = authorization === 'token' ? `Bearer ${token}` : authorization;
      if (preflight) headers['apollo-require-preflight'] = 'true';
      if (method === 'GET') {
        // A browser GET asking for HTML gets the Sandbox page, which is not an API answer.
        headers['accept'] ??= 'application/json';
        return { method, headers, search: getSearch };
      }
      let payload = body;
      if (encoding === 'gzip') payload = gzipSync(body);
      if (encoding !== undefined) headers['content-encoding'] = encoding === 'gzip-junk' ? 'gzip' : encoding;
      return { method, headers, body: payload };
    });
}

/** Bodies of a few MB: over the 2 MB limit, and just under it. */
export function oversizedRequestArbitrary(post: (body: unknown) => RawRequest): fc.Arbitrary<RawRequest> {
  return fc
    .tuple(
      fc.constantFrom(1_900_000, 2_000_001, 2_500_000, 3_000_000, 5_000_000),
      fc.constantFrom('query-string', 'variable', 'not-json', 'many-fields'),
    )
    .map(([size, shape]) => {
      const filler = 'x'.repeat(size);
      switch (shape) {
        case 'query-string':
          return post({ query: `{ callLog(locationId: "LOC123456789ABCDEF", id: "${filler}") { id } }` });
        case 'variable':
          return post({
            query: 'query($id: ID!) { callLog(locationId: "LOC123456789ABCDEF", id: $id) { id } }',
            variables: { id: filler },
          });
        case 'not-json':
          return { method: 'POST', headers: { 'content-type': 'application/json' }, body: filler };
        default:
          return post({ query: `{ ${'__typename '.repeat(Math.floor(size / 11))}}` });
      }
    });
}
