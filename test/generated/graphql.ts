/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** An ordering of call logs. */
export type CallLogOrder = {
  /** The direction. Default: descending (newest or longest first). */
  direction?: SortDirection | null | undefined;
  /** The field to order by. */
  field: CallLogOrderField;
};

/** The fields call logs can be ordered by. */
export type CallLogOrderField =
  /** When the call was created (HighLevel `sortBy=createdAt`). */
  | 'CREATED_AT'
  /** The call's length in seconds (HighLevel `sortBy=duration`). */
  | 'DURATION';

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

/** Which live calls a subscriber receives. Conditions are checked on the server, before anything is resolved or sent. */
export type LiveCallLogFilter = {
  /** Only calls in which at least one action of these types was executed. */
  actionTypes?: Array<ActionType> | null | undefined;
  /** Only calls taken by this agent. */
  agentId?: string | number | null | undefined;
  /** Only live or only trial calls. */
  callType?: CallType | null | undefined;
  /** Only calls from these contacts (at most 100). An empty list matches no call. */
  contactIds?: Array<string | number> | null | undefined;
};

/** The direction of an ordering. */
export type SortDirection =
  /** Smallest (or oldest) first. */
  | 'ASC'
  /** Largest (or newest) first. */
  | 'DESC';

/** The speaker of a transcript turn. */
export type Speaker =
  /** The Voice AI agent (`bot:` lines). */
  | 'BOT'
  /** The caller (`human:` lines). */
  | 'HUMAN'
  /** A line that names no known speaker; kept so that nothing of the transcript is lost. */
  | 'UNKNOWN';

/** How `callStatistics` obtained its figures. */
export type StatisticsPlan =
  /** From the call logs themselves (and days cached from earlier reads). */
  | 'SCAN'
  /** From HighLevel's list totals (`pageSize=1`), without reading the calls: counts, or calls per action type. */
  | 'TOTALS';

export type PageActionsQueryVariables = Exact<{
  locationId: string | number;
}>;

export type PageActionsQuery = {
  callLogs: {
    nodes: Array<{
      id: string;
      actions: Array<
        | { __typename: 'AppointmentBookingAction'; id: string; actionId: string | null }
        | { __typename: 'CallTransferAction'; id: string; actionId: string | null }
        | { __typename: 'CustomAction'; id: string; actionId: string | null }
        | { __typename: 'DataExtractionAction'; id: string; actionId: string | null }
        | { __typename: 'InCallDataExtractionAction'; id: string; actionId: string | null }
        | { __typename: 'KnowledgeBaseAction'; id: string; actionId: string | null }
        | { __typename: 'SmsAction'; id: string; actionId: string | null }
        | { __typename: 'UnknownAction'; id: string; actionId: string | null }
        | { __typename: 'WorkflowTriggerAction'; id: string; actionId: string | null }
      > | null;
    }>;
  } | null;
};

export type AuthCallLogsQueryVariables = Exact<{
  locationId: string | number;
  first?: number | null | undefined;
}>;

export type AuthCallLogsQuery = {
  callLogs: {
    nodes: Array<{
      id: string;
      contact: { id: string; name: string | null; locationId: string | null } | null;
      agent: { id: string; name: string | null } | null;
    }>;
  } | null;
};

export type AuthCallLogQueryVariables = Exact<{
  locationId: string | number;
  id: string | number;
}>;

export type AuthCallLogQuery = {
  callLog: { id: string; contact: { id: string; name: string | null; locationId: string | null } | null } | null;
};

export type EntitiesQueryVariables = Exact<{
  representations: Array<unknown> | unknown;
}>;

export type EntitiesQuery = {
  _entities: Array<
    | { id: string; name: string | null; locationId: string }
    | { id: string; locationId: string; summary: string | null }
    | { id: string; name: string | null; email: string | null; phone: string | null; contactLocationId: string | null }
    | Record<PropertyKey, never>
    | null
  >;
};

export type CachedPageQueryVariables = Exact<{
  locationId: string | number;
}>;

export type CachedPageQuery = {
  callLogs: {
    nodes: Array<{ id: string; contact: { name: string | null } | null; agent: { name: string | null } | null }>;
  } | null;
};

export type CallLogQueryVariables = Exact<{
  locationId: string | number;
  id: string | number;
}>;

export type CallLogQuery = {
  callLog: {
    id: string;
    locationId: string;
    agentId: string | null;
    isAgentDeleted: boolean;
    contactId: string | null;
    fromNumber: string | null;
    createdAt: string | null;
    duration: number | null;
    callType: CallType;
    isTrialCall: boolean;
    summary: string | null;
    transcript: string | null;
    extractedData: unknown;
    messageId: string | null;
    agent: { id: string } | null;
    contact: { id: string } | null;
    transcriptTurns: Array<{ speaker: Speaker; text: string }>;
    translation: {
      enabled: boolean | null;
      language: string | null;
      translatedTranscript: string | null;
      raw: unknown;
    } | null;
    message: { id: string } | null;
    actions: Array<
      | {
          __typename: 'AppointmentBookingAction';
          calendarId: string | null;
          daysOfOfferingDates: number | null;
          slotsPerDay: number | null;
          hoursBetweenSlots: number | null;
          id: string;
          actionId: string | null;
          type: ActionType;
          rawType: string;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          triggerReceivedAt: string | null;
          rawParameters: unknown;
          calendar: { id: string } | null;
        }
      | {
          __typename: 'CallTransferAction';
          triggerPrompt: string | null;
          triggerMessage: string | null;
          transferToType: string | null;
          transferToNumber: string | null;
          hearWhisperMessage: boolean | null;
          id: string;
          actionId: string | null;
          type: ActionType;
          rawType: string;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          triggerReceivedAt: string | null;
          rawParameters: unknown;
        }
      | {
          __typename: 'CustomAction';
          triggerPrompt: string | null;
          triggerMessage: string | null;
          responsePaths: Array<string>;
          id: string;
          actionId: string | null;
          type: ActionType;
          rawType: string;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          triggerReceivedAt: string | null;
          rawParameters: unknown;
          api: {
            url: string | null;
            method: string | null;
            authenticationRequired: boolean | null;
            hasAuthenticationValue: boolean;
            authenticationValueMasked: string | null;
            headers: Array<{ key: string; value: string | null }>;
            parameters: Array<{
              name: string;
              description: string | null;
              type: string | null;
              example: string | null;
            }>;
          } | null;
        }
      | {
          __typename: 'DataExtractionAction';
          contactFieldId: string | null;
          extractionDescription: string | null;
          examples: Array<string>;
          overwriteExistingValue: boolean | null;
          id: string;
          actionId: string | null;
          type: ActionType;
          rawType: string;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          triggerReceivedAt: string | null;
          rawParameters: unknown;
          contactField: { id: string } | null;
        }
      | {
          __typename: 'InCallDataExtractionAction';
          contactFieldId: string | null;
          extractionDescription: string | null;
          examples: Array<string>;
          overwriteExistingValue: boolean | null;
          id: string;
          actionId: string | null;
          type: ActionType;
          rawType: string;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          triggerReceivedAt: string | null;
          rawParameters: unknown;
          contactField: { id: string } | null;
        }
      | {
          __typename: 'KnowledgeBaseAction';
          triggerPrompt: string | null;
          triggerMessage: string | null;
          knowledgeBaseId: string | null;
          id: string;
          actionId: string | null;
          type: ActionType;
          rawType: string;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          triggerReceivedAt: string | null;
          rawParameters: unknown;
          knowledgeBase: { id: string } | null;
          parameters: Array<{ name: string; description: string | null; type: string | null; example: string | null }>;
        }
      | {
          __typename: 'SmsAction';
          triggerPrompt: string | null;
          triggerMessage: string | null;
          messageBody: string | null;
          id: string;
          actionId: string | null;
          type: ActionType;
          rawType: string;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          triggerReceivedAt: string | null;
          rawParameters: unknown;
        }
      | {
          __typename: 'UnknownAction';
          id: string;
          actionId: string | null;
          type: ActionType | null;
          rawType: string;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          triggerReceivedAt: string | null;
          rawParameters: unknown;
        }
      | {
          __typename: 'WorkflowTriggerAction';
          triggerPrompt: string | null;
          triggerMessage: string | null;
          workflowId: string | null;
          id: string;
          actionId: string | null;
          type: ActionType;
          rawType: string;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          triggerReceivedAt: string | null;
          rawParameters: unknown;
          workflow: { id: string } | null;
        }
    > | null;
  } | null;
};

export type CallLogsQueryVariables = Exact<{
  locationId: string | number;
  filter?: CallLogFilter | null | undefined;
  orderBy?: CallLogOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type CallLogsQuery = {
  callLogs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{ cursor: string; node: { id: string } }>;
    nodes: Array<{ id: string }>;
  } | null;
};

export type TimedOutContactQueryVariables = Exact<{
  locationId: string | number;
}>;

export type TimedOutContactQuery = {
  callLogs: { nodes: Array<{ id: string; contact: { name: string | null } | null }> } | null;
};

export type CursorsQueryVariables = Exact<{
  locationId: string | number;
  filter?: CallLogFilter | null | undefined;
  orderBy?: CallLogOrder | null | undefined;
}>;

export type CursorsQuery = { callLogs: { edges: Array<{ cursor: string }> } | null };

