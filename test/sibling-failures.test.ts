// A field backed by an upstream request is nullable where its failure must not take its siblings with it: a failed
// call-log list is null with a coded error at its own path, and the other root fields (and a contact's other fields)
// arrive intact.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { graphql } from './generated/gql.js';
import { countsByRoute } from './helpers/emulator-log.js';
import { type Stack, startStack } from './helpers/stack.js';

const REFERENCE_CALL_ID = '507f1f77bcf86cd799439011';
const REFERENCE_CONTACT_ID = '507f1f77bcf86cd799439012';

const LIST_BESIDE_ONE = graphql(`
  query ListBesideOne($locationId: ID!, $id: ID!) {
    callLogs(locationId: $locationId, first: 5) {
      totalCount
    }
    callLog(locationId: $locationId, id: $id) {
      id
      duration
    }
  }
`);

const CONTACT_WITH_CALLS = graphql(`
  query ContactWithCalls($locationId: ID!, $id: ID!) {
    callLog(locationId: $locationId, id: $id) {
      id
      contact {
        id
        name
        callLogs(first: 3) {
          totalCount
        }
      }
    }
  }
`);

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());
beforeEach(() => {
  stack.emulator.requests.clear();
  stack.emulator.faults.clear();
});

describe('a failed call-log list', () => {
  it('is null with its error at its path; the other root field arrives', async () => {
    stack.emulator.faults.set([{ route: 'callLogs.list', status: 500 }]);
    const response = await stack.query(LIST_BESIDE_ONE, { locationId: stack.locationId, id: REFERENCE_CALL_ID });
    expect(response.data).toEqual({ callLogs: null, callLog: { id: REFERENCE_CALL_ID, duration: 180 } });
    expect(response.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
      [['callLogs'], 'UPSTREAM_UNAVAILABLE'],
    ]);
    expect(countsByRoute(stack.emulator)).toEqual({ 'callLogs.list': 1, 'callLogs.get': 1 });
  });

  it("as Contact.callLogs is null with its error at its path; the contact's other fields arrive", async () => {
    stack.emulator.faults.set([{ route: 'callLogs.list', status: 500 }]);
    const response = await stack.query(CONTACT_WITH_CALLS, { locationId: stack.locationId, id: REFERENCE_CALL_ID });
    expect(response.data?.callLog?.contact).toEqual({
      id: REFERENCE_CONTACT_ID,
      name: expect.any(String),
      callLogs: null,
    });
    expect(response.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
      [['callLog', 'contact', 'callLogs'], 'UPSTREAM_UNAVAILABLE'],
    ]);
  });
});
