// One DataLoader per keyed lookup, created per request: batching and de-duplication happen within one GraphQL
// operation and never across callers. Keys carry every argument that changes the response.
import DataLoader from 'dataloader';

import { isErrorCode } from './errors.js';
import type { UpstreamClients } from './upstream/clients.js';
import type {
  AgentDto,
  CalendarDto,
  CallLogDto,
  ContactDto,
  CustomFieldDto,
  KnowledgeBaseDto,
  MessageDto,
  WorkflowDto,
} from './upstream/dto.js';

/** A lookup scoped to a location: HighLevel needs the location for these, and ids are only unique within it. */
interface LocatedKey {
  locationId: string;
  id: string;
}

export interface Loaders {
  callLog: DataLoader<LocatedKey, CallLogDto | null, string>;
  agent: DataLoader<LocatedKey, AgentDto | null, string>;
  contact: DataLoader<ReferenceKey, ContactDto | null, string>;
  calendar: DataLoader<ReferenceKey, CalendarDto | null, string>;
  knowledgeBase: DataLoader<ReferenceKey, KnowledgeBaseDto | null, string>;
  message: DataLoader<ReferenceKey, MessageDto | null, string>;
  /** A location's workflows by id: one upstream list per location, however many workflows are referenced. */
  workflowsByLocation: DataLoader<string, ReadonlyMap<string, WorkflowDto> | null>;
  /** A location's contact custom fields by id: one upstream list per location. */
  contactFieldsByLocation: DataLoader<string, ReadonlyMap<string, CustomFieldDto> | null>;
}

/** What the loaders report (implemented by the gateway's metrics). */
export interface LoaderObserver {
  loaderBatch(loader: string, size: number): void;
}

export function createLoaders(clients: UpstreamClients, observer?: LoaderObserver): Loaders {
  const perKeyLoader = <K, V, C = K>(name: string, fetchOne: (key: K) => Promise<V>, cacheKeyFn?: (key: K) => C) =>
    createPerKeyLoader(fetchOne, cacheKeyFn, (size) => {
      observer?.loaderBatch(name, size);
    });
  return {
    callLog: perKeyLoader('callLog', ({ locationId, id }) => clients.getCallLog(locationId, id), locatedCacheKey),
    agent: perKeyLoader('agent', ({ locationId, id }) => clients.getAgent(locationId, id), locatedCacheKey),
    contact: perKeyLoader(
      'contact',
      ({ id, locationId }: ReferenceKey) => clients.getContact(id, locationId),
      referenceCacheKey,
    ),
    calendar: perKeyLoader(
      'calendar',
      ({ id, locationId }: ReferenceKey) => clients.getCalendar(id, locationId),
      referenceCacheKey,
    ),
    knowledgeBase: perKeyLoader(
      'knowledgeBase',
      ({ id, locationId }: ReferenceKey) => clients.getKnowledgeBase(id, locationId),
      referenceCacheKey,
    ),
    message: perKeyLoader(
      'message',
      ({ id, locationId }: ReferenceKey) => clients.getMessage(id, locationId),
      referenceCacheKey,
    ),
    workflowsByLocation: perKeyLoader('workflowsByLocation', async (locationId: string) =>
      byId(await clients.listWorkflows(locationId)),
    ),
    contactFieldsByLocation: perKeyLoader('contactFieldsByLocation', async (locationId: string) =>
      byId(await clients.listContactFields(locationId)),
    ),
  };
}

/**
 * A resource HighLevel addresses by id alone. The location, when the referencing call log tells it, only keys the
 * rate limiter: it does not change the answer, so it is not part of the cache key.
 */
interface ReferenceKey {
  id: string;
  locationId?: string;
}

function referenceCacheKey({ id }: ReferenceKey): string {
  return id;
}

function locatedCacheKey({ locationId, id }: LocatedKey): string {
  return `${locationId}\u0000${id}`;
}

/**
 * A loader over an upstream that has no batch endpoint: the distinct keys of one tick are fetched concurrently,
 * one request each. A 404 is a value (null: the referenced resource is gone). Any other failure fails that key
 * alone, so one broken reference does not null its neighbours, and is evicted from the cache so that it is not
 * remembered as the answer for the rest of the operation.
 */
function createPerKeyLoader<K, V, C = K>(
  fetchOne: (key: K) => Promise<V>,
  cacheKeyFn: ((key: K) => C) | undefined,
  onBatch: (size: number) => void,
): DataLoader<K, V | null, C> {
  const loader: DataLoader<K, V | null, C> = new DataLoader(
    (keys) => {
      onBatch(keys.length);
      return Promise.all(
        keys.map((key) =>
          fetchOne(key).then(
            (value): V | null => value,
            (error: unknown) => {
              if (isErrorCode(error, 'NOT_FOUND')) return null;
              queueMicrotask(() => loader.clear(key));
              return error instanceof Error ? error : new Error(String(error));
            },
          ),
        ),
      );
    },
    cacheKeyFn ? { cacheKeyFn } : {},
  );
  return loader;
}

/** Typed `string`, but an id in HighLevel's list may be anything: only a string can be looked up. */
function byId<T extends { id?: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.flatMap((item): [string, T][] => (typeof item.id === 'string' ? [[item.id, item]] : [])));
}
