// Deterministic seed data: two locations of call logs and everything they reference. Same seed and base date, same
// data: all randomness comes from one seeded PRNG and all dates are fixed relative to the base date (never the clock).
import { Random } from './random.js';
import {
  REFERENCE_AGENT,
  REFERENCE_CALENDAR,
  REFERENCE_CALL_LOG,
  REFERENCE_CONTACT,
  REFERENCE_CUSTOM_FIELDS,
  REFERENCE_IDS,
  REFERENCE_KNOWLEDGE_BASE,
  REFERENCE_LOCATION_ID,
  REFERENCE_MESSAGE,
  REFERENCE_WORKFLOW,
} from './seed-reference.js';
import {
  ACME,
  type ActionTemplate,
  BRIGHTSIDE,
  CITIES,
  CLOSINGS,
  COMPANIES,
  CONTACT_FIELDS,
  CONTACT_SOURCES,
  CONTACT_TAGS,
  EMAIL_DOMAINS,
  FIRST_NAMES,
  LAST_NAMES,
  type Line,
  OPPORTUNITY_FIELDS,
  STREETS,
  type Theme,
  type Topic,
} from './seed-text.js';
import type {
  ActionParametersByType,
  ActionType,
  AgentActionRecord,
  AgentRecord,
  CalendarRecord,
  CallActionRecord,
  CallLogRecord,
  CallTransferParameters,
  ContactRecord,
  CustomFieldRecord,
  KnowledgeBaseRecord,
  MessageRecord,
  TypedAction,
  WorkflowRecord,
} from './types.js';

export const DEFAULT_SEED = 20251101;
/**
 * The base date the test suite pins: the seeded calls end at this instant. `npm start` uses the current one instead,
 * so that the last days hold calls; with this one, ids and figures are those the tests and the README show.
 */
export const PINNED_BASE_DATE = '2025-11-01T00:00:00.000Z';
const LOCATION_2_ID = 've9EPM428h8vShlRW1KT';

const DAY_MS = 86_400_000;
const HISTORY_DAYS = 90;
/** HighLevel: "APPOINTMENT_BOOKING will only be visible in executedCallActions from Sep 9th 2025". */
const APPOINTMENT_BOOKING_VISIBLE_FROM_MS = Date.parse('2025-09-09T00:00:00.000Z');
const TRIAL_CALL_RATE = 0.08;

export interface SeedLocation {
  id: string;
  name: string;
  callLogs: CallLogRecord[];
  contacts: ContactRecord[];
  /** Agents the agent route serves. */
  agents: AgentRecord[];
  /** Agents some call logs still reference (`isAgentDeleted: true`); the agent route answers 404 for them. */
  deletedAgents: AgentRecord[];
  workflows: WorkflowRecord[];
  calendars: CalendarRecord[];
  customFields: CustomFieldRecord[];
  knowledgeBases: KnowledgeBaseRecord[];
  messages: MessageRecord[];
}

/** An id some call log references although the resource does not exist (deleted upstream): the route 404s. */
interface DanglingReference {
  locationId: string;
  id: string;
  /** A call log that references it. */
  callLogId: string;
}

export interface NotableIds {
  referenceLocationId: string;
  referenceCallLogId: string;
  /** A contact in location 1 referenced by at least 10 call logs (the reference contact). */
  frequentContactId: string;
  /** An agent of location 1 that call logs reference but that was deleted. */
  deletedAgentId: string;
  /** A trial call (no contactId, no messageId) in location 1. */
  trialCallLogId: string;
  dangling: {
    contact: DanglingReference;
    message: DanglingReference;
    workflow: DanglingReference;
    calendar: DanglingReference;
    contactField: DanglingReference;
    knowledgeBase: DanglingReference;
  };
}

export interface SeedData {
  locations: SeedLocation[];
  notable: NotableIds;
}

interface LocationPlan {
  id: string;
  theme: Theme;
  callLogs: number;
  contacts: number;
  reference: boolean;
  /** Which references of this location's call logs dangle. */
  dangling: readonly ('workflow' | 'calendar' | 'contactField' | 'knowledgeBase' | 'contact' | 'message')[];
}

const PLANS: readonly LocationPlan[] = [
  {
    id: REFERENCE_LOCATION_ID,
    theme: ACME,
    callLogs: 1200,
    contacts: 120,
    reference: true,
    dangling: ['workflow', 'calendar', 'contactField', 'knowledgeBase', 'contact', 'message'],
  },
  { id: LOCATION_2_ID, theme: BRIGHTSIDE, callLogs: 1050, contacts: 110, reference: false, dangling: ['workflow'] },
];

/**
 * The seed for `seed` and `baseDate` (an instant; the seeded calls end there). Calls fall on the HISTORY_DAYS UTC days
 * that end at the first UTC midnight at or after `baseDate`; a call drawn after `baseDate` (the base day's later
 * hours) moves a day back, so the count of calls never depends on the time of day. At a UTC midnight (as
 * PINNED_BASE_DATE is) nothing moves.
 */
export function buildSeed(seed: number = DEFAULT_SEED, baseDate: Date | string = PINNED_BASE_DATE): SeedData {
  const endMs = new Date(baseDate).getTime();
  if (!Number.isFinite(endMs)) throw new Error(`seed: the base date ${String(baseDate)} is not a date`);
  const dates: SeedDates = { gridEndMs: Math.ceil(endMs / DAY_MS) * DAY_MS, endMs };
  const built = PLANS.map((plan, index) => new LocationBuilder(plan, new Random(seed + index * 7919), dates).build());
  const first = built[0];
  if (!first) throw new Error('seed has no locations');
  return { locations: built.map((b) => b.location), notable: first.notable() };
}

