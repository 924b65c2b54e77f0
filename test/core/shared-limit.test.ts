// sharedRateLimit with hand-written adapters (issue #22): whatever reserve and hold do (throw, reject, answer
// garbage, never settle), a call ends ok or rate_limited as documented, never rejects, never hangs; an abort ends a
// shared wait at once; a wait past maxDelay (any wait with retry: false) is refused with nothing sent; a 429 one
// client sees holds the endpoint for the clients sharing the adapter.
import { afterEach, describe, expect, it } from 'vitest';
import {
  type ClientOptions,
  createClient,
  createOrganizationInvitation,
  getOrganization,
  listOrganizations,
  type SharedLimiter,
  sharedRateLimit,
} from '../../src/index.js';
import { expectErr, expectOk } from '../support/expect-result.js';
import { minimalOrganization } from '../support/models.js';
import { recording } from '../support/recording.js';
import { SECRET_KEY } from '../support/secret.js';

const ORG = minimalOrganization();
const KEY = 'GET /organizations/{organization_id}';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const tooMany = (seconds: number) =>
  new Response('{"errors":[{"code":"too_many_requests","message":"Too many requests"}]}', { status: 429, headers: { 'retry-after': String(seconds) } });

/** An adapter whose reserve is `reserve` and whose hold does nothing; records what reserve was asked. */
function adapter(reserve: (key: string, maxDelay: number, signal: AbortSignal) => unknown, hold: SharedLimiter['hold'] = () => {}) {
  const asked: { key: string; maxDelay: number; signal: AbortSignal }[] = [];
  const holds: [string, number][] = [];
  const limiter: SharedLimiter = {
    reserve: (key, maxDelay, signal) => {
      asked.push({ key, maxDelay, signal });
      return reserve(key, maxDelay, signal) as Promise<number>;
    },
    hold: (key, seconds) => {
      holds.push([key, seconds]);
      return hold(key, seconds);
    },
  };
  return { limiter, asked, holds };
}

/** A recording client whose budget is shared through `limiter`. */
const sharedClient = (limiter: SharedLimiter, options: ClientOptions = {}, answer?: (path: string, n: number) => Response | Promise<Response>) =>
  recording(answer ?? (() => Response.json(ORG)), { rateLimit: sharedRateLimit(limiter, { requests: 100, per: 1000 }), ...options });

/** Resolves to the result, or 'hung' after `ms`. */
const within = <T>(call: Promise<T>, ms: number) => Promise.race([call, sleep(ms).then(() => 'hung' as const)]);

let unhandled: unknown[] = [];
process.on('unhandledRejection', (reason) => unhandled.push(reason));
afterEach(async () => {
  await sleep(20); // a rejection left behind surfaces within a few ticks
  expect(unhandled).toEqual([]);
  unhandled = [];
});

describe('a working adapter', () => {
  it('is asked right before each attempt with the hold key, the maxDelay and a signal; its wait is waited out', async () => {
    const { limiter, asked } = adapter(async () => 200);
    const { client, sent } = sharedClient(limiter, { retry: { maxDelay: 2000 } });
    const start = Date.now();
    expectOk(await getOrganization(client, { organization_id: 'org_1' }));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.at - start).toBeGreaterThanOrEqual(190);
    expect(sent[0]!.at - start).toBeLessThan(1000);
    // The maxDelay it is asked with is what is left of the call's 2,000 ms once the client's own limiter let it through.
    expect(asked.map(({ key }) => key)).toEqual([KEY]);
    expect(asked[0]!.maxDelay).toBeGreaterThan(1900);
    expect(asked[0]!.maxDelay).toBeLessThanOrEqual(2000);
    expect(asked[0]!.signal).toBeInstanceOf(AbortSignal);
  });

  it('is consulted after the client’s own limiter lets the attempt through, not before', async () => {
    const release: (() => void)[] = [];
    const { limiter, asked } = adapter(async () => 0);
    const { client, sent } = sharedClient(
      limiter,
      { maxConcurrent: 1 },
      () => new Promise<Response>((resolve) => release.push(() => resolve(Response.json(ORG)))),
    );
    const calls = [getOrganization(client, { organization_id: 'org_1' }), getOrganization(client, { organization_id: 'org_2' })];
    await sleep(30);
    expect(asked).toHaveLength(1); // the second waits for its place in flight, and has not reserved yet
    expect(sent).toHaveLength(1);
    release.shift()!();
    await sleep(30);
    expect(asked).toHaveLength(2);
    release.shift()!();
    for (const r of await Promise.all(calls)) expectOk(r);
  });

  it('invitations are reserved per organization, as Clerk limits them', async () => {
    const { limiter, asked } = adapter(async () => 0);
    const { client } = sharedClient(limiter, {}, () =>
      Response.json({ object: 'organization_invitation', id: 'orginv_1', email_address: 'a@b.test', role: 'org:member', organization_id: 'org_a' }),
    );
    await createOrganizationInvitation(client, { organization_id: 'org_a', email_address: 'a@b.test', role: 'org:member' });
    expect(asked[0]!.key).toBe('POST /organizations/{organization_id}/invitations org_a');
  });
});

