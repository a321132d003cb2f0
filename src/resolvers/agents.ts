// Agent: HighLevel's `agentName`/`agentPrompt` under domain names.
import type { Resolvers } from '../generated/graphql.js';
import { assertId } from './ids.js';

export const agentResolvers: Resolvers = {
  Agent: {
    __resolveReference: async ({ id, locationId }, { loaders }) => {
      const dto = await loaders.agent.load({ locationId: assertId(locationId, 'locationId'), id: assertId(id, 'id') });
      return dto ? { ...dto, id, locationId } : null;
    },
    name: (agent) => agent.agentName ?? null,
    prompt: (agent) => agent.agentPrompt ?? null,
    maxCallDuration: (agent) => (Number.isSafeInteger(agent.maxCallDuration) ? (agent.maxCallDuration ?? null) : null),
  },
};
