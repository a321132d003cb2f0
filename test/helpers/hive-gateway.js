// Hive Gateway (its programmatic runtime, which the `hive-gateway` CLI serves) on a loopback port, over a supergraph
// that holds our subgraph as `calls`. The configuration is the README's `gateway.config.ts`: subscriptions to our
// subgraph over graphql-ws on `/graphql`, the client's Authorization handed on in connection_init.
//
// Plain JavaScript beside its own declaration file (hive-gateway.d.ts), on purpose: Hive Gateway's types import
// @whatwg-node/fetch, whose `/// <reference lib="dom" />` would give every file of the project the browser's globals
// and the DOM's fetch types. With the .d.ts here, TypeScript never reads them.
import { createServer } from 'node:http';

import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import wsTransport from '@graphql-mesh/transport-ws';

const GATEWAY_CONFIG = {
  // Queries, and the other subgraphs' entity fetches of a subscription's events: the client's Authorization on each.
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') }),
  },
  transportEntries: {
    calls: {
      options: {
        subscriptions: {
          kind: 'ws',
          location: '/graphql',
          // propagateHeaders does not reach a WebSocket: the credential goes in connection_init's payload.
          options: { connectionParams: { Authorization: '{context.headers.authorization}' } },
        },
      },
    },
  },
};

export async function startHiveGateway(supergraph) {
  const runtime = createGatewayRuntime({
    supergraph,
    ...GATEWAY_CONFIG,
    // The transports the configuration names, imported here rather than looked up by package name at run time.
    transports: { http: httpTransport, ws: wsTransport },
    logging: false,
  });
  const server = createServer(runtime);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/graphql`,
    async stop() {
      await runtime.dispose();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
