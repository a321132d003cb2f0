// Values for generated GraphQL variables and literals: plausible ones, and the odd ones (wrong types, edge numbers,
// hostile strings, forged cursors and ids) that a caller can send.
import fc from 'fast-check';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Any generated value as text (String() throws on an object whose own `toString` is not a function). */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return typeof value;
  return JSON.stringify(value);
}

/** `valid` four times in five, `odd` otherwise. */
export function mostly<T, U>(valid: fc.Arbitrary<T>, odd: fc.Arbitrary<U>): fc.Arbitrary<T | U> {
  return fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: odd });
}

/** `arbitrary` one time in `oneIn`, null otherwise. */
export function rarely<T>(arbitrary: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: 1, arbitrary }, { weight: oneIn - 1, arbitrary: fc.constant(null) });
}

/** A JSON value written as a GraphQL literal (keys that are not GraphQL names are dropped). */
export function graphqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(graphqlLiteral).join(', ')}]`;
  if (isRecord(value))
    return `{ ${Object.entries(value)
      .filter(([key]) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(key))
      .map(([key, item]) => `${key}: ${graphqlLiteral(item)}`)
      .join(', ')} }`;
  return 'null';
}

export const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
});
const controlCharacters = fc.string({
  unit: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  minLength: 1,
});
const unicode = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('😀', '👨‍👩‍👧‍👦', 'ﬀ', 'İ', '\u202e', '\ufeff', '\u2028', '\ud800', '\udfff', 'Ω≈ç√∫', '𝕏', 'é'),
);
export const weirdString = fc.oneof(
  printable,
  unicode,
  controlCharacters,
  fc.constantFrom('', ' ', 'null', 'undefined', 'NaN', '__proto__', 'constructor', '%00', '\\', '"', '${x}', '{{x}}'),
);
export const hugeString = fc
  .tuple(fc.integer({ min: 10_000, max: 300_000 }), fc.constantFrom('a', 'é', '😀', '\u0000', '"', '\\'))
  .map(([length, unit]) => unit.repeat(length));

export const weirdNumber = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    3,
    50,
    51,
    199,
    200,
    201,
    2 ** 31 - 1,
    2 ** 31,
    -(2 ** 31),
    -(2 ** 31) - 1,
    2 ** 53,
    2 ** 53 + 2,
    1e21,
    1e308,
    -1e308,
    5e-324,
    0.5,
    -0.5,
    1.0000001,
  ),
  fc.integer({ min: -1_000, max: 1_000 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', '0x10', ' 7 ', '٣', '1_000', '20'),
);

const validId = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
export const weirdId = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('LOC123456789ABCDEF', 've9EPM428h8vShlRW1KT', '507f1f77bcf86cd799439011') },
  { weight: 2, arbitrary: validId },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '../../contacts/x',
      'a/b',
      '/',
      '.',
      '..',
      '%2e%2e',
      '%2F',
      '..%2F..%2F',
      'a%00b',
      'a\u0000b',
      'a b',
      'a?b=c',
      'a#b',
      'a&locationId=x',
      'a;b',
      '😀',
      'ｌｏｃ',
      'a'.repeat(65),
      '',
      ' ',
      'null',
      'undefined',
      '__proto__',
      '\\..\\',
      'LOC123456789ABCDEF\n',
    ),
  },
  { weight: 2, arbitrary: weirdString },
);
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  weirdNumber,
  weirdString,
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
  fc.dictionary(printable, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
);

const base64Junk = fc
  .uint8Array({ maxLength: 64 })
  .chain((bytes) => fc.constantFrom(Buffer.from(bytes).toString('base64'), Buffer.from(bytes).toString('base64url')));
/** Cursors: junk, forged ones, the real ones of the unfiltered list (foreign on any other filter or order), mutants. */
export function cursorArbitrary(realCursors: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    base64Junk,
    fc
      .tuple(
        fc.constantFrom('cl2', 'cl1', 'CL2', ''),
        fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{10}$/), printable),
        fc.oneof(fc.nat().map(String), fc.constantFrom('-1', '1e3', '999999999', '1000000000', '0x1', '', ' 1')),
        fc.oneof(fc.nat().map(String), fc.constantFrom('999999999999999', '-5', 'NaN', '')),
        fc.option(printable),
      )
      .map(([prefix, fingerprint, offset, snapshot, rest]) =>
        Buffer.from([prefix, fingerprint, offset, snapshot, ...(rest === null ? [] : [rest])].join(':')).toString(
          'base64url',
        ),
      ),
    // A real cursor of the unfiltered list: foreign on any other filter or order.
    fc.integer({ min: 0, max: 29 }).map((index) => realCursors[index] ?? ''),
    // A real cursor with one character changed.
    fc
      .tuple(fc.integer({ min: 0, max: 29 }), fc.nat(), fc.string({ minLength: 1, maxLength: 1 }))
      .map(([index, at, char]) => {
        const text = realCursors[index] ?? '';
        const position = at % Math.max(1, text.length);
        return text.slice(0, position) + char + text.slice(position + 1);
      }),
    weirdString,
  );
}

export const dateTime = fc.oneof(
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc
    .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString()),
  fc.constantFrom(
    '2025-02-30T00:00:00Z',
    '2025-13-01T00:00:00Z',
    '2025-01-01',
    '2025-01-01T00:00:00',
    '2025-01-01T25:00:00Z',
    '0000-01-01T00:00:00Z',
    '1969-12-31T23:59:59.999Z',
    '1970-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '+275760-09-13T00:00:00.000Z',
    '-271821-04-20T00:00:00.000Z',
    'now',
    'yesterday',
  ),
  weirdNumber,
  junk,
);
const dateRange = fc.oneof(
  fc.record({ from: dateTime, to: dateTime }, { requiredKeys: [] }),
  // Reversed: from after to.
  fc
    .tuple(fc.date({ noInvalidDate: true }), fc.integer({ min: 1, max: 10 ** 11 }))
    .filter(([date, delta]) => Number.isFinite(date.getTime() + delta) && date.getTime() + delta < 8.64e15)
    .map(([date, delta]) => ({ from: new Date(date.getTime() + delta).toISOString(), to: date.toISOString() })),
  junk,
);
const isActionType = (value: string) => /^[A-Z_]+$/.test(value) && value !== 'BOGUS';
const actionType = fc.constantFrom(
  'CALL_TRANSFER',
  'SMS',
  'DATA_EXTRACTION',
  'IN_CALL_DATA_EXTRACTION',
  'WORKFLOW_TRIGGER',
  'APPOINTMENT_BOOKING',
  'CUSTOM_ACTION',
  'KNOWLEDGE_BASE',
  'BOGUS',
  'sms',
  '',
);
const validDateRange = fc
  .tuple(
    fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true }),
    fc.integer({ min: 1, max: 90 * 86_400_000 }),
  )
  .map(([from, span]) => ({ from: from.toISOString(), to: new Date(from.getTime() + span).toISOString() }));
export const filter = mostly(
  fc.record(
    {
      agentId: mostly(validId, fc.oneof(weirdId, junk)),
      contactIds: mostly(
        fc.array(validId, { maxLength: 8 }),
        fc.oneof(
          fc.array(weirdId, { maxLength: 8 }),
          // Very long lists: an upstream URL HighLevel refuses.
          fc.integer({ min: 2_000, max: 4_000 }).map((count) => Array.from({ length: count }, (_, i) => `c${i}`)),
          junk,
        ),
      ),
      callType: mostly(fc.constantFrom('LIVE', 'TRIAL'), fc.oneof(fc.constantFrom('live', 'BOTH', ''), junk)),
      createdAt: mostly(validDateRange, dateRange),
      actionTypes: mostly(
        fc.array(actionType.filter(isActionType), { maxLength: 4 }),
        fc.oneof(fc.array(actionType), junk),
      ),
      unknownField: junk,
    },
    { requiredKeys: [] },
  ),
  junk,
);
export const orderBy = mostly(
  fc.record({ field: fc.constantFrom('CREATED_AT', 'DURATION'), direction: fc.constantFrom('ASC', 'DESC') }),
  fc.oneof(
    fc.record(
      {
        field: fc.oneof(fc.constantFrom('CREATED_AT', 'DURATION', 'NAME', 'created_at'), junk),
        direction: fc.oneof(fc.constantFrom('ASC', 'DESC', 'asc', 'UP'), junk),
      },
      { requiredKeys: [] },
    ),
    junk,
  ),
);
export const representation = fc.oneof(
  fc.record(
    {
      __typename: fc.oneof(
        fc.constantFrom(
          'CallLog',
          'Contact',
          'Agent',
          'Workflow',
          'CustomField',
          'Calendar',
          'KnowledgeBase',
          'Message',
          'Query',
          'CallLogConnection',
          '__proto__',
          'constructor',
        ),
        junk,
      ),
      id: fc.oneof(weirdId, junk),
      locationId: fc.oneof(weirdId, junk),
    },
    { requiredKeys: [] },
  ),
  junk,
);
