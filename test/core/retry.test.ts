import nock from 'nock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createClient,
  createOrganization,
  deleteOrganizationLogo,
  getOrganization,
  mergeOrganizationMetadata,
  type RequestError,
  type Result,
  replaceOrganizationMetadata,
} from '../../src/index.js';
import { expectErr } from '../support/expect-result.js';
import { clerkErrors, organization } from '../support/models.js';
import { BASE_URL, ORIGIN, useNock } from '../support/nock.js';
import { SECRET_KEY } from '../support/secret.js';

useNock();
afterEach(() => vi.restoreAllMocks());

type Reply = number | 'reset' | { status: number; headers?: Record<string, string>; wait?: number };

/** Answers successive requests with `replies` in order; returns the attempt count and when each came. */
function sequence(method: string, replies: Reply[]) {
  const log = { attempts: 0, at: [] as number[] };
  const scope = nock(ORIGIN);
  for (const reply of replies) {
    const interceptor = scope.intercept(() => true, method);
    if (reply === 'reset') {
      interceptor.reply(() => {
        log.attempts += 1;
        log.at.push(performance.now());
        throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      });
      continue;
    }
    const { status, headers = {}, wait = 0 } = typeof reply === 'number' ? { status: reply } : reply;
    interceptor.reply(async () => {
      log.attempts += 1;
      log.at.push(performance.now());
      if (wait) await new Promise((r) => setTimeout(r, wait));
      const body = status < 300 ? organization() : clerkErrors(`e${status}`, `status ${status}`);
      return [status, JSON.stringify(body), { 'content-type': 'application/json', ...headers }];
    });
  }
  return log;
}

const client = (
  retry: Parameters<typeof createClient>[1] extends infer O ? (O extends { retry?: infer R } ? R : never) : never = { retries: 2, baseDelay: 1, maxDelay: 20 },
  timeout?: number,
) => createClient(SECRET_KEY, { baseURL: BASE_URL, retry, ...(timeout ? { timeout } : {}) });
const get = (c = client(), options = {}) => getOrganization(c, { organization_id: 'org_1' }, options);
const post = (c = client(), options = {}) => createOrganization(c, { name: 'A' }, options);
const kind = (r: Result<unknown, RequestError>) => (r.ok ? 'ok' : r.error.type === 'api' ? `api ${r.error.status}` : r.error.type);

