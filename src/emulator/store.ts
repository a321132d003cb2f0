// The emulator's data: the seed, indexed by id, with call logs pre-sorted per location so a list request only
// filters and slices. Records are frozen: tests read them to compare values, and the list route caches their JSON.
// Call logs a test adds may have any shape (the gateway must survive odd upstream data): the fields filters and sorts
// read are extracted defensively once, and the log is served back exactly as JSON.stringify wrote it.
import type { NotableIds, SeedData, SeedLocation } from './seed.js';
import type {
  AgentRecord,
  CalendarRecord,
  CallLogRecord,
  ContactRecord,
  CustomFieldRecord,
  KnowledgeBaseRecord,
  MessageRecord,
  WorkflowRecord,
} from './types.js';

type CallLogSortField = 'createdAt' | 'duration';

export interface CallLogQuery {
  agentId?: string;
  contactIds?: ReadonlySet<string>;
  trialCall?: boolean;
  /** Inclusive bounds on createdAt, Unix milliseconds. */
  startMs?: number;
  endMs?: number;
  /** A log matches when it executed an action of any of these types. */
  actionTypes?: ReadonlySet<string>;
  /** Omitted: newest first. */
  sortBy?: CallLogSortField;
  descending: boolean;
  /** 1-based. */
  page: number;
  pageSize: number;
}

export interface CallLogPage {
  total: number;
  /** The page's logs as JSON text, in order (cached per log). */
  json: string[];
  logs: CallLogRecord[];
}

export type CustomFieldModel = 'contact' | 'opportunity' | 'all';

/**
 * A call log of any shape, for tests that feed the gateway deliberately odd upstream data (`executedCallActions:
 * null`, no `createdAt`, a string `duration`, …). It is stored and served as its JSON text.
 */
export type RawCallLog = Readonly<Record<string, unknown>>;

interface IndexedCallLog {
  /** Only typed for the seed; a log added as {@link RawCallLog} may have any shape. */
  log: CallLogRecord;
  /** The id when it is a string (then the get route finds the log); otherwise an internal key. */
  key: string;
  id: string | undefined;
  agentId: string | undefined;
  contactId: string | undefined;
  /** Only `trialCall: true` is a trial call; anything else counts as LIVE. */
  trialCall: boolean;
  /** undefined when `createdAt` is missing or not a parseable date string. */
  createdAtMs: number | undefined;
  /** undefined when `duration` is missing or not a finite number. */
  duration: number | undefined;
  actionTypes: ReadonlySet<string>;
  json?: string;
}

type OrderKey = `${CallLogSortField}:${'asc' | 'desc'}`;

class LocationData {
  readonly contacts: ContactRecord[];
  readonly agents: AgentRecord[];
  readonly deletedAgents: AgentRecord[];
  readonly workflows: WorkflowRecord[];
  readonly calendars: CalendarRecord[];
  readonly customFields: CustomFieldRecord[];
  readonly knowledgeBases: KnowledgeBaseRecord[];
  readonly messages: MessageRecord[];
  readonly agentsById: Map<string, AgentRecord>;
  /** By id (string ids), or by an internal key for logs without one. */
  private readonly callLogsByKey = new Map<string, IndexedCallLog>();
  private readonly orders = new Map<OrderKey, IndexedCallLog[]>();
  private anonymous = 0;

  constructor(
    readonly id: string,
    readonly name: string,
    seed: SeedLocation,
  ) {
    this.contacts = seed.contacts.map(deepFreeze);
    this.agents = seed.agents.map(deepFreeze);
    this.deletedAgents = seed.deletedAgents.map(deepFreeze);
    this.workflows = seed.workflows.map(deepFreeze);
    this.calendars = seed.calendars.map(deepFreeze);
    this.customFields = seed.customFields.map(deepFreeze);
    this.knowledgeBases = seed.knowledgeBases.map(deepFreeze);
    this.messages = seed.messages.map(deepFreeze);
    this.agentsById = new Map(this.agents.map((a) => [a.id, a]));
    for (const log of seed.callLogs) this.putCallLog(deepFreeze(log));
  }

