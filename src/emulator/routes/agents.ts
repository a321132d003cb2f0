// GET /voice-ai/agents/:agentId?locationId= (Version 2021-04-15). Deleted agents answer 404 although call logs
// still reference them (with isAgentDeleted: true).
import { notFound } from '../http-errors.js';
import type { AgentRecord, AgentVersion } from '../types.js';
import { type EmulatorRoute, requiredQuery, requireLocationAccess } from './route.js';

const VERSION: AgentVersion = '2021-04-15';

export const getAgent: EmulatorRoute = {
  id: 'agents.get',
  paths: ['/voice-ai/agents/:agentId'],
  version: VERSION,
  handle(request): AgentRecord {
    const locationId = requiredQuery(request, 'locationId');
    requireLocationAccess(request, locationId);
    const agentId = request.params['agentId'] ?? '';
    const agent = request.store.agent(locationId, agentId);
    if (!agent) throw notFound(`Agent with id ${agentId} not found`);
    return agent;
  },
};
