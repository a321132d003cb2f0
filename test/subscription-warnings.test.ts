// Many subscriptions on one instance are normal, not a leak: Node must not print its MaxListenersExceededWarning (a
// leak alarm operators are taught to chase) once more than 10 subscriptions wait on the instance's drain signal.
import { afterAll, beforeAll, expect, it } from 'vitest';

import { graphql } from './generated/index.js';
import { type LiveClient, webSocketClient } from './helpers/live.js';
import { type Stack, startStack } from './helpers/stack.js';
import { until } from './helpers/wait.js';

const CALL_IDS = graphql(`
  subscription LiveCallIds($locationId: ID!) {
    callLogCreated(locationId: $locationId) {
      id
    }
  }
`);

const SUBSCRIPTIONS = 12;

let stack: Stack;
const clients: LiveClient[] = [];
const warnings: Error[] = [];
const onWarning = (warning: Error) => warnings.push(warning);

beforeAll(async () => {
  stack = await startStack();
  process.on('warning', onWarning);
});

afterAll(async () => {
  process.off('warning', onWarning);
  for (const client of clients) await client.close();
  await stack.stop();
});

it(`runs ${SUBSCRIPTIONS} subscriptions without a MaxListenersExceededWarning`, async () => {
  const subscriptions = Array.from({ length: SUBSCRIPTIONS }, () => {
    const client = webSocketClient(stack.gateway.url, stack.token);
    clients.push(client);
    return client.subscribe(CALL_IDS, { locationId: stack.locationId });
  });
  await until(() => stack.gateway.live.listenerCount === SUBSCRIPTIONS);
  const placed = await stack.emulator.placeCall(stack.locationId);
  for (const subscription of subscriptions) {
    expect((await subscription.received(1))[0]?.data?.callLogCreated.id).toBe(placed.callLog.id);
  }
  // process.emitWarning emits on the next tick: every subscription has long been set up by now.
  expect(warnings.map((warning) => `${warning.name}: ${warning.message}`)).toEqual([]);
});