// ---------------------------------------------------------------------------------------------------------------

interface SeedDates {
  /** The UTC midnight that ends the days calls fall on; every other date of the seed is relative to it. */
  gridEndMs: number;
  /** No call is later than this. */
  endMs: number;
}

/** One configured action of one agent, with the parameters as the agent route shows them and as call logs do. */
interface ActionInstance {
  id: string;
  template: ActionTemplate;
  config: AgentActionRecord;
  executedParameters: CallActionRecord['actionParameters'];
  /** Set when the action references a resource that does not exist. */
  dangling?: keyof NotableIds['dangling'];
}

interface AgentPlan {
  record: AgentRecord;
  deleted: boolean;
  /** Deleted agents stop taking calls at this instant. */
  activeUntilMs: number;
  weight: number;
  actions: ActionInstance[];
}

interface Person {
  contactId?: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  city: (typeof CITIES)[number];
  address: string;
}

/** Per-call values for the `{placeholders}` in topic and action text. */
type CallContext = Record<string, string>;

interface ForcedCall {
  contactId?: string;
  person?: Person;
  danglingMessage?: boolean;
  agent?: AgentPlan;
  action?: ActionInstance;
}

class LocationBuilder {
  readonly location: SeedLocation;
  private readonly theme: Theme;
  private readonly fieldIds = new Map<string, string>();
  private readonly workflowIds = new Map<string, string>();
  private readonly calendarIds = new Map<string, string>();
  private readonly kbIds = new Map<string, string>();
  private readonly people: Person[] = [];
  private readonly peopleById = new Map<string, Person>();
  private readonly conversationIds = new Map<string, string>();
  private agents: AgentPlan[] = [];
  private readonly danglingIds: Partial<Record<keyof NotableIds['dangling'], string>> = {};

  constructor(
    private readonly plan: LocationPlan,
    private readonly rng: Random,
    private readonly dates: SeedDates,
  ) {
    this.theme = plan.theme;
    this.location = {
      id: plan.id,
      name: plan.theme.businessName,
      callLogs: [],
      contacts: [],
      agents: [],
      deletedAgents: [],
      workflows: [],
      calendars: [],
      customFields: [],
      knowledgeBases: [],
      messages: [],
    };
  }

  build(): this {
    this.buildCustomFields();
    this.buildWorkflows();
    this.buildCalendars();
    this.buildKnowledgeBases();
    this.buildContacts();
    this.buildAgents();
    this.buildCallLogs();
    this.finishContacts();
    return this;
  }

  notable(): NotableIds {
    const logs = this.location.callLogs;
    const referencing = (kind: keyof NotableIds['dangling']): DanglingReference => {
      const id = this.danglingIds[kind];
      const log = id === undefined ? undefined : logs.find((l) => JSON.stringify(l).includes(`"${id}"`));
      if (id === undefined || !log) throw new Error(`seed: no call log references the dangling ${kind}`);
      return { locationId: this.plan.id, id, callLogId: log.id };
    };
    const deleted = this.location.deletedAgents[0];
    const trial = logs.find((l) => l.trialCall);
    if (!deleted || !trial) throw new Error('seed: location 1 needs a deleted agent and a trial call');
    return {
      referenceLocationId: REFERENCE_LOCATION_ID,
      referenceCallLogId: REFERENCE_IDS.callLog,
      frequentContactId: REFERENCE_IDS.contact,
      deletedAgentId: deleted.id,
      trialCallLogId: trial.id,
      dangling: {
        contact: referencing('contact'),
        message: referencing('message'),
        workflow: referencing('workflow'),
        calendar: referencing('calendar'),
        contactField: referencing('contactField'),
        knowledgeBase: referencing('knowledgeBase'),
      },
    };
  }

  // ---- resources

  private buildCustomFields(): void {
    const { id: locationId } = this.plan;
    const reference = new Map<string | undefined, CustomFieldRecord>(
      this.plan.reference ? REFERENCE_CUSTOM_FIELDS.map((f) => [f.name, f]) : [],
    );
    CONTACT_FIELDS.forEach((spec, position) => {
      const existing = reference.get(spec.name);
      const field: CustomFieldRecord = existing ?? {
        id: this.rng.alphanumericId(),
        name: spec.name,
        fieldKey: `contact.${snake(spec.name)}`,
        ...(spec.placeholder === undefined ? {} : { placeholder: spec.placeholder }),
        dataType: spec.dataType,
        position: position * 50,
        ...(spec.picklistOptions === undefined ? {} : { picklistOptions: spec.picklistOptions }),
        locationId,
        model: 'contact',
      };
      this.fieldIds.set(spec.name, field.id ?? '');
      this.location.customFields.push(field);
    });
    OPPORTUNITY_FIELDS.forEach((spec, position) => {
      this.location.customFields.push({
        id: this.rng.alphanumericId(),
        name: spec.name,
        fieldKey: `opportunity.${snake(spec.name)}`,
        dataType: spec.dataType,
        position: position * 50,
        locationId,
        model: 'opportunity',
      });
    });
  }

  private buildWorkflows(): void {
    const { id: locationId } = this.plan;
    if (this.plan.reference) this.location.workflows.push(REFERENCE_WORKFLOW);
    for (const name of this.theme.workflows) {
      const created = this.pastMs(200, 400);
      const workflow: WorkflowRecord = {
        id: this.rng.uuid(),
        name,
        status: this.rng.chance(0.85) ? 'published' : 'draft',
        version: this.rng.int(1, 14),
        createdAt: iso(created),
        updatedAt: iso(created + this.rng.int(1, 150) * DAY_MS),
        locationId,
      };
      this.workflowIds.set(name, workflow.id ?? '');
      this.location.workflows.push(workflow);
    }
  }

