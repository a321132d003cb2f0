// Variables of wrong types and odd values, on fixed documents: the first property's cases.
import fc from 'fast-check';

import { cursorArbitrary, filter, junk, mostly, orderBy, representation, weirdId, weirdNumber } from './values.js';

export const VARIABLE_DOCUMENTS = [
  /* GraphQL */ `
    query One($locationId: ID!, $id: ID!) {
      callLog(locationId: $locationId, id: $id) {
        id
        duration
        contact {
          id
        }
        agent {
          id
        }
      }
    }
  `,
  /* GraphQL */ `
    query List(
      $locationId: ID!
      $filter: CallLogFilter
      $orderBy: CallLogOrder
      $first: Int
      $last: Int
      $after: String
      $before: String
    ) {
      callLogs(
        locationId: $locationId
        filter: $filter
        orderBy: $orderBy
        first: $first
        last: $last
        after: $after
        before: $before
      ) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          cursor
          node {
            id
            createdAt
          }
        }
      }
    }
  `,
  /* GraphQL */ `
    query Entities($representations: [_Any!]!) {
      _entities(representations: $representations) {
        __typename
        ... on CallLog {
          id
          duration
        }
        ... on Contact {
          id
          callLogs(first: 2) {
            totalCount
          }
        }
        ... on Agent {
          id
        }
        ... on Workflow {
          id
        }
      }
    }
  `,
  /* GraphQL */ `
    query ContactCalls($representations: [_Any!]!, $first: Int, $after: String, $filter: CallLogFilter) {
      _entities(representations: $representations) {
        ... on Contact {
          id
          callLogs(first: $first, after: $after, filter: $filter) {
            totalCount
            nodes {
              id
            }
          }
        }
      }
    }
  `,
];

/** Mostly values that pass validation, so that most cases reach the resolvers with one odd value among them. */
export function variablesArbitrary(realCursors: readonly string[], realCallLogIds: readonly string[]) {
  const cursor = cursorArbitrary(realCursors);
  return fc.record(
    {
      locationId: mostly(fc.constant('LOC123456789ABCDEF'), fc.oneof(weirdId, junk)),
      id: mostly(
        fc.integer({ min: 0, max: 29 }).map((index) => realCallLogIds[index] ?? ''),
        fc.oneof(weirdId, junk),
      ),
      filter,
      orderBy,
      first: mostly(fc.integer({ min: 0, max: 60 }), fc.oneof(weirdNumber, junk)),
      last: mostly(fc.integer({ min: 0, max: 60 }), fc.oneof(weirdNumber, junk)),
      after: mostly(
        fc.integer({ min: 0, max: 29 }).map((index) => realCursors[index] ?? ''),
        fc.oneof(cursor, junk),
      ),
      before: mostly(
        fc.integer({ min: 0, max: 29 }).map((index) => realCursors[index] ?? ''),
        fc.oneof(cursor, junk),
      ),
      representations: fc.oneof(fc.array(representation, { maxLength: 5 }), junk),
      unknownVariable: junk,
    },
    { requiredKeys: [] },
  );
}
