// Documents: random selections of the real schema, nesting, aliases, unknown fields, garbage, huge strings. The
// second property's cases.
import fc from 'fast-check';

import {
  asText,
  cursorArbitrary,
  dateTime,
  graphqlLiteral,
  hugeString,
  rarely,
  representation,
  weirdId,
  weirdString,
} from './values.js';

interface IntrospectedTypeRef {
  kind: string;
  name: string | null;
  ofType: IntrospectedTypeRef | null;
}
interface IntrospectedField {
  name: string;
  args: { name: string; type: IntrospectedTypeRef }[];
  type: IntrospectedTypeRef;
}
interface IntrospectedType {
  kind: string;
  name: string;
  fields: IntrospectedField[] | null;
  inputFields: { name: string; type: IntrospectedTypeRef }[] | null;
  enumValues: { name: string }[] | null;
  possibleTypes: { name: string }[] | null;
}
export interface IntrospectedSchema {
  types: IntrospectedType[];
}

/** Reads the schema the document generator walks. */
const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
export const INTROSPECTION = /* GraphQL */ `{ __schema { types {
  kind name
  fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } }
  inputFields { name type { ${TYPE_REF} } }
  enumValues { name }
  possibleTypes { name }
} } }`;

function namedType(ref: IntrospectedTypeRef): string {
  return ref.name ?? (ref.ofType ? namedType(ref.ofType) : 'String');
}
function isRequired(ref: IntrospectedTypeRef): boolean {
  return ref.kind === 'NON_NULL';
}
function isList(ref: IntrospectedTypeRef): boolean {
  return ref.kind === 'LIST' || (ref.kind === 'NON_NULL' && ref.ofType?.kind === 'LIST');
}

const graphqlName = fc.stringMatching(/^[_A-Za-z][_0-9A-Za-z]{0,12}$/);