describe('which failures are retried', () => {
  it.each([429, 502, 503, 504])('GET retries %i and succeeds', async (status) => {
    const log = sequence('GET', [status, status, 200]);
    expect(kind(await get())).toBe('ok');
    expect(log.attempts).toBe(3);
  });

  it('GET retries a reset connection', async () => {
    const log = sequence('GET', ['reset', 200]);
    expect(kind(await get())).toBe('ok');
    expect(log.attempts).toBe(2);
  });

  it('PUT and DELETE retry 502/503 too', async () => {
    const put = sequence('PUT', [503, 200]);
    expect(kind(await replaceOrganizationMetadata(client(), { organization_id: 'org_1', public_metadata: {} }))).toBe('ok');
    expect(put.attempts).toBe(2);
    const del = sequence('DELETE', [502, 200]);
    expect(kind(await deleteOrganizationLogo(client(), { organization_id: 'org_1' }))).toBe('ok');
    expect(del.attempts).toBe(2);
  });

  it('gives up after retries and returns the last answer', async () => {
    const log = sequence('GET', [503, 503, 503]);
    const r = await get();
    expect(kind(r)).toBe('api 503');
    expect(log.attempts).toBe(3);
  });

  it.each([400, 401, 404, 409, 422, 500])('does not retry %i', async (status) => {
    const log = sequence('GET', [status]);
    expect(kind(await get())).toBe(`api ${status}`);
    expect(log.attempts).toBe(1);
  });

  it.each([502, 503, 504])('POST does not retry %i (it may have been executed)', async (status) => {
    const log = sequence('POST', [status]);
    expect(kind(await post())).toBe(`api ${status}`);
    expect(log.attempts).toBe(1);
  });

  it('POST does not retry a reset connection', async () => {
    const log = sequence('POST', ['reset']);
    expect(kind(await post())).toBe('network');
    expect(log.attempts).toBe(1);
  });

  it('POST and PATCH retry 429 (a rate-limited request was not executed)', async () => {
    const p = sequence('POST', [429, 200]);
    expect(kind(await post())).toBe('ok');
    expect(p.attempts).toBe(2);
    const m = sequence('PATCH', [429, 200]);
    expect(kind(await mergeOrganizationMetadata(client(), { organization_id: 'org_1', public_metadata: {} }))).toBe('ok');
    expect(m.attempts).toBe(2);
  });

  it('retry: false on the client means exactly one attempt', async () => {
    const log = sequence('GET', [503]);
    expect(kind(await get(client(false)))).toBe('api 503');
    expect(log.attempts).toBe(1);
  });

  it('retry: false per call overrides the client; a per-call policy too', async () => {
    const one = sequence('GET', [503]);
    expect(kind(await get(client(), { retry: false }))).toBe('api 503');
    expect(one.attempts).toBe(1);
    nock.cleanAll();
    const five = sequence('GET', [503, 503, 503, 503, 503, 200]);
    expect(kind(await get(client(false), { retry: { retries: 5, baseDelay: 1, maxDelay: 2 } }))).toBe('ok');
    expect(five.attempts).toBe(6);
  });
});

/**
 * Records the waits the request core schedules between attempts, and runs them at once: retry tests are then exact
 * and fast. The attempt timers (`timeout`, here 30 s) still run for real, as do timers outside the core.
 */
function scheduledWaits(timeout = 30_000) {
  const waits: number[] = [];
  const real = globalThis.setTimeout;
  // The clock moves on by each wait run at once, as it would have: holds and dates see the time pass.
  let skipped = 0;
  const now = Date.now.bind(Date);
  vi.spyOn(Date, 'now').mockImplementation(() => now() + skipped);
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number, ...args: unknown[]) => {
    const fromCore = /src[\\/]request\.ts/.test(new Error().stack ?? '');
    if (!fromCore || ms === timeout) return real(fn, ms, ...args);
    waits.push(ms ?? 0);
    skipped += ms ?? 0;
    return real(fn, 0, ...args);
  }) as typeof setTimeout);
  return waits;
}

describe('backoff', () => {
  it('wait n is drawn from 0 to min(maxDelay, baseDelay × 2^n): at the top of the range, 40, 80, then 100', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999999);
    const waits = scheduledWaits();
    const log = sequence('GET', [503, 503, 503, 200]);
    expect(kind(await get(client({ retries: 3, baseDelay: 40, maxDelay: 100 })))).toBe('ok');
    expect(log.attempts).toBe(4);
    expect(waits.map((w) => Math.round(w))).toEqual([40, 80, 100]);
  });

  it('full jitter: the draw scales the wait (0.5 → half), and a draw of 0 waits nothing', async () => {
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const waits = scheduledWaits();
    sequence('GET', [503, 503, 200]);
    expect(kind(await get(client({ retries: 2, baseDelay: 10_000, maxDelay: 60_000 })))).toBe('ok');
    random.mockReturnValue(0);
    sequence('GET', [503, 200]);
    expect(kind(await get(client({ retries: 2, baseDelay: 10_000, maxDelay: 60_000 })))).toBe('ok');
    expect(waits).toEqual([5_000, 10_000, 0]);
  });
});

