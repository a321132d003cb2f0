// Apollo Client as the frontend kit configures it: the generated possibleTypes and typePolicies (entity keys, Relay
// pagination of callLogs), queries over HTTP, subscriptions over graphql-ws on the same /graphql path, and
// errorPolicy 'all' so that partial data renders beside its errors.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';

import introspection from '../../../src/generated/client/possible-types';
import { typePolicies } from '../../../src/generated/client/type-policies';
import type { Credentials } from './session';

// errorPolicy 'all' for every query, declared so that the hooks' types know `data` may come with `error`.
declare module '@apollo/client' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Apollo Client's declaration merging point
  export namespace ApolloClient {
    // eslint-disable-next-line @typescript-eslint/no-namespace
    export namespace DeclareDefaultOptions {
      interface WatchQuery {
        errorPolicy: 'all';
      }
      interface Query {
        errorPolicy: 'all';
      }
    }
  }
}

/** The live connection's state, for the Live view: it resubscribes with `since` after a reconnect. */
export type ConnectionState = 'connecting' | 'connected' | 'closed';

export interface DashboardClient {
  apollo: ApolloClient;
  /** Calls `listener` on every change of the WebSocket's state; returns the unsubscribe. */
  onConnection(listener: (state: ConnectionState) => void): () => void;
  close(): void;
}

export function createDashboardClient({ token }: Credentials): DashboardClient {
  const authorization = `Bearer ${token}`;
  const graphqlUrl = new URL('/graphql', document.baseURI);
  const webSocketUrl = new URL(graphqlUrl);
  webSocketUrl.protocol = graphqlUrl.protocol === 'https:' ? 'wss:' : 'ws:';

  const listeners = new Set<(state: ConnectionState) => void>();
  const emit = (state: ConnectionState) => {
    for (const listener of listeners) listener(state);
  };
  const webSocket = createClient({
    url: webSocketUrl.toString(),
    connectionParams: { Authorization: authorization },
    // A dashboard stays open: it reconnects for as long as it is open, and the Live view replays with `since`.
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    on: {
      connecting: () => {
        emit('connecting');
      },
      connected: () => {
        emit('connected');
      },
      closed: () => {
        emit('closed');
      },
    },
  });

  const apollo = new ApolloClient({
    link: ApolloLink.split(
      ({ query }) => isSubscriptionOperation(query),
      new GraphQLWsLink(webSocket),
      new HttpLink({ uri: graphqlUrl.toString(), headers: { authorization } }),
    ),
    cache: new InMemoryCache({ possibleTypes: introspection.possibleTypes, typePolicies }),
    defaultOptions: { watchQuery: { errorPolicy: 'all' }, query: { errorPolicy: 'all' } },
  });

  return {
    apollo,
    onConnection(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      void webSocket.dispose();
      apollo.stop();
    },
  };
}
