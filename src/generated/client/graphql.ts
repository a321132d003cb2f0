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

export type CallLogDetailQueryVariables = Exact<{
  locationId: string | number;
  id: string | number;
}>;

export type CallLogDetailQuery = {
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
    translation: { language: string | null; translatedTranscript: string | null } | null;
    contact: {
      id: string;
      locationId: string | null;
      name: string | null;
      email: string | null;
      phone: string | null;
    } | null;
    agent: { id: string; locationId: string; name: string | null; language: string | null } | null;
    message: { id: string; locationId: string | null; messageType: string | null; status: string | null } | null;
    actions: Array<
      | {
          __typename: 'AppointmentBookingAction';
          id: string;
          actionId: string | null;
          type: ActionType;
          rawType: string;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          triggerReceivedAt: string | null;
          rawParameters: unknown;
          daysOfOfferingDates: number | null;
          slotsPerDay: number | null;
          hoursBetweenSlots: number | null;
          calendar: { id: string; locationId: string | null; name: string | null } | null;
        }
      | {
          __typename: 'CallTransferAction';
          id: string;
          actionId: string | null;
          type: ActionType;
          rawType: string;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          triggerReceivedAt: string | null;
          rawParameters: unknown;
          triggerPrompt: string | null;
          triggerMessage: string | null;
          transferToType: string | null;
          transferToNumber: string | null;
          hearWhisperMessage: boolean | null;
        }
      | {
          __typename: 'CustomAction';
          id: string;
          actionId: string | null;
          type: ActionType;
          rawType: string;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          triggerReceivedAt: string | null;
          rawParameters: unknown;
          triggerPrompt: string | null;
          triggerMessage: string | null;
          responsePaths: Array<string>;
          api: {
            url: string | null;
            method: string | null;
            authenticationRequired: boolean | null;
            hasAuthenticationValue: boolean;
            authenticationValueMasked: string | null;
            headers: Array<{ key: string; value: string | null }>;
            parameters: Array<{ name: string; type: string | null; example: string | null }>;
          } | null;
        }
      | {
          __typename: 'DataExtractionAction';
          id: string;
          actionId: string | null;
          type: ActionType;
          rawType: string;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          triggerReceivedAt: string | null;
          rawParameters: unknown;
          extractionDescription: string | null;
          examples: Array<string>;
          overwriteExistingValue: boolean | null;
          contactField: { id: string; locationId: string; name: string | null; fieldKey: string | null } | null;
        }
      | {
          __typename: 'InCallDataExtractionAction';
          id: string;
          actionId: string | null;
          type: ActionType;
          rawType: string;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          triggerReceivedAt: string | null;
          rawParameters: unknown;
          extractionDescription: string | null;
          examples: Array<string>;
          overwriteExistingValue: boolean | null;
          contactField: { id: string; locationId: string; name: string | null; fieldKey: string | null } | null;
        }
      | {
          __typename: 'KnowledgeBaseAction';
          id: string;
          actionId: string | null;
          type: ActionType;
          rawType: string;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          triggerReceivedAt: string | null;
          rawParameters: unknown;
          triggerPrompt: string | null;
          triggerMessage: string | null;
          parameters: Array<{ name: string; description: string | null }>;
          knowledgeBase: { id: string; locationId: string | null; name: string | null } | null;
        }
      | {
          __typename: 'SmsAction';
          id: string;
          actionId: string | null;
          type: ActionType;
          rawType: string;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          triggerReceivedAt: string | null;
          rawParameters: unknown;
          triggerPrompt: string | null;
          triggerMessage: string | null;
          messageBody: string | null;
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
          id: string;
          actionId: string | null;
          type: ActionType;
          rawType: string;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          triggerReceivedAt: string | null;
          rawParameters: unknown;
          triggerPrompt: string | null;
          triggerMessage: string | null;
          workflow: { id: string; locationId: string; name: string | null; status: string | null } | null;
        }
    > | null;
  } | null;
};

