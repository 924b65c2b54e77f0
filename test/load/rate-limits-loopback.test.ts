// Against a loopback server in its own process that limits like Clerk (test/support/limited-server.mjs): calls
// arriving every 10 ms, 20 allowed per second per endpoint.
import { afterEach, describe, expect, it } from 'vitest';
import { createClient, getOrganization } from '../../src/index.js';
import { sentIntoHolds, startLimitedServer, steadyArrivals } from '../support/steady-arrivals.mjs';

let stop: (() => void) | undefined;
afterEach(() => stop?.());

async function start() {
  const server = await startLimitedServer(20, 1000);
  stop = server.stop;
  return server.origin;
}

describe('rate limits against a server that limits like Clerk', () => {
  it('no request leaves the client while it holds the endpoint, and every call still succeeds', async () => {
    const run = await steadyArrivals(await start(), { createClient, getOrganization });
    const { results, sent, holds, stats } = run;
    console.log(`rate limits, hold only: ${sent.length} requests sent, ${stats.tooMany} answered 429, ${stats.intoBlock} sent into the server's block`);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(holds.length).toBeGreaterThan(0); // the server did limit, so the hold was exercised
    // A request may already be in flight when a 429 arrives; none leaves after it while the hold lasts.
    expect(sentIntoHolds(run)).toEqual([]);
  }, 60_000);

  it('with a budget matching the server limit, the server answers no 429', async () => {
    const { results, stats } = await steadyArrivals(await start(), { createClient, getOrganization, options: { rateLimit: { requests: 20, per: 1000 } } });
    console.log(`rate limits, with a budget: ${stats.ok} ok, ${stats.tooMany} answered 429`);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(stats.ok).toBe(60);
    expect(stats.tooMany).toBe(0);
  }, 60_000);
});
