// The upstream clients bound to one operation's scope: the only way resolvers and loaders reach HighLevel.
import type { CachedResource, ReferenceCache } from '../cache.js';
import { getAgent } from './agents.js';
import { getCalendar } from './calendars.js';
import { type CallLogListParams, getCallLog, listCallLogs } from './call-logs.js';
import { getContact } from './contacts.js';
import { listContactFields } from './custom-fields.js';
import { lookupId, type UpstreamHttp } from './http.js';
import { getKnowledgeBase } from './knowledge-bases.js';
import { getMessage } from './messages.js';
import type { UpstreamScope } from './scope.js';
import { listWorkflows } from './workflows.js';

export type UpstreamClients = ReturnType<typeof createUpstreamClients>;

export function createUpstreamClients(http: UpstreamHttp, scope: UpstreamScope, cache?: ReferenceCache) {
  /**
   * Contacts, calendars, knowledge bases and messages are read by id alone, so their location is known only from
   * the answer: a caller limited to some locations gets FORBIDDEN, and nothing of the record, for any other location
   * and for a record that names none.
   */
  const readable = <Dto extends { locationId?: string }>(resource: string, dto: Dto): Dto => {
    scope.assertRecordReadable(resource, dto.locationId);
    return dto;
  };
  /**
   * Through the shared cache, when there is one. The id and the location are checked first: no cache key and no
   * request is made of an id that is no HighLevel id, and a cached answer must not reach a caller who may not read
   * its location (service-token callers share one credential).
   */
  const cached = async <T>(
    resource: CachedResource,
    id: string,
    locationId: string | undefined,
    load: () => Promise<T>,
  ): Promise<T> => {
    lookupId(id);
    scope.assertReadable(locationId);
    return cache ? cache.through({ credentialKey: scope.credentialKey, locationId, resource, id }, load) : load();
  };
  return {
    listCallLogs: (params: CallLogListParams) => listCallLogs(http, scope, params),
    getCallLog: (locationId: string, callId: string) =>
      cached('callLog', callId, locationId, () => getCallLog(http, scope, locationId, callId)),
    getAgent: (locationId: string, agentId: string) =>
      cached('agent', agentId, locationId, () => getAgent(http, scope, locationId, agentId)),
    getContact: async (contactId: string, locationId?: string) =>
      readable(
        'contact',
        await cached('contact', contactId, locationId, () => getContact(http, scope, contactId, locationId)),
      ),
    getCalendar: async (calendarId: string, locationId?: string) =>
      readable(
        'calendar',
        await cached('calendar', calendarId, locationId, () => getCalendar(http, scope, calendarId, locationId)),
      ),
    getKnowledgeBase: async (knowledgeBaseId: string, locationId?: string) =>
      readable(
        'knowledge base',
        await cached('knowledgeBase', knowledgeBaseId, locationId, () =>
          getKnowledgeBase(http, scope, knowledgeBaseId, locationId),
        ),
      ),
    getMessage: async (messageId: string, locationId?: string) =>
      readable(
        'message',
        await cached('message', messageId, locationId, () => getMessage(http, scope, messageId, locationId)),
      ),
    listWorkflows: (locationId: string) =>
      cached('workflows', locationId, locationId, () => listWorkflows(http, scope, locationId)),
    listContactFields: (locationId: string) =>
      cached('contactFields', locationId, locationId, () => listContactFields(http, scope, locationId)),
  };
}
