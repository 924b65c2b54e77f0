// Against a loopback server in its own process that limits like Clerk (test/support/limited-server.mjs): calls
// arriving every 10 ms, 20 allowed per second per endpoint.
import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient, getOrganization } from '../src/index.js';
import { SECRET_KEY } from './support/secret.js';

let server: ChildProcess | undefined;
afterEach(() => server?.kill());

async function startLimitedServer(limit: number, window: number): Promise<string> {
  server = spawn(process.execPath, ['test/support/limited-server.mjs', String(limit), String(window)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) => server!.stdout!.once('data', (d) => resolve(String(d).trim())));
  return `http://127.0.0.1:${port}`;
}

/** 60 calls, one every 10 ms; returns what the innermost fetch sent and the holds the client learned of. */
async function steadyArrivals(origin: string, options: Parameters<typeof createClient>[1] = {}) {
  const sent: number[] = [];
  const holds: [number, number][] = [];
  const clerk = createClient(SECRET_KEY, {
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
  for (let i = 0; i < 60; i++) {
    calls.push(getOrganization(clerk, { organization_id: 'org_1' }));
    await new Promise((r) => setTimeout(r, 10));
  }
  const results = await Promise.all(calls);
  const stats = (await (await fetch(`${origin}/stats`)).json()) as { ok: number; tooMany: number; intoBlock: number };
  return { results, sent, holds, stats };
}

describe('rate limits against a server that limits like Clerk', () => {
  it('no request leaves the client while it holds the endpoint, and every call still succeeds', async () => {
    const origin = await startLimitedServer(20, 1000);
    const { results, sent, holds, stats } = await steadyArrivals(origin);
    console.log(`rate limits, hold only: ${sent.length} requests sent, ${stats.tooMany} answered 429, ${stats.intoBlock} sent into the server's block`);
    expect(results.every((r) => r.ok)).toBe(true);
    // A request may already be in flight when a 429 arrives; none leaves after it while the hold lasts.
    for (const [from, to] of holds) expect(sent.filter((at) => at > from && at < to - 5)).toEqual([]);
  }, 60_000);

  it('with a budget matching the server limit, the server answers no 429', async () => {
    const origin = await startLimitedServer(20, 1000);
    const { results, stats } = await steadyArrivals(origin, { rateLimit: { requests: 20, per: 1000 } });
    console.log(`rate limits, with a budget: ${stats.ok} ok, ${stats.tooMany} answered 429`);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(stats.tooMany).toBe(0);
  }, 60_000);
});
