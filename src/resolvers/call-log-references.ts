// CallLog's references and the loads that resolve them, in one place for the field resolvers (call-logs.ts) and for
// the look-ahead that starts a page's loads before the resolvers run (look-ahead.ts): the two cannot disagree.
import type { GraphQLResolveInfo } from 'graphql';

import type { Loaders } from '../loaders.js';
import type { CallLogModel, LocatedReferenceModel } from './models.js';
import { resolveReference } from './references.js';

export interface CallLogReference<Dto> {
  /** The id as HighLevel sent it (anything); none where the reference is known to be gone. */
  rawId: (log: CallLogModel) => unknown;
  load: (log: CallLogModel, id: string, loaders: Loaders) => Promise<Dto | null>;
}

/** CallLog.isAgentDeleted: HighLevel says so only when it is true. */
export function isAgentDeleted(log: CallLogModel): boolean {
  return log.isAgentDeleted === true;
}

/** By CallLog field name. */
export const CALL_LOG_REFERENCES = {
  contact: reference(
    (log) => log.contactId,
    (log, id, loaders) => loaders.contact.load({ id, locationId: log.locationId }),
  ),
  // A deleted agent is null without a request.
  agent: reference(
    (log) => (isAgentDeleted(log) ? undefined : log.agentId),
    (log, id, loaders) => loaders.agent.load({ locationId: log.locationId, id }),
  ),
  message: reference(
    (log) => log.messageId,
    (log, id, loaders) => loaders.message.load({ id, locationId: log.locationId }),
  ),
};

function reference<Dto>(
  rawId: CallLogReference<Dto>['rawId'],
  load: CallLogReference<Dto>['load'],
): CallLogReference<Dto> {
  return { rawId, load };
}

/** The field resolver of a CallLog reference (references.ts: no id, free fields only, or the loader). */
export function resolveCallLogReference<Dto extends { id?: string; locationId?: string }>(
  { rawId, load }: CallLogReference<Dto>,
  log: CallLogModel,
  loaders: Loaders,
  info: GraphQLResolveInfo,
): Promise<LocatedReferenceModel<Dto> | null> {
  return resolveReference(rawId(log), log.locationId, info, (id) => load(log, id, loaders));
}