export type AgentsAndWorkflowsQueryVariables = Exact<{
  representations: Array<unknown> | unknown;
}>;

export type AgentsAndWorkflowsQuery = {
  _entities: Array<
    { id: string; name: string | null } | { id: string; name: string | null } | Record<PropertyKey, never> | null
  >;
};

export type EntityCallLogsQueryVariables = Exact<{
  representations: Array<unknown> | unknown;
}>;

export type EntityCallLogsQuery = {
  _entities: Array<{ id: string; duration: number | null } | Record<PropertyKey, never> | null>;
};

export type EntityContactCallsQueryVariables = Exact<{
  representations: Array<unknown> | unknown;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type EntityContactCallsQuery = {
  _entities: Array<
    | {
        id: string;
        callLogs: { totalCount: number; edges: Array<{ node: { id: string; contact: { id: string } | null } }> } | null;
      }
    | Record<PropertyKey, never>
    | null
  >;
};

type ApolloAction_AppointmentBookingAction_Fragment = {
  id: string;
  actionId: string | null;
  type: ActionType;
  name: string | null;
  executedAt: string | null;
};

type ApolloAction_CallTransferAction_Fragment = {
  id: string;
  actionId: string | null;
  type: ActionType;
  name: string | null;
  executedAt: string | null;
};

type ApolloAction_CustomAction_Fragment = {
  id: string;
  actionId: string | null;
  type: ActionType;
  name: string | null;
  executedAt: string | null;
};

type ApolloAction_DataExtractionAction_Fragment = {
  id: string;
  actionId: string | null;
  type: ActionType;
  name: string | null;
  executedAt: string | null;
};

type ApolloAction_InCallDataExtractionAction_Fragment = {
  id: string;
  actionId: string | null;
  type: ActionType;
  name: string | null;
  executedAt: string | null;
};

type ApolloAction_KnowledgeBaseAction_Fragment = {
  id: string;
  actionId: string | null;
  type: ActionType;
  name: string | null;
  executedAt: string | null;
};

type ApolloAction_SmsAction_Fragment = {
  id: string;
  actionId: string | null;
  type: ActionType;
  name: string | null;
  executedAt: string | null;
};

type ApolloAction_UnknownAction_Fragment = {
  id: string;
  actionId: string | null;
  type: ActionType | null;
  name: string | null;
  executedAt: string | null;
};

type ApolloAction_WorkflowTriggerAction_Fragment = {
  id: string;
  actionId: string | null;
  type: ActionType;
  name: string | null;
  executedAt: string | null;
};

export type ApolloActionFragment =
  | ApolloAction_AppointmentBookingAction_Fragment
  | ApolloAction_CallTransferAction_Fragment
  | ApolloAction_CustomAction_Fragment
  | ApolloAction_DataExtractionAction_Fragment
  | ApolloAction_InCallDataExtractionAction_Fragment
  | ApolloAction_KnowledgeBaseAction_Fragment
  | ApolloAction_SmsAction_Fragment
  | ApolloAction_UnknownAction_Fragment
  | ApolloAction_WorkflowTriggerAction_Fragment;

export type ApolloRowFragment = {
  id: string;
  locationId: string;
  duration: number | null;
  summary: string | null;
  contact: { id: string; name: string | null } | null;
  agent: { id: string; locationId: string; name: string | null } | null;
  actions: Array<
    | { id: string; actionId: string | null; type: ActionType; name: string | null; executedAt: string | null }
    | { id: string; actionId: string | null; type: ActionType; name: string | null; executedAt: string | null }
    | { id: string; actionId: string | null; type: ActionType; name: string | null; executedAt: string | null }
    | { id: string; actionId: string | null; type: ActionType; name: string | null; executedAt: string | null }
    | { id: string; actionId: string | null; type: ActionType; name: string | null; executedAt: string | null }
    | { id: string; actionId: string | null; type: ActionType; name: string | null; executedAt: string | null }
    | { id: string; actionId: string | null; type: ActionType; name: string | null; executedAt: string | null }
    | { id: string; actionId: string | null; type: ActionType | null; name: string | null; executedAt: string | null }
    | {
        id: string;
        actionId: string | null;
        type: ActionType;
        name: string | null;
        executedAt: string | null;
        workflow: { id: string; locationId: string; name: string | null } | null;
      }
  > | null;
};

export type ApolloPageQueryVariables = Exact<{
  locationId: string | number;
  first: number;
}>;

export type ApolloPageQuery = {
  callLogs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        locationId: string;
        duration: number | null;
        summary: string | null;
        contact: { id: string; name: string | null } | null;
        agent: { id: string; locationId: string; name: string | null } | null;
        actions: Array<
          | { id: string; actionId: string | null; type: ActionType; name: string | null; executedAt: string | null }
          | { id: string; actionId: string | null; type: ActionType; name: string | null; executedAt: string | null }
          | { id: string; actionId: string | null; type: ActionType; name: string | null; executedAt: string | null }
          | { id: string; actionId: string | null; type: ActionType; name: string | null; executedAt: string | null }
          | { id: string; actionId: string | null; type: ActionType; name: string | null; executedAt: string | null }
          | { id: string; actionId: string | null; type: ActionType; name: string | null; executedAt: string | null }
          | { id: string; actionId: string | null; type: ActionType; name: string | null; executedAt: string | null }
          | {
              id: string;
              actionId: string | null;
              type: ActionType | null;
              name: string | null;
              executedAt: string | null;
            }
          | {
              id: string;
              actionId: string | null;
              type: ActionType;
              name: string | null;
              executedAt: string | null;
              workflow: { id: string; locationId: string; name: string | null } | null;
            }
        > | null;
      };
    }>;
  } | null;
};

export type ApolloCallLogQueryVariables = Exact<{
  locationId: string | number;
  id: string | number;
}>;

export type ApolloCallLogQuery = {
  callLog: {
    id: string;
    locationId: string;
    duration: number | null;
    summary: string | null;
    contact: { id: string; name: string | null } | null;
    agent: { id: string; locationId: string; name: string | null } | null;
    actions: Array<
      | { id: string; actionId: string | null; type: ActionType; name: string | null; executedAt: string | null }
      | { id: string; actionId: string | null; type: ActionType; name: string | null; executedAt: string | null }
      | { id: string; actionId: string | null; type: ActionType; name: string | null; executedAt: string | null }
      | { id: string; actionId: string | null; type: ActionType; name: string | null; executedAt: string | null }
      | { id: string; actionId: string | null; type: ActionType; name: string | null; executedAt: string | null }
      | { id: string; actionId: string | null; type: ActionType; name: string | null; executedAt: string | null }
      | { id: string; actionId: string | null; type: ActionType; name: string | null; executedAt: string | null }
      | { id: string; actionId: string | null; type: ActionType | null; name: string | null; executedAt: string | null }
      | {
          id: string;
          actionId: string | null;
          type: ActionType;
          name: string | null;
          executedAt: string | null;
          workflow: { id: string; locationId: string; name: string | null } | null;
        }
    > | null;
  } | null;
};

export type ApolloListBesideOneQueryVariables = Exact<{
  locationId: string | number;
  id: string | number;
}>;

export type ApolloListBesideOneQuery = {
  callLogs: { totalCount: number; edges: Array<{ node: { id: string; locationId: string } }> } | null;
  callLog: { id: string; locationId: string; duration: number | null } | null;
};

export type RealCursorsQueryVariables = Exact<{
  locationId: string | number;
}>;

export type RealCursorsQuery = { callLogs: { edges: Array<{ cursor: string; node: { id: string } }> } | null };

type ActionFields_AppointmentBookingAction_Fragment = {
  __typename: 'AppointmentBookingAction';
  calendarId: string | null;
  daysOfOfferingDates: number | null;
  slotsPerDay: number | null;
  hoursBetweenSlots: number | null;
  id: string;
  actionId: string | null;
  type: ActionType;
  rawType: string;
  name: string | null;
  description: string | null;
  executedAt: string | null;
  triggerReceivedAt: string | null;
  rawParameters: unknown;
  calendar: { id: string } | null;
};

type ActionFields_CallTransferAction_Fragment = {
  __typename: 'CallTransferAction';
  triggerPrompt: string | null;
  triggerMessage: string | null;
  transferToType: string | null;
  transferToNumber: string | null;
  hearWhisperMessage: boolean | null;
  id: string;
  actionId: string | null;
  type: ActionType;
  rawType: string;
  name: string | null;
  description: string | null;
  executedAt: string | null;
  triggerReceivedAt: string | null;
  rawParameters: unknown;
};

type ActionFields_CustomAction_Fragment = {
  __typename: 'CustomAction';
  triggerPrompt: string | null;
  triggerMessage: string | null;
  responsePaths: Array<string>;
  id: string;
  actionId: string | null;
  type: ActionType;
  rawType: string;
  name: string | null;
  description: string | null;
  executedAt: string | null;
  triggerReceivedAt: string | null;
  rawParameters: unknown;
  api: {
    url: string | null;
    method: string | null;
    authenticationRequired: boolean | null;
    hasAuthenticationValue: boolean;
    authenticationValueMasked: string | null;
    headers: Array<{ key: string; value: string | null }>;
    parameters: Array<{ name: string; description: string | null; type: string | null; example: string | null }>;
  } | null;
};

