// Calls arriving at a steady pace against test/support/limited-server.mjs (a server in its own process that limits
// like Clerk). Shared by the loopback test (the source) and the bench (the built package), which pass their client.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Starts the limited server (`limit` requests per `window` ms per endpoint); resolves to its origin and a stop. */
export async function startLimitedServer(limit, window) {
  const script = fileURLToPath(new URL('./limited-server.mjs', import.meta.url));
  const server = spawn(process.execPath, [script, String(limit), String(window)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(String(d).trim())));
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.kill() };
}

/**
 * `calls` getOrganization calls for `organizationId`, one every 10 ms, through a client made by `createClient` with `options`.
 * Resolves to the results, when the innermost fetch sent each request, the holds the client learned of
 * ([from, to] epoch ms) and the server's counts for the run.
 */
export async function steadyArrivals(origin, { createClient, getOrganization, calls = 60, organizationId = 'org_1', options = {} }) {
  const sent = [];
  const holds = [];
  const before = await (await fetch(`${origin}/stats`)).json();
  const clerk = createClient('sk_test_steady_arrivals', {
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
  const pending = [];
  for (let i = 0; i < calls; i++) {
    pending.push(getOrganization(clerk, { organization_id: organizationId }));
    await new Promise((r) => setTimeout(r, 10));
  }
  const results = await Promise.all(pending);
  const after = await (await fetch(`${origin}/stats`)).json();
  const stats = Object.fromEntries(Object.keys(after).map((key) => [key, after[key] - (before[key] ?? 0)]));
  return { results, sent, holds, stats };
}

/** The requests sent while the client knew of a hold (one already in flight when the 429 came is not counted). */
export const sentIntoHolds = ({ sent, holds }) => sent.filter((at) => holds.some(([from, to]) => at > from && at < to - 5));
