// Liberal readers for what HighLevel sends (action parameters, and record fields whose graph type is narrower than
// JSON's, such as Int): a value of the wrong type reads as null (an action's raw value stays available in
// `rawParameters`), so an odd upstream value never fails a whole call log, nor even its own field.
import { isRecord } from '../guards.js';

type Params = Readonly<Record<string, unknown>>;

export function readString(params: Params, key: string): string | null {
  const value = params[key];
  return typeof value === 'string' ? value : null;
}

export function readNumber(params: Params, key: string): number | null {
  const value = params[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * Every `Int` field reads through here: GraphQL's Int is 32-bit, so a fractional number, or one past 2^31 - 1 either
 * way, reads as null (without an error) rather than failing serialization.
 */
export function readInt(params: Params, key: string): number | null {
  const value = readNumber(params, key);
  return value !== null && Number.isSafeInteger(value) && Math.abs(value) <= 2 ** 31 - 1 ? value : null;
}

export function readBoolean(params: Params, key: string): boolean | null {
  const value = params[key];
  return typeof value === 'boolean' ? value : null;
}

export function readStringList(params: Params, key: string): string[] {
  const value = params[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function readRecord(params: Params, key: string): Params | null {
  const value = params[key];
  return isRecord(value) ? value : null;
}

export function readRecordList(params: Params, key: string): Params[] {
  const value = params[key];
  return Array.isArray(value) ? value.filter(isRecord) : [];
}
