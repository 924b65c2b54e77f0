// The built package, installed from its `npm pack` tarball into a scratch
// consumer project, runs one scenario in every runtime we claim, against a
// checking server on 127.0.0.1. A runtime that cannot start fails its test.
import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/ports.js';
import { signed, startCheckingServer } from './server.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.tmp', 'runtimes');
const consumer = join(work, 'consumer');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

let server: Awaited<ReturnType<typeof startCheckingServer>>;

beforeAll(async () => {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(consumer, { recursive: true });
  // --ignore-scripts: dist is built already, and a prepack rebuild would race the other suites reading it.
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--pack-destination', work, '--silent'], { cwd: root });
  const tarball = stdout.trim().split('\n').pop()!;
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { 'clerk-backend-fetch': `file:../${tarball}` } }),
  );
  for (const file of ['scenario.mjs', 'node-esm.mjs', 'node-cjs.cjs', 'worker.mjs', 'proxy-worker.mjs', 'edge.mjs']) {
    cpSync(join(root, 'test', 'runtimes', file), join(consumer, file));
  }
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--no-package-lock'], { cwd: consumer });
  const bundle = (entry: string, outfile: string, conditions: string[], format: 'esm' | 'iife') =>
    build({ absWorkingDir: consumer, entryPoints: [entry], outfile, bundle: true, format, platform: 'browser', conditions, logLevel: 'silent' });
  await bundle('worker.mjs', 'worker.js', ['workerd', 'worker', 'browser'], 'esm');
  await bundle('edge.mjs', 'edge.js', ['edge-light', 'worker', 'browser'], 'iife');
}, 180_000);

afterEach(async () => {
  await server?.close();
});

/** What every runtime must see, and the server must have received nothing wrong. */
function expectScenario(out: { runtime: string; steps: Record<string, unknown> }, runtime: RegExp, extra: Record<string, unknown> = {}) {
  console.log(`runtime: ${out.runtime}`);
  expect(out.runtime).toMatch(runtime);
  expect(out.steps).toEqual({
    getById: 'org_rt',
    getBySlug: 'rt-slug:3',
    list: 1,
    create: 'org_created',
    update: 'Renamed',
    merge: { a: 1 },
    logo: 'https://img.clerk.com/rt-logo',
    memberAdd: 'org:member:2',
    memberList: 1,
    invite: 'rt@example.com:pending',
    domain: 'rt.example.com:verified',
    permissionCreate: 'perm_rt:org:reports:read:user',
    roleCreate: 'role_rt:org:analyst:org:reports:read',
    roleList: 'org:admin,org:analyst,org:member',
    roleDelete: 'role:true',
    permissionDelete: 'permission:true',
    delete: true,
    notFound: { error: 'api', status: 404, traceId: 'trace_rt_404', message: 'Clerk API answered 404: Resource not found' },
    // Signed by the server with node:crypto; verified by the runtime's Web Crypto.
    jwks: 'ins_rt_rotated,ins_rt_key',
    sessionJwtKey: {
      userId: signed.claims.sub,
      sessionId: signed.claims.sid,
      orgId: signed.claims.org_id,
      orgRole: signed.claims.org_role,
      orgSlug: signed.claims.org_slug,
      orgPermissions: signed.claims.org_permissions,
    },
    sessionClient: 'user_rt:org_rt',
    sessionTampered: 'bad_signature',
    sessionTamperedClient: 'bad_signature',
    sessionAlgNone: 'bad_algorithm',
    webhook: `${signed.webhook.type}:${signed.webhook.data.id}`,
    webhookTampered: 'bad_signature',
    ...extra,
  });
  expect(server.problems).toEqual([]);
  expect(server.fixturesServed()).toBe(1);
  // getJwks once, and verifySessionToken({ client }) once: its keys are cached for the tampered token.
  expect(server.seen.filter((key) => key === 'GET /v1/jwks')).toHaveLength(2);
  expect(server.seen).toHaveLength(20 + Object.keys(extra).length);
}

const lastJsonLine = (stdout: string) => JSON.parse(stdout.trim().split('\n').pop()!);

describe('the packed package in each runtime', () => {
  it('Node, ESM import', async () => {
    server = await startCheckingServer();
    const { stdout } = await run(process.execPath, ['node-esm.mjs', server.url], { cwd: consumer, timeout: 60_000 });
    expectScenario(lastJsonLine(stdout), /^node \d+/);
  });

  it('Node, CJS require', async () => {
    server = await startCheckingServer();
    const { stdout } = await run(process.execPath, ['node-cjs.cjs', server.url], { cwd: consumer, timeout: 60_000 });
    expectScenario(lastJsonLine(stdout), /^node \d+.* \(require\)$/);
  });

  it('Bun', async () => {
    server = await startCheckingServer();
    const { stdout } = await run(bin('bun'), ['node-esm.mjs', server.url], { cwd: consumer, timeout: 60_000 });
    expectScenario(lastJsonLine(stdout), /^bun \d+/);
  });

  it('Deno, with network access to the loopback port only', async () => {
    server = await startCheckingServer();
    const { stdout } = await run(bin('deno'), ['run', '--no-lock', `--allow-net=127.0.0.1:${server.port}`, 'node-esm.mjs', server.url], {
      cwd: consumer,
      timeout: 60_000,
      env: { ...process.env, DENO_DIR: join(work, 'deno-cache'), NO_COLOR: '1' },
    });
    expectScenario(lastJsonLine(stdout), /^deno \d+/);
  });

  it('Vercel edge-runtime', async () => {
    server = await startCheckingServer();
    const { EdgeRuntime } = await import('edge-runtime');
    const runtime = new EdgeRuntime({ initialCode: readFileSync(join(consumer, 'edge.js'), 'utf8') });
    const json = await runtime.evaluate<Promise<string>>(`runScenarioJson(${JSON.stringify(server.url)})`);
    expectScenario(JSON.parse(json), /^edge-runtime \(edge-runtime\)$/);
  });

  it('workerd (Cloudflare Workers), outbound to local addresses through a network service', async () => {
    server = await startCheckingServer();
    const port = await freePort();
    writeFileSync(
      join(consumer, 'config.capnp'),
      `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "proxy", worker = .proxy),
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [ (name = "worker", esModule = embed "worker.js") ],
  compatibilityDate = "2025-09-01",
  bindings = [ (name = "API_URL", text = "${server.url}"), (name = "CLERK_PROXY", service = "proxy") ],
  globalOutbound = "loopback",
);
const proxy :Workerd.Worker = (
  modules = [ (name = "proxy", esModule = embed "proxy-worker.mjs") ],
  compatibilityDate = "2025-09-01",
  bindings = [ (name = "API_URL", text = "${server.url}") ],
  globalOutbound = "loopback",
);
`,
    );
    const child = spawn(bin('workerd'), ['serve', 'config.capnp'], { cwd: consumer, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    try {
      const out = await waitForJson(
        `http://127.0.0.1:${port}/`,
        () => child.exitCode,
        () => log,
      );
      expectScenario(out, /^workerd \(Cloudflare-Workers\)$/, { binding: 'org_rt' });
    } finally {
      child.kill();
    }
  });
});

/** Polls until workerd answers; fails with its log if it exits or never comes up. */
async function waitForJson(url: string, exitCode: () => number | null, log: () => string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exitCode() !== null) throw new Error(`workerd exited (${exitCode()}):\n${log()}`);
    try {
      const res = await fetch(url);
      return await res.json();
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`workerd did not answer within 30 s:\n${log()}`);
}
