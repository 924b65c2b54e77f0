// Hostile input, round two (issue #17), item 13: an id array of length 2^32 - 1 used to end the process with a
// fatal V8 error (out of memory while copying its holes), which no test in the runner's own process can survive.
// Judged in a child process running the source through tsx, with a small heap so that a regression fails fast.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const SCRIPT = `
import { createClient, getOrganization, listOrganizations, mergeOrganizationMetadata } from './src/index.ts';
const sent = [];
const clerk = createClient('sk_test_round_two', { fetch: async (url) => (sent.push(url), Response.json({})) });
const holes = (first) => { const a = first === undefined ? [] : [first]; a.length = 2 ** 32 - 1; return a; };
const results = [
  await listOrganizations(clerk, { user_id: holes() }),
  await mergeOrganizationMetadata(clerk, { organization_id: 'o', public_metadata: { list: holes('a') } }),
  await getOrganization(clerk, { organization_id: 'o' }, { headers: holes() }),
];
console.log(JSON.stringify({ types: results.map((r) => r.ok ? 'ok' : r.error.type), messages: results.map((r) => r.error?.message), sent: sent.length }));
`;

it('an array of length 2^32 - 1 in params, metadata or options is invalid_request, nothing sent, the process alive', async () => {
  const run = promisify(execFile)(process.execPath, ['--max-old-space-size=256', '--import', 'tsx', '--input-type=module', '-e', SCRIPT], {
    timeout: 30_000,
  });
  const { stdout } = await run.catch((error: { code?: unknown; signal?: unknown; stderr?: string }) => {
    throw new Error(`the child died (${error.code ?? error.signal}): ${String(error.stderr).slice(0, 300)}`);
  });
  const out = JSON.parse(stdout.trim().split('\n').pop()!);
  expect(out.types).toEqual(['invalid_request', 'invalid_request', 'invalid_request']);
  for (const message of out.messages) expect(message).toMatch(/at most 10000 items/);
  expect(out.sent).toBe(0);
}, 40_000);
