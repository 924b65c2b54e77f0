// npm run bench: cold start, as issue #21 defines it. A fresh process imports a client, makes it and
// makes one get against the loopback server (bench/server.mjs, its own process), for
// clerk-backend-fetch, @clerk/backend and raw fetch (the runtime's own floor), interleaved, in
//   Node:    the built package (dist/; `clerk-backend-fetch` resolves to this repository), timed from
//            spawn to the child's answer by this process and, inside the child, import + createClient
//            + first get, and the import alone;
//   workerd: one esbuild bundle per contender (worker conditions, minified, as bench/size.mjs), timed
//            from spawn to the first answer of one request that does the get. The request is sent
//            at once to a listening socket handed to workerd (--socket-fd), so no polling.
// Also how many module files each contender makes Node load (bench/cold-modules.mjs).
// Ratios are to @clerk/backend measured in the same run; nothing is asserted.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { median } from './rounds.mjs';

const ROUNDS = Number(process.env.BENCH_COLD_ROUNDS ?? 15);
const REPEATS = Number(process.env.BENCH_COLD_REPEATS ?? 3);
const KEY = 'sk_test_bench';
const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
const OURS = 'clerk-backend-fetch';
const CLERK = '@clerk/backend';
const RAW = 'raw fetch + JSON.parse';
const CONTENDERS = [RAW, OURS, CLERK];

try {
  statSync(join(root, 'dist', 'index.js'));
} catch {
  throw new Error('dist/ is missing: run `npm run build` first (npm run bench does)');
}

const server = spawn(process.execPath, [`${here}server.mjs`], { stdio: ['ignore', 'pipe', 'inherit'] });
const port = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
const origin = `http://127.0.0.1:${port}`;

/** Runs `command` to its end; resolves with its stdout and the ms from spawn to its first output. */
function runProcess(command, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let firstOutput;
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      firstOutput ??= performance.now() - start;
      out += d;
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${err}`));
      else resolve({ out, ms: firstOutput });
    });
  });
}

/**
 * One Node cold start: ms from spawn to the answer (the child prints right after its get; its exit
 * comes later, as Node lets fetch's idle socket and timers go), and import + createClient + first get
 * inside the child.
 */
async function nodeCold(contender) {
  const { out, ms } = await runProcess(process.execPath, [`${here}cold-node.mjs`, contender, origin]);
  const inside = JSON.parse(out);
  return { 'process start to answer': ms, 'import + createClient + first get': inside.importAndGet, 'of which the import': inside.import };
}

// workerd: one bundle and config per contender, in a scratch directory.
const WORKERS = {
  [RAW]: `export default { async fetch(_request, env) {
    const res = await fetch(env.API_URL + '/v1/organizations/org_1', { headers: { authorization: 'Bearer ${KEY}' } });
    return new Response(JSON.parse(await res.text()).id);
  } };`,
  [OURS]: `import { createClient, getOrganization } from 'clerk-backend-fetch';
  export default { async fetch(_request, env) {
    const r = await getOrganization(createClient('${KEY}', { baseURL: env.API_URL + '/v1' }), { organization_id: 'org_1' });
    return r.ok ? new Response(r.data.id) : new Response(JSON.stringify(r.error), { status: 500 });
  } };`,
  [CLERK]: `import { createClerkClient } from '@clerk/backend';
  export default { async fetch(_request, env) {
    const org = await createClerkClient({ secretKey: '${KEY}', apiUrl: env.API_URL }).organizations.getOrganization({ organizationId: 'org_1' });
    return new Response(org.id);
  } };`,
};
const scratch = mkdtempSync(join(tmpdir(), 'bench-cold-'));
const workerd = join(root, 'node_modules', '.bin', 'workerd');
const bundleBytes = {};
const configOf = {};
for (const [i, [name, code]] of Object.entries(WORKERS).entries()) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    outfile: join(scratch, `worker-${i}.js`),
    logLevel: 'silent',
  });
  if (result.errors.length) throw new Error(`${name}: ${result.errors[0].text}`);
  bundleBytes[name] = statSync(join(scratch, `worker-${i}.js`)).size;
  configOf[name] = join(scratch, `worker-${i}.capnp`);
  writeFileSync(
    configOf[name],
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker), (name = "loopback", network = (allow = ["local"])) ],
  sockets = [ (name = "http", address = "127.0.0.1:0", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [ (name = "worker", esModule = embed "worker-${i}.js") ],
  compatibilityDate = "2025-09-01",
  bindings = [ (name = "API_URL", text = "${origin}") ],
  globalOutbound = "loopback",
);
`,
  );
}

