// Ids are checked before they reach an upstream URL, wherever they come from: HighLevel ids are short opaque tokens.
// A caller's id that is not one is the caller's mistake; an id HighLevel itself sent that is not one is HighLevel's.
import { badUserInput, gatewayError } from '../errors.js';
import { isHighLevelId } from '../guards.js';

/** Typed `string`, but entity representations from a router are any JSON: anything else is refused too. */
export function assertId(value: unknown, argumentName: string): string {
  if (!isHighLevelId(value))
    throw badUserInput(`\`${argumentName}\` is not a HighLevel id (1-64 letters, digits, _ or -).`, argumentName);
  return value;
}

/**
 * The id a HighLevel record references another by: null when there is none; an object, a list, a number or a
 * string that is no HighLevel id is unreadable (its lookup would build an upstream URL from it).
 */
export function referencedId(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (!isHighLevelId(value)) {
    throw gatewayError('UPSTREAM_UNAVAILABLE', 'HighLevel referenced a record by something that is not an id.');
  }
  return value;
}
