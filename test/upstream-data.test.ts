// Liberal in what the gateway accepts: call logs that break the spec's promises still arrive, and an unreadable
// value nulls its own field alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/gql.js';
import { startStack, type Stack } from './helpers/stack.js';

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
    const odd = response.data?.callLogs.nodes.find((node) => node.id === ODD_LOG_ID);
    expect(response.data?.callLogs.nodes).toHaveLength(5);
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
    const index = response.data?.callLogs.nodes.findIndex((node) => node === odd);
    expect(response.errors).toEqual([
      expect.objectContaining({
        path: ['callLogs', 'nodes', index, 'createdAt'],
        extensions: expect.objectContaining({ code: 'UPSTREAM_UNAVAILABLE' }),
      }),
    ]);
  });
});
