// The cost model lives on the fields (`@upstreamCost`, schema/upstream-cost.graphql). These tests hold the schema to
// what the resolvers do: a field whose resolver reaches HighLevel without the declaration would make the estimate
// low without a word, and a `free` field that is not really known without the request would serve a wrong value.
import {
  getNamedType,
  graphql,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createAuthenticator } from '../src/auth.js';
import { createContext, type GatewayContext } from '../src/context.js';
import { upstreamCost } from '../src/cost-model.js';
import { REFERENCE_IDS } from '../src/emulator/seed-reference.js';
import { estimateOperation } from '../src/query-cost.js';
import { buildGatewaySchema } from '../src/schema.js';
import { GATEWAY_DEFAULTS } from '../src/settings.js';
import { type Stack, startStack, upstreamHttpFor } from './helpers/stack.js';

type AnyField = GraphQLField<unknown, unknown>;

/** Lists whose items arrive with their parent (a page of call logs): they cost nothing of their own. */
// A subscription's event carries its call log as a page carries its items: resolving it makes no request per event
// (its access check and `since` replay happen once, at subscribe, with the subscriber's rate budget).
const ITEMS_OF_A_PAGE = new Set(['CallLogConnection.nodes', 'CallLogEdge.node', 'Subscription.callLogCreated']);

let stack: Stack;
let schema: GraphQLSchema;
/** `Type.field` of every resolver that called a loader or an upstream client since the last reset. */
const touched = new Set<string>();

beforeAll(async () => {
  stack = await startStack();
  schema = recordingSchema();
});
afterAll(() => stack.stop());
beforeEach(() => {
  touched.clear();
  stack.emulator.requests.clear();
});

/** The gateway's schema, each resolver handed a context that notes when it loads or calls upstream. */
function recordingSchema(): GraphQLSchema {
  const built = buildGatewaySchema();
  for (const type of Object.values(built.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      const coordinate = `${type.name}.${field.name}`;
      field.resolve = (source, args, context: GatewayContext, info) =>
        resolve(source, args, recording(context, coordinate), info);
    }
  }
  return built;
}

function recording(context: GatewayContext, coordinate: string): GatewayContext {
  const noted =
    (target: object, method: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) => {
      touched.add(coordinate);
      return method.apply(target, args);
    };
  const loaders = new Proxy(context.loaders, {
    get(target, name, receiver) {
      const loader: unknown = Reflect.get(target, name, receiver);
      if (typeof loader !== 'object' || loader === null) return loader;
      return new Proxy(loader, {
        get(object, key) {
          const value: unknown = Reflect.get(object, key);
          if (typeof value !== 'function') return value;
          const method = value as (...args: unknown[]) => unknown;
          return key === 'load' || key === 'loadMany' ? noted(object, method) : method.bind(object);
        },
      });
    },
  });
  const clients = new Proxy(context.clients, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      return typeof value === 'function' ? noted(target, value as (...args: unknown[]) => unknown) : value;
    },
  });
  return { ...context, loaders, clients };
}

async function execute(
  document: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: unknown; requests: number }> {
  const context = await createContext(
    {
      http: upstreamHttpFor(stack),
      authenticate: createAuthenticator({ mode: 'passthrough' }),
      limits: { maxRequests: 1_000, deadlineMs: 10_000 },
    },
    `Bearer ${stack.token}`,
  );
  stack.emulator.requests.clear();
  const result = await graphql({ schema, source: document, variableValues: variables, contextValue: context });
  expect(result.errors).toBeUndefined();
  return { data: result.data, requests: stack.emulator.requests.all().length };
}

function estimate(document: string, variables: Record<string, unknown> = {}): number {
  const parsed = parse(document);
  const operation = parsed.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  const requests = estimateOperation(
    schema,
    parsed,
    operation,
    variables,
    GATEWAY_DEFAULTS.statistics.maxUpstreamRequests,
  );
  if (requests === undefined) throw new Error('variables that execution would refuse');
  return requests;
}

