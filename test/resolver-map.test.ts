// The resolver map is merged type by type: modules add to a type, and never replace each other's fields.
import { GraphQLScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';

import type { Resolvers } from '../src/generated/graphql.js';
import { mergeResolvers, resolvers } from '../src/resolvers/index.js';

const callLog: Resolvers = { Query: { callLog: () => null } };
const callLogs: Resolvers = {
  Query: { callLogs: () => ({ edges: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false }) },
};

describe('mergeResolvers', () => {
  it('keeps the fields of every module that defines a type', () => {
    const merged = mergeResolvers([callLog, callLogs, { Agent: { name: () => 'Ava' } }]);
    expect(Object.keys(merged.Query ?? {}).sort()).toEqual(['callLog', 'callLogs']);
    expect(Object.keys(merged.Agent ?? {})).toEqual(['name']);
  });

  it('refuses a field that two modules define, naming it', () => {
    expect(() => mergeResolvers([callLog, { Query: { callLog: () => null } }])).toThrow(
      'Two resolver modules define Query.callLog.',
    );
  });

  it('refuses a scalar that two modules define', () => {
    const scalar = new GraphQLScalarType({ name: 'DateTime' });
    expect(() => mergeResolvers([{ DateTime: scalar }, { DateTime: scalar }])).toThrow(
      'Two resolver modules define the scalar DateTime.',
    );
  });

  it('does not change the modules it merges', () => {
    mergeResolvers([callLog, callLogs]);
    expect(Object.keys(callLog.Query ?? {})).toEqual(['callLog']);
  });
});

describe("the gateway's map", () => {
  it("holds every module's root fields", () => {
    expect(Object.keys(resolvers.Query ?? {}).sort()).toEqual(['callLog', 'callLogs', 'callStatistics']);
    expect(resolvers.DateTime).toBeInstanceOf(GraphQLScalarType);
    expect(resolvers.Contact?.callLogs).toBeTypeOf('function');
  });
});
