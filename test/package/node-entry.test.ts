// Node gets the main entry as one ESM file (the "node" export condition): importing the package in a fresh
// process loads that file (valibot is bundled in) and ofetch's standard entry with ufo and destr (not ofetch's Node
// entry, whose node-fetch-native polyfill Node >= 20 never needs), not a hundred modules.
// Bundlers for workers and browsers keep the file-per-module build, which tree-shakes (see size.test.ts).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);

it('a fresh Node process importing the package loads its one file and its dependencies', async () => {
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
  const packages = new Set(loaded.filter((url) => url.includes('node_modules')).map((url) => url.replace(/.*node_modules\/([^/]+)\/.*/, '$1')));
  expect([...packages].sort()).toEqual(['destr', 'ofetch', 'ufo']);
}, 30_000);

it("the raw client's errors are ofetch's own FetchError in Node (`instanceof` works across the package)", async () => {
  const script = `import { createClient } from 'clerk-backend-fetch';
import { FetchError } from 'ofetch';
const clerk = createClient('sk_test_node_entry', { fetch: async () => Response.json({ errors: [] }, { status: 404 }) });
try { await clerk('/users', { retry: 0 }); } catch (error) { console.log(JSON.stringify([error instanceof FetchError, error.status])); }`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script]);
  expect(JSON.parse(stdout)).toEqual([true, 404]);
  // ofetch loaded first (the user's import resolves to its Node entry), then the package: still the same class.
  const later = script
    .replace("import { createClient } from 'clerk-backend-fetch';\n", '')
    .replace('const clerk', "const { createClient } = await import('clerk-backend-fetch');\nconst clerk");
  expect(later).not.toBe(script);
  const { stdout: stdoutLater } = await run(process.execPath, ['--input-type=module', '-e', later]);
  expect(JSON.parse(stdoutLater)).toEqual([true, 404]);
}, 30_000);
