// A CRM subgraph written for the federation tests: it owns a contact's CRM score and tickets that point at call logs.
// Composed beside our subgraph, it proves that entities cross between the two in both directions (Apollo's gateway in
// test/federation.test.ts, Hive Gateway with a subscription in test/router-subscriptions.test.ts).
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

import { buildGatewaySchema } from '../../src/schema.js';

const CRM_TYPE_DEFS = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])

  type Query {
    crmContact(id: ID!): Contact
    tickets: [Ticket!]!
  }

  type Contact @key(fields: "id") {
    id: ID!
    crmScore: Int!
    name: String @shareable
  }

  type Ticket {
    id: ID!
    subject: String!
    callLog: CallLog
  }

  type CallLog @key(fields: "id locationId", resolvable: false) {
    id: ID!
    locationId: ID!
  }
`);

/** The score the CRM gives a contact: derived from its id, so that a test knows it without asking. */
export function crmScore(contactId: string): number {
  let sum = 0;
  for (let index = 0; index < contactId.length; index++) sum += contactId.charCodeAt(index);
  return sum % 100;
}

export interface CrmSubgraph {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the CRM subgraph on a loopback port. `tickets` answers one ticket per call id in `ticketCallIds`, then one
 * more for the first of them (two tickets of one call), all in `locationId`.
 */
export async function startCrmSubgraph(
  options: { locationId?: string; ticketCallIds?: () => string[] } = {},
): Promise<CrmSubgraph> {
  const { locationId = '', ticketCallIds = () => [] } = options;
  const server = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs: CRM_TYPE_DEFS,
      resolvers: {
        Query: {
          crmContact: (_root: unknown, { id }: { id: string }) => ({ id }),
          tickets: () => {
            const callIds = ticketCallIds();
            return [...callIds, callIds[0] ?? ''].map((callId, index) => ({
              id: `ticket-${index}`,
              subject: `Follow up on call ${callId}`,
              callLog: { id: callId, locationId },
            }));
          },
        },
        Contact: {
          __resolveReference: ({ id }: { id: string }) => ({ id }),
          crmScore: ({ id }: { id: string }) => crmScore(id),
          name: () => null,
        },
      },
    }),
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}

/** The supergraph of our subgraph (`calls`) and the CRM's, composed by Apollo's composition (Federation 2). */
export function composeCallsAndCrm(urls: { calls: string; crm: string }): ReturnType<typeof composeServices> {
  return composeServices([
    { name: 'calls', typeDefs: parse(printSubgraphSchema(buildGatewaySchema())), url: urls.calls },
    { name: 'crm', typeDefs: CRM_TYPE_DEFS, url: urls.crm },
  ]);
}