describe('a reserve that misbehaves never fails or hangs a call: the request leaves under the client’s own budget', () => {
  const throwingValueOf = {
    valueOf() {
      throw new Error('valueOf');
    },
  };
  it.each<[string, (key: string, maxDelay: number, signal: AbortSignal) => unknown]>([
    [
      'throws synchronously',
      () => {
        throw new Error('sync');
      },
    ],
    [
      'throws a non-Error',
      () => {
        throw undefined;
      },
    ],
    ['rejects', () => Promise.reject(new Error('down'))],
    ['resolves undefined', async () => undefined],
    ['resolves null', async () => null],
    ['resolves a string that is not a number', async () => 'soon'],
    ['resolves a BigInt', async () => 5n],
    ['resolves a Symbol', async () => Symbol('wait')],
    ['resolves an object whose valueOf throws', async () => throwingValueOf],
    ['resolves NaN', async () => Number.NaN],
    ['resolves a negative number', async () => -5000],
    ['resolves -Infinity', async () => -Infinity],
    ['returns a plain number, not a promise', () => 0],
    [
      'returns a thenable whose then throws',
      () => ({
        // biome-ignore lint/suspicious/noThenProperty: a hostile thenable on purpose
        then() {
          throw new Error('then');
        },
      }),
    ],
  ])('%s', async (_, reserve) => {
    const { limiter } = adapter(reserve);
    const { client, sent } = sharedClient(limiter);
    const start = Date.now();
    const result = await within(getOrganization(client, { organization_id: 'org_1' }), 2000);
    expect(result).not.toBe('hung');
    expectOk(result as Exclude<typeof result, 'hung'>);
    expect(Date.now() - start).toBeLessThan(500);
    expect(sent).toHaveLength(1);
  });

  it.each<[string, unknown]>([
    ['a numeric string', '60000'],
    ['an array of one number', [60_000]],
    ['an object whose valueOf is a number', { valueOf: () => 60_000 }],
  ])('resolves %s (not a number): the request still leaves at once', async (_, value) => {
    const { limiter } = adapter(async () => value);
    const { client, sent } = sharedClient(limiter);
    const start = Date.now();
    expectOk(await getOrganization(client, { organization_id: 'org_1' }));
    expect(Date.now() - start).toBeLessThan(500);
    expect(sent).toHaveLength(1);
  });

  it('never settles: the wait is bounded by the client’s timeout, and the adapter’s signal aborts then', async () => {
    const { limiter, asked } = adapter(() => new Promise(() => {}));
    const { client, sent } = sharedClient(limiter, { timeout: 300 });
    const start = Date.now();
    const result = await within(getOrganization(client, { organization_id: 'org_1' }), 3000);
    expect(result).not.toBe('hung');
    expectOk(result as Exclude<typeof result, 'hung'>);
    expect(Date.now() - start).toBeGreaterThanOrEqual(280);
    expect(Date.now() - start).toBeLessThan(1500);
    expect(sent).toHaveLength(1);
    expect(asked[0]!.signal.aborted).toBe(true);
  });

  it('resolves Infinity (not a finite number, a bad answer): the request still leaves at once', async () => {
    const { limiter } = adapter(async () => Infinity);
    const { client, sent } = sharedClient(limiter);
    const start = Date.now();
    expect((await getOrganization(client, { organization_id: 'org_1' })).ok).toBe(true);
    expect(Date.now() - start).toBeLessThan(500);
    expect(sent).toHaveLength(1);
  });

  it('resolves a wait of 10^15 ms: rate_limited at once, nothing sent, retryAfter a finite integer of at most a day', async () => {
    const { limiter } = adapter(async () => 1e15);
    const { client, sent } = sharedClient(limiter);
    const limited = expectErr(await getOrganization(client, { organization_id: 'org_1' }), 'rate_limited');
    expect(sent).toHaveLength(0);
    expect(limited.message).not.toMatch(/Infinity|NaN|e\+/);
    expect(Number.isSafeInteger(limited.retryAfter)).toBe(true);
    expect(limited.retryAfter).toBe(86_400);
  });
});

