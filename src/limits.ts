// Limits on what one request may ask, checked before execution. Defaults are no looser than Apollo Router's (2 MB
// bodies, 15,000 parser tokens) and tighter where this schema allows (depth, aliases), plus an estimate of the
// upstream requests an operation can cause (src/query-cost.ts).
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, OperationTypeNode, type ValidationRule } from 'graphql';

import { queryCostPlugin } from './query-cost.js';

/** The gateway reads; a mutation or subscription is refused in validation (400), not failed in execution. */
const queriesOnly: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== OperationTypeNode.QUERY) {
      context.reportError(
        new GraphQLError(`This gateway answers queries only, not ${node.operation}s.`, { nodes: node }),
      );
    }
  },
});

export interface RequestLimits {
  /** Request body size, in bytes. */
  maxRequestBytes: number;
  /** Lexical tokens in one document. */
  maxTokens: number;
  /** Brackets ({, [, () open at once: bounds every recursive walk of the document, whatever the Node version. */
  maxNesting: number;
  /** Field nesting depth (the deepest useful query of this schema is about 7). */
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Worst-case upstream requests one operation may cause, by static estimate. */
  maxEstimatedUpstreamRequests: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  maxRequestBytes: 2_000_000,
  maxTokens: 15_000,
  maxNesting: 100,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 50,
  maxEstimatedUpstreamRequests: 1_000,
};

/**
 * Apollo Server settings and plugins that enforce the limits; `production` also hides "did you mean" hints, and
 * `statisticsBudget` is what the cost estimate counts for `callStatistics` (STATISTICS_MAX_UPSTREAM_REQUESTS).
 */
export function requestLimitProtection<Context extends object>(
  limits: RequestLimits,
  production: boolean,
  statisticsBudget: number,
): {
  plugins: ApolloServerPlugin<Context>[];
  validationRules: ValidationRule[];
  /** The limits' own rules (depth, aliases, directives…), without the HTTP path's queries-only rule. */
  limitRules: ValidationRule[];
  parseOptions: { maxTokens: number };
} {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // Apollo's parser enforces the token limit itself (parseOptions below) and keeps syntax errors coded
    // GRAPHQL_PARSE_FAILED with a 400; armor's version turns them into 500s.
    maxTokens: { enabled: false },
    // Our own estimate (query-cost.ts) knows what a field costs upstream; armor's generic one does not.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      queryCostPlugin<Context>(limits.maxEstimatedUpstreamRequests, statisticsBudget),
    ],
    validationRules: [...armor.validationRules, queriesOnly],
    limitRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
