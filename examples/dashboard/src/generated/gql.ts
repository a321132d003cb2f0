/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
  'query DashboardCallDetail($locationId: ID!, $id: ID!) {\n  callLog(locationId: $locationId, id: $id) {\n    id\n    locationId\n    createdAt\n    duration\n    callType\n    fromNumber\n    summary\n    transcriptTurns {\n      speaker\n      text\n    }\n    extractedData\n    contact {\n      id\n      locationId\n      name\n      email\n      phone\n    }\n    agent {\n      id\n      locationId\n      name\n    }\n    actions {\n      __typename\n      id\n      type\n      name\n      description\n      executedAt\n      ... on CallTransferAction {\n        transferToType\n        transferToNumber\n        triggerMessage\n      }\n      ... on SmsAction {\n        messageBody\n      }\n      ... on DataExtractionAction {\n        extractionDescription\n        contactField {\n          id\n          locationId\n          name\n        }\n      }\n      ... on InCallDataExtractionAction {\n        extractionDescription\n        contactField {\n          id\n          locationId\n          name\n        }\n      }\n      ... on WorkflowTriggerAction {\n        workflow {\n          id\n          locationId\n          name\n        }\n      }\n      ... on AppointmentBookingAction {\n        calendar {\n          id\n          name\n        }\n        slotsPerDay\n        daysOfOfferingDates\n      }\n      ... on CustomAction {\n        api {\n          url\n          method\n          authenticationRequired\n          authenticationValueMasked\n        }\n      }\n      ... on KnowledgeBaseAction {\n        knowledgeBase {\n          id\n          name\n        }\n      }\n    }\n  }\n}': typeof types.DashboardCallDetailDocument;
  'query DashboardCalls($locationId: ID!, $first: Int!, $after: String, $filter: CallLogFilter) {\n  callLogs(locationId: $locationId, first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...CallRow\n      }\n    }\n  }\n}\n\nfragment CallRow on CallLog {\n  id\n  locationId\n  createdAt\n  duration\n  callType\n  contact {\n    id\n    locationId\n    name\n  }\n  agent {\n    id\n    locationId\n    name\n  }\n  actions {\n    __typename\n    id\n    type\n  }\n}': typeof types.DashboardCallsDocument;
  'subscription DashboardLiveCalls($locationId: ID!, $since: DateTime) {\n  callLogCreated(locationId: $locationId, since: $since) {\n    ...CallRow\n  }\n}': typeof types.DashboardLiveCallsDocument;
  'query DashboardStatistics($locationId: ID!, $range: CallStatisticsRange!) {\n  callStatistics(locationId: $locationId, range: $range) {\n    timeZone\n    count\n    liveCount\n    trialCount\n    duration {\n      count\n      total\n      average\n      median\n      p90\n      min\n      max\n    }\n    byDay {\n      date\n      count\n      complete\n    }\n    byHourOfDay {\n      hour\n      count\n    }\n    byAgent {\n      agentId\n      agent {\n        id\n        locationId\n        name\n      }\n      isAgentDeleted\n      count\n    }\n    byActionType {\n      type\n      calls\n      executions\n    }\n    coverage {\n      complete\n      scannedCalls\n    }\n  }\n}': typeof types.DashboardStatisticsDocument;
};
const documents: Documents = {
  'query DashboardCallDetail($locationId: ID!, $id: ID!) {\n  callLog(locationId: $locationId, id: $id) {\n    id\n    locationId\n    createdAt\n    duration\n    callType\n    fromNumber\n    summary\n    transcriptTurns {\n      speaker\n      text\n    }\n    extractedData\n    contact {\n      id\n      locationId\n      name\n      email\n      phone\n    }\n    agent {\n      id\n      locationId\n      name\n    }\n    actions {\n      __typename\n      id\n      type\n      name\n      description\n      executedAt\n      ... on CallTransferAction {\n        transferToType\n        transferToNumber\n        triggerMessage\n      }\n      ... on SmsAction {\n        messageBody\n      }\n      ... on DataExtractionAction {\n        extractionDescription\n        contactField {\n          id\n          locationId\n          name\n        }\n      }\n      ... on InCallDataExtractionAction {\n        extractionDescription\n        contactField {\n          id\n          locationId\n          name\n        }\n      }\n      ... on WorkflowTriggerAction {\n        workflow {\n          id\n          locationId\n          name\n        }\n      }\n      ... on AppointmentBookingAction {\n        calendar {\n          id\n          name\n        }\n        slotsPerDay\n        daysOfOfferingDates\n      }\n      ... on CustomAction {\n        api {\n          url\n          method\n          authenticationRequired\n          authenticationValueMasked\n        }\n      }\n      ... on KnowledgeBaseAction {\n        knowledgeBase {\n          id\n          name\n        }\n      }\n    }\n  }\n}':
    types.DashboardCallDetailDocument,
  'query DashboardCalls($locationId: ID!, $first: Int!, $after: String, $filter: CallLogFilter) {\n  callLogs(locationId: $locationId, first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...CallRow\n      }\n    }\n  }\n}\n\nfragment CallRow on CallLog {\n  id\n  locationId\n  createdAt\n  duration\n  callType\n  contact {\n    id\n    locationId\n    name\n  }\n  agent {\n    id\n    locationId\n    name\n  }\n  actions {\n    __typename\n    id\n    type\n  }\n}':
    types.DashboardCallsDocument,
  'subscription DashboardLiveCalls($locationId: ID!, $since: DateTime) {\n  callLogCreated(locationId: $locationId, since: $since) {\n    ...CallRow\n  }\n}':
    types.DashboardLiveCallsDocument,
  'query DashboardStatistics($locationId: ID!, $range: CallStatisticsRange!) {\n  callStatistics(locationId: $locationId, range: $range) {\n    timeZone\n    count\n    liveCount\n    trialCount\n    duration {\n      count\n      total\n      average\n      median\n      p90\n      min\n      max\n    }\n    byDay {\n      date\n      count\n      complete\n    }\n    byHourOfDay {\n      hour\n      count\n    }\n    byAgent {\n      agentId\n      agent {\n        id\n        locationId\n        name\n      }\n      isAgentDeleted\n      count\n    }\n    byActionType {\n      type\n      calls\n      executions\n    }\n    coverage {\n      complete\n      scannedCalls\n    }\n  }\n}':
    types.DashboardStatisticsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query DashboardCallDetail($locationId: ID!, $id: ID!) {\n  callLog(locationId: $locationId, id: $id) {\n    id\n    locationId\n    createdAt\n    duration\n    callType\n    fromNumber\n    summary\n    transcriptTurns {\n      speaker\n      text\n    }\n    extractedData\n    contact {\n      id\n      locationId\n      name\n      email\n      phone\n    }\n    agent {\n      id\n      locationId\n      name\n    }\n    actions {\n      __typename\n      id\n      type\n      name\n      description\n      executedAt\n      ... on CallTransferAction {\n        transferToType\n        transferToNumber\n        triggerMessage\n      }\n      ... on SmsAction {\n        messageBody\n      }\n      ... on DataExtractionAction {\n        extractionDescription\n        contactField {\n          id\n          locationId\n          name\n        }\n      }\n      ... on InCallDataExtractionAction {\n        extractionDescription\n        contactField {\n          id\n          locationId\n          name\n        }\n      }\n      ... on WorkflowTriggerAction {\n        workflow {\n          id\n          locationId\n          name\n        }\n      }\n      ... on AppointmentBookingAction {\n        calendar {\n          id\n          name\n        }\n        slotsPerDay\n        daysOfOfferingDates\n      }\n      ... on CustomAction {\n        api {\n          url\n          method\n          authenticationRequired\n          authenticationValueMasked\n        }\n      }\n      ... on KnowledgeBaseAction {\n        knowledgeBase {\n          id\n          name\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query DashboardCallDetail($locationId: ID!, $id: ID!) {\n  callLog(locationId: $locationId, id: $id) {\n    id\n    locationId\n    createdAt\n    duration\n    callType\n    fromNumber\n    summary\n    transcriptTurns {\n      speaker\n      text\n    }\n    extractedData\n    contact {\n      id\n      locationId\n      name\n      email\n      phone\n    }\n    agent {\n      id\n      locationId\n      name\n    }\n    actions {\n      __typename\n      id\n      type\n      name\n      description\n      executedAt\n      ... on CallTransferAction {\n        transferToType\n        transferToNumber\n        triggerMessage\n      }\n      ... on SmsAction {\n        messageBody\n      }\n      ... on DataExtractionAction {\n        extractionDescription\n        contactField {\n          id\n          locationId\n          name\n        }\n      }\n      ... on InCallDataExtractionAction {\n        extractionDescription\n        contactField {\n          id\n          locationId\n          name\n        }\n      }\n      ... on WorkflowTriggerAction {\n        workflow {\n          id\n          locationId\n          name\n        }\n      }\n      ... on AppointmentBookingAction {\n        calendar {\n          id\n          name\n        }\n        slotsPerDay\n        daysOfOfferingDates\n      }\n      ... on CustomAction {\n        api {\n          url\n          method\n          authenticationRequired\n          authenticationValueMasked\n        }\n      }\n      ... on KnowledgeBaseAction {\n        knowledgeBase {\n          id\n          name\n        }\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query DashboardCalls($locationId: ID!, $first: Int!, $after: String, $filter: CallLogFilter) {\n  callLogs(locationId: $locationId, first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...CallRow\n      }\n    }\n  }\n}\n\nfragment CallRow on CallLog {\n  id\n  locationId\n  createdAt\n  duration\n  callType\n  contact {\n    id\n    locationId\n    name\n  }\n  agent {\n    id\n    locationId\n    name\n  }\n  actions {\n    __typename\n    id\n    type\n  }\n}',
): (typeof documents)['query DashboardCalls($locationId: ID!, $first: Int!, $after: String, $filter: CallLogFilter) {\n  callLogs(locationId: $locationId, first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...CallRow\n      }\n    }\n  }\n}\n\nfragment CallRow on CallLog {\n  id\n  locationId\n  createdAt\n  duration\n  callType\n  contact {\n    id\n    locationId\n    name\n  }\n  agent {\n    id\n    locationId\n    name\n  }\n  actions {\n    __typename\n    id\n    type\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'subscription DashboardLiveCalls($locationId: ID!, $since: DateTime) {\n  callLogCreated(locationId: $locationId, since: $since) {\n    ...CallRow\n  }\n}',
): (typeof documents)['subscription DashboardLiveCalls($locationId: ID!, $since: DateTime) {\n  callLogCreated(locationId: $locationId, since: $since) {\n    ...CallRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query DashboardStatistics($locationId: ID!, $range: CallStatisticsRange!) {\n  callStatistics(locationId: $locationId, range: $range) {\n    timeZone\n    count\n    liveCount\n    trialCount\n    duration {\n      count\n      total\n      average\n      median\n      p90\n      min\n      max\n    }\n    byDay {\n      date\n      count\n      complete\n    }\n    byHourOfDay {\n      hour\n      count\n    }\n    byAgent {\n      agentId\n      agent {\n        id\n        locationId\n        name\n      }\n      isAgentDeleted\n      count\n    }\n    byActionType {\n      type\n      calls\n      executions\n    }\n    coverage {\n      complete\n      scannedCalls\n    }\n  }\n}',
): (typeof documents)['query DashboardStatistics($locationId: ID!, $range: CallStatisticsRange!) {\n  callStatistics(locationId: $locationId, range: $range) {\n    timeZone\n    count\n    liveCount\n    trialCount\n    duration {\n      count\n      total\n      average\n      median\n      p90\n      min\n      max\n    }\n    byDay {\n      date\n      count\n      complete\n    }\n    byHourOfDay {\n      hour\n      count\n    }\n    byAgent {\n      agentId\n      agent {\n        id\n        locationId\n        name\n      }\n      isAgentDeleted\n      count\n    }\n    byActionType {\n      type\n      calls\n      executions\n    }\n    coverage {\n      complete\n      scannedCalls\n    }\n  }\n}'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
