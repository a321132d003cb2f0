// Lazy, batched references: exact upstream request counts read from the emulator's request log.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { graphql } from './generated/gql.js';
import { countsByRoute } from './helpers/emulator-log.js';
import { type Stack, startStack } from './helpers/stack.js';
import { type UpstreamCallLog, upstreamCallLogs, upstreamJson } from './helpers/upstream.js';

const DASHBOARD = graphql(`
  query Dashboard($locationId: ID!, $filter: CallLogFilter) {
    callLogs(locationId: $locationId, filter: $filter, first: 50) {
      nodes {
        ...CallLogFields
        contact {
          id
          name
          email
        }
        agent {
          id
          name
        }
        actions {
          ... on WorkflowTriggerAction {
            workflow {
              id
              name
            }
          }
        }
      }
    }
  }
`);

let stack: Stack;
let firstPage: UpstreamCallLog[];
beforeAll(async () => {
  stack = await startStack();
  firstPage = (await upstreamCallLogs(stack, { pageSize: 50 })).callLogs;
});
afterAll(() => stack.stop());
beforeEach(() => {
  stack.emulator.requests.clear();
  stack.emulator.faults.clear();
});

function distinct(values: (string | undefined | null)[]): number {
  return new Set(values.filter((value): value is string => typeof value === 'string' && value.length > 0)).size;
}

function parameterIds(logs: UpstreamCallLog[], actionTypes: string[], key: string): (string | undefined)[] {
  return logs.flatMap((log) =>
    log.executedCallActions
      .filter((action) => actionTypes.includes(action.actionType))
      .map((action) => action.actionParameters?.[key] as string | undefined),
  );
}

describe('upstream cost of callLogs(first: 50)', () => {
  it('is exactly one request when references are selected as { id } only', async () => {
    const response = await stack.query(
      graphql(`
        query IdsOnly($locationId: ID!) {
          callLogs(locationId: $locationId, first: 50) {
            totalCount
            nodes {
              ...CallLogFields
            }
          }
        }
      `),
      { locationId: stack.locationId },
    );
    expect(response.errors).toBeUndefined();
    expect(countsByRoute(stack.emulator)).toEqual({ 'callLogs.list': 1 });
  });

  it('is 1 + C + A + 1 with contact, agent and workflow names', async () => {
    const contacts = distinct(firstPage.map((log) => log.contactId));
    const agents = distinct(firstPage.filter((log) => !log.isAgentDeleted).map((log) => log.agentId));
    const workflowLists = parameterIds(firstPage, ['WORKFLOW_TRIGGER'], 'workflowId').length > 0 ? 1 : 0;
    expect(contacts).toBeGreaterThan(10);

    const response = await stack.query(DASHBOARD, { locationId: stack.locationId });
    expect(response.errors).toBeUndefined();
    expect(countsByRoute(stack.emulator)).toEqual({
      'callLogs.list': 1,
      'contacts.get': contacts,
      'agents.get': agents,
      ...(workflowLists ? { 'workflows.list': 1 } : {}),
    });
    expect(stack.emulator.requests.all()).toHaveLength(1 + contacts + agents + workflowLists);

    // And the values are HighLevel's.
    const node = response.data?.callLogs?.nodes.find((candidate) => candidate.contactId !== null);
    const { contact } = (await upstreamJson(stack, `/contacts/${node?.contactId ?? ''}`, '2021-07-28')) as {
      contact: { id: string; name?: string; email?: string };
    };
    expect(node?.contact).toEqual({ id: contact.id, name: contact.name ?? null, email: contact.email ?? null });
  });

  it('adds one list per location for custom fields and one request per distinct calendar, knowledge base and message', async () => {
    const response = await stack.query(
      `query($locationId: ID!) {
        callLogs(locationId: $locationId, first: 50) {
          nodes {
            message { id body }
            actions {
              ... on DataExtractionAction { contactField { id name } }
              ... on InCallDataExtractionAction { contactField { id name } }
              ... on AppointmentBookingAction { calendar { id name } }
              ... on KnowledgeBaseAction { knowledgeBase { id name } }
            }
          }
        }
      }`,
      { locationId: stack.locationId },
    );
    expect(response.errors).toBeUndefined();
    const fieldIds = parameterIds(firstPage, ['DATA_EXTRACTION', 'IN_CALL_DATA_EXTRACTION'], 'contactFieldId');
    const expected: Record<string, number> = {
      'callLogs.list': 1,
      'customFields.list': fieldIds.length > 0 ? 1 : 0,
      'calendars.get': distinct(parameterIds(firstPage, ['APPOINTMENT_BOOKING'], 'calendarId')),
      'knowledgeBases.get': distinct(parameterIds(firstPage, ['KNOWLEDGE_BASE'], 'knowledgeBaseId')),
      'messages.get': distinct(firstPage.map((log) => (log as UpstreamCallLog & { messageId?: string }).messageId)),
    };
    expect(countsByRoute(stack.emulator)).toEqual(
      Object.fromEntries(Object.entries(expected).filter(([, count]) => count > 0)),
    );
  });

  it('fetches a contact referenced by ten call logs once', async () => {
    const contactId = await contactWithTenCalls();
    stack.emulator.requests.clear();

    const response = await stack.query(DASHBOARD, {
      locationId: stack.locationId,
      filter: { contactIds: [contactId] },
    });
    expect(response.errors).toBeUndefined();
    const nodes = response.data?.callLogs?.nodes ?? [];
    expect(nodes.length).toBeGreaterThanOrEqual(10);
    expect(new Set(nodes.map((node) => node.contact?.id))).toEqual(new Set([contactId]));
    expect(countsByRoute(stack.emulator)['contacts.get']).toBe(1);
  });
});