describe('a hold that misbehaves is ignored', () => {
  it.each<[string, SharedLimiter['hold']]>([
    [
      'throws synchronously',
      () => {
        throw new Error('sync');
      },
    ],
    ['rejects', () => Promise.reject(new Error('down'))],
    ['rejects later', () => sleep(5).then(() => Promise.reject(new Error('later')))],
    ['never settles', () => new Promise(() => {})],
    [
      'returns a thenable whose then throws',
      () => ({
        // biome-ignore lint/suspicious/noThenProperty: a hostile thenable on purpose
        then() {
          throw new Error('then');
        },
      }),
    ],
  ])('%s: the 429 is reported, the call ends with it, nothing is left unhandled', async (_, hold) => {
    const { limiter, holds } = adapter(async () => 0, hold);
    const { client, sent } = sharedClient(limiter, { retry: false }, () => tooMany(7));
    expect(expectErr(await getOrganization(client, { organization_id: 'org_1' }), 'api').status).toBe(429);
    expect(holds).toEqual([[KEY, 7]]);
    // The client's own hold still works.
    expectErr(await getOrganization(client, { organization_id: 'org_1' }), 'rate_limited');
    expect(sent).toHaveLength(1);
    await sleep(30);
  });

  it('a 429 without Retry-After reports no hold', async () => {
    const { limiter, holds } = adapter(async () => 0);
    const { client } = sharedClient(limiter, { retry: false }, () => new Response('{"errors":[]}', { status: 429 }));
    expectErr(await getOrganization(client, { organization_id: 'org_1' }), 'api');
    expect(holds).toEqual([]);
  });
});