type ActionDetail_AppointmentBookingAction_Fragment = {
  __typename: 'AppointmentBookingAction';
  id: string;
  actionId: string | null;
  type: ActionType;
  rawType: string;
  name: string | null;
  description: string | null;
  executedAt: string | null;
  triggerReceivedAt: string | null;
  rawParameters: unknown;
  daysOfOfferingDates: number | null;
  slotsPerDay: number | null;
  hoursBetweenSlots: number | null;
  calendar: { id: string; locationId: string | null; name: string | null } | null;
};

type ActionDetail_CallTransferAction_Fragment = {
  __typename: 'CallTransferAction';
  id: string;
  actionId: string | null;
  type: ActionType;
  rawType: string;
  name: string | null;
  description: string | null;
  executedAt: string | null;
  triggerReceivedAt: string | null;
  rawParameters: unknown;
  triggerPrompt: string | null;
  triggerMessage: string | null;
  transferToType: string | null;
  transferToNumber: string | null;
  hearWhisperMessage: boolean | null;
};

type ActionDetail_CustomAction_Fragment = {
  __typename: 'CustomAction';
  id: string;
  actionId: string | null;
  type: ActionType;
  rawType: string;
  name: string | null;
  description: string | null;
  executedAt: string | null;
  triggerReceivedAt: string | null;
  rawParameters: unknown;
  triggerPrompt: string | null;
  triggerMessage: string | null;
  responsePaths: Array<string>;
  api: {
    url: string | null;
    method: string | null;
    authenticationRequired: boolean | null;
    hasAuthenticationValue: boolean;
    authenticationValueMasked: string | null;
    headers: Array<{ key: string; value: string | null }>;
    parameters: Array<{ name: string; type: string | null; example: string | null }>;
  } | null;
};

type ActionDetail_DataExtractionAction_Fragment = {
  __typename: 'DataExtractionAction';
  id: string;
  actionId: string | null;
  type: ActionType;
  rawType: string;
  name: string | null;
  description: string | null;
  executedAt: string | null;
  triggerReceivedAt: string | null;
  rawParameters: unknown;
  extractionDescription: string | null;
  examples: Array<string>;
  overwriteExistingValue: boolean | null;
  contactField: { id: string; locationId: string; name: string | null; fieldKey: string | null } | null;
};

type ActionDetail_InCallDataExtractionAction_Fragment = {
  __typename: 'InCallDataExtractionAction';
  id: string;
  actionId: string | null;
  type: ActionType;
  rawType: string;
  name: string | null;
  description: string | null;
  executedAt: string | null;
  triggerReceivedAt: string | null;
  rawParameters: unknown;
  extractionDescription: string | null;
  examples: Array<string>;
  overwriteExistingValue: boolean | null;
  contactField: { id: string; locationId: string; name: string | null; fieldKey: string | null } | null;
};

type ActionDetail_KnowledgeBaseAction_Fragment = {
  __typename: 'KnowledgeBaseAction';
  id: string;
  actionId: string | null;
  type: ActionType;
  rawType: string;
  name: string | null;
  description: string | null;
  executedAt: string | null;
  triggerReceivedAt: string | null;
  rawParameters: unknown;
  triggerPrompt: string | null;
  triggerMessage: string | null;
  parameters: Array<{ name: string; description: string | null }>;
  knowledgeBase: { id: string; locationId: string | null; name: string | null } | null;
};

type ActionDetail_SmsAction_Fragment = {
  __typename: 'SmsAction';
  id: string;
  actionId: string | null;
  type: ActionType;
  rawType: string;
  name: string | null;
  description: string | null;
  executedAt: string | null;
  triggerReceivedAt: string | null;
  rawParameters: unknown;
  triggerPrompt: string | null;
  triggerMessage: string | null;
  messageBody: string | null;
};

