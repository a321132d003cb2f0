/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The kinds of action a Voice AI agent can execute during a call (HighLevel `actionType`). */
export type ActionType =
  /** An appointment was booked in a calendar. */
  | 'APPOINTMENT_BOOKING'
  /** The call was transferred to a phone number. */
  | 'CALL_TRANSFER'
  /** A third-party HTTP API was called. */
  | 'CUSTOM_ACTION'
  /** Data was extracted from the call into a contact field after the call. */
  | 'DATA_EXTRACTION'
  /** Data was extracted into a contact field while the call was in progress. */
  | 'IN_CALL_DATA_EXTRACTION'
  /** A knowledge base was queried to answer the caller. */
  | 'KNOWLEDGE_BASE'
  /** An SMS was sent to the caller. */
  | 'SMS'
  /** A HighLevel workflow was triggered. */
  | 'WORKFLOW_TRIGGER';

/** Which calls `callLogs` returns. All given conditions must hold. */
export type CallLogFilter = {
  /** Only calls in which at least one action of these types was executed (HighLevel `actionType`, comma-separated). */
  actionTypes?: Array<ActionType> | null | undefined;
  /** Only calls taken by this agent (HighLevel `agentId`). */
  agentId?: string | number | null | undefined;
  /** Only live or only trial calls (HighLevel `callType`). */
  callType?: CallType | null | undefined;
  /**
   * Only calls from these contacts (HighLevel `contactId`, comma-separated upstream; at most 100). An empty list
   * matches no call, as a screen with no contact selected means, and is answered without an upstream request (changed
   * in 0.2.0: it used to filter nothing). Left out or null: calls of every contact.
   */
  contactIds?: Array<string | number> | null | undefined;
  /**
   * Only calls created in this range (HighLevel `startDate`/`endDate`, Unix milliseconds). HighLevel needs both ends;
   * a missing end is supplied by the gateway as documented on `DateTimeRange`.
   */
  createdAt?: DateTimeRange | null | undefined;
};

/** The instants `callStatistics` covers: from `from` (included) to `to` (excluded), counted in days of `timeZone`. */
export type CallStatisticsRange = {
  /** The first instant counted (HighLevel `createdAt` at or after it). */
  from: string;
  /**
   * The IANA time zone (for example `America/New_York`) whose calendar days `byDay` and whose hours `byHourOfDay`
   * use; a day with a DST switch has 23 or 25 hours. Offsets like `+02:00` are not zones: they have no DST rules.
   */
  timeZone?: string | null | undefined;
  /** The first instant not counted. May lie in the future: days that have not begun count as zero. */
  to: string;
};

/** Whether a call came from a real caller or was a trial call placed while testing an agent. */
export type CallType =
  /** A call from a real caller. */
  | 'LIVE'
  /** A test call placed from HighLevel's agent builder. */
  | 'TRIAL';

/** A range of instants. Either side may be left out; `from` must be before `to` when both are given. */
export type DateTimeRange = {
  /** Lower bound, passed to HighLevel as `startDate`. Left out: from the beginning of time (Unix epoch). */
  from?: string | null | undefined;
  /** Upper bound, passed to HighLevel as `endDate`. Left out: until now (the moment the gateway receives the query). */
  to?: string | null | undefined;
};

/** The speaker of a transcript turn. */
export type Speaker =
  /** The Voice AI agent (`bot:` lines). */
  | 'BOT'
  /** The caller (`human:` lines). */
  | 'HUMAN'
  /** A line that names no known speaker; kept so that nothing of the transcript is lost. */
  | 'UNKNOWN';

export type DashboardCallDetailQueryVariables = Exact<{
  locationId: string | number;
  id: string | number;
}>;

