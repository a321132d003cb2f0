// The Apollo Server of one gateway: the schema, its plugins in the order they must run, and how errors are shown.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import type { FastifyInstance } from 'fastify';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';

import { staticCacheControlPlugin } from './cache-policy.js';
import type { GatewayContext } from './context.js';
import { requestLimitProtection } from './limits.js';
import type { Logger } from './observability/logger.js';
import type { GatewayMetrics } from './observability/metrics.js';
import { operationObserverPlugin } from './observability/operations.js';
import { partialErrorsPlugin } from './partial-errors.js';
import { loadSafelist, safelistPlugin } from './safelist.js';
import type { GatewaySettings } from './settings.js';
import type { SharedState } from './shared-state.js';

export interface ApolloDependencies {
  /** The HTTP server Apollo drains on stop. */
  app: FastifyInstance;
  shared: Pick<SharedState, 'persistedQueries' | 'responses'>;
  logger: Logger;
  metrics: GatewayMetrics;
  /** The gateway's schema (the subscription server executes the same one). */
  schema: GraphQLSchema;
}

type ApolloSettings = Pick<
  GatewaySettings,
  'production' | 'introspection' | 'landingPage' | 'safelist' | 'dashboard' | 'limits' | 'statistics'
>;

export async function startApollo(
  settings: ApolloSettings,
  dependencies: ApolloDependencies,
): Promise<ApolloServer<GatewayContext>> {
  const { production } = settings;
  const protection = requestLimitProtection<GatewayContext>(
    settings.limits,
    production,
    settings.statistics.maxUpstreamRequests,
  );
  const apollo = new ApolloServer<GatewayContext>({
    schema: dependencies.schema,
    introspection: settings.introspection,
    includeStacktraceInErrorResponses: !production,
    // CSRF prevention stays on (Apollo's default): a browser request must be JSON or carry a preflight header.
    csrfPrevention: true,
    persistedQueries: { cache: dependencies.shared.persistedQueries },
    formatError: (formatted, error) => {
      const coded = codeClientErrors(formatted, error);
      return production ? maskInternal(coded) : coded;
    },
    plugins: [...protection.plugins, ...gatewayPlugins(settings, dependencies)],
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    // Apollo's own messages (warnings, startup notes) go to the same structured log.
    logger: dependencies.logger,
    // main.ts owns SIGINT/SIGTERM and calls stop(); Apollo's own handlers would re-raise the signal mid-drain.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  return apollo;
}

/** Every plugin after the request-limit ones, in order; the operation observer last, so it sees the final result. */
function gatewayPlugins(
  settings: ApolloSettings,
  { app, shared, logger, metrics }: ApolloDependencies,
): ApolloServerPlugin<GatewayContext>[] {
  return [
    // Apollo turns on federated tracing for subgraphs; off, so no client can ask for per-resolver timings.
    ApolloServerPluginInlineTraceDisabled(),
    // Cache policies come from each operation's document, not from a hook around every resolver (cache-policy.ts).
    ApolloServerPluginCacheControlDisabled(),
    staticCacheControlPlugin<GatewayContext>(),
    fastifyApolloDrainPlugin(app),
    settings.landingPage
      ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
      : ApolloServerPluginLandingPageDisabled(),
    ...(settings.safelist ? [safelistPlugin<GatewayContext>(loadSafelist(settings))] : []),
    // Before the response cache and the observer, which read the errors it adds.
    partialErrorsPlugin<GatewayContext>(),
    ...(shared.responses ? [responseCache(shared.responses)] : []),
    operationObserverPlugin<GatewayContext>({
      logger,
      metrics,
      upstreamRequestCount: (context) => context.scope.requestCount,
    }),
  ];
}

/** Whole responses, reused for identical operations of the same caller only (every cache hint is PRIVATE). */
function responseCache(cache: KeyValueCache): ApolloServerPlugin<GatewayContext> {
  return responseCachePlugin<GatewayContext>({
    sessionId: ({ contextValue }) => Promise.resolve(contextValue.scope.sessionKey),
    cache,
  });
}

/**
 * Apollo raises some request errors with an HTTP 4xx status but no code (a persisted-query hash that does not match
 * its query, an unsupported persisted-query version): they are the caller's, so BAD_REQUEST, not a server error.
 */
function codeClientErrors(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.['code'] !== 'INTERNAL_SERVER_ERROR') return formatted;
  // Duck-typed: Apollo's GraphQLError may come from graphql's other (CJS/ESM) build, which defeats instanceof.
  const extensions: unknown =
    typeof error === 'object' && error !== null && 'extensions' in error ? error.extensions : undefined;
  const http: unknown =
    typeof extensions === 'object' && extensions !== null && 'http' in extensions ? extensions.http : undefined;
  const status = typeof http === 'object' && http !== null && 'status' in http ? http.status : undefined;
  if (typeof status !== 'number' || status < 400 || status >= 500) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
}

/** In production an unexpected error says only that it happened: no message that could carry internals. */
function maskInternal(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.['code'];
  if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  return { ...formatted, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
