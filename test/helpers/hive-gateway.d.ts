// The types of hive-gateway.js, written by hand so that TypeScript never loads Hive Gateway's own (see there).

export interface HiveGateway {
  /** The router's GraphQL endpoint: queries over HTTP, subscriptions over GraphQL over SSE or graphql-ws. */
  url: string;
  stop(): Promise<void>;
}

/** Starts Hive Gateway over `supergraph` (its SDL) on 127.0.0.1, on a port of the system's choosing. */
export function startHiveGateway(supergraph: string): Promise<HiveGateway>;
