// Readers for what HighLevel sends under a name (action parameters, and record fields whose graph type differs from
// the DTO's): null when HighLevel sent none; a value the field's type cannot hold is null with UPSTREAM_UNAVAILABLE
// at that field alone (src/resolvers/upstream-values.ts), and an action's raw value stays in `rawParameters`.
// Lists are read item by item: an item of the wrong type is left out.
import { GraphQLBoolean, GraphQLFloat, GraphQLID, GraphQLInt, GraphQLString } from 'graphql';

import { isRecord } from '../guards.js';
import { readLeaf, unreadable } from './upstream-values.js';

type Params = Readonly<Record<string, unknown>>;

const named = (key: string) => `\`${key}\` as a value`;

export function readString(params: Params, key: string): string | null {
  return readLeaf(GraphQLString, params[key], named(key));
}

/** An id HighLevel sent: a string, never a number or anything else GraphQL's ID would coerce. */
export function readId(params: Params, key: string): string | null {
  return readLeaf(GraphQLID, params[key], named(key));
}

export function readNumber(params: Params, key: string): number | null {
  return readLeaf(GraphQLFloat, params[key], named(key));
}

/** GraphQL's Int is 32-bit: a fractional number, or one past 2^31 - 1 either way, cannot be held. */
export function readInt(params: Params, key: string): number | null {
  return readLeaf(GraphQLInt, params[key], named(key));
}

export function readBoolean(params: Params, key: string): boolean | null {
  return readLeaf(GraphQLBoolean, params[key], named(key));
}

export function readStringList(params: Params, key: string): string[] {
  const value = params[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** An object HighLevel sent: null when it sent none, UPSTREAM_UNAVAILABLE when it sent something else. */
export function readRecord(params: Params, key: string): Params | null {
  const value = params[key];
  if (value === null || value === undefined) return null;
  if (!isRecord(value)) throw unreadable(named(key), 'an object');
  return value;
}

export function readRecordList(params: Params, key: string): Params[] {
  const value = params[key];
  return Array.isArray(value) ? value.filter(isRecord) : [];
}
