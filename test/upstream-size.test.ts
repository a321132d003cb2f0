// A hostile or broken upstream that answers with far more than any real HighLevel page: a gzip bomb, a plain body
// streamed without end, a plain body that declares its size up front. The gateway stops reading past
// `upstreamMaxResponseBytes` (decompressed), answers UPSTREAM_UNAVAILABLE, does not retry, and counts it.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createGateway, type Gateway } from '../src/server.js';
import { sendPayload } from './helpers/graphql.js';
import { until } from './helpers/wait.js';

const KIB = 1024;
const MIB = 1024 * KIB;
/** The cap under test: small, so that the test stays fast and light. */
const CAP = 64 * KIB;
/** What the hostile upstream offers: 512 times the cap. */
const OFFERED = 32 * MIB;
const CHUNK = Buffer.alloc(64 * KIB, 0x20);
const CALL_LOG_QUERY = `query ($locationId: ID!, $id: ID!) { callLog(locationId: $locationId, id: $id) { id } }`;

type Mode = 'gzip' | 'chunked' | 'content-length';

/**
 * Writes a JSON opening and `OFFERED` bytes of filler, never closed (unreadable, so today's gateway would retry it),
 * honouring backpressure; stops when the socket closes.
 */
async function writeFiller(out: NodeJS.WritableStream & { destroyed?: boolean }): Promise<void> {
  out.write('{"filler":"');
  for (let written = 0; written < OFFERED && !out.destroyed; written += CHUNK.length) {
    if (!out.write(CHUNK)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          out.off('drain', done);
          out.off('close', done);
          resolve();
        };
        out.once('drain', done);
        out.once('close', done);
      });
    }
  }
  out.end();
}

/** The hostile upstream: every GET gets an oversized answer; it records each request and whether it was read fully. */
function hostileUpstream() {
  const state = { mode: 'gzip' as Mode, requests: 0, finished: 0, cutOff: 0 };
  const server: Server = createServer((request, response: ServerResponse) => {
    state.requests += 1;
    response.once('close', () => {
      if (response.writableFinished) state.finished += 1;
      else state.cutOff += 1;
    });
    if (state.mode === 'gzip') {
      // Inflates to 32 MiB; on the wire a few tens of KiB.
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      const gzip = createGzip();
      gzip.pipe(response);
      response.once('close', () => gzip.destroy());
      void writeFiller(gzip);
      return;
    }
    const headers: Record<string, string | number> = { 'content-type': 'application/json' };
    if (state.mode === 'content-length') headers['content-length'] = OFFERED + '{"filler":"'.length;
    response.writeHead(200, headers);
    void writeFiller(response);
  });
  return { server, state };
}

let upstream: ReturnType<typeof hostileUpstream>;
let gateway: Gateway;

beforeAll(async () => {
  upstream = hostileUpstream();
  await new Promise<void>((resolve) => upstream.server.listen(0, '127.0.0.1', resolve));
  const { port } = upstream.server.address() as AddressInfo;
  gateway = await createGateway({
    upstreamUrl: `http://127.0.0.1:${port}`,
    // Retries on: an oversized body must still be asked for once only.
    upstreamRetries: 2,
    upstreamMaxResponseBytes: CAP,
    cache: false,
  });
});
afterAll(async () => {
  await gateway.stop();
  upstream.server.closeAllConnections();
  await new Promise<void>((resolve) =>
    upstream.server.close(() => {
      resolve();
    }),
  );
});
beforeEach(() => {
  Object.assign(upstream.state, { requests: 0, finished: 0, cutOff: 0 });
});

async function oversizedCount(): Promise<number> {
  const metric = gateway.metrics.registry.getSingleMetric('gateway_upstream_oversized_responses_total');
  const values = (await metric?.get())?.values ?? [];
  return values.find((value) => value.labels['route'] === 'callLogs.get')?.value ?? 0;
}

describe('an upstream response larger than upstreamMaxResponseBytes', () => {
  it.each<Mode>(['gzip', 'chunked', 'content-length'])(
    'fails the field with UPSTREAM_UNAVAILABLE, once, counted, the body cut off (%s)',
    async (mode) => {
      upstream.state.mode = mode;
      const before = await oversizedCount();
      const started = performance.now();
      const response = await sendPayload(
        gateway.url,
        { query: CALL_LOG_QUERY, variables: { locationId: 'loc-1', id: 'call-1' } },
        { token: 'hostile-test-token' },
      );
      expect(response.status).toBe(200);
      expect(response.data).toEqual({ callLog: null });
      expect(response.errors).toHaveLength(1);
      const [error] = response.errors ?? [];
      expect(error?.extensions?.['code']).toBe('UPSTREAM_UNAVAILABLE');
      // Not retried, although retries are on.
      expect(upstream.state.requests).toBe(1);
      expect(await oversizedCount()).toBe(before + 1);
      expect(error?.message).toBe(`HighLevel sent a response larger than ${CAP} bytes for the call log.`);
      expect(error?.message).not.toContain('127.0.0.1');
      expect(response.text.length).toBeLessThan(CAP);
      // The connection was closed long before 32 MiB were written.
      await until(() => upstream.state.cutOff + upstream.state.finished === 1);
      expect(upstream.state.cutOff).toBe(1);
      expect(performance.now() - started).toBeLessThan(5_000);
    },
  );
});