/** Random operations over the real schema (`schema`, as INTROSPECTION reads it). */
function schemaDocumentArbitrary(schema: IntrospectedSchema, cursor: fc.Arbitrary<string>): fc.Arbitrary<string> {
  function typeNamed(name: string): IntrospectedType | undefined {
    return schema.types.find((type) => type.name === name);
  }

  /** A GraphQL literal for an argument of `ref`'s type: mostly plausible, sometimes of the wrong type. */
  function literal(ref: IntrospectedTypeRef, depth: number): fc.Arbitrary<string> {
    const wrong = fc.oneof(
      fc.constantFrom('null', 'true', '1.5', '-1', '[]', '{}', 'BOGUS_ENUM', '$undefinedVariable'),
      weirdString.map((text) => JSON.stringify(text)),
    );
    const plausible = (() => {
      const name = namedType(ref);
      const type = typeNamed(name);
      if (name === 'Int' || name === 'Float')
        return fc.oneof(
          fc.integer({ min: 0, max: 6 }).map(String),
          fc.constantFrom('-1', '0', '200', '201', '2147483648', '99999999999999999999', '1e3', '0.5'),
        );
      if (name === 'ID' || name === 'String' || name === 'DateTime')
        return fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom('"LOC123456789ABCDEF"', '"507f1f77bcf86cd799439011"') },
          { weight: 1, arbitrary: fc.oneof(weirdId, dateTime.map(asText), cursor).map((text) => JSON.stringify(text)) },
        );
      if (name === 'Boolean') return fc.constantFrom('true', 'false');
      if (type?.kind === 'ENUM') return fc.constantFrom(...(type.enumValues ?? []).map((value) => value.name), 'NOPE');
      if (type?.kind === 'INPUT_OBJECT' && depth > 0) {
        const fields = type.inputFields ?? [];
        return fc
          .subarray(fields, { maxLength: Math.min(4, fields.length) })
          .chain((chosen) =>
            fc.tuple(
              ...chosen.map((field) => literal(field.type, depth - 1).map((value) => `${field.name}: ${value}`)),
            ),
          )
          .map((parts) => `{ ${parts.join(', ')} }`);
      }
      if (name === '_Any') return representation.map(graphqlLiteral);
      return fc.constant('null');
    })();
    const single = fc.oneof({ weight: 5, arbitrary: plausible }, { weight: 1, arbitrary: wrong });
    if (namedType(ref) === '_Any' && isList(ref))
      return fc.array(representation, { maxLength: 3 }).map((items) => `[${items.map(graphqlLiteral).join(', ')}]`);
    return isList(ref)
      ? fc.oneof(
          fc.array(single, { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
          single,
        )
      : single;
  }

  /** A selection set on `typeName`, `depth` levels deep at most. */
  function selectionSet(typeName: string, depth: number): fc.Arbitrary<string> {
    const type = typeNamed(typeName);
    if (!type) return fc.constant('{ __typename }');
    if (type.kind === 'INTERFACE' || type.kind === 'UNION') {
      const possible = (type.possibleTypes ?? []).map((candidate) => candidate.name);
      const ownFields = type.kind === 'INTERFACE' ? fieldSelections(type, depth) : fc.constant([] as string[]);
      return fc
        .tuple(
          ownFields,
          depth > 0
            ? fc
                .subarray(possible, { maxLength: 3 })
                .chain((chosen) =>
                  fc.tuple(
                    ...chosen.map((name) => selectionSet(name, depth - 1).map((set) => `... on ${name} ${set}`)),
                  ),
                )
            : fc.constant([] as string[]),
        )
        .map(([own, fragments]) => `{ __typename ${[...own, ...fragments].join(' ')} }`);
    }
    return fieldSelections(type, depth).map((parts) => `{ ${parts.length > 0 ? parts.join(' ') : '__typename'} }`);
  }

  function fieldSelections(type: IntrospectedType, depth: number): fc.Arbitrary<string[]> {
    const fields = (type.fields ?? []).filter((field) => !field.name.startsWith('__'));
    return fc
      .tuple(
        fc.subarray(fields, { minLength: Math.min(1, fields.length), maxLength: Math.min(5, fields.length) }),
        rarely(graphqlName, 8), // an unknown field
        fc.boolean(),
      )
      .chain(([chosen, unknown, wrapInFragment]) =>
        fc
          .tuple(...chosen.map((field) => fieldSelection(field, depth)))
          .map((parts) => (unknown === null ? parts : [...parts, `${unknown}Unknown`]))
          .map((parts) => (wrapInFragment ? [`... { ${parts.join(' ')} }`] : parts)),
      );
  }

  function fieldSelection(field: IntrospectedField, depth: number): fc.Arbitrary<string> {
    const child = typeNamed(namedType(field.type));
    const composite = child !== undefined && ['OBJECT', 'INTERFACE', 'UNION'].includes(child.kind);
    const subSelection: fc.Arbitrary<string> = !composite
      ? fc.constant('')
      : depth > 0
        ? selectionSet(child.name, depth - 1)
        : fc.constant('{ __typename }');
    const argumentList = fc
      .tuple(
        ...field.args.map((argument) =>
          // A required argument is left out one time in 20, an optional one given half of the time.
          fc.option(
            literal(argument.type, 2).map((value) => `${argument.name}: ${value}`),
            { freq: isRequired(argument.type) ? 20 : 2 },
          ),
        ),
        rarely(
          graphqlName.map((name) => `${name}: 1`),
          10,
        ), // an unknown argument
      )
      .map((parts) => parts.filter((part): part is string => part !== null));
    return fc
      .tuple(
        rarely(graphqlName, 4), // an alias
        argumentList,
        subSelection,
        fc.integer({ min: 1, max: 3 }), // repeated
      )
      .map(([alias, args, selection, times]) => {
        const text = `${alias === null ? '' : `${alias}: `}${field.name}${args.length > 0 ? `(${args.join(', ')})` : ''} ${selection}`;
        return Array.from({ length: times }, () => text).join(' ');
      });
  }

  return fc
    .tuple(
      fc.integer({ min: 0, max: 4 }),
      fc.constantFrom('query', 'query Named', 'query Q($v: Int)', '', 'mutation', 'subscription'),
    )
    .chain(([depth, header]) => selectionSet('Query', depth).map((set) => `${header} ${set}`));
}

/** Fragments spreading into each other (bounded fan-out), several levels deep. */
const fragmentChain = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 2 }), fc.constantFrom('CallLog', 'Query'))
  .map(([levels, fan, on]) => {
    const leaf = on === 'CallLog' ? 'id duration' : '__typename';
    const fragments = Array.from(
      { length: levels },
      (_, level) =>
        `fragment F${level} on ${on} { ${leaf} ${level + 1 < levels ? Array.from({ length: fan }, () => `...F${level + 1}`).join(' ') : ''} }`,
    );
    const root =
      on === 'CallLog'
        ? `{ callLog(locationId: "LOC123456789ABCDEF", id: "507f1f77bcf86cd799439011") { ...F0 } }`
        : '{ ...F0 }';
    return [root, ...fragments].join('\n');
  });