function fieldsOf(type: GraphQLNamedType): [string, AnyField][] {
  return isObjectType(type) || isInterfaceType(type)
    ? Object.entries(type.getFields()).map(([name, field]) => [`${type.name}.${name}`, field])
    : [];
}

function allFields(): [string, AnyField][] {
  return Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__'))
    .flatMap(fieldsOf);
}

/** Fields that declare requests of their own. */
function costlyFields(): string[] {
  return allFields()
    .filter(([, field]) => {
      const cost = upstreamCost(schema, field);
      return cost !== undefined && (cost.per !== undefined || cost.extraPerParent > 0);
    })
    .map(([coordinate]) => coordinate);
}

type Mode =
  /** Every field, references loaded. */
  | 'everything'
  /** References: only their `free` fields. */
  | 'free'
  /** The same, plus a non-free field that `@skip`/`@include` leave out. */
  | 'free, the rest skipped'
  /** The same, plus a non-free field, so that the reference is loaded. */
  | 'free, and loaded';

/**
 * A selection of every field of `type` (aliased `Type_field`, so that no two can conflict), each composite type
 * entered once per path. For a field that declares `free`, the mode decides.
 */
function selection(type: GraphQLNamedType, mode: Mode, path: readonly string[] = []): string {
  if (isUnionType(type) || isInterfaceType(type)) {
    const possible = schema.getPossibleTypes(type);
    const common = isInterfaceType(type) ? fieldSelections(type, mode, path) : [];
    return [
      '__typename',
      ...common,
      ...possible.map((member) => `... on ${member.name} { ${selection(member, mode, path)} }`),
    ].join(' ');
  }
  return ['__typename', ...fieldSelections(type, mode, path)].join(' ');
}

function fieldSelections(type: GraphQLNamedType, mode: Mode, path: readonly string[]): string[] {
  if (!isObjectType(type) && !isInterfaceType(type)) return [];
  return Object.values(type.getFields()).flatMap((field) => {
    if (field.args.some((argument) => isNonNullType(argument.type))) return [];
    const alias = `${type.name}_${field.name}`;
    const named = getNamedType(field.type);
    if (!isObjectType(named) && !isInterfaceType(named) && !isUnionType(named)) return [`${alias}: ${field.name}`];
    if (path.includes(named.name)) return [];
    const free = upstreamCost(schema, field)?.free;
    if (free && mode !== 'everything' && isObjectType(named)) {
      return [`${alias}: ${field.name} { ${freeSelection(named, free, mode)} }`];
    }
    return [`${alias}: ${field.name} { ${selection(named, mode, [...path, type.name])} }`];
  });
}

/** A reference's free fields (a composite one as `{ __typename }`), and what the mode adds. */
function freeSelection(type: GraphQLObjectType, free: ReadonlySet<string>, mode: Mode): string {
  const fields = Object.values(type.getFields());
  const selected = fields
    .filter((field) => free.has(field.name))
    .map((field) => (isLeafType(getNamedType(field.type)) ? field.name : `${field.name} { __typename }`));
  const other = fields.find((field) => !free.has(field.name) && isLeafType(getNamedType(field.type)))?.name;
  if (other === undefined) throw new Error(`${type.name} has no field to load it with`);
  if (mode === 'free, and loaded') selected.push(`loaded_: ${other}`);
  if (mode === 'free, the rest skipped') {
    selected.push(`skipped_: ${other} @skip(if: true)`, `excluded_: ${other} @include(if: $include)`);
  }
  return ['__typename', ...selected].join(' ');
}