type ActionDetail_UnknownAction_Fragment = {
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

type ActionDetail_WorkflowTriggerAction_Fragment = {
  __typename: 'WorkflowTriggerAction';
  id: string;
  actionId: string | null;
  type: ActionType;
  rawType: string;
  name: string | null;
  description: string | null;
  executedAt: string | null;
  triggerReceivedAt: string | null;
  rawParameters: unknown;
  triggerPrompt: string | null;
  triggerMessage: string | null;
  workflow: { id: string; locationId: string; name: string | null; status: string | null } | null;
};

export type ActionDetailFragment =
  | ActionDetail_AppointmentBookingAction_Fragment
  | ActionDetail_CallTransferAction_Fragment
  | ActionDetail_CustomAction_Fragment
  | ActionDetail_DataExtractionAction_Fragment
  | ActionDetail_InCallDataExtractionAction_Fragment
  | ActionDetail_KnowledgeBaseAction_Fragment
  | ActionDetail_SmsAction_Fragment
  | ActionDetail_UnknownAction_Fragment
  | ActionDetail_WorkflowTriggerAction_Fragment;

export type CallTransferFieldsFragment = {
  triggerPrompt: string | null;
  triggerMessage: string | null;
  transferToType: string | null;
  transferToNumber: string | null;
  hearWhisperMessage: boolean | null;
};

export type SmsFieldsFragment = {
  triggerPrompt: string | null;
  triggerMessage: string | null;
  messageBody: string | null;
};

export type DataExtractionFieldsFragment = {
  extractionDescription: string | null;
  examples: Array<string>;
  overwriteExistingValue: boolean | null;
  contactField: { id: string; locationId: string; name: string | null; fieldKey: string | null } | null;
};

export type InCallDataExtractionFieldsFragment = {
  extractionDescription: string | null;
  examples: Array<string>;
  overwriteExistingValue: boolean | null;
  contactField: { id: string; locationId: string; name: string | null; fieldKey: string | null } | null;
};

export type WorkflowTriggerFieldsFragment = {
  triggerPrompt: string | null;
  triggerMessage: string | null;
  workflow: { id: string; locationId: string; name: string | null; status: string | null } | null;
};

export type AppointmentBookingFieldsFragment = {
  daysOfOfferingDates: number | null;
  slotsPerDay: number | null;
  hoursBetweenSlots: number | null;
  calendar: { id: string; locationId: string | null; name: string | null } | null;
};

export type CustomActionFieldsFragment = {
  triggerPrompt: string | null;
  triggerMessage: string | null;
  responsePaths: Array<string>;
  api: {
    url: string | null;
    method: string | null;
    authenticationRequired: boolean | null;
    hasAuthenticationValue: boolean;
    authenticationValueMasked: string | null;
    headers: Array<{ key: string; value: string | null }>;
    parameters: Array<{ name: string; type: string | null; example: string | null }>;
  } | null;
};

export type KnowledgeBaseFieldsFragment = {
  triggerPrompt: string | null;
  triggerMessage: string | null;
  parameters: Array<{ name: string; description: string | null }>;
  knowledgeBase: { id: string; locationId: string | null; name: string | null } | null;
};

export type CallStatisticsQueryVariables = Exact<{
  locationId: string | number;
  range: CallStatisticsRange;
  filter?: CallLogFilter | null | undefined;
}>;

export type CallStatisticsQuery = {
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
      duration: { average: number | null; median: number | null };
    }>;
    byHourOfDay: Array<{ hour: number; count: number }>;
    byAgent: Array<{
      agentId: string | null;
      isAgentDeleted: boolean;
      count: number;
      agent: { id: string; locationId: string; name: string | null } | null;
      duration: { average: number | null; median: number | null };
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

export type ContactCallsQueryVariables = Exact<{
  locationId: string | number;
  contactId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ContactCallsQuery = {
  callLogs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        locationId: string;
        createdAt: string | null;
        duration: number | null;
        summary: string | null;
        contact: { id: string; locationId: string | null; name: string | null } | null;
      };
    }>;
  } | null;
};

export type DashboardQueryVariables = Exact<{
  locationId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CallLogFilter | null | undefined;
  orderBy?: CallLogOrder | null | undefined;
}>;

