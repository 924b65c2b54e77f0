// npm run bench: per-call latency and import cost, beside raw fetch and
// @clerk/backend, measured in the same run and printed as ratios. Also the
// bundle sizes. Interleaved rounds in one process; medians.
import { execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createClerkClient } from '@clerk/backend';
import { createClient, getOrganization, listOrganizations } from 'clerk-backend-fetch';
import { interleaved, median, printRatios } from './rounds.mjs';
import { measureSizes } from './size.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);
const KEY = 'sk_test_bench';
const here = fileURLToPath(new URL('.', import.meta.url));

const server = spawn(process.execPath, [`${here}server.mjs`], { stdio: ['ignore', 'pipe', 'inherit'] });
const port = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
const origin = `http://127.0.0.1:${port}`;

const ours = createClient(KEY, { baseURL: `${origin}/v1` });
const oursNoValidation = createClient(KEY, { baseURL: `${origin}/v1`, validateResponses: false });
const official = createClerkClient({ secretKey: KEY, apiUrl: origin });
const headers = { authorization: `Bearer ${KEY}`, 'clerk-api-version': '2026-05-12' };
const must = (r) => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
};

const contenders = {
  get: {
    'raw fetch + JSON.parse': async () => JSON.parse(await (await fetch(`${origin}/v1/organizations/org_1`, { headers })).text()),
    'clerk-backend-fetch': async () => must(await getOrganization(ours, { organization_id: 'org_1' })),
    'clerk-backend-fetch, validateResponses: false': async () => must(await getOrganization(oursNoValidation, { organization_id: 'org_1' })),
    '@clerk/backend': () => official.organizations.getOrganization({ organizationId: 'org_1' }),
  },
  'list of 500': {
    'raw fetch + JSON.parse': async () => JSON.parse(await (await fetch(`${origin}/v1/organizations?limit=500`, { headers })).text()),
    'clerk-backend-fetch': async () => must(await listOrganizations(ours, { limit: 500 })),
    'clerk-backend-fetch, validateResponses: false': async () => must(await listOrganizations(oursNoValidation, { limit: 500 })),
    '@clerk/backend': () => official.organizations.getOrganizationList({ limit: 500 }),
  },
};

/** µs of wall time for one batch of calls. */
const wallOf = async (run) => {
  const start = performance.now();
  await run();
  return (performance.now() - start) * 1000;
};
const latency = (group, callsPerRound) => interleaved(contenders[group], { rounds: ROUNDS, callsPerRound, warmup: 100, measure: wallOf });

/** Cold start in a fresh process: import the package, make a client, one call. */
async function importCost(which) {
  const code =
    which === 'clerk-backend-fetch'
      ? `const t=performance.now();const m=await import('clerk-backend-fetch');const c=m.createClient('${KEY}',{baseURL:'${origin}/v1'});const r=await m.getOrganization(c,{organization_id:'org_1'});if(!r.ok)process.exit(1);console.log(performance.now()-t)`
      : `const t=performance.now();const m=await import('@clerk/backend');const c=m.createClerkClient({secretKey:'${KEY}',apiUrl:'${origin}'});await c.organizations.getOrganization({organizationId:'org_1'});console.log(performance.now()-t)`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', code], { cwd: here });
  return Number(stdout.trim());
}

const results = { get: await latency('get', 50), 'list of 500': await latency('list of 500', 10) };
const cold = { 'clerk-backend-fetch': [], '@clerk/backend': [] };
for (let i = 0; i < 15; i++) for (const k of Object.keys(cold)) cold[k].push(await importCost(k));
server.kill();

const target = {
  get: { 'clerk-backend-fetch': '≤ 1.15x raw' },
  'list of 500': { 'clerk-backend-fetch': '≤ 1.5x raw', 'clerk-backend-fetch, validateResponses: false': '≤ @clerk/backend' },
};
printRatios(
  `Per-call latency, median of ${ROUNDS} interleaved rounds (Node ${process.versions.node}, loopback server in its own process)`,
  'µs per call',
  results,
  target,
);
const oursCold = median(cold['clerk-backend-fetch']);
const officialCold = median(cold['@clerk/backend']);
console.log(`\nImport cost: cold import + createClient + first get, median of 15 fresh processes\n`);
console.log('| package | ms | vs @clerk/backend |\n|---|---:|---:|');
console.log(`| clerk-backend-fetch | ${oursCold.toFixed(1)} | ${(oursCold / officialCold).toFixed(2)}x |`);
console.log(`| @clerk/backend | ${officialCold.toFixed(1)} | 1.00x |`);

const sizes = await measureSizes();
const clerkSize = sizes.at(-1).gzip;
console.log('\nBundle size: esbuild --bundle --minify (worker/browser conditions), gzip -9\n');
console.log('| bundle | minified | gzip -9 | @clerk/backend ÷ this |\n|---|---:|---:|---:|');
for (const r of sizes) console.log(`| ${r.name} | ${r.minified} B | ${r.gzip} B | ${(clerkSize / r.gzip).toFixed(1)}x |`);
