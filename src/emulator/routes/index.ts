// Every HighLevel route the emulator serves.
import { getAgent } from './agents.js';
import { getCalendar } from './calendars.js';
import { getCallLog, listCallLogs } from './call-logs.js';
import { getContact } from './contacts.js';
import { listCustomFields } from './custom-fields.js';
import { getKnowledgeBase } from './knowledge-bases.js';
import { getMessage } from './messages.js';
import type { EmulatorRoute } from './route.js';
import { listWorkflows } from './workflows.js';

export const ROUTES: readonly EmulatorRoute[] = [
  listCallLogs,
  getCallLog,
  getAgent,
  getContact,
  listWorkflows,
  getCalendar,
  listCustomFields,
  getKnowledgeBase,
  getMessage,
];
