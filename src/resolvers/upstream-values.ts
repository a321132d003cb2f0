// What the gateway serves of a value HighLevel sent, decided in one place: the field's type must be able to hold it.
// A value it cannot hold (an object where a String belongs, a word where a Float does, an id that is not a string,
// JSON nested deeper than MAX_JSON_DEPTH) is null with UPSTREAM_UNAVAILABLE at that field: the caller learns that
// something was there and could not be read, the rest of the response arrives, and nothing becomes an uncoded error
// or a 500. Otherwise GraphQL's own output coercion applies (a number as a String, a numeric string as a Float),
// except for ids: HighLevel's are strings, and lookups are built from them.
import {
  defaultFieldResolver,
  type GraphQLError,
  type GraphQLFieldResolver,
  GraphQLID,
  type GraphQLOutputType,
  type GraphQLSchema,
  isEnumType,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
} from 'graphql';

import { gatewayError } from '../errors.js';
import { isNestedDeeper } from '../guards.js';

/**
 * How deeply a JSON value (extracted data, raw parameters, a translation) may nest objects and arrays. Real ones nest
 * a few levels; the bound keeps every later walk of a response (serialization, the response cache) far from the
 * stack's limit, which a value 10,000 levels deep reaches.
 */
const MAX_JSON_DEPTH = 100;

/** UPSTREAM_UNAVAILABLE for a value of the wrong kind: `what` HighLevel sent, and what the field needed instead. */
export function unreadable(what: string, expected: string): GraphQLError {
  return gatewayError('UPSTREAM_UNAVAILABLE', `HighLevel sent ${what} that is not ${expected}.`);
}

/** A JSON value as HighLevel sent it, when it nests no deeper than {@link MAX_JSON_DEPTH}. */
export function boundedJson(value: unknown): unknown {
  if (isNestedDeeper(value, MAX_JSON_DEPTH)) {
    throw unreadable('a JSON value', `nested at most ${MAX_JSON_DEPTH} levels deep`);
  }
  return value;
}

/** A value HighLevel sent (not undefined: no JSON text), as JSON text; bounded first, as JSON.stringify recurses. */
export function jsonText(value: unknown): string {
  return JSON.stringify(boundedJson(value));
}

/**
 * `value` as `type` serializes it: null when HighLevel sent none, UPSTREAM_UNAVAILABLE naming `what` when the type
 * cannot hold it. An ID must be a string.
 */
export function readLeaf<Serialized>(
  type: { name: string; serialize(value: unknown): Serialized },
  value: unknown,
  what: string,
): Serialized | null {
  if (value === null || value === undefined) return null;
  if (type.name === GraphQLID.name) {
    if (typeof value !== 'string') throw unreadable(what, 'an ID (a string)');
    return type.serialize(value);
  }
  try {
    return type.serialize(value);
  } catch {
    throw unreadable(what, `${/^[AEIOU]/.test(type.name) ? 'an' : 'a'} ${type.name}`);
  }
}

/** Throws UPSTREAM_UNAVAILABLE when a value HighLevel sent cannot be served as the field's type. */
type Checker = (value: unknown) => void;

/**
 * The check of what a field's resolver returned against the field's type, for the built-in scalars and enums (whose
 * serialization errors carry no code) and lists (a list field given something else); undefined for the rest: the
 * gateway's own scalars, DateTime and JSON, code their refusals themselves, and objects are read by their own fields.
 * Built once per field, so that a value of the right kind (nearly all of them) passes on a `typeof` or two.
 */
function checkerFor(type: GraphQLOutputType, coordinate: string): Checker | undefined {
  if (isNonNullType(type)) {
    const inner = checkerFor(type.ofType, coordinate);
    return (value) => {
      if (value === null || value === undefined) {
        throw gatewayError('UPSTREAM_UNAVAILABLE', `HighLevel sent no value for ${coordinate}, which always has one.`);
      }
      inner?.(value);
    };
  }
  if (isListType(type)) {
    const item = checkerFor(type.ofType, coordinate);
    return (value) => {
      if (value === null || value === undefined) return;
      if (!Array.isArray(value)) throw unreadable(`a value for ${coordinate}`, 'a list');
      if (item) for (const entry of value) item(entry);
    };
  }
  if (!((isScalarType(type) && isSpecifiedScalarType(type)) || isEnumType(type))) return undefined;
  const passes = PASSES[type.name];
  return (value) => {
    if (value === null || value === undefined || passes?.(value) === true) return;
    readLeaf(type, value, `a value for ${coordinate}`);
  };
}

/** Values the built-in scalars serialize as they are: no need to ask the type (which is asked again when served). */
const PASSES: Readonly<Record<string, (value: unknown) => boolean>> = {
  String: (value) => typeof value === 'string',
  ID: (value) => typeof value === 'string',
  Boolean: (value) => typeof value === 'boolean',
  Float: (value) => typeof value === 'number' && Number.isFinite(value),
  Int: (value) => Number.isSafeInteger(value) && Math.abs(value as number) <= 2 ** 31 - 1,
};

/** Fields whose values are checked: leaves of the built-in scalars and enums, and lists. */
function isChecked(type: GraphQLOutputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner) || (isScalarType(inner) && isSpecifiedScalarType(inner)) || isEnumType(inner);
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * Wraps the resolver of every checked field of every object type (explicit or default: most fields pass a DTO's
 * value through), so that whatever HighLevel sent is checked at the field that serves it. Root fields are left
 * alone: they return the gateway's own objects.
 */
export function guardUpstreamValues(schema: GraphQLSchema): void {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type) || roots.has(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const check = isChecked(field.type) ? checkerFor(field.type, `${type.name}.${field.name}`) : undefined;
      if (!check) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      const checked = (value: unknown): unknown => {
        check(value);
        return value;
      };
      field.resolve = (source, args, context, info) => {
        const value = resolve(source, args, context, info);
        return isPromiseLike(value) ? value.then(checked) : checked(value);
      };
    }
  }
}
