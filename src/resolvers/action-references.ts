// The references an executed action carries and the loads that resolve them, in one place for the field resolvers
// (actions.ts) and for the look-ahead that starts a page's loads before the resolvers run (look-ahead.ts): the two
// cannot disagree.
import type { GraphQLResolveInfo } from 'graphql';

import type { Loaders } from '../loaders.js';
import type { ActionTypeName } from './actions.js';
import type { ActionModel, LocatedReferenceModel } from './models.js';
import { resolveReference } from './references.js';

interface Located {
  id?: string;
  locationId?: string;
}

export interface ActionReference<Dto extends Located = Located> {
  /** The parameter that holds the id (its value is as HighLevel sent it: anything). */
  parameter: string;
  load: (action: ActionModel, id: string, loaders: Loaders) => Promise<Dto | null | undefined>;
}

/** By the field's name: each is that field on every action type that has it (ACTION_REFERENCE_FIELDS). */
export const ACTION_REFERENCES = {
  contactField: reference('contactFieldId', async (action, id, loaders) =>
    (await loaders.contactFieldsByLocation.load(action.locationId))?.get(id),
  ),
  workflow: reference('workflowId', async (action, id, loaders) =>
    (await loaders.workflowsByLocation.load(action.locationId))?.get(id),
  ),
  calendar: reference('calendarId', (action, id, loaders) =>
    loaders.calendar.load({ id, locationId: action.locationId }),
  ),
  knowledgeBase: reference('knowledgeBaseId', (action, id, loaders) =>
    loaders.knowledgeBase.load({ id, locationId: action.locationId }),
  ),
};

/** The reference fields of each action graph type that has any (test/look-ahead.test.ts holds it to the schema). */
export const ACTION_REFERENCE_FIELDS: Readonly<
  Partial<Record<ActionTypeName, readonly (keyof typeof ACTION_REFERENCES)[]>>
> = {
  DataExtractionAction: ['contactField'],
  InCallDataExtractionAction: ['contactField'],
  WorkflowTriggerAction: ['workflow'],
  AppointmentBookingAction: ['calendar'],
  KnowledgeBaseAction: ['knowledgeBase'],
};

function reference<Dto extends Located>(parameter: string, load: ActionReference<Dto>['load']): ActionReference<Dto> {
  return { parameter, load };
}

/** The field resolver of an action's reference (references.ts: no id, free fields only, or the loader). */
export function resolveActionReference<Dto extends Located>(
  { parameter, load }: ActionReference<Dto>,
  action: ActionModel,
  loaders: Loaders,
  info: GraphQLResolveInfo,
): Promise<LocatedReferenceModel<Dto> | null> {
  return resolveReference(action.parameters[parameter], action.locationId, info, (id) => load(action, id, loaders));
}
