// Executed call actions: one graph type per HighLevel action type, chosen by `actionType` (never by the shape of
// the parameters: DATA_EXTRACTION and IN_CALL_DATA_EXTRACTION look alike), and UnknownAction for new types.
import type { GraphQLResolveInfo } from 'graphql';

import type { GatewayContext } from '../context.js';
import type { ActionType, Resolvers } from '../generated/graphql.js';
import { isRecord } from '../guards.js';
import type { CallActionDto } from '../upstream/dto.js';
import { ACTION_REFERENCES, resolveActionReference } from './action-references.js';
import type { ActionModel, ActionParameterModel } from './models.js';
import {
  readBoolean,
  readId,
  readInt,
  readNumber,
  readRecord,
  readRecordList,
  readString,
  readStringList,
} from './parameters.js';
import { headerPairs, maskSecret, redactSecrets, redactUrl } from './secrets.js';
import { boundedJson, jsonText } from './upstream-values.js';

export type ActionTypeName =
  | 'CallTransferAction'
  | 'SmsAction'
  | 'DataExtractionAction'
  | 'InCallDataExtractionAction'
  | 'WorkflowTriggerAction'
  | 'AppointmentBookingAction'
  | 'CustomAction'
  | 'KnowledgeBaseAction';

const TYPE_NAMES: Readonly<Record<ActionType, ActionTypeName>> = {
  CALL_TRANSFER: 'CallTransferAction',
  SMS: 'SmsAction',
  DATA_EXTRACTION: 'DataExtractionAction',
  IN_CALL_DATA_EXTRACTION: 'InCallDataExtractionAction',
  WORKFLOW_TRIGGER: 'WorkflowTriggerAction',
  APPOINTMENT_BOOKING: 'AppointmentBookingAction',
  CUSTOM_ACTION: 'CustomAction',
  KNOWLEDGE_BASE: 'KnowledgeBaseAction',
};

function knownType(rawType: unknown): ActionType | null {
  return typeof rawType === 'string' && Object.hasOwn(TYPE_NAMES, rawType) ? (rawType as ActionType) : null;
}

/** The graph type for an `actionType` as HighLevel sent it (anything): UnknownAction for one this schema does not know. */
export function typeNameOf(rawType: unknown): ActionTypeName | 'UnknownAction' {
  const type = knownType(rawType);
  return type === null ? 'UnknownAction' : TYPE_NAMES[type];
}

/**
 * The `index`th entry of a call log's `executedCallActions`; one that is not even an object is kept whole as an
 * UnknownAction's parameters. HighLevel gives an execution no id (its `actionId` repeats across calls), so the call
 * log's id and the position name it: unique, and the same in every response as long as HighLevel keeps the order.
 */
export function toActionModel(entry: unknown, callLog: { id: string; locationId: string }, index: number): ActionModel {
  const dto: Partial<CallActionDto> = isRecord(entry) ? entry : {};
  const rawParameters: unknown = isRecord(entry) ? entry['actionParameters'] : entry;
  return {
    id: `${callLog.id}:${index}`,
    dto,
    rawParameters,
    locationId: callLog.locationId,
    parameters: isRecord(rawParameters) ? rawParameters : {},
  };
}

/** Fields every action has, read from the action itself rather than its parameters. */
const common = {
  id: (action: ActionModel) => action.id,
  actionId: (action: ActionModel) => action.dto.actionId ?? null,
  rawType: (action: ActionModel) => {
    const rawType: unknown = action.dto.actionType;
    if (rawType === undefined) return '';
    return typeof rawType === 'string' ? rawType : jsonText(rawType);
  },
  name: (action: ActionModel) => action.dto.actionName ?? null,
  // `description` is on HighLevel's reference page but not in its schema.
  description: (action: ActionModel) => readString(action.dto, 'description'),
  executedAt: (action: ActionModel) => action.dto.executedAt ?? null,
  triggerReceivedAt: (action: ActionModel) => action.dto.triggerReceivedAt ?? null,
  // Typed as an object upstream, but whatever HighLevel sent is passed on rather than lost; bounded before the
  // redaction walks it.
  rawParameters: (action: ActionModel) => redactSecrets(boundedJson(action.rawParameters)) ?? null,
};

/** The fields of a known action type; `type` is fixed because __resolveType chose the graph type from it. */
function known<Type extends ActionType>(type: Type) {
  return { ...common, type: () => type };
}

const prompts = {
  triggerPrompt: (action: ActionModel) => readString(action.parameters, 'triggerPrompt'),
  triggerMessage: (action: ActionModel) => readString(action.parameters, 'triggerMessage'),
};

