// The resolver map, assembled from one module per resource. Typed by graphql-codegen: no casts.
import { GraphQLScalarType } from 'graphql';

import type { Resolvers } from '../generated/graphql.js';
import { actionResolvers } from './actions.js';
import { agentResolvers } from './agents.js';
import { calendarResolvers } from './calendars.js';
import { callLogResolvers } from './call-logs.js';
import { contactResolvers } from './contacts.js';
import { customFieldResolvers } from './custom-fields.js';
import { knowledgeBaseResolvers } from './knowledge-bases.js';
import { liveResolvers } from './live.js';
import { messageResolvers } from './messages.js';
import { scalarResolvers } from './scalars.js';
import { statisticsResolvers } from './statistics.js';
import { workflowResolvers } from './workflows.js';

/**
 * Merges resolver maps type by type, so that several modules can each add fields to one type (`Query`, or an
 * entity another feature extends). A field, or a scalar, that two modules define is an error when the map is built,
 * at startup: an object spread would keep the last module's `Query` and silently drop the others.
 */
export function mergeResolvers(modules: readonly Resolvers[]): Resolvers {
  const merged: Resolvers = {};
  for (const module of modules) {
    for (const typeName of ownKeys(module)) mergeType(merged, typeName, module[typeName]);
  }
  return merged;
}

/** `Object.keys`, typed: inside a generic function, `for…in` knows its keys are the object's own. */
function ownKeys<Map extends object>(map: Map): Extract<keyof Map, string>[] {
  const keys: Extract<keyof Map, string>[] = [];
  for (const key in map) if (Object.hasOwn(map, key)) keys.push(key);
  return keys;
}

function mergeType<Name extends keyof Resolvers>(merged: Resolvers, name: Name, resolvers: Resolvers[Name]): void {
  if (resolvers === undefined) return;
  const existing = merged[name];
  if (existing === undefined) {
    merged[name] = resolvers;
    return;
  }
  if (existing instanceof GraphQLScalarType || resolvers instanceof GraphQLScalarType) {
    throw new Error(`Two resolver modules define the scalar ${name}.`);
  }
  const clash = Object.keys(resolvers).find((field) => Object.hasOwn(existing, field));
  if (clash !== undefined) throw new Error(`Two resolver modules define ${name}.${clash}.`);
  // Both are field maps here (scalars were refused above), which the generic types cannot see.
  merged[name] = Object.assign({}, existing, resolvers);
}

export const resolvers: Resolvers = mergeResolvers([
  scalarResolvers,
  callLogResolvers,
  actionResolvers,
  contactResolvers,
  agentResolvers,
  workflowResolvers,
  calendarResolvers,
  liveResolvers,
  customFieldResolvers,
  knowledgeBaseResolvers,
  messageResolvers,
  statisticsResolvers,
]);
