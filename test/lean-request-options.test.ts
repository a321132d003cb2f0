// The request options the gateway's got instances give Node (src/upstream/lean-request-options.ts) are got's own
// with the undefined ones left out: nothing got would set is lost, for plain HTTP (the emulator) and HTTPS (HighLevel),
// with and without TLS settings. Every other test sends its upstream requests through them.
import http from 'node:http';
import https from 'node:https';

import got, { Options, type OptionsInit } from 'got';
import { describe, expect, it } from 'vitest';

import { leanNativeRequestOptions, leanRequestOptions } from '../src/upstream/lean-request-options.js';

const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

/** What got's own createNativeRequestOptions returns, without its undefined values. */
function gotsOwn(options: Options): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(options.createNativeRequestOptions()).filter(
      ([key, value]) =>
        value !== undefined &&
        // Read by got's response cache alone, which the lean options are never used with.
        !['shared', 'cacheHeuristic', 'immutableMinTimeToLive', 'ignoreCargoCult'].includes(key),
    ),
  );
}

const CASES: [string, string, OptionsInit][] = [
  [
    'the gateway’s GET to the emulator',
    'http://127.0.0.1:4010/contacts/abc',
    { agent: agents, headers: { authorization: 'Bearer t', version: '2021-07-28' }, timeout: { request: 10_000 } },
  ],
  [
    'the gateway’s GET to HighLevel',
    'https://services.leadconnectorhq.com/voice-ai/dashboard/call-logs?locationId=L',
    { agent: agents, headers: { authorization: 'Bearer t', version: '2021-04-15' } },
  ],
  [
    'a GET with TLS settings, a DNS lookup and a local address',
    'https://example.test/x',
    {
      https: {
        rejectUnauthorized: false,
        certificateAuthority: 'CA',
        serverName: 'example.test',
        minVersion: 'TLSv1.2',
      },
      dnsLookup: () => undefined,
      dnsLookupIpVersion: 4,
      localAddress: '127.0.0.1',
      maxHeaderSize: 32_768,
    },
  ],
];

describe('lean request options', () => {
  it.each(CASES)('gives Node what got gives it, less the undefined: %s', (_name, url, init) => {
    const options = new Options(url, init);
    expect(leanNativeRequestOptions(options)).toStrictEqual(gotsOwn(options));
  });

  it('carries a request end to end through a got instance: method, path and headers arrive', async () => {
    const seen: { method?: string; url?: string; headers?: http.IncomingHttpHeaders }[] = [];
    const server = http.createServer((request, response) => {
      seen.push({ method: request.method, url: request.url, headers: request.headers });
      response.setHeader('content-type', 'application/json').end('{"ok":true}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const client = got.extend({ handlers: [leanRequestOptions], agent: agents, responseType: 'json' });
    try {
      const response = await client.get(`http://127.0.0.1:${String(port)}/contacts/abc?locationId=L`, {
        headers: { authorization: 'Bearer t', version: '2021-07-28' },
      });
      expect(response.body).toEqual({ ok: true });
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({
        method: 'GET',
        url: '/contacts/abc?locationId=L',
        headers: { authorization: 'Bearer t', version: '2021-07-28', host: `127.0.0.1:${String(port)}` },
      });
    } finally {
      server.close();
      agents.http.destroy();
    }
  });
});
