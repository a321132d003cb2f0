// The operational surface over real HTTP: /health, /ready, /metrics, request ids and the per-operation log line, and
// that no credential reaches a log line or a metric.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createLogger } from '../src/observability/logger.js';
import { createMetrics, MAX_OPERATION_NAMES, NOOP_METRICS } from '../src/observability/metrics.js';
import { Readiness } from '../src/observability/readiness.js';
import { type Stack, startStack } from './helpers/stack.js';

/** Captures a logger's JSON lines. */
function capture(level: 'info' | 'debug' = 'info') {
  const lines: string[] = [];
  const logger = createLogger({ level, destination: { write: (line: string) => void lines.push(line) } });
  return { logger, lines, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

/** The gateway's origin, from its GraphQL URL. */
const originOf = (stack: Stack) => new URL(stack.gateway.url).origin;

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const COUNT_QUERY = 'query HealthCount($location: ID!) { callLogs(locationId: $location, first: 1) { totalCount } }';

describe('with the upstream up', () => {
  let stack: Stack;
  let logs: ReturnType<typeof capture>;
  let origin: string;
  beforeAll(async () => {
    logs = capture();
    stack = await startStack({ gateway: { logger: logs.logger } });
    origin = originOf(stack);
  });
  afterAll(() => stack.stop());

  it('/health answers 200 without a token', async () => {
    const health = await get(`${origin}/health`);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.text)).toEqual({ status: 'ok' });
  });

  it('/ready answers 200 and probes the upstream at most once per cache window', async () => {
    const probesBefore = stack.emulator.requests.count({ route: 'unknown' });
    const answers = await Promise.all(Array.from({ length: 10 }, () => get(`${origin}/ready`)));
    for (const ready of answers) {
      expect(ready.status).toBe(200);
      expect(JSON.parse(ready.text)).toEqual({ status: 'ready' });
    }
    expect(await get(`${origin}/ready`)).toMatchObject({ status: 200 });
    // One HEAD of the base URL, with no credential; every other answer came from the cache.
    const probes = stack.emulator.requests.all().filter(({ route }) => route === 'unknown');
    expect(probes.length - probesBefore).toBe(1);
    expect(probes.at(-1)).toMatchObject({ method: 'HEAD', path: '/', tokenHash: null });
  });

  it('/metrics counts operations by name and outcome, and serves the process metrics', async () => {
    const ok = await stack.query(COUNT_QUERY, { location: stack.locationId });
    expect(ok.errors).toBeUndefined();
    const failed = await stack.query(COUNT_QUERY, { location: stack.locationId }, { token: 'not-a-real-token-0000' });
    expect(failed.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    await stack.query('{ __typename }');

    const metrics = await get(`${origin}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(metrics.text).toContain('gateway_graphql_operations_total{operation="HealthCount",outcome="ok"} 1');
    expect(metrics.text).toContain('gateway_graphql_operations_total{operation="HealthCount",outcome="error"} 1');
    expect(metrics.text).toContain('gateway_graphql_operations_total{operation="anonymous",outcome="ok"}');
    // The upstream layer reports to the same registry: one list answered 200, one refused with 401.
    expect(metrics.text).toContain('gateway_upstream_requests_total{route="callLogs.list",status="200"} 1');
    expect(metrics.text).toContain('gateway_upstream_requests_total{route="callLogs.list",status="401"} 1');
    for (const name of [
      'gateway_upstream_requests_total',
      'gateway_upstream_request_duration_seconds',
      'gateway_dataloader_batch_size',
      'gateway_limiter_queue_length',
      'gateway_limiter_wait_seconds',
      'gateway_graphql_operations_in_flight',
      'gateway_graphql_operations_rejected_total',
      'process_cpu_user_seconds_total',
      'nodejs_heap_size_used_bytes',
    ]) {
      expect(metrics.text).toContain(`# TYPE ${name} `);
    }
    expect(metrics.text).not.toContain(stack.emulator.url);
    expect(metrics.text).not.toContain(stack.token);
    expect(metrics.text).not.toContain('not-a-real-token-0000');
  });

  it('echoes a well-formed x-request-id and replaces a malformed or missing one', async () => {
    const echoed = await stack.query(
      '{ __typename }',
      {},
      { token: null, headers: { 'x-request-id': 'trace-42.a_B' } },
    );
    expect(echoed.headers.get('x-request-id')).toBe('trace-42.a_B');
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const bad of ['has spaces', 'x'.repeat(65), 'semi;colon', '']) {
      const replaced = await get(`${origin}/health`, { 'x-request-id': bad });
      expect(replaced.headers.get('x-request-id')).toMatch(uuid);
    }
    expect((await get(`${origin}/health`)).headers.get('x-request-id')).toMatch(uuid);
  });

  it('logs one line per operation with its request id, and never the token or the variables', async () => {
    const secretVariable = 'variable-secret-7f3a9c';
    const requestId = 'log-test-request-1';
    const response = await stack.query(
      'query LogMe($location: ID!, $id: ID!) { callLog(locationId: $location, id: $id) { id } }',
      { location: stack.locationId, id: secretVariable },
      { headers: { 'x-request-id': requestId } },
    );
    const code = response.errors?.[0]?.extensions?.['code'];
    expect(code).toBeDefined();
    // A rejected credential, too: its value must not be logged either.
    const rejected = await stack.query(COUNT_QUERY, { location: stack.locationId }, { token: 'rejected-token-5d1e77' });
    expect(rejected.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');

    const line = logs.entries().find((entry) => entry['requestId'] === requestId);
    expect(line).toMatchObject({
      msg: 'graphql operation',
      operation: 'LogMe',
      operationType: 'query',
      outcome: 'error',
      errorCodes: [code],
      status: 200,
    });
    expect(line?.['durationMs']).toEqual(expect.any(Number));
    expect(line?.['upstreamRequests']).toEqual(expect.any(Number));
    expect(logs.entries().filter((entry) => entry['requestId'] === requestId)).toHaveLength(1);
    const everything = logs.lines.join('');
    for (const secret of [stack.token, 'rejected-token-5d1e77', secretVariable]) {
      expect(everything).not.toContain(secret);
    }
    expect(everything).not.toContain(stack.emulator.url);
  });
});

describe('with the upstream down', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
    await stack.emulator.stop();
  });
  afterAll(() => stack.gateway.stop());

  it('/ready answers 503 without revealing the upstream, while /health stays 200', async () => {
    const ready = await get(`${originOf(stack)}/ready`);
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.text)).toEqual({ status: 'unavailable', reason: 'upstream unreachable' });
    expect(ready.text).not.toContain(new URL(stack.emulator.url).port);
    expect((await get(`${originOf(stack)}/health`)).status).toBe(200);
  });
});

