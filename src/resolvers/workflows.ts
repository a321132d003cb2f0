// Workflow: read as HighLevel lists it; the version is an integer when HighLevel sends one.
import type { Resolvers } from '../generated/graphql.js';

export const workflowResolvers: Resolvers = {
  Workflow: {
    version: (workflow) => (Number.isSafeInteger(workflow.version) ? (workflow.version ?? null) : null),
  },
};
