// The look-ahead (src/resolvers/look-ahead.ts) starts a page's reference loads before graphql-js walks the page: it
// must ask exactly what the resolvers would, whatever way the query selects them. Exact counts from the emulator.
import { isInterfaceType } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { upstreamCost } from '../src/cost-model.js';
import { ACTION_REFERENCE_FIELDS } from '../src/resolvers/action-references.js';
import { buildGatewaySchema } from '../src/schema.js';
import { countsByRoute } from './helpers/emulator-log.js';
import { type Stack, startStack } from './helpers/stack.js';
import { type UpstreamCallLog, upstreamCallLogs } from './helpers/upstream.js';

let stack: Stack;
let contacts: number;
let agents: number;
/** The distinct ids the page's actions of `actionType` hold in `parameter`. */
let distinctIds: (actionType: string, parameter: string) => number;
beforeAll(async () => {
  stack = await startStack();
  const page: UpstreamCallLog[] = (await upstreamCallLogs(stack, { pageSize: 50 })).callLogs;
  contacts = new Set(page.flatMap((log) => (log.contactId ? [log.contactId] : []))).size;
  agents = new Set(page.flatMap((log) => (!log.isAgentDeleted && log.agentId ? [log.agentId] : []))).size;
  distinctIds = (actionType, parameter) =>
    new Set(
      page.flatMap((log) =>
        log.executedCallActions.flatMap((action) =>
          action.actionType === actionType && typeof action.actionParameters?.[parameter] === 'string'
            ? [action.actionParameters[parameter]]
            : [],
        ),
      ),
    ).size;
});
afterAll(() => stack.stop());
beforeEach(() => {
  stack.emulator.requests.clear();
  stack.emulator.faults.clear();
});

async function countsFor(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, number>> {
  const response = await stack.query(query, { locationId: stack.locationId, ...variables });
  expect(response.errors).toBeUndefined();
  return countsByRoute(stack.emulator);
}

describe('a page of call logs asks for its references', () => {
  it('through edges { node } as through nodes, fragments and aliases included', async () => {
    expect(contacts).toBeGreaterThan(10);
    expect(
      await countsFor(`
        query($locationId: ID!) {
          callLogs(locationId: $locationId, first: 50) {
            edges { node { ...Caller } }
            nodes { ... on CallLog { answeredBy: agent { name } } again: agent { id } }
          }
        }
        fragment Caller on CallLog { contact { id } who: contact { name } }`),
    ).toEqual({ 'callLogs.list': 1, 'contacts.get': contacts, 'agents.get': agents });
  });

  it('not for references left out by @skip or @include, or selected by their free fields only', async () => {
    expect(
      await countsFor(
        `query($locationId: ID!, $yes: Boolean!, $no: Boolean!) {
          callLogs(locationId: $locationId, first: 50) {
            nodes {
              contact @include(if: $no) { name }
              agent @skip(if: $yes) { name }
              ... @include(if: $no) { message { body } }
              again: contact { id locationId }
            }
            edges @skip(if: $yes) { node { agent { name } } }
          }
        }`,
        { yes: true, no: false },
      ),
    ).toEqual({ 'callLogs.list': 1 });
  });

  it("and its actions' references, by the fragments that apply to each action's type", async () => {
    expect(distinctIds('APPOINTMENT_BOOKING', 'calendarId')).toBeGreaterThan(1);
    expect(distinctIds('KNOWLEDGE_BASE', 'knowledgeBaseId')).toBeGreaterThan(1);
    expect(
      await countsFor(`
        query($locationId: ID!) {
          callLogs(locationId: $locationId, first: 50) {
            nodes {
              actions {
                ... on WorkflowTriggerAction { workflow { name } }
                ...Booking
                ... on Action { ... on KnowledgeBaseAction { kb: knowledgeBase { name } } }
                ... on DataExtractionAction { contactField { name } }
              }
            }
          }
        }
        fragment Booking on AppointmentBookingAction { calendar { name } }`),
    ).toEqual({
      'callLogs.list': 1,
      'workflows.list': 1,
      'calendars.get': distinctIds('APPOINTMENT_BOOKING', 'calendarId'),
      'knowledgeBases.get': distinctIds('KNOWLEDGE_BASE', 'knowledgeBaseId'),
      'customFields.list': 1,
    });
  });

  it("not for actions' references selected by their free fields only, left out, or on another action type", async () => {
    expect(
      await countsFor(
        `query($locationId: ID!, $no: Boolean!) {
          callLogs(locationId: $locationId, first: 50) {
            nodes {
              actions {
                ... on WorkflowTriggerAction { workflow { id locationId } }
                ... on AppointmentBookingAction { calendar @include(if: $no) { name } }
                ... on SmsAction { messageBody }
                ... on InCallDataExtractionAction @skip(if: true) { contactField { name } }
              }
              again: actions @include(if: $no) { ... on KnowledgeBaseAction { knowledgeBase { name } } }
            }
          }
        }`,
        { no: false },
      ),
    ).toEqual({ 'callLogs.list': 1 });
  });

  it("once per action's reference when its load fails: each action's field reports the failure", async () => {
    stack.emulator.faults.set([{ route: 'workflows.list', status: 500 }]);
    const response = await stack.query(
      `query($locationId: ID!) {
        callLogs(locationId: $locationId, first: 50) {
          nodes { id actions { ... on WorkflowTriggerAction { workflow { name } } } }
        }
      }`,
      { locationId: stack.locationId },
    );
    const workflowActions = distinctIds('WORKFLOW_TRIGGER', 'workflowId');
    expect(workflowActions).toBeGreaterThan(0);
    expect(response.data).toBeDefined();
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(response.errors?.every((error) => error.extensions?.['code'] === 'UPSTREAM_UNAVAILABLE')).toBe(true);
    expect(response.errors?.every((error) => error.path?.at(-1) === 'workflow')).toBe(true);
    expect(countsByRoute(stack.emulator)).toEqual({ 'callLogs.list': 1, 'workflows.list': 1 });
  });

  it('once per reference when a load fails: the resolver reports the failure the look-ahead started', async () => {
    stack.emulator.faults.set([{ route: 'contacts.get', status: 500 }]);
    const response = await stack.query(
      `query($locationId: ID!) { callLogs(locationId: $locationId, first: 50) { nodes { id contact { name } } } }`,
      { locationId: stack.locationId },
    );
    expect(response.data).toBeDefined();
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(response.errors?.every((error) => error.extensions?.['code'] === 'UPSTREAM_UNAVAILABLE')).toBe(true);
    expect(countsByRoute(stack.emulator)['contacts.get']).toBe(contacts);
  });
});

describe("the look-ahead's list of action references", () => {
  it("is every action type's field that makes a request of its own, as the schema says", () => {
    const schema = buildGatewaySchema();
    const action = schema.getType('Action');
    if (!isInterfaceType(action)) throw new Error('the schema has no Action interface');
    const fromSchema = Object.fromEntries(
      schema.getPossibleTypes(action).flatMap((type) => {
        const fields = Object.values(type.getFields())
          .filter((field) => upstreamCost(schema, field)?.per !== undefined)
          .map((field) => field.name);
        return fields.length > 0 ? [[type.name, fields]] : [];
      }),
    );
    expect(ACTION_REFERENCE_FIELDS).toEqual(fromSchema);
  });
});
