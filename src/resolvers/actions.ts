// Executed call actions: one graph type per HighLevel action type, chosen by `actionType` (never by the shape of
// the parameters: DATA_EXTRACTION and IN_CALL_DATA_EXTRACTION look alike), and UnknownAction for new types.
import type { GraphQLResolveInfo } from 'graphql';
import type { ActionType, Resolvers } from '../generated/graphql.js';
import type { GatewayContext } from '../context.js';
import type { CallActionDto } from '../upstream/dto.js';
import { isRecord } from '../upstream/shape.js';
import type { ActionModel } from './models.js';
import {
  readBoolean,
  readInt,
  readNumber,
  readRecord,
  readRecordList,
  readString,
  readStringList,
} from './parameters.js';
import { resolveReference } from './references.js';
import { isCredentialHeader, maskSecret, redactParameters } from './secrets.js';

type ActionTypeName =
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

export function toActionModel(dto: Partial<CallActionDto>, locationId: string): ActionModel {
  return { dto, locationId, parameters: isRecord(dto.actionParameters) ? dto.actionParameters : {} };
}

/** Fields every action has, read from the action itself rather than its parameters. */
const common = {
  id: (action: ActionModel) => action.dto.actionId ?? null,
  rawType: (action: ActionModel) => (typeof action.dto.actionType === 'string' ? action.dto.actionType : ''),
  name: (action: ActionModel) => action.dto.actionName ?? null,
  // `description` is on HighLevel's reference page but not in its schema.
  description: (action: ActionModel) => (isRecord(action.dto) ? readString(action.dto, 'description') : null),
  executedAt: (action: ActionModel) => action.dto.executedAt ?? null,
  triggerReceivedAt: (action: ActionModel) => action.dto.triggerReceivedAt ?? null,
  rawParameters: (action: ActionModel) => {
    // Typed as an object, but whatever HighLevel sent is passed on rather than lost.
    const raw: unknown = action.dto.actionParameters;
    return isRecord(raw) ? redactParameters(raw) : (raw ?? null);
  },
};

const known = {
  ...common,
  type: (action: ActionModel): ActionType => knownType(action.dto.actionType) ?? 'CALL_TRANSFER',
};

const prompts = {
  triggerPrompt: (action: ActionModel) => readString(action.parameters, 'triggerPrompt'),
  triggerMessage: (action: ActionModel) => readString(action.parameters, 'triggerMessage'),
};

const dataExtraction = {
  ...known,
  contactFieldId: (action: ActionModel) => readString(action.parameters, 'contactFieldId'),
  contactField: (action: ActionModel, _args: unknown, { loaders }: GatewayContext, info: GraphQLResolveInfo) =>
    resolveReference(readString(action.parameters, 'contactFieldId'), info, async (id) =>
      (await loaders.contactFieldsByLocation.load(action.locationId))?.get(id),
    ),
  extractionDescription: (action: ActionModel) => readString(action.parameters, 'description'),
  examples: (action: ActionModel) => readStringList(action.parameters, 'examples'),
  overwriteExistingValue: (action: ActionModel) => readBoolean(action.parameters, 'overwriteExistingValue'),
};

function actionParameters(list: readonly Readonly<Record<string, unknown>>[]) {
  return list.flatMap((parameter) => {
    const name = readString(parameter, 'name');
    return name === null
      ? []
      : [
          {
            name,
            description: readString(parameter, 'description'),
            type: readString(parameter, 'type'),
            example: readString(parameter, 'example'),
          },
        ];
  });
}

export const actionResolvers: Resolvers = {
  Action: {
    __resolveType: (action) => {
      const type = knownType(action.dto.actionType);
      return type === null ? 'UnknownAction' : TYPE_NAMES[type];
    },
  },
  CallTransferAction: {
    ...known,
    ...prompts,
    transferToType: (action) => readString(action.parameters, 'transferToType'),
    transferToNumber: (action) => readString(action.parameters, 'transferToValue'),
    hearWhisperMessage: (action) => readBoolean(action.parameters, 'hearWhisperMessage'),
  },
  SmsAction: {
    ...known,
    ...prompts,
    messageBody: (action) => readString(action.parameters, 'messageBody'),
  },
  DataExtractionAction: dataExtraction,
  InCallDataExtractionAction: dataExtraction,
  WorkflowTriggerAction: {
    ...known,
    ...prompts,
    workflowId: (action) => readString(action.parameters, 'workflowId'),
    workflow: (action, _args, { loaders }, info) =>
      resolveReference(readString(action.parameters, 'workflowId'), info, async (id) =>
        (await loaders.workflowsByLocation.load(action.locationId))?.get(id),
      ),
  },
  AppointmentBookingAction: {
    ...known,
    calendarId: (action) => readString(action.parameters, 'calendarId'),
    calendar: (action, _args, { loaders }, info) =>
      resolveReference(readString(action.parameters, 'calendarId'), info, (id) => loaders.calendar.load(id)),
    daysOfOfferingDates: (action) => readInt(action.parameters, 'daysOfOfferingDates'),
    slotsPerDay: (action) => readInt(action.parameters, 'slotsPerDay'),
    hoursBetweenSlots: (action) => readNumber(action.parameters, 'hoursBetweenSlots'),
  },
  CustomAction: {
    ...known,
    ...prompts,
    api: (action) => readRecord(action.parameters, 'apiDetails'),
    // HighLevel's schema says `selectedPaths`; its reference page and real responses say `responsePathsToExtract`.
    responsePaths: (action) => {
      const selected = readStringList(action.parameters, 'selectedPaths');
      return selected.length > 0 ? selected : readStringList(action.parameters, 'responsePathsToExtract');
    },
  },
  CustomActionApi: {
    url: (api) => readString(api, 'url'),
    method: (api) => readString(api, 'method'),
    authenticationRequired: (api) => readBoolean(api, 'authenticationRequired'),
    hasAuthenticationValue: (api) => (readString(api, 'authenticationValue') ?? '').length > 0,
    authenticationValueMasked: (api) => {
      const secret = readString(api, 'authenticationValue');
      return secret ? maskSecret(secret) : null;
    },
    headers: (api) =>
      readRecordList(api, 'headers').flatMap((header) => {
        const key = readString(header, 'key');
        const value = readString(header, 'value');
        return key === null
          ? []
          : [{ key, value: value !== null && isCredentialHeader(key) ? maskSecret(value) : value }];
      }),
    parameters: (api) => actionParameters(readRecordList(api, 'parameters')),
  },
  KnowledgeBaseAction: {
    ...known,
    ...prompts,
    knowledgeBaseId: (action) => readString(action.parameters, 'knowledgeBaseId'),
    knowledgeBase: (action, _args, { loaders }, info) =>
      resolveReference(readString(action.parameters, 'knowledgeBaseId'), info, (id) => loaders.knowledgeBase.load(id)),
    parameters: (action) => actionParameters(readRecordList(action.parameters, 'parameters')),
  },
  UnknownAction: { ...common, type: () => null },
};