export type DashboardQuery = {
  callLogs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        locationId: string;
        createdAt: string | null;
        duration: number | null;
        callType: CallType;
        fromNumber: string | null;
        summary: string | null;
        contact: { id: string; locationId: string | null; name: string | null; email: string | null } | null;
        agent: { id: string; locationId: string; name: string | null } | null;
        actions: Array<
          | {
              __typename: 'AppointmentBookingAction';
              id: string;
              actionId: string | null;
              type: ActionType;
              name: string | null;
              executedAt: string | null;
            }
          | {
              __typename: 'CallTransferAction';
              id: string;
              actionId: string | null;
              type: ActionType;
              name: string | null;
              executedAt: string | null;
            }
          | {
              __typename: 'CustomAction';
              id: string;
              actionId: string | null;
              type: ActionType;
              name: string | null;
              executedAt: string | null;
            }
          | {
              __typename: 'DataExtractionAction';
              id: string;
              actionId: string | null;
              type: ActionType;
              name: string | null;
              executedAt: string | null;
            }
          | {
              __typename: 'InCallDataExtractionAction';
              id: string;
              actionId: string | null;
              type: ActionType;
              name: string | null;
              executedAt: string | null;
            }
          | {
              __typename: 'KnowledgeBaseAction';
              id: string;
              actionId: string | null;
              type: ActionType;
              name: string | null;
              executedAt: string | null;
            }
          | {
              __typename: 'SmsAction';
              id: string;
              actionId: string | null;
              type: ActionType;
              name: string | null;
              executedAt: string | null;
            }
          | {
              __typename: 'UnknownAction';
              id: string;
              actionId: string | null;
              type: ActionType | null;
              name: string | null;
              executedAt: string | null;
            }
          | {
              __typename: 'WorkflowTriggerAction';
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

type DashboardAction_AppointmentBookingAction_Fragment = {
  __typename: 'AppointmentBookingAction';
  id: string;
  actionId: string | null;
  type: ActionType;
  name: string | null;
  executedAt: string | null;
};

type DashboardAction_CallTransferAction_Fragment = {
  __typename: 'CallTransferAction';
  id: string;
  actionId: string | null;
  type: ActionType;
  name: string | null;
  executedAt: string | null;
};

type DashboardAction_CustomAction_Fragment = {
  __typename: 'CustomAction';
  id: string;
  actionId: string | null;
  type: ActionType;
  name: string | null;
  executedAt: string | null;
};

type DashboardAction_DataExtractionAction_Fragment = {
  __typename: 'DataExtractionAction';
  id: string;
  actionId: string | null;
  type: ActionType;
  name: string | null;
  executedAt: string | null;
};

type DashboardAction_InCallDataExtractionAction_Fragment = {
  __typename: 'InCallDataExtractionAction';
  id: string;
  actionId: string | null;
  type: ActionType;
  name: string | null;
  executedAt: string | null;
};

type DashboardAction_KnowledgeBaseAction_Fragment = {
  __typename: 'KnowledgeBaseAction';
  id: string;
  actionId: string | null;
  type: ActionType;
  name: string | null;
  executedAt: string | null;
};

type DashboardAction_SmsAction_Fragment = {
  __typename: 'SmsAction';
  id: string;
  actionId: string | null;
  type: ActionType;
  name: string | null;
  executedAt: string | null;
};

type DashboardAction_UnknownAction_Fragment = {
  __typename: 'UnknownAction';
  id: string;
  actionId: string | null;
  type: ActionType | null;
  name: string | null;
  executedAt: string | null;
};

type DashboardAction_WorkflowTriggerAction_Fragment = {
  __typename: 'WorkflowTriggerAction';
  id: string;
  actionId: string | null;
  type: ActionType;
  name: string | null;
  executedAt: string | null;
  workflow: { id: string; locationId: string; name: string | null } | null;
};

export type DashboardActionFragment =
  | DashboardAction_AppointmentBookingAction_Fragment
  | DashboardAction_CallTransferAction_Fragment
  | DashboardAction_CustomAction_Fragment
  | DashboardAction_DataExtractionAction_Fragment
  | DashboardAction_InCallDataExtractionAction_Fragment
  | DashboardAction_KnowledgeBaseAction_Fragment
  | DashboardAction_SmsAction_Fragment
  | DashboardAction_UnknownAction_Fragment
  | DashboardAction_WorkflowTriggerAction_Fragment;

export type LiveCallsSubscriptionVariables = Exact<{
  locationId: string | number;
  filter?: LiveCallLogFilter | null | undefined;
  since?: string | null | undefined;
}>;

export type LiveCallsSubscription = {
  callLogCreated: {
    id: string;
    locationId: string;
    createdAt: string | null;
    duration: number | null;
    callType: CallType;
    fromNumber: string | null;
    summary: string | null;
    contact: { id: string; locationId: string | null; name: string | null; email: string | null } | null;
    agent: { id: string; locationId: string; name: string | null } | null;
    actions: Array<
      | {
          __typename: 'AppointmentBookingAction';
          id: string;
          actionId: string | null;
          type: ActionType;
          name: string | null;
          executedAt: string | null;
        }
      | {
          __typename: 'CallTransferAction';
          id: string;
          actionId: string | null;
          type: ActionType;
          name: string | null;
          executedAt: string | null;
        }
      | {
          __typename: 'CustomAction';
          id: string;
          actionId: string | null;
          type: ActionType;
          name: string | null;
          executedAt: string | null;
        }
      | {
          __typename: 'DataExtractionAction';
          id: string;
          actionId: string | null;
          type: ActionType;
          name: string | null;
          executedAt: string | null;
        }
      | {
          __typename: 'InCallDataExtractionAction';
          id: string;
          actionId: string | null;
          type: ActionType;
          name: string | null;
          executedAt: string | null;
        }
      | {
          __typename: 'KnowledgeBaseAction';
          id: string;
          actionId: string | null;
          type: ActionType;
          name: string | null;
          executedAt: string | null;
        }
      | {
          __typename: 'SmsAction';
          id: string;
          actionId: string | null;
          type: ActionType;
          name: string | null;
          executedAt: string | null;
        }
      | {
          __typename: 'UnknownAction';
          id: string;
          actionId: string | null;
          type: ActionType | null;
          name: string | null;
          executedAt: string | null;
        }
      | {
          __typename: 'WorkflowTriggerAction';
          id: string;
          actionId: string | null;
          type: ActionType;
          name: string | null;
          executedAt: string | null;
          workflow: { id: string; locationId: string; name: string | null } | null;
        }
    > | null;
  };
};

export const CallTransferFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CallTransferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CallTransferAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'triggerPrompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferToType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferToNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearWhisperMessage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CallTransferFieldsFragment, unknown>;
export const SmsFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SmsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SmsAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'triggerPrompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'messageBody' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SmsFieldsFragment, unknown>;
export const DataExtractionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DataExtractionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DataExtractionAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'extractionDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'examples' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overwriteExistingValue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contactField' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fieldKey' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DataExtractionFieldsFragment, unknown>;
export const InCallDataExtractionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InCallDataExtractionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'InCallDataExtractionAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'extractionDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'examples' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overwriteExistingValue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contactField' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fieldKey' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InCallDataExtractionFieldsFragment, unknown>;
export const WorkflowTriggerFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkflowTriggerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WorkflowTriggerAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'triggerPrompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerMessage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkflowTriggerFieldsFragment, unknown>;
export const AppointmentBookingFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppointmentBookingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AppointmentBookingAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'daysOfOfferingDates' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotsPerDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursBetweenSlots' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'calendar' },
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
  ],
} as unknown as DocumentNode<AppointmentBookingFieldsFragment, unknown>;
export const CustomActionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CustomActionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CustomAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'triggerPrompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responsePaths' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'api' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authenticationRequired' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasAuthenticationValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authenticationValueMasked' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'headers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parameters' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'example' } },
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
} as unknown as DocumentNode<CustomActionFieldsFragment, unknown>;
export const KnowledgeBaseFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KnowledgeBaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KnowledgeBaseAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'triggerPrompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerMessage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parameters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'knowledgeBase' },
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
  ],
} as unknown as DocumentNode<KnowledgeBaseFieldsFragment, unknown>;
export const ActionDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rawType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerReceivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rawParameters' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CallTransferFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SmsFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DataExtractionFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InCallDataExtractionFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkflowTriggerFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppointmentBookingFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CustomActionFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'KnowledgeBaseFields' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CallTransferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CallTransferAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'triggerPrompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferToType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferToNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearWhisperMessage' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SmsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SmsAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'triggerPrompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'messageBody' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DataExtractionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DataExtractionAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'extractionDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'examples' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overwriteExistingValue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contactField' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fieldKey' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InCallDataExtractionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'InCallDataExtractionAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'extractionDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'examples' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overwriteExistingValue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contactField' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fieldKey' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkflowTriggerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WorkflowTriggerAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'triggerPrompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerMessage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppointmentBookingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AppointmentBookingAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'daysOfOfferingDates' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotsPerDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursBetweenSlots' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'calendar' },
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
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CustomActionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CustomAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'triggerPrompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responsePaths' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'api' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authenticationRequired' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasAuthenticationValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authenticationValueMasked' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'headers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parameters' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'example' } },
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
      name: { kind: 'Name', value: 'KnowledgeBaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KnowledgeBaseAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'triggerPrompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerMessage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parameters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'knowledgeBase' },
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
  ],
} as unknown as DocumentNode<ActionDetailFragment, unknown>;
export const DashboardActionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DashboardAction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executedAt' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardActionFragment, unknown>;
export const CallLogDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CallLogDetail' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'translation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'translatedTranscript' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'message' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'messageType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActionDetail' } }],
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
      name: { kind: 'Name', value: 'CallTransferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CallTransferAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'triggerPrompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferToType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferToNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearWhisperMessage' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SmsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SmsAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'triggerPrompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'messageBody' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DataExtractionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DataExtractionAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'extractionDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'examples' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overwriteExistingValue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contactField' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fieldKey' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InCallDataExtractionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'InCallDataExtractionAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'extractionDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'examples' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overwriteExistingValue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contactField' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fieldKey' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkflowTriggerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WorkflowTriggerAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'triggerPrompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerMessage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workflow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppointmentBookingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AppointmentBookingAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'daysOfOfferingDates' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotsPerDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursBetweenSlots' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'calendar' },
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
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CustomActionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CustomAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'triggerPrompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responsePaths' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'api' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authenticationRequired' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasAuthenticationValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authenticationValueMasked' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'headers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parameters' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'example' } },
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
      name: { kind: 'Name', value: 'KnowledgeBaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KnowledgeBaseAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'triggerPrompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerMessage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parameters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'knowledgeBase' },
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
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rawType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'triggerReceivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rawParameters' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CallTransferFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SmsFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DataExtractionFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InCallDataExtractionFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkflowTriggerFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppointmentBookingFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CustomActionFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'KnowledgeBaseFields' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CallLogDetailQuery, CallLogDetailQueryVariables>;
export const CallStatisticsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CallStatistics' },
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
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'liveCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trialCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'duration' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'average' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'median' } },
                          ],
                        },
                      },
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'duration' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'average' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'median' } },
                          ],
                        },
                      },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'upstreamRequests' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cachedDays' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'plan' } },
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
} as unknown as DocumentNode<CallStatisticsQuery, CallStatisticsQueryVariables>;
export const ContactCallsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ContactCalls' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'contactId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '20' },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
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
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'contactIds' },
                      value: {
                        kind: 'ListValue',
                        values: [{ kind: 'Variable', name: { kind: 'Name', value: 'contactId' } }],
                      },
                    },
                  ],
                },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
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
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'duration' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
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
} as unknown as DocumentNode<ContactCallsQuery, ContactCallsQueryVariables>;
export const DashboardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Dashboard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '50' },
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
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CallLogOrder' } },
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
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
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
                              name: { kind: 'Name', value: 'contact' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'email' } },
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
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DashboardAction' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DashboardAction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executedAt' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const LiveCallsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'LiveCalls' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LiveCallLogFilter' } },
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
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'since' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'since' } },
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
                  name: { kind: 'Name', value: 'contact' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'locationId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
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
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DashboardAction' } }],
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
      name: { kind: 'Name', value: 'DashboardAction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executedAt' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<LiveCallsSubscription, LiveCallsSubscriptionVariables>;