describe('readiness', () => {
  it('reports draining, and caches the probe', async () => {
    let probes = 0;
    const readiness = new Readiness(() => {
      probes += 1;
      return Promise.resolve(true);
    }, 60_000);
    await Promise.all([readiness.check(), readiness.check()]);
    expect(await readiness.check()).toEqual({ ready: true });
    expect(probes).toBe(1);
    readiness.startDraining();
    expect(await readiness.check()).toEqual({ ready: false, reason: 'draining' });
  });

  it('counts a failing probe as unreachable', async () => {
    const readiness = new Readiness(() => Promise.reject(new Error('ECONNREFUSED 10.0.0.1:443')), 0);
    expect(await readiness.check()).toEqual({ ready: false, reason: 'upstream unreachable' });
  });
});

describe('metrics', () => {
  const operationLabels = async (metrics: ReturnType<typeof createMetrics>) => {
    const counter = metrics.registry.getSingleMetric('gateway_graphql_operations_total');
    const values = (await counter?.get())?.values ?? [];
    return new Set(values.map(({ labels }) => String(labels['operation'])));
  };

  it('keeps one registry per gateway', async () => {
    const first = createMetrics();
    const second = createMetrics();
    first.operation('OnlyInFirst', 'ok');
    expect(await first.registry.metrics()).toContain('operation="OnlyInFirst"');
    expect(await second.registry.metrics()).not.toContain('OnlyInFirst');
  });

  it('bounds operation-name labels and keeps anything credential-shaped out', async () => {
    const metrics = createMetrics();
    for (let i = 0; i < MAX_OPERATION_NAMES + 50; i += 1) metrics.operation(`Op${i}`, 'ok');
    metrics.operation('', 'ok');
    metrics.operation('Bearer emu-loc1-e67c185e589d3c15', 'error');
    metrics.operation('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl', 'error');
    const labels = await operationLabels(metrics);
    expect(labels.size).toBeLessThanOrEqual(MAX_OPERATION_NAMES + 1);
    expect(labels).toContain('other');
    expect(labels).not.toContain(`Op${MAX_OPERATION_NAMES + 10}`);
    const text = await metrics.registry.metrics();
    expect(text).not.toContain('emu-loc1');
    expect(text).not.toContain('eyJ');

    const fresh = createMetrics();
    fresh.operation('', 'ok');
    fresh.operation('Bearer emu-loc1-e67c185e589d3c15', 'error');
    expect(await operationLabels(fresh)).toEqual(new Set(['anonymous', 'invalid']));
  });

  it('records upstream requests, batches and the limiter', async () => {
    const metrics = createMetrics();
    metrics.upstreamRequest('contacts.get', 200, 0.02);
    metrics.upstreamRequest('contacts.get', 'error', 10);
    metrics.upstreamRequest('not a route id', 404, Number.NaN);
    metrics.loaderBatch('contacts', 41);
    metrics.limiterQueueLength(3);
    metrics.limiterWait(0.25);
    const text = await metrics.registry.metrics();
    expect(text).toContain('gateway_upstream_requests_total{route="contacts.get",status="200"} 1');
    expect(text).toContain('gateway_upstream_requests_total{route="contacts.get",status="error"} 1');
    expect(text).toContain('gateway_upstream_requests_total{route="other",status="404"} 1');
    expect(text).toContain('gateway_upstream_request_duration_seconds_count{route="contacts.get"} 2');
    expect(text).toContain('gateway_dataloader_batch_size_sum{loader="contacts"} 41');
    expect(text).toContain('gateway_limiter_queue_length 3');
    expect(text).toContain('gateway_limiter_wait_seconds_sum 0.25');
  });

  it('has a no-op default that callers may always call', async () => {
    NOOP_METRICS.upstreamRequest('contacts.get', 200, 1);
    NOOP_METRICS.loaderBatch('contacts', 1);
    NOOP_METRICS.limiterQueueLength(1);
    NOOP_METRICS.limiterWait(1);
    NOOP_METRICS.operation('Anything', 'ok');
    NOOP_METRICS.operationsInFlight(1);
    NOOP_METRICS.operationRejected('overloaded');
    expect((await NOOP_METRICS.registry.metrics()).trim()).toBe('');
  });
});