  private buildCalendars(): void {
    const { id: locationId } = this.plan;
    if (this.plan.reference) this.location.calendars.push(REFERENCE_CALENDAR);
    const types = ['round_robin', 'event', 'service_booking', 'personal', 'collective', 'round_robin'] as const;
    this.theme.calendars.forEach((spec, index) => {
      const slug = snake(spec.name).replace(/_/g, '-');
      const calendarType = types[index % types.length] ?? 'event';
      const duration = this.rng.pick([30, 45, 60, 120]);
      const members = calendarType === 'personal' ? 1 : this.rng.int(2, 4);
      const calendar: CalendarRecord = {
        id: this.rng.alphanumericId(),
        locationId,
        groupId: this.rng.alphanumericId(),
        name: spec.name,
        description: spec.description,
        slug,
        widgetSlug: slug,
        calendarType,
        eventType: 'RoundRobin_OptimizeForAvailability',
        widgetType: this.rng.chance(0.7) ? 'default' : 'classic',
        eventTitle: `{{contact.name}} - ${spec.name}`,
        eventColor: this.rng.pick(['#039be5', '#33b679', '#f6bf26', '#e67c73']),
        isActive: index !== 5,
        teamMembers: Array.from({ length: members }, (_, i) => ({
          userId: this.rng.alphanumericId(),
          priority: this.rng.pick([0, 0.5, 1] as const),
          meetingLocationType: 'custom',
          isPrimary: i === 0,
          locationConfigurations: [
            {
              kind: this.rng.pick(['phone', 'physical', 'custom'] as const) === 'phone' ? 'outbound_call' : 'physical',
              location: this.rng.chance(0.5) ? '+14155550100' : '123 Main St',
            },
          ],
        })),
        slotDuration: duration,
        slotDurationUnit: 'mins',
        slotInterval: duration,
        slotIntervalUnit: 'mins',
        slotBuffer: this.rng.pick([0, 10, 15]),
        slotBufferUnit: 'mins',
        preBuffer: 0,
        preBufferUnit: 'mins',
        appoinmentPerSlot: 1,
        appoinmentPerDay: this.rng.int(4, 12),
        allowBookingAfter: this.rng.int(1, 24),
        allowBookingAfterUnit: 'hours',
        allowBookingFor: this.rng.pick([14, 30, 60]),
        allowBookingForUnit: 'days',
        openHours: [
          {
            daysOfTheWeek: [1, 2, 3, 4, 5],
            hours: [{ openHour: 8, openMinute: 0, closeHour: 17, closeMinute: 0 }],
          },
          ...(this.rng.chance(0.5)
            ? [{ daysOfTheWeek: [6], hours: [{ openHour: 9, openMinute: 0, closeHour: 13, closeMinute: 0 }] }]
            : []),
        ],
        enableRecurring: false,
        autoConfirm: this.rng.chance(0.8),
        allowReschedule: true,
        allowCancellation: true,
        googleInvitationEmails: false,
        shouldAssignContactToTeamMember: this.rng.chance(0.5),
        formSubmitType: 'ThankYouMessage',
        formSubmitThanksMessage: `Thanks! Your ${spec.name.toLowerCase()} is booked.`,
        guestType: 'count_only',
        lookBusyConfig: { enabled: false, LookBusyPercentage: 0 },
      };
      this.calendarIds.set(spec.name, calendar.id);
      this.location.calendars.push(calendar);
    });
  }

  private buildKnowledgeBases(): void {
    const { id: locationId } = this.plan;
    if (this.plan.reference) this.location.knowledgeBases.push(REFERENCE_KNOWLEDGE_BASE);
    this.theme.knowledgeBases.forEach((name, index) => {
      const created = this.pastMs(120, 420);
      const kb: KnowledgeBaseRecord = {
        id: this.rng.alphanumericId(),
        name,
        nameLowerCase: name.toLowerCase(),
        locationId,
        deleted: false,
        createdAt: iso(created),
        updatedAt: iso(created + this.rng.int(1, 100) * DAY_MS),
        kbMetadata: {
          faqs: this.rng.int(0, 40),
          urls: this.rng.int(0, 80),
          richText: this.rng.int(0, 6),
          files: this.rng.int(0, 10),
          webSearches: this.rng.int(0, 2),
          tables: this.rng.int(0, 3),
        },
        isDefault: index === 0 && !this.plan.reference,
      };
      this.kbIds.set(name, kb.id);
      this.location.knowledgeBases.push(kb);
    });
  }

  private buildContacts(): void {
    if (this.plan.reference) {
      const person: Person = {
        contactId: REFERENCE_IDS.contact,
        firstName: 'John',
        lastName: 'Doe',
        email: 'john.doe@example.com',
        phone: '+1234567890',
        city: CITIES[0],
        address: '350 5th Ave, New York, NY 10118',
      };
      this.peopleById.set(REFERENCE_IDS.contact, person);
      this.location.contacts.push(REFERENCE_CONTACT);
    }
    const used = new Set<string>();
    for (let i = 0; i < this.plan.contacts; i++) {
      const person = this.newPerson(used);
      const id = this.rng.alphanumericId();
      person.contactId = id;
      this.people.push(person);
      this.peopleById.set(id, person);
      this.location.contacts.push(this.contactRecord(id, person));
    }
  }

