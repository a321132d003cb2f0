// The upstream clients bound to one request's credential: the only way resolvers and loaders reach HighLevel.
import { getAgent } from './agents.js';
import { getCalendar } from './calendars.js';
import { getCallLog, listCallLogs, type CallLogListParams } from './call-logs.js';
import { getContact } from './contacts.js';
import { listContactFields } from './custom-fields.js';
import type { UpstreamHttp } from './http.js';
import { getKnowledgeBase } from './knowledge-bases.js';
import { getMessage } from './messages.js';
import { listWorkflows } from './workflows.js';

export type UpstreamClients = ReturnType<typeof createUpstreamClients>;

export function createUpstreamClients(http: UpstreamHttp, token: string | null) {
  return {
    listCallLogs: (params: CallLogListParams) => listCallLogs(http, token, params),
    getCallLog: (locationId: string, callId: string) => getCallLog(http, token, locationId, callId),
    getAgent: (locationId: string, agentId: string) => getAgent(http, token, locationId, agentId),
    getContact: (contactId: string) => getContact(http, token, contactId),
    getCalendar: (calendarId: string) => getCalendar(http, token, calendarId),
    getKnowledgeBase: (knowledgeBaseId: string) => getKnowledgeBase(http, token, knowledgeBaseId),
    getMessage: (messageId: string) => getMessage(http, token, messageId),
    listWorkflows: (locationId: string) => listWorkflows(http, token, locationId),
    listContactFields: (locationId: string) => listContactFields(http, token, locationId),
  };
}
