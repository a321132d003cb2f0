// createGateway(options) -> { url, stop }: the GraphQL endpoint, usable alike from main, tests and benchmarks.
import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify, { type FastifyError } from 'fastify';
import type { GraphQLFormattedError } from 'graphql';
import { createContext, type GatewayContext } from './context.js';
import { resolvers } from './resolvers/index.js';
import { loadTypeDefs } from './schema.js';
import { createUpstreamHttp } from './upstream/http.js';

export interface GatewayOptions {
  /** HighLevel's base URL (or the emulator's). */
  upstreamUrl: string;
  port?: number;
  host?: string;
  production?: boolean;
  upstreamTimeoutMs?: number;
  upstreamRetries?: number;
}

export interface Gateway {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  stop(): Promise<void>;
}

export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const production = options.production ?? false;
  const http = createUpstreamHttp({
    baseUrl: options.upstreamUrl,
    timeoutMs: options.upstreamTimeoutMs ?? 10_000,
    retries: options.upstreamRetries ?? 2,
  });
  const app = Fastify({ logger: false });
  const apollo = new ApolloServer<GatewayContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: true,
    includeStacktraceInErrorResponses: !production,
    formatError: (formatted) => (production ? maskInternal(formatted) : formatted),
    plugins: [fastifyApolloDrainPlugin(app)],
  });
  await apollo.start();
  // Failures before GraphQL runs (a body that is not JSON, an unsupported content type) still answer in GraphQL's
  // error shape with a code, never fastify's own.
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const status = error.statusCode !== undefined && error.statusCode >= 400 ? error.statusCode : 500;
    const clientError = status < 500;
    void reply.status(status).send({
      errors: [
        {
          message: clientError || !production ? error.message : 'Internal server error',
          extensions: { code: clientError ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
  });
  await app.register(fastifyApollo(apollo), {
    context: (request) => Promise.resolve(createContext(http, request.headers.authorization)),
  });
  const address = await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  return {
    url: `${displayAddress(address, options.host)}/graphql`,
    async stop() {
      await app.close();
      await apollo.stop();
      http.close();
    },
  };
}

/** In production an unexpected error says only that it happened: no message that could carry internals. */
function maskInternal(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.['code'];
  if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  return { ...formatted, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** fastify reports the first bound address; for `localhost` show the name users type. */
function displayAddress(address: string, host: string | undefined): string {
  if (host !== 'localhost') return address;
  return address.replace(/^http:\/\/(\[::1\]|127\.0\.0\.1)/, 'http://localhost');
}
