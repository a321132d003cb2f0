import { createRequire } from 'node:module';

import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Tests start real servers on loopback ports; files run in parallel processes, each with its own stack.
export default defineConfig({
  resolve: {
    // Node resolves `graphql` to its CommonJS build (graphql 16 has no "exports" map); Vite would pick the ESM
    // build for our code while CommonJS dependencies (graphql-armor, …) load the other, and graphql refuses to mix
    // two instances. Resolve it the way Node does, so tests run what production runs.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
