import { generateKeyPairSync } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { ConfigError, loadConfig } from '../src/config.js';
import { drainSchedule, minimumDrainMs } from '../src/drain.js';
import { HIGHLEVEL_WEBHOOK_PUBLIC_KEY } from '../src/settings.js';

describe('loadConfig', () => {
  it('defaults to port 4000 on the embedded emulator', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, highLevelApiUrl: null, production: false });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("sets V8's heap growing factor to 100% unless HEAP_GROWTH_PERCENT says otherwise (0: V8's own)", () => {
    expect(loadConfig({}).heapGrowthPercent).toBe(100);
    expect(loadConfig({ HEAP_GROWTH_PERCENT: '0' }).heapGrowthPercent).toBe(0);
    expect(loadConfig({ HEAP_GROWTH_PERCENT: '50' }).heapGrowthPercent).toBe(50);
    expect(() => loadConfig({ HEAP_GROWTH_PERCENT: '-5' })).toThrow(/HEAP_GROWTH_PERCENT/);
    expect(() => loadConfig({ HEAP_GROWTH_PERCENT: '5' })).toThrow(/HEAP_GROWTH_PERCENT must be 0 .* or at least 10/);
  });

  it('takes the real API from HIGHLEVEL_API_URL', () => {
    expect(loadConfig({ HIGHLEVEL_API_URL: 'https://services.leadconnectorhq.com/' }).highLevelApiUrl).toBe(
      'https://services.leadconnectorhq.com',
    );
  });

  it('names every bad value in one error', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', HIGHLEVEL_API_URL: 'ftp://x', UPSTREAM_RETRIES: '-1' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toHaveLength(3);
    expect((error as ConfigError).message).toMatch(/PORT must be an integer/);
    expect((error as ConfigError).message).toMatch(/HIGHLEVEL_API_URL must be an http\(s\) URL/);
  });

  it('bounds an upstream response at 8 MiB unless UPSTREAM_MAX_RESPONSE_BYTES says otherwise', () => {
    expect(loadConfig({}).upstreamMaxResponseBytes).toBe(8 * 1024 * 1024);
    expect(loadConfig({ UPSTREAM_MAX_RESPONSE_BYTES: '1048576' }).upstreamMaxResponseBytes).toBe(1_048_576);
    expect(() => loadConfig({ UPSTREAM_MAX_RESPONSE_BYTES: '1000' })).toThrow(/UPSTREAM_MAX_RESPONSE_BYTES/);
  });

  it('makes a drain outlast an operation: the defaults agree, and a drain too short for the deadline is refused', () => {
    const defaults = loadConfig({});
    expect(defaults.shutdownTimeoutMs).toBeGreaterThanOrEqual(minimumDrainMs(defaults.operationDeadlineMs));
    expect(drainSchedule(defaults.shutdownTimeoutMs).cutShortAtMs).toBeGreaterThanOrEqual(defaults.operationDeadlineMs);
    expect(() => loadConfig({ SHUTDOWN_TIMEOUT_MS: '10000' })).toThrow(
      /SHUTDOWN_TIMEOUT_MS must be at least 32000 with OPERATION_DEADLINE_MS=30000, got 10000/,
    );
    // A shorter drain with a shorter deadline: the schedule still waits out the deadline.
    const short = loadConfig({ SHUTDOWN_TIMEOUT_MS: '5000', OPERATION_DEADLINE_MS: '4000' });
    expect(drainSchedule(short.shutdownTimeoutMs).cutShortAtMs).toBe(4000);
    expect(() => loadConfig({ SHUTDOWN_TIMEOUT_MS: '4999', OPERATION_DEADLINE_MS: '4000' })).toThrow(/at least 5000/);
  });

  it('reads the admission bound and the HTTP timeouts, headers within the request', () => {
    expect(loadConfig({})).toMatchObject({
      maxConcurrentOperations: 100,
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
    });
    expect(
      loadConfig({ MAX_CONCURRENT_OPERATIONS: '50', HEADERS_TIMEOUT_MS: '5000', REQUEST_TIMEOUT_MS: '5000' }),
    ).toMatchObject({ maxConcurrentOperations: 50, headersTimeoutMs: 5_000, requestTimeoutMs: 5_000 });
    expect(() => loadConfig({ MAX_CONCURRENT_OPERATIONS: '0' })).toThrow(
      /MAX_CONCURRENT_OPERATIONS must be an integer/,
    );
    expect(() => loadConfig({ HEADERS_TIMEOUT_MS: '20000', REQUEST_TIMEOUT_MS: '10000' })).toThrow(
      /HEADERS_TIMEOUT_MS \(20000\) must not be longer than REQUEST_TIMEOUT_MS/,
    );
  });

  it('bounds Redis round trips and sizes the in-process cache tiers, with defaults and checked values', () => {
    const defaults = loadConfig({});
    expect(defaults.redis).toEqual({ commandTimeoutMs: 200, failureThreshold: 5, coolDownMs: 2_000 });
    expect(defaults.localCacheTtlMs).toBe(5_000);
    expect(defaults.responseCacheBytes).toBe(64 * 1024 * 1024);
    const set = loadConfig({
      REDIS_COMMAND_TIMEOUT_MS: '50',
      REDIS_CIRCUIT_FAILURES: '3',
      REDIS_CIRCUIT_COOLDOWN_MS: '10000',
      CACHE_LOCAL_TTL_MS: '1000',
      RESPONSE_CACHE_MB: '8',
    });
    expect(set.redis).toEqual({ commandTimeoutMs: 50, failureThreshold: 3, coolDownMs: 10_000 });
    expect(set.localCacheTtlMs).toBe(1_000);
    expect(set.responseCacheBytes).toBe(8 * 1024 * 1024);
    expect(() => loadConfig({ REDIS_COMMAND_TIMEOUT_MS: '0', REDIS_CIRCUIT_FAILURES: 'many' })).toThrow(
      /REDIS_COMMAND_TIMEOUT_MS[\s\S]*REDIS_CIRCUIT_FAILURES/,
    );
  });

  it('bounds callStatistics at 100 upstream requests and 92 days unless STATISTICS_* say otherwise', () => {
    expect(loadConfig({}).statistics).toEqual({ maxUpstreamRequests: 100, maxRangeDays: 92 });
    expect(loadConfig({ STATISTICS_MAX_UPSTREAM_REQUESTS: '40', STATISTICS_MAX_RANGE_DAYS: '31' }).statistics).toEqual({
      maxUpstreamRequests: 40,
      maxRangeDays: 31,
    });
    expect(() => loadConfig({ STATISTICS_MAX_UPSTREAM_REQUESTS: '0' })).toThrow(/STATISTICS_MAX_UPSTREAM_REQUESTS/);
    expect(() => loadConfig({ STATISTICS_MAX_RANGE_DAYS: 'a quarter' })).toThrow(/STATISTICS_MAX_RANGE_DAYS/);
  });

  it("ends the embedded emulator's calls now unless EMULATOR_BASE_DATE names a date", () => {
    expect(loadConfig({}).emulatorBaseDate).toBeNull();
    expect(loadConfig({ EMULATOR_BASE_DATE: '2025-11-01' }).emulatorBaseDate?.toISOString()).toBe(
      '2025-11-01T00:00:00.000Z',
    );
    expect(() => loadConfig({ EMULATOR_BASE_DATE: 'yesterday' })).toThrow(/EMULATOR_BASE_DATE must be an ISO 8601/);
  });

  it('turns introspection and Sandbox off in production unless asked, and reads CORS origins', () => {
    expect(loadConfig({})).toMatchObject({ introspection: true, landingPage: true, corsOrigins: [], safelist: false });
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ introspection: false, landingPage: false });
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'on', SANDBOX: 'on' })).toMatchObject({
      introspection: true,
      landingPage: true,
    });
    expect(loadConfig({ CORS_ORIGINS: 'https://app.example.com, http://localhost:5173' }).corsOrigins).toEqual([
      'https://app.example.com',
      'http://localhost:5173',
    ]);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://app.example.com/path,*' })).toThrow(
      /CORS_ORIGINS must list origins/,
    );
  });

  it('serves the dashboard outside production unless DASHBOARD=off, and in production only with DASHBOARD=on', () => {
    expect(loadConfig({}).dashboard).toBe(true);
    expect(loadConfig({ DASHBOARD: 'off' }).dashboard).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).dashboard).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DASHBOARD: 'on' }).dashboard).toBe(true);
    expect(() => loadConfig({ DASHBOARD: 'maybe' })).toThrow(/DASHBOARD/);
  });

  it('refuses service-token mode without a way to verify callers', () => {
    expect(() => loadConfig({ AUTH_MODE: 'service' })).toThrow(
      /HIGHLEVEL_SERVICE_TOKEN is required[\s\S]*JWT_SECRET[\s\S]*JWT_ISSUER/,
    );
    const config = loadConfig({
      AUTH_MODE: 'service',
      HIGHLEVEL_SERVICE_TOKEN: 'pit-123',
      JWT_SECRET: 'x'.repeat(32),
      JWT_ISSUER: 'https://auth.example.com',
      JWT_AUDIENCE: 'call-log-gateway',
    });
    expect(config.auth).toMatchObject({
      mode: 'service',
      locationsClaim: 'locations',
      issuer: 'https://auth.example.com',
    });
    expect(() => loadConfig({ AUTH_MODE: 'sometimes' })).toThrow(/AUTH_MODE must be/);
  });

  it("verifies webhooks with HighLevel's Ed25519 key unless told another, in any of the ways an environment holds a PEM", () => {
    expect(loadConfig({}).webhooks).toMatchObject({ publicKey: HIGHLEVEL_WEBHOOK_PUBLIC_KEY, rsaPublicKey: null });
    expect(HIGHLEVEL_WEBHOOK_PUBLIC_KEY).toContain('MCowBQYDK2VwAyEAi2HR1srL4o18O8BRa7gVJY7G7bupbN3H9AwJrHCDiOg=');
    const pem = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const base64 = pem
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('-----'))
      .join('');
    for (const written of [pem, pem.replaceAll('\n', '\\n'), base64, `  ${pem}  `]) {
      const { webhooks } = loadConfig({ HIGHLEVEL_WEBHOOK_PUBLIC_KEY: written });
      expect(webhooks && webhooks.publicKey).toBe(pem);
    }
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' });
    const withRsa = loadConfig({ HIGHLEVEL_WEBHOOK_RSA_PUBLIC_KEY: rsa.toString().replaceAll('\n', '\\n') });
    expect(withRsa.webhooks && withRsa.webhooks.rsaPublicKey).toBe(rsa.toString());
    expect(() =>
      loadConfig({ HIGHLEVEL_WEBHOOK_PUBLIC_KEY: rsa.toString(), HIGHLEVEL_WEBHOOK_RSA_PUBLIC_KEY: 'not a key' }),
    ).toThrow(/HIGHLEVEL_WEBHOOK_PUBLIC_KEY must be an Ed25519[\s\S]*HIGHLEVEL_WEBHOOK_RSA_PUBLIC_KEY must be an RSA/);
    expect(loadConfig({ WEBHOOKS: 'off' }).webhooks).toBe(false);
    expect(() => loadConfig({ WEBHOOKS: 'no' })).toThrow(/WEBHOOKS must be "on" or "off"/);
  });

  it('polls watched locations every 15 s and re-checks access every 5 minutes, unless told otherwise (0: off)', () => {
    expect(loadConfig({})).toMatchObject({ livePollIntervalMs: 15_000, liveAccessRecheckMs: 300_000 });
    expect(loadConfig({ LIVE_POLL_INTERVAL_MS: '0', LIVE_ACCESS_RECHECK_MS: '60000' })).toMatchObject({
      livePollIntervalMs: 0,
      liveAccessRecheckMs: 60_000,
    });
    expect(() => loadConfig({ LIVE_POLL_INTERVAL_MS: '200', LIVE_ACCESS_RECHECK_MS: 'soon' })).toThrow(
      /LIVE_POLL_INTERVAL_MS must be 0 \(off\) or at least 1000, got 200[\s\S]*LIVE_ACCESS_RECHECK_MS must be an integer/,
    );
  });

  it('has the embedded emulator place a call every 20 s unless EMULATOR_CALL_INTERVAL_MS says otherwise', () => {
    expect(loadConfig({}).emulatorCallIntervalMs).toBe(20_000);
    expect(loadConfig({ EMULATOR_CALL_INTERVAL_MS: '0' }).emulatorCallIntervalMs).toBe(0);
    expect(() => loadConfig({ EMULATOR_CALL_INTERVAL_MS: 'often' })).toThrow(/EMULATOR_CALL_INTERVAL_MS/);
  });
});
