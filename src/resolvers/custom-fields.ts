// CustomField: read as HighLevel lists it; only lists need defaults.
import type { Resolvers } from '../generated/graphql.js';
import { assertId } from './ids.js';

export const customFieldResolvers: Resolvers = {
  CustomField: {
    __resolveReference: async ({ id, locationId }, { loaders }) => {
      const dto = (await loaders.contactFieldsByLocation.load(assertId(locationId, 'locationId')))?.get(id);
      return dto ? { ...dto, id, locationId } : null;
    },
    picklistOptions: (field) => field.picklistOptions ?? [],
  },
};
