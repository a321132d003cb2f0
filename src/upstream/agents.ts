// GET /voice-ai/agents/{agentId}?locationId= (API version 2021-04-15).
import { isRecord } from '../guards.js';
import type { AgentDto } from './dto.js';
import { pathSegment, type UpstreamHttp } from './http.js';
import type { UpstreamScope } from './scope.js';
import { expectShape } from './shape.js';

export async function getAgent(
  http: UpstreamHttp,
  scope: UpstreamScope,
  locationId: string,
  agentId: string,
): Promise<AgentDto> {
  const body = await http.getJson('voiceAi', {
    scope,
    route: 'agents.get',
    locationId,
    path: `voice-ai/agents/${pathSegment(agentId)}`,
    searchParams: { locationId },
    resource: 'agent',
  });
  return expectShape(body, isAgent, 'agent');
}

function isAgent(body: unknown): body is AgentDto {
  return isRecord(body) && typeof body['id'] === 'string';
}
