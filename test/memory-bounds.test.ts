// What a gateway keeps per credential is bounded by configuration, in bytes: many tenants, each with a credential of
// its own (tokens minted by the emulator), fill the in-process caches up to their bounds and no further, and the
// bound counts memory, not characters (a string of non-Latin-1 text takes two bytes per character).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createMemoryStore } from '../src/cache-store.js';
import { inParallel } from './helpers/parallel.js';
import { type Stack, startStack } from './helpers/stack.js';

const DASHBOARD = `query ($locationId: ID!) {
  callLogs(locationId: $locationId, first: 50) { nodes { id summary contact { id name } agent { id name } } }
}`;
const REFERENCE_BYTES = 256 * 1024;
const RESPONSE_BYTES = 512 * 1024;
const TENANTS = 30;

describe('the in-process caches under many credentials', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({
      gateway: {
        cache: { maxEntries: 1_000_000, maxBytes: REFERENCE_BYTES },
        responseCache: true,
        responseCacheBytes: RESPONSE_BYTES,
      },
    });
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('stay within their bounds in bytes, whatever the number of credentials', async () => {
    const tokens = Array.from({ length: TENANTS }, () => stack.emulator.mintToken(stack.locationId));
    await inParallel(TENANTS, 4, async (index) => {
      const response = await stack.query(DASHBOARD, { locationId: stack.locationId }, { token: tokens[index] });
      expect(response.errors).toBeUndefined();
    });
    const metrics = await (await fetch(new URL('/metrics', stack.gateway.url))).text();
    const memory = (cache: string) =>
      Number(new RegExp(`^gateway_cache_memory_bytes\\{cache="${cache}"\\} (\\d+)$`, 'm').exec(metrics)?.[1]);
    // Full (thirty dashboards hold more than either bound), and not past the bound.
    expect(memory('reference')).toBeGreaterThan(REFERENCE_BYTES / 2);
    expect(memory('reference')).toBeLessThanOrEqual(REFERENCE_BYTES);
    expect(memory('response')).toBeGreaterThan(RESPONSE_BYTES / 2);
    expect(memory('response')).toBeLessThanOrEqual(RESPONSE_BYTES);
  });
});

describe('an in-process store', () => {
  it('counts two bytes per character, so non-Latin-1 text cannot take twice its bound', async () => {
    const store = createMemoryStore({ maxBytes: 10_000 });
    const text = '語'.repeat(2_000);
    for (let index = 0; index < 5; index++) await store.set(`key-${String(index)}`, text);
    const kept = (await Promise.all([0, 1, 2, 3, 4].map((index) => store.get(`key-${String(index)}`)))).filter(
      (value) => value !== undefined,
    );
    expect(kept).toHaveLength(2);
    expect(store.bytes()).toBeLessThanOrEqual(10_000);
  });
});
