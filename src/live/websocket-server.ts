// GraphQL over WebSocket (graphql-ws, subprotocol `graphql-transport-ws`) on the `/graphql` path of the gateway's
// own HTTP server. The upgrade is checked before a socket exists: the path, the drain, the browser's Origin (a
// WebSocket is not covered by CORS, so an origin CORS would refuse is refused here: cross-site WebSocket hijacking),
// one Authorization header, and the instance's bound of live connections. Then graphql-ws runs the protocol with the
// gateway's bounds: the connection_init deadline, subscriptions per connection, the frame size, a keep-alive ping.
import { type IncomingMessage, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

import type { GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';

import { type ErrorCode, errorResponseBody, gatewayError } from '../errors.js';
import { isRecord } from '../guards.js';
import { hasSeveralAuthorizationHeaders } from '../request-guards.js';
import type { SubscriptionSettings } from '../settings.js';
import type { LiveConnections } from './live-connections.js';
import type { SubscriptionOperations } from './subscription-operations.js';

/** RFC 6455's "going away": the server is shutting down; clients reconnect (to another instance). */
const GOING_AWAY = 1001;

export interface WebSocketServerDependencies {
  operations: SubscriptionOperations;
  settings: SubscriptionSettings;
  connections: LiveConnections;
  isAllowedOrigin: (origin: string) => boolean;
  production: boolean;
}

/** What a graphql-ws connection carries besides the protocol's own state. */
interface ConnectionState {
  authorization: string | undefined;
  subscriptions: number;
}

export class GraphQLWebSocketServer {
  private readonly server: WebSocketServer;
  private readonly states = new WeakMap<WebSocket, ConnectionState>();

  constructor(private readonly dependencies: WebSocketServerDependencies) {
    const { settings, operations } = dependencies;
    this.server = new WebSocketServer({ noServer: true, maxPayload: settings.maxMessageBytes });
    useServer(
      {
        isProd: dependencies.production,
        connectionInitWaitTimeout: settings.connectionInitTimeoutMs,
        onConnect: (ctx) => {
          const state = this.state(ctx.extra.socket);
          // connection_init's payload, as graphql-ws clients, Apollo Sandbox and routers send it; else the upgrade's.
          state.authorization = authorizationOf(ctx.connectionParams) ?? ctx.extra.request.headers.authorization;
          return true;
        },
        onSubscribe: async (ctx, _id, payload) => {
          const state = this.state(ctx.extra.socket);
          if (state.subscriptions >= settings.maxPerConnection) {
            return [
              gatewayError(
                'SUBSCRIPTION_LIMIT_EXCEEDED',
                `This connection already runs ${settings.maxPerConnection} subscriptions.`,
              ),
            ];
          }
          const prepared = await operations.prepare(payload, state.authorization);
          if (Array.isArray(prepared)) return prepared as GraphQLError[];
          state.subscriptions++;
          return prepared;
        },
        subscribe: (args) => operations.run(args),
        onNext: (_ctx, _id, _payload, _args, result) => operations.format(result),
        onError: (_ctx, _id, _payload, errors) => operations.formatErrors(errors),
        onComplete: (ctx) => {
          this.state(ctx.extra.socket).subscriptions--;
        },
      },
      this.server,
      settings.keepAliveMs > 0 ? settings.keepAliveMs : Infinity,
    );
  }

  /** The HTTP server's `upgrade` listener. */
  handleUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const refusal = this.refusal(request);
    if (refusal) {
      refuseUpgrade(socket, refusal);
      return;
    }
    const release = this.dependencies.connections.open('websocket');
    if (!release) {
      refuseUpgrade(socket, {
        status: 503,
        code: 'OVERLOADED',
        message: 'This instance holds all the live connections it may: try again shortly.',
      });
      return;
    }
    this.server.handleUpgrade(request, socket, head, (webSocket) => {
      webSocket.once('close', release);
      this.server.emit('connection', webSocket, request);
    });
  };

  /** Closes every socket with 1001 (their subscriptions have ended with SHUTTING_DOWN first). */
  closeAll(): void {
    for (const client of this.server.clients) client.close(GOING_AWAY, 'The server is shutting down');
  }

  /** Drops the sockets that did not close in time. */
  terminateAll(): void {
    for (const client of this.server.clients) client.terminate();
  }

  get openCount(): number {
    return this.server.clients.size;
  }

  /** Subscriptions running over the open sockets. */
  get subscriptionCount(): number {
    let count = 0;
    for (const client of this.server.clients) count += this.states.get(client)?.subscriptions ?? 0;
    return count;
  }

  private state(socket: WebSocket): ConnectionState {
    let state = this.states.get(socket);
    if (!state) this.states.set(socket, (state = { authorization: undefined, subscriptions: 0 }));
    return state;
  }

  private refusal(request: IncomingMessage): UpgradeRefusal | undefined {
    const path = (request.url ?? '').split('?')[0];
    if (path !== '/graphql') return { status: 404, code: 'NOT_FOUND', message: 'WebSockets are served at /graphql.' };
    if (this.dependencies.connections.draining) {
      return { status: 503, code: 'SHUTTING_DOWN', message: 'This instance is stopping: connect again.' };
    }
    const { origin, host } = request.headers;
    if (origin !== undefined && !isSameOrigin(origin, host) && !this.dependencies.isAllowedOrigin(origin)) {
      return { status: 403, code: 'FORBIDDEN', message: 'This origin may not open a WebSocket to this gateway.' };
    }
    if (hasSeveralAuthorizationHeaders(request.rawHeaders)) {
      return { status: 400, code: 'BAD_REQUEST', message: 'Send one Authorization header, not several.' };
    }
    return undefined;
  }
}

interface UpgradeRefusal {
  status: number;
  code: ErrorCode;
  message: string;
}

/** An HTTP answer on the raw socket (no WebSocket was opened), in GraphQL's error shape like every other refusal. */
function refuseUpgrade(socket: Duplex, { status, code, message }: UpgradeRefusal): void {
  const body = JSON.stringify(errorResponseBody(code, message));
  const headers = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...(status === 503 ? ['Retry-After: 1'] : []),
    'Connection: close',
  ];
  socket.end(`${headers.join('\r\n')}\r\n\r\n${body}`);
}

/**
 * The credential in connection_init's payload: `Authorization` (any case), under `headers` as some clients nest it,
 * or `token` as Apollo Router and Hive Gateway send it by default (a bare token, or the header's whole value).
 * Undefined when the payload names none: the upgrade request's header counts then.
 */
function authorizationOf(payload: unknown): string | undefined {
  if (!isRecord(payload)) return undefined;
  const header =
    authorizationHeader(payload) ??
    (isRecord(payload['headers']) ? authorizationHeader(payload['headers']) : undefined);
  if (header !== undefined) return header;
  const token = payload['token'];
  if (typeof token !== 'string' || token === '') return undefined;
  return /^bearer\s/i.test(token) ? token : `Bearer ${token}`;
}

function authorizationHeader(headers: Record<string, unknown>): string | undefined {
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'authorization' && typeof value === 'string') return value;
  }
  return undefined;
}

/**
 * A page the gateway serves itself (the dashboard at /dashboard) connects from the origin it was served from: the
 * Origin names the host the request was sent to. A page elsewhere names its own site, which is not this Host.
 */
function isSameOrigin(origin: string, host: string | undefined): boolean {
  if (host === undefined || !URL.canParse(origin)) return false;
  const { protocol, host: originHost } = new URL(origin);
  return (protocol === 'http:' || protocol === 'https:') && originHost === host.toLowerCase();
}
