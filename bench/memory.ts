// Memory under many tenants, the two bounds:
// - credentials: cold dashboards, each with a credential never seen before (a token minted by the emulator), a few at
//   a time; the gateway's RSS (after a full GC) at each checkpoint. Every per-credential structure is bounded, so RSS
//   must level off instead of growing with the number of credentials.
// - concurrent dashboards: that many cold dashboards sent at once, each with its own credential; the peak RSS, and
//   how many were answered 503 (admission control) instead of served.
// The emulator and the gateway run in their own processes (bench/emulator-child.ts, bench/server-child.ts).
import { type Child, startChild } from './ipc.js';
import type { ProcessStats } from './process-stats.js';

const MIB = 1024 * 1024;

export interface CredentialCheckpoint {
  credentials: number;
  /** After a full GC. */
  rssMiB: number;
  heapUsedMiB: number;
}

export interface CredentialsResult {
  credentials: number;
  concurrency: number;
  checkpoints: CredentialCheckpoint[];
  /** RSS growth per credential between the second checkpoint and the last, in KiB (0: flat). */
  kibPerCredential: number;
  failed: number;
}

export interface ConcurrentResult {
  dashboards: number;
  label: string;
  peakRssMiB: number;
  /** Whole dashboards (200, no errors). */
  served: number;
  /** Refused at once by admission control (503). */
  refused: number;
  /** Anything else: errors, other statuses, no answer. */
  failed: number;
  seconds: number;
}

interface Stack {
  emulator: Child;
  gateway: Child;
  gatewayUrl: string;
  emulatorUrl: string;
  locationId: string;
}

async function startStack(build: string, latencyMs: number, gatewayOptions: Record<string, unknown>): Promise<Stack> {
  const { child: emulator, ready } = await startChild(`${build}bench/emulator-child.js`, [String(latencyMs)]);
  const emulatorUrl = String(ready['url']);
  const { child: gateway, ready: gatewayReady } = await startChild(
    `${build}bench/server-child.js`,
    ['gateway', emulatorUrl],
    { NODE_ENV: 'production', BENCH_GATEWAY_OPTIONS: JSON.stringify(gatewayOptions) },
  );
  return {
    emulator,
    gateway,
    gatewayUrl: String(gatewayReady['url']),
    emulatorUrl,
    locationId: String(ready['locationId']),
  };
}

async function stopStack(stack: Stack): Promise<void> {
  await stack.gateway.stop();
  await stack.emulator.stop();
}

/** A token the emulator has never handed out before: a new tenant of the location. */
async function mintToken(stack: Stack): Promise<string> {
  const response = await fetch(`${stack.emulatorUrl}/__emulator/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ locationId: stack.locationId }),
  });
  if (!response.ok) throw new Error(`the emulator minted no token (${response.status})`);
  return ((await response.json()) as { token: string }).token;
}

type Outcome = 'served' | 'refused' | 'failed';

async function dashboard(stack: Stack, document: string, token: string): Promise<Outcome> {
  try {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: document, variables: { locationId: stack.locationId } }),
      signal: AbortSignal.timeout(60_000),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (response.status === 503) return 'refused';
    return response.status === 200 && body.errors === undefined ? 'served' : 'failed';
  } catch {
    return 'failed';
  }
}

export async function measureCredentials(options: {
  build: string;
  document: string;
  credentials: number;
  checkpoints: number;
  concurrency: number;
}): Promise<CredentialsResult> {
  const stack = await startStack(options.build, 0, {});
  try {
    const checkpoints: CredentialCheckpoint[] = [];
    const step = Math.ceil(options.credentials / options.checkpoints);
    let next = 0;
    let failed = 0;
    for (let done = 0; done < options.credentials;) {
      const until = Math.min(options.credentials, done + step);
      const worker = async () => {
        while (next < until) {
          next++;
          if ((await dashboard(stack, options.document, await mintToken(stack))) !== 'served') failed++;
        }
      };
      await Promise.all(Array.from({ length: options.concurrency }, worker));
      done = until;
      // The emulator's request log is its own memory, not the gateway's: drained at each checkpoint.
      await stack.emulator.ask({ type: 'mark' });
      const stats = await stack.gateway.ask<ProcessStats>({ type: 'settle' });
      checkpoints.push({ credentials: done, rssMiB: stats.rss / MIB, heapUsedMiB: stats.heapUsed / MIB });
    }
    const from = checkpoints[1] ?? checkpoints[0];
    const to = checkpoints.at(-1);
    const kibPerCredential =
      from && to && to.credentials > from.credentials
        ? ((to.rssMiB - from.rssMiB) * 1024) / (to.credentials - from.credentials)
        : 0;
    return {
      credentials: options.credentials,
      concurrency: options.concurrency,
      checkpoints,
      kibPerCredential,
      failed,
    };
  } finally {
    await stopStack(stack);
  }
}

export async function measureConcurrent(options: {
  build: string;
  document: string;
  dashboards: number;
  latencyMs: number;
  label: string;
  gatewayOptions: Record<string, unknown>;
}): Promise<ConcurrentResult> {
  const stack = await startStack(options.build, options.latencyMs, options.gatewayOptions);
  try {
    const tokens: string[] = [];
    for (let index = 0; index < options.dashboards; index++) tokens.push(await mintToken(stack));
    await stack.gateway.ask({ type: 'resetPeak' });
    const started = performance.now();
    const outcomes = await Promise.all(tokens.map((token) => dashboard(stack, options.document, token)));
    const seconds = (performance.now() - started) / 1000;
    const stats = await stack.gateway.ask<ProcessStats>({ type: 'stats' });
    const count = (outcome: Outcome) => outcomes.filter((entry) => entry === outcome).length;
    return {
      dashboards: options.dashboards,
      label: options.label,
      peakRssMiB: stats.peakRss / MIB,
      served: count('served'),
      refused: count('refused'),
      failed: count('failed'),
      seconds,
    };
  } finally {
    await stopStack(stack);
  }
}
