// Node gets the main entry as one ESM file (the "node" export condition): importing the package in a fresh
// process loads that file and valibot, not a hundred modules, nor ofetch's fetch polyfill and its node: modules.
// Bundlers for workers and browsers keep the file-per-module build, which tree-shakes (see size.test.ts).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);

it('a fresh Node process importing the package loads its one file and valibot, and no node: module', async () => {
  const log = join(mkdtempSync(join(tmpdir(), 'node-entry-')), 'modules.txt');
  const script = `import { createClient, getOrganization } from 'clerk-backend-fetch';
const clerk = createClient('sk_test_node_entry', { fetch: async () => Response.json({ errors: [] }, { status: 404 }), retry: false });
const r = await getOrganization(clerk, { organization_id: 'org_1' });
console.log(JSON.stringify([r.ok, r.error?.type, r.error?.status, r.error?.endpoint]));`;
  const { stdout } = await run(process.execPath, ['--import', './bench/cold-modules.mjs', '--input-type=module', '-e', script], {
    env: { ...process.env, COLD_MODULES_FILE: log },
  });
  // The package works from that one file: the call ran and came back as a Result.
  expect(JSON.parse(stdout)).toEqual([false, 'api', 404, 'GET /organizations/{organization_id}']);
  const loaded = readFileSync(log, 'utf8').trim().split('\n');
  const ours = loaded.filter((url) => url.includes('/dist/') && !url.includes('/node_modules/'));
  expect(ours.map((url) => url.replace(/.*\/dist\//, 'dist/'))).toEqual(['dist/node.js']);
  expect(loaded.filter((url) => url.includes('node_modules')).map((url) => url.replace(/.*node_modules\/([^/]+)\/.*/, '$1'))).toEqual(['valibot']);
  expect(loaded.filter((url) => url.startsWith('node:'))).toEqual([]);
}, 30_000);
