// The gateway keeps a location inside HighLevel's burst budget: it queues instead of earning 429s, listens to
// X-RateLimit-Remaining, refuses at once when its queue is full, and bounds concurrent upstream requests.
import { describe, expect, it } from 'vitest';

import { graphql } from './generated/gql.js';
import { type Stack, startStack } from './helpers/stack.js';

const QUERY = graphql(`
  query LiveCallLogs($locationId: ID!, $first: Int!) {
    callLogs(locationId: $locationId, first: $first, filter: { callType: LIVE }) {
      nodes {
        id
        contact {
          name
        }
        agent {
          name
        }
      }
    }
  }
`);

async function withStack(options: Parameters<typeof startStack>[0], test: (stack: Stack) => Promise<void>) {
  const stack = await startStack(options);
  try {
    await test(stack);
  } finally {
    await stack.stop();
  }
}

function statuses(stack: Stack): number[] {
  return stack.emulator.requests.all().map((request) => request.status);
}

describe('upstream rate limiting', () => {
  it('paces a query over budget instead of earning 429s', async () => {
    await withStack(
      {
        // HighLevel (the emulator) allows 10 per 500 ms in fixed windows that start with a request; the gateway
        // spends the whole budget. Its sliding log never puts more than 10 requests into any 500 ms (plus a margin
        // for the trip), so none of HighLevel's windows, wherever they fall, gets more. The margin here is wider
        // than the default 25 ms: on a busy machine one trip can take longer than another by that much.
        emulator: { rateLimit: { max: 10, intervalMs: 500, enforce: true } },
        gateway: { rateLimit: { requests: 10, intervalMs: 500, marginMs: 150, maxQueue: 100 } },
      },
      async (stack) => {
        const started = Date.now();
        const response = await stack.query(QUERY, { locationId: stack.locationId, first: 40 });
        expect(response.errors).toBeUndefined();
        const sent = stack.emulator.requests.all().length;
        expect(sent).toBeGreaterThan(30); // more than three budgets
        expect(statuses(stack).filter((status) => status === 429)).toEqual([]);
        // The requests past the first budget waited for the next intervals.
        expect(Date.now() - started).toBeGreaterThanOrEqual(Math.floor((sent - 1) / 10) * 500 - 50);
      },
    );
  });

  it('spends what HighLevel says is already spent (X-RateLimit-Remaining)', async () => {
    await withStack(
      {
        emulator: { rateLimit: { max: 10, intervalMs: 2_000, enforce: true } },
        gateway: { rateLimit: { requests: 10, intervalMs: 2_000, maxQueue: 100 } },
      },
      async (stack) => {
        // Another client of the same app and location spends 8 of the 10 first.
        for (let index = 0; index < 8; index++) {
          const response = await fetch(
            `${stack.emulator.url}/voice-ai/agents/507f1f77bcf86cd799439013?locationId=${stack.locationId}`,
            {
              headers: { authorization: `Bearer ${stack.token}`, version: '2021-04-15' },
            },
          );
          expect(response.status).toBe(200);
        }
        stack.emulator.requests.clear();
        const response = await stack.query(QUERY, { locationId: stack.locationId, first: 3 });
        expect(response.errors).toBeUndefined();
        expect(stack.emulator.requests.all().length).toBeGreaterThan(3);
        expect(statuses(stack).filter((status) => status === 429)).toEqual([]);
      },
    );
  });

  it('answers RATE_LIMITED at once when the queue is full, nulling only what did not fit', async () => {
    await withStack({ gateway: { rateLimit: { requests: 3, intervalMs: 60_000, maxQueue: 0 } } }, async (stack) => {
      const started = Date.now();
      const response = await stack.query(QUERY, {
        locationId: stack.locationId,
        first: 10,
      });
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(response.data?.callLogs?.nodes).toHaveLength(10);
      expect(stack.emulator.requests.all()).toHaveLength(3);
      expect(response.errors?.length).toBeGreaterThan(0);
      for (const error of response.errors ?? []) {
        // When the budget frees up: a minute (and the margin) after the first request.
        expect(error.extensions).toMatchObject({ code: 'RATE_LIMITED' });
        expect(error.extensions?.['retryAfterSeconds']).toBeGreaterThanOrEqual(60);
        expect(error.extensions?.['retryAfterSeconds']).toBeLessThanOrEqual(63);
        expect(['contact', 'agent']).toContain(error.path?.at(-1));
      }
    });
  });

  it('refuses at once what could not go out before the deadline, and lets the rest wait their turn', async () => {
    await withStack(
      {
        gateway: { rateLimit: { requests: 2, intervalMs: 1_000, maxQueue: 100 }, operationDeadlineMs: 1_600 },
      },
      async (stack) => {
        const started = Date.now();
        const response = await stack.query(QUERY, { locationId: stack.locationId, first: 10 });
        const elapsed = Date.now() - started;
        // 2 requests at once, 2 more once the first 2 leave the window (1 s and its margin); the others would
        // have waited past the 1.6 s deadline, so they were refused when they asked instead of at the deadline.
        expect(stack.emulator.requests.all()).toHaveLength(4);
        expect(elapsed).toBeGreaterThanOrEqual(1_000);
        expect(elapsed).toBeLessThan(1_500);
        expect(response.errors?.length).toBeGreaterThan(0);
        for (const error of response.errors ?? []) expect(error.extensions?.['code']).toBe('RATE_LIMITED');
      },
    );
  });

  it('keeps separate budgets per credential and location', async () => {
    await withStack({ gateway: { rateLimit: { requests: 3, intervalMs: 60_000, maxQueue: 0 } } }, async (stack) => {
      const [first, second] = stack.emulator.locations;
      const one = await stack.query(`{ callLogs(locationId: "${first ?? ''}", first: 1) { totalCount } }`);
      const other = await stack.query(
        `{ callLogs(locationId: "${second ?? ''}", first: 1) { totalCount } }`,
        {},
        {
          token: stack.emulator.tokens.byLocation[second ?? ''] ?? '',
        },
      );
      expect(one.errors).toBeUndefined();
      expect(other.errors).toBeUndefined();
    });
  });

  it('bounds the upstream requests in flight at once', async () => {
    await withStack({ emulator: { latencyMs: 50 }, gateway: { maxConcurrentUpstreamRequests: 2 } }, async (stack) => {
      const response = await stack.query(QUERY, { locationId: stack.locationId, first: 10 });
      expect(response.errors).toBeUndefined();
      const inFlight = stack.emulator.requests.all().map((request) => request.inFlightAtStart);
      expect(inFlight.length).toBeGreaterThan(5);
      expect(Math.max(...inFlight)).toBeLessThanOrEqual(1);
    });
  });
});
