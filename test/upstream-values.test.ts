// Upstream values of the wrong type (`duration` as a word, `summary` as an object, ids as objects or arrays, actions
// as an object): each is null with UPSTREAM_UNAVAILABLE at its own field, the rest of the call log arrives, and no
// upstream request is ever built from an id that is not a HighLevel id. Table-driven: every scalar field of CallLog
// and of the actions, times the wrong values that fit its type.
import { graphql as runGraphQL } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createAuthenticator } from '../src/auth.js';
import { createContext } from '../src/context.js';
import { REFERENCE_IDS } from '../src/emulator/seed-reference.js';
import { buildGatewaySchema } from '../src/schema.js';
import { countsByRoute } from './helpers/emulator-log.js';
import { type Stack, startStack, upstreamHttpFor } from './helpers/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());
beforeEach(() => {
  stack.emulator.requests.clear();
});

type Kind = 'string' | 'number' | 'int' | 'boolean' | 'id' | 'date' | 'object';

/** What HighLevel might send instead of a value of each kind. */
const WRONG: Record<Kind, readonly unknown[]> = {
  string: [{ text: 'x' }, ['x']],
  number: ['twelve seconds', { seconds: 12 }, [12]],
  int: [2.5, 2 ** 31, 'three', { days: 3 }],
  boolean: ['yes', { value: true }, [true]],
  id: [{ id: 'abc' }, ['abc'], 42, true],
  date: ['not a date', { at: 1 }, [1]],
  object: ['es', 42, ['x']],
};

/** An id that is a string, but no HighLevel id: it must never reach an upstream URL either. */
const UNSAFE_ID = '../../locations';

interface FieldCase {
  /** The GraphQL field, and the upstream key it is read from when the names differ. */
  field: string;
  upstream?: string;
  kind: Kind;
  /** A reference loaded from this id: it fails too, without a request, whatever else the query selects. */
  reference?: string;
}

/** Every CallLog field read from one upstream value (derived fields, such as `callType`, are tested elsewhere). */
const CALL_LOG_FIELDS: FieldCase[] = [
  { field: 'agentId', kind: 'id', reference: 'agent { id name }' },
  { field: 'contactId', kind: 'id', reference: 'contact { id firstName }' },
  { field: 'messageId', kind: 'id', reference: 'message { id body }' },
  { field: 'fromNumber', kind: 'string' },
  { field: 'createdAt', kind: 'date' },
  { field: 'duration', kind: 'number' },
  { field: 'summary', kind: 'string' },
  { field: 'transcript', kind: 'string' },
  { field: 'translation', kind: 'object' },
];

/** Per action type: a valid action, and the fields read from one value of it (top level or `actionParameters`). */
interface ActionCase {
  type: string;
  typeName: string;
  parameters: Record<string, unknown>;
  fields: (FieldCase & { at?: 'action' | 'parameters' })[];
}

const COMMON_ACTION_FIELDS: ActionCase['fields'] = [
  { field: 'actionId', kind: 'id', at: 'action' },
  { field: 'name', upstream: 'actionName', kind: 'string', at: 'action' },
  { field: 'description', kind: 'string', at: 'action' },
  { field: 'executedAt', kind: 'date', at: 'action' },
  { field: 'triggerReceivedAt', kind: 'date', at: 'action' },
];

const PROMPT_FIELDS: ActionCase['fields'] = [
  { field: 'triggerPrompt', kind: 'string' },
  { field: 'triggerMessage', kind: 'string' },
];

