// The upstream clients bound to one operation's scope: the only way resolvers and loaders reach HighLevel.
import { getAgent } from './agents.js';
import { getCalendar } from './calendars.js';
import { getCallLog, listCallLogs, type CallLogListParams } from './call-logs.js';
import { getContact } from './contacts.js';
import { listContactFields } from './custom-fields.js';
import type { UpstreamHttp } from './http.js';
import { getKnowledgeBase } from './knowledge-bases.js';
import { getMessage } from './messages.js';
import type { UpstreamScope } from './scope.js';
import { listWorkflows } from './workflows.js';

export type UpstreamClients = ReturnType<typeof createUpstreamClients>;

export function createUpstreamClients(http: UpstreamHttp, scope: UpstreamScope) {
  /**
   * Contacts, calendars, knowledge bases and messages are read by id alone, so their location is known only from
   * the answer: a caller limited to some locations gets FORBIDDEN, and nothing of the record, for any other.
   */
  const readable = <Dto extends { locationId?: string }>(dto: Dto): Dto => {
    scope.assertReadable(dto.locationId);
    return dto;
  };
  return {
    listCallLogs: (params: CallLogListParams) => listCallLogs(http, scope, params),
    getCallLog: (locationId: string, callId: string) => getCallLog(http, scope, locationId, callId),
    getAgent: (locationId: string, agentId: string) => getAgent(http, scope, locationId, agentId),
    getContact: async (contactId: string, locationId?: string) =>
      readable(await getContact(http, scope, contactId, locationId)),
    getCalendar: async (calendarId: string, locationId?: string) =>
      readable(await getCalendar(http, scope, calendarId, locationId)),
    getKnowledgeBase: async (knowledgeBaseId: string, locationId?: string) =>
      readable(await getKnowledgeBase(http, scope, knowledgeBaseId, locationId)),
    getMessage: async (messageId: string, locationId?: string) =>
      readable(await getMessage(http, scope, messageId, locationId)),
    listWorkflows: (locationId: string) => listWorkflows(http, scope, locationId),
    listContactFields: (locationId: string) => listContactFields(http, scope, locationId),
  };
}