async function contactWithTenCalls(): Promise<string> {
  const frequencies = new Map<string, number>();
  for (let page = 1; page <= 6; page++) {
    for (const log of (await upstreamCallLogs(stack, { pageSize: 50, page })).callLogs) {
      if (log.contactId) frequencies.set(log.contactId, (frequencies.get(log.contactId) ?? 0) + 1);
    }
  }
  const [contactId] = [...frequencies].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!contactId || (frequencies.get(contactId) ?? 0) < 10) throw new Error('the seed has no contact with ten calls');
  return contactId;
}

describe('reference failures', () => {
  it('nulls only the failing field, with a coded error at its path, and keeps the rest of the page', async () => {
    stack.emulator.faults.set([{ route: 'contacts.get', status: 500 }]);
    const response = await stack.query(DASHBOARD, { locationId: stack.locationId });
    const nodes = response.data?.callLogs?.nodes ?? [];
    expect(nodes).toHaveLength(50);
    const withContact = nodes.filter((node) => node.contactId !== null);
    expect(withContact.length).toBeGreaterThan(0);
    for (const node of withContact) expect(node.contact).toBeNull();
    expect(nodes.filter((node) => node.agent !== null).every((node) => typeof node.agent?.name === 'string')).toBe(
      true,
    );
    expect(response.errors).toHaveLength(withContact.length);
    for (const error of response.errors ?? []) {
      expect(error.extensions?.['code']).toBe('UPSTREAM_UNAVAILABLE');
      expect(error.path?.at(-1)).toBe('contact');
      expect(error.message).not.toMatch(/127\.0\.0\.1|http:/);
    }
  });

  it('serves a dangling reference as null without an error, and skips deleted agents', async () => {
    const id = 'danglingReferences01';
    stack.emulator.store.addCallLog(stack.locationId, {
      id,
      contactId: 'contactGoneLongAgo01',
      agentId: 'agentDeletedLongAgo1',
      isAgentDeleted: true,
      createdAt: '2025-06-03T09:00:00.000Z',
      duration: 30,
      trialCall: false,
      summary: 'References to things that are gone',
      transcript: 'bot: Hello',
      messageId: 'messageGoneLongAgo1',
      executedCallActions: [
        { actionType: 'WORKFLOW_TRIGGER', actionName: 'Gone', actionParameters: { workflowId: 'workflowGone000001' } },
        {
          actionType: 'APPOINTMENT_BOOKING',
          actionName: 'Gone',
          actionParameters: { calendarId: 'calendarGone000001' },
        },
        {
          actionType: 'DATA_EXTRACTION',
          actionName: 'Gone',
          actionParameters: { contactFieldId: 'fieldGone000000001' },
        },
        {
          actionType: 'KNOWLEDGE_BASE',
          actionName: 'Gone',
          actionParameters: { knowledgeBaseId: 'kbGone00000000001' },
        },
      ],
    });
    stack.emulator.requests.clear();
    const response = await stack.query(
      `query($locationId: ID!, $id: ID!) {
        callLog(locationId: $locationId, id: $id) {
          contact { name } agent { name } message { body }
          actions {
            ... on WorkflowTriggerAction { workflowId workflow { name } }
            ... on AppointmentBookingAction { calendarId calendar { name } }
            ... on DataExtractionAction { contactFieldId contactField { name } }
            ... on KnowledgeBaseAction { knowledgeBaseId knowledgeBase { name } }
          }
        }
      }`,
      { locationId: stack.locationId, id },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      callLog: {
        contact: null,
        agent: null,
        message: null,
        actions: [
          { workflowId: 'workflowGone000001', workflow: null },
          { calendarId: 'calendarGone000001', calendar: null },
          { contactFieldId: 'fieldGone000000001', contactField: null },
          { knowledgeBaseId: 'kbGone00000000001', knowledgeBase: null },
        ],
      },
    });
    expect(countsByRoute(stack.emulator)['agents.get']).toBeUndefined();
  });
});

describe('what selects a reference', () => {
  it('costs nothing for { id } through fragments, aliases and skipped fields, and loads otherwise', async () => {
    const document = /* GraphQL */ `
      query ($locationId: ID!, $withName: Boolean!) {
        callLogs(locationId: $locationId, first: 10) {
          nodes {
            contact {
              ...ContactId
              ... on Contact {
                contactId: id
                __typename
              }
              name @include(if: $withName)
              email @skip(if: true)
            }
          }
        }
      }
      fragment ContactId on Contact {
        id
      }
    `;
    await stack.query(document, { locationId: stack.locationId, withName: false });
    expect(countsByRoute(stack.emulator)).toEqual({ 'callLogs.list': 1 });

    stack.emulator.requests.clear();
    await stack.query(document, { locationId: stack.locationId, withName: true });
    expect(countsByRoute(stack.emulator)['contacts.get']).toBeGreaterThan(0);
  });
});
