import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

// Node's single file takes ofetch's standard entry, not its Node entry: Node >= 20 has fetch, and the Node entry
// loads node-fetch-native (112 kB) with node:http, node:https, node:zlib and others for a polyfill nothing here
// calls (the raw client passes its own fetch). Both entries re-export FetchError (and createFetch) from one shared
// file, so `instanceof FetchError` still holds for a user who imports it from 'ofetch'. The standard entry is not
// in ofetch's exports map, so it is found next to the Node entry; any surprise falls back to 'ofetch' itself. The
// top-level await this takes is why bundlers that target Node get the per-module build instead (the "module"
// condition before dist/node.js in package.json): a CommonJS bundle cannot hold a top-level await.
const OFETCH_STANDARD_ENTRY = `let entry;
try {
  const url = import.meta.resolve('ofetch');
  if (url.endsWith('/dist/node.mjs') && typeof Headers === 'function') {
    const standard = await import(url.slice(0, -'node.mjs'.length) + 'index.mjs');
    if (typeof standard.ofetch?.create === 'function') entry = standard;
  }
} catch {}
entry ??= await import('ofetch');
export const ofetch = entry.ofetch;
`;
const ofetchStandardEntry: Plugin = {
  name: 'ofetch-standard-entry',
  setup(build) {
    build.onResolve({ filter: /^ofetch$/ }, (args) =>
      args.namespace === 'ofetch-standard-entry' ? { path: 'ofetch', external: true } : { path: 'ofetch', namespace: 'ofetch-standard-entry' },
    );
    build.onLoad({ filter: /.*/, namespace: 'ofetch-standard-entry' }, () => ({ contents: OFETCH_STANDARD_ENTRY, loader: 'js' }));
  },
};

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
    // ofetch stays an import: bundling it in would make the raw client's errors another FetchError class than the
    // one a user imports from 'ofetch'; it is imported through its standard entry (above). valibot is bundled in:
    // Node then compiles the few kB of it the schemas use, not its whole 206 kB index as one more file (the
    // schemas work with any valibot; only valibot's global config, setGlobalConfig and the like, is this copy's).
    noExternal: ['ofetch', 'valibot'],
    esbuildPlugins: [ofetchStandardEntry],
  },
  {
    entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts', 'cloudflare/index': 'src/cloudflare/index.ts' },
    format: ['cjs'],
    dts: true,
    target: 'es2022',
    platform: 'neutral',
  },
]);