function documentOf(mode: Mode): string {
  const callLog = schema.getType('CallLog');
  const statistics = schema.getType('CallStatistics');
  if (!callLog || !statistics) throw new Error('no CallLog or CallStatistics');
  const everything = mode === 'everything';
  const skipping = mode === 'free, the rest skipped';
  return `query (
    $locationId: ID!
    $id: ID!
    ${everything ? '$representations: [_Any!]!' : ''}
    ${skipping ? '$include: Boolean = false' : ''}
  ) {
    callLog(locationId: $locationId, id: $id) { ${selection(callLog, mode)} }
    callLogs(locationId: $locationId, first: 1) { nodes { ${selection(callLog, mode, ['CallLogConnection'])} } }
    callStatistics(locationId: $locationId, range: { from: "2025-10-01T00:00:00Z", to: "2025-11-01T00:00:00Z" }) {
      ${selection(statistics, mode)}
    }
    ${everything ? `_entities(representations: $representations) { ${selection(entityUnion(), mode)} }` : ''}
  }`;
}

function entityUnion(): GraphQLNamedType {
  const union = schema.getType('_Entity');
  if (!union) throw new Error('no _Entity');
  return union;
}

function variables(mode: Mode): Record<string, unknown> {
  const locationId = stack.locationId;
  if (mode !== 'everything') return { locationId, id: REFERENCE_IDS.callLog };
  return {
    locationId,
    id: REFERENCE_IDS.callLog,
    representations: [
      { __typename: 'CallLog', id: REFERENCE_IDS.callLog, locationId },
      { __typename: 'Contact', id: REFERENCE_IDS.contact },
      { __typename: 'Agent', id: REFERENCE_IDS.agent, locationId },
      { __typename: 'Workflow', id: REFERENCE_IDS.workflow, locationId },
      { __typename: 'CustomField', id: REFERENCE_IDS.phoneField, locationId },
      { __typename: 'Calendar', id: REFERENCE_IDS.calendar },
      { __typename: 'KnowledgeBase', id: REFERENCE_IDS.knowledgeBase },
      { __typename: 'Message', id: REFERENCE_IDS.message },
    ],
  };
}

/** The response without the fields the 'free, and loaded' mode adds. */
function withoutLoaded(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLoaded);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'loaded_')
      .map(([key, item]) => [key, withoutLoaded(item)]),
  );
}

/** Executes the mode's document: what it returned, and how many requests reached the emulator. */
function run(mode: Mode): Promise<{ data?: unknown; requests: number }> {
  return execute(documentOf(mode), variables(mode));
}

function estimateOf(mode: Mode, extraVariables: Record<string, unknown> = {}): number {
  return estimate(documentOf(mode), { ...variables(mode), ...extraVariables });
}

