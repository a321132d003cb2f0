// An executed action's identity: `Action.id` names one execution (normalized client caches key on it), and
// HighLevel's `actionId`, the agent's configured action that repeats across calls, is a field of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { graphql } from './generated/gql.js';
import { dataOf } from './helpers/graphql.js';
import { type Stack, startStack } from './helpers/stack.js';
import { upstreamCallLogs } from './helpers/upstream.js';

const PAGE_ACTIONS = graphql(`
  query PageActions($locationId: ID!) {
    callLogs(locationId: $locationId, first: 50) {
      nodes {
        id
        actions {
          __typename
          id
          actionId
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

async function pageActions() {
  const nodes = dataOf(await stack.query(PAGE_ACTIONS, { locationId: stack.locationId })).callLogs?.nodes ?? [];
  return nodes.flatMap((node) => (node.actions ?? []).map((action) => ({ callLogId: node.id, ...action })));
}

describe('Action.id', () => {
  it('is unique per executed action on the 50-call page, and the same in the next response', async () => {
    const actions = await pageActions();
    expect(actions.length).toBeGreaterThan(50);
    // What a normalized cache keys them by (Apollo Client: `__typename:id`): one entry per executed action.
    expect(new Set(actions.map((action) => `${action.__typename}:${action.id}`)).size).toBe(actions.length);
    expect(await pageActions()).toEqual(actions);
  });

  it("is the call log's id and the action's position; actionId is HighLevel's configured action", async () => {
    const actions = await pageActions();
    const upstream = (await upstreamCallLogs(stack, { pageSize: 50 })).callLogs;
    const expected = upstream.flatMap((log) =>
      log.executedCallActions.map((action, index) => ({
        callLogId: log.id,
        id: `${log.id}:${index}`,
        actionId: action.actionId ?? null,
      })),
    );
    expect(actions.map(({ callLogId, id, actionId }) => ({ callLogId, id, actionId }))).toEqual(expected);
    // The configured actions repeat across calls: that is why they cannot be the id.
    expect(new Set(expected.map((action) => action.actionId)).size).toBeLessThan(expected.length);
  });
});
