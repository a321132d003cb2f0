// The parent objects resolvers receive for each graph type (codegen "mappers"). Each wraps an upstream DTO with
// only what the DTO lacks; a reference that was not fetched (only its `id` selected) is a Partial DTO with its id.
import type { StatisticsCoverage } from '../statistics/call-statistics.js';
import type { ActionTypeFigures, AgentFigures, StatisticsFigures } from '../statistics/summary.js';
import type {
  AgentDto,
  CalendarDto,
  CallActionDto,
  CallLogDto,
  ContactDto,
  CustomActionApiDetailsDto,
  CustomFieldDto,
  KnowledgeBaseDto,
  MessageDto,
  WorkflowDto,
} from '../upstream/dto.js';

/**
 * A call log as HighLevel sent it, plus the location it was read from (the DTO does not carry it). Partial because
 * real responses do not always hold what the spec marks required: resolvers read every field liberally.
 */
export type CallLogModel = Partial<CallLogDto> & { id: string; locationId: string };

/** One executed action, with the location of its call log so that its references can be loaded. */
export interface ActionModel {
  /** This execution's id: `<callLogId>:<index>` (HighLevel's `actionId` names the configured action, not this run). */
  id: string;
  dto: Partial<CallActionDto>;
  /** `actionParameters` exactly as HighLevel sent them (or the whole entry, when it was not an object). */
  rawParameters: unknown;
  /** The action's parameters as an open map; empty when HighLevel sent none or sent something else. */
  parameters: Readonly<Record<string, unknown>>;
  locationId: string;
}

/** A call log page as computed by the pagination module. */
export interface CallLogConnectionModel {
  edges: { cursor: string; node: CallLogModel }[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/**
 * A referenced resource: fully loaded, or only its key when a query (or a federation router) selected nothing
 * else. A reference from a call log knows its location too: HighLevel resources never reference across locations.
 */
type ReferenceModel<Dto> = Partial<Dto> & { id: string; locationId?: string };
/** A resource HighLevel reads per location, so the location is part of its key. */
export type LocatedReferenceModel<Dto> = ReferenceModel<Dto> & { locationId: string };

export type ContactModel = ReferenceModel<ContactDto>;
export type AgentModel = LocatedReferenceModel<AgentDto>;
export type WorkflowModel = LocatedReferenceModel<WorkflowDto>;
export type CalendarModel = ReferenceModel<CalendarDto>;
export type CustomFieldModel = LocatedReferenceModel<CustomFieldDto>;
export type KnowledgeBaseModel = ReferenceModel<KnowledgeBaseDto>;
export type MessageModel = ReferenceModel<MessageDto>;
export type CustomActionApiModel = Partial<CustomActionApiDetailsDto>;
/** A parameter of a custom action or knowledge base query: its name, and everything HighLevel sent for it. */
export interface ActionParameterModel {
  name: string;
  fields: Readonly<Record<string, unknown>>;
}
export type TranslationModel = Readonly<Record<string, unknown>>;

/** callStatistics' figures, with what their references and echoes need. */
export interface CallStatisticsModel extends StatisticsFigures {
  locationId: string;
  timeZone: string;
  coverage: StatisticsCoverage;
}

/** One agent's figures, with the location its agent is read in. */
export type AgentCallStatisticsModel = AgentFigures & { locationId: string };
export type ActionTypeStatisticsModel = ActionTypeFigures;