const ACTIONS: ActionCase[] = [
  {
    type: 'CALL_TRANSFER',
    typeName: 'CallTransferAction',
    parameters: { transferToType: 'number', transferToValue: '+15550100', hearWhisperMessage: true },
    fields: [
      ...COMMON_ACTION_FIELDS,
      ...PROMPT_FIELDS,
      { field: 'transferToType', kind: 'string' },
      { field: 'transferToNumber', upstream: 'transferToValue', kind: 'string' },
      { field: 'hearWhisperMessage', kind: 'boolean' },
    ],
  },
  {
    type: 'SMS',
    typeName: 'SmsAction',
    parameters: { messageBody: 'Hello' },
    fields: [...PROMPT_FIELDS, { field: 'messageBody', kind: 'string' }],
  },
  {
    type: 'DATA_EXTRACTION',
    typeName: 'DataExtractionAction',
    parameters: { contactFieldId: 'field1', description: 'The email', overwriteExistingValue: false },
    fields: [
      { field: 'contactFieldId', kind: 'id', reference: 'contactField { id name }' },
      { field: 'extractionDescription', upstream: 'description', kind: 'string' },
      { field: 'overwriteExistingValue', kind: 'boolean' },
    ],
  },
  {
    type: 'IN_CALL_DATA_EXTRACTION',
    typeName: 'InCallDataExtractionAction',
    parameters: { contactFieldId: 'field1' },
    fields: [{ field: 'contactFieldId', kind: 'id', reference: 'contactField { id name }' }],
  },
  {
    type: 'WORKFLOW_TRIGGER',
    typeName: 'WorkflowTriggerAction',
    parameters: { workflowId: 'workflow1' },
    fields: [{ field: 'workflowId', kind: 'id', reference: 'workflow { id name }' }],
  },
  {
    type: 'APPOINTMENT_BOOKING',
    typeName: 'AppointmentBookingAction',
    parameters: { calendarId: 'calendar1', daysOfOfferingDates: 3, slotsPerDay: 4, hoursBetweenSlots: 1.5 },
    fields: [
      { field: 'calendarId', kind: 'id', reference: 'calendar { id name }' },
      { field: 'daysOfOfferingDates', kind: 'int' },
      { field: 'slotsPerDay', kind: 'int' },
      { field: 'hoursBetweenSlots', kind: 'number' },
    ],
  },
  {
    type: 'CUSTOM_ACTION',
    typeName: 'CustomAction',
    parameters: { apiDetails: { url: 'https://api.example.com/orders', method: 'GET' } },
    fields: [{ field: 'api', upstream: 'apiDetails', kind: 'object' }],
  },
  {
    type: 'KNOWLEDGE_BASE',
    typeName: 'KnowledgeBaseAction',
    parameters: { knowledgeBaseId: 'knowledgeBase1' },
    fields: [{ field: 'knowledgeBaseId', kind: 'id', reference: 'knowledgeBase { id name }' }],
  },
];

/** Fields one level further in: a custom action's API and an action parameter. */
const NESTED: {
  name: string;
  field: string;
  kind: Kind;
  action: (value: unknown) => Record<string, unknown>;
  select: string;
  path: (string | number)[];
}[] = [
  ...(['url', 'method'] as const).map((field) => ({
    name: `CustomAction.api.${field}`,
    field,
    kind: 'string' as const,
    action: (value: unknown) => ({
      actionType: 'CUSTOM_ACTION',
      actionParameters: { apiDetails: { url: 'https://api.example.com', method: 'GET', [field]: value } },
    }),
    select: `... on CustomAction { api { method url } }`,
    path: ['api', field],
  })),
  {
    name: 'CustomAction.api.authenticationRequired',
    field: 'authenticationRequired',
    kind: 'boolean',
    action: (value) => ({
      actionType: 'CUSTOM_ACTION',
      actionParameters: { apiDetails: { method: 'GET', authenticationRequired: value } },
    }),
    select: `... on CustomAction { api { method authenticationRequired } }`,
    path: ['api', 'authenticationRequired'],
  },
  ...(['description', 'type', 'example'] as const).map((field) => ({
    name: `KnowledgeBaseAction.parameters.${field}`,
    field,
    kind: 'string' as const,
    action: (value: unknown) => ({
      actionType: 'KNOWLEDGE_BASE',
      actionParameters: {
        parameters: [{ name: 'orderId', description: 'd', type: 't', example: 'e', [field]: value }],
      },
    }),
    select: `... on KnowledgeBaseAction { parameters { name ${field} } }`,
    path: ['parameters', 0, field],
  })),
];