type ActionFields_DataExtractionAction_Fragment = {
  __typename: 'DataExtractionAction';
  contactFieldId: string | null;
  extractionDescription: string | null;
  examples: Array<string>;
  overwriteExistingValue: boolean | null;
  id: string;
  actionId: string | null;
  type: ActionType;
  rawType: string;
  name: string | null;
  description: string | null;
  executedAt: string | null;
  triggerReceivedAt: string | null;
  rawParameters: unknown;
  contactField: { id: string } | null;
};

type ActionFields_InCallDataExtractionAction_Fragment = {
  __typename: 'InCallDataExtractionAction';
  contactFieldId: string | null;
  extractionDescription: string | null;
  examples: Array<string>;
  overwriteExistingValue: boolean | null;
  id: string;
  actionId: string | null;
  type: ActionType;
  rawType: string;
  name: string | null;
  description: string | null;
  executedAt: string | null;
  triggerReceivedAt: string | null;
  rawParameters: unknown;
  contactField: { id: string } | null;
};

type ActionFields_KnowledgeBaseAction_Fragment = {
  __typename: 'KnowledgeBaseAction';
  triggerPrompt: string | null;
  triggerMessage: string | null;
  knowledgeBaseId: string | null;
  id: string;
  actionId: string | null;
  type: ActionType;
  rawType: string;
  name: string | null;
  description: string | null;
  executedAt: string | null;
  triggerReceivedAt: string | null;
  rawParameters: unknown;
  knowledgeBase: { id: string } | null;
  parameters: Array<{ name: string; description: string | null; type: string | null; example: string | null }>;
};

type ActionFields_SmsAction_Fragment = {
  __typename: 'SmsAction';
  triggerPrompt: string | null;
  triggerMessage: string | null;
  messageBody: string | null;
  id: string;
  actionId: string | null;
  type: ActionType;
  rawType: string;
  name: string | null;
  description: string | null;
  executedAt: string | null;
  triggerReceivedAt: string | null;
  rawParameters: unknown;
};

type ActionFields_UnknownAction_Fragment = {
  __typename: 'UnknownAction';
  id: string;
  actionId: string | null;
  type: ActionType | null;
  rawType: string;
  name: string | null;
  description: string | null;
  executedAt: string | null;
  triggerReceivedAt: string | null;
  rawParameters: unknown;
};

type ActionFields_WorkflowTriggerAction_Fragment = {
  __typename: 'WorkflowTriggerAction';
  triggerPrompt: string | null;
  triggerMessage: string | null;
  workflowId: string | null;
  id: string;
  actionId: string | null;
  type: ActionType;
  rawType: string;
  name: string | null;
  description: string | null;
  executedAt: string | null;
  triggerReceivedAt: string | null;
  rawParameters: unknown;
  workflow: { id: string } | null;
};

export type ActionFieldsFragment =
  | ActionFields_AppointmentBookingAction_Fragment
  | ActionFields_CallTransferAction_Fragment
  | ActionFields_CustomAction_Fragment
  | ActionFields_DataExtractionAction_Fragment
  | ActionFields_InCallDataExtractionAction_Fragment
  | ActionFields_KnowledgeBaseAction_Fragment
  | ActionFields_SmsAction_Fragment
  | ActionFields_UnknownAction_Fragment
  | ActionFields_WorkflowTriggerAction_Fragment;

export type CallLogFieldsFragment = {
  id: string;
  locationId: string;
  agentId: string | null;
  isAgentDeleted: boolean;
  contactId: string | null;
  fromNumber: string | null;
  createdAt: string | null;
  duration: number | null;
  callType: CallType;
  isTrialCall: boolean;
  summary: string | null;
  transcript: string | null;
  extractedData: unknown;
  messageId: string | null;
  agent: { id: string } | null;
  contact: { id: string } | null;
  transcriptTurns: Array<{ speaker: Speaker; text: string }>;
  translation: {
    enabled: boolean | null;
    language: string | null;
    translatedTranscript: string | null;
    raw: unknown;
  } | null;
  message: { id: string } | null;
  actions: Array<
    | {
        __typename: 'AppointmentBookingAction';
        calendarId: string | null;
        daysOfOfferingDates: number | null;
        slotsPerDay: number | null;
        hoursBetweenSlots: number | null;
        id: string;
        actionId: string | null;
        type: ActionType;
        rawType: string;
        name: string | null;
        description: string | null;
        executedAt: string | null;
        triggerReceivedAt: string | null;
        rawParameters: unknown;
        calendar: { id: string } | null;
      }
    | {
        __typename: 'CallTransferAction';
        triggerPrompt: string | null;
        triggerMessage: string | null;
        transferToType: string | null;
        transferToNumber: string | null;
        hearWhisperMessage: boolean | null;
        id: string;
        actionId: string | null;
        type: ActionType;
        rawType: string;
        name: string | null;
        description: string | null;
        executedAt: string | null;
        triggerReceivedAt: string | null;
        rawParameters: unknown;
      }
    | {
        __typename: 'CustomAction';
        triggerPrompt: string | null;
        triggerMessage: string | null;
        responsePaths: Array<string>;
        id: string;
        actionId: string | null;
        type: ActionType;
        rawType: string;
        name: string | null;
        description: string | null;
        executedAt: string | null;
        triggerReceivedAt: string | null;
        rawParameters: unknown;
        api: {
          url: string | null;
          method: string | null;
          authenticationRequired: boolean | null;
          hasAuthenticationValue: boolean;
          authenticationValueMasked: string | null;
          headers: Array<{ key: string; value: string | null }>;
          parameters: Array<{ name: string; description: string | null; type: string | null; example: string | null }>;
        } | null;
      }
    | {
        __typename: 'DataExtractionAction';
        contactFieldId: string | null;
        extractionDescription: string | null;
        examples: Array<string>;
        overwriteExistingValue: boolean | null;
        id: string;
        actionId: string | null;
        type: ActionType;
        rawType: string;
        name: string | null;
        description: string | null;
        executedAt: string | null;
        triggerReceivedAt: string | null;
        rawParameters: unknown;
        contactField: { id: string } | null;
      }
    | {
        __typename: 'InCallDataExtractionAction';
        contactFieldId: string | null;
        extractionDescription: string | null;
        examples: Array<string>;
        overwriteExistingValue: boolean | null;
        id: string;
        actionId: string | null;
        type: ActionType;
        rawType: string;
        name: string | null;
        description: string | null;
        executedAt: string | null;
        triggerReceivedAt: string | null;
        rawParameters: unknown;
        contactField: { id: string } | null;
      }
    | {
        __typename: 'KnowledgeBaseAction';
        triggerPrompt: string | null;
        triggerMessage: string | null;
        knowledgeBaseId: string | null;
        id: string;
        actionId: string | null;
        type: ActionType;
        rawType: string;
        name: string | null;
        description: string | null;
        executedAt: string | null;
        triggerReceivedAt: string | null;
        rawParameters: unknown;
        knowledgeBase: { id: string } | null;
        parameters: Array<{ name: string; description: string | null; type: string | null; example: string | null }>;
      }
    | {
        __typename: 'SmsAction';
        triggerPrompt: string | null;
        triggerMessage: string | null;
        messageBody: string | null;
        id: string;
        actionId: string | null;
        type: ActionType;
        rawType: string;
        name: string | null;
        description: string | null;
        executedAt: string | null;
        triggerReceivedAt: string | null;
        rawParameters: unknown;
      }
    | {
        __typename: 'UnknownAction';
        id: string;
        actionId: string | null;
        type: ActionType | null;
        rawType: string;
        name: string | null;
        description: string | null;
        executedAt: string | null;
        triggerReceivedAt: string | null;
        rawParameters: unknown;
      }
    | {
        __typename: 'WorkflowTriggerAction';
        triggerPrompt: string | null;
        triggerMessage: string | null;
        workflowId: string | null;
        id: string;
        actionId: string | null;
        type: ActionType;
        rawType: string;
        name: string | null;
        description: string | null;
        executedAt: string | null;
        triggerReceivedAt: string | null;
        rawParameters: unknown;
        workflow: { id: string } | null;
      }
  > | null;
};

export type LargeListQueryVariables = Exact<{
  locationId: string | number;
}>;

export type LargeListQuery = {
  callLogs: { nodes: Array<{ id: string; transcript: string | null; summary: string | null }> } | null;
};

export type CappedContactsQueryVariables = Exact<{
  locationId: string | number;
}>;

export type CappedContactsQuery = {
  callLogs: { nodes: Array<{ id: string; contactId: string | null; contact: { name: string | null } | null }> } | null;
};

export type HurriedContactsQueryVariables = Exact<{
  locationId: string | number;
}>;

export type HurriedContactsQuery = {
  callLogs: { nodes: Array<{ id: string; contact: { name: string | null } | null }> } | null;
};

export type ScaleOutCallsSubscriptionVariables = Exact<{
  locationId: string | number;
}>;

export type ScaleOutCallsSubscription = { callLogCreated: { id: string; contact: { name: string | null } | null } };

export type LiveCallLogsQueryVariables = Exact<{
  locationId: string | number;
  first: number;
}>;

export type LiveCallLogsQuery = {
  callLogs: {
    nodes: Array<{ id: string; contact: { name: string | null } | null; agent: { name: string | null } | null }>;
  } | null;
};

export type RedisEntryPageQueryVariables = Exact<{
  locationId: string | number;
}>;

