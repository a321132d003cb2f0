// Live events: what the webhook receiver (and, later, a poller) publishes, and what subscribers of a location
// receive. An event is plain JSON (no class, no function, no Date) so that an implementation across instances (Redis
// pub/sub, one channel per location: src/live/redis-events.ts) can carry it as it is; publish() is asynchronous for
// the same reason. The one here is in process: publish() hands the event to each listener of its location before it
// resolves.

import type { CallLogDto } from '../upstream/dto.js';

/** A Voice AI call ended: its call log as the REST API serves it, third parties' secrets masked. */
export interface CallLogCreatedEvent {
  kind: 'callLogCreated';
  locationId: string;
  callLog: CallLogDto;
  /** HighLevel's id of the delivery, when it sent one. */
  webhookId?: string;
}

export type LiveEvent = CallLogCreatedEvent;

export type LiveListener = (event: LiveEvent) => void;

/** Called with locations whose events this instance may have missed (see LiveEvents.onResync). */
export type ResyncListener = (locationIds: string[]) => void;

/** What a subscriber sees of the events: those of one location. */
export interface LiveEventSource {
  /**
   * Calls `listener` with each event of `locationId` published from now on, until the returned function is called.
   * Throws LiveListenerLimitError when the instance already holds its bound of listeners.
   */
  subscribe(locationId: string, listener: LiveListener): () => void;
}

export interface LiveEvents extends LiveEventSource {
  /** Never rejects: a webhook already verified is not failed by its delivery. */
  publish(event: LiveEvent): Promise<void>;
  /** Listeners held now, across locations. */
  readonly listenerCount: number;
  /**
   * Calls `listener` with the locations (of this instance's listeners) whose events may have been missed, once
   * delivery works again: with Redis, after the subscriber connection was lost (the listener re-reads those locations'
   * calls from HighLevel, so that subscribers are not silently stale). In process, never. Returns the function that
   * stops it.
   */
  onResync(listener: ResyncListener): () => void;
  /** Stops delivering: drops every listener and closes what the implementation holds open. */
  close(): Promise<void>;
}

export class LiveListenerLimitError extends Error {
  constructor(limit: number) {
    super(`This instance already holds ${limit} live listeners.`);
  }
}

/**
 * The listeners of this instance, by location, bounded. A listener's failure is reported and goes no further: the
 * other listeners get the event all the same, and the publisher (a webhook already verified) never fails because of
 * a subscriber.
 */
export class LocalListeners {
  private readonly byLocation = new Map<string, Set<LiveListener>>();
  private count = 0;

  /**
   * @param onFirst called when a location gets its first listener
   * @param onLast called when its last listener leaves
   */
  constructor(
    private readonly maxListeners: number,
    private readonly onListenerError: (error: unknown) => void,
    private readonly onFirst: (locationId: string) => void = () => undefined,
    private readonly onLast: (locationId: string) => void = () => undefined,
  ) {}

  get size(): number {
    return this.count;
  }

  /** Locations with at least one listener. */
  locations(): string[] {
    return [...this.byLocation.keys()];
  }

  has(locationId: string): boolean {
    return this.byLocation.has(locationId);
  }

  add(locationId: string, listener: LiveListener): () => void {
    if (this.count >= this.maxListeners) throw new LiveListenerLimitError(this.maxListeners);
    let listeners = this.byLocation.get(locationId);
    const first = !listeners;
    if (!listeners) this.byLocation.set(locationId, (listeners = new Set()));
    // The same function twice is two subscriptions: wrapped, each unsubscribes alone.
    const entry: LiveListener = (event) => {
      listener(event);
    };
    listeners.add(entry);
    this.count++;
    if (first) this.onFirst(locationId);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      if (!listeners.delete(entry)) return; // cleared meanwhile
      this.count--;
      if (listeners.size === 0 && this.byLocation.get(locationId) === listeners) {
        this.byLocation.delete(locationId);
        this.onLast(locationId);
      }
    };
  }

  deliver(event: LiveEvent): void {
    // A copy of the set: a listener that unsubscribes (or subscribes another) while called changes nothing here.
    for (const listener of [...(this.byLocation.get(event.locationId) ?? [])]) {
      try {
        listener(event);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }

  /** Forgets every listener (their unsubscribe functions then do nothing). */
  clear(): void {
    for (const [locationId, listeners] of [...this.byLocation]) {
      listeners.clear();
      this.byLocation.delete(locationId);
      this.onLast(locationId);
    }
    this.count = 0;
  }
}

/** One instance alone: publish() hands the event to this instance's listeners of its location. */
export function createInProcessLiveEvents(maxListeners: number, onListenerError: (error: unknown) => void): LiveEvents {
  const listeners = new LocalListeners(maxListeners, onListenerError);
  return {
    subscribe: (locationId, listener) => listeners.add(locationId, listener),
    publish(event) {
      listeners.deliver(event);
      return Promise.resolve();
    },
    get listenerCount() {
      return listeners.size;
    },
    onResync: () => () => undefined,
    close() {
      listeners.clear();
      return Promise.resolve();
    },
  };
}
