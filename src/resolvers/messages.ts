// Message: HighLevel's lower-case direction as an enum.
import type { Resolvers } from '../generated/graphql.js';
import { assertId } from './ids.js';

export const messageResolvers: Resolvers = {
  Message: {
    __resolveReference: async ({ id }, { loaders }) => {
      const dto = await loaders.message.load({ id: assertId(id, 'id') });
      return dto ? { ...dto, id } : null;
    },
    direction: (message) =>
      message.direction === 'inbound' ? 'INBOUND' : message.direction === 'outbound' ? 'OUTBOUND' : null,
    attachments: (message) => message.attachments ?? [],
  },
};
