// GET /knowledge-bases/{knowledgeBaseId} (API version 2021-04-15); the entity comes wrapped in `{ success, data }`.
import type { KnowledgeBaseDto } from './dto.js';
import { pathSegment, type UpstreamHttp } from './http.js';
import { expectShape, isRecord } from './shape.js';

export async function getKnowledgeBase(
  http: UpstreamHttp,
  token: string | null,
  knowledgeBaseId: string,
): Promise<KnowledgeBaseDto> {
  const body = await http.getJson('knowledgeBases', {
    token,
    path: `knowledge-bases/${pathSegment(knowledgeBaseId)}`,
    resource: 'knowledge base',
  });
  return expectShape(body, isKnowledgeBaseResponse, 'knowledge base').data;
}

function isKnowledgeBaseResponse(body: unknown): body is { data: KnowledgeBaseDto } {
  return isRecord(body) && isRecord(body['data']);
}
