import { defineConfig } from 'tsup';

// ESM keeps one file per module so bundlers drop whole unused endpoints
// ("sideEffects": false); CJS is one bundle per entry. Node itself (the
// "node" export condition, which bundlers for workers and browsers do not
// use) gets the main entry as one ESM file: it loads one module instead of
// about a hundred, for a faster cold start.
export default defineConfig([
  {
    entry: ['src/**/*.ts'],
    format: ['esm'],
    bundle: false,
    dts: { entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts', 'cloudflare/index': 'src/cloudflare/index.ts' } },
    clean: true,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    entry: { node: 'src/index.ts' },
    format: ['esm'],
    target: 'es2022',
    platform: 'neutral',
    // ofetch and valibot stay imports: bundling ofetch's standard entry in would skip its Node entry's fetch polyfill
    // (about 60 ms cold), but then `instanceof FetchError` from 'ofetch' fails on the raw client's errors in Node.
  },
  {
    entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts', 'cloudflare/index': 'src/cloudflare/index.ts' },
    format: ['cjs'],
    dts: true,
    target: 'es2022',
    platform: 'neutral',
  },
]);