export type DashboardCallDetailQuery = {
  callLog: {
    id: string;
    locationId: string;
    createdAt: string | null;
    duration: number | null;
    callType: CallType;
    fromNumber: string | null;
    summary: string | null;
    extractedData: unknown;
    transcriptTurns: Array<{ speaker: Speaker; text: string }>;
    contact: {
      id: string;
      locationId: string | null;
      name: string | null;
      email: string | null;
      phone: string | null;
    } | null;
    agent: { id: string; locationId: string; name: string | null } | null;
    actions: Array<
      | {
          __typename: 'AppointmentBookingAction';
          slotsPerDay: number | null;
          daysOfOfferingDates: number | null;
          id: string;
          type: ActionType;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          calendar: { id: string; name: string | null } | null;
        }
      | {
          __typename: 'CallTransferAction';
          transferToType: string | null;
          transferToNumber: string | null;
          triggerMessage: string | null;
          id: string;
          type: ActionType;
          name: string | null;
          description: string | null;
          executedAt: string | null;
        }
      | {
          __typename: 'CustomAction';
          id: string;
          type: ActionType;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          api: {
            url: string | null;
            method: string | null;
            authenticationRequired: boolean | null;
            authenticationValueMasked: string | null;
          } | null;
        }
      | {
          __typename: 'DataExtractionAction';
          extractionDescription: string | null;
          id: string;
          type: ActionType;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          contactField: { id: string; locationId: string; name: string | null } | null;
        }
      | {
          __typename: 'InCallDataExtractionAction';
          extractionDescription: string | null;
          id: string;
          type: ActionType;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          contactField: { id: string; locationId: string; name: string | null } | null;
        }
      | {
          __typename: 'KnowledgeBaseAction';
          id: string;
          type: ActionType;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          knowledgeBase: { id: string; name: string | null } | null;
        }
      | {
          __typename: 'SmsAction';
          messageBody: string | null;
          id: string;
          type: ActionType;
          name: string | null;
          description: string | null;
          executedAt: string | null;
        }
      | {
          __typename: 'UnknownAction';
          id: string;
          type: ActionType | null;
          name: string | null;
          description: string | null;
          executedAt: string | null;
        }
      | {
          __typename: 'WorkflowTriggerAction';
          id: string;
          type: ActionType;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          workflow: { id: string; locationId: string; name: string | null } | null;
        }
    > | null;
  } | null;
};

export type DashboardCallsQueryVariables = Exact<{
  locationId: string | number;
  first: number;
  after?: string | null | undefined;
  filter?: CallLogFilter | null | undefined;
}>;

export type DashboardCallsQuery = {
  callLogs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        locationId: string;
        createdAt: string | null;
        duration: number | null;
        callType: CallType;
        contact: { id: string; locationId: string | null; name: string | null } | null;
        agent: { id: string; locationId: string; name: string | null } | null;
        actions: Array<
          | { __typename: 'AppointmentBookingAction'; id: string; type: ActionType }
          | { __typename: 'CallTransferAction'; id: string; type: ActionType }
          | { __typename: 'CustomAction'; id: string; type: ActionType }
          | { __typename: 'DataExtractionAction'; id: string; type: ActionType }
          | { __typename: 'InCallDataExtractionAction'; id: string; type: ActionType }
          | { __typename: 'KnowledgeBaseAction'; id: string; type: ActionType }
          | { __typename: 'SmsAction'; id: string; type: ActionType }
          | { __typename: 'UnknownAction'; id: string; type: ActionType | null }
          | { __typename: 'WorkflowTriggerAction'; id: string; type: ActionType }
        > | null;
      };
    }>;
  } | null;
};

export type CallRowFragment = {
  id: string;
  locationId: string;
  createdAt: string | null;
  duration: number | null;
  callType: CallType;
  contact: { id: string; locationId: string | null; name: string | null } | null;
  agent: { id: string; locationId: string; name: string | null } | null;
  actions: Array<
    | { __typename: 'AppointmentBookingAction'; id: string; type: ActionType }
    | { __typename: 'CallTransferAction'; id: string; type: ActionType }
    | { __typename: 'CustomAction'; id: string; type: ActionType }
    | { __typename: 'DataExtractionAction'; id: string; type: ActionType }
    | { __typename: 'InCallDataExtractionAction'; id: string; type: ActionType }
    | { __typename: 'KnowledgeBaseAction'; id: string; type: ActionType }
    | { __typename: 'SmsAction'; id: string; type: ActionType }
    | { __typename: 'UnknownAction'; id: string; type: ActionType | null }
    | { __typename: 'WorkflowTriggerAction'; id: string; type: ActionType }
  > | null;
};

export type DashboardLiveCallsSubscriptionVariables = Exact<{
  locationId: string | number;
  since?: string | null | undefined;
}>;

