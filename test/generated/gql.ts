/* eslint-disable */
import * as types from './graphql.js';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query CallLog($locationId: ID!, $id: ID!) {\n    callLog(locationId: $locationId, id: $id) {\n      ...CallLogFields\n    }\n  }\n': typeof types.CallLogDocument;
  '\n  fragment ActionFields on Action {\n    __typename\n    id\n    type\n    rawType\n    name\n    description\n    executedAt\n    triggerReceivedAt\n    rawParameters\n    ... on CallTransferAction {\n      triggerPrompt\n      triggerMessage\n      transferToType\n      transferToNumber\n      hearWhisperMessage\n    }\n    ... on SmsAction {\n      triggerPrompt\n      triggerMessage\n      messageBody\n    }\n    ... on DataExtractionAction {\n      contactFieldId\n      contactField {\n        id\n      }\n      extractionDescription\n      examples\n      overwriteExistingValue\n    }\n    ... on InCallDataExtractionAction {\n      contactFieldId\n      contactField {\n        id\n      }\n      extractionDescription\n      examples\n      overwriteExistingValue\n    }\n    ... on WorkflowTriggerAction {\n      triggerPrompt\n      triggerMessage\n      workflowId\n      workflow {\n        id\n      }\n    }\n    ... on AppointmentBookingAction {\n      calendarId\n      calendar {\n        id\n      }\n      daysOfOfferingDates\n      slotsPerDay\n      hoursBetweenSlots\n    }\n    ... on CustomAction {\n      triggerPrompt\n      triggerMessage\n      responsePaths\n      api {\n        url\n        method\n        authenticationRequired\n        hasAuthenticationValue\n        authenticationValueMasked\n        headers {\n          key\n          value\n        }\n        parameters {\n          name\n          description\n          type\n          example\n        }\n      }\n    }\n    ... on KnowledgeBaseAction {\n      triggerPrompt\n      triggerMessage\n      knowledgeBaseId\n      knowledgeBase {\n        id\n      }\n      parameters {\n        name\n        description\n        type\n        example\n      }\n    }\n  }\n': typeof types.ActionFieldsFragmentDoc;
  '\n  fragment CallLogFields on CallLog {\n    id\n    locationId\n    agentId\n    agent {\n      id\n    }\n    isAgentDeleted\n    contactId\n    contact {\n      id\n    }\n    fromNumber\n    createdAt\n    duration\n    callType\n    isTrialCall\n    summary\n    transcript\n    transcriptTurns {\n      speaker\n      text\n    }\n    translation {\n      enabled\n      language\n      translatedTranscript\n      raw\n    }\n    extractedData\n    messageId\n    message {\n      id\n    }\n    actions {\n      ...ActionFields\n    }\n  }\n': typeof types.CallLogFieldsFragmentDoc;
  '\n  query Dashboard($locationId: ID!, $filter: CallLogFilter) {\n    callLogs(locationId: $locationId, filter: $filter, first: 50) {\n      nodes {\n        ...CallLogFields\n        contact {\n          id\n          name\n          email\n        }\n        agent {\n          id\n          name\n        }\n        actions {\n          ... on WorkflowTriggerAction {\n            workflow {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.DashboardDocument;
  '\n        query IdsOnly($locationId: ID!) {\n          callLogs(locationId: $locationId, first: 50) {\n            totalCount\n            nodes {\n              ...CallLogFields\n            }\n          }\n        }\n      ': typeof types.IdsOnlyDocument;
  '\n        query OddCallLogs($locationId: ID!) {\n          callLogs(locationId: $locationId, last: 5) {\n            nodes {\n              ...CallLogFields\n            }\n          }\n        }\n      ': typeof types.OddCallLogsDocument;
};
const documents: Documents = {
  '\n  query CallLog($locationId: ID!, $id: ID!) {\n    callLog(locationId: $locationId, id: $id) {\n      ...CallLogFields\n    }\n  }\n':
    types.CallLogDocument,
  '\n  fragment ActionFields on Action {\n    __typename\n    id\n    type\n    rawType\n    name\n    description\n    executedAt\n    triggerReceivedAt\n    rawParameters\n    ... on CallTransferAction {\n      triggerPrompt\n      triggerMessage\n      transferToType\n      transferToNumber\n      hearWhisperMessage\n    }\n    ... on SmsAction {\n      triggerPrompt\n      triggerMessage\n      messageBody\n    }\n    ... on DataExtractionAction {\n      contactFieldId\n      contactField {\n        id\n      }\n      extractionDescription\n      examples\n      overwriteExistingValue\n    }\n    ... on InCallDataExtractionAction {\n      contactFieldId\n      contactField {\n        id\n      }\n      extractionDescription\n      examples\n      overwriteExistingValue\n    }\n    ... on WorkflowTriggerAction {\n      triggerPrompt\n      triggerMessage\n      workflowId\n      workflow {\n        id\n      }\n    }\n    ... on AppointmentBookingAction {\n      calendarId\n      calendar {\n        id\n      }\n      daysOfOfferingDates\n      slotsPerDay\n      hoursBetweenSlots\n    }\n    ... on CustomAction {\n      triggerPrompt\n      triggerMessage\n      responsePaths\n      api {\n        url\n        method\n        authenticationRequired\n        hasAuthenticationValue\n        authenticationValueMasked\n        headers {\n          key\n          value\n        }\n        parameters {\n          name\n          description\n          type\n          example\n        }\n      }\n    }\n    ... on KnowledgeBaseAction {\n      triggerPrompt\n      triggerMessage\n      knowledgeBaseId\n      knowledgeBase {\n        id\n      }\n      parameters {\n        name\n        description\n        type\n        example\n      }\n    }\n  }\n':
    types.ActionFieldsFragmentDoc,
  '\n  fragment CallLogFields on CallLog {\n    id\n    locationId\n    agentId\n    agent {\n      id\n    }\n    isAgentDeleted\n    contactId\n    contact {\n      id\n    }\n    fromNumber\n    createdAt\n    duration\n    callType\n    isTrialCall\n    summary\n    transcript\n    transcriptTurns {\n      speaker\n      text\n    }\n    translation {\n      enabled\n      language\n      translatedTranscript\n      raw\n    }\n    extractedData\n    messageId\n    message {\n      id\n    }\n    actions {\n      ...ActionFields\n    }\n  }\n':
    types.CallLogFieldsFragmentDoc,
  '\n  query Dashboard($locationId: ID!, $filter: CallLogFilter) {\n    callLogs(locationId: $locationId, filter: $filter, first: 50) {\n      nodes {\n        ...CallLogFields\n        contact {\n          id\n          name\n          email\n        }\n        agent {\n          id\n          name\n        }\n        actions {\n          ... on WorkflowTriggerAction {\n            workflow {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.DashboardDocument,
  '\n        query IdsOnly($locationId: ID!) {\n          callLogs(locationId: $locationId, first: 50) {\n            totalCount\n            nodes {\n              ...CallLogFields\n            }\n          }\n        }\n      ':
    types.IdsOnlyDocument,
  '\n        query OddCallLogs($locationId: ID!) {\n          callLogs(locationId: $locationId, last: 5) {\n            nodes {\n              ...CallLogFields\n            }\n          }\n        }\n      ':
    types.OddCallLogsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CallLog($locationId: ID!, $id: ID!) {\n    callLog(locationId: $locationId, id: $id) {\n      ...CallLogFields\n    }\n  }\n',
): typeof import('./graphql.js').CallLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ActionFields on Action {\n    __typename\n    id\n    type\n    rawType\n    name\n    description\n    executedAt\n    triggerReceivedAt\n    rawParameters\n    ... on CallTransferAction {\n      triggerPrompt\n      triggerMessage\n      transferToType\n      transferToNumber\n      hearWhisperMessage\n    }\n    ... on SmsAction {\n      triggerPrompt\n      triggerMessage\n      messageBody\n    }\n    ... on DataExtractionAction {\n      contactFieldId\n      contactField {\n        id\n      }\n      extractionDescription\n      examples\n      overwriteExistingValue\n    }\n    ... on InCallDataExtractionAction {\n      contactFieldId\n      contactField {\n        id\n      }\n      extractionDescription\n      examples\n      overwriteExistingValue\n    }\n    ... on WorkflowTriggerAction {\n      triggerPrompt\n      triggerMessage\n      workflowId\n      workflow {\n        id\n      }\n    }\n    ... on AppointmentBookingAction {\n      calendarId\n      calendar {\n        id\n      }\n      daysOfOfferingDates\n      slotsPerDay\n      hoursBetweenSlots\n    }\n    ... on CustomAction {\n      triggerPrompt\n      triggerMessage\n      responsePaths\n      api {\n        url\n        method\n        authenticationRequired\n        hasAuthenticationValue\n        authenticationValueMasked\n        headers {\n          key\n          value\n        }\n        parameters {\n          name\n          description\n          type\n          example\n        }\n      }\n    }\n    ... on KnowledgeBaseAction {\n      triggerPrompt\n      triggerMessage\n      knowledgeBaseId\n      knowledgeBase {\n        id\n      }\n      parameters {\n        name\n        description\n        type\n        example\n      }\n    }\n  }\n',
): typeof import('./graphql.js').ActionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CallLogFields on CallLog {\n    id\n    locationId\n    agentId\n    agent {\n      id\n    }\n    isAgentDeleted\n    contactId\n    contact {\n      id\n    }\n    fromNumber\n    createdAt\n    duration\n    callType\n    isTrialCall\n    summary\n    transcript\n    transcriptTurns {\n      speaker\n      text\n    }\n    translation {\n      enabled\n      language\n      translatedTranscript\n      raw\n    }\n    extractedData\n    messageId\n    message {\n      id\n    }\n    actions {\n      ...ActionFields\n    }\n  }\n',
): typeof import('./graphql.js').CallLogFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Dashboard($locationId: ID!, $filter: CallLogFilter) {\n    callLogs(locationId: $locationId, filter: $filter, first: 50) {\n      nodes {\n        ...CallLogFields\n        contact {\n          id\n          name\n          email\n        }\n        agent {\n          id\n          name\n        }\n        actions {\n          ... on WorkflowTriggerAction {\n            workflow {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n        query IdsOnly($locationId: ID!) {\n          callLogs(locationId: $locationId, first: 50) {\n            totalCount\n            nodes {\n              ...CallLogFields\n            }\n          }\n        }\n      ',
): typeof import('./graphql.js').IdsOnlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n        query OddCallLogs($locationId: ID!) {\n          callLogs(locationId: $locationId, last: 5) {\n            nodes {\n              ...CallLogFields\n            }\n          }\n        }\n      ',
): typeof import('./graphql.js').OddCallLogsDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
