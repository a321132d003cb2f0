// The shapes the emulator serves. Spec types come from the vendored OpenAPI files (src/generated/openapi); where
// HighLevel's real responses carry more than the spec documents (see shared/highlevel-api/get-call-log.reference.txt),
// the record types below widen the spec type rather than replace it, so a spec change still breaks the build here.
import type { components as Calendars, operations as CalendarsOperations } from '../generated/openapi/calendars.js';
import type { components as Contacts, operations as ContactsOperations } from '../generated/openapi/contacts.js';
import type {
  components as Conversations,
  operations as ConversationsOperations,
} from '../generated/openapi/conversations.js';
import type {
  components as KnowledgeBases,
  operations as KnowledgeBasesOperations,
} from '../generated/openapi/knowledge-base.js';
import type { components as Locations, operations as LocationsOperations } from '../generated/openapi/locations.js';
import type { components as VoiceAi, operations as VoiceAiOperations } from '../generated/openapi/voice-ai.js';
import type { components as Workflows, operations as WorkflowsOperations } from '../generated/openapi/workflows.js';

type VoiceAiSchemas = VoiceAi['schemas'];

// ---- Version headers, taken from each operation's `Version` enum so they cannot drift from the specs.
export type CallLogsVersion = VoiceAiOperations['get-call-logs']['parameters']['header']['Version'];
export type CallLogVersion = VoiceAiOperations['getCallLog']['parameters']['header']['Version'];
export type AgentVersion = VoiceAiOperations['get-agent']['parameters']['header']['Version'];
export type ContactVersion = ContactsOperations['get-contact']['parameters']['header']['Version'];
export type WorkflowsVersion = WorkflowsOperations['get-workflow']['parameters']['header']['Version'];
export type CalendarVersion = CalendarsOperations['get-calendar']['parameters']['header']['Version'];
export type CustomFieldsVersion = LocationsOperations['get-custom-fields']['parameters']['header']['Version'];
export type KnowledgeBaseVersion = KnowledgeBasesOperations['getKnowledgeBaseById']['parameters']['header']['Version'];
export type MessageVersion = ConversationsOperations['get-message']['parameters']['header']['Version'];

// ---- Error bodies (common-schemas.json, bundled into each generated file).
export type BadRequestBody = VoiceAiSchemas['BadRequestDTO'] & { error?: string };
export type UnauthorizedBody = VoiceAiSchemas['UnauthorizedDTO'];
export type UnprocessableBody = VoiceAiSchemas['UnprocessableDTO'];

// ---- Call logs and their executed actions.
export type ActionType = VoiceAiSchemas['CallActionSchema']['actionType'];

export const ACTION_TYPES: readonly ActionType[] = [
  'CALL_TRANSFER',
  'DATA_EXTRACTION',
  'IN_CALL_DATA_EXTRACTION',
  'WORKFLOW_TRIGGER',
  'SMS',
  'APPOINTMENT_BOOKING',
  'CUSTOM_ACTION',
  'KNOWLEDGE_BASE',
];

/** Real CALL_TRANSFER actions sometimes lack `triggerPrompt` (the spec's own example does). */
export type CallTransferParameters = Omit<VoiceAiSchemas['CallTransferActionParameters'], 'triggerPrompt'> & {
  triggerPrompt?: string;
};
type DataExtractionParameters = VoiceAiSchemas['DataExtractionActionParameters'];
type InCallDataExtractionParameters = VoiceAiSchemas['InCallDataExtractionActionParameters'];
type WorkflowTriggerParameters = VoiceAiSchemas['WorkflowTriggerParameters'];
type SmsParameters = VoiceAiSchemas['SMSParameters'];
type AppointmentBookingParameters = VoiceAiSchemas['AppointmentBookingActionParameters'];
export type CustomActionApiDetails = VoiceAiSchemas['CustomActionApiDetailsDTO'];
export type CustomActionParameter = VoiceAiSchemas['CustomActionParameterDTO'];
/** Real logs name the extracted paths `responsePathsToExtract` (reference page) or `selectedPaths` (spec). */
type CustomActionParameters = VoiceAiSchemas['CustomActionParameters'] & { responsePathsToExtract?: string[] };
/** Real KNOWLEDGE_BASE actions also carry `triggerMessage` and `parameters`. */
type KnowledgeBaseParameters = VoiceAiSchemas['KnowledgeBaseParameters'] & {
  triggerMessage?: string;
  parameters?: CustomActionParameter[];
};

