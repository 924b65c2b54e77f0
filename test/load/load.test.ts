// 2,000 calls at concurrency 200 against a real loopback server where 20% of answers are faults.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createClient, createOrganization, getOrganization, type RequestError, type Result } from '../../src/index.js';
import { type Behaviour, startMisbehavingServer } from '../support/misbehaving-server.js';
import { SECRET_KEY } from '../support/secret.js';
import { assertWellFormed } from '../support/well-formed.js';

const CALLS = 2_000;
const CONCURRENCY = 200;
const FAULTS: Behaviour[] = ['stall-after-headers', 'half-body-reset', 'reset', 'slow', 'html-502'];

let server: Awaited<ReturnType<typeof startMisbehavingServer>>;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(async () => {
  server = await startMisbehavingServer(150);
  process.on('unhandledRejection', onUnhandled);
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await server.close();
});

/** Runs CALLS calls, CONCURRENCY at a time; returns the count of each outcome. */
async function round(): Promise<Record<string, number>> {
  const clerk = createClient(SECRET_KEY, { baseURL: server.url, timeout: 2_000, retry: { retries: 1, baseDelay: 5, maxDelay: 20 } });
  const outcomes: Record<string, number> = {};
  let next = 0;
  const worker = async () => {
    while (next < CALLS) {
      const i = next++;
      const behaviour: Behaviour = Math.random() < 0.2 ? FAULTS[i % FAULTS.length]! : 'ok';
      const r: Result<unknown, RequestError> =
        i % 10 === 0
          ? await createOrganization(clerk, { name: 'load' }, { headers: { 'x-behaviour': behaviour } })
          : await getOrganization(clerk, { organization_id: behaviour });
      assertWellFormed(r);
      const key = r.ok ? 'ok' : r.error.type === 'api' ? `api ${r.error.status}` : r.error.type;
      outcomes[key] = (outcomes[key] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return outcomes;
}

function heapAfterGc(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

it(`${CALLS} calls at concurrency ${CONCURRENCY} with 20% faults all settle well-formed, twice, without growing the heap`, async () => {
  const started = performance.now();
  const first = await round();
  const heap1 = heapAfterGc();
  const second = await round();
  const heap2 = heapAfterGc();
  const seconds = (performance.now() - started) / 1000;
  const total = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  expect(total(first)).toBe(CALLS);
  expect(total(second)).toBe(CALLS);
  expect(first.ok).toBeGreaterThan(CALLS * 0.7);
  expect(unhandled).toEqual([]);
  const growthMb = (heap2 - heap1) / 1024 / 1024;
  console.log(
    `load: 2 rounds × ${CALLS} calls in ${seconds.toFixed(1)} s; round 1 ${JSON.stringify(first)}; round 2 ${JSON.stringify(second)}; ` +
      `heap after round 1 ${(heap1 / 1024 / 1024).toFixed(1)} MB, after round 2 ${(heap2 / 1024 / 1024).toFixed(1)} MB (growth ${growthMb.toFixed(1)} MB; gc exposed: ${typeof (globalThis as { gc?: unknown }).gc === 'function'})`,
  );
  expect(growthMb).toBeLessThan(16);
}, 120_000);
