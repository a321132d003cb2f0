// Agent: HighLevel's `agentName`/`agentPrompt` under domain names.
import type { Resolvers } from '../generated/graphql.js';

export const agentResolvers: Resolvers = {
  Agent: {
    name: (agent) => agent.agentName ?? null,
    prompt: (agent) => agent.agentPrompt ?? null,
    maxCallDuration: (agent) => (Number.isSafeInteger(agent.maxCallDuration) ? (agent.maxCallDuration ?? null) : null),
  },
};