  private newPerson(used?: Set<string>): Person {
    let firstName: string;
    let lastName: string;
    do {
      firstName = this.rng.pick(FIRST_NAMES);
      lastName = this.rng.pick(LAST_NAMES);
    } while (used?.has(`${firstName} ${lastName}`) === true && used.size < 1500);
    used?.add(`${firstName} ${lastName}`);
    const city = this.rng.pick(CITIES);
    const local = `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, '');
    const international = this.rng.chance(0.05);
    const phone = international
      ? `+447700900${String(this.rng.int(0, 999)).padStart(3, '0')}`
      : `+1${city.areaCode}${this.rng.int(200, 999)}${String(this.rng.int(0, 9999)).padStart(4, '0')}`;
    return {
      firstName,
      lastName,
      email: `${local}${this.rng.chance(0.3) ? this.rng.int(1, 99) : ''}@${this.rng.pick(EMAIL_DOMAINS)}`,
      phone,
      city,
      address: `${this.rng.int(10, 9899)} ${this.rng.pick(STREETS)}, ${city.city}, ${city.state} ${city.postalCode}`,
    };
  }

  private contactRecord(id: string, person: Person): ContactRecord {
    const added = this.pastMs(HISTORY_DAYS + 5, 700);
    const name = `${person.firstName} ${person.lastName}`;
    const phoneField = this.fieldIds.get('Customer Phone');
    const tierField = this.fieldIds.get('Membership Tier');
    const customFields: NonNullable<ContactRecord['customFields']> = [];
    if (phoneField && this.rng.chance(0.6)) customFields.push({ id: phoneField, value: person.phone });
    if (tierField && this.rng.chance(0.3))
      customFields.push({ id: tierField, value: this.rng.pick(['None', 'Silver', 'Gold']) });
    const dnd = this.rng.chance(0.04);
    return {
      id,
      name,
      locationId: this.plan.id,
      firstName: person.firstName,
      lastName: person.lastName,
      email: person.email,
      emailLowerCase: person.email.toLowerCase(),
      timezone: person.city.timezone,
      ...(this.rng.chance(0.3) ? { companyName: this.rng.pick(COMPANIES) } : {}),
      phone: person.phone,
      dnd,
      ...(dnd ? { dndSettings: { SMS: { status: 'active', message: 'Opted out by text', code: 'STOP' } } } : {}),
      type: this.rng.chance(0.6) ? 'lead' : 'customer',
      source: this.rng.pick(CONTACT_SOURCES),
      ...(this.rng.chance(0.5) ? { assignedTo: this.rng.alphanumericId() } : {}),
      address1: person.address.split(',')[0] ?? person.address,
      city: person.city.city,
      state: person.city.state,
      country: person.phone.startsWith('+44') ? 'GB' : 'US',
      postalCode: person.city.postalCode,
      tags: this.rng.sample(CONTACT_TAGS, this.rng.int(0, 3)),
      ...(this.rng.chance(0.2)
        ? { dateOfBirth: `19${this.rng.int(50, 99)}-0${this.rng.int(1, 9)}-1${this.rng.int(0, 9)}` }
        : {}),
      dateAdded: iso(added),
      dateUpdated: iso(added),
      firstNameLowerCase: person.firstName.toLowerCase(),
      lastNameLowerCase: person.lastName.toLowerCase(),
      fullNameLowerCase: name.toLowerCase(),
      customFields,
      ...(this.rng.chance(0.4)
        ? {
            attributionSource: {
              url: 'https://example.com/contact-us',
              medium: this.rng.pick(['form', 'call', 'chat']),
            },
          }
        : {}),
    };
  }

  /** Contacts' lastActivity/dateUpdated follow their latest call. */
  private finishContacts(): void {
    const latest = new Map<string, string>();
    for (const log of this.location.callLogs) {
      if (log.contactId === undefined) continue;
      const seen = latest.get(log.contactId);
      if (seen === undefined || seen < log.createdAt) latest.set(log.contactId, log.createdAt);
    }
    this.location.contacts = this.location.contacts.map((contact) => {
      if (contact.id === REFERENCE_IDS.contact) return contact;
      const last = contact.id === undefined ? undefined : latest.get(contact.id);
      return last === undefined ? contact : { ...contact, dateUpdated: last, lastActivity: last };
    });
  }

  // ---- agents and their configured actions

  private buildAgents(): void {
    const weights = [30, 22, 15, 11, 9, 7, 6];
    const names = this.theme.agentNames;
    names.forEach((name, index) => {
      const deleted = index >= names.length - 2;
      const weight = weights[index] ?? 5;
      if (index === 0 && this.plan.reference) {
        this.agents.push({
          record: REFERENCE_AGENT,
          deleted: false,
          activeUntilMs: Infinity,
          weight,
          actions: this.referenceActions(),
        });
        return;
      }
      const created = this.pastMs(HISTORY_DAYS + 10, 500);
      const templates =
        index === 0 || (index === 1 && this.plan.reference)
          ? [...this.theme.actions]
          : this.rng.sample(this.theme.actions, this.rng.int(5, 9));
      const actions = templates.map((template) => this.instantiate(template, created));
      const record = this.agentRecord(name, created, actions, index);
      this.agents.push({
        record,
        deleted,
        activeUntilMs: deleted ? this.dates.gridEndMs - this.rng.int(15, 45) * DAY_MS : Infinity,
        weight,
        actions,
      });
    });
    this.addDanglingActions();
    for (const agent of this.agents) {
      (agent.deleted ? this.location.deletedAgents : this.location.agents).push(agent.record);
    }
  }

  /** The busiest generated agent gets actions whose workflow/calendar/field/knowledge base was deleted. */
  private addDanglingActions(): void {
    const agent = this.agents.find((a) => !a.deleted && a.record.id !== REFERENCE_IDS.agent);
    if (!agent) return;
    const kinds = {
      workflow: 'WORKFLOW_TRIGGER',
      calendar: 'APPOINTMENT_BOOKING',
      contactField: 'DATA_EXTRACTION',
      knowledgeBase: 'KNOWLEDGE_BASE',
    } as const;
    for (const [kind, type] of Object.entries(kinds) as [keyof typeof kinds, ActionType][]) {
      if (!this.plan.dangling.includes(kind)) continue;
      const template = this.theme.actions.find((t) => t.type === type);
      if (!template) continue;
      const id = kind === 'workflow' ? this.rng.uuid() : this.rng.alphanumericId();
      this.danglingIds[kind] = id;
      const instance = this.instantiate(
        { ...template, name: `${template.name} (legacy)` },
        this.dates.gridEndMs - 200 * DAY_MS,
        id,
      );
      instance.dangling = kind;
      agent.actions.push(instance);
      agent.record = { ...agent.record, actions: [...agent.record.actions, instance.config] };
    }
  }

  private referenceActions(): ActionInstance[] {
    const executed = new Map(REFERENCE_CALL_LOG.executedCallActions.map((a) => [a.actionId, a]));
    return REFERENCE_AGENT.actions.map((config) => {
      const template = this.theme.actions.find((t) => t.name === config.name);
      const log = executed.get(config.id);
      if (!template || !log) throw new Error(`seed: no template for reference action ${config.name}`);
      return { id: config.id, template, config, executedParameters: structuredClone(log.actionParameters) };
    });
  }

  /** A configured action from a template; `referenceId` overrides the referenced resource (dangling references). */
  private instantiate(template: ActionTemplate, createdMs: number, referenceId?: string): ActionInstance {
    const id = this.rng.objectId(createdMs + this.rng.int(0, 30) * DAY_MS);
    const typed = this.parameters(template, referenceId);
    const config: AgentActionRecord = {
      id,
      actionType: typed.actionType,
      name: template.name,
      actionParameters: typed.actionParameters,
    };
    return { id, template, config, executedParameters: this.executedForm(typed, template) };
  }

  private parameters(template: ActionTemplate, referenceId?: string): TypedAction {
    const lookup = (map: Map<string, string>, name: string): string => {
      const found = referenceId ?? map.get(name);
      if (found === undefined) throw new Error(`seed: ${template.name} references unknown ${name}`);
      return found;
    };
    switch (template.type) {
      case 'CALL_TRANSFER':
        return {
          actionType: 'CALL_TRANSFER',
          actionParameters: {
            triggerPrompt: template.triggerPrompt,
            transferToType: 'number',
            transferToValue: template.transferTo,
            triggerMessage: template.triggerMessage,
            ...(template.hearWhisperMessage === undefined ? {} : { hearWhisperMessage: template.hearWhisperMessage }),
          },
        };
      case 'SMS':
        return {
          actionType: 'SMS',
          actionParameters: {
            triggerPrompt: template.triggerPrompt,
            triggerMessage: template.triggerMessage,
            messageBody: template.messageBody,
          },
        };
      case 'DATA_EXTRACTION':
      case 'IN_CALL_DATA_EXTRACTION':
        return {
          actionType: template.type,
          actionParameters: {
            contactFieldId: lookup(this.fieldIds, template.field),
            description: template.extractDescription,
            examples: template.examples,
            overwriteExistingValue: template.overwriteExistingValue ?? false,
          },
        };
      case 'WORKFLOW_TRIGGER':
        return {
          actionType: 'WORKFLOW_TRIGGER',
          actionParameters: {
            triggerPrompt: template.triggerPrompt,
            triggerMessage: template.triggerMessage,
            workflowId: lookup(this.workflowIds, template.workflow),
          },
        };
      case 'APPOINTMENT_BOOKING':
        return {
          actionType: 'APPOINTMENT_BOOKING',
          actionParameters: {
            calendarId: lookup(this.calendarIds, template.calendar),
            daysOfOfferingDates: template.daysOfOfferingDates,
            slotsPerDay: template.slotsPerDay,
            hoursBetweenSlots: template.hoursBetweenSlots,
          },
        };
      case 'CUSTOM_ACTION':
        return {
          actionType: 'CUSTOM_ACTION',
          actionParameters: {
            triggerPrompt: template.triggerPrompt,
            triggerMessage: template.triggerMessage,
            apiDetails: template.apiDetails,
            selectedPaths: template.paths,
          },
        };
      case 'KNOWLEDGE_BASE':
        return {
          actionType: 'KNOWLEDGE_BASE',
          actionParameters: {
            triggerPrompt: template.triggerPrompt,
            knowledgeBaseId: lookup(this.kbIds, template.knowledgeBase),
          },
        };
    }
  }

  /**
   * The parameters as call logs carry them, which is not quite the configuration: some transfers lose their
   * triggerPrompt, custom actions name their paths `responsePathsToExtract` or `selectedPaths`, knowledge-base
   * actions add triggerMessage and parameters.
   */
  private executedForm(typed: TypedAction, template: ActionTemplate): ActionParametersByType[ActionType] {
    switch (typed.actionType) {
      case 'CALL_TRANSFER': {
        if (!this.rng.chance(0.35)) return { ...typed.actionParameters };
        const withoutPrompt: CallTransferParameters = { ...typed.actionParameters };
        delete withoutPrompt.triggerPrompt;
        return withoutPrompt;
      }
      case 'CUSTOM_ACTION': {
        const { selectedPaths, ...rest } = typed.actionParameters;
        return this.rng.chance(0.5)
          ? { ...rest, responsePathsToExtract: selectedPaths ?? [] }
          : { ...rest, selectedPaths: selectedPaths ?? [] };
      }
      case 'KNOWLEDGE_BASE': {
        const kb = template.type === 'KNOWLEDGE_BASE' ? template : undefined;
        return {
          triggerPrompt: typed.actionParameters.triggerPrompt,
          triggerMessage: kb?.triggerMessage ?? 'Let me look that up for you',
          knowledgeBaseId: typed.actionParameters.knowledgeBaseId,
          ...(kb && this.rng.chance(0.8) ? { parameters: kb.parameters } : {}),
        };
      }
      default:
        return { ...typed.actionParameters };
    }
  }

  private agentRecord(name: string, createdMs: number, actions: ActionInstance[], index: number): AgentRecord {
    const translated = index === 2 || name.includes('Spanish');
    return {
      id: this.rng.objectId(createdMs),
      locationId: this.plan.id,
      agentName: name,
      businessName: this.theme.businessName,
      welcomeMessage: this.theme.welcomeMessage,
      agentPrompt: this.theme.agentPrompt,
      voiceId: this.rng.objectId(createdMs - 400 * DAY_MS),
      language: name.includes('Spanish') ? 'es-US' : 'en-US',
      patienceLevel: this.rng.pick(['low', 'medium', 'high']),
      maxCallDuration: this.rng.pick([300, 600, 900]),
      sendUserIdleReminders: this.rng.chance(0.7),
      reminderAfterIdleTimeSeconds: this.rng.int(3, 12),
      inboundNumber: `+1${this.rng.pick(CITIES).areaCode}555${String(this.rng.int(100, 199)).padStart(4, '0')}`,
      ...(this.rng.chance(0.5) ? { numberPoolId: `pool_${this.rng.objectId(createdMs)}` } : {}),
      callEndWorkflowIds: this.rng.sample([...this.workflowIds.values()], this.rng.int(0, 2)),
      sendPostCallNotificationTo: {
        admins: true,
        allUsers: false,
        contactAssignedUser: this.rng.chance(0.5),
        specificUsers: [],
        customEmails: [],
      },
      agentWorkingHours: ([1, 2, 3, 4, 5, 6, 7] as const).map((day) => ({
        dayOfTheWeek: day,
        intervals: day >= 6 ? [] : [{ startHour: 8, startMinute: 0, endHour: 18, endMinute: 0 }],
      })),
      timezone: this.rng.pick(['America/New_York', 'America/Chicago', 'America/Phoenix']),
      isAgentAsBackupDisabled: this.rng.chance(0.2),
      translation: translated
        ? { enabled: true, language: this.theme.translations[0]?.language ?? 'es' }
        : { enabled: false },
      actions: actions.map((a) => a.config),
    };
  }

  // ---- call logs

  private buildCallLogs(): void {
    const generated = this.plan.callLogs - (this.plan.reference ? 1 : 0);
    const times = Array.from({ length: generated }, () => this.callTimeMs()).sort((a, b) => b - a);
    const forced = this.forcedCalls(times);
    const contactWeights = this.people.map((_, rank) => [rank, 1 / Math.pow(rank + 1, 0.65)] as const);
    times.forEach((createdMs, index) => {
      this.location.callLogs.push(this.callLog(createdMs, forced.get(index), contactWeights));
    });
    if (this.plan.reference) {
      this.location.callLogs.push(REFERENCE_CALL_LOG);
      this.location.messages.push(REFERENCE_MESSAGE);
    }
  }

  /** Calls whose contact, message or action is decided up front so the notable cases exist for any seed. */
  private forcedCalls(times: readonly number[]): Map<number, ForcedCall> {
    const forced = new Map<number, ForcedCall>();
    const free = (from: number, to: number): number => {
      for (;;) {
        const index = this.rng.int(from, to);
        if (!forced.has(index)) return index;
      }
    };
    const last = times.length - 1;
    if (this.plan.reference) {
      for (let i = 0; i < 14; i++) forced.set(free(0, last), { contactId: REFERENCE_IDS.contact });
    }
    if (this.plan.dangling.includes('contact')) {
      const ghost = this.newPerson();
      ghost.contactId = this.rng.alphanumericId();
      this.danglingIds.contact = ghost.contactId;
      for (let i = 0; i < 3; i++) forced.set(free(0, last), { contactId: ghost.contactId, person: ghost });
    }
    if (this.plan.dangling.includes('message')) {
      forced.set(free(0, last), { danglingMessage: true });
    }
    // Dangling actions run on recent calls (after APPOINTMENT_BOOKING became visible) of their agent.
    const recent = Math.max(0, Math.floor(times.length * 0.3));
    for (const agent of this.agents) {
      for (const action of agent.actions) {
        if (action.dangling === undefined) continue;
        for (let i = 0; i < 2; i++) forced.set(free(0, recent), { agent, action });
      }
    }
    return forced;
  }

  /** Weekdays and business hours (US time) are busier. */
  private callTimeMs(): number {
    for (;;) {
      const day = this.rng.int(1, HISTORY_DAYS);
      const dayStart = this.dates.gridEndMs - day * DAY_MS;
      const weekday = new Date(dayStart).getUTCDay();
      if ((weekday === 0 || weekday === 6) && !this.rng.chance(0.45)) continue;
      const hourUtc = this.rng.weighted([
        [12, 4],
        [13, 8],
        [14, 10],
        [15, 10],
        [16, 9],
        [17, 9],
        [18, 8],
        [19, 8],
        [20, 7],
        [21, 6],
        [22, 4],
        [23, 3],
        [0, 2],
        [1, 2],
        [2, 1],
        [3, 1],
        [4, 1],
        [5, 1],
        [6, 1],
        [7, 1],
        [8, 1],
        [9, 1],
        [10, 1],
        [11, 2],
      ] as const);
      const createdMs = dayStart + hourUtc * 3_600_000 + this.rng.int(0, 3_599_999);
      return createdMs > this.dates.endMs ? createdMs - DAY_MS : createdMs;
    }
  }

  private callLog(
    createdMs: number,
    forced: ForcedCall | undefined,
    contactWeights: readonly (readonly [number, number])[],
  ): CallLogRecord {
    const rng = this.rng;
    const trial = forced === undefined ? rng.chance(TRIAL_CALL_RATE) : false;
    const agent = forced?.agent ?? this.pickAgent(createdMs);
    const topic = forced?.action ? this.topicFor(forced.action.template.type) : this.pickTopic();

    let person: Person;
    let contactId: string | undefined;
    if (trial) {
      person = this.newPerson();
    } else if (forced?.contactId !== undefined) {
      contactId = forced.contactId;
      person = forced.person ?? this.peopleById.get(contactId) ?? this.newPerson();
    } else {
      person = this.people[rng.weighted(contactWeights)] ?? this.newPerson();
      contactId = person.contactId;
    }

    const maxDuration = agent.record.maxCallDuration;
    const duration = topic.short
      ? rng.int(4, 25)
      : trial
        ? rng.int(20, 240)
        : Math.min(maxDuration, Math.round(35 * Math.exp(rng.next() * 2.6)) + rng.int(0, 20));

    const ctx = this.callContext(person, createdMs);
    const actions = topic.short ? [] : this.pickActions(agent, topic, createdMs, forced?.action);
    const executed = this.executeActions(actions, createdMs, duration);
    const transcript = this.transcript(
      agent,
      topic,
      executed.map((e) => e.instance),
      duration,
      ctx,
    );
    const outcomes = executed.map((e) => fill(e.instance.template.outcome, ctx)).filter((s) => s !== '');
    const summary = [fill(topic.summary, ctx), ...outcomes].join(' ');

    const log: CallLogRecord = {
      id: rng.objectId(createdMs),
      ...(contactId === undefined ? {} : { contactId }),
      agentId: agent.record.id,
      isAgentDeleted: agent.deleted,
      ...(trial ? {} : { fromNumber: rng.chance(0.9) ? person.phone : this.newPerson().phone }),
      createdAt: iso(createdMs),
      duration,
      trialCall: trial,
      executedCallActions: executed.map((e) => e.record),
      summary,
      transcript,
    };
    const translation = this.translation(agent);
    if (translation) log.translation = translation;
    const extracted = this.extractedData(
      executed.map((e) => e.instance),
      topic,
      ctx,
      trial,
    );
    if (extracted) log.extractedData = extracted;
    if (!trial && contactId !== undefined && (forced?.danglingMessage === true || rng.chance(0.93))) {
      const messageId = rng.alphanumericId();
      log.messageId = messageId;
      if (forced?.danglingMessage === true) this.danglingIds.message = messageId;
      else this.location.messages.push(this.message(messageId, contactId, createdMs, duration));
    }
    return log;
  }

  private pickAgent(createdMs: number): AgentPlan {
    const alive = this.agents.filter((a) => a.activeUntilMs > createdMs);
    return this.rng.weighted(alive.map((a) => [a, a.weight] as const));
  }

  private pickTopic(): Topic {
    return this.rng.weighted(this.theme.topics.map((t) => [t, t.short === true ? 0.5 : 1] as const));
  }

  private topicFor(type: ActionType): Topic {
    const topics = this.theme.topics.filter((t) => t.prefers.includes(type));
    return topics.length > 0 ? this.rng.pick(topics) : this.pickTopic();
  }

  private pickActions(agent: AgentPlan, topic: Topic, createdMs: number, must?: ActionInstance): ActionInstance[] {
    const count = this.rng.weighted([
      [0, 22],
      [1, 33],
      [2, 24],
      [3, 12],
      [4, 5],
      [5, 3],
      [6, 1],
    ] as const);
    const candidates = agent.actions.filter(
      (a) =>
        a !== must &&
        a.dangling === undefined &&
        (a.template.type !== 'APPOINTMENT_BOOKING' || createdMs >= APPOINTMENT_BOOKING_VISIBLE_FROM_MS),
    );
    const chosen: ActionInstance[] = must ? [must] : [];
    while (chosen.length < count && candidates.length > 0) {
      const pick = this.rng.weighted(
        candidates.map((a) => [a, topic.prefers.includes(a.template.type) ? 5 : 1] as const),
      );
      chosen.push(pick);
      candidates.splice(candidates.indexOf(pick), 1);
    }
    return chosen;
  }

  /** Timestamps: in-call actions during the call (a transfer ends it), post-call extraction after it. */
  private executeActions(
    actions: readonly ActionInstance[],
    createdMs: number,
    duration: number,
  ): { instance: ActionInstance; record: CallActionRecord }[] {
    const endMs = createdMs + duration * 1000;
    const timed = actions.map((instance) => {
      const type = instance.template.type;
      let atMs: number;
      if (type === 'DATA_EXTRACTION') atMs = endMs + this.rng.int(2_000, 25_000);
      else if (type === 'CALL_TRANSFER') atMs = endMs - this.rng.int(500, 3_000);
      else atMs = createdMs + Math.round((0.15 + this.rng.next() * 0.7) * duration * 1000);
      return { instance, atMs };
    });
    timed.sort((a, b) => a.atMs - b.atMs);
    return timed.map(({ instance, atMs }) => {
      const record: CallActionRecord = {
        actionId: instance.id,
        actionType: instance.template.type,
        actionName: instance.template.name,
        description: instance.template.description,
        actionParameters: structuredClone(instance.executedParameters),
        executedAt: iso(atMs),
      };
      if (this.rng.chance(0.88)) {
        const received = instance.template.type === 'DATA_EXTRACTION' ? endMs : atMs - this.rng.int(800, 15_000);
        record.triggerReceivedAt = iso(Math.max(createdMs, received));
      }
      return { instance, record };
    });
  }

  private callContext(person: Person, createdMs: number): CallContext {
    const rng = this.rng;
    const slotDay = new Date(createdMs + rng.int(1, 4) * DAY_MS);
    return {
      firstName: person.firstName,
      fullName: `${person.firstName} ${person.lastName}`,
      email: person.email,
      phone: person.phone,
      phoneSpoken: spokenPhone(person.phone),
      business: this.theme.businessName,
      city: person.city.city,
      address: person.address,
      orderNumber: `ORD-${rng.int(10000, 99999)}`,
      invoiceNumber: `INV-${rng.int(1000, 9999)}`,
      caseNumber: `CS-${rng.int(100000, 999999)}`,
      seats: String(rng.pick([5, 8, 12, 20, 25, 40, 50, 75])),
      budget: String(rng.pick([300, 500, 750, 1000, 2500])),
      day: WEEKDAYS[slotDay.getUTCDay()] ?? 'Monday',
      time: rng.pick(['9 AM', '11 AM', '1 PM', '2 PM', '3:30 PM', '4 PM']),
      equipment: rng.pick(['Carrier 24ACC636', 'Trane XR14', 'Rheem XG50T06', 'Lennox ML180']),
      urgency: rng.pick(['Low', 'Medium', 'High', 'Emergency']),
      unitAge: String(rng.int(3, 19)),
    };
  }

  private transcript(
    agent: AgentPlan,
    topic: Topic,
    actions: readonly ActionInstance[],
    duration: number,
    ctx: CallContext,
  ): string {
    const rng = this.rng;
    const lines: Line[] = [['bot', agent.record.welcomeMessage], ['human', topic.opener], ...topic.followUp];
    if (topic.short) {
      lines.push(['bot', 'No problem. Have a good day!']);
      if (rng.chance(0.3)) lines.push([null, '[call ended by caller]']);
      return render(lines, ctx);
    }
    const extraExchanges = Math.min(3, Math.floor(duration / 150));
    const transferred = actions.some((a) => a.template.type === 'CALL_TRANSFER');
    actions.forEach((action, i) => {
      if (i < extraExchanges) lines.push(...rng.pick(this.theme.smallTalk));
      lines.push(...action.template.lines);
    });
    if (!transferred) lines.push(...CLOSINGS);
    if (rng.chance(0.04))
      lines.splice(rng.int(1, lines.length - 1), 0, [null, rng.pick(['...', '(inaudible)', '[crosstalk]'])]);
    return render(lines, ctx);
  }

  private translation(agent: AgentPlan): CallLogRecord['translation'] {
    const settings = agent.record.translation;
    if (settings?.enabled !== true) return this.rng.chance(0.03) ? { enabled: false } : undefined;
    if (!this.rng.chance(0.2)) return undefined;
    const sample = this.theme.translations.find((t) => t.language === settings.language) ?? this.theme.translations[0];
    return this.rng.chance(0.75) && sample
      ? { enabled: true, language: sample.language, translatedTranscript: sample.sample }
      : { enabled: true, language: settings.language ?? 'es' };
  }

  private extractedData(
    actions: readonly ActionInstance[],
    topic: Topic,
    ctx: CallContext,
    trial: boolean,
  ): Record<string, unknown> | undefined {
    const data: Record<string, unknown> = {};
    for (const action of actions) {
      const t = action.template;
      if (t.type === 'DATA_EXTRACTION' || t.type === 'IN_CALL_DATA_EXTRACTION')
        data[t.dataKey] = ctx[t.valueFrom] ?? null;
    }
    const roll = this.rng.next();
    if (Object.keys(data).length === 0 && roll < (trial ? 0.6 : 0.3)) return undefined;
    if (Object.keys(data).length === 0 && roll < 0.35) return {};
    data['customerName'] = ctx['fullName'];
    data['reasonForCall'] = topic.reason;
    if (this.rng.chance(0.3)) data['callbackRequested'] = this.rng.chance(0.4);
    if (this.rng.chance(0.2)) data['sentiment'] = this.rng.pick(['positive', 'neutral', 'negative']);
    return data;
  }

  private message(id: string, contactId: string, createdMs: number, duration: number): MessageRecord {
    let conversationId = this.conversationIds.get(contactId);
    if (conversationId === undefined) {
      conversationId = this.rng.alphanumericId();
      this.conversationIds.set(contactId, conversationId);
    }
    return {
      id,
      type: 1,
      messageType: 'TYPE_CALL',
      locationId: this.plan.id,
      contactId,
      conversationId,
      dateAdded: iso(createdMs),
      direction: 'inbound',
      contentType: 'text/plain',
      attachments: [],
      meta: { callDuration: String(duration), callStatus: 'completed' },
      source: 'app',
    };
  }

  /** An instant between `minDays` and `maxDays` days before the base date. */
  private pastMs(minDays: number, maxDays: number): number {
    return this.dates.gridEndMs - this.rng.int(minDays, maxDays) * DAY_MS - this.rng.int(0, DAY_MS - 1);
  }
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function snake(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

function fill(text: string, ctx: CallContext): string {
  return text.replace(/\{(\w+)\}/g, (match, key: string) => ctx[key] ?? match);
}

function render(lines: readonly Line[], ctx: CallContext): string {
  return lines
    .map(([speaker, text]) => (speaker === null ? fill(text, ctx) : `${speaker}: ${fill(text, ctx)}`))
    .join('\n');
}

function spokenPhone(phone: string): string {
  const us = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(phone);
  return us ? `(${us[1]}) ${us[2]}-${us[3]}` : phone;
}
