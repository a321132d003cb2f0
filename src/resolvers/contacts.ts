// Contact: read as HighLevel sends it; only lists need defaults.
import type { Resolvers } from '../generated/graphql.js';

export const contactResolvers: Resolvers = {
  Contact: {
    tags: (contact) => contact.tags ?? [],
  },
};
