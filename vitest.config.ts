import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // The load test compares heap sizes after a forced collection.
    execArgv: ['--expose-gc'],
  },
});
