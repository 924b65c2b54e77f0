// The built package, installed from its `npm pack` tarball into a scratch
// consumer project, runs one scenario in every runtime we claim, against a
// checking server on 127.0.0.1. A runtime that cannot start fails its test.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/ports.js';
import { bin, bundle, packConsumer, root, startWorkerd } from '../support/workerd.mjs';
import { signed, startCheckingServer } from './server.js';

const run = promisify(execFile);
const work = join(root, '.tmp', 'runtimes');
const consumer = join(work, 'consumer');

let server: Awaited<ReturnType<typeof startCheckingServer>>;

beforeAll(async () => {
  const files = ['scenario.mjs', 'node-esm.mjs', 'node-cjs.cjs', 'worker.mjs', 'proxy-worker.mjs', 'edge.mjs'];
  await packConsumer(
    work,
    files.map((file) => `test/runtimes/${file}`),
  );
  await bundle(consumer, 'worker.mjs', 'worker.js', ['workerd', 'worker', 'browser'], 'esm');
  await bundle(consumer, 'edge.mjs', 'edge.js', ['edge-light', 'worker', 'browser'], 'iife');
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
    const workerd = startWorkerd(
      consumer,
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
    try {
      const out = await workerd.waitForJson(`http://127.0.0.1:${port}/`);
      expectScenario(out, /^workerd \(Cloudflare-Workers\)$/, { binding: 'org_rt' });
    } finally {
      workerd.stop();
    }
  });
});