/** References nested through Contact.callLogs: legal fields, growing depth and upstream cost. */
const referenceNesting = fc.integer({ min: 1, max: 8 }).map((levels) => {
  let inner = 'id';
  for (let level = 0; level < levels; level++) inner = `id contact { id callLogs(first: 1) { nodes { ${inner} } } }`;
  return `{ callLogs(locationId: "LOC123456789ABCDEF", first: 1) { nodes { ${inner} } } }`;
});

/** Nesting of braces, brackets or parentheses far past any sensible depth. */
const syntacticNesting = fc
  .tuple(fc.integer({ min: 10, max: 4_000 }), fc.constantFrom('field', 'list', 'object', 'fragment'))
  .map(([levels, kind]) => {
    switch (kind) {
      case 'field':
        return `{ ${'a { '.repeat(levels)}b${' }'.repeat(levels)} }`;
      case 'list':
        return `{ callLogs(locationId: "LOC123456789ABCDEF", first: ${'['.repeat(levels)}1${']'.repeat(levels)}) { totalCount } }`;
      case 'object':
        return `{ callLogs(locationId: "LOC123456789ABCDEF", filter: ${'{ a: '.repeat(levels)}1${' }'.repeat(levels)}) { totalCount } }`;
      default:
        return `{ ${'... { '.repeat(levels)}__typename${' }'.repeat(levels)} }`;
    }
  });

const manyAliases = fc
  .tuple(
    fc.integer({ min: 1, max: 300 }),
    fc.constantFrom(
      '__typename',
      'callLog(locationId: "LOC123456789ABCDEF", id: "507f1f77bcf86cd799439011") { id }',
      'callLogs(locationId: "LOC123456789ABCDEF", first: 1) { totalCount }',
    ),
  )
  .map(([count, field]) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`);

const hugeLiteral = fc
  .tuple(hugeString, fc.constantFrom('id', 'locationId', 'after', 'alias'))
  .map(([text, where]) =>
    where === 'alias'
      ? `{ ${'x'.repeat(text.length)}: __typename }`
      : `{ callLogs(locationId: ${JSON.stringify(where === 'locationId' ? text : 'LOC123456789ABCDEF')}, ${where === 'after' ? `after: ${JSON.stringify(text)}` : 'first: 1'}) { totalCount } callLog(locationId: "LOC123456789ABCDEF", id: ${JSON.stringify(where === 'id' ? text : 'x')}) { id } }`,
  );

/** Syntax garbage: characters inserted, ranges deleted, the text cut short. */
function mangled(source: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat(),
    kind: fc.constantFrom('insert', 'delete', 'truncate'),
    text: fc.oneof(fc.constantFrom('{', '}', '(', ')', '"', '"""', '...', '$', '@', '#', ':', '!', '\\u'), weirdString),
    length: fc.integer({ min: 1, max: 20 }),
  });
  return fc.tuple(source, fc.array(edit, { minLength: 1, maxLength: 3 })).map(([text, edits]) =>
    edits.reduce((current, { at, kind, text: inserted, length }) => {
      const position = at % (current.length + 1);
      if (kind === 'insert') return current.slice(0, position) + inserted + current.slice(position);
      if (kind === 'delete') return current.slice(0, position) + current.slice(position + length);
      return current.slice(0, position);
    }, text),
  );
}

/** Any document: the schema's own operations most of the time, then nesting, aliases, huge literals and garbage. */
export function documentArbitrary(schema: IntrospectedSchema, realCursors: readonly string[]): fc.Arbitrary<string> {
  const schemaDocument = schemaDocumentArbitrary(schema, cursorArbitrary(realCursors));
  return fc.oneof(
    { weight: 8, arbitrary: schemaDocument },
    { weight: 2, arbitrary: fragmentChain },
    { weight: 2, arbitrary: referenceNesting },
    { weight: 2, arbitrary: syntacticNesting },
    { weight: 2, arbitrary: manyAliases },
    { weight: 1, arbitrary: hugeLiteral },
    { weight: 4, arbitrary: mangled(fc.oneof(schemaDocument, fragmentChain, manyAliases)) },
    { weight: 1, arbitrary: weirdString },
  );
}
