// An upstream GET identical to one already in flight for the same credential (same API family, path and query) waits
// for that one's answer instead of being sent again, as Apollo Router de-duplicates subgraph queries: twenty users
// opening one dashboard at once cost one list. Only HighLevel's definitive answers are shared.
import { GraphQLError } from 'graphql';

/** What the de-duplication reports (implemented by the gateway's metrics). */
export interface DeduplicationObserver {
  /** A GET answered by joining an identical one already in flight. */
  upstreamDeduplicated(route: string): void;
}

/** Two GETs are the same request when the same credential asks the same URL (path and query) of the same API family. */
interface InflightGet {
  credentialKey: string;
  family: string;
  path: string;
  params: Record<string, string | number>;
  /** Route id for metrics, e.g. `contacts.get`; not part of what makes two GETs the same. */
  route: string;
}

/** How many requests in flight one GET may join (the first, then one resent after a failure) before sending its own. */
const MAX_JOINS = 2;

export class InflightGets {
  /** GETs in flight, by credential hash and URL: same credential and URL, same answer. */
  private readonly inflight = new Map<string, Promise<unknown>>();

  constructor(private readonly observer?: DeduplicationObserver) {}

  /**
   * The answer of an identical GET in flight, or else of `send`, which others may join while it runs. `send` is
   * called only when this caller sends the request itself, so a joined request is charged to no caller's operation.
   */
  async join(get: InflightGet, send: () => Promise<unknown>): Promise<unknown> {
    const query = new URLSearchParams(sortedEntries(get.params)).toString();
    const key = `${get.credentialKey} ${get.family} ${get.path}?${query}`;
    // A failed request that was not shared is sent again by one of those who joined it; the others join that one.
    for (let joins = 0; joins < MAX_JOINS; joins++) {
      const running = this.inflight.get(key);
      if (!running) break;
      try {
        const body = await running;
        this.observer?.upstreamDeduplicated(get.route);
        return body;
      } catch (error) {
        // HighLevel's definitive answer (a 404, a 403) is this caller's too. A failure another attempt may not
        // meet (a 5xx or 429 after the first caller's retries, a timeout) or that was the first caller's own (its
        // deadline, its place in the rate limiter) is not: this caller tries again, as it would have alone.
        if (isDefinitiveAnswer(error)) {
          this.observer?.upstreamDeduplicated(get.route);
          throw error;
        }
      }
    }
    const pending = send();
    if (!this.inflight.has(key)) {
      this.inflight.set(key, pending);
      const forget = () => {
        if (this.inflight.get(key) === pending) this.inflight.delete(key);
      };
      pending.then(forget, forget);
    }
    return pending;
  }
}

function sortedEntries(params: Record<string, string | number>): [string, string][] {
  return Object.keys(params)
    .sort()
    .map((name) => [name, String(params[name])]);
}

/** HighLevel refused the request itself (400, 401, 403, 404, 422…): asking again gets the same answer. */
function isDefinitiveAnswer(error: unknown): boolean {
  const status = error instanceof GraphQLError ? error.extensions['upstreamStatus'] : undefined;
  return typeof status === 'number' && status >= 400 && status < 500 && status !== 408 && status !== 429;
}
