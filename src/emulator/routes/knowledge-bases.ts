// GET /knowledge-bases/:knowledgeBaseId (Version 2021-04-15): `{ success, data }`. The spec takes no locationId;
// the token must be able to read the knowledge base's location.
import { notFound } from '../http-errors.js';
import type { KnowledgeBaseResponse, KnowledgeBaseVersion } from '../types.js';
import { type EmulatorRoute, requireLocationAccess } from './route.js';

const VERSION: KnowledgeBaseVersion = '2021-04-15';

export const getKnowledgeBase: EmulatorRoute = {
  id: 'knowledgeBases.get',
  paths: ['/knowledge-bases/:knowledgeBaseId'],
  version: VERSION,
  handle(request): KnowledgeBaseResponse {
    const knowledgeBaseId = request.params['knowledgeBaseId'] ?? '';
    const knowledgeBase = request.store.knowledgeBase(knowledgeBaseId);
    if (!knowledgeBase) throw notFound(`Knowledge base with id ${knowledgeBaseId} not found`);
    requireLocationAccess(request, knowledgeBase.locationId);
    return { success: true, data: knowledgeBase };
  },
};
