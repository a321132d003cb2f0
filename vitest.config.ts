import { defineConfig } from 'vitest/config';

// Tests start real servers on loopback ports; files run in parallel processes, each with its own stack.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