export interface ActionParametersByType {
  CALL_TRANSFER: CallTransferParameters;
  DATA_EXTRACTION: DataExtractionParameters;
  IN_CALL_DATA_EXTRACTION: InCallDataExtractionParameters;
  WORKFLOW_TRIGGER: WorkflowTriggerParameters;
  SMS: SmsParameters;
  APPOINTMENT_BOOKING: AppointmentBookingParameters;
  CUSTOM_ACTION: CustomActionParameters;
  KNOWLEDGE_BASE: KnowledgeBaseParameters;
}

/** Parameters as an agent's configuration holds them (the agent route), exactly per spec. */
interface ConfiguredParametersByType {
  CALL_TRANSFER: VoiceAiSchemas['CallTransferActionParameters'];
  DATA_EXTRACTION: DataExtractionParameters;
  IN_CALL_DATA_EXTRACTION: InCallDataExtractionParameters;
  WORKFLOW_TRIGGER: WorkflowTriggerParameters;
  SMS: SmsParameters;
  APPOINTMENT_BOOKING: AppointmentBookingParameters;
  CUSTOM_ACTION: VoiceAiSchemas['CustomActionParameters'];
  KNOWLEDGE_BASE: VoiceAiSchemas['KnowledgeBaseParameters'];
}

/** A configured action with its type-specific parameters, typed together. */
export type TypedAction = {
  [T in ActionType]: { actionType: T; actionParameters: ConfiguredParametersByType[T] };
}[ActionType];

type SpecCallAction = VoiceAiSchemas['CallActionSchema'];

/**
 * An executed action as HighLevel sends it: the spec's fields plus `description`. `actionType` is a plain string
 * because tests insert types HighLevel may add later; seeded actions only use {@link ActionType}.
 */
export interface CallActionRecord extends Omit<SpecCallAction, 'actionType' | 'actionParameters'> {
  actionType: string;
  description?: string;
  actionParameters?: ActionParametersByType[ActionType] | Record<string, unknown>;
}

/** Translation as sent: the spec's `enabled`/`language` and, undocumented, `translatedTranscript`. */
type TranslationRecord = VoiceAiSchemas['TranslationSchema'] & { translatedTranscript?: string };

type SpecCallLog = VoiceAiSchemas['CallLogDTO'];

export interface CallLogRecord extends Omit<SpecCallLog, 'executedCallActions' | 'translation' | 'extractedData'> {
  executedCallActions: CallActionRecord[];
  translation?: TranslationRecord;
  extractedData?: Record<string, unknown>;
}

export type CallLogsResponse = Omit<VoiceAiSchemas['CallLogsResponseDTO'], 'callLogs'> & {
  callLogs: CallLogRecord[];
};

// ---- Referenced resources.
export type AgentRecord = VoiceAiSchemas['GetAgentResponseDTO'];
export type AgentActionRecord = VoiceAiSchemas['AgentActionResponseDTO'];
export type ContactRecord = Contacts['schemas']['GetContectByIdSchema'];
export type ContactResponse = Contacts['schemas']['ContactsByIdSuccessfulResponseDto'];
export type WorkflowRecord = Workflows['schemas']['WorkflowSchema'];
export type WorkflowsResponse = Workflows['schemas']['GetWorkflowSuccessfulResponseDto'];
export type CalendarRecord = Calendars['schemas']['CalendarDTO'];
export type CalendarResponse = Calendars['schemas']['CalendarByIdSuccessfulResponseDTO'];
export type CustomFieldRecord = Locations['schemas']['CustomFieldSchema'];
export type CustomFieldsResponse = Locations['schemas']['CustomFieldsListSuccessfulResponseDto'];
export type KnowledgeBaseRecord = KnowledgeBases['schemas']['GetKnowledgeBaseByIdDataDTO'];
export type KnowledgeBaseResponse = KnowledgeBases['schemas']['GetKnowledgeBaseByIdResponseDTO'];
export type MessageRecord = Conversations['schemas']['GetMessageResponseDto'];
