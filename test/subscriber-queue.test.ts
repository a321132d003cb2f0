// A subscriber's queue: what a slow client costs is bounded (the oldest waiting event is dropped and reported), an
// end is never dropped and is read after what waits, and returning the queue releases it once.
import { describe, expect, it } from 'vitest';

import { SubscriberQueue } from '../src/live/subscriber-queue.js';

function queue(capacity: number) {
  const events = { dropped: 0, done: 0 };
  const subject = new SubscriberQueue<number>(
    capacity,
    () => events.dropped++,
    () => events.done++,
  );
  return { subject, events };
}

describe('SubscriberQueue', () => {
  it('keeps the newest `capacity` items of a reader that does not read, dropping and reporting the oldest', async () => {
    const { subject, events } = queue(3);
    for (let item = 1; item <= 10; item++) subject.push(item);
    expect(subject.length).toBe(3);
    expect(events.dropped).toBe(7);
    expect([(await subject.next()).value, (await subject.next()).value, (await subject.next()).value]).toEqual([
      8, 9, 10,
    ]);
  });

  it('hands an item to a waiting reader at once, and reads an end after what waits, then is done once', async () => {
    const { subject, events } = queue(2);
    const waiting = subject.next();
    subject.push(1);
    expect(await waiting).toEqual({ value: 1, done: false });
    subject.push(2);
    subject.push(3);
    subject.end(99);
    subject.push(4);
    const read: number[] = [];
    for await (const item of subject) read.push(item);
    expect(read).toEqual([2, 3, 99]);
    expect(events).toEqual({ dropped: 0, done: 1 });
  });

  it('releases what it holds when its reader returns, and resolves a pending read as done', async () => {
    const { subject, events } = queue(5);
    subject.push(1);
    await subject.next();
    const pending = subject.next();
    await subject.return();
    expect(await pending).toEqual({ value: undefined, done: true });
    subject.push(2);
    expect(subject.length).toBe(0);
    expect(events.done).toBe(1);
  });
});
