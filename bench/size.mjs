// Bundle sizes as a worker would ship them: esbuild --bundle --minify for
// browser/worker conditions, gzip level 9. Deterministic, so a test guards it.

import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The cases measured: a name, the entry code and, for the verifiers, the @clerk/backend bundle doing the same.
 * test/package/size.test.ts checks the organizations case against the registry.
 */
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
    'createClient + getOrganization + durableRateLimit',
    `import { createClient, getOrganization } from 'clerk-backend-fetch'; import { ClerkRateLimiter, durableRateLimit } from 'clerk-backend-fetch/cloudflare'; export { ClerkRateLimiter }; export default (k, ns) => getOrganization(createClient(k, { rateLimit: durableRateLimit(ns, { requests: 1000, per: 10000 }) }), { organization_id: 'x' });`,
  ],
  [
    'verifyWebhook alone',
    `import { verifyWebhook } from 'clerk-backend-fetch'; export default (r, s) => verifyWebhook(r, { signingSecret: s });`,
    '@clerk/backend: verifyWebhook',
  ],
  [
    'verifySessionToken with jwtKey alone',
    `import { verifySessionToken } from 'clerk-backend-fetch'; export default (t, k) => verifySessionToken(t, { jwtKey: k });`,
    '@clerk/backend: verifyToken with jwtKey',
  ],
  [
    '@clerk/backend: one list call',
    `import { createClerkClient } from '@clerk/backend'; export default (k) => createClerkClient({ secretKey: k }).organizations.getOrganizationList({});`,
  ],
  [
    '@clerk/backend: verifyWebhook',
    `import { verifyWebhook } from '@clerk/backend/webhooks'; export default (r, s) => verifyWebhook(r, { signingSecret: s });`,
  ],
  ['@clerk/backend: verifyToken with jwtKey', `import { verifyToken } from '@clerk/backend'; export default (t, k) => verifyToken(t, { jwtKey: k });`],
];

/** The @clerk/backend bundle a case is compared with: its third entry, else the one list call. */
export const versus = (name) => CASES.find(([n]) => n === name)?.[2] ?? '@clerk/backend: one list call';

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
  const gzipOf = (name) => rows.find((r) => r.name === name).gzip;
  console.log('| bundle | minified | gzip -9 | vs @clerk/backend |\n|---|---:|---:|---:|');
  for (const r of rows) {
    const ratio = r.name.startsWith('@clerk/backend') ? '' : `${(gzipOf(versus(r.name)) / r.gzip).toFixed(1)}x smaller than "${versus(r.name).slice(16)}"`;
    console.log(`| ${r.name} | ${r.minified} B | ${r.gzip} B | ${ratio} |`);
  }
}
