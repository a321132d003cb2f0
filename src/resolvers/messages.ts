// Message: HighLevel's lower-case direction as an enum.
import type { Resolvers } from '../generated/graphql.js';

export const messageResolvers: Resolvers = {
  Message: {
    direction: (message) =>
      message.direction === 'inbound' ? 'INBOUND' : message.direction === 'outbound' ? 'OUTBOUND' : null,
    attachments: (message) => message.attachments ?? [],
  },
};
