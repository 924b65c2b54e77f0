// Attacks that can only be judged from outside: a process crash, or memory. Runs the built package.
// Usage: node --expose-gc hostile-child.mjs <scenario>; prints one JSON line.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { createClient, getOrganization } from '../../dist/index.js';

const KEY = 'sk_test_hostile_child';
const ORG = JSON.parse(readFileSync(new URL('../support/minimal-organization.json', import.meta.url), 'utf8'));
const scenarios = {
  /** A signal whose addEventListener throws, a 50 ms timeout, and a wait well past it: nothing may reject unhandled. */
  async 'signal-timer'() {
    let unhandled = 0;
    process.on('unhandledRejection', () => unhandled++);
    const clerk = createClient(KEY, { retry: false, fetch: () => new Promise((r) => setTimeout(() => r(Response.json(ORG)), 10)) });
    const signal = {
      aborted: false,
      addEventListener() {
        throw new Error('add');
      },
      removeEventListener() {},
    };
    const r = await getOrganization(clerk, { organization_id: 'org_1' }, { signal, timeout: 50 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { ok: r.ok, unhandled, exited: 'normally' };
  },

  /** A gzip bomb from a loopback server: 512 MB of zeros in about 0.5 MB. */
  async bomb() {
    const bomb = await new Promise((resolve) => {
      const gzip = createGzip({ level: 9 });
      const parts = [];
      gzip.on('data', (d) => parts.push(d));
      gzip.on('end', () => resolve(Buffer.concat(parts)));
      const mb = Buffer.alloc(1024 * 1024, 0x20);
      let left = 512;
      const write = () => {
        while (left > 0) {
          left--;
          if (!gzip.write(mb)) return gzip.once('drain', write);
        }
        gzip.end();
      };
      write();
    });
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': bomb.length }).end(bomb);
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    globalThis.gc();
    const base = process.memoryUsage().rss;
    let peak = base;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const clerk = createClient(KEY, { baseURL: `http://127.0.0.1:${server.address().port}/v1`, retry: false, timeout: 30_000 });
    const r = await getOrganization(clerk, { organization_id: 'org_1' });
    peak = Math.max(peak, process.memoryUsage().rss);
    clearInterval(sampler);
    server.close();
    return { error: r.ok ? 'none' : r.error.type, bombKB: Math.round(bomb.length / 1024), growthMB: Math.round((peak - base) / 1024 / 1024) };
  },
};

const result = await scenarios[process.argv[2]]();
console.log(JSON.stringify(result));