  /**
   * Indexes a frozen log (replacing one with the same string id). Never throws on odd shapes: a log without a
   * string id is listed but cannot be read by id; missing or mistyped fields simply match no filter on them.
   */
  putCallLog(log: CallLogRecord, json?: string): void {
    const fields: Partial<Record<string, unknown>> = isObject(log) ? (log as unknown as Record<string, unknown>) : {};
    const id = stringOrUndefined(fields['id']);
    const createdAt = fields['createdAt'];
    const createdAtMs = typeof createdAt === 'string' ? Date.parse(createdAt) : NaN;
    const duration = fields['duration'];
    const actions = fields['executedCallActions'];
    const actionTypes = new Set<string>();
    if (Array.isArray(actions)) {
      for (const action of actions as unknown[]) {
        const type = isObject(action) ? (action as Record<string, unknown>)['actionType'] : undefined;
        if (typeof type === 'string') actionTypes.add(type);
      }
    }
    const entry: IndexedCallLog = {
      log,
      key: id ?? `\u0000anonymous:${++this.anonymous}`,
      id,
      agentId: stringOrUndefined(fields['agentId']),
      contactId: stringOrUndefined(fields['contactId']),
      trialCall: fields['trialCall'] === true,
      createdAtMs: Number.isFinite(createdAtMs) ? createdAtMs : undefined,
      duration: typeof duration === 'number' && Number.isFinite(duration) ? duration : undefined,
      actionTypes,
    };
    if (json !== undefined) entry.json = json;
    this.callLogsByKey.set(entry.key, entry);
    this.orders.clear();
  }

  removeCallLog(id: string): void {
    if (this.callLogsByKey.delete(id)) this.orders.clear();
  }

  /** Replaces the contact with `contactId` in this location's list, or removes it (undefined). */
  replaceContact(contactId: string, contact: ContactRecord | undefined): void {
    const index = this.contacts.findIndex((candidate) => candidate.id === contactId);
    if (index < 0) return;
    if (contact) this.contacts[index] = contact;
    else this.contacts.splice(index, 1);
  }

  callLog(id: string): IndexedCallLog | undefined {
    const entry = this.callLogsByKey.get(id);
    return entry?.id === id ? entry : undefined;
  }

  /**
   * Sorted once per order and kept until a log is added; ties go by id so pages never overlap. Logs without the
   * sort value (no parseable createdAt, no numeric duration) come last in either direction, by id.
   */
  order(key: OrderKey): IndexedCallLog[] {
    let sorted = this.orders.get(key);
    if (!sorted) {
      const value = key.startsWith('duration')
        ? (entry: IndexedCallLog) => entry.duration
        : (entry: IndexedCallLog) => entry.createdAtMs;
      const valued: { entry: IndexedCallLog; value: number }[] = [];
      const missing: IndexedCallLog[] = [];
      for (const entry of this.callLogsByKey.values()) {
        const v = value(entry);
        if (v === undefined) missing.push(entry);
        else valued.push({ entry, value: v });
      }
      const ascending = valued
        .sort((a, b) => a.value - b.value || compareIds(a.entry.key, b.entry.key))
        .map(({ entry }) => entry);
      sorted = [
        ...(key.endsWith(':desc') ? ascending.reverse() : ascending),
        ...missing.sort((a, b) => compareIds(a.key, b.key)),
      ];
      this.orders.set(key, sorted);
    }
    return sorted;
  }
}

export class EmulatorStore {
  /** Location ids, location 1 (the reference location) first. */
  readonly locationIds: readonly string[];
  /** Ids tests rely on: the reference call log, a frequent contact, dangling references, a deleted agent. */
  readonly notable: NotableIds;
  private readonly locations = new Map<string, LocationData>();
  private readonly contactsById = new Map<string, ContactRecord>();
  private readonly calendarsById = new Map<string, CalendarRecord>();
  private readonly knowledgeBasesById = new Map<string, KnowledgeBaseRecord>();
  private readonly messagesById = new Map<string, MessageRecord>();