describe('abort, maxDelay and retry: false', () => {
  it('abort while waiting out a shared wait: aborted at once, nothing sent', async () => {
    const { limiter } = adapter(async () => 5000);
    const { client, sent } = sharedClient(limiter);
    const controller = new AbortController();
    setTimeout(() => controller.abort('stop'), 50);
    const start = Date.now();
    expect(expectErr(await getOrganization(client, { organization_id: 'org_1' }, { signal: controller.signal }), 'aborted').reason).toBe('stop');
    expect(Date.now() - start).toBeLessThan(500);
    expect(sent).toHaveLength(0);
  });

  it('abort while reserve is still pending: aborted at once, nothing sent, the adapter’s signal aborted', async () => {
    const { limiter, asked } = adapter(() => new Promise(() => {}));
    const { client, sent } = sharedClient(limiter);
    const controller = new AbortController();
    setTimeout(() => controller.abort('stop'), 50);
    const start = Date.now();
    expectErr(await getOrganization(client, { organization_id: 'org_1' }, { signal: controller.signal }), 'aborted');
    expect(Date.now() - start).toBeLessThan(500);
    expect(sent).toHaveLength(0);
    expect(asked[0]!.signal.aborted).toBe(true);
  });

  it('an aborted call leaves the client usable: the next call goes', async () => {
    let calls = 0;
    const { limiter } = adapter(async () => (calls++ === 0 ? 5000 : 0));
    const { client, sent } = sharedClient(limiter, { rateLimit: sharedRateLimit(limiter, { requests: 1, per: 100 }), maxConcurrent: 1 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    expectErr(await getOrganization(client, { organization_id: 'org_1' }, { signal: controller.signal }), 'aborted');
    expectOk(await getOrganization(client, { organization_id: 'org_2' }));
    expect(sent.map((s) => s.path)).toEqual(['/v1/organizations/org_2']);
  });

  it('a wait past maxDelay: rate_limited at once with the wait as retryAfter, nothing sent; the adapter was told maxDelay', async () => {
    const { limiter, asked } = adapter(async () => 20_000);
    const { client, sent } = sharedClient(limiter, { retry: { maxDelay: 2000 } });
    const start = Date.now();
    expect(expectErr(await getOrganization(client, { organization_id: 'org_1' }), 'rate_limited').retryAfter).toBe(20);
    expect(Date.now() - start).toBeLessThan(500);
    expect(sent).toHaveLength(0);
    // What is left of the 2,000 ms once the client's own limiter let it through.
    expect(asked[0]!.maxDelay).toBeGreaterThan(1900);
    expect(asked[0]!.maxDelay).toBeLessThanOrEqual(2000);
  });

  it('a wait of exactly maxDelay is waited out', async () => {
    // Answers exactly the maxDelay it is asked with (what is left of the call's 300 ms).
    const { limiter } = adapter(async (_key, maxDelay) => maxDelay);
    const { client, sent } = sharedClient(limiter, { retry: { maxDelay: 300 } });
    expectOk(await getOrganization(client, { organization_id: 'org_1' }));
    expect(sent).toHaveLength(1);
  });

  it('a refused call uses no place of the client’s own budget: the next call goes', async () => {
    let calls = 0;
    const { limiter, asked } = adapter(async () => (calls++ === 0 ? 60_000 : 0));
    const { client, sent } = recording(() => Response.json(ORG), { rateLimit: sharedRateLimit(limiter, { requests: 1, per: 60_000 }) });
    expectErr(await getOrganization(client, { organization_id: 'org_1' }), 'rate_limited');
    expect(sent).toHaveLength(0);
    const second = await getOrganization(client, { organization_id: 'org_2' });
    // Once failed: the refused call's place in the client's own budget was kept, so it refused this call unasked.
    expect(asked, 'the adapter is asked for the second call (the local budget let it through)').toHaveLength(2);
    expectOk(second);
    expect(sent).toHaveLength(1);
  });

  it('retry: false: the adapter is asked with maxDelay 0, and any wait is refused', async () => {
    const { limiter, asked } = adapter(async () => 1);
    const { client, sent } = sharedClient(limiter, { retry: false });
    expectErr(await getOrganization(client, { organization_id: 'org_1' }), 'rate_limited');
    expect(asked[0]!.maxDelay).toBe(0);
    expect(sent).toHaveLength(0);
    const free = adapter(async () => 0);
    const other = sharedClient(free.limiter, { retry: false });
    expectOk(await getOrganization(other.client, { organization_id: 'org_1' }));
  });

  it('an already aborted signal: aborted, the adapter not even asked', async () => {
    const { limiter, asked } = adapter(async () => 0);
    const { client, sent } = sharedClient(limiter);
    expectErr(await getOrganization(client, { organization_id: 'org_1' }, { signal: AbortSignal.abort() }), 'aborted');
    expect(asked).toHaveLength(0);
    expect(sent).toHaveLength(0);
  });
});

describe('a 429 seen by one client holds the endpoint for every client sharing the adapter', () => {
  /** A tiny in-memory shared store: holds by key (no window), as a Redis adapter might keep them. */
  function memoryStore() {
    const heldUntil = new Map<string, number>();
    const limiter: SharedLimiter = {
      reserve: async (key) => Math.max(0, (heldUntil.get(key) ?? 0) - Date.now()),
      hold: (key, seconds) => {
        heldUntil.set(key, Math.max(heldUntil.get(key) ?? 0, Date.now() + seconds * 1000));
      },
    };
    return limiter;
  }

  it('B’s call to the held endpoint is rate_limited without reaching the server; another endpoint goes', async () => {
    const store = memoryStore();
    const a = recording(() => tooMany(5), { rateLimit: sharedRateLimit(store, { requests: 100, per: 1000 }), retry: false });
    const b = recording((path) => (path === '/v1/organizations' ? Response.json({ data: [], total_count: 0 }) : Response.json(ORG)), {
      rateLimit: sharedRateLimit(store, { requests: 100, per: 1000 }),
      retry: { maxDelay: 1000 },
    });
    expect(expectErr(await getOrganization(a.client, { organization_id: 'org_1' }), 'api').status).toBe(429);
    await sleep(5);
    const limited = expectErr(await getOrganization(b.client, { organization_id: 'org_9' }), 'rate_limited');
    expect(limited.retryAfter).toBeGreaterThanOrEqual(4);
    expect(limited.retryAfter).toBeLessThanOrEqual(5);
    expectOk(await listOrganizations(b.client, {}));
    expect(b.sent.map((s) => s.path)).toEqual(['/v1/organizations']);
  });
});

describe('checks', () => {
  it.each<[string, unknown]>([
    ['an empty object', {}],
    ['null', null],
    ['a string', 'shared'],
    ['wait not a function', { wait: 1, hold: () => {} }],
  ])('createClient refuses rateLimit.shared as %s, naming options.rateLimit.shared', (_, shared) => {
    expect(() => createClient(SECRET_KEY, { rateLimit: { requests: 10, per: 1000, shared } as never })).toThrow(TypeError);
    expect(() => createClient(SECRET_KEY, { rateLimit: { requests: 10, per: 1000, shared } as never })).toThrow(/options\.rateLimit\.shared/);
  });

  // A hand-made window could break the limiter (a wait resolving to a truthy non-Failure would be returned as the
  // ticket after the real one was released; a missing hold would make every later 429 throw inside release).
  it('createClient refuses a hand-made window that did not come from sharedRateLimit', () => {
    const handMade = { wait: async () => undefined, hold: () => {} };
    expect(() => createClient(SECRET_KEY, { rateLimit: { requests: 10, per: 1000, shared: handMade as never } })).toThrow(/options\.rateLimit\.shared/);
  });

  it('createClient takes what sharedRateLimit returns', () => {
    expect(() =>
      createClient(SECRET_KEY, { rateLimit: sharedRateLimit({ reserve: async () => 0, hold: () => {} }, { requests: 10, per: 1000 }) }),
    ).not.toThrow();
  });

  it.each<[string, unknown]>([
    ['an empty object', {}],
    ['null', null],
    ['undefined', undefined],
    ['an object without hold', { reserve: async () => 0 }],
    ['an object without reserve', { hold: () => {} }],
  ])('sharedRateLimit(%s, …) throws a clear TypeError', (_, limiter) => {
    expect(() => sharedRateLimit(limiter as never, { requests: 10, per: 1000 })).toThrow(TypeError);
    expect(() => sharedRateLimit(limiter as never, { requests: 10, per: 1000 })).toThrow(/sharedRateLimit: expected a limiter with reserve and hold/);
  });
});

describe("the client's own budget while requests wait for the shared window", () => {
  it('counts a request from when it leaves, not from when its own limiter let it through: a slow reservation does not let the next batch out beside it', async () => {
    // The first 3 reservations take 900 ms (a slow store); later ones answer at once. Own budget: 3 per 500 ms.
    let asked = 0;
    const slowThenFast: SharedLimiter = { reserve: () => (asked++ < 3 ? sleep(900).then(() => 0) : Promise.resolve(0)), hold: () => {} };
    const { client, sent } = recording(() => Response.json(ORG), {
      rateLimit: sharedRateLimit(slowThenFast, { requests: 3, per: 500 }),
      retry: { maxDelay: 5000 },
    });
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => getOrganization(client, { organization_id: `org_${i}` })));
    expect(results.every((r) => r.ok)).toBe(true);
    const at = sent.map((s) => s.at).sort((a, b) => a - b);
    // No 4 requests within 500 ms: the second three leave at least 500 ms after the first three did.
    for (let i = 3; i < at.length; i++) expect(at[i]! - at[i - 3]!).toBeGreaterThanOrEqual(490);
  });
});

