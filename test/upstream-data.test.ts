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
    // Missing timestamps sort last upstream. The unreadable one is the only error, at its own field.
    const index = response.data?.callLogs?.nodes.findIndex((node) => node === odd);
    expect(response.errors).toEqual([
      expect.objectContaining({
        path: ['callLogs', 'nodes', index, 'createdAt'],
        extensions: expect.objectContaining({ code: 'UPSTREAM_UNAVAILABLE' }),
      }),
    ]);
  });

  it('reads an integer HighLevel sends past 32 bits, or with a fraction, as null, as it reads any unreadable Int', async () => {
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
    expect(response.errors).toBeUndefined();
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
