// GET /knowledge-bases/{knowledgeBaseId} (API version 2021-04-15); the entity comes wrapped in `{ success, data }`.
import { isRecord } from '../guards.js';
import type { KnowledgeBaseDto } from './dto.js';
import { pathSegment, type UpstreamHttp } from './http.js';
import type { UpstreamScope } from './scope.js';
import { expectShape } from './shape.js';

export async function getKnowledgeBase(
  http: UpstreamHttp,
  scope: UpstreamScope,
  knowledgeBaseId: string,
  /** The location the reference came from, when known: it keys the rate limiter. */
  locationId?: string,
): Promise<KnowledgeBaseDto> {
  const body = await http.getJson('knowledgeBases', {
    scope,
    route: 'knowledgeBases.get',
    ...(locationId === undefined ? {} : { locationId }),
    path: `knowledge-bases/${pathSegment(knowledgeBaseId)}`,
    resource: 'knowledge base',
  });
  return expectShape(body, isKnowledgeBaseResponse, 'knowledge base').data;
}

function isKnowledgeBaseResponse(body: unknown): body is { data: KnowledgeBaseDto } {
  return isRecord(body) && isRecord(body['data']);
}
