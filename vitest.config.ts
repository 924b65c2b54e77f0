import { defineConfig } from 'vitest/config';

/** Suites that build, pack, spawn runtimes or processes, or load-test: minutes, not seconds. */
const SLOW = [
  'test/fake-scale.test.ts',
  'test/rate-limits-loopback.test.ts',
  'test/runtimes.test.ts',
  'test/load.test.ts',
  'test/demo.test.ts',
  'test/size.test.ts',
  'test/exports.test.ts',
  'test/hostile-process.test.ts',
];

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
