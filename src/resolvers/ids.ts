// Ids from callers are checked before they reach an upstream URL: HighLevel ids are short opaque tokens.
import { badUserInput } from '../errors.js';

const HIGHLEVEL_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Typed `string`, but entity representations from a router are any JSON: anything else is refused too. */
export function assertId(value: unknown, argumentName: string): string {
  if (typeof value !== 'string' || !HIGHLEVEL_ID.test(value))
    throw badUserInput(`\`${argumentName}\` is not a HighLevel id (1-64 letters, digits, _ or -).`, argumentName);
  return value;
}
