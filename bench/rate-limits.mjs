// npm run bench: 200 calls, one every 10 ms, against a loopback server that limits like Clerk (20 per second per
// endpoint, then 429 and a block until Retry-After), with the hold alone and with a matching budget.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createClient, getOrganization } from 'clerk-backend-fetch';

const server = spawn(process.execPath, [fileURLToPath(new URL('../test/support/limited-server.mjs', import.meta.url)), '20', '1000'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const port = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(String(d).trim())));
const origin = `http://127.0.0.1:${port}`;

async function run(name, options) {
  const sent = [];
  const holds = [];
  const before = await (await fetch(`${origin}/stats`)).json();
  const clerk = createClient('sk_test_bench', {
    baseURL: `${origin}/v1`,
    ...options,
    fetch: async (url, init) => {
      sent.push(Date.now());
      const response = await fetch(url, init);
      const retryAfter = Number(response.headers.get('retry-after'));
      if (response.status === 429 && retryAfter > 0) holds.push([Date.now(), Date.now() + retryAfter * 1000]);
      return response;
    },
  });
  const calls = [];
  for (let i = 0; i < 200; i++) {
    calls.push(getOrganization(clerk, { organization_id: `org_${name.length}` }));
    await new Promise((r) => setTimeout(r, 10));
  }
  const results = await Promise.all(calls);
  const after = await (await fetch(`${origin}/stats`)).json();
  const intoHold = sent.filter((at) => holds.some(([from, to]) => at > from && at < to - 5)).length;
  console.log(`| ${name} | ${sent.length} | ${after.tooMany - before.tooMany} | ${intoHold} | ${results.filter((r) => r.ok).length} |`);
}

console.log('\nRate limits: 200 calls, one every 10 ms; the server allows 20 per second per endpoint\n');
console.log('| client | requests sent | answered 429 | sent while the client knew of a hold | calls ok |\n|---|---:|---:|---:|---:|');
await run('the hold', {});
await run('the hold and rateLimit: { requests: 20, per: 1000 }', { rateLimit: { requests: 20, per: 1000 }, retry: { maxDelay: 20_000 } });
server.kill();
