// One webhook, from raw bytes to its effect, in order: the signature over the raw body (401 when it does not verify),
// the body read as a JSON object (400), the timestamp (stale: refused, but answered 200), the event type (other
// types: 200, counted), duplicates (200, delivered once), then its effect: a call log published to its location's
// subscribers, or a contact invalidated in the reference cache for every credential. Once a webhook is verified and
// accepted it is answered 200 even if its effect fails (that failure is logged): HighLevel would otherwise send it
// again, and pause a URL whose deliveries keep failing.
import type { ReferenceCache } from '../cache.js';
import { type ErrorCode, errorResponseBody } from '../errors.js';
import { isRecord } from '../guards.js';
import type { Logger } from '../observability/logger.js';
import type { GatewayMetrics, WebhookDetail } from '../observability/metrics.js';
import type { WebhookSettings } from '../settings.js';
import { deduplicationKeys, type WebhookDeduplicator } from './deduplication.js';
import type { LiveEvents } from './events.js';
import { WebhookVerifier } from './signature.js';
import { readWebhook, timestampOf, type Webhook, webhookIdOf } from './webhook-payloads.js';

/** What the endpoint answers. A verified webhook's `outcome` says what became of it. */
export interface WebhookAnswer {
  status: number;
  body: { outcome: 'delivered' | 'duplicate' | 'ignored' | 'stale' } | ReturnType<typeof errorResponseBody>;
}

/** A flood of refused requests is logged once a minute per reason, and counted every time. */
const REFUSAL_REPORT_INTERVAL_MS = 60_000;

export interface WebhookReceiverDependencies {
  settings: WebhookSettings;
  events: LiveEvents;
  referenceCache: ReferenceCache | undefined;
  deduplicator: WebhookDeduplicator;
  metrics: GatewayMetrics;
  logger: Logger;
}

export class WebhookReceiver {
  private readonly verifier: WebhookVerifier;
  private readonly lastReported = new Map<string, number>();

  constructor(private readonly dependencies: WebhookReceiverDependencies) {
    this.verifier = new WebhookVerifier(dependencies.settings.publicKey, dependencies.settings.rsaPublicKey);
  }

  async receive(raw: Buffer, headers: Readonly<Record<string, string | string[] | undefined>>): Promise<WebhookAnswer> {
    const { metrics, logger, settings } = this.dependencies;
    const verification = this.verifier.verify(raw, headers);
    if (!verification.verified) {
      return this.refuse(
        'signature',
        401,
        'UNAUTHENTICATED',
        verification.reason,
        'The webhook is not signed by HighLevel.',
      );
    }
    const body = parseObject(raw);
    if (body === undefined) {
      return this.refuse(
        'not_json',
        400,
        'BAD_REQUEST',
        'body is not a JSON object',
        'The webhook body is not a JSON object.',
      );
    }
    const timestamp = timestampOf(body);
    if (timestamp !== undefined && Math.abs(Date.now() - timestamp) > settings.maxAgeMs) {
      // Answered 200: sent again, it would only be staler. Counted, and not delivered.
      metrics.webhook('refused', 'stale');
      this.report('stale', { timestamp: new Date(timestamp).toISOString() });
      return { status: 200, body: { outcome: 'stale' } };
    }
    const webhook = readWebhook(body);
    if (webhook.kind === 'other' || webhook.kind === 'incomplete') {
      const detail: WebhookDetail = webhook.kind === 'other' ? 'other' : 'incomplete';
      metrics.webhook('ignored', detail);
      logger.debug({ webhook: typeName(body['type']), detail }, 'webhook ignored');
      return { status: 200, body: { outcome: 'ignored' } };
    }
    const webhookId = webhookIdOf(body);
    const keys = deduplicationKeys(
      webhookId,
      webhook.kind === 'callEnded' ? { locationId: webhook.locationId, id: webhook.callLog.id } : undefined,
    );
    // Every key is claimed, even when one is already taken: a resend under this webhookId must meet it too.
    const firsts = await Promise.all(keys.map((key) => this.dependencies.deduplicator.firstArrival(key)));
    if (!firsts.every(Boolean)) {
      metrics.webhook('duplicate', webhook.type);
      logger.debug({ webhook: webhook.type, webhookId }, 'webhook duplicate: delivered before');
      return { status: 200, body: { outcome: 'duplicate' } };
    }
    metrics.webhook('verified', webhook.type);
    await this.act(webhook, webhookId, verification.scheme);
    return { status: 200, body: { outcome: 'delivered' } };
  }

  private async act(webhook: Extract<Webhook, { locationId: string }>, webhookId: string | undefined, scheme: string) {
    const { events, referenceCache, logger } = this.dependencies;
    const about = { webhook: webhook.type, locationId: webhook.locationId, webhookId, signature: scheme };
    try {
      if (webhook.kind === 'callEnded') {
        const { locationId, callLog } = webhook;
        await events.publish({ kind: 'callLogCreated', locationId, callLog, ...(webhookId ? { webhookId } : {}) });
        logger.info({ ...about, callLogId: callLog.id }, 'webhook: call log published');
      } else {
        await referenceCache?.invalidate('contact', webhook.locationId, webhook.contactId);
        logger.info({ ...about, contactId: webhook.contactId }, 'webhook: contact invalidated in the cache');
      }
    } catch (error) {
      logger.error({ ...about, err: error }, 'webhook accepted, but its effect failed');
    }
  }

  private refuse(
    reason: 'signature' | 'not_json',
    status: number,
    code: ErrorCode,
    why: string,
    message: string,
  ): WebhookAnswer {
    this.dependencies.metrics.webhook('refused', reason);
    this.report(reason, { why });
    return { status, body: errorResponseBody(code, message) };
  }

  /** Warns once a minute per reason (the rest at debug): a misconfigured key shows, a flood does not fill the log. */
  private report(reason: string, fields: Record<string, unknown>): void {
    const now = Date.now();
    const level = now - (this.lastReported.get(reason) ?? -Infinity) >= REFUSAL_REPORT_INTERVAL_MS ? 'warn' : 'debug';
    if (level === 'warn') this.lastReported.set(reason, now);
    this.dependencies.logger[level]({ reason, ...fields }, 'webhook refused');
  }
}

function parseObject(raw: Buffer): Record<string, unknown> | undefined {
  try {
    const body: unknown = JSON.parse(raw.toString('utf8'));
    return isRecord(body) ? body : undefined;
  } catch {
    // Not JSON, or nested past what JSON.parse can read.
    return undefined;
  }
}

/** A type name fit for a log line (HighLevel's types are short words). */
function typeName(type: unknown): string | undefined {
  return typeof type === 'string' && /^\w{1,64}$/.test(type) ? type : undefined;
}
