// Liberal in what the gateway accepts: call logs that break the spec's promises still arrive, and an unreadable
// value nulls its own field alone.
import { graphql as runGraphQL } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createAuthenticator } from '../src/auth.js';
import { createContext } from '../src/context.js';
import { REFERENCE_IDS } from '../src/emulator/seed-reference.js';
import { buildGatewaySchema } from '../src/schema.js';
import { graphql } from './generated/gql.js';
import { type Stack, startStack, upstreamHttpFor } from './helpers/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());

const ODD_LOG_ID = 'oddShapesCallLog0001';

describe('odd upstream data', () => {
  it('serves a call log with missing, null and mistyped fields without failing its page', async () => {
    stack.emulator.store.addCallLog(stack.locationId, {
      id: ODD_LOG_ID,
      agentId: null,
      isAgentDeleted: 'false',
      createdAt: 'not a date',
      duration: '12',
      trialCall: null,
      transcript: 42,
      translation: 'es',
      extractedData: ['unexpected', 'list'],
      executedCallActions: [
        'a bare string',
        { actionType: 7, actionName: 'Numeric type', actionParameters: [1, 2] },
        { actionType: 'SMS', actionParameters: null },
        {
          actionType: 'APPOINTMENT_BOOKING',
          actionParameters: { calendarId: 5, daysOfOfferingDates: 2.5, hoursBetweenSlots: 1.5 },
        },
      ],
    });
    const response = await stack.query(
      graphql(`
        query OddCallLogs($locationId: ID!) {
          callLogs(locationId: $locationId, last: 5) {
            nodes {
              ...CallLogFields
            }
          }
        }
      `),
      { locationId: stack.locationId },
    );
    const odd = response.data?.callLogs?.nodes.find((node) => node.id === ODD_LOG_ID);
    expect(response.data?.callLogs?.nodes).toHaveLength(5);
    expect(odd).toMatchObject({
      agentId: null,
      agent: null,
      isAgentDeleted: false,
      createdAt: null,
      duration: 12, // GraphQL's Float coerces a numeric string
      callType: 'LIVE',
      transcript: '42', // and String a number
      transcriptTurns: [],
      translation: null,
      extractedData: ['unexpected', 'list'],
      actions: [
        { __typename: 'UnknownAction', rawType: '', rawParameters: 'a bare string' },
        { __typename: 'UnknownAction', rawType: '7', name: 'Numeric type', rawParameters: [1, 2] },
        { __typename: 'SmsAction', type: 'SMS', messageBody: null, rawParameters: null },
        {
          __typename: 'AppointmentBookingAction',
          calendarId: null,
          calendar: null,
          daysOfOfferingDates: null,
          hoursBetweenSlots: 1.5,
        },
      ],
    });
    // Missing timestamps sort last upstream. What is absent is null without an error; what is there but unreadable
    // (a timestamp that is not a date, a translation that is a word, an id that is a number, an Int with a fraction)
    // is null with an error at its own field, and a reference from an unreadable id is too, without a request.
    const index = response.data?.callLogs?.nodes.findIndex((node) => node === odd);
    const node = ['callLogs', 'nodes', index];
    expect(response.errors?.map((error) => ({ path: error.path, code: error.extensions?.['code'] }))).toEqual(
      [
        [...node, 'createdAt'],
        [...node, 'translation'],
        [...node, 'actions', 3, 'calendarId'],
        [...node, 'actions', 3, 'daysOfOfferingDates'],
        // A reference resolves asynchronously: its error comes last.
        [...node, 'actions', 3, 'calendar'],
      ].map((path) => ({ path, code: 'UPSTREAM_UNAVAILABLE' })),
    );
  });

  it('reads an integer HighLevel sends past 32 bits, or with a fraction, as null with UPSTREAM_UNAVAILABLE, as any unreadable Int', async () => {
    // The emulator's records are frozen: the request's loaders are primed instead, with what HighLevel might send.
    const { store } = stack.emulator;
    const agent = store.agent(stack.locationId, REFERENCE_IDS.agent);
    const calendar = store.calendar(REFERENCE_IDS.calendar);
    const workflows = store.workflows(stack.locationId);
    const knowledgeBase = store.knowledgeBase(REFERENCE_IDS.knowledgeBase);
    if (!agent || !calendar || !knowledgeBase) throw new Error('the seed lost its reference records');
    const context = await createContext(
      {
        http: upstreamHttpFor(stack),
        authenticate: createAuthenticator({ mode: 'passthrough' }),
        limits: { maxRequests: 100, deadlineMs: 10_000 },
      },
      `Bearer ${stack.token}`,
    );
    const locationId = stack.locationId;
    context.loaders.agent.prime({ locationId, id: agent.id }, { ...agent, maxCallDuration: 2 ** 31 });
    context.loaders.calendar.prime({ id: calendar.id }, { ...calendar, slotDuration: 2 ** 31 });
    context.loaders.workflowsByLocation.prime(
      locationId,
      new Map(
        workflows.map((workflow) => [
          workflow.id ?? '',
          workflow.id === REFERENCE_IDS.workflow ? { ...workflow, version: -(2 ** 31) - 1 } : workflow,
        ]),
      ),
    );
    context.loaders.knowledgeBase.prime(
      { id: knowledgeBase.id },
      {
        ...knowledgeBase,
        kbMetadata: { ...knowledgeBase.kbMetadata, faqs: 2 ** 31, urls: 2.5, richText: 2 ** 31 - 1 },
      },
    );

    const response = await runGraphQL({
      schema: buildGatewaySchema(),
      source: `query($locationId: ID!, $id: ID!) {
        callLog(locationId: $locationId, id: $id) {
          agent { maxCallDuration }
          actions {
            ... on WorkflowTriggerAction { workflow { version } }
            ... on AppointmentBookingAction { calendar { slotDuration } }
            ... on KnowledgeBaseAction { knowledgeBase { faqCount urlCount richTextCount fileCount } }
          }
        }
      }`,
      variableValues: { locationId, id: REFERENCE_IDS.callLog },
      contextValue: context,
    });
    // Each is null with UPSTREAM_UNAVAILABLE at its own field; the fields that fit are served.
    const errors = (response.errors ?? []).map((error) => ({
      field: error.path?.filter((key) => typeof key === 'string').join('.'),
      code: error.extensions['code'],
    }));
    expect(errors).toHaveLength(5);
    expect(errors).toEqual(
      expect.arrayContaining(
        [
          'callLog.agent.maxCallDuration',
          'callLog.actions.workflow.version',
          'callLog.actions.calendar.slotDuration',
          'callLog.actions.knowledgeBase.faqCount',
          'callLog.actions.knowledgeBase.urlCount',
        ].map((field) => ({ field, code: 'UPSTREAM_UNAVAILABLE' })),
      ),
    );
    expect(response.data).toEqual({
      callLog: {
        agent: { maxCallDuration: null },
        actions: expect.arrayContaining([
          { workflow: { version: null } },
          { calendar: { slotDuration: null } },
          { knowledgeBase: { faqCount: null, urlCount: null, richTextCount: 2 ** 31 - 1, fileCount: 5 } },
        ]) as unknown,
      },
    });
  });
});