  constructor(seed: SeedData) {
    for (const location of seed.locations) {
      const data = new LocationData(location.id, location.name, location);
      this.locations.set(location.id, data);
      for (const contact of data.contacts) if (contact.id !== undefined) this.contactsById.set(contact.id, contact);
      for (const calendar of data.calendars) this.calendarsById.set(calendar.id, calendar);
      for (const kb of data.knowledgeBases) this.knowledgeBasesById.set(kb.id, kb);
      for (const message of data.messages) this.messagesById.set(message.id, message);
    }
    this.locationIds = Object.freeze(seed.locations.map((l) => l.id));
    this.notable = deepFreeze(seed.notable);
  }

  hasLocation(locationId: string): boolean {
    return this.locations.has(locationId);
  }

  locationName(locationId: string): string | undefined {
    return this.locations.get(locationId)?.name;
  }

  /**
   * Adds (or replaces, by id) a call log, e.g. one with an action type HighLevel does not have yet, or one of any
   * odd shape ({@link RawCallLog}). The log is copied through JSON and frozen; the copy is returned. The get and
   * list routes serve exactly `JSON.stringify(log)`.
   */
  addCallLog(locationId: string, log: CallLogRecord): CallLogRecord;
  addCallLog(locationId: string, log: RawCallLog): RawCallLog;
  addCallLog(locationId: string, log: CallLogRecord | RawCallLog): CallLogRecord | RawCallLog {
    const location = this.location(locationId);
    // JSON.stringify returns undefined for undefined/functions; a list would carry null in its place.
    const json = (JSON.stringify(log) as string | undefined) ?? 'null';
    const copy = deepFreeze(JSON.parse(json) as CallLogRecord);
    location.putCallLog(copy, json);
    return copy;
  }

  /** Removes a call log (a placed call, when the emulator keeps no more of them). */
  removeCallLog(locationId: string, callId: string): void {
    this.locations.get(locationId)?.removeCallLog(callId);
  }

  /**
   * A location's call logs in HighLevel's default order (newest first; logs without a createdAt last). Typed as
   * records, but a log added as a {@link RawCallLog} keeps its odd shape here too.
   */
  callLogs(locationId: string): CallLogRecord[] {
    return this.location(locationId)
      .order('createdAt:desc')
      .map((entry) => entry.log);
  }

  callLog(locationId: string, callId: string): CallLogRecord | undefined {
    return this.locations.get(locationId)?.callLog(callId)?.log;
  }

  queryCallLogs(locationId: string, query: CallLogQuery): CallLogPage {
    const order = this.location(locationId).order(
      `${query.sortBy ?? 'createdAt'}:${query.sortBy === undefined || query.descending ? 'desc' : 'asc'}`,
    );
    const first = (query.page - 1) * query.pageSize;
    const last = first + query.pageSize;
    const page: IndexedCallLog[] = [];
    let total = 0;
    for (const entry of order) {
      if (!matches(entry, query)) continue;
      if (total >= first && total < last) page.push(entry);
      total++;
    }
    return {
      total,
      json: page.map((entry) => (entry.json ??= JSON.stringify(entry.log))),
      logs: page.map((entry) => entry.log),
    };
  }

  /** The JSON text of one call log (cached). */
  callLogJson(locationId: string, callId: string): string | undefined {
    const entry = this.locations.get(locationId)?.callLog(callId);
    return entry ? (entry.json ??= JSON.stringify(entry.log)) : undefined;
  }

  contacts(locationId: string): readonly ContactRecord[] {
    return this.location(locationId).contacts;
  }

  contact(contactId: string): ContactRecord | undefined {
    return this.contactsById.get(contactId);
  }