export type DashboardLiveCallsSubscription = {
  callLogCreated: {
    id: string;
    locationId: string;
    createdAt: string | null;
    duration: number | null;
    callType: CallType;
    contact: { id: string; locationId: string | null; name: string | null } | null;
    agent: { id: string; locationId: string; name: string | null } | null;
    actions: Array<
      | { __typename: 'AppointmentBookingAction'; id: string; type: ActionType }
      | { __typename: 'CallTransferAction'; id: string; type: ActionType }
      | { __typename: 'CustomAction'; id: string; type: ActionType }
      | { __typename: 'DataExtractionAction'; id: string; type: ActionType }
      | { __typename: 'InCallDataExtractionAction'; id: string; type: ActionType }
      | { __typename: 'KnowledgeBaseAction'; id: string; type: ActionType }
      | { __typename: 'SmsAction'; id: string; type: ActionType }
      | { __typename: 'UnknownAction'; id: string; type: ActionType | null }
      | { __typename: 'WorkflowTriggerAction'; id: string; type: ActionType }
    > | null;
  };
};

export type DashboardStatisticsQueryVariables = Exact<{
  locationId: string | number;
  range: CallStatisticsRange;
}>;

export type DashboardStatisticsQuery = {
  callStatistics: {
    timeZone: string;
    count: number;
    liveCount: number;
    trialCount: number;
    duration: {
      count: number;
      total: number | null;
      average: number | null;
      median: number | null;
      p90: number | null;
      min: number | null;
      max: number | null;
    };
    byDay: Array<{ date: string; count: number; complete: boolean }>;
    byHourOfDay: Array<{ hour: number; count: number }>;
    byAgent: Array<{
      agentId: string | null;
      isAgentDeleted: boolean;
      count: number;
      agent: { id: string; locationId: string; name: string | null } | null;
    }>;
    byActionType: Array<{ type: string; calls: number; executions: number }>;
    coverage: { complete: boolean; scannedCalls: number };
  };
};

export const CallRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CallRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CallLog' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'duration' } },
          { kind: 'Field', name: { kind: 'Name', value: 'callType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CallRowFragment, unknown>;
export const DashboardCallDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DashboardCallDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'callLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'duration' } },
                { kind: 'Field', name: { kind: 'Name', value: 'callType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'transcriptTurns' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'speaker' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'extractedData' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contact' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'executedAt' } },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CallTransferAction' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'transferToType' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'transferToNumber' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'triggerMessage' } },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SmsAction' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'messageBody' } }],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DataExtractionAction' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'extractionDescription' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'contactField' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: {
                          kind: 'NamedType',
                          name: { kind: 'Name', value: 'InCallDataExtractionAction' },
                        },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'extractionDescription' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'contactField' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WorkflowTriggerAction' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'workflow' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AppointmentBookingAction' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'calendar' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'slotsPerDay' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'daysOfOfferingDates' } },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CustomAction' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'api' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'authenticationRequired' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'authenticationValueMasked' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KnowledgeBaseAction' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'knowledgeBase' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardCallDetailQuery, DashboardCallDetailQueryVariables>;
export const DashboardCallsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DashboardCalls' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CallLogFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'callLogs' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CallRow' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CallRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CallLog' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'duration' } },
          { kind: 'Field', name: { kind: 'Name', value: 'callType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardCallsQuery, DashboardCallsQueryVariables>;
export const DashboardLiveCallsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'DashboardLiveCalls' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'since' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'callLogCreated' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'since' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'since' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CallRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CallRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CallLog' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'duration' } },
          { kind: 'Field', name: { kind: 'Name', value: 'callType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardLiveCallsSubscription, DashboardLiveCallsSubscriptionVariables>;
export const DashboardStatisticsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DashboardStatistics' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CallStatisticsRange' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'callStatistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'range' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'range' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'liveCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trialCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'duration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'average' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'median' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'p90' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'min' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'max' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byDay' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byHourOfDay' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hour' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byAgent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'agentId' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'agent' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'isAgentDeleted' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byActionType' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'calls' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'executions' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coverage' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'scannedCalls' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardStatisticsQuery, DashboardStatisticsQueryVariables>;
