// KnowledgeBase: the content counts live in HighLevel's `kbMetadata`.
import type { Resolvers } from '../generated/graphql.js';
import { assertId } from './ids.js';

export const knowledgeBaseResolvers: Resolvers = {
  KnowledgeBase: {
    __resolveReference: async ({ id }, { loaders }) => {
      const dto = await loaders.knowledgeBase.load({ id: assertId(id, 'id') });
      return dto ? { ...dto, id } : null;
    },
    description: (knowledgeBase) =>
      'description' in knowledgeBase && typeof knowledgeBase.description === 'string'
        ? knowledgeBase.description
        : null,
    faqCount: (knowledgeBase) => knowledgeBase.kbMetadata?.faqs ?? null,
    urlCount: (knowledgeBase) => knowledgeBase.kbMetadata?.urls ?? null,
    richTextCount: (knowledgeBase) => knowledgeBase.kbMetadata?.richText ?? null,
    fileCount: (knowledgeBase) => knowledgeBase.kbMetadata?.files ?? null,
  },
};