/** GET / on a fresh connection; resolves with the status and body. */
const getOnce = (p) =>
  new Promise((resolve, reject) => {
    const req = get({ host: '127.0.0.1', port: p, path: '/', agent: false, timeout: 30_000 }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('timeout', () => req.destroy(new Error('workerd did not answer within 30 s')));
    req.on('error', reject);
  });

/** One workerd cold start: ms from spawn to the first answer of a request sent at once. */
async function workerdCold(contender) {
  // A listening socket made here and handed to workerd: the request waits in its backlog until
  // workerd accepts, so the time is spawn to answer with no polling. Closed here once workerd has it.
  const listener = createServer();
  await new Promise((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const { port: p } = listener.address();
  const start = performance.now();
  const child = spawn(workerd, ['serve', configOf[contender], '--socket-fd', 'http=3'], {
    cwd: scratch,
    stdio: ['ignore', 'ignore', 'pipe', listener._handle.fd],
  });
  listener.close();
  let log = '';
  child.stderr.on('data', (d) => (log += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    const { status, body } = await getOnce(p);
    const ms = performance.now() - start;
    if (status !== 200 || !body.startsWith('org_')) throw new Error(`${contender} in workerd answered ${status}: ${body}\n${log}`);
    return { 'process start to answer': ms };
  } catch (error) {
    throw new Error(`${contender} in workerd: ${error.message}\n${log}`);
  } finally {
    child.kill();
    await exited;
  }
}

/** `ROUNDS` interleaved rounds (order reversed every other round) after one warm-up round, `REPEATS` times. */
async function rounds(coldStart) {
  for (const name of CONTENDERS) await coldStart(name);
  const repeats = [];
  for (let r = 0; r < REPEATS; r++) {
    const samples = Object.fromEntries(CONTENDERS.map((k) => [k, {}]));
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 ? [...CONTENDERS].reverse() : CONTENDERS;
      for (const name of order) {
        for (const [measure, ms] of Object.entries(await coldStart(name))) {
          samples[name][measure] ??= [];
          samples[name][measure].push(ms);
        }
      }
    }
    repeats.push(samples);
  }
  return repeats;
}

/** The Node module files one contender loads, by package, with their bytes. */
async function modulesOf(contender) {
  const file = join(scratch, 'modules.txt');
  writeFileSync(file, '');
  await runProcess(process.execPath, ['--import', `${here}cold-modules.mjs`, `${here}cold-node.mjs`, contender, origin], {
    ...process.env,
    COLD_MODULES_FILE: file,
  });
  const script = new URL('cold-node.mjs', import.meta.url).href;
  const urls = [...new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean))].filter((u) => u !== script);
  const builtins = urls.filter((u) => u.startsWith('node:'));
  const byPackage = {};
  for (const url of urls.filter((u) => u.startsWith('file:'))) {
    const path = fileURLToPath(url);
    const pkg = path.startsWith(join(root, 'node_modules')) ? path.slice(root.length + 'node_modules/'.length).match(/^(@[^/]+\/)?[^/]+/)[0] : OURS;
    byPackage[pkg] ??= { files: 0, bytes: 0 };
    byPackage[pkg].files++;
    byPackage[pkg].bytes += statSync(path).size;
  }
  return { byPackage, builtins };
}

const nodeRuns = await rounds(nodeCold);
const workerdRuns = await rounds(workerdCold);
const modules = { [OURS]: await modulesOf(OURS), [CLERK]: await modulesOf(CLERK) };
server.kill();
rmSync(scratch, { recursive: true, force: true });

const ms = (x) => x.toFixed(1);
/** Ratios paired round by round (the two ran next to each other, so a drifting machine cancels out). */
const pairedRatios = (samples, name, measure) => samples[name][measure].map((x, i) => x / samples[CLERK][measure][i]);
const ratioCell = (repeats, name, measure) => {
  const all = median(repeats.flatMap((s) => pairedRatios(s, name, measure)));
  const perRepeat = repeats.map((s) => median(pairedRatios(s, name, measure)));
  const range = perRepeat.length > 1 ? ` (${Math.min(...perRepeat).toFixed(2)}–${Math.max(...perRepeat).toFixed(2)})` : '';
  return `${all.toFixed(2)}x${range}`;
};
const TARGET = { 'Node import + createClient + first get': '≤ 0.85x', 'workerd process start to answer': '≤ 0.80x' };

console.log(
  `\nCold start: fresh processes, ${ROUNDS} interleaved rounds × ${REPEATS} repeats; ms as median (min–max) of all; ` +
    `vs @clerk/backend as the median of the ratios paired round by round (range: the repeats' medians); ` +
    `"above raw fetch" is the difference of medians, what the client adds to the runtime's own floor. Node ${process.versions.node}; ` +
    `workerd bundles minified: ${Object.entries(bundleBytes)
      .map(([k, b]) => `${k} ${b} B`)
      .join(', ')}\n`,
);
console.log('| runtime | measure | client | median ms | min–max ms | vs @clerk/backend | target |\n|---|---|---|---:|---:|---:|---|');
for (const [runtime, repeats] of [
  ['Node', nodeRuns],
  ['workerd', workerdRuns],
]) {
  for (const measure of Object.keys(repeats[0][CLERK])) {
    const all = (name) => repeats.flatMap((s) => s[name][measure]);
    // raw fetch imports nothing: no row of its own for the import alone, nor a floor under it.
    const importOnly = measure === 'of which the import';
    for (const name of importOnly ? [OURS, CLERK] : CONTENDERS) {
      const xs = all(name);
      const ratio = ratioCell(repeats, name, measure);
      const target = name === OURS ? (TARGET[`${runtime} ${measure}`] ?? '') : '';
      console.log(`| ${runtime} | ${measure} | ${name} | ${ms(median(xs))} | ${ms(Math.min(...xs))}–${ms(Math.max(...xs))} | ${ratio} | ${target} |`);
    }
    // What the client adds above the runtime's floor (the raw-fetch process): medians subtracted.
    const above = (name) => median(all(name)) - median(all(RAW));
    for (const name of importOnly ? [] : [OURS, CLERK]) {
      console.log(
        `| ${runtime} | ${measure}, above raw fetch | ${name} | ${ms(above(name))} | | ${above(CLERK) > 0 ? `${(above(name) / above(CLERK)).toFixed(2)}x` : '—'} | |`,
      );
    }
  }
}

const kB = (b) => `${(b / 1024).toFixed(1)} kB`;
console.log('\nModule files Node loads for import + createClient + first get (ESM load hook, plus require.cache)\n');
console.log('| client | module files | bytes of JS | by package (files, bytes) | node: builtins |\n|---|---:|---:|---|---|');
for (const [name, { byPackage, builtins }] of Object.entries(modules)) {
  const packages = Object.entries(byPackage).sort(([, a], [, b]) => b.files - a.files);
  const files = packages.reduce((n, [, p]) => n + p.files, 0);
  const bytes = packages.reduce((n, [, p]) => n + p.bytes, 0);
  const list = packages.map(([pkg, p]) => `${pkg} ${p.files}, ${kB(p.bytes)}`).join('; ');
  console.log(`| ${name} | ${files} | ${kB(bytes)} | ${list} | ${builtins.length}: ${builtins.map((b) => b.slice(5)).join(', ')} |`);
}
