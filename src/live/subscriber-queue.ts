// What waits for one subscriber: events pushed by the live events (in the publisher's turn, never awaited) and read
// by the transport as fast as its client takes them. Bounded: past `capacity` the oldest waiting item is dropped and
// reported, so a client that reads slowly (or not at all) costs a fixed amount of memory, and the publisher never
// waits for it. An end is never dropped: it is kept apart and read after what still waits.

export class SubscriberQueue<Item> implements AsyncIterableIterator<Item> {
  private readonly items: Item[] = [];
  private last: Item | undefined;
  private ended = false;
  private waiting: ((result: IteratorResult<Item>) => void) | undefined;

  constructor(
    private readonly capacity: number,
    private readonly onDrop: () => void,
    /** Called once, when the queue is done: read to its end, returned by its reader, or closed. */
    private readonly onDone: () => void,
  ) {}

  push(item: Item): void {
    if (this.ended) return;
    if (this.waiting) {
      this.resolveWaiting({ value: item, done: false });
      return;
    }
    if (this.items.length >= this.capacity) {
      this.items.shift();
      this.onDrop();
    }
    this.items.push(item);
  }

  /** Ends the queue after what already waits, and after `last` when given (an end of the subscription's own). */
  end(last?: Item): void {
    if (this.ended) return;
    this.ended = true;
    this.last = last;
    if (!this.waiting) return;
    if (last === undefined) this.finish();
    else {
      this.last = undefined;
      this.resolveWaiting({ value: last, done: false });
    }
  }

  get length(): number {
    return this.items.length;
  }

  next(): Promise<IteratorResult<Item>> {
    const item = this.items.shift();
    if (item !== undefined) return Promise.resolve({ value: item, done: false });
    if (this.ended) {
      const last = this.last;
      this.last = undefined;
      if (last !== undefined) return Promise.resolve({ value: last, done: false });
      this.finish();
      return Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  /** The reader is gone (the client unsubscribed, or its connection closed): nothing more is kept for it. */
  return(): Promise<IteratorResult<Item>> {
    this.items.length = 0;
    this.last = undefined;
    this.ended = true;
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private resolveWaiting(result: IteratorResult<Item>): void {
    const resolve = this.waiting;
    this.waiting = undefined;
    resolve?.(result);
  }

  private done = false;

  private finish(): void {
    if (this.waiting) this.resolveWaiting({ value: undefined, done: true });
    if (this.done) return;
    this.done = true;
    this.onDone();
  }
}
