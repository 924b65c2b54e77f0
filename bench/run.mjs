// npm run bench: per-call latency over a loopback socket, beside raw fetch and @clerk/backend, measured in
// the same run and printed as ratios (issue #21's four answers: ASCII and non-ASCII-heavy bodies, each
// with a content-length and chunked). Interleaved rounds in one process; medians. Also the bundle sizes.
// Cold start is bench/cold.mjs.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createClerkClient } from '@clerk/backend';
import { createClient, getOrganization, listOrganizations } from 'clerk-backend-fetch';
import { interleavedRepeats, printRatios, ratio } from './rounds.mjs';
import { measureSizes, versus } from './size.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);
/** The rounds are split into this many consecutive runs; the tables show the range of their ratios. */
const REPEATS = 3;
// As long as a real secret key (`sk_test_` and 42 characters): the redaction scan of every answer costs what it costs
// users (a short key like `sk_test_bench` makes that scan about 2.5x slower on a page of 500).
const KEY = 'sk_test_Q7mZp3Xv9KfL2aRt8YwN4bHc6JdE1sGu0iOqVxTyPk';
const here = fileURLToPath(new URL('.', import.meta.url));

const server = spawn(process.execPath, [`${here}server.mjs`], { stdio: ['ignore', 'pipe', 'inherit'] });
// Stopped however this process ends, an error included.
process.on('exit', () => server.kill());
const port = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
const origin = `http://127.0.0.1:${port}`;

const headers = { authorization: `Bearer ${KEY}`, 'clerk-api-version': '2026-05-12' };
const must = (r) => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
};

/** The four answers of issue #21: ASCII and non-ASCII-heavy bodies, each with a content-length and chunked (see server.mjs). */
const CASES = [
  ['ascii-length', 'ASCII, content-length'],
  ['ascii-chunked', 'ASCII, chunked'],
  ['non-ascii-length', 'non-ASCII, content-length'],
  ['non-ascii-chunked', 'non-ASCII, chunked'],
];

/** Every contender of one case, against the server's answers under that prefix. */
function contendersFor(prefix) {
  const base = `${origin}/${prefix}`;
  const ours = createClient(KEY, { baseURL: `${base}/v1` });
  const oursNoValidation = createClient(KEY, { baseURL: `${base}/v1`, validateResponses: false });
  const official = createClerkClient({ secretKey: KEY, apiUrl: base });
  return {
    get: {
      'raw fetch + JSON.parse': async () => JSON.parse(await (await fetch(`${base}/v1/organizations/org_1`, { headers })).text()),
      'clerk-backend-fetch': async () => must(await getOrganization(ours, { organization_id: 'org_1' })),
      'clerk-backend-fetch, validateResponses: false': async () => must(await getOrganization(oursNoValidation, { organization_id: 'org_1' })),
      '@clerk/backend': () => official.organizations.getOrganization({ organizationId: 'org_1' }),
    },
    'list of 500': {
      'raw fetch + JSON.parse': async () => JSON.parse(await (await fetch(`${base}/v1/organizations?limit=500`, { headers })).text()),
      'clerk-backend-fetch': async () => must(await listOrganizations(ours, { limit: 500 })),
      'clerk-backend-fetch, validateResponses: false': async () => must(await listOrganizations(oursNoValidation, { limit: 500 })),
      '@clerk/backend': () => official.organizations.getOrganizationList({ limit: 500 }),
    },
  };
}

/** µs of wall time for one batch of calls. */
const wallOf = async (run) => {
  const start = performance.now();
  await run();
  return (performance.now() - start) * 1000;
};
const CALLS = { get: 20, 'list of 500': 5 };
const WARMUP = { get: 100, 'list of 500': 40 };
const latency = (fns, group) =>
  interleavedRepeats(fns[group], { repeats: REPEATS, rounds: ROUNDS, callsPerRound: CALLS[group], warmup: WARMUP[group], measure: wallOf });

const results = {};
for (const [prefix, label] of CASES) {
  const fns = contendersFor(prefix);
  for (const group of ['get', 'list of 500']) results[`${group}, ${label}`] = await latency(fns, group);
}
const goal = { get: '≤ 0.95x @clerk/backend', 'list of 500': '≤ 1.05x @clerk/backend' };
const target = Object.fromEntries(Object.keys(results).map((key) => [key, { 'clerk-backend-fetch': goal[key.split(',')[0]] }]));
printRatios(
  `Per-call latency, median of ${ROUNDS} interleaved rounds; ratios: median of the rounds' ratios, with its range over ${REPEATS} runs of ${Math.floor(ROUNDS / REPEATS)} rounds (Node ${process.versions.node}, loopback server in its own process)`,
  'µs per call',
  results,
  target,
);
console.log('\nLoopback latency, clerk-backend-fetch ÷ @clerk/backend (range over the runs); goals: get ≤ 0.95x, validated list of 500 ≤ 1.05x\n');
console.log('| answer | get | list of 500 | list of 500, validateResponses: false |\n|---|---:|---:|---:|');
for (const [, label] of CASES) {
  const cell = (group, name = 'clerk-backend-fetch') => ratio(results[`${group}, ${label}`], name, '@clerk/backend');
  console.log(`| ${label} | ${cell('get')} | ${cell('list of 500')} | ${cell('list of 500', 'clerk-backend-fetch, validateResponses: false')} |`);
}

server.kill();

const sizes = await measureSizes();
const gzipOf = (name) => sizes.find((r) => r.name === name).gzip;
console.log('\nBundle size: esbuild --bundle --minify (worker/browser conditions), gzip -9\n');
console.log('| bundle | minified | gzip -9 | vs @clerk/backend |\n|---|---:|---:|---:|');
for (const r of sizes) {
  // Each bundle beside the @clerk/backend bundle doing the same (bench/size.mjs), not the last row.
  const vs = r.name.startsWith('@clerk/backend') ? '' : `${(gzipOf(versus(r.name)) / r.gzip).toFixed(1)}x smaller than "${versus(r.name).slice(16)}"`;
  console.log(`| ${r.name} | ${r.minified} B | ${r.gzip} B | ${vs} |`);
}