export type RedisEntryPageQuery = {
  callLogs: {
    nodes: Array<{ id: string; contact: { name: string | null } | null; agent: { name: string | null } | null }>;
  } | null;
};

export type FrozenRedisPageQueryVariables = Exact<{
  locationId: string | number;
  first: number;
}>;

export type FrozenRedisPageQuery = {
  callLogs: {
    nodes: Array<{ id: string; contact: { name: string | null } | null; agent: { name: string | null } | null }>;
  } | null;
};

export type DashboardQueryVariables = Exact<{
  locationId: string | number;
  filter?: CallLogFilter | null | undefined;
}>;

export type DashboardQuery = {
  callLogs: {
    nodes: Array<{
      id: string;
      locationId: string;
      agentId: string | null;
      isAgentDeleted: boolean;
      contactId: string | null;
      fromNumber: string | null;
      createdAt: string | null;
      duration: number | null;
      callType: CallType;
      isTrialCall: boolean;
      summary: string | null;
      transcript: string | null;
      extractedData: unknown;
      messageId: string | null;
      contact: { id: string; name: string | null; email: string | null } | null;
      agent: { id: string; name: string | null } | null;
      actions: Array<
        | {
            __typename: 'AppointmentBookingAction';
            calendarId: string | null;
            daysOfOfferingDates: number | null;
            slotsPerDay: number | null;
            hoursBetweenSlots: number | null;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
            calendar: { id: string } | null;
          }
        | {
            __typename: 'CallTransferAction';
            triggerPrompt: string | null;
            triggerMessage: string | null;
            transferToType: string | null;
            transferToNumber: string | null;
            hearWhisperMessage: boolean | null;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
          }
        | {
            __typename: 'CustomAction';
            triggerPrompt: string | null;
            triggerMessage: string | null;
            responsePaths: Array<string>;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
            api: {
              url: string | null;
              method: string | null;
              authenticationRequired: boolean | null;
              hasAuthenticationValue: boolean;
              authenticationValueMasked: string | null;
              headers: Array<{ key: string; value: string | null }>;
              parameters: Array<{
                name: string;
                description: string | null;
                type: string | null;
                example: string | null;
              }>;
            } | null;
          }
        | {
            __typename: 'DataExtractionAction';
            contactFieldId: string | null;
            extractionDescription: string | null;
            examples: Array<string>;
            overwriteExistingValue: boolean | null;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
            contactField: { id: string } | null;
          }
        | {
            __typename: 'InCallDataExtractionAction';
            contactFieldId: string | null;
            extractionDescription: string | null;
            examples: Array<string>;
            overwriteExistingValue: boolean | null;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
            contactField: { id: string } | null;
          }
        | {
            __typename: 'KnowledgeBaseAction';
            triggerPrompt: string | null;
            triggerMessage: string | null;
            knowledgeBaseId: string | null;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
            knowledgeBase: { id: string } | null;
            parameters: Array<{
              name: string;
              description: string | null;
              type: string | null;
              example: string | null;
            }>;
          }
        | {
            __typename: 'SmsAction';
            triggerPrompt: string | null;
            triggerMessage: string | null;
            messageBody: string | null;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
          }
        | {
            __typename: 'UnknownAction';
            id: string;
            actionId: string | null;
            type: ActionType | null;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
          }
        | {
            __typename: 'WorkflowTriggerAction';
            triggerPrompt: string | null;
            triggerMessage: string | null;
            workflowId: string | null;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
            workflow: { id: string; name: string | null } | null;
          }
      > | null;
      transcriptTurns: Array<{ speaker: Speaker; text: string }>;
      translation: {
        enabled: boolean | null;
        language: string | null;
        translatedTranscript: string | null;
        raw: unknown;
      } | null;
      message: { id: string } | null;
    }>;
  } | null;
};

export type IdsOnlyQueryVariables = Exact<{
  locationId: string | number;
}>;

export type IdsOnlyQuery = {
  callLogs: {
    totalCount: number;
    nodes: Array<{
      id: string;
      locationId: string;
      agentId: string | null;
      isAgentDeleted: boolean;
      contactId: string | null;
      fromNumber: string | null;
      createdAt: string | null;
      duration: number | null;
      callType: CallType;
      isTrialCall: boolean;
      summary: string | null;
      transcript: string | null;
      extractedData: unknown;
      messageId: string | null;
      agent: { id: string } | null;
      contact: { id: string } | null;
      transcriptTurns: Array<{ speaker: Speaker; text: string }>;
      translation: {
        enabled: boolean | null;
        language: string | null;
        translatedTranscript: string | null;
        raw: unknown;
      } | null;
      message: { id: string } | null;
      actions: Array<
        | {
            __typename: 'AppointmentBookingAction';
            calendarId: string | null;
            daysOfOfferingDates: number | null;
            slotsPerDay: number | null;
            hoursBetweenSlots: number | null;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
            calendar: { id: string } | null;
          }
        | {
            __typename: 'CallTransferAction';
            triggerPrompt: string | null;
            triggerMessage: string | null;
            transferToType: string | null;
            transferToNumber: string | null;
            hearWhisperMessage: boolean | null;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
          }
        | {
            __typename: 'CustomAction';
            triggerPrompt: string | null;
            triggerMessage: string | null;
            responsePaths: Array<string>;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
            api: {
              url: string | null;
              method: string | null;
              authenticationRequired: boolean | null;
              hasAuthenticationValue: boolean;
              authenticationValueMasked: string | null;
              headers: Array<{ key: string; value: string | null }>;
              parameters: Array<{
                name: string;
                description: string | null;
                type: string | null;
                example: string | null;
              }>;
            } | null;
          }
        | {
            __typename: 'DataExtractionAction';
            contactFieldId: string | null;
            extractionDescription: string | null;
            examples: Array<string>;
            overwriteExistingValue: boolean | null;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
            contactField: { id: string } | null;
          }
        | {
            __typename: 'InCallDataExtractionAction';
            contactFieldId: string | null;
            extractionDescription: string | null;
            examples: Array<string>;
            overwriteExistingValue: boolean | null;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
            contactField: { id: string } | null;
          }
        | {
            __typename: 'KnowledgeBaseAction';
            triggerPrompt: string | null;
            triggerMessage: string | null;
            knowledgeBaseId: string | null;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
            knowledgeBase: { id: string } | null;
            parameters: Array<{
              name: string;
              description: string | null;
              type: string | null;
              example: string | null;
            }>;
          }
        | {
            __typename: 'SmsAction';
            triggerPrompt: string | null;
            triggerMessage: string | null;
            messageBody: string | null;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
          }
        | {
            __typename: 'UnknownAction';
            id: string;
            actionId: string | null;
            type: ActionType | null;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
          }
        | {
            __typename: 'WorkflowTriggerAction';
            triggerPrompt: string | null;
            triggerMessage: string | null;
            workflowId: string | null;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
            workflow: { id: string } | null;
          }
      > | null;
    }>;
  } | null;
};

export type InFlightQueryVariables = Exact<{ [key: string]: never }>;

export type InFlightQuery = {
  callLogs: {
    totalCount: number;
    nodes: Array<{
      id: string;
      duration: number | null;
      contact: { name: string | null } | null;
      agent: { name: string | null } | null;
    }>;
  } | null;
};

export type ShutdownCallsSubscriptionVariables = Exact<{
  locationId: string | number;
}>;

export type ShutdownCallsSubscription = { callLogCreated: { id: string } };

export type ListBesideOneQueryVariables = Exact<{
  locationId: string | number;
  id: string | number;
}>;

export type ListBesideOneQuery = {
  callLogs: { totalCount: number } | null;
  callLog: { id: string; duration: number | null } | null;
};

export type ContactWithCallsQueryVariables = Exact<{
  locationId: string | number;
  id: string | number;
}>;

export type ContactWithCallsQuery = {
  callLog: {
    id: string;
    contact: { id: string; name: string | null; callLogs: { totalCount: number } | null } | null;
  } | null;
};

export type FullStatisticsQueryVariables = Exact<{
  locationId: string | number;
  range: CallStatisticsRange;
  filter?: CallLogFilter | null | undefined;
}>;

export type FullStatisticsQuery = {
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
    byDay: Array<{
      date: string;
      count: number;
      liveCount: number;
      trialCount: number;
      complete: boolean;
      duration: {
        count: number;
        total: number | null;
        average: number | null;
        median: number | null;
        p90: number | null;
        min: number | null;
        max: number | null;
      };
    }>;
    byHourOfDay: Array<{ hour: number; count: number }>;
    byAgent: Array<{
      agentId: string | null;
      isAgentDeleted: boolean;
      count: number;
      duration: {
        count: number;
        total: number | null;
        average: number | null;
        median: number | null;
        p90: number | null;
        min: number | null;
        max: number | null;
      };
    }>;
    byActionType: Array<{ type: string; calls: number; executions: number }>;
    coverage: {
      complete: boolean;
      scannedCalls: number;
      upstreamRequests: number;
      cachedDays: number;
      plan: StatisticsPlan;
    };
  };
};

export type DurationFieldsFragment = {
  count: number;
  total: number | null;
  average: number | null;
  median: number | null;
  p90: number | null;
  min: number | null;
  max: number | null;
};

export type StatisticsCountsQueryVariables = Exact<{
  locationId: string | number;
  range: CallStatisticsRange;
  filter?: CallLogFilter | null | undefined;
}>;

