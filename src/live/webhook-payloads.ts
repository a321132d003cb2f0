// What a verified webhook body says. HighLevel posts the record flat at the top level, with `type` beside it, or not:
// VoiceAiCallEnd may come without `type`, and is then known by its shape (a call log with a locationId). Its call
// log becomes the REST CallLogDTO: action ids `_id` become `actionId`, `isAgentDeleted` is derived (below), the
// envelope (type, locationId, webhookId, timestamp) goes, and third parties' secrets are masked before anything
// stores, publishes or logs it.
import { isHighLevelId, isNestedDeeper, isRecord } from '../guards.js';
import { redactSecrets } from '../resolvers/secrets.js';
import type { CallLogDto } from '../upstream/dto.js';

/** The event types the gateway acts on; every other type is answered 200 and counted. */
type HandledType = 'VoiceAiCallEnd' | 'ContactUpdate' | 'ContactDelete';

export type Webhook =
  | { kind: 'callEnded'; type: 'VoiceAiCallEnd'; locationId: string; callLog: CallLogDto }
  | { kind: 'contactChanged'; type: 'ContactUpdate' | 'ContactDelete'; locationId: string; contactId: string }
  /** A handled type without the ids it needs (or ids that are no HighLevel ids). */
  | { kind: 'incomplete'; type: HandledType }
  | { kind: 'other' };

const ENVELOPE = new Set(['type', 'locationId', 'webhookId', 'timestamp']);
/** As deep as any value a query may read (src/resolvers/upstream-values.ts); masking walks it recursively. */
export const MAX_CALL_LOG_DEPTH = 100;

export function readWebhook(body: Record<string, unknown>): Webhook {
  const type = body['type'] ?? (looksLikeCallLog(body) ? 'VoiceAiCallEnd' : undefined);
  if (type !== 'VoiceAiCallEnd' && type !== 'ContactUpdate' && type !== 'ContactDelete') return { kind: 'other' };
  const locationId = body['locationId'];
  const id = body['id'];
  if (!isHighLevelId(locationId) || !isHighLevelId(id) || isNestedDeeper(body, MAX_CALL_LOG_DEPTH)) {
    return { kind: 'incomplete', type };
  }
  if (type !== 'VoiceAiCallEnd') return { kind: 'contactChanged', type, locationId, contactId: id };
  return { kind: 'callEnded', type, locationId, callLog: toCallLogDto(body) };
}

/** HighLevel's id of the delivery, when it sent one. */
export function webhookIdOf(body: Record<string, unknown>): string | undefined {
  const id = body['webhookId'];
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/**
 * `timestamp` as epoch ms: an ISO date, or a number of milliseconds (or of seconds, when too small to be ms).
 * Undefined when absent or unreadable: HighLevel does not always send it, and a body it signed is not refused for it.
 */
export function timestampOf(body: Record<string, unknown>): number | undefined {
  const value = body['timestamp'];
  let ms: number | undefined;
  if (typeof value === 'number') ms = value < 1e11 ? value * 1000 : value;
  else if (typeof value === 'string')
    ms = /^\d+$/.test(value) ? timestampOf({ timestamp: Number(value) }) : Date.parse(value);
  return ms !== undefined && Number.isFinite(ms) ? ms : undefined;
}

function looksLikeCallLog(body: Record<string, unknown>): boolean {
  return 'locationId' in body && 'id' in body && ('executedCallActions' in body || 'agentId' in body);
}

/**
 * `isAgentDeleted` is derived, not invented: HighLevel sends VoiceAiCallEnd when the agent's call ends, so the agent
 * has not "since been deleted" (the field's meaning) when the event is published. A later read of the call log
 * through the REST API says whether it has been deleted since.
 */
function toCallLogDto(body: Record<string, unknown>): CallLogDto {
  const log: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) if (!ENVELOPE.has(name)) log[name] = value;
  const actions = log['executedCallActions'];
  if (Array.isArray(actions)) log['executedCallActions'] = actions.map(restAction);
  log['isAgentDeleted'] = false;
  return eventCallLog(log);
}

/**
 * A call log as a live event carries it, whoever found it (a webhook, a poll): third parties' secrets masked, as the
 * REST path masks them, and frozen, since every subscriber of the location reads the same object. Masking walks the
 * log recursively: the caller has checked that it nests no deeper than MAX_CALL_LOG_DEPTH.
 */
export function eventCallLog(log: Record<string, unknown>): CallLogDto {
  return deepFreeze(redactSecrets(log)) as CallLogDto;
}

/** `_id` is the REST API's `actionId` (the agent's configured action); an action that has both keeps its own. */
function restAction(action: unknown): unknown {
  if (!isRecord(action) || !('_id' in action)) return action;
  const { _id: id, ...rest } = action;
  return 'actionId' in rest ? rest : { actionId: id, ...rest };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
