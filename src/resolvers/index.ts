// The resolver map, assembled from one module per resource. Typed by graphql-codegen: no casts.
import type { Resolvers } from '../generated/graphql.js';
import { actionResolvers } from './actions.js';
import { agentResolvers } from './agents.js';
import { calendarResolvers } from './calendars.js';
import { callLogResolvers } from './call-logs.js';
import { contactResolvers } from './contacts.js';
import { customFieldResolvers } from './custom-fields.js';
import { knowledgeBaseResolvers } from './knowledge-bases.js';
import { messageResolvers } from './messages.js';
import { scalarResolvers } from './scalars.js';
import { workflowResolvers } from './workflows.js';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  ...callLogResolvers,
  ...actionResolvers,
  ...contactResolvers,
  ...agentResolvers,
  ...workflowResolvers,
  ...calendarResolvers,
  ...customFieldResolvers,
  ...knowledgeBaseResolvers,
  ...messageResolvers,
};
