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
  /** Only calls from these contacts (HighLevel `contactId`, comma-separated upstream). An empty list filters nothing. */
  contactIds?: Array<string | number> | null | undefined;
  /**
   * Only calls created in this range (HighLevel `startDate`/`endDate`, Unix milliseconds). HighLevel needs both ends;
   * a missing end is supplied by the gateway as documented on `DateTimeRange`.
   */
  createdAt?: DateTimeRange | null | undefined;
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
          id: string | null;
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
          id: string | null;
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
          id: string | null;
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
          id: string | null;
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
          id: string | null;
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
          id: string | null;
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
          id: string | null;
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
          id: string | null;
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
          id: string | null;
          type: ActionType;
          rawType: string;
          name: string | null;
          description: string | null;
          executedAt: string | null;
          triggerReceivedAt: string | null;
          rawParameters: unknown;
          workflow: { id: string } | null;
        }
    >;
  } | null;
};

type ActionFields_AppointmentBookingAction_Fragment = {
  __typename: 'AppointmentBookingAction';
  calendarId: string | null;
  daysOfOfferingDates: number | null;
  slotsPerDay: number | null;
  hoursBetweenSlots: number | null;
  id: string | null;
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
  id: string | null;
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
  id: string | null;
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
  id: string | null;
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
  id: string | null;
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
  id: string | null;
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
  id: string | null;
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
  id: string | null;
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
  id: string | null;
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
        id: string | null;
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
        id: string | null;
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
        id: string | null;
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
        id: string | null;
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
        id: string | null;
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
        id: string | null;
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
        id: string | null;
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
        id: string | null;
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
        id: string | null;
        type: ActionType;
        rawType: string;
        name: string | null;
        description: string | null;
        executedAt: string | null;
        triggerReceivedAt: string | null;
        rawParameters: unknown;
        workflow: { id: string } | null;
      }
  >;
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
            id: string | null;
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
            id: string | null;
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
            id: string | null;
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
            id: string | null;
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
            id: string | null;
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
            id: string | null;
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
            id: string | null;
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
            id: string | null;
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
            id: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
            workflow: { id: string; name: string | null } | null;
          }
      >;
      transcriptTurns: Array<{ speaker: Speaker; text: string }>;
      translation: {
        enabled: boolean | null;
        language: string | null;
        translatedTranscript: string | null;
        raw: unknown;
      } | null;
      message: { id: string } | null;
    }>;
  };
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
            id: string | null;
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
            id: string | null;
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
            id: string | null;
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
            id: string | null;
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
            id: string | null;
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
            id: string | null;
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
            id: string | null;
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
            id: string | null;
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
            id: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
            workflow: { id: string } | null;
          }
      >;
    }>;
  };
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
            id: string | null;
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
            id: string | null;
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
            id: string | null;
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
            id: string | null;
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
            id: string | null;
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
            id: string | null;
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
            id: string | null;
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
            id: string | null;
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
            id: string | null;
            type: ActionType;
            rawType: string;
            name: string | null;
            description: string | null;
            executedAt: string | null;
            triggerReceivedAt: string | null;
            rawParameters: unknown;
            workflow: { id: string } | null;
          }
      >;
    }>;
  };
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
export const ActionFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ActionFields on Action {
  __typename
  id
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
export const CallLogDocument = new TypedDocumentString(`
    query CallLog($locationId: ID!, $id: ID!) {
  callLog(locationId: $locationId, id: $id) {
    ...CallLogFields
  }
}
    fragment ActionFields on Action {
  __typename
  id
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
