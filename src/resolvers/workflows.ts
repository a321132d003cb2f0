// Workflow: read as HighLevel lists it; the version is an integer when HighLevel sends one.
import type { Resolvers } from '../generated/graphql.js';
import { assertId } from './ids.js';

export const workflowResolvers: Resolvers = {
  Workflow: {
    __resolveReference: async ({ id, locationId }, { loaders }) => {
      const dto = (await loaders.workflowsByLocation.load(assertId(locationId, 'locationId')))?.get(id);
      return dto ? { ...dto, id, locationId } : null;
    },
    version: (workflow) => (Number.isSafeInteger(workflow.version) ? (workflow.version ?? null) : null),
  },
};
