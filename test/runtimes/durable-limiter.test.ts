// The Durable Object limiter from the packed package, in workerd: two workers (two services, so two isolates) bound
// to one ClerkRateLimiter namespace, against a loopback server in its own process that limits the whole instance
// like Clerk (20 requests per 1,000 ms, sliding by arrival, then 429 with Retry-After) and records every arrival.
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type DurableWorkerd, type RunSpec, startDurableWorkerd } from '../support/durable-workerd.mjs';
import { type Arrival, mostInWindow, root } from '../support/workerd.mjs';

const LIMIT = 20;
const WINDOW = 1000;
const budget = { requests: LIMIT, per: WINDOW };
const load = (limiter: RunSpec['limiter'], name: string): RunSpec => ({
  limiter,
  name,
  ...budget,
  calls: [{ fn: 'getOrganization', params: { organization_id: `org_${name}` }, count: 60 }],
});

let setup: DurableWorkerd;

beforeAll(async () => {
  setup = await startDurableWorkerd(join(root, '.tmp', 'durable'), { limit: LIMIT, window: WINDOW });
}, 180_000);

afterAll(() => setup?.stop());

beforeEach(async () => {
  await setup.server.reset();
});

/** The arrivals once the server has been quiet a moment (a call that ended early must not have left a request behind). */
async function settledArrivals(quiet = 300): Promise<Arrival[]> {
  await new Promise((r) => setTimeout(r, quiet));
  return setup.server.arrivals();
}

