// Call logs as a broken or hostile HighLevel might send them: each field valid, missing, null, of the wrong type, or
// nested past the gateway's JSON depth bound; ids as objects, lists, numbers, and strings no upstream URL may carry;
// actions that are not a list, or a list of anything. The gateway must serve each with data and coded errors.
import fc from 'fast-check';

import { REFERENCE_IDS } from '../../src/emulator/seed-reference.js';
import { junk, printable, weirdId, weirdNumber, weirdString } from './values.js';

/** A value nested `depth` objects and lists deep. The emulator stores logs through JSON.stringify, so not 10,000. */
function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = level % 2 === 0 ? { a: value } : [value];
  return value;
}

/** Around the gateway's bound of 100 levels, on both sides of it. */
const deep = fc.integer({ min: 90, max: 400 }).map(nested);

/** What HighLevel might send instead of a value of the right type (undefined: the field is left out). */
const wrong: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: junk },
  { weight: 1, arbitrary: deep },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

function field<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 2, arbitrary: valid }, { weight: 1, arbitrary: wrong });
}

/** Ids of records the emulator has (so some references are fetched), any other id, and ids that are not ids. */
const id = fc.oneof(
  fc.constantFrom(...Object.values(REFERENCE_IDS)),
  weirdId,
  fc.array(fc.constantFrom(...Object.values(REFERENCE_IDS)), { minLength: 1, maxLength: 2 }),
  fc.record({ id: fc.constantFrom(...Object.values(REFERENCE_IDS)) }),
  weirdNumber,
  deep,
);

const text = field(fc.oneof(printable, weirdString));
const instant = field(
  fc.oneof(
    fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
    fc.integer({ min: 0, max: 2 ** 42 }),
  ),
);

const ACTION_TYPES = [
  'CALL_TRANSFER',
  'SMS',
  'DATA_EXTRACTION',
  'IN_CALL_DATA_EXTRACTION',
  'WORKFLOW_TRIGGER',
  'APPOINTMENT_BOOKING',
  'CUSTOM_ACTION',
  'KNOWLEDGE_BASE',
] as const;

/** Every parameter any action type reads, each present or not, of any type. */
const parameters = fc.record(
  {
    triggerPrompt: text,
    triggerMessage: text,
    transferToType: text,
    transferToValue: text,
    hearWhisperMessage: field(fc.boolean()),
    messageBody: text,
    contactFieldId: id,
    description: text,
    examples: field(fc.array(fc.oneof(printable, junk), { maxLength: 3 })),
    overwriteExistingValue: field(fc.boolean()),
    workflowId: id,
    calendarId: id,
    daysOfOfferingDates: field(weirdNumber),
    slotsPerDay: field(weirdNumber),
    hoursBetweenSlots: field(weirdNumber),
    knowledgeBaseId: id,
    apiDetails: field(
      fc.record(
        {
          url: text,
          method: text,
          authenticationRequired: field(fc.boolean()),
          authenticationValue: text,
          headers: field(fc.array(fc.record({ key: text, value: wrong }), { maxLength: 2 })),
          parameters: field(fc.array(fc.record({ name: text, description: text, type: text, example: text }))),
        },
        { requiredKeys: [] },
      ),
    ),
    selectedPaths: field(fc.array(printable, { maxLength: 2 })),
    parameters: field(
      fc.array(fc.record({ name: text, description: text, type: text, example: text }), { maxLength: 2 }),
    ),
  },
  { requiredKeys: [] },
);

const action = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        actionId: id,
        actionType: field(fc.constantFrom(...ACTION_TYPES)),
        actionName: text,
        description: text,
        executedAt: instant,
        triggerReceivedAt: instant,
        actionParameters: field(parameters),
      },
      { requiredKeys: ['actionType'] },
    ),
  },
  { weight: 1, arbitrary: wrong },
);

/** A call log without its `id`, which the test gives (HighLevel's list shape needs a string id). */
export const hostileCallLog: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    agentId: id,
    isAgentDeleted: field(fc.boolean()),
    contactId: id,
    fromNumber: text,
    createdAt: instant,
    duration: field(fc.double({ min: 0, max: 36_000, noNaN: true })),
    trialCall: field(fc.boolean()),
    executedCallActions: field(fc.array(action, { maxLength: 4 })),
    summary: text,
    transcript: field(fc.constantFrom('bot: Hello\nhuman: Hi', 'human: only me', '')),
    translation: field(
      fc.record({ enabled: field(fc.boolean()), language: text, translatedTranscript: text }, { requiredKeys: [] }),
    ),
    extractedData: field(fc.jsonValue({ maxDepth: 3 })),
    messageId: id,
  },
  { requiredKeys: [] },
);

/** Every field of a call log, its actions and its references (selected past their key, so they are fetched). */
export const HOSTILE_CALL_LOG_QUERY = `query HostileCallLog($locationId: ID!, $id: ID!) {
  callLog(locationId: $locationId, id: $id) {
    id locationId agentId isAgentDeleted contactId fromNumber createdAt duration callType isTrialCall summary
    transcript transcriptTurns { speaker text } extractedData messageId
    translation { enabled language translatedTranscript raw }
    agent { id name } contact { id firstName tags } message { id body }
    actions {
      __typename id type rawType name description executedAt triggerReceivedAt rawParameters
      ... on CallTransferAction { triggerPrompt triggerMessage transferToType transferToNumber hearWhisperMessage }
      ... on SmsAction { triggerPrompt triggerMessage messageBody }
      ... on DataExtractionAction {
        contactFieldId contactField { id name } extractionDescription examples overwriteExistingValue
      }
      ... on InCallDataExtractionAction { contactFieldId contactField { id name } examples }
      ... on WorkflowTriggerAction { workflowId workflow { id name } }
      ... on AppointmentBookingAction {
        calendarId calendar { id name } daysOfOfferingDates slotsPerDay hoursBetweenSlots
      }
      ... on CustomAction {
        responsePaths
        api { url method authenticationRequired hasAuthenticationValue authenticationValueMasked
          headers { key value } parameters { name description type example } }
      }
      ... on KnowledgeBaseAction {
        knowledgeBaseId knowledgeBase { id name } parameters { name description type example }
      }
    }
  }
}`;
