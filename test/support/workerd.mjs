// The built package as a user gets it: packed with `npm pack`, installed into a scratch consumer project, bundled
// with esbuild, and run in workerd from a capnp config. Shared by the runtime tests and the bench (plain JS, so node
// runs the bench without a build step), like steady-arrivals.mjs.
import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const run = promisify(execFile);
export const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const bin = (name) => join(root, 'node_modules', '.bin', name);

/**
 * Packs the package (dist must be built) into `work` and installs the tarball into `work/consumer`, with `files`
 * (paths relative to the repository) copied beside it. Resolves to the consumer's directory.
 */
export async function packConsumer(work, files) {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  const consumer = join(work, 'consumer');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(consumer, { recursive: true });
  // --ignore-scripts: dist is built already, and a prepack rebuild would race the other suites reading it.
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--pack-destination', work, '--silent'], { cwd: root });
  const tarball = stdout.trim().split('\n').pop();
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { 'clerk-backend-fetch': `file:../${tarball}` } }),
  );
  for (const file of files) cpSync(join(root, file), join(consumer, file.split('/').pop()));
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--no-package-lock'], { cwd: consumer });
  return consumer;
}

/** Bundles `entry` in `consumer` as a runtime would resolve it (`conditions`), into `outfile`. */
export function bundle(consumer, entry, outfile, conditions, format = 'esm') {
  return build({ absWorkingDir: consumer, entryPoints: [entry], outfile, bundle: true, format, platform: 'browser', conditions, logLevel: 'silent' });
}

/** Bundles a module for workerd: the package's `workerd` export conditions, ESM. */
export const bundleForWorkerd = (consumer, entry, outfile) => bundle(consumer, entry, outfile, ['workerd', 'worker', 'browser']);

/** A port on 127.0.0.1 with nothing listening (a server took it, then let it go). */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Writes `config` as `config.capnp` in `cwd` and starts `workerd serve` on it. `log()` is what it printed so far;
 * `waitForJson(url)` polls until the worker answers (failing with the log if workerd exits or never comes up).
 */
export function startWorkerd(cwd, config) {
  writeFileSync(join(cwd, 'config.capnp'), config);
  const child = spawn(bin('workerd'), ['serve', 'config.capnp'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  return {
    child,
    log: () => log,
    waitForJson: (url, init) =>
      waitForJson(
        url,
        init,
        () => child.exitCode,
        () => log,
      ),
    stop: () => child.kill(),
  };
}

/** Polls until `url` answers JSON; fails with the log if the process exits or nothing answers within 30 s. */
export async function waitForJson(url, init, exitCode, log) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exitCode() !== null) throw new Error(`workerd exited (${exitCode()}):\n${log()}`);
    try {
      const res = await fetch(url, init);
      return await res.json();
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`workerd did not answer within 30 s:\n${log()}`);
}

/** Starts test/support/instance-server.mjs (`limit` requests per `window` ms for the whole instance) in its own process. */
export async function startInstanceServer(limit, window) {
  const script = fileURLToPath(new URL('./instance-server.mjs', import.meta.url));
  const child = spawn(process.execPath, [script, String(limit), String(window)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    child.stdout.once('data', (d) => resolve(String(d).trim()));
    child.once('exit', (code) => reject(new Error(`instance server exited (${code})`)));
  });
  const origin = `http://127.0.0.1:${port}`;
  const post = (path, body) => fetch(`${origin}${path}`, { method: 'POST', body: JSON.stringify(body ?? {}) }).then((r) => r.json());
  return {
    origin,
    /** Every request that reached it since the last reset: `{ at, who, method, path, status }`. */
    arrivals: () => fetch(`${origin}/__arrivals`).then((r) => r.json()),
    reset: () => post('/__reset'),
    /** The next request from `who` to `path` gets a 429 with `Retry-After: retryAfter`. */
    force429: (who, path, retryAfter) => post('/__force', { who, path, retryAfter }),
    /** Changes the instance's limit from now on. */
    setLimit: (limit, window) => post('/__limit', { limit, window }),
    stop: () => child.kill(),
  };
}

/** The most arrivals in any window of `window` ms (as the server counts: those after `t - window`, up to `t`). */
export function mostInWindow(times, window) {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[j] <= sorted[i] - window) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}
