// Agent: HighLevel's `agentName`/`agentPrompt` under domain names.
import type { Resolvers } from '../generated/graphql.js';
import { assertId } from './ids.js';
import { readInt } from './parameters.js';

export const agentResolvers: Resolvers = {
  Agent: {
    __resolveReference: async ({ id, locationId }, { loaders }) => {
      const dto = await loaders.agent.load({ locationId: assertId(locationId, 'locationId'), id: assertId(id, 'id') });
      return dto ? { ...dto, id, locationId } : null;
    },
    name: (agent) => agent.agentName ?? null,
    prompt: (agent) => agent.agentPrompt ?? null,
    maxCallDuration: (agent) => readInt(agent, 'maxCallDuration'),
  },
};
