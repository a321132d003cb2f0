// Subscribing as real clients do: graphql-ws's client over a WebSocket (ws), graphql-sse's client over fetch.
// Each subscription collects what it receives; tests wait on it with until().
import type { ExecutionResult } from 'graphql';
import { type Client as SseClient, createClient as createSseClient } from 'graphql-sse';
import { type Client as WsClient, createClient as createWsClient } from 'graphql-ws';
import WebSocket from 'ws';

import { type Document, documentText } from './graphql.js';
import { until } from './wait.js';

interface LiveSubscription<Data> {
  /** What arrived, in order: each `next` result. */
  readonly results: ExecutionResult<Data>[];
  /** The protocol-level error, if the subscription was refused or broke (graphql-ws `error`, a refused SSE request). */
  readonly error: unknown;
  readonly completed: boolean;
  /** Waits until `count` results have arrived (and returns them). */
  received(count: number): Promise<ExecutionResult<Data>[]>;
  /** Waits until the subscription has ended (complete or error). */
  ended(): Promise<void>;
  unsubscribe(): void;
}

export interface LiveClient {
  subscribe<Data, Variables>(document: Document<Data, Variables>, variables: Variables): LiveSubscription<Data>;
  close(): Promise<void>;
}

/** The WebSocket URL of a gateway's `/graphql`. */
function webSocketUrl(graphqlUrl: string): string {
  return graphqlUrl.replace(/^http/, 'ws');
}

function streamUrl(graphqlUrl: string): string {
  return new URL('/graphql/stream', graphqlUrl).toString();
}

type Sink<Data> = {
  next: (value: ExecutionResult<Data>) => void;
  error: (error: unknown) => void;
  complete: () => void;
};

function collector<Data>(start: (sink: Sink<Data>) => () => void): LiveSubscription<Data> {
  const results: ExecutionResult<Data>[] = [];
  let error: unknown;
  let completed = false;
  let ended = false;
  const dispose = start({
    next: (value) => results.push(value),
    error: (caught) => {
      error = caught;
      ended = true;
    },
    complete: () => {
      completed = true;
      ended = true;
    },
  });
  return {
    results,
    get error() {
      return error;
    },
    get completed() {
      return completed;
    },
    async received(count) {
      await until(() => results.length >= count || ended, 15_000);
      if (results.length < count) {
        throw new Error(`ended after ${results.length} of ${count} results: ${JSON.stringify(error ?? results)}`);
      }
      return results.slice(0, count);
    },
    async ended() {
      await until(() => ended, 15_000);
    },
    unsubscribe: dispose,
  };
}

/** A graphql-ws client; `token` goes in connection_init's payload, as Apollo Client and Sandbox send it. */
export function webSocketClient(
  graphqlUrl: string,
  token: string | null,
  options: {
    headers?: Record<string, string>;
    connectionParams?: Record<string, unknown>;
    /** Keep the socket open this long after the last subscription ends (graphql-ws closes it at once by default). */
    lazyCloseTimeoutMs?: number;
  } = {},
): LiveClient & { client: WsClient } {
  const client = createWsClient({
    url: webSocketUrl(graphqlUrl),
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: options.headers ?? {} });
      }
    },
    connectionParams: options.connectionParams ?? (token === null ? {} : { Authorization: `Bearer ${token}` }),
    retryAttempts: 0,
    lazy: true,
    lazyCloseTimeout: options.lazyCloseTimeoutMs ?? 0,
  });
  return {
    client,
    subscribe<Data, Variables>(document: Document<Data, Variables>, variables: Variables) {
      return collector<Data>((sink) =>
        client.subscribe<Data>(
          { query: documentText(document), variables: variables as Record<string, unknown> },
          sink,
        ),
      );
    },
    close: () => client.dispose() as Promise<void>,
  };
}

/** A graphql-sse client in distinct-connections mode; `token` goes in the Authorization header. */
export function sseClient(graphqlUrl: string, token: string | null): LiveClient & { client: SseClient } {
  const client = createSseClient({
    url: streamUrl(graphqlUrl),
    singleConnection: false,
    headers: token === null ? {} : { Authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  return {
    client,
    subscribe<Data, Variables>(document: Document<Data, Variables>, variables: Variables) {
      return collector<Data>((sink) =>
        client.subscribe<Data>(
          { query: documentText(document), variables: variables as Record<string, unknown> },
          sink,
        ),
      );
    },
    close: () => {
      client.dispose();
      return Promise.resolve();
    },
  };
}