let serial = 0;
/** Adds a call log to location 1: a valid one, with `patch` over it; every value a test leaves alone stays readable. */
function addCallLog(patch: Record<string, unknown>): string {
  serial += 1;
  const id = `wrongTypeLog${String(serial).padStart(8, '0')}`;
  stack.emulator.store.addCallLog(stack.locationId, {
    id,
    createdAt: '2024-05-01T10:00:00.000Z',
    summary: 'Still served',
    ...patch,
  });
  return id;
}

async function queryCallLog(id: string, selection: string) {
  return stack.query(
    `query WrongType($locationId: ID!, $id: ID!) { callLog(locationId: $locationId, id: $id) { id summary ${selection} } }`,
    { locationId: stack.locationId, id },
  );
}

/** The value at `path` below `data.callLog`. */
function at(data: unknown, path: readonly (string | number)[]): unknown {
  let value: unknown = (data as { callLog?: unknown } | null | undefined)?.callLog;
  for (const key of path) value = (value as Record<string | number, unknown> | null | undefined)?.[key];
  return value;
}

/**
 * The response is 200, the call log arrives (its id and summary intact), each of `nulled` is null, and the errors are
 * exactly UPSTREAM_UNAVAILABLE at `nulled`'s paths; the only upstream request is the call log's own.
 */
async function expectUnreadable(id: string, selection: string, nulled: (string | number)[][]) {
  const response = await queryCallLog(id, selection);
  expect(response.status).toBe(200);
  expect(at(response.data, ['id'])).toBe(id);
  if (!nulled.some((path) => path[0] === 'summary')) expect(at(response.data, ['summary'])).toBe('Still served');
  for (const path of nulled) expect(at(response.data, path), path.join('.')).toBeNull();
  const errors = (response.errors ?? []).map((error) => ({ path: error.path, code: error.extensions?.['code'] }));
  expect(errors).toEqual(
    expect.arrayContaining(nulled.map((path) => ({ path: ['callLog', ...path], code: 'UPSTREAM_UNAVAILABLE' }))),
  );
  expect(errors).toHaveLength(nulled.length);
  expect(countsByRoute(stack.emulator)).toEqual({ 'callLogs.get': 1 });
}

const show = (value: unknown) => JSON.stringify(value);

describe('a CallLog field HighLevel sent with the wrong type is null with UPSTREAM_UNAVAILABLE at that field', () => {
  const cases = CALL_LOG_FIELDS.flatMap((field) => WRONG[field.kind].map((value) => ({ ...field, value })));
  it.each(cases)('$field: $value', async ({ field, upstream, kind, value }) => {
    const id = addCallLog({ [upstream ?? field]: value });
    await expectUnreadable(id, kind === 'object' ? `${field} { language raw }` : field, [[field]]);
  });

  const references = CALL_LOG_FIELDS.filter((field) => field.reference !== undefined).flatMap((field) =>
    [...WRONG.id, UNSAFE_ID].map((value) => ({ ...field, value })),
  );
  it.each(references)('$field: $value fails its reference too, without a request', async (field) => {
    const id = addCallLog({ [field.field]: field.value });
    const reference = (field.reference ?? '').split(' ')[0] ?? '';
    // The id field itself serves a string as HighLevel sent it; anything else is unreadable there too.
    const nulled = typeof field.value === 'string' ? [[reference]] : [[field.field], [reference]];
    await expectUnreadable(id, `${field.field} ${field.reference ?? ''}`, nulled);
    // Selecting only the reference's key costs no request either way, and is refused the same.
    stack.emulator.requests.clear();
    await expectUnreadable(id, `${reference} { id }`, [[reference]]);
  });

  it.each([{ value: { first: { actionType: 'SMS' } } }, { value: 'SMS' }, { value: 42 }])(
    'actions: HighLevel `executedCallActions` $value is null, not an empty list',
    async ({ value }) => {
      const id = addCallLog({ executedCallActions: value });
      await expectUnreadable(id, 'actions { __typename }', [['actions']]);
    },
  );
});

