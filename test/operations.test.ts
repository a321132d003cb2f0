// The ready-made operations (operations/*.graphql), sent as a TypeScript frontend sends them: through the typed
// documents `npm run codegen` generates with the client preset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CallLogDetailDocument, ContactCallsDocument, DashboardDocument } from '../src/generated/client/graphql.js';
import { type Stack, startStack } from './helpers/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());

describe('operations/', () => {
  it('Dashboard returns a page of call logs with contacts, agents and workflows', async () => {
    const response = await stack.query(DashboardDocument, { locationId: stack.locationId });
    expect(response.errors).toBeUndefined();
    expect(response.data?.callLogs?.nodes).toHaveLength(50);
    expect(response.data?.callLogs?.totalCount).toBe(1200);
  });

  it('CallLogDetail returns the reference call log with all eight action types', async () => {
    const response = await stack.query(CallLogDetailDocument, {
      locationId: stack.locationId,
      id: '507f1f77bcf86cd799439011',
    });
    expect(response.errors).toBeUndefined();
    const actions = response.data?.callLog?.actions ?? [];
    expect(new Set(actions.map((action) => action.__typename)).size).toBe(8);
    expect(response.data?.callLog?.contact?.id).toBe('507f1f77bcf86cd799439012');
  });

  it("ContactCalls returns one contact's calls", async () => {
    const response = await stack.query(ContactCallsDocument, {
      locationId: stack.locationId,
      contactId: '507f1f77bcf86cd799439012',
    });
    expect(response.errors).toBeUndefined();
    const nodes = response.data?.callLogs?.nodes ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    expect(new Set(nodes.map((node) => node.contact?.id))).toEqual(new Set(['507f1f77bcf86cd799439012']));
  });
});
