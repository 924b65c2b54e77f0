import { defineConfig } from 'vitest/config';

/** Folders whose suites build, pack, spawn runtimes or processes, or load-test: minutes, not seconds. */
const SLOW = ['test/runtimes/**/*.test.ts', 'test/package/**/*.test.ts', 'test/load/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // The load test compares heap sizes after a forced collection.
    execArgv: ['--expose-gc'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: SLOW } },
      { extends: true, test: { name: 'slow', include: SLOW } },
    ],
  },
});