describe('an action field HighLevel sent with the wrong type is null with UPSTREAM_UNAVAILABLE at that field', () => {
  const cases = ACTIONS.flatMap((action) =>
    action.fields.flatMap((field) =>
      [...WRONG[field.kind], ...(field.kind === 'id' ? [UNSAFE_ID] : [])].map((value) => ({
        name: `${action.typeName}.${field.field}`,
        action,
        field,
        value,
      })),
    ),
  );
  it.each(cases)('$name: $value', async ({ action, field, value }) => {
    const key = field.upstream ?? field.field;
    const entry =
      field.at === 'action'
        ? { actionType: action.type, actionParameters: action.parameters, [key]: value }
        : { actionType: action.type, actionParameters: { ...action.parameters, [key]: value } };
    const id = addCallLog({ executedCallActions: [entry] });
    const selection = field.kind === 'object' ? `${field.field} { method }` : field.field;
    // `name` is selected on every case: the action arrives with its other fields.
    const fields = field.reference ? `${selection} ${field.reference}` : selection;
    const actions = `actions { __typename rawType ... on ${action.typeName} { ${fields} } }`;
    const reference = field.reference?.split(' ')[0];
    const nulled: (string | number)[][] = [];
    // An id that is a string is served as sent; only its lookup is refused.
    if (!(field.kind === 'id' && typeof value === 'string')) nulled.push(['actions', 0, field.field]);
    if (reference) nulled.push(['actions', 0, reference]);
    const response = await queryCallLog(id, actions);
    expect(at(response.data, ['actions', 0, 'rawType']), show(response.errors)).toBe(action.type);
    expect(at(response.data, ['actions', 0, '__typename'])).toBe(action.typeName);
    stack.emulator.requests.clear();
    await expectUnreadable(id, actions, nulled);
  });

  const nested = NESTED.flatMap((field) => WRONG[field.kind].map((value) => ({ ...field, value })));
  it.each(nested)('$name: $value', async ({ action, value, select, path }) => {
    const id = addCallLog({ executedCallActions: [action(value)] });
    await expectUnreadable(id, `actions { __typename ${select} }`, [['actions', 0, ...path]]);
  });
});

describe('a referenced record HighLevel sent with a field of the wrong type', () => {
  it('is served with that field null and UPSTREAM_UNAVAILABLE at it', async () => {
    // The emulator's records are frozen: the request's loaders are primed instead, with what HighLevel might send.
    const contact = stack.emulator.store.contact(REFERENCE_IDS.contact);
    const agent = stack.emulator.store.agent(stack.locationId, REFERENCE_IDS.agent);
    if (!contact || !agent) throw new Error('the seed lost its reference records');
    const context = await createContext(
      {
        http: upstreamHttpFor(stack),
        authenticate: createAuthenticator({ mode: 'passthrough' }),
        limits: { maxRequests: 100, deadlineMs: 10_000 },
      },
      `Bearer ${stack.token}`,
    );
    const locationId = stack.locationId;
    context.loaders.contact.prime(
      { id: REFERENCE_IDS.contact },
      { ...contact, firstName: ['Ada'] as never, email: { at: 1 } as never },
    );
    context.loaders.agent.prime({ locationId, id: agent.id }, { ...agent, agentName: { name: 'Desk' } as never });
    const response = await runGraphQL({
      schema: buildGatewaySchema(),
      source: `query($locationId: ID!, $id: ID!) {
        callLog(locationId: $locationId, id: $id) { id contact { id firstName lastName email } agent { id name } }
      }`,
      variableValues: { locationId, id: REFERENCE_IDS.callLog },
      contextValue: context,
    });
    expect(response.data).toMatchObject({
      callLog: {
        id: REFERENCE_IDS.callLog,
        contact: { id: REFERENCE_IDS.contact, firstName: null, lastName: contact.lastName, email: null },
        agent: { id: agent.id, name: null },
      },
    });
    const errors = (response.errors ?? []).map((error) => ({ path: error.path, code: error.extensions['code'] }));
    expect(errors).toHaveLength(3);
    expect(errors).toEqual(
      expect.arrayContaining(
        [
          ['callLog', 'contact', 'firstName'],
          ['callLog', 'contact', 'email'],
          ['callLog', 'agent', 'name'],
        ].map((path) => ({ path, code: 'UPSTREAM_UNAVAILABLE' })),
      ),
    );
  });
});
