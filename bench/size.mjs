// Bundle sizes as a worker would ship them: esbuild --bundle --minify for
// browser/worker conditions, gzip level 9. Deterministic, so a test guards it.

import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The cases measured: a name and the entry code. test/package/size.test.ts checks the organizations case against the registry. */
export const CASES = [
  [
    'createClient + getOrganization',
    `import { createClient, getOrganization } from 'clerk-backend-fetch'; export default (k) => getOrganization(createClient(k), { organization_id: 'x' });`,
  ],
  [
    'createClient + listOrganizations',
    `import { createClient, listOrganizations } from 'clerk-backend-fetch'; export default (k) => listOrganizations(createClient(k), {});`,
  ],
  [
    'the ten organizations functions',
    `export { createClient, listOrganizations, paginateOrganizations, getOrganization, createOrganization, updateOrganization, mergeOrganizationMetadata, replaceOrganizationMetadata, uploadOrganizationLogo, deleteOrganizationLogo, deleteOrganization } from 'clerk-backend-fetch';`,
  ],
  ['every export', `export * from 'clerk-backend-fetch';`],
  [
    '@clerk/backend: one list call',
    `import { createClerkClient } from '@clerk/backend'; export default (k) => createClerkClient({ secretKey: k }).organizations.getOrganizationList({});`,
  ],
];

/** Gzip -9 bytes of the minified worker bundle of `code`, resolved from this repository (so the package resolves to itself). */
export async function gzipSize(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['worker', 'browser'],
    write: false,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  return { minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export async function measureSizes() {
  const rows = [];
  for (const [name, code] of CASES) rows.push({ name, ...(await gzipSize(code)) });
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await measureSizes();
  const clerk = rows.at(-1).gzip;
  console.log('| bundle | minified | gzip -9 | vs @clerk/backend |\n|---|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.name} | ${r.minified} B | ${r.gzip} B | ${(clerk / r.gzip).toFixed(1)}x smaller |`);
}
