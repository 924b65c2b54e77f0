import { defineConfig } from 'tsup';

// ESM keeps one file per module so bundlers drop whole unused endpoints
// ("sideEffects": false); CJS is one bundle per entry.
export default defineConfig([
  {
    entry: ['src/**/*.ts'],
    format: ['esm'],
    bundle: false,
    dts: { entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' } },
    clean: true,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
    format: ['cjs'],
    dts: true,
    target: 'es2022',
    platform: 'neutral',
  },
]);