describe('Retry-After', () => {
  it('seconds: waited out exactly, not drawn at random', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0); // a backoff draw would wait 0 ms
    const waits = scheduledWaits();
    const log = sequence('GET', [{ status: 429, headers: { 'retry-after': '1' } }, 200]);
    expect(kind(await get(client({ retries: 2, baseDelay: 1, maxDelay: 5_000 })))).toBe('ok');
    expect(log.attempts).toBe(2);
    expect(waits).toEqual([1_000]);
  });

  it('HTTP-date form is honoured: the wait is the time until that date', async () => {
    const waits = scheduledWaits();
    const when = new Date(Date.now() + 2_000).toUTCString(); // whole seconds: between 1 and 2 s from now
    sequence('GET', [{ status: 503, headers: { 'retry-after': when } }, 200]);
    expect(kind(await get(client({ retries: 1, baseDelay: 1, maxDelay: 5_000 })))).toBe('ok');
    expect(waits).toHaveLength(1);
    expect([1_000, 2_000]).toContain(waits[0]);
  });

  it('is exposed as retryAfter (seconds) on the final api error', async () => {
    const waits = scheduledWaits();
    const log = sequence('GET', [
      { status: 429, headers: { 'retry-after': '0' } },
      { status: 429, headers: { 'retry-after': '3' } },
    ]);
    const r = await get(client({ retries: 2, baseDelay: 1, maxDelay: 10_000 }), { retry: { retries: 1 } });
    expect(log.attempts).toBe(2);
    expect(waits).toEqual([0]);
    expect(expectErr(r, 'api').retryAfter).toBe(3); // the last answer's, not the first
    sequence('GET', [{ status: 429, headers: { 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' } }]);
    const past = await get(client(false));
    expect(expectErr(past, 'api').retryAfter).toBe(0);
  });

  it('beyond maxDelay: the 429 comes back at once with retryAfter, no sleeping through it', async () => {
    const waits = scheduledWaits();
    const log = sequence('GET', [{ status: 429, headers: { 'retry-after': '30' } }]);
    const r = await get(client({ retries: 2, baseDelay: 1, maxDelay: 10_000 }));
    expect(log.attempts).toBe(1);
    expect(waits).toEqual([]);
    expect([expectErr(r, 'api').status, expectErr(r, 'api').retryAfter]).toEqual([429, 30]);
  });

  it('an unreadable Retry-After falls back to backoff (a draw, not a wait of 0 s)', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const waits = scheduledWaits();
    const log = sequence('GET', [{ status: 503, headers: { 'retry-after': 'soon' } }, 200]);
    const r = await get(client({ retries: 2, baseDelay: 100, maxDelay: 1_000 }));
    expect(kind(r)).toBe('ok');
    expect(log.attempts).toBe(2);
    expect(waits).toEqual([50]);
  });
});

describe('timeouts', () => {
  it('a stalled answer ends in timeout; a GET is retried each with a fresh timer', async () => {
    const log = sequence('GET', [
      { status: 200, wait: 400 },
      { status: 200, wait: 400 },
      { status: 200, wait: 400 },
    ]);
    const started = performance.now();
    const r = await get(client({ retries: 2, baseDelay: 1, maxDelay: 2 }, 50));
    expect(r).toEqual({
      ok: false,
      error: {
        type: 'timeout',
        timeout: 50,
        message: 'No complete answer within 50 ms per attempt (3 attempts)',
        endpoint: 'GET /organizations/{organization_id}',
        attempts: 3,
      },
    });
    expect(log.attempts).toBe(3);
    expect(performance.now() - started).toBeGreaterThanOrEqual(3 * 48);
  });

  it('a retry after a timeout gets its own full timeout and can succeed', async () => {
    const log = sequence('GET', [
      { status: 200, wait: 300 },
      { status: 200, wait: 60 },
    ]);
    const r = await get(client({ retries: 1, baseDelay: 1, maxDelay: 2 }, 150));
    expect(kind(r)).toBe('ok');
    expect(log.attempts).toBe(2);
  });

  it('a timed-out POST is not retried', async () => {
    const log = sequence('POST', [{ status: 200, wait: 300 }]);
    const r = await post(client({ retries: 2, baseDelay: 1, maxDelay: 2 }, 50));
    expect(kind(r)).toBe('timeout');
    expect(log.attempts).toBe(1);
  });

  it('the timeout covers the body, not only the headers', async () => {
    nock(ORIGIN).get(/.*/).delay(400).reply(200, organization()); // nock's delay holds back the body only
    const r = await get(client(false, 100));
    expect(kind(r)).toBe('timeout');
  });

  it('per-call timeout overrides the client', async () => {
    sequence('GET', [{ status: 200, wait: 200 }]);
    const r = await get(client(false, 60_000), { timeout: 30 });
    expect(expectErr(r, 'timeout').timeout).toBe(30);
  });
});

describe('abort', () => {
  it('an already-aborted signal sends nothing', async () => {
    const fetch = vi.fn(globalThis.fetch);
    const controller = new AbortController();
    controller.abort('user left');
    const r = await get(createClient(SECRET_KEY, { baseURL: BASE_URL, fetch }), { signal: controller.signal });
    expect(r).toEqual({
      ok: false,
      error: { type: 'aborted', message: 'The call was aborted', reason: 'user left', endpoint: 'GET /organizations/{organization_id}', attempts: 0 },
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it("the caller's AbortSignal.timeout() firing is a timeout, not an abort, with how long the call ran", async () => {
    const log = sequence('GET', [{ status: 200, wait: 5_000 }]);
    const r = await get(createClient(SECRET_KEY, { baseURL: BASE_URL, retry: false }), { signal: AbortSignal.timeout(80) });
    const error = expectErr(r, 'timeout');
    expect(error.timeout).toBeGreaterThanOrEqual(75);
    expect(error.timeout).toBeLessThan(2_000);
    expect(error.message).toBe(`The call's signal timed out after ${error.timeout} ms`);
    expect(error).toMatchObject({ endpoint: 'GET /organizations/{organization_id}', attempts: 1 });
    expect(log.attempts).toBe(1);
  });

  it('an abort with any other reason, even an object whose name getter throws, stays aborted', async () => {
    const reason = Object.defineProperty({}, 'name', {
      get() {
        throw new Error('no');
      },
    });
    const controller = new AbortController();
    controller.abort(reason);
    const r = await get(createClient(SECRET_KEY, { baseURL: BASE_URL }), { signal: controller.signal });
    const error = expectErr(r, 'aborted');
    expect(error.reason).toBe(reason);
    expect([error.message, error.attempts]).toEqual(['The call was aborted', 0]);
  });

  it('aborting during a request ends the call at once, with no retry', async () => {
    const log = sequence('GET', [{ status: 200, wait: 5_000 }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('stop')), 50);
    const started = performance.now();
    const r = await get(client({ retries: 3, baseDelay: 1, maxDelay: 2 }), { signal: controller.signal });
    expect(kind(r)).toBe('aborted');
    expect((expectErr(r, 'aborted').reason as Error).message).toBe('stop');
    expect(log.attempts).toBe(1);
    expect(performance.now() - started).toBeLessThan(4_000); // far below the 5 s the server holds the answer
  });

  it('aborting during a backoff wait ends the call and no attempt follows', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999999);
    const log = sequence('GET', [503]);
    const controller = new AbortController();
    const pending = get(client({ retries: 2, baseDelay: 5_000, maxDelay: 5_000 }), { signal: controller.signal });
    await vi.waitFor(() => expect(log.attempts).toBe(1));
    controller.abort();
    const r = await pending;
    expect(kind(r)).toBe('aborted');
    expect(log.attempts).toBe(1);
  });

  it('the signal and the timeout work together: whichever comes first', async () => {
    sequence('GET', [{ status: 200, wait: 300 }]);
    const controller = new AbortController();
    const r = await get(client(false, 30), { signal: controller.signal });
    expect(kind(r)).toBe('timeout');
  });
});
