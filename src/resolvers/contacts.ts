// Contact: read as HighLevel sends it; an entity other subgraphs reference by id, which gets its calls from here.
import { gatewayError } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { callLogConnection } from './call-logs.js';
import { assertId, referencedId } from './ids.js';

export const contactResolvers: Resolvers = {
  Contact: {
    __resolveReference: async ({ id }, { loaders }) => {
      const dto = await loaders.contact.load({ id: assertId(id, 'id') });
      return dto ? { ...dto, id } : null;
    },
    tags: (contact) => contact.tags ?? [],
    callLogs: async (contact, args, context) => {
      // A contact referenced by another subgraph arrives as its id alone: its location is one request away.
      // Read as HighLevel's value, not the caller's: a location that is no id is unreadable, not a bad argument.
      const locationId = referencedId(
        contact.locationId || (await context.loaders.contact.load({ id: assertId(contact.id, 'id') }))?.locationId,
      );
      if (locationId === null) throw gatewayError('NOT_FOUND', `HighLevel has no contact ${contact.id}.`);
      return callLogConnection({ ...args, locationId, filter: { ...args.filter, contactIds: [contact.id] } }, context);
    },
  },
};
