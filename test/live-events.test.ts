// The in-process live events (src/live/events.ts): by location, bounded, a failing listener isolated, and
// unsubscribing (once, or twice) leaves the others.
import { describe, expect, it } from 'vitest';

import { createInProcessLiveEvents, type LiveEvent, LiveListenerLimitError } from '../src/live/events.js';

const event = (locationId: string, id: string): LiveEvent => ({
  kind: 'callLogCreated',
  locationId,
  callLog: { id } as LiveEvent['callLog'],
});

describe('in-process live events', () => {
  it("delivers an event to its location's listeners only, each subscription on its own", async () => {
    const events = createInProcessLiveEvents(10, () => undefined);
    const received: string[] = [];
    const listener = (e: LiveEvent) => received.push(`${e.locationId}:${e.callLog.id}`);
    const first = events.subscribe('L1', listener);
    events.subscribe('L1', listener);
    events.subscribe('L2', listener);
    await events.publish(event('L1', 'a'));
    expect(received).toEqual(['L1:a', 'L1:a']);
    first();
    first();
    await events.publish(event('L1', 'b'));
    await events.publish(event('L3', 'c'));
    expect(received).toEqual(['L1:a', 'L1:a', 'L1:b']);
    expect(events.listenerCount).toBe(2);
  });

  it('refuses a listener past its bound, and takes one again once another leaves', () => {
    const events = createInProcessLiveEvents(2, () => undefined);
    const unsubscribe = events.subscribe('L1', () => undefined);
    events.subscribe('L2', () => undefined);
    expect(() => events.subscribe('L1', () => undefined)).toThrow(LiveListenerLimitError);
    unsubscribe();
    expect(() => events.subscribe('L1', () => undefined)).not.toThrow();
  });

  it('reports a listener that throws and still calls the rest', async () => {
    const failures: unknown[] = [];
    const events = createInProcessLiveEvents(10, (error) => failures.push(error));
    const received: string[] = [];
    events.subscribe('L1', () => {
      throw new Error('boom');
    });
    events.subscribe('L1', (e) => received.push(e.callLog.id));
    await expect(events.publish(event('L1', 'a'))).resolves.toBeUndefined();
    expect(received).toEqual(['a']);
    expect(failures).toHaveLength(1);
  });
});

describe('closing the in-process live events', () => {
  it('drops every listener, and an unsubscribe after it changes nothing', async () => {
    const events = createInProcessLiveEvents(10, () => undefined);
    const received: string[] = [];
    const unsubscribe = events.subscribe('L1', (e) => received.push(e.callLog.id));
    events.subscribe('L2', (e) => received.push(e.callLog.id));
    await events.close();
    expect(events.listenerCount).toBe(0);
    unsubscribe();
    expect(events.listenerCount).toBe(0);
    await events.publish(event('L1', 'a'));
    expect(received).toEqual([]);
  });
});
