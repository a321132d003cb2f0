// CustomField: read as HighLevel lists it; only lists need defaults.
import type { Resolvers } from '../generated/graphql.js';

export const customFieldResolvers: Resolvers = {
  CustomField: {
    picklistOptions: (field) => field.picklistOptions ?? [],
  },
};
