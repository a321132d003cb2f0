// Query.callLog over real HTTP against the emulator: HighLevel's reference call log, field by field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { graphql } from './generated/gql.js';
import type { CallLogQuery } from './generated/graphql.js';
import { type Stack, startStack } from './helpers/stack.js';

const REFERENCE_CALL_ID = '507f1f77bcf86cd799439011';
const CALL_LOG = graphql(`
  query CallLog($locationId: ID!, $id: ID!) {
    callLog(locationId: $locationId, id: $id) {
      ...CallLogFields
    }
  }
`);

type Action = NonNullable<NonNullable<CallLogQuery['callLog']>['actions']>[number];

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());

function actionOf(actions: Action[], typename: string): Action {
  const action = actions.find((candidate) => candidate.__typename === typename);
  if (!action) throw new Error(`no ${typename}`);
  return action;
}

describe('callLog', () => {
  it('serves the reference page example with every field, in one upstream request', async () => {
    stack.emulator.requests.clear();
    const response = await stack.query(CALL_LOG, { locationId: stack.locationId, id: REFERENCE_CALL_ID });
    expect(response.errors).toBeUndefined();
    const log = response.data?.callLog;
    expect(log).toMatchObject({
      id: REFERENCE_CALL_ID,
      locationId: stack.locationId,
      agentId: '507f1f77bcf86cd799439013',
      agent: { id: '507f1f77bcf86cd799439013' },
      isAgentDeleted: false,
      contactId: '507f1f77bcf86cd799439012',
      contact: { id: '507f1f77bcf86cd799439012' },
      fromNumber: '+1234567890',
      createdAt: '2024-01-15T10:30:00.000Z',
      duration: 180,
      callType: 'LIVE',
      isTrialCall: false,
      summary: 'Customer called to inquire about product pricing and was transferred to sales team.',
      transcript: 'bot: Hello, how can I help you today?\nhuman: I would like to know about your pricing...',
      transcriptTurns: [
        { speaker: 'BOT', text: 'Hello, how can I help you today?' },
        { speaker: 'HUMAN', text: 'I would like to know about your pricing...' },
      ],
      translation: {
        translatedTranscript: 'Translated version of the call transcript',
        raw: { translatedTranscript: 'Translated version of the call transcript' },
      },
      extractedData: {
        phoneNumber: '+1234567890',
        customerName: 'John Doe',
        email: 'john.doe@example.com',
        companyName: 'Acme Corp',
        customField1: 'Custom value',
        customField2: 'Another value',
      },
      messageId: '507f1f77bcf86cd799439014',
      message: { id: '507f1f77bcf86cd799439014' },
    });
    expect(log?.actions?.map((action) => action.__typename)).toEqual([
      'CallTransferAction',
      'SmsAction',
      'DataExtractionAction',
      'WorkflowTriggerAction',
      'AppointmentBookingAction',
      'CustomAction',
      'InCallDataExtractionAction',
      'KnowledgeBaseAction',
    ]);
    expect(stack.emulator.requests.all().map((request) => request.route)).toEqual(['callLogs.get']);
  });

  it('types every action from its actionType, keeping its description', async () => {
    const response = await stack.query(CALL_LOG, { locationId: stack.locationId, id: REFERENCE_CALL_ID });
    const actions = response.data?.callLog?.actions ?? [];

    expect(actionOf(actions, 'CallTransferAction')).toMatchObject({
      id: `${REFERENCE_CALL_ID}:0`,
      actionId: '507f1f77bcf86cd799439015',
      type: 'CALL_TRANSFER',
      rawType: 'CALL_TRANSFER',
      name: 'Transfer to Manager',
      description: 'Transfers call to a manager when customer requests escalation',
      executedAt: '2024-01-15T10:32:00.000Z',
      triggerPrompt: null,
      triggerMessage: 'Let me transfer you to a manager right away',
      transferToType: 'number',
      transferToNumber: '+12345678901',
      hearWhisperMessage: true,
    });
    expect(actionOf(actions, 'SmsAction')).toMatchObject({
      type: 'SMS',
      name: 'Send Confirmation SMS',
      description: 'Sends SMS confirmation to customer',
      triggerPrompt: 'When caller asks for booking confirmation',
      triggerMessage: "I'll send you a confirmation text",
      messageBody: 'Your appointment is confirmed for tomorrow at 2 PM',
      executedAt: '2024-01-15T10:33:30.000Z',
    });
    expect(actionOf(actions, 'DataExtractionAction')).toMatchObject({
      type: 'DATA_EXTRACTION',
      description: 'Extracts customer phone number for contact record',
      contactFieldId: '507f1f77bcf86cd799439018',
      contactField: { id: '507f1f77bcf86cd799439018' },
      extractionDescription: "Customer's phone number",
      examples: ['+1234567890', '+9876543210'],
      overwriteExistingValue: false,
    });
    // Same parameter shape as DATA_EXTRACTION: told apart by actionType alone.
    expect(actionOf(actions, 'InCallDataExtractionAction')).toMatchObject({
      type: 'IN_CALL_DATA_EXTRACTION',
      name: 'Extract Email During Call',
      contactFieldId: '507f1f77bcf86cd799439025',
      extractionDescription: "Customer's email address",
      examples: ['john@example.com', 'jane@company.com'],
      overwriteExistingValue: true,
      executedAt: '2024-01-15T10:31:45.000Z',
    });
    expect(actionOf(actions, 'WorkflowTriggerAction')).toMatchObject({
      type: 'WORKFLOW_TRIGGER',
      triggerPrompt: 'When caller requests a quote',
      triggerMessage: 'Let me start that process for you',
      workflowId: '507f1f77bcf86cd799439020',
      workflow: { id: '507f1f77bcf86cd799439020' },
    });
    expect(actionOf(actions, 'AppointmentBookingAction')).toMatchObject({
      type: 'APPOINTMENT_BOOKING',
      calendarId: '507f1f77bcf86cd799439022',
      calendar: { id: '507f1f77bcf86cd799439022' },
      daysOfOfferingDates: 3,
      slotsPerDay: 3,
      hoursBetweenSlots: 1,
    });
    expect(actionOf(actions, 'CustomAction')).toMatchObject({
      type: 'CUSTOM_ACTION',
      triggerPrompt: 'When caller provides order number',
      triggerMessage: 'Let me check that order status',
      responsePaths: ['data.orderId', 'status'],
      api: {
        url: 'https://api.example.com/orders',
        method: 'GET',
        authenticationRequired: true,
        hasAuthenticationValue: true,
        authenticationValueMasked: '****',
        headers: [{ key: 'Content-Type', value: 'application/json' }],
        parameters: [{ name: 'orderId', description: 'Order ID to look up', type: 'string', example: 'ORD-12345' }],
      },
    });
    expect(actionOf(actions, 'KnowledgeBaseAction')).toMatchObject({
      type: 'KNOWLEDGE_BASE',
      triggerPrompt: 'When caller asks about pricing',
      triggerMessage: 'Let me look that up for you',
      knowledgeBaseId: '507f1f77bcf86cd799439027',
      knowledgeBase: { id: '507f1f77bcf86cd799439027' },
      parameters: [{ name: 'category', description: 'Product category to search', type: 'string', example: 'pricing' }],
    });
  });

  it('keeps every raw parameter but never the custom action secret', async () => {
    const response = await stack.query(CALL_LOG, { locationId: stack.locationId, id: REFERENCE_CALL_ID });
    const custom = actionOf(response.data?.callLog?.actions ?? [], 'CustomAction');
    expect(custom['rawParameters']).toMatchObject({
      responsePathsToExtract: ['data.orderId', 'status'],
      apiDetails: { authenticationValue: '****', url: 'https://api.example.com/orders' },
    });
    expect(response.text).not.toContain('token123');
    const knowledgeBase = actionOf(response.data?.callLog?.actions ?? [], 'KnowledgeBaseAction');
    expect(knowledgeBase['rawParameters']).toMatchObject({ triggerMessage: 'Let me look that up for you' });
  });

  it('reads response paths from selectedPaths too, and masks long secrets and credential headers', async () => {
    const id = 'customSelectedPaths01';
    stack.emulator.store.addCallLog(stack.locationId, {
      id,
      agentId: '507f1f77bcf86cd799439013',
      isAgentDeleted: false,
      createdAt: '2025-06-01T12:00:00.000Z',
      duration: 42,
      trialCall: true,
      summary: 'Order lookup',
      transcript: 'bot: Order number?',
      executedCallActions: [
        {
          actionId: 'act-selected-paths',
          actionType: 'CUSTOM_ACTION',
          actionName: 'Look up order',
          actionParameters: {
            triggerPrompt: 'When the caller gives an order number',
            triggerMessage: 'One moment',
            apiDetails: {
              url: 'https://shop.example.com/orders',
              method: 'GET',
              authenticationRequired: true,
              authenticationValue: 'sk_live_0123456789abcdef',
              headers: [
                { key: 'X-Api-Key', value: 'key-that-is-long-enough-1234' },
                { key: 'Accept', value: 'application/json' },
              ],
            },
            selectedPaths: ['order.status'],
          },
        },
      ],
    });
    const response = await stack.query(CALL_LOG, { locationId: stack.locationId, id });
    expect(response.errors).toBeUndefined();
    expect(response.data?.callLog).toMatchObject({ callType: 'TRIAL', contactId: null, contact: null, message: null });
    expect(actionOf(response.data?.callLog?.actions ?? [], 'CustomAction')).toMatchObject({
      responsePaths: ['order.status'],
      triggerReceivedAt: null,
      description: null,
      api: {
        hasAuthenticationValue: true,
        authenticationValueMasked: '****cdef',
        headers: [
          { key: 'X-Api-Key', value: '****1234' },
          { key: 'Accept', value: 'application/json' },
        ],
        parameters: [],
      },
    });
    expect(response.text).not.toContain('sk_live_0123456789abcdef');
    expect(response.text).not.toContain('key-that-is-long-enough-1234');
  });

  it('masks secrets in any shape HighLevel might send them', async () => {
    const id = 'customOddSecrets0001';
    stack.emulator.store.addCallLog(stack.locationId, {
      id,
      agentId: '507f1f77bcf86cd799439013',
      isAgentDeleted: false,
      createdAt: '2025-06-01T12:00:00.000Z',
      duration: 42,
      trialCall: false,
      summary: 'Odd secrets',
      transcript: 'bot: hi',
      executedCallActions: [
        {
          actionType: 'CUSTOM_ACTION',
          actionName: 'Odd secrets',
          actionParameters: {
            authenticationValue: 'top-level-secret-1',
            apiDetails: {
              url: 'https://user:hunter2@api.example.com/orders?api_key=query-secret-2&page=1',
              method: 'POST',
              authenticationRequired: true,
              authenticationValue: { bearer: 'nested-secret-3' },
              headers: { Authorization: 'Bearer header-secret-4', 'X-Auth': 'header-secret-5', Accept: 'text/plain' },
              nested: { deeper: { client_secret: 'deep-secret-6', sessionToken: 7 } },
            },
          },
        },
      ],
    });
    const response = await stack.query(CALL_LOG, { locationId: stack.locationId, id });
    expect(response.errors).toBeUndefined();
    for (const secret of [
      'top-level-secret-1',
      'hunter2',
      'query-secret-2',
      'nested-secret-3',
      'header-secret-4',
      'header-secret-5',
      'deep-secret-6',
      '"sessionToken":7',
    ]) {
      expect(response.text).not.toContain(secret);
    }
    expect(actionOf(response.data?.callLog?.actions ?? [], 'CustomAction')).toMatchObject({
      api: {
        url: 'https://****:****@api.example.com/orders?api_key=****&page=1',
        authenticationRequired: true,
        hasAuthenticationValue: true,
        authenticationValueMasked: '****',
        headers: [
          { key: 'Authorization', value: '****' },
          { key: 'X-Auth', value: '****' },
          { key: 'Accept', value: 'text/plain' },
        ],
      },
      rawParameters: {
        authenticationValue: '****',
        apiDetails: {
          method: 'POST',
          authenticationRequired: true,
          authenticationValue: '****',
          headers: { Authorization: '****', 'X-Auth': '****', Accept: 'text/plain' },
          nested: { deeper: { client_secret: '****', sessionToken: '****' } },
        },
      },
    });
  });

  it('serves an action type it does not know as UnknownAction with its raw type and parameters', async () => {
    const id = 'unknownActionType001';
    stack.emulator.store.addCallLog(stack.locationId, {
      id,
      agentId: '507f1f77bcf86cd799439013',
      isAgentDeleted: false,
      createdAt: '2025-06-02T09:00:00.000Z',
      duration: 12,
      trialCall: false,
      summary: 'Voicemail',
      transcript: '',
      executedCallActions: [
        {
          actionId: 'act-future',
          actionType: 'VOICEMAIL_DROP',
          actionName: 'Leave a voicemail',
          description: 'A type HighLevel may add one day',
          actionParameters: { recordingId: 'rec_1', retries: 2 },
          executedAt: '2025-06-02T09:00:10.000Z',
        },
      ],
    });
    const response = await stack.query(CALL_LOG, { locationId: stack.locationId, id });
    expect(response.errors).toBeUndefined();
    expect(response.data?.callLog?.actions).toEqual([
      {
        __typename: 'UnknownAction',
        id: `${id}:0`,
        actionId: 'act-future',
        type: null,
        rawType: 'VOICEMAIL_DROP',
        name: 'Leave a voicemail',
        description: 'A type HighLevel may add one day',
        executedAt: '2025-06-02T09:00:10.000Z',
        triggerReceivedAt: null,
        rawParameters: { recordingId: 'rec_1', retries: 2 },
      },
    ]);
    expect(response.data?.callLog?.transcriptTurns).toEqual([]);
  });

  it('answers an unknown id with null and NOT_FOUND', async () => {
    const response = await stack.query(CALL_LOG, { locationId: stack.locationId, id: 'doesNotExist0000' });
    expect(response.data?.callLog).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({ path: ['callLog'], extensions: expect.objectContaining({ code: 'NOT_FOUND' }) }),
    ]);
  });
});