describe('found in review', () => {
  it('a signal whose getters throw midway through the shared wait strands no place in flight: the next call goes at once', async () => {
    const { limiter } = adapter(async () => 0);
    const { client } = sharedClient(limiter, { maxConcurrent: 1 });
    let reads = 0;
    const hostile = {
      addEventListener() {},
      removeEventListener() {},
      get aborted() {
        if (++reads > 3) throw new Error('boom');
        return false;
      },
      reason: undefined,
    };
    const first = await within(getOrganization(client, { organization_id: 'org_1' }, { signal: hostile as unknown as AbortSignal }), 2000);
    expect(first).not.toBe('hung');
    // The call reads its signal as it always does: the throw ends it as a network error, nothing sent.
    expect(expectErr(first as Awaited<ReturnType<typeof getOrganization>>, 'network').message).toBe('Network error reaching the API: boom');
    const start = Date.now();
    const second = await within(getOrganization(client, { organization_id: 'org_2' }), 2000);
    expect(second).not.toBe('hung');
    expectOk(second as Awaited<ReturnType<typeof getOrganization>>);
    expect(Date.now() - start).toBeLessThan(500);
  });

  it("maxDelay bounds the whole wait, the client's own budget and the shared window together", async () => {
    // Own budget 1 per second; the shared window answers 1,400 ms for everyone; maxDelay 1,500.
    const { limiter } = adapter(async () => 1400);
    const tight = recording(() => Response.json(ORG), { rateLimit: sharedRateLimit(limiter, { requests: 1, per: 1000 }), retry: { maxDelay: 1500 } });
    const start = Date.now();
    const ended = await Promise.all(
      [1, 2].map(async (i) => {
        const result = await getOrganization(tight.client, { organization_id: `org_${i}` });
        return { ok: result.ok, type: result.ok ? 'ok' : result.error.type, after: Date.now() - start };
      }),
    );
    // The first leaves after the shared wait; the second cannot leave within 1,500 ms in all and is refused, not sent.
    expect(ended.map((e) => e.type).sort()).toEqual(['ok', 'rate_limited']);
    for (const e of ended) expect(e.after).toBeLessThan(1500 + 300);
    expect(tight.sent).toHaveLength(1);
  });
});

describe('maxDelay and the round trip to the store', () => {
  it('the time the store takes to answer counts against maxDelay: a wait that no longer fits is refused, nothing sent', async () => {
    // The store answers after 300 ms that the place is free in 1,400 ms; maxDelay is 1,500.
    const { limiter } = adapter(() => sleep(300).then(() => 1400));
    const { client, sent } = sharedClient(limiter, { retry: { maxDelay: 1500 } });
    const start = Date.now();
    expect(expectErr(await getOrganization(client, { organization_id: 'org_1' }), 'rate_limited').retryAfter).toBe(2);
    expect(Date.now() - start).toBeLessThan(700);
    expect(sent).toHaveLength(0);
  });

  it('a place free at once is taken however long the store took', async () => {
    const { limiter } = adapter(() => sleep(300).then(() => 0));
    const { client, sent } = sharedClient(limiter, { retry: { maxDelay: 100 } });
    expectOk(await getOrganization(client, { organization_id: 'org_1' }));
    expect(sent).toHaveLength(1);
  });
});