  /**
   * Changes a contact as a HighLevel user would (its name recomputed from first and last name unless given), and
   * returns the new frozen record; undefined for an unknown contact.
   */
  updateContact(
    contactId: string,
    changes: Partial<Omit<ContactRecord, 'id' | 'locationId'>>,
  ): ContactRecord | undefined {
    const contact = this.contactsById.get(contactId);
    const location = contact?.locationId === undefined ? undefined : this.locations.get(contact.locationId);
    if (!contact || !location) return undefined;
    const merged: ContactRecord = { ...contact, ...changes, id: contactId, locationId: location.id };
    if (changes.name === undefined && (changes.firstName !== undefined || changes.lastName !== undefined)) {
      merged.name = [merged.firstName, merged.lastName].filter((part) => part).join(' ');
    }
    const updated = deepFreeze(merged);
    this.contactsById.set(contactId, updated);
    location.replaceContact(contactId, updated);
    return updated;
  }

  /** Removes a contact (the get route then answers 404) and returns it; undefined for an unknown contact. */
  deleteContact(contactId: string): ContactRecord | undefined {
    const contact = this.contactsById.get(contactId);
    if (!contact) return undefined;
    this.contactsById.delete(contactId);
    if (contact.locationId !== undefined) this.locations.get(contact.locationId)?.replaceContact(contactId, undefined);
    return contact;
  }

  /** Agents the agent route serves (deleted agents excluded). */
  agents(locationId: string): readonly AgentRecord[] {
    return this.location(locationId).agents;
  }

  agent(locationId: string, agentId: string): AgentRecord | undefined {
    return this.locations.get(locationId)?.agentsById.get(agentId);
  }

  /** Agents that call logs still reference (`isAgentDeleted: true`) but the agent route answers 404 for. */
  deletedAgents(locationId: string): readonly AgentRecord[] {
    return this.location(locationId).deletedAgents;
  }

  workflows(locationId: string): readonly WorkflowRecord[] {
    return this.location(locationId).workflows;
  }

  calendars(locationId: string): readonly CalendarRecord[] {
    return this.location(locationId).calendars;
  }

  calendar(calendarId: string): CalendarRecord | undefined {
    return this.calendarsById.get(calendarId);
  }

  customFields(locationId: string, model: CustomFieldModel = 'all'): readonly CustomFieldRecord[] {
    const fields = this.location(locationId).customFields;
    return model === 'all' ? fields : fields.filter((field) => field.model === model);
  }

  knowledgeBases(locationId: string): readonly KnowledgeBaseRecord[] {
    return this.location(locationId).knowledgeBases;
  }

  knowledgeBase(knowledgeBaseId: string): KnowledgeBaseRecord | undefined {
    return this.knowledgeBasesById.get(knowledgeBaseId);
  }

  messages(locationId: string): readonly MessageRecord[] {
    return this.location(locationId).messages;
  }

  message(messageId: string): MessageRecord | undefined {
    return this.messagesById.get(messageId);
  }

  private location(locationId: string): LocationData {
    const data = this.locations.get(locationId);
    if (!data) throw new Error(`Unknown emulator location ${locationId}; known: ${this.locationIds.join(', ')}`);
    return data;
  }
}

function matches(entry: IndexedCallLog, query: CallLogQuery): boolean {
  if (query.agentId !== undefined && entry.agentId !== query.agentId) return false;
  if (query.trialCall !== undefined && entry.trialCall !== query.trialCall) return false;
  if (query.contactIds && (entry.contactId === undefined || !query.contactIds.has(entry.contactId))) return false;
  if (query.startMs !== undefined || query.endMs !== undefined) {
    // A log without a usable createdAt is outside every date range.
    if (entry.createdAtMs === undefined) return false;
    if (query.startMs !== undefined && entry.createdAtMs < query.startMs) return false;
    if (query.endMs !== undefined && entry.createdAtMs > query.endMs) return false;
  }
  if (query.actionTypes) {
    let any = false;
    for (const type of query.actionTypes) if (entry.actionTypes.has(type)) any = true;
    if (!any) return false;
  }
  return true;
}

function isObject(value: unknown): value is object {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