/** How many items have each key. */
function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe('one budget for two isolates, kept in a Durable Object (workerd)', () => {
  it('runs the two workers in two isolates', () => {
    const [a, b] = setup.identities;
    expect(a).toMatchObject({ who: 'a' });
    expect(b).toMatchObject({ who: 'b' });
    expect(a!.isolate).not.toBe(b!.isolate);
  });

  it('shared: 60 calls from each worker at once all end ok, no 429, never more than 20 arrivals in a second', async () => {
    const [a, b] = await Promise.all([setup.run('a', load('shared', 'shared')), setup.run('b', load('shared', 'shared'))]);
    const arrivals = await settledArrivals();
    const most = mostInWindow(
      arrivals.map((x) => x.at),
      WINDOW,
    );
    console.log(
      `shared limiter: ${arrivals.length} requests for 120 calls, statuses ${JSON.stringify(countBy(arrivals, (x) => String(x.status)))}, at most ${most} in ${WINDOW} ms; took ${a.ms} and ${b.ms} ms`,
    );
    expect([...a.results, ...b.results].map((r) => r.ok)).toEqual(Array(120).fill(true));
    expect(arrivals.filter((x) => x.status === 429)).toEqual([]);
    expect(countBy(arrivals, (x) => x.who)).toEqual({ a: 60, b: 60 });
    expect(most).toBeLessThanOrEqual(LIMIT);
  });

  it('a client kept at module scope, used by overlapping requests in both workers, keeps the shared budget too', async () => {
    // As the README shows it: `clerk ??= createClient(...)`, so one request's round trip to the object may carry another's reservations.
    const spec = (i: number): RunSpec => ({
      ...load('shared', 'module-scope'),
      reuse: true,
      calls: [{ fn: 'getOrganization', params: { organization_id: `org_m${i}` }, count: 15 }],
    });
    const runs = await Promise.all(
      [0, 1, 2, 3].map(async (i) => {
        await new Promise((r) => setTimeout(r, i * 20));
        return setup.run(i % 2 ? 'b' : 'a', spec(i));
      }),
    );
    const arrivals = await settledArrivals();
    expect(runs.flatMap((run) => run.results.map((r) => r.ok))).toEqual(Array(60).fill(true));
    expect(arrivals.filter((x) => x.status === 429)).toEqual([]);
    expect(arrivals).toHaveLength(60);
    expect(
      mostInWindow(
        arrivals.map((x) => x.at),
        WINDOW,
      ),
    ).toBeLessThanOrEqual(LIMIT);
  });

  it('per-client budgets: the same load overruns the instance and is answered 429 (what the shared limiter removes)', async () => {
    const [a, b] = await Promise.all([setup.run('a', load('local', 'local')), setup.run('b', load('local', 'local'))]);
    const arrivals = await settledArrivals();
    const tooMany = arrivals.filter((x) => x.status === 429).length;
    const most = mostInWindow(
      arrivals.map((x) => x.at),
      WINDOW,
    );
    const failed = countBy(
      [...a.results, ...b.results].filter((r) => !r.ok),
      (r) => `${r.type}${r.status ? ` ${r.status}` : ''}`,
    );
    console.log(
      `per-client budgets: ${arrivals.length} requests for 120 calls, ${tooMany} answered 429, at most ${most} in ${WINDOW} ms; calls not ok: ${JSON.stringify(failed)}`,
    );
    expect(tooMany).toBeGreaterThan(0);
    // Every call ended, and the server saw more requests than calls: the 429s' retries.
    expect([...a.results, ...b.results]).toHaveLength(120);
    expect(arrivals.length).toBeGreaterThan(120);
  });

  it('abort while waiting for the shared window: ends aborted at once, nothing sent for it', async () => {
    // Worker A spends the shared budget; worker B's own budget is untouched, so only the shared window makes it wait.
    const spend = await setup.run('a', {
      limiter: 'shared',
      name: 'abort',
      ...budget,
      calls: [{ fn: 'getOrganization', params: { organization_id: 'org_spend' }, count: LIMIT }],
    });
    expect(spend.results.map((r) => r.ok)).toEqual(Array(LIMIT).fill(true));
    const started = Date.now();
    const waiting = await setup.run('b', {
      limiter: 'shared',
      name: 'abort',
      ...budget,
      calls: [{ fn: 'getOrganization', params: { organization_id: 'org_aborted' }, abortAfter: 50 }],
    });
    const took = Date.now() - started;
    // Long enough for the wait (about a second) to have ended, had the abort not ended it.
    const arrivals = await settledArrivals(1200);
    console.log(`aborted after 50 ms: ended in ${waiting.results[0]!.ms} ms in the worker, ${took} ms seen from outside`);
    expect(waiting.results).toEqual([expect.objectContaining({ ok: false, type: 'aborted' })]);
    expect(waiting.results[0]!.ms).toBeLessThan(400);
    expect(arrivals.filter((x) => x.path === '/organizations/org_aborted')).toEqual([]);
    expect(countBy(arrivals, (x) => `${x.who} ${x.path} ${x.status}`)).toEqual({ 'a /organizations/org_spend 200': LIMIT });
  });

  describe('the object cannot be reached or answers badly: calls fall back to their own budget', () => {
    for (const [limiter, what] of [
      ['throws', 'throws'],
      ['garbage', 'answers HTML'],
      ['hangs', 'never answers'],
    ] as const) {
      it(`an object that ${what}: 25 calls end ok, bounded in time, within the local budget`, async () => {
        const run = await setup.run('a', { limiter, ...budget, calls: [{ fn: 'getOrganization', params: { organization_id: `org_${limiter}` }, count: 25 }] });
        const arrivals = await settledArrivals();
        const slowest = Math.max(...run.results.map((r) => r.ms));
        console.log(
          `object that ${what}: slowest call ${slowest} ms, ${arrivals.length} requests, at most ${mostInWindow(
            arrivals.map((x) => x.at),
            WINDOW,
          )} in ${WINDOW} ms`,
        );
        expect(run.results.map((r) => r.ok)).toEqual(Array(25).fill(true));
        expect(arrivals.filter((x) => x.status !== 200)).toEqual([]);
        expect(arrivals).toHaveLength(25);
        // The local budget still holds, counted from when requests left: the last 5 wait for the window (about a
        // second); a hanging object costs up to a second per round trip (about 1 + 1 + 1 s for the last 5).
        expect(
          mostInWindow(
            arrivals.map((x) => x.at),
            WINDOW,
          ),
        ).toBeLessThanOrEqual(LIMIT);
        expect(slowest).toBeLessThan(limiter === 'hangs' ? 4500 : 2500);
      });
    }
  });

  it('abort while the object never answers: ends aborted at once, nothing sent', async () => {
    const run = await setup.run('b', {
      limiter: 'hangs',
      ...budget,
      calls: [{ fn: 'getOrganization', params: { organization_id: 'org_hung' }, abortAfter: 50 }],
    });
    const arrivals = await settledArrivals(1500);
    expect(run.results).toEqual([expect.objectContaining({ ok: false, type: 'aborted' })]);
    expect(run.results[0]!.ms).toBeLessThan(400);
    expect(arrivals).toEqual([]);
  });

  it("a 429 seen by worker A holds that endpoint for worker B: B's call ends rate_limited, nothing sent; another endpoint still goes", async () => {
    await setup.server.force429('a', '/organizations/org_held', 3);
    const a = await setup.run('a', {
      limiter: 'shared',
      name: 'hold',
      ...budget,
      calls: [{ fn: 'getOrganization', params: { organization_id: 'org_held' }, retry: false }],
    });
    expect(a.results).toEqual([expect.objectContaining({ ok: false, type: 'api', status: 429, retryAfter: 3 })]);
    const b = await setup.run('b', {
      limiter: 'shared',
      name: 'hold',
      ...budget,
      calls: [{ fn: 'getOrganization', params: { organization_id: 'org_held' }, retry: { maxDelay: 500 } }],
    });
    const other = await setup.run('b', { limiter: 'shared', name: 'hold', ...budget, calls: [{ fn: 'listOrganizations', params: {} }] });
    const arrivals = await settledArrivals();
    console.log(`hold: B's call ${JSON.stringify(b.results[0])}; arrivals ${JSON.stringify(arrivals.map((x) => `${x.who} ${x.path} ${x.status}`))}`);
    expect(b.results).toEqual([expect.objectContaining({ ok: false, type: 'rate_limited' })]);
    expect(b.results[0]!.retryAfter).toBeGreaterThan(1);
    expect(b.results[0]!.ms).toBeLessThan(500);
    expect(other.results).toEqual([expect.objectContaining({ ok: true })]);
    expect(arrivals.map((x) => `${x.who} ${x.method} ${x.path} ${x.status}`)).toEqual(['a GET /organizations/org_held 429', 'b GET /organizations 200']);
  });
});
