// The ready-made operations (operations/*.graphql), sent as a TypeScript frontend sends them: through the typed
// documents `npm run codegen` generates with the client preset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  CallLogDetailDocument,
  CallStatisticsDocument,
  ContactCallsDocument,
  DashboardDocument,
} from '../src/generated/client/graphql.js';
import { directStatistics } from './helpers/direct-statistics.js';
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
    expect(response.data?.callLogs.nodes).toHaveLength(50);
    expect(response.data?.callLogs.totalCount).toBe(1200);
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
    const nodes = response.data?.callLogs.nodes ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    expect(new Set(nodes.map((node) => node.contact?.id))).toEqual(new Set(['507f1f77bcf86cd799439012']));
  });

  it('CallStatistics returns the figures of a range, day by day and hour by hour, in the time zone asked for', async () => {
    const range = { from: '2025-10-01T00:00:00-04:00', to: '2025-11-01T00:00:00-04:00', timeZone: 'America/New_York' };
    const response = await stack.query(CallStatisticsDocument, { locationId: stack.locationId, range });
    expect(response.errors).toBeUndefined();
    const statistics = response.data?.callStatistics;
    const expected = directStatistics(stack.emulator.store.callLogs(stack.locationId), range);
    expect(statistics?.count).toBe(expected.count);
    expect(statistics?.duration).toEqual(expected.duration);
    expect(statistics?.byDay.map((day) => [day.date, day.count])).toEqual(
      expected.byDay.map((day) => [day.date, day.count]),
    );
    expect(statistics?.byHourOfDay).toEqual(expected.byHourOfDay);
    expect(statistics?.byActionType).toEqual(expected.byActionType);
    expect(statistics?.byAgent.map((agent) => [agent.agentId, agent.count])).toEqual(
      expected.byAgent.map((agent) => [agent.agentId, agent.count]),
    );
  });
});