export type StatisticsCountsQuery = {
  callStatistics: {
    count: number;
    liveCount: number;
    trialCount: number;
    coverage: { upstreamRequests: number; plan: StatisticsPlan };
  };
};

export type StatisticsCountOnlyQueryVariables = Exact<{
  locationId: string | number;
  range: CallStatisticsRange;
}>;

export type StatisticsCountOnlyQuery = { callStatistics: { count: number } };

export type StatisticsTrialCountOnlyQueryVariables = Exact<{
  locationId: string | number;
  range: CallStatisticsRange;
}>;

export type StatisticsTrialCountOnlyQuery = { callStatistics: { trialCount: number } };

export type StatisticsActionTypeCallsQueryVariables = Exact<{
  locationId: string | number;
  range: CallStatisticsRange;
}>;

export type StatisticsActionTypeCallsQuery = {
  callStatistics: {
    byActionType: Array<{ type: string; calls: number }>;
    coverage: { upstreamRequests: number; plan: StatisticsPlan };
  };
};

export type StatisticsAgentNamesQueryVariables = Exact<{
  locationId: string | number;
  range: CallStatisticsRange;
}>;

export type StatisticsAgentNamesQuery = {
  callStatistics: { byAgent: Array<{ agentId: string | null; agent: { id: string; name: string | null } | null }> };
};

export type BoundedCallsSubscriptionVariables = Exact<{
  locationId: string | number;
}>;

export type BoundedCallsSubscription = { callLogCreated: { id: string } };

export type DeliveryCallsSubscriptionVariables = Exact<{
  locationId: string | number;
  since?: string | null | undefined;
}>;

export type DeliveryCallsSubscription = {
  callLogCreated: {
    id: string;
    contact: { id: string; name: string | null } | null;
    agent: { name: string | null } | null;
  };
};

export type LiveCallIdsSubscriptionVariables = Exact<{
  locationId: string | number;
}>;

export type LiveCallIdsSubscription = { callLogCreated: { id: string } };

export type LiveCallsTestSubscriptionVariables = Exact<{
  locationId: string | number;
  filter?: LiveCallLogFilter | null | undefined;
}>;

export type LiveCallsTestSubscription = {
  callLogCreated: {
    id: string;
    locationId: string;
    duration: number | null;
    summary: string | null;
    contact: { id: string; name: string | null } | null;
    agent: { id: string; name: string | null } | null;
    actions: Array<
      | { __typename: 'AppointmentBookingAction' }
      | { __typename: 'CallTransferAction' }
      | {
          __typename: 'CustomAction';
          api: { hasAuthenticationValue: boolean; authenticationValueMasked: string | null } | null;
        }
      | { __typename: 'DataExtractionAction' }
      | { __typename: 'InCallDataExtractionAction' }
      | { __typename: 'KnowledgeBaseAction' }
      | { __typename: 'SmsAction' }
      | { __typename: 'UnknownAction' }
      | { __typename: 'WorkflowTriggerAction' }
    > | null;
  };
};

export type TenantNodeFragment = {
  id: string;
  locationId: string;
  contact: { id: string; name: string | null; locationId: string | null } | null;
  agent: { id: string; name: string | null; locationId: string } | null;
};

export type TenantCallLogsQueryVariables = Exact<{
  locationId: string | number;
  first: number;
  orderBy?: CallLogOrder | null | undefined;
}>;

export type TenantCallLogsQuery = {
  callLogs: {
    nodes: Array<{
      id: string;
      locationId: string;
      contact: { id: string; name: string | null; locationId: string | null } | null;
      agent: { id: string; name: string | null; locationId: string } | null;
    }>;
  } | null;
};

export type TenantCallLogQueryVariables = Exact<{
  locationId: string | number;
  id: string | number;
}>;

export type TenantCallLogQuery = {
  callLog: {
    id: string;
    locationId: string;
    contact: { id: string; name: string | null; locationId: string | null } | null;
    agent: { id: string; name: string | null; locationId: string } | null;
  } | null;
};

export type LocalTierPageQueryVariables = Exact<{
  locationId: string | number;
}>;

export type LocalTierPageQuery = {
  callLogs: {
    nodes: Array<{ id: string; contact: { name: string | null } | null; agent: { name: string | null } | null }>;
  } | null;
};

export type OddCallLogsQueryVariables = Exact<{
  locationId: string | number;
}>;

export type OddCallLogsQuery = {
  callLogs: {
    nodes: Array<{
      id: string;
      locationId: string;
      agentId: string | null;
      isAgentDeleted: boolean;
      contactId: string | null;
      fromNumber: string | null;
      createdAt: string | null;
      duration: number | null;
      callType: CallType;
      isTrialCall: boolean;
      summary: string | null;
      transcript: string | null;
      extractedData: unknown;
      messageId: string | null;
      agent: { id: string } | null;
      contact: { id: string } | null;
      transcriptTurns: Array<{ speaker: Speaker; text: string }>;
      translation: {
        enabled: boolean | null;
        language: string | null;
        translatedTranscript: string | null;
        raw: unknown;
      } | null;
      message: { id: string } | null;
      actions: Array<
        | {
            __typename: 'AppointmentBookingAction';
            calendarId: string | null;
            daysOfOfferingDates: number | null;
            slotsPerDay: number | null;
            hoursBetweenSlots: number | null;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
            calendar: { id: string } | null;
          }
        | {
            __typename: 'CallTransferAction';
            triggerPrompt: string | null;
            triggerMessage: string | null;
            transferToType: string | null;
            transferToNumber: string | null;
            hearWhisperMessage: boolean | null;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
          }
        | {
            __typename: 'CustomAction';
            triggerPrompt: string | null;
            triggerMessage: string | null;
            responsePaths: Array<string>;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
            api: {
              url: string | null;
              method: string | null;
              authenticationRequired: boolean | null;
              hasAuthenticationValue: boolean;
              authenticationValueMasked: string | null;
              headers: Array<{ key: string; value: string | null }>;
              parameters: Array<{
                name: string;
                description: string | null;
                type: string | null;
                example: string | null;
              }>;
            } | null;
          }
        | {
            __typename: 'DataExtractionAction';
            contactFieldId: string | null;
            extractionDescription: string | null;
            examples: Array<string>;
            overwriteExistingValue: boolean | null;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
            contactField: { id: string } | null;
          }
        | {
            __typename: 'InCallDataExtractionAction';
            contactFieldId: string | null;
            extractionDescription: string | null;
            examples: Array<string>;
            overwriteExistingValue: boolean | null;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
            contactField: { id: string } | null;
          }
        | {
            __typename: 'KnowledgeBaseAction';
            triggerPrompt: string | null;
            triggerMessage: string | null;
            knowledgeBaseId: string | null;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
            knowledgeBase: { id: string } | null;
            parameters: Array<{
              name: string;
              description: string | null;
              type: string | null;
              example: string | null;
            }>;
          }
        | {
            __typename: 'SmsAction';
            triggerPrompt: string | null;
            triggerMessage: string | null;
            messageBody: string | null;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
          }
        | {
            __typename: 'UnknownAction';
            id: string;
            actionId: string | null;
            type: ActionType | null;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
          }
        | {
            __typename: 'WorkflowTriggerAction';
            triggerPrompt: string | null;
            triggerMessage: string | null;
            workflowId: string | null;
            id: string;
            actionId: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
            workflow: { id: string } | null;
          }
      > | null;
    }>;
  } | null;
};

export type WebhookCallContactQueryVariables = Exact<{
  locationId: string | number;
  id: string | number;
}>;

