// The emulator's data: the seed, indexed by id, with call logs pre-sorted per location so a list request only
// filters and slices. Records are frozen: tests read them to compare values, and the list route caches their JSON.
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

export type CallLogSortField = 'createdAt' | 'duration';

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

interface IndexedCallLog {
  log: CallLogRecord;
  createdAtMs: number;
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
  private readonly callLogsById = new Map<string, IndexedCallLog>();
  private readonly orders = new Map<OrderKey, IndexedCallLog[]>();

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
    for (const log of seed.callLogs) this.putCallLog(log);
  }

  putCallLog(log: CallLogRecord): CallLogRecord {
    const frozen = deepFreeze(log);
    this.callLogsById.set(frozen.id, {
      log: frozen,
      createdAtMs: Date.parse(frozen.createdAt),
      actionTypes: new Set(frozen.executedCallActions.map((a) => a.actionType)),
    });
    this.orders.clear();
    return frozen;
  }

  callLog(id: string): IndexedCallLog | undefined {
    return this.callLogsById.get(id);
  }

  /** Sorted once per order and kept until a log is added; ties go by id so pages never overlap. */
  order(key: OrderKey): IndexedCallLog[] {
    let sorted = this.orders.get(key);
    if (!sorted) {
      const ascending = [...this.callLogsById.values()].sort(
        key.startsWith('duration')
          ? (a, b) => a.log.duration - b.log.duration || compareIds(a.log.id, b.log.id)
          : (a, b) => a.createdAtMs - b.createdAtMs || compareIds(a.log.id, b.log.id),
      );
      sorted = key.endsWith(':desc') ? ascending.reverse() : ascending;
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
   * Adds (or replaces, by id) a call log, e.g. one with an action type HighLevel does not have yet. The log is
   * copied and frozen; the copy is returned.
   */
  addCallLog(locationId: string, log: CallLogRecord): CallLogRecord {
    return this.location(locationId).putCallLog(structuredClone(log));
  }

  /** A location's call logs in HighLevel's default order (newest first). */
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
  const { log } = entry;
  if (query.agentId !== undefined && log.agentId !== query.agentId) return false;
  if (query.trialCall !== undefined && log.trialCall !== query.trialCall) return false;
  if (query.contactIds && (log.contactId === undefined || !query.contactIds.has(log.contactId))) return false;
  if (query.startMs !== undefined && entry.createdAtMs < query.startMs) return false;
  if (query.endMs !== undefined && entry.createdAtMs > query.endMs) return false;
  if (query.actionTypes) {
    let any = false;
    for (const type of query.actionTypes) if (entry.actionTypes.has(type)) any = true;
    if (!any) return false;
  }
  return true;
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
