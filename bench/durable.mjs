// node bench/durable.mjs (after npm run build): the Durable Object limiter in workerd, with the setup of
// test/runtimes/durable-limiter.test.ts (two workers, two isolates, one ClerkRateLimiter namespace, a loopback server
// in its own process that limits the whole instance). Prints, over three repeats (ranges, min–max):
//   1. the latency a call pays for the shared limiter: 200 calls one after another from one worker, budget not binding,
//      server not limiting, with durableRateLimit and with the local budget alone, measured in the same repeat;
//      per call as the server sees it (the time from one request's arrival to the next: the whole call cycle; median
//      and p90) and the worker's mean (its run's span ÷ calls: workerd's clock gives whole ms); the ratio shared / local;
//   2. the 429s under the load of the test: 60 getOrganization from each worker at once, the server allowing 20 per
//      second for the instance, with the shared limiter and with per-client budgets; and how many round trips to the
//      object the shared limiter made for them (reservations made together share one).
// Ratios are against the baseline measured in the same run; nothing here asserts times.
import { join } from 'node:path';
import { startDurableWorkerd } from '../test/support/durable-workerd.mjs';
import { mostInWindow, root } from '../test/support/workerd.mjs';

const REPEATS = 3;
const CALLS = 200;
const LIMIT = 20;
const WINDOW = 1000;

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const range = (values, digits = 2) => {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return min.toFixed(digits) === max.toFixed(digits) ? min.toFixed(digits) : `${min.toFixed(digits)}–${max.toFixed(digits)}`;
};
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

const setup = await startDurableWorkerd(join(root, '.tmp', 'durable-bench'), { limit: LIMIT, window: WINDOW });
try {
  // 1. Latency, the budget not binding.
  await setup.server.setLimit(1e9, WINDOW);
  const sequential = (limiter, name) => ({
    limiter,
    name,
    requests: 1_000_000,
    per: 1000,
    sequential: true,
    calls: [{ fn: 'getOrganization', params: { organization_id: 'org_latency' }, count: CALLS }],
  });
  /** Per-call ms: the gaps between consecutive arrivals at the server, and the worker's whole run over the calls. */
  const measure = async (limiter, name) => {
    await setup.server.reset();
    const run = await setup.run('a', sequential(limiter, name));
    if (!run.results.every((r) => r.ok)) throw new Error(`${limiter}: calls failed: ${JSON.stringify(run.results.find((r) => !r.ok))}`);
    const at = (await setup.server.arrivals()).map((x) => x.at);
    const gaps = at.slice(1).map((t, i) => t - at[i]);
    return { median: quantile(gaps, 0.5), p90: quantile(gaps, 0.9), mean: run.ms / CALLS };
  };
  await measure('local', 'warm-up');
  await measure('shared', 'warm-up');
  const latency = [];
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    // Alternate which goes first, so neither always runs on a warmer process.
    const out = {};
    for (const limiter of repeat % 2 ? ['shared', 'local'] : ['local', 'shared']) out[limiter] = await measure(limiter, `latency-${repeat}`);
    latency.push(out);
  }
  console.log(`\nLatency per call, ${CALLS} calls one after another from one worker, budget not binding (${REPEATS} repeats, min–max)\n`);
  console.log('| per call | local ms | shared ms | ratio shared / local | added ms |\n|---|---:|---:|---:|---:|');
  for (const [key, label] of [
    ['median', 'median, server-side (arrival to next arrival)'],
    ['p90', 'p90, server-side'],
    ['mean', "mean, worker-side (the run's Date.now() span ÷ calls)"],
  ]) {
    const pick = (limiter) => latency.map((l) => l[limiter][key]);
    console.log(
      `| ${label} | ${range(pick('local'))} | ${range(pick('shared'))} | ${range(latency.map((l) => l.shared[key] / l.local[key]))} | ${range(latency.map((l) => l.shared[key] - l.local[key]))} |`,
    );
  }

  // 2. 429s under the load of the test.
  await setup.server.setLimit(LIMIT, WINDOW);
  const load = (limiter, name) => ({
    limiter,
    name,
    requests: LIMIT,
    per: WINDOW,
    calls: [{ fn: 'getOrganization', params: { organization_id: `org_${name}` }, count: 60 }],
  });
  const rows = { shared: [], local: [] };
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    for (const limiter of repeat % 2 ? ['shared', 'local'] : ['local', 'shared']) {
      await pause(WINDOW + 100); // the last run's requests leave the server's window
      await setup.server.reset();
      const started = Date.now();
      const runs = await Promise.all(['a', 'b'].map((who) => setup.run(who, load(limiter, `load-${limiter}-${repeat}`))));
      const took = Date.now() - started;
      await pause(300);
      const arrivals = await setup.server.arrivals();
      const results = runs.flatMap((r) => r.results);
      rows[limiter].push({
        requests: arrivals.length,
        tooMany: arrivals.filter((x) => x.status === 429).length,
        most: mostInWindow(
          arrivals.map((x) => x.at),
          WINDOW,
        ),
        ok: results.filter((r) => r.ok).length,
        messages: runs.reduce((sum, r) => sum + r.messages, 0),
        took,
      });
    }
  }
  console.log(`\nTwo workers, 60 calls each at once; the server allows ${LIMIT} per ${WINDOW} ms for the instance (${REPEATS} repeats, min–max)\n`);
  console.log(
    '| limiter | requests for 120 calls | answered 429 | most in any second | calls ok | round trips to the object | took ms |\n|---|---:|---:|---:|---:|---:|---:|',
  );
  for (const [limiter, label] of [
    ['local', `per-client rateLimit: { requests: ${LIMIT}, per: ${WINDOW} }`],
    ['shared', `durableRateLimit(env.CLERK_LIMITER, { requests: ${LIMIT}, per: ${WINDOW} })`],
  ]) {
    const r = rows[limiter];
    const col = (key) =>
      range(
        r.map((x) => x[key]),
        0,
      );
    console.log(
      `| ${label} | ${col('requests')} | ${col('tooMany')} | ${col('most')} | ${col('ok')} | ${limiter === 'local' ? '—' : col('messages')} | ${col('took')} |`,
    );
  }
} finally {
  setup.stop();
}