describe('@upstreamCost', () => {
  it('is declared on exactly the fields whose resolvers reach HighLevel', async () => {
    // The reference call log holds every reference (one action of each type), so every resolver runs.
    const { requests } = await run('everything');
    expect([...touched].sort()).toEqual([...costlyFields(), 'Query._entities'].sort());
    expect(estimateOf('everything')).toBeGreaterThanOrEqual(requests);
  });

  it('is declared on every field that returns an entity, except the items of a page', () => {
    const entities = allFields().filter(([coordinate, field]) => {
      const type = getNamedType(field.type);
      return (
        isObjectType(type) &&
        type.astNode?.directives?.some((directive) => directive.name.value === 'key') === true &&
        !ITEMS_OF_A_PAGE.has(coordinate)
      );
    });
    expect(entities.length).toBeGreaterThan(5);
    const undeclared = entities.filter(([, field]) => upstreamCost(schema, field)?.per === undefined);
    expect(undeclared.map(([coordinate]) => coordinate)).toEqual([]);
  });

  it('lists as free only fields of the type, and reads the same on an interface as on each of its types', () => {
    for (const [coordinate, field] of allFields()) {
      const cost = upstreamCost(schema, field);
      const type = getNamedType(field.type);
      for (const name of cost?.free ?? []) {
        if (name === '__typename') continue;
        expect(isObjectType(type) && name in type.getFields(), `${coordinate}: free field ${name}`).toBe(true);
      }
      if (cost?.assumedSize !== undefined) {
        const list = isNonNullType(field.type) ? field.type.ofType : field.type;
        expect(isListType(list), `${coordinate}: assumedSize on a list`).toBe(true);
      }
      if (cost?.per === 'PAGE') {
        expect(field.args.map((argument) => argument.name)).toEqual(expect.arrayContaining(['first', 'last']));
      }
    }
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isInterfaceType(type)) continue;
      for (const implementation of schema.getPossibleTypes(type)) {
        for (const [name, field] of Object.entries(type.getFields())) {
          const own = implementation.getFields()[name];
          expect(own && upstreamCost(schema, own), `${implementation.name}.${name}`).toEqual(
            upstreamCost(schema, field),
          );
        }
      }
    }
  });

  it('sends nothing for a reference whose query selects only its free fields, which are what loading gives', async () => {
    const free = await run('free');
    const declaredFree = allFields()
      .filter(([, field]) => upstreamCost(schema, field)?.free)
      .map(([coordinate]) => coordinate);
    expect(declaredFree.length).toBeGreaterThan(5);
    // Only the call logs themselves and the statistics over them, and `Contact.callLogs`, which a contact's free
    // fields include.
    expect([...touched].sort()).toEqual([
      'Contact.callLogs',
      'Query.callLog',
      'Query.callLogs',
      'Query.callStatistics',
    ]);

    touched.clear();
    const loaded = await run('free, and loaded');
    expect(declaredFree.filter((coordinate) => touched.has(coordinate))).toEqual(declaredFree);
    expect(loaded.requests).toBeGreaterThan(free.requests);
    expect(withoutLoaded(loaded.data)).toEqual(free.data);
  });

  it('leaves out what @skip and @include leave out, in the resolvers and in the estimate alike', async () => {
    const free = await run('free');
    const freeTouched = [...touched].sort();
    touched.clear();
    const skipped = await run('free, the rest skipped');
    expect([...touched].sort()).toEqual(freeTouched);
    expect(skipped.requests).toBe(free.requests);

    expect(estimateOf('free')).toBeGreaterThanOrEqual(free.requests);
    expect(estimateOf('free, the rest skipped')).toBe(estimateOf('free'));
    expect(estimateOf('free, the rest skipped', { include: true })).toBeGreaterThan(estimateOf('free'));
    expect(estimateOf('free, and loaded')).toBe(estimateOf('free, the rest skipped', { include: true }));
  });
});

describe('the estimate of what a router asks through _entities', () => {
  const representations = (count: number) =>
    Array.from({ length: count }, (_, index) => ({
      __typename: 'CallLog',
      id: `callLog${index}`,
      locationId: `location${index}`,
    }));

  it("counts the entities' references, not only the entities", () => {
    const document = /* GraphQL */ `
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on CallLog {
            contact {
              name
            }
            agent {
              name
            }
            actions {
              ... on AppointmentBookingAction {
                calendar {
                  name
                }
              }
            }
          }
        }
      }
    `;
    // 60 call logs, then 60 contacts, 60 agents and 60 × 8 assumed actions' calendars.
    expect(estimate(document, { representations: representations(60) })).toBe(60 + 60 + 60 + 480);
  });

  it('counts a list read per location once per location the entities may be in', () => {
    const document = /* GraphQL */ `
      query ($representations: [_Any!]!, $locationId: ID!) {
        _entities(representations: $representations) {
          ... on CallLog {
            actions {
              ... on WorkflowTriggerAction {
                workflow {
                  name
                }
              }
            }
          }
        }
        callLogs(locationId: $locationId, first: 50) {
          nodes {
            actions {
              ... on WorkflowTriggerAction {
                workflow {
                  name
                }
              }
            }
          }
        }
      }
    `;
    // 50 call logs in up to 50 locations: 50 workflow lists; one page of one location: 1 list, 1 workflow list.
    expect(estimate(document, { representations: representations(50), locationId: 'location' })).toBe(50 + 50 + 1 + 1);
  });
});
