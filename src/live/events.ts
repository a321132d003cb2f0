// Live events: what the webhook receiver (and, later, a poller) publishes, and what subscribers of a location
// receive. An event is plain JSON (no class, no function, no Date) so that an implementation across instances (Redis
// pub/sub, one channel per location) can carry it as it is; publish() is asynchronous for the same reason. This one
// is in process: publish() hands the event to each listener of its location before it resolves.

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

type LiveListener = (event: LiveEvent) => void;

/** What a subscriber sees of the events: those of one location. */
export interface LiveEventSource {
  /**
   * Calls `listener` with each event of `locationId` published from now on, until the returned function is called.
   * Throws LiveListenerLimitError when the instance already holds its bound of listeners.
   */
  subscribe(locationId: string, listener: LiveListener): () => void;
}

export interface LiveEvents extends LiveEventSource {
  publish(event: LiveEvent): Promise<void>;
  /** Listeners held now, across locations. */
  readonly listenerCount: number;
}

export class LiveListenerLimitError extends Error {
  constructor(limit: number) {
    super(`This instance already holds ${limit} live listeners.`);
  }
}

/**
 * A listener's failure is reported and goes no further: the other listeners get the event all the same, and the
 * publisher (a webhook already verified) never fails because of a subscriber.
 */
export function createInProcessLiveEvents(maxListeners: number, onListenerError: (error: unknown) => void): LiveEvents {
  const byLocation = new Map<string, Set<LiveListener>>();
  let count = 0;
  return {
    subscribe(locationId, listener) {
      if (count >= maxListeners) throw new LiveListenerLimitError(maxListeners);
      let listeners = byLocation.get(locationId);
      if (!listeners) byLocation.set(locationId, (listeners = new Set()));
      // The same function twice is two subscriptions: wrapped, each unsubscribes alone.
      const entry: LiveListener = (event) => {
        listener(event);
      };
      listeners.add(entry);
      count++;
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        count--;
        listeners.delete(entry);
        if (listeners.size === 0 && byLocation.get(locationId) === listeners) byLocation.delete(locationId);
      };
    },
    publish(event) {
      // A copy of the set: a listener that unsubscribes (or subscribes another) while called changes nothing here.
      for (const listener of [...(byLocation.get(event.locationId) ?? [])]) {
        try {
          listener(event);
        } catch (error) {
          onListenerError(error);
        }
      }
      return Promise.resolve();
    },
    get listenerCount() {
      return count;
    },
  };
}
