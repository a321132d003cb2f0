// KnowledgeBase: the content counts live in HighLevel's `kbMetadata`.
import type { Resolvers } from '../generated/graphql.js';
import { assertId } from './ids.js';
import { readInt, readString } from './parameters.js';

export const knowledgeBaseResolvers: Resolvers = {
  KnowledgeBase: {
    __resolveReference: async ({ id }, { loaders }) => {
      const dto = await loaders.knowledgeBase.load({ id: assertId(id, 'id') });
      return dto ? { ...dto, id } : null;
    },
    // Not in HighLevel's schema for this response, but sent.
    description: (knowledgeBase) => readString(knowledgeBase, 'description'),
    faqCount: (knowledgeBase) => readInt(knowledgeBase.kbMetadata ?? {}, 'faqs'),
    urlCount: (knowledgeBase) => readInt(knowledgeBase.kbMetadata ?? {}, 'urls'),
    richTextCount: (knowledgeBase) => readInt(knowledgeBase.kbMetadata ?? {}, 'richText'),
    fileCount: (knowledgeBase) => readInt(knowledgeBase.kbMetadata ?? {}, 'files'),
  },
};