describe('logger', () => {
  it('redacts credential fields and anything shaped like a bearer token or a JWT', () => {
    const { logger, lines } = capture();
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjYWxsZXIifQ.dGhpcy1pcy1hLXNpZ25hdHVyZQ';
    logger.info(
      {
        authorization: 'Bearer field-token-1111',
        req: { headers: { authorization: 'Bearer header-token-2222' } },
        upstream: { token: 'nested-token-3333', jwt },
        note: 'forwarded Bearer inline-token-4444 upstream',
      },
      `caller sent ${jwt} and bearer message-token-5555`,
    );
    logger.error(new Error('failed with Authorization: Bearer error-token-6666'));
    const text = lines.join('');
    for (const secret of ['1111', '2222', '3333', '4444', '5555', '6666', jwt]) expect(text).not.toContain(secret);
    expect(text).toContain('[Redacted]');
    expect(lines).toHaveLength(2);
  });

  it('writes nothing when silent, and readable lines when pretty', () => {
    const silent: string[] = [];
    createLogger({ level: 'silent', destination: { write: (line: string) => void silent.push(line) } }).error('x');
    expect(silent).toEqual([]);
    const pretty: string[] = [];
    const logger = createLogger({ pretty: true, destination: { write: (line: string) => void pretty.push(line) } });
    logger.info({ requestId: 'r1', token: 'pretty-secret-token' }, 'graphql operation');
    expect(pretty).toHaveLength(1);
    expect(pretty[0]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO {2}graphql operation requestId=r1 token=\[Redacted\]\n$/);
  });
});

describe('metrics wired through a real query', () => {
  it('counts upstream requests by route and DataLoader batches by loader', async () => {
    const stack = await startStack();
    try {
      const response = await stack.query(
        `query Page($locationId: ID!) { callLogs(locationId: $locationId, first: 10) { nodes { contact { name } agent { name } } } }`,
        { locationId: stack.locationId },
      );
      expect(response.errors).toBeUndefined();
      const text = await (await fetch(new URL('/metrics', stack.gateway.url))).text();
      const upstream = stack.emulator.requests.all();
      const contactRequests = upstream.filter((request) => request.route === 'contacts.get').length;
      expect(text).toContain('gateway_upstream_requests_total{route="callLogs.list",status="200"} 1');
      expect(text).toContain(`gateway_upstream_requests_total{route="contacts.get",status="200"} ${contactRequests}`);
      // One batch of the page's distinct contacts.
      expect(text).toContain('gateway_dataloader_batch_size_count{loader="contact"} 1');
      expect(text).toContain(`gateway_dataloader_batch_size_sum{loader="contact"} ${contactRequests}`);
      expect(text).toContain('gateway_graphql_operations_total{operation="Page",outcome="ok"} 1');
    } finally {
      await stack.stop();
    }
  });
});