const dataExtraction = {
  contactFieldId: (action: ActionModel) => readId(action.parameters, 'contactFieldId'),
  contactField: (action: ActionModel, _args: unknown, { loaders }: GatewayContext, info: GraphQLResolveInfo) =>
    resolveActionReference(ACTION_REFERENCES.contactField, action, loaders, info),
  extractionDescription: (action: ActionModel) => readString(action.parameters, 'description'),
  examples: (action: ActionModel) => readStringList(action.parameters, 'examples'),
  overwriteExistingValue: (action: ActionModel) => readBoolean(action.parameters, 'overwriteExistingValue'),
};

function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

/** The parameters that have a name (one without cannot be shown); their other fields are read one by one. */
function actionParameters(list: readonly Readonly<Record<string, unknown>>[]): ActionParameterModel[] {
  return list.flatMap((fields) => {
    const name = fields['name'];
    return typeof name === 'string' ? [{ name, fields }] : [];
  });
}

export const actionResolvers: Resolvers = {
  Action: {
    __resolveType: (action) => typeNameOf(action.dto.actionType),
  },
  CallTransferAction: {
    ...known('CALL_TRANSFER'),
    ...prompts,
    transferToType: (action) => readString(action.parameters, 'transferToType'),
    transferToNumber: (action) => readString(action.parameters, 'transferToValue'),
    hearWhisperMessage: (action) => readBoolean(action.parameters, 'hearWhisperMessage'),
  },
  SmsAction: {
    ...known('SMS'),
    ...prompts,
    messageBody: (action) => readString(action.parameters, 'messageBody'),
  },
  DataExtractionAction: { ...known('DATA_EXTRACTION'), ...dataExtraction },
  InCallDataExtractionAction: { ...known('IN_CALL_DATA_EXTRACTION'), ...dataExtraction },
  WorkflowTriggerAction: {
    ...known('WORKFLOW_TRIGGER'),
    ...prompts,
    workflowId: (action) => readId(action.parameters, 'workflowId'),
    workflow: (action, _args, { loaders }, info) =>
      resolveActionReference(ACTION_REFERENCES.workflow, action, loaders, info),
  },
  AppointmentBookingAction: {
    ...known('APPOINTMENT_BOOKING'),
    calendarId: (action) => readId(action.parameters, 'calendarId'),
    calendar: (action, _args, { loaders }, info) =>
      resolveActionReference(ACTION_REFERENCES.calendar, action, loaders, info),
    daysOfOfferingDates: (action) => readInt(action.parameters, 'daysOfOfferingDates'),
    slotsPerDay: (action) => readInt(action.parameters, 'slotsPerDay'),
    hoursBetweenSlots: (action) => readNumber(action.parameters, 'hoursBetweenSlots'),
  },
  CustomAction: {
    ...known('CUSTOM_ACTION'),
    ...prompts,
    api: (action) => readRecord(action.parameters, 'apiDetails'),
    // HighLevel's schema says `selectedPaths`; its reference page and real responses say `responsePathsToExtract`.
    responsePaths: (action) => {
      const selected = readStringList(action.parameters, 'selectedPaths');
      return selected.length > 0 ? selected : readStringList(action.parameters, 'responsePathsToExtract');
    },
  },
  CustomActionApi: {
    url: (api) => {
      const url = readString(api, 'url');
      return url === null ? null : redactUrl(url);
    },
    method: (api) => readString(api, 'method'),
    authenticationRequired: (api) => readBoolean(api, 'authenticationRequired'),
    hasAuthenticationValue: (api) => isSet(api['authenticationValue']),
    authenticationValueMasked: (api) =>
      isSet(api['authenticationValue']) ? maskSecret(api['authenticationValue']) : null,
    headers: (api) => headerPairs(api['headers']),
    parameters: (api) => actionParameters(readRecordList(api, 'parameters')),
  },
  ActionParameter: {
    description: (parameter) => readString(parameter.fields, 'description'),
    type: (parameter) => readString(parameter.fields, 'type'),
    example: (parameter) => readString(parameter.fields, 'example'),
  },
  KnowledgeBaseAction: {
    ...known('KNOWLEDGE_BASE'),
    ...prompts,
    knowledgeBaseId: (action) => readId(action.parameters, 'knowledgeBaseId'),
    knowledgeBase: (action, _args, { loaders }, info) =>
      resolveActionReference(ACTION_REFERENCES.knowledgeBase, action, loaders, info),
    parameters: (action) => actionParameters(readRecordList(action.parameters, 'parameters')),
  },
  UnknownAction: { ...common, type: () => null },
};
