// HTTP requests that are slow or ambiguous, sent byte by byte over a raw socket (an HTTP client would neither stall
// mid-header nor send a header twice): a client that stalls is answered 408 once HEADERS_TIMEOUT_MS or
// REQUEST_TIMEOUT_MS has passed, and two Authorization headers are refused instead of one being picked.
import net from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { codes } from './helpers/error-codes.js';
import { type Stack, startStack } from './helpers/stack.js';

interface RawAnswer {
  statusLine: string;
  headers: Record<string, string>;
  body: unknown;
  /** Whether the gateway closed the connection. */
  closed: boolean;
}

/**
 * Writes `chunks` to a fresh connection (the last one is left as it is: a request may stop mid-way) and reads what
 * comes back until the gateway closes the connection, or until `waitMs` has passed.
 */
function rawExchange(url: string, chunks: string[], waitMs = 10_000): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    let received = '';
    const settle = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      const [head = '', body = ''] = received.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ statusLine, headers, body: body ? (JSON.parse(body) as unknown) : undefined, closed });
    };
    const timer = setTimeout(() => {
      settle(false);
    }, waitMs);
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    socket.on('end', () => {
      settle(true);
    });
    socket.on('error', reject);
    socket.on('connect', () => {
      for (const chunk of chunks) socket.write(chunk);
    });
  });
}

describe('slow clients', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gateway: { headersTimeoutMs: 300, requestTimeoutMs: 600 } });
  });
  afterAll(() => stack.stop());

  it('answers 408 and closes a connection whose headers stall', async () => {
    const answer = await rawExchange(stack.gateway.url, [
      'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n',
    ]);
    expect(answer.statusLine).toBe('HTTP/1.1 408 Request Timeout');
    expect(answer.headers['connection']).toBe('close');
    expect(codes(answer.body as never)).toEqual(['BAD_REQUEST']);
    expect(answer.closed).toBe(true);
    expect(stack.emulator.requests.count()).toBe(0);
  });

  it('answers 408 and closes a connection whose body stalls', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    const answer = await rawExchange(stack.gateway.url, [
      `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n` +
        `Authorization: Bearer ${stack.token}\r\nContent-Length: ${body.length + 10}\r\n\r\n${body}`,
    ]);
    expect(answer.statusLine).toBe('HTTP/1.1 408 Request Timeout');
    expect(codes(answer.body as never)).toEqual(['BAD_REQUEST']);
    expect(answer.closed).toBe(true);
  });

  it('serves a request that arrived in time, however long its operation then runs', async () => {
    // The timeouts bound receiving the request, not answering it: this operation outlasts both.
    stack.emulator.faults.set([{ route: 'callLogs.list', latencyMs: 1_500 }]);
    try {
      const response = await stack.query('{ callLogs(locationId: "LOC123456789ABCDEF", first: 1) { totalCount } }');
      expect(response.data).toEqual({ callLogs: { totalCount: 1200 } });
    } finally {
      stack.emulator.faults.clear();
    }
  });
});

describe('two Authorization headers', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const request = (authorizations: string[]) => {
    const body = JSON.stringify({ query: '{ callLogs(locationId: "LOC123456789ABCDEF", first: 1) { totalCount } }' });
    return rawExchange(stack.gateway.url, [
      `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n` +
        authorizations
          .map((value, index) => `${index % 2 ? 'authorization' : 'Authorization'}: ${value}\r\n`)
          .join('') +
        `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    ]);
  };

  it('refuses the request with 400 BAD_REQUEST before any upstream request', async () => {
    const other = stack.emulator.tokens.byLocation[stack.emulator.locations[1] ?? ''] ?? '';
    const answer = await request([`Bearer ${stack.token}`, `Bearer ${other}`]);
    expect(answer.statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect(answer.body).toEqual({
      errors: [{ message: 'Send one Authorization header, not several.', extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(stack.emulator.requests.count()).toBe(0);
  });

  it('refuses the same header sent twice too', async () => {
    const answer = await request([`Bearer ${stack.token}`, `Bearer ${stack.token}`]);
    expect(answer.statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect(codes(answer.body as never)).toEqual(['BAD_REQUEST']);
    expect(stack.emulator.requests.count()).toBe(0);
  });

  it('serves the same request with one', async () => {
    const answer = await request([`Bearer ${stack.token}`]);
    expect(answer.statusLine).toBe('HTTP/1.1 200 OK');
    expect(answer.body).toEqual({ data: { callLogs: { totalCount: 1200 } } });
    expect(stack.emulator.requests.count({ route: 'callLogs.list' })).toBe(1);
  });
});
