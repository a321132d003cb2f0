// The bodies HighLevel POSTs to a marketplace app, as its webhook docs show them. VoiceAiCallEnd is the call log flat
// at the top level with three differences from the REST CallLogDTO: it carries `locationId`, action ids are `_id`
// (not `actionId`), and there is no `isAgentDeleted`. ContactUpdate and ContactDelete are the contact flat, with
// `type` and `locationId`. Each may carry `webhookId` and `timestamp` beside the record.
import type { CallLogRecord, ContactRecord } from './types.js';

export interface WebhookEnvelope {
  /** Default: a fresh UUID; null: none (HighLevel may send none). */
  webhookId?: string | null;
  /** An ISO date or epoch milliseconds or seconds. Default: now, as an ISO date; null: none. */
  timestamp?: string | number | null;
}

export function voiceAiCallEndBody(locationId: string, log: CallLogRecord, envelope: WebhookEnvelope = {}): string {
  const { executedCallActions, ...call }: Omit<CallLogRecord, 'isAgentDeleted'> & { isAgentDeleted?: boolean } = log;
  delete call.isAgentDeleted;
  return JSON.stringify({
    type: 'VoiceAiCallEnd',
    locationId,
    ...call,
    executedCallActions: executedCallActions.map(({ actionId, ...action }) => ({ _id: actionId, ...action })),
    ...stamp(envelope),
  });
}

export function contactEventBody(
  type: 'ContactUpdate' | 'ContactDelete',
  contact: ContactRecord,
  envelope: WebhookEnvelope = {},
): string {
  // The contact's own `type` (lead, customer) would be overwritten by the event's: HighLevel's flat shape drops it.
  const { id, locationId, ...fields } = contact;
  delete fields.type;
  return JSON.stringify({ type, locationId, id, ...fields, ...stamp(envelope) });
}

function stamp({ webhookId, timestamp }: WebhookEnvelope): Record<string, string | number> {
  const envelope: Record<string, string | number> = {};
  if (webhookId !== null) envelope['webhookId'] = webhookId ?? crypto.randomUUID();
  if (timestamp !== null) envelope['timestamp'] = timestamp ?? new Date().toISOString();
  return envelope;
}
