// POSTs webhook bodies, signed, to the configured targets, as HighLevel does to a marketplace app's webhook URL. Each
// target is reported on its own (a status, or why it could not be reached): a target that fails never stops the
// others. Sends still running when the emulator stops are awaited, so that nothing arrives after stop().
import { type WebhookSigner, type WebhookSigning } from './webhook-signing.js';

export interface WebhookDelivery {
  url: string;
  /** The target's HTTP status. */
  status?: number;
  /** Why the target gave no status (refused, timed out). */
  error?: string;
}

/** How long one delivery may take; HighLevel's own timeout is of the same order. */
const DELIVERY_TIMEOUT_MS = 10_000;
const MAX_TARGETS = 20;

export class WebhookTargetError extends Error {}

export class WebhookSender {
  private current: readonly string[] = [];
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(private readonly signer: WebhookSigner) {}

  targets(): string[] {
    return [...this.current];
  }

  /** Replaces the targets; throws WebhookTargetError unless each is an http(s) URL. */
  setTargets(urls: unknown): void {
    if (!Array.isArray(urls) || urls.length > MAX_TARGETS || !urls.every(isHttpUrl)) {
      throw new WebhookTargetError(`Send { "targets": [<http(s) URL>, …] } (at most ${MAX_TARGETS}).`);
    }
    this.current = [...urls];
  }

  /** POSTs `body` (sent byte for byte, so a resend is a true duplicate) to every target. */
  send(body: string, signing?: WebhookSigning): Promise<WebhookDelivery[]> {
    const headers = { 'content-type': 'application/json', ...this.signer.headers(body, signing) };
    const sending = Promise.all(this.current.map((url) => deliver(url, body, headers)));
    this.inFlight.add(sending);
    return sending.finally(() => this.inFlight.delete(sending));
  }

  async settled(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }
}

async function deliver(url: string, body: string, headers: Record<string, string>): Promise<WebhookDelivery> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
    await response.arrayBuffer().catch(() => undefined);
    return { url, status: response.status };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    return { url, error: cause instanceof Error ? cause.message : String(cause) };
  }
}

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const protocol = URL.parse(value)?.protocol;
  return protocol === 'http:' || protocol === 'https:';
}
