// Workflow: read as HighLevel lists it; the version is an Int when HighLevel sends one that fits.
import type { Resolvers } from '../generated/graphql.js';
import { assertId } from './ids.js';
import { readInt } from './parameters.js';

export const workflowResolvers: Resolvers = {
  Workflow: {
    __resolveReference: async ({ id, locationId }, { loaders }) => {
      const dto = (await loaders.workflowsByLocation.load(assertId(locationId, 'locationId')))?.get(id);
      return dto ? { ...dto, id, locationId } : null;
    },
    version: (workflow) => readInt(workflow, 'version'),
  },
};
