// Contact: read as HighLevel sends it; an entity other subgraphs reference by id (or by id and location), which gets
// its calls from here.
import { entitySelectsOnly } from '../cost-model.js';
import { gatewayError } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { fetchCallLogList, planCallLogList } from './call-log-list.js';
import { assertId, referencedId } from './ids.js';

/** What a representation answers without HighLevel: its key, and the calls, which need only the key and a location. */
const FREE_BY_ID = new Set(['__typename', 'id', 'callLogs']);
const FREE_BY_ID_AND_LOCATION = new Set([...FREE_BY_ID, 'locationId']);

export const contactResolvers: Resolvers = {
  Contact: {
    __resolveReference: async (reference, { loaders }, info) => {
      const id = assertId(reference.id, 'id');
      // The second key, `id locationId`: a router that knows the location saves the contact request for the calls.
      const locationId =
        'locationId' in reference && reference.locationId != null
          ? assertId(reference.locationId, 'locationId')
          : undefined;
      if (entitySelectsOnly(info, 'Contact', locationId === undefined ? FREE_BY_ID : FREE_BY_ID_AND_LOCATION)) {
        return locationId === undefined ? { id } : { id, locationId };
      }
      const dto = await loaders.contact.load({ id });
      return dto ? { ...dto, id } : null;
    },
    tags: (contact) => contact.tags ?? [],
    callLogs: async (contact, args, context, info) => {
      const contactId = assertId(contact.id, 'id');
      // The contact is the filter; the list is named by the contact, so its cursors are checked before the
      // location is known.
      const plan = planCallLogList({ ...args, filter: { ...args.filter, contactIds: [contactId] } }, [
        'contact',
        contactId,
        args.filter,
        args.orderBy,
      ]);
      // A contact referenced by another subgraph by id alone: its location is one request away. (A representation's
      // own location was checked as the caller's in __resolveReference; HighLevel's that is no id is unreadable.)
      const locationId = referencedId(
        contact.locationId || (await context.loaders.contact.load({ id: contactId }))?.locationId,
      );
      if (locationId === null) throw gatewayError('NOT_FOUND', `HighLevel has no contact ${contactId}.`);
      return fetchCallLogList(plan, locationId, context, info);
    },
  },
};
