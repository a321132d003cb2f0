// The ready-made operations (operations/*.graphql), sent as a TypeScript frontend sends them: through the typed
// documents `npm run codegen` generates with the client preset.
import {
  type DocumentNode,
  type FieldNode,
  getNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  type SelectionSetNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  CallLogDetailDocument,
  CallStatisticsDocument,
  ContactCallsDocument,
  DashboardDocument,
} from '../src/generated/client/graphql.js';
import { buildGatewaySchema, readGraphQLFiles } from '../src/schema.js';
import { directStatistics } from './helpers/direct-statistics.js';
import { type Stack, startStack } from './helpers/stack.js';

/**
 * What a normalized client cache needs of a document, checked over every selection against the schema: a connection
 * is selected as `edges { cursor node }` with `pageInfo` (Relay pagination merges edges), and every entity with its
 * key fields and its location where it has one (`id locationId`).
 */
function cacheProblems(schema: GraphQLSchema, document: DocumentNode): string[] {
  const problems: string[] = [];
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  );
  /** The field names a selection set asks for directly or through fragments (of any type condition). */
  const selected = (selectionSet: SelectionSetNode): Set<string> => {
    const names = new Set<string>();
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else {
        const inner =
          selection.kind === Kind.INLINE_FRAGMENT
            ? selection.selectionSet
            : fragments.get(selection.name.value)?.selectionSet;
        for (const name of inner ? selected(inner) : []) names.add(name);
      }
    }
    return names;
  };
  const check = (where: string, typeName: string, selectionSet: SelectionSetNode): void => {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) return;
    const names = selected(selectionSet);
    if (typeName.endsWith('Connection')) {
      const edges = selectionSet.selections.find(
        (selection): selection is FieldNode => selection.kind === Kind.FIELD && selection.name.value === 'edges',
      );
      const edgeNames = edges?.selectionSet ? selected(edges.selectionSet) : new Set<string>();
      if (!edgeNames.has('cursor') || !edgeNames.has('node')) problems.push(`${where}: no edges { cursor node }`);
      if (!names.has('pageInfo')) problems.push(`${where}: no pageInfo`);
      if (names.has('nodes')) problems.push(`${where}: nodes, which Relay pagination does not merge`);
    }
    const key = type.astNode?.directives?.find((directive) => directive.name.value === 'key');
    const fields = key?.arguments?.[0]?.value;
    if (fields?.kind !== Kind.STRING) return;
    const wanted = [...fields.value.split(' '), ...('locationId' in type.getFields() ? ['locationId'] : [])];
    for (const name of new Set(wanted)) if (!names.has(name)) problems.push(`${where}: ${typeName} without ${name}`);
  };
  /** Walks the selections of a value of type `typeName`, checking each field that has a selection set. */
  const walk = (typeName: string, selectionSet: SelectionSetNode): void => {
    const type = schema.getType(typeName);
    const fieldsOf = isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.typeCondition?.name.value ?? typeName, selection.selectionSet);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.typeCondition.name.value, fragment.selectionSet);
      } else if (selection.selectionSet) {
        const field = fieldsOf[selection.name.value];
        const fieldTypeName = field ? getNamedType(field.type).name : '?';
        check(`${typeName}.${selection.name.value}`, fieldTypeName, selection.selectionSet);
        walk(fieldTypeName, selection.selectionSet);
      }
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) walk('Query', definition.selectionSet);
  }
  return problems;
}

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());

describe('operations/', () => {
  it('select what a normalized client cache needs: edges, pageInfo and every entity key', () => {
    const schema = buildGatewaySchema();
    const problems = readGraphQLFiles('operations').flatMap(({ file, text }) =>
      cacheProblems(schema, parse(text)).map((problem) => `${file}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('Dashboard returns a page of call logs with contacts, agents and workflows', async () => {
    const response = await stack.query(DashboardDocument, { locationId: stack.locationId });
    expect(response.errors).toBeUndefined();
    expect(response.data?.callLogs?.edges).toHaveLength(50);
    expect(response.data?.callLogs?.totalCount).toBe(1200);
  });

  it('CallLogDetail returns the reference call log with all eight action types', async () => {
    const response = await stack.query(CallLogDetailDocument, {
      locationId: stack.locationId,
      id: '507f1f77bcf86cd799439011',
    });
    expect(response.errors).toBeUndefined();
    const actions = response.data?.callLog?.actions ?? [];
    expect(new Set(actions.map((action) => action.__typename)).size).toBe(8);
    expect(response.data?.callLog?.contact?.id).toBe('507f1f77bcf86cd799439012');
  });

  it("ContactCalls returns one contact's calls", async () => {
    const response = await stack.query(ContactCallsDocument, {
      locationId: stack.locationId,
      contactId: '507f1f77bcf86cd799439012',
    });
    expect(response.errors).toBeUndefined();
    const nodes = response.data?.callLogs?.edges.map((edge) => edge.node) ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    expect(new Set(nodes.map((node) => node.contact?.id))).toEqual(new Set(['507f1f77bcf86cd799439012']));
  });

  it('CallStatistics returns the figures of a range, day by day and hour by hour, in the time zone asked for', async () => {
    const range = { from: '2025-10-01T00:00:00-04:00', to: '2025-11-01T00:00:00-04:00', timeZone: 'America/New_York' };
    const response = await stack.query(CallStatisticsDocument, { locationId: stack.locationId, range });
    expect(response.errors).toBeUndefined();
    const statistics = response.data?.callStatistics;
    const expected = directStatistics(stack.emulator.store.callLogs(stack.locationId), range);
    expect(statistics?.count).toBe(expected.count);
    expect(statistics?.duration).toEqual(expected.duration);
    expect(statistics?.byDay.map((day) => [day.date, day.count])).toEqual(
      expected.byDay.map((day) => [day.date, day.count]),
    );
    expect(statistics?.byHourOfDay).toEqual(expected.byHourOfDay);
    expect(statistics?.byActionType).toEqual(expected.byActionType);
    expect(statistics?.byAgent.map((agent) => [agent.agentId, agent.count])).toEqual(
      expected.byAgent.map((agent) => [agent.agentId, agent.count]),
    );
  });
});
