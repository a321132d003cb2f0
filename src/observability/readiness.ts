// Readiness: the gateway is ready while it is not draining and HighLevel (or the emulator) answers at all. The probe
// is one cheap HTTP HEAD of the upstream base URL, without any credential; any HTTP status counts as reachable (a 401
// or 404 still proves the network path and the TLS handshake). Results are cached for a short while and concurrent
// checks share one probe, so polling /ready cannot be turned into a flood of upstream requests.
// Ready can be degraded: the instance serves every request, but without something it would rather have (Redis, whose
// circuit is open). A degraded instance stays ready: taking it out of rotation would not bring Redis back, and when
// Redis is shared, every instance would leave at once.
import http from 'node:http';
import https from 'node:https';

export type ReadyState =
  { ready: true; degraded?: string } | { ready: false; reason: 'draining' | 'upstream unreachable' };

/** Why the gateway serves in a degraded way right now (e.g. `redis unavailable`), or undefined when it does not. */
export type Degradation = () => string | undefined;

/** Resolves true when the upstream answered with any HTTP status; never rejects. */
export type ReachabilityProbe = () => Promise<boolean>;

const READINESS_CACHE_MS = 2_000;
const PROBE_TIMEOUT_MS = 2_000;

export class Readiness {
  private draining = false;
  private last: { reachable: boolean; at: number } | undefined;
  private pending: Promise<boolean> | undefined;

  constructor(
    private readonly probe: ReachabilityProbe,
    private readonly cacheMs = READINESS_CACHE_MS,
    private readonly degradation: Degradation = () => undefined,
  ) {}

  /** From now on the gateway reports not ready: it is shutting down. */
  startDraining(): void {
    this.draining = true;
  }

  get isDraining(): boolean {
    return this.draining;
  }

  async check(): Promise<ReadyState> {
    // Draining may begin while the probe runs: it wins either way.
    const reachable = !this.draining && (await this.upstreamReachable());
    if (this.draining) return { ready: false, reason: 'draining' };
    if (!reachable) return { ready: false, reason: 'upstream unreachable' };
    const degraded = this.degradation();
    return degraded === undefined ? { ready: true } : { ready: true, degraded };
  }

  private upstreamReachable(): Promise<boolean> {
    if (this.last !== undefined && Date.now() - this.last.at < this.cacheMs)
      return Promise.resolve(this.last.reachable);
    this.pending ??= this.probe()
      .catch(() => false)
      .then((reachable) => {
        this.last = { reachable, at: Date.now() };
        this.pending = undefined;
        return reachable;
      });
    return this.pending;
  }
}

/** A HEAD request to `baseUrl` on a fresh connection (not the upstream clients' pool), bounded by `timeoutMs`. */
export function httpReachabilityProbe(baseUrl: string, timeoutMs = PROBE_TIMEOUT_MS): ReachabilityProbe {
  const url = new URL(baseUrl);
  const request = url.protocol === 'https:' ? https.request : http.request;
  return () =>
    new Promise<boolean>((resolve) => {
      const probe = request(
        url,
        { method: 'HEAD', agent: false, signal: AbortSignal.timeout(timeoutMs) },
        (response) => {
          resolve(true);
          response.resume();
          probe.destroy();
        },
      );
      probe.once('error', () => {
        resolve(false);
      });
      probe.end();
    });
}