export type WebhookCallContactQuery = {
  callLog: { id: string; contact: { id: string; name: string | null } | null } | null;
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ApolloActionFragmentDoc = new TypedDocumentString(
  `
    fragment ApolloAction on Action {
  id
  actionId
  type
  name
  executedAt
}
    `,
  { fragmentName: 'ApolloAction' },
) as unknown as TypedDocumentString<ApolloActionFragment, unknown>;
export const ApolloRowFragmentDoc = new TypedDocumentString(
  `
    fragment ApolloRow on CallLog {
  id
  locationId
  duration
  summary
  contact {
    id
    name
  }
  agent {
    id
    locationId
    name
  }
  actions {
    ...ApolloAction
    ... on WorkflowTriggerAction {
      workflow {
        id
        locationId
        name
      }
    }
  }
}
    fragment ApolloAction on Action {
  id
  actionId
  type
  name
  executedAt
}`,
  { fragmentName: 'ApolloRow' },
) as unknown as TypedDocumentString<ApolloRowFragment, unknown>;
export const ActionFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ActionFields on Action {
  __typename
  id
  actionId
  type
  rawType
  name
  description
  executedAt
  triggerReceivedAt
  rawParameters
  ... on CallTransferAction {
    triggerPrompt
    triggerMessage
    transferToType
    transferToNumber
    hearWhisperMessage
  }
  ... on SmsAction {
    triggerPrompt
    triggerMessage
    messageBody
  }
  ... on DataExtractionAction {
    contactFieldId
    contactField {
      id
    }
    extractionDescription
    examples
    overwriteExistingValue
  }
  ... on InCallDataExtractionAction {
    contactFieldId
    contactField {
      id
    }
    extractionDescription
    examples
    overwriteExistingValue
  }
  ... on WorkflowTriggerAction {
    triggerPrompt
    triggerMessage
    workflowId
    workflow {
      id
    }
  }
  ... on AppointmentBookingAction {
    calendarId
    calendar {
      id
    }
    daysOfOfferingDates
    slotsPerDay
    hoursBetweenSlots
  }
  ... on CustomAction {
    triggerPrompt
    triggerMessage
    responsePaths
    api {
      url
      method
      authenticationRequired
      hasAuthenticationValue
      authenticationValueMasked
      headers {
        key
        value
      }
      parameters {
        name
        description
        type
        example
      }
    }
  }
  ... on KnowledgeBaseAction {
    triggerPrompt
    triggerMessage
    knowledgeBaseId
    knowledgeBase {
      id
    }
    parameters {
      name
      description
      type
      example
    }
  }
}
    `,
  { fragmentName: 'ActionFields' },
) as unknown as TypedDocumentString<ActionFieldsFragment, unknown>;
export const CallLogFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment CallLogFields on CallLog {
  id
  locationId
  agentId
  agent {
    id
  }
  isAgentDeleted
  contactId
  contact {
    id
  }
  fromNumber
  createdAt
  duration
  callType
  isTrialCall
  summary
  transcript
  transcriptTurns {
    speaker
    text
  }
  translation {
    enabled
    language
    translatedTranscript
    raw
  }
  extractedData
  messageId
  message {
    id
  }
  actions {
    ...ActionFields
  }
}
    fragment ActionFields on Action {
  __typename
  id
  actionId
  type
  rawType
  name
  description
  executedAt
  triggerReceivedAt
  rawParameters
  ... on CallTransferAction {
    triggerPrompt
    triggerMessage
    transferToType
    transferToNumber
    hearWhisperMessage
  }
  ... on SmsAction {
    triggerPrompt
    triggerMessage
    messageBody
  }
  ... on DataExtractionAction {
    contactFieldId
    contactField {
      id
    }
    extractionDescription
    examples
    overwriteExistingValue
  }
  ... on InCallDataExtractionAction {
    contactFieldId
    contactField {
      id
    }
    extractionDescription
    examples
    overwriteExistingValue
  }
  ... on WorkflowTriggerAction {
    triggerPrompt
    triggerMessage
    workflowId
    workflow {
      id
    }
  }
  ... on AppointmentBookingAction {
    calendarId
    calendar {
      id
    }
    daysOfOfferingDates
    slotsPerDay
    hoursBetweenSlots
  }
  ... on CustomAction {
    triggerPrompt
    triggerMessage
    responsePaths
    api {
      url
      method
      authenticationRequired
      hasAuthenticationValue
      authenticationValueMasked
      headers {
        key
        value
      }
      parameters {
        name
        description
        type
        example
      }
    }
  }
  ... on KnowledgeBaseAction {
    triggerPrompt
    triggerMessage
    knowledgeBaseId
    knowledgeBase {
      id
    }
    parameters {
      name
      description
      type
      example
    }
  }
}`,
  { fragmentName: 'CallLogFields' },
) as unknown as TypedDocumentString<CallLogFieldsFragment, unknown>;
export const DurationFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment DurationFields on DurationStatistics {
  count
  total
  average
  median
  p90
  min
  max
}
    `,
  { fragmentName: 'DurationFields' },
) as unknown as TypedDocumentString<DurationFieldsFragment, unknown>;
export const TenantNodeFragmentDoc = new TypedDocumentString(
  `
    fragment TenantNode on CallLog {
  id
  locationId
  contact {
    id
    name
    locationId
  }
  agent {
    id
    name
    locationId
  }
}
    `,
  { fragmentName: 'TenantNode' },
) as unknown as TypedDocumentString<TenantNodeFragment, unknown>;
export const PageActionsDocument = new TypedDocumentString(`
    query PageActions($locationId: ID!) {
  callLogs(locationId: $locationId, first: 50) {
    nodes {
      id
      actions {
        __typename
        id
        actionId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PageActionsQuery, PageActionsQueryVariables>;
export const AuthCallLogsDocument = new TypedDocumentString(`
    query AuthCallLogs($locationId: ID!, $first: Int) {
  callLogs(locationId: $locationId, first: $first) {
    nodes {
      id
      contact {
        id
        name
        locationId
      }
      agent {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthCallLogsQuery, AuthCallLogsQueryVariables>;
export const AuthCallLogDocument = new TypedDocumentString(`
    query AuthCallLog($locationId: ID!, $id: ID!) {
  callLog(locationId: $locationId, id: $id) {
    id
    contact {
      id
      name
      locationId
    }
  }
}
    `) as unknown as TypedDocumentString<AuthCallLogQuery, AuthCallLogQueryVariables>;
export const EntitiesDocument = new TypedDocumentString(`
    query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Contact {
      id
      name
      email
      phone
      contactLocationId: locationId
    }
    ... on Agent {
      id
      name
      locationId
    }
    ... on CallLog {
      id
      locationId
      summary
    }
  }
}
    `) as unknown as TypedDocumentString<EntitiesQuery, EntitiesQueryVariables>;
export const CachedPageDocument = new TypedDocumentString(`
    query CachedPage($locationId: ID!) {
  callLogs(locationId: $locationId, first: 10, filter: {callType: LIVE}) {
    nodes {
      id
      contact {
        name
      }
      agent {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CachedPageQuery, CachedPageQueryVariables>;
export const CallLogDocument = new TypedDocumentString(`
    query CallLog($locationId: ID!, $id: ID!) {
  callLog(locationId: $locationId, id: $id) {
    ...CallLogFields
  }
}
    fragment ActionFields on Action {
  __typename
  id
  actionId
  type
  rawType
  name
  description
  executedAt
  triggerReceivedAt
  rawParameters
  ... on CallTransferAction {
    triggerPrompt
    triggerMessage
    transferToType
    transferToNumber
    hearWhisperMessage
  }
  ... on SmsAction {
    triggerPrompt
    triggerMessage
    messageBody
  }
  ... on DataExtractionAction {
    contactFieldId
    contactField {
      id
    }
    extractionDescription
    examples
    overwriteExistingValue
  }
  ... on InCallDataExtractionAction {
    contactFieldId
    contactField {
      id
    }
    extractionDescription
    examples
    overwriteExistingValue
  }
  ... on WorkflowTriggerAction {
    triggerPrompt
    triggerMessage
    workflowId
    workflow {
      id
    }
  }
  ... on AppointmentBookingAction {
    calendarId
    calendar {
      id
    }
    daysOfOfferingDates
    slotsPerDay
    hoursBetweenSlots
  }
  ... on CustomAction {
    triggerPrompt
    triggerMessage
    responsePaths
    api {
      url
      method
      authenticationRequired
      hasAuthenticationValue
      authenticationValueMasked
      headers {
        key
        value
      }
      parameters {
        name
        description
        type
        example
      }
    }
  }
  ... on KnowledgeBaseAction {
    triggerPrompt
    triggerMessage
    knowledgeBaseId
    knowledgeBase {
      id
    }
    parameters {
      name
      description
      type
      example
    }
  }
}
fragment CallLogFields on CallLog {
  id
  locationId
  agentId
  agent {
    id
  }
  isAgentDeleted
  contactId
  contact {
    id
  }
  fromNumber
  createdAt
  duration
  callType
  isTrialCall
  summary
  transcript
  transcriptTurns {
    speaker
    text
  }
  translation {
    enabled
    language
    translatedTranscript
    raw
  }
  extractedData
  messageId
  message {
    id
  }
  actions {
    ...ActionFields
  }
}`) as unknown as TypedDocumentString<CallLogQuery, CallLogQueryVariables>;
export const CallLogsDocument = new TypedDocumentString(`
    query CallLogs($locationId: ID!, $filter: CallLogFilter, $orderBy: CallLogOrder, $first: Int, $after: String, $last: Int, $before: String) {
  callLogs(
    locationId: $locationId
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
      }
    }
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CallLogsQuery, CallLogsQueryVariables>;
export const TimedOutContactDocument = new TypedDocumentString(`
    query TimedOutContact($locationId: ID!) {
  callLogs(locationId: $locationId, first: 1, filter: {callType: LIVE}) {
    nodes {
      id
      contact {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimedOutContactQuery, TimedOutContactQueryVariables>;
export const CursorsDocument = new TypedDocumentString(`
    query Cursors($locationId: ID!, $filter: CallLogFilter, $orderBy: CallLogOrder) {
  callLogs(
    locationId: $locationId
    filter: $filter
    orderBy: $orderBy
    first: 200
  ) {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<CursorsQuery, CursorsQueryVariables>;
export const AgentsAndWorkflowsDocument = new TypedDocumentString(`
    query AgentsAndWorkflows($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Agent {
      id
      name
    }
    ... on Workflow {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AgentsAndWorkflowsQuery, AgentsAndWorkflowsQueryVariables>;
export const EntityCallLogsDocument = new TypedDocumentString(`
    query EntityCallLogs($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on CallLog {
      id
      duration
    }
  }
}
    `) as unknown as TypedDocumentString<EntityCallLogsQuery, EntityCallLogsQueryVariables>;
export const EntityContactCallsDocument = new TypedDocumentString(`
    query EntityContactCalls($representations: [_Any!]!, $first: Int, $after: String) {
  _entities(representations: $representations) {
    ... on Contact {
      id
      callLogs(first: $first, after: $after) {
        totalCount
        edges {
          node {
            id
            contact {
              id
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityContactCallsQuery, EntityContactCallsQueryVariables>;
export const ApolloPageDocument = new TypedDocumentString(`
    query ApolloPage($locationId: ID!, $first: Int!) {
  callLogs(locationId: $locationId, first: $first) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...ApolloRow
      }
    }
  }
}
    fragment ApolloAction on Action {
  id
  actionId
  type
  name
  executedAt
}
fragment ApolloRow on CallLog {
  id
  locationId
  duration
  summary
  contact {
    id
    name
  }
  agent {
    id
    locationId
    name
  }
  actions {
    ...ApolloAction
    ... on WorkflowTriggerAction {
      workflow {
        id
        locationId
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<ApolloPageQuery, ApolloPageQueryVariables>;
export const ApolloCallLogDocument = new TypedDocumentString(`
    query ApolloCallLog($locationId: ID!, $id: ID!) {
  callLog(locationId: $locationId, id: $id) {
    ...ApolloRow
  }
}
    fragment ApolloAction on Action {
  id
  actionId
  type
  name
  executedAt
}
fragment ApolloRow on CallLog {
  id
  locationId
  duration
  summary
  contact {
    id
    name
  }
  agent {
    id
    locationId
    name
  }
  actions {
    ...ApolloAction
    ... on WorkflowTriggerAction {
      workflow {
        id
        locationId
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<ApolloCallLogQuery, ApolloCallLogQueryVariables>;
export const ApolloListBesideOneDocument = new TypedDocumentString(`
    query ApolloListBesideOne($locationId: ID!, $id: ID!) {
  callLogs(locationId: $locationId, first: 5) {
    totalCount
    edges {
      node {
        id
        locationId
      }
    }
  }
  callLog(locationId: $locationId, id: $id) {
    id
    locationId
    duration
  }
}
    `) as unknown as TypedDocumentString<ApolloListBesideOneQuery, ApolloListBesideOneQueryVariables>;
export const RealCursorsDocument = new TypedDocumentString(`
    query RealCursors($locationId: ID!) {
  callLogs(locationId: $locationId, first: 30) {
    edges {
      cursor
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RealCursorsQuery, RealCursorsQueryVariables>;
export const LargeListDocument = new TypedDocumentString(`
    query LargeList($locationId: ID!) {
  callLogs(locationId: $locationId, first: 100) {
    nodes {
      id
      transcript
      summary
    }
  }
}
    `) as unknown as TypedDocumentString<LargeListQuery, LargeListQueryVariables>;
export const CappedContactsDocument = new TypedDocumentString(`
    query CappedContacts($locationId: ID!) {
  callLogs(locationId: $locationId, first: 20, filter: {callType: LIVE}) {
    nodes {
      id
      contactId
      contact {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CappedContactsQuery, CappedContactsQueryVariables>;
export const HurriedContactsDocument = new TypedDocumentString(`
    query HurriedContacts($locationId: ID!) {
  callLogs(locationId: $locationId, first: 3, filter: {callType: LIVE}) {
    nodes {
      id
      contact {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HurriedContactsQuery, HurriedContactsQueryVariables>;
export const ScaleOutCallsDocument = new TypedDocumentString(`
    subscription ScaleOutCalls($locationId: ID!) {
  callLogCreated(locationId: $locationId) {
    id
    contact {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ScaleOutCallsSubscription, ScaleOutCallsSubscriptionVariables>;
export const LiveCallLogsDocument = new TypedDocumentString(`
    query LiveCallLogs($locationId: ID!, $first: Int!) {
  callLogs(locationId: $locationId, first: $first, filter: {callType: LIVE}) {
    nodes {
      id
      contact {
        name
      }
      agent {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LiveCallLogsQuery, LiveCallLogsQueryVariables>;
export const RedisEntryPageDocument = new TypedDocumentString(`
    query RedisEntryPage($locationId: ID!) {
  callLogs(locationId: $locationId, first: 6, filter: {callType: LIVE}) {
    nodes {
      id
      contact {
        name
      }
      agent {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RedisEntryPageQuery, RedisEntryPageQueryVariables>;
export const FrozenRedisPageDocument = new TypedDocumentString(`
    query FrozenRedisPage($locationId: ID!, $first: Int!) {
  callLogs(locationId: $locationId, first: $first, filter: {callType: LIVE}) {
    nodes {
      id
      contact {
        name
      }
      agent {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FrozenRedisPageQuery, FrozenRedisPageQueryVariables>;
export const DashboardDocument = new TypedDocumentString(`
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
    fragment ActionFields on Action {
  __typename
  id
  actionId
  type
  rawType
  name
  description
  executedAt
  triggerReceivedAt
  rawParameters
  ... on CallTransferAction {
    triggerPrompt
    triggerMessage
    transferToType
    transferToNumber
    hearWhisperMessage
  }
  ... on SmsAction {
    triggerPrompt
    triggerMessage
    messageBody
  }
  ... on DataExtractionAction {
    contactFieldId
    contactField {
      id
    }
    extractionDescription
    examples
    overwriteExistingValue
  }
  ... on InCallDataExtractionAction {
    contactFieldId
    contactField {
      id
    }
    extractionDescription
    examples
    overwriteExistingValue
  }
  ... on WorkflowTriggerAction {
    triggerPrompt
    triggerMessage
    workflowId
    workflow {
      id
    }
  }
  ... on AppointmentBookingAction {
    calendarId
    calendar {
      id
    }
    daysOfOfferingDates
    slotsPerDay
    hoursBetweenSlots
  }
  ... on CustomAction {
    triggerPrompt
    triggerMessage
    responsePaths
    api {
      url
      method
      authenticationRequired
      hasAuthenticationValue
      authenticationValueMasked
      headers {
        key
        value
      }
      parameters {
        name
        description
        type
        example
      }
    }
  }
  ... on KnowledgeBaseAction {
    triggerPrompt
    triggerMessage
    knowledgeBaseId
    knowledgeBase {
      id
    }
    parameters {
      name
      description
      type
      example
    }
  }
}
fragment CallLogFields on CallLog {
  id
  locationId
  agentId
  agent {
    id
  }
  isAgentDeleted
  contactId
  contact {
    id
  }
  fromNumber
  createdAt
  duration
  callType
  isTrialCall
  summary
  transcript
  transcriptTurns {
    speaker
    text
  }
  translation {
    enabled
    language
    translatedTranscript
    raw
  }
  extractedData
  messageId
  message {
    id
  }
  actions {
    ...ActionFields
  }
}`) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const IdsOnlyDocument = new TypedDocumentString(`
    query IdsOnly($locationId: ID!) {
  callLogs(locationId: $locationId, first: 50) {
    totalCount
    nodes {
      ...CallLogFields
    }
  }
}
    fragment ActionFields on Action {
  __typename
  id
  actionId
  type
  rawType
  name
  description
  executedAt
  triggerReceivedAt
  rawParameters
  ... on CallTransferAction {
    triggerPrompt
    triggerMessage
    transferToType
    transferToNumber
    hearWhisperMessage
  }
  ... on SmsAction {
    triggerPrompt
    triggerMessage
    messageBody
  }
  ... on DataExtractionAction {
    contactFieldId
    contactField {
      id
    }
    extractionDescription
    examples
    overwriteExistingValue
  }
  ... on InCallDataExtractionAction {
    contactFieldId
    contactField {
      id
    }
    extractionDescription
    examples
    overwriteExistingValue
  }
  ... on WorkflowTriggerAction {
    triggerPrompt
    triggerMessage
    workflowId
    workflow {
      id
    }
  }
  ... on AppointmentBookingAction {
    calendarId
    calendar {
      id
    }
    daysOfOfferingDates
    slotsPerDay
    hoursBetweenSlots
  }
  ... on CustomAction {
    triggerPrompt
    triggerMessage
    responsePaths
    api {
      url
      method
      authenticationRequired
      hasAuthenticationValue
      authenticationValueMasked
      headers {
        key
        value
      }
      parameters {
        name
        description
        type
        example
      }
    }
  }
  ... on KnowledgeBaseAction {
    triggerPrompt
    triggerMessage
    knowledgeBaseId
    knowledgeBase {
      id
    }
    parameters {
      name
      description
      type
      example
    }
  }
}
fragment CallLogFields on CallLog {
  id
  locationId
  agentId
  agent {
    id
  }
  isAgentDeleted
  contactId
  contact {
    id
  }
  fromNumber
  createdAt
  duration
  callType
  isTrialCall
  summary
  transcript
  transcriptTurns {
    speaker
    text
  }
  translation {
    enabled
    language
    translatedTranscript
    raw
  }
  extractedData
  messageId
  message {
    id
  }
  actions {
    ...ActionFields
  }
}`) as unknown as TypedDocumentString<IdsOnlyQuery, IdsOnlyQueryVariables>;
export const InFlightDocument = new TypedDocumentString(`
    query InFlight {
  callLogs(locationId: "LOC123456789ABCDEF", first: 3) {
    totalCount
    nodes {
      id
      duration
      contact {
        name
      }
      agent {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InFlightQuery, InFlightQueryVariables>;
export const ShutdownCallsDocument = new TypedDocumentString(`
    subscription ShutdownCalls($locationId: ID!) {
  callLogCreated(locationId: $locationId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ShutdownCallsSubscription, ShutdownCallsSubscriptionVariables>;
export const ListBesideOneDocument = new TypedDocumentString(`
    query ListBesideOne($locationId: ID!, $id: ID!) {
  callLogs(locationId: $locationId, first: 5) {
    totalCount
  }
  callLog(locationId: $locationId, id: $id) {
    id
    duration
  }
}
    `) as unknown as TypedDocumentString<ListBesideOneQuery, ListBesideOneQueryVariables>;
export const ContactWithCallsDocument = new TypedDocumentString(`
    query ContactWithCalls($locationId: ID!, $id: ID!) {
  callLog(locationId: $locationId, id: $id) {
    id
    contact {
      id
      name
      callLogs(first: 3) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContactWithCallsQuery, ContactWithCallsQueryVariables>;
export const FullStatisticsDocument = new TypedDocumentString(`
    query FullStatistics($locationId: ID!, $range: CallStatisticsRange!, $filter: CallLogFilter) {
  callStatistics(locationId: $locationId, range: $range, filter: $filter) {
    timeZone
    count
    liveCount
    trialCount
    duration {
      ...DurationFields
    }
    byDay {
      date
      count
      liveCount
      trialCount
      duration {
        ...DurationFields
      }
      complete
    }
    byHourOfDay {
      hour
      count
    }
    byAgent {
      agentId
      isAgentDeleted
      count
      duration {
        ...DurationFields
      }
    }
    byActionType {
      type
      calls
      executions
    }
    coverage {
      complete
      scannedCalls
      upstreamRequests
      cachedDays
      plan
    }
  }
}
    fragment DurationFields on DurationStatistics {
  count
  total
  average
  median
  p90
  min
  max
}`) as unknown as TypedDocumentString<FullStatisticsQuery, FullStatisticsQueryVariables>;
export const StatisticsCountsDocument = new TypedDocumentString(`
    query StatisticsCounts($locationId: ID!, $range: CallStatisticsRange!, $filter: CallLogFilter) {
  callStatistics(locationId: $locationId, range: $range, filter: $filter) {
    count
    liveCount
    trialCount
    coverage {
      upstreamRequests
      plan
    }
  }
}
    `) as unknown as TypedDocumentString<StatisticsCountsQuery, StatisticsCountsQueryVariables>;
export const StatisticsCountOnlyDocument = new TypedDocumentString(`
    query StatisticsCountOnly($locationId: ID!, $range: CallStatisticsRange!) {
  callStatistics(locationId: $locationId, range: $range) {
    count
  }
}
    `) as unknown as TypedDocumentString<StatisticsCountOnlyQuery, StatisticsCountOnlyQueryVariables>;
export const StatisticsTrialCountOnlyDocument = new TypedDocumentString(`
    query StatisticsTrialCountOnly($locationId: ID!, $range: CallStatisticsRange!) {
  callStatistics(locationId: $locationId, range: $range) {
    trialCount
  }
}
    `) as unknown as TypedDocumentString<StatisticsTrialCountOnlyQuery, StatisticsTrialCountOnlyQueryVariables>;
export const StatisticsActionTypeCallsDocument = new TypedDocumentString(`
    query StatisticsActionTypeCalls($locationId: ID!, $range: CallStatisticsRange!) {
  callStatistics(locationId: $locationId, range: $range) {
    byActionType {
      type
      calls
    }
    coverage {
      upstreamRequests
      plan
    }
  }
}
    `) as unknown as TypedDocumentString<StatisticsActionTypeCallsQuery, StatisticsActionTypeCallsQueryVariables>;
export const StatisticsAgentNamesDocument = new TypedDocumentString(`
    query StatisticsAgentNames($locationId: ID!, $range: CallStatisticsRange!) {
  callStatistics(locationId: $locationId, range: $range) {
    byAgent {
      agentId
      agent {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatisticsAgentNamesQuery, StatisticsAgentNamesQueryVariables>;
export const BoundedCallsDocument = new TypedDocumentString(`
    subscription BoundedCalls($locationId: ID!) {
  callLogCreated(locationId: $locationId) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoundedCallsSubscription, BoundedCallsSubscriptionVariables>;
export const DeliveryCallsDocument = new TypedDocumentString(`
    subscription DeliveryCalls($locationId: ID!, $since: DateTime) {
  callLogCreated(locationId: $locationId, since: $since) {
    id
    contact {
      id
      name
    }
    agent {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryCallsSubscription, DeliveryCallsSubscriptionVariables>;
export const LiveCallIdsDocument = new TypedDocumentString(`
    subscription LiveCallIds($locationId: ID!) {
  callLogCreated(locationId: $locationId) {
    id
  }
}
    `) as unknown as TypedDocumentString<LiveCallIdsSubscription, LiveCallIdsSubscriptionVariables>;
export const LiveCallsTestDocument = new TypedDocumentString(`
    subscription LiveCallsTest($locationId: ID!, $filter: LiveCallLogFilter) {
  callLogCreated(locationId: $locationId, filter: $filter) {
    id
    locationId
    duration
    summary
    contact {
      id
      name
    }
    agent {
      id
      name
    }
    actions {
      __typename
      ... on CustomAction {
        api {
          hasAuthenticationValue
          authenticationValueMasked
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LiveCallsTestSubscription, LiveCallsTestSubscriptionVariables>;
export const TenantCallLogsDocument = new TypedDocumentString(`
    query TenantCallLogs($locationId: ID!, $first: Int!, $orderBy: CallLogOrder) {
  callLogs(locationId: $locationId, first: $first, orderBy: $orderBy) {
    nodes {
      ...TenantNode
    }
  }
}
    fragment TenantNode on CallLog {
  id
  locationId
  contact {
    id
    name
    locationId
  }
  agent {
    id
    name
    locationId
  }
}`) as unknown as TypedDocumentString<TenantCallLogsQuery, TenantCallLogsQueryVariables>;
export const TenantCallLogDocument = new TypedDocumentString(`
    query TenantCallLog($locationId: ID!, $id: ID!) {
  callLog(locationId: $locationId, id: $id) {
    ...TenantNode
  }
}
    fragment TenantNode on CallLog {
  id
  locationId
  contact {
    id
    name
    locationId
  }
  agent {
    id
    name
    locationId
  }
}`) as unknown as TypedDocumentString<TenantCallLogQuery, TenantCallLogQueryVariables>;
export const LocalTierPageDocument = new TypedDocumentString(`
    query LocalTierPage($locationId: ID!) {
  callLogs(locationId: $locationId, first: 10, filter: {callType: LIVE}) {
    nodes {
      id
      contact {
        name
      }
      agent {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LocalTierPageQuery, LocalTierPageQueryVariables>;
export const OddCallLogsDocument = new TypedDocumentString(`
    query OddCallLogs($locationId: ID!) {
  callLogs(locationId: $locationId, last: 5) {
    nodes {
      ...CallLogFields
    }
  }
}
    fragment ActionFields on Action {
  __typename
  id
  actionId
  type
  rawType
  name
  description
  executedAt
  triggerReceivedAt
  rawParameters
  ... on CallTransferAction {
    triggerPrompt
    triggerMessage
    transferToType
    transferToNumber
    hearWhisperMessage
  }
  ... on SmsAction {
    triggerPrompt
    triggerMessage
    messageBody
  }
  ... on DataExtractionAction {
    contactFieldId
    contactField {
      id
    }
    extractionDescription
    examples
    overwriteExistingValue
  }
  ... on InCallDataExtractionAction {
    contactFieldId
    contactField {
      id
    }
    extractionDescription
    examples
    overwriteExistingValue
  }
  ... on WorkflowTriggerAction {
    triggerPrompt
    triggerMessage
    workflowId
    workflow {
      id
    }
  }
  ... on AppointmentBookingAction {
    calendarId
    calendar {
      id
    }
    daysOfOfferingDates
    slotsPerDay
    hoursBetweenSlots
  }
  ... on CustomAction {
    triggerPrompt
    triggerMessage
    responsePaths
    api {
      url
      method
      authenticationRequired
      hasAuthenticationValue
      authenticationValueMasked
      headers {
        key
        value
      }
      parameters {
        name
        description
        type
        example
      }
    }
  }
  ... on KnowledgeBaseAction {
    triggerPrompt
    triggerMessage
    knowledgeBaseId
    knowledgeBase {
      id
    }
    parameters {
      name
      description
      type
      example
    }
  }
}
fragment CallLogFields on CallLog {
  id
  locationId
  agentId
  agent {
    id
  }
  isAgentDeleted
  contactId
  contact {
    id
  }
  fromNumber
  createdAt
  duration
  callType
  isTrialCall
  summary
  transcript
  transcriptTurns {
    speaker
    text
  }
  translation {
    enabled
    language
    translatedTranscript
    raw
  }
  extractedData
  messageId
  message {
    id
  }
  actions {
    ...ActionFields
  }
}`) as unknown as TypedDocumentString<OddCallLogsQuery, OddCallLogsQueryVariables>;
export const WebhookCallContactDocument = new TypedDocumentString(`
    query WebhookCallContact($locationId: ID!, $id: ID!) {
  callLog(locationId: $locationId, id: $id) {
    id
    contact {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookCallContactQuery, WebhookCallContactQueryVariables>;
