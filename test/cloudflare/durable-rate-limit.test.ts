// durableRateLimit in Node: clients sharing one in-process namespace (its stubs all reach one ClerkRateLimiter)
// against the fake Clerk that limits the instance, the round trips counted, and every way the object can fail:
// each call still ends ok, and after a failure the next calls stop asking for a moment.
import { afterEach, describe, expect, it } from 'vitest';
import { ClerkRateLimiter, type DurableObjectNamespaceLike, durableRateLimit } from '../../src/cloudflare/index.js';
import type { LimiterMessage } from '../../src/cloudflare/protocol.js';
import {
  type ClientOptions,
  createClient,
  createOrganizationInvitation,
  getOrganization,
  listOrganizations,
  type RequestError,
  type Result,
} from '../../src/index.js';
import { createFakeClerk } from '../../src/testing/index.js';
import { expectErr, expectOk } from '../support/expect-result.js';
import { invitation } from '../support/models.js';
import { SECRET_KEY } from '../support/secret.js';
import { mostInWindow } from '../support/workerd.mjs';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
type Stub = ReturnType<DurableObjectNamespaceLike['get']>;

/** A namespace whose every stub reaches one ClerkRateLimiter in this process; it records the messages it carried. */
function inProcess(object = new ClerkRateLimiter()) {
  const messages: LimiterMessage[] = [];
  const names: string[] = [];
  const namespace: DurableObjectNamespaceLike = {
    idFromName: (name) => {
      names.push(name);
      return { name };
    },
    get: () => ({
      fetch: async (input, init) => {
        messages.push(JSON.parse(init.body));
        return object.fetch(new Request(input, init));
      },
    }),
  };
  const reservations = () => messages.filter((m): m is Extract<LimiterMessage, { reserve: unknown }> => 'reserve' in m);
  const holds = () => messages.filter((m): m is Extract<LimiterMessage, { hold: unknown }> => 'hold' in m);
  return { namespace, object, messages, names, reservations, holds };
}

/** `namespace` with the round trips tried counted: each makes a stub, or fails to make the id (made once when it can be). */
function counted(namespace: DurableObjectNamespaceLike) {
  const tried = { count: 0 };
  return {
    tried,
    namespace: {
      idFromName: (name: string) => {
        try {
          return namespace.idFromName(name);
        } catch (error) {
          tried.count++;
          throw error;
        }
      },
      get: (id: never) => {
        tried.count++;
        return namespace.get(id);
      },
    } satisfies DurableObjectNamespaceLike,
  };
}

/** A namespace whose stubs' fetch is `fetch`; counts the round trips tried. */
const stubbed = (fetch: Stub['fetch']) => counted({ idFromName: (name) => name, get: () => ({ fetch }) });

/** The fake Clerk, with every answer's arrival time and status recorded. */
function instance(rateLimit?: { requests: number; per: number }) {
  const fake = createFakeClerk({ organizations: [{ id: 'org_1', name: 'A' }], rateLimit });
  const arrivals: { at: number; status: number; path: string }[] = [];
  const fetch = async (input: Request | string | URL, init?: RequestInit) => {
    const arrival = { at: Date.now(), status: 0, path: new URL(String(input instanceof Request ? input.url : input)).pathname };
    arrivals.push(arrival);
    const response = await fake.fetch(input, init);
    arrival.status = response.status;
    return response;
  };
  const client = (options: ClientOptions) => createClient(SECRET_KEY, { fetch, ...options });
  return { fake, arrivals, client };
}

const kinds = (results: Result<unknown, RequestError>[]) => results.map((r) => (r.ok ? 'ok' : r.error.type));
const fire = (client: ReturnType<typeof createClient>, n: number) => Array.from({ length: n }, () => getOrganization(client, { organization_id: 'org_1' }));

let unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
process.on('unhandledRejection', onUnhandled);
afterEach(() => {
  expect(unhandled).toEqual([]);
  unhandled = [];
});

describe('two clients, one object: one budget', () => {
  const budget = { requests: 10, per: 500 };

  it('shared: 25 calls from each client at once all end ok, no 429, never more than the budget in any window', async () => {
    const { arrivals, client } = instance(budget);
    const { namespace, reservations } = inProcess();
    const a = client({ rateLimit: durableRateLimit(namespace, budget) });
    const b = client({ rateLimit: durableRateLimit(namespace, budget) });
    const results = await Promise.all([...fire(a, 25), ...fire(b, 25)]);
    expect(kinds(results)).toEqual(Array(50).fill('ok'));
    expect(arrivals.filter((x) => x.status === 429)).toEqual([]);
    expect(arrivals).toHaveLength(50);
    expect(
      mostInWindow(
        arrivals.map((x) => x.at),
        budget.per,
      ),
    ).toBeLessThanOrEqual(budget.requests);
    // One place per attempt, no more.
    expect(reservations().flatMap((m) => m.reserve)).toHaveLength(50);
  });

  it('per-client budgets (the same numbers, not shared): the instance answers 429s', async () => {
    const { arrivals, client } = instance(budget);
    const a = client({ rateLimit: budget });
    const b = client({ rateLimit: budget });
    const results = await Promise.all([...fire(a, 25), ...fire(b, 25)]);
    // Every call still ends ok, through retries: each 429 is one more request.
    expect(kinds(results)).toEqual(Array(50).fill('ok'));
    const tooMany = arrivals.filter((x) => x.status === 429).length;
    expect(tooMany).toBeGreaterThan(0);
    expect(arrivals).toHaveLength(50 + tooMany);
  });

  it('the object is picked by name: clerk-backend-api unless given', async () => {
    const { client } = instance();
    const { namespace, names } = inProcess();
    expectOk(await getOrganization(client({ rateLimit: durableRateLimit(namespace, budget) }), { organization_id: 'org_1' }));
    expectOk(await getOrganization(client({ rateLimit: durableRateLimit(namespace, { ...budget, name: 'staging' }) }), { organization_id: 'org_1' }));
    expect(names).toEqual(['clerk-backend-api', 'staging']);
  });
});

describe('round trips', () => {
  it('40 calls fired together from one client take far fewer than 40 round trips', async () => {
    const { arrivals, client } = instance();
    const { namespace, messages, reservations } = inProcess();
    const clerk = client({ rateLimit: durableRateLimit(namespace, { requests: 100, per: 1000 }) });
    expect(kinds(await Promise.all(fire(clerk, 40)))).toEqual(Array(40).fill('ok'));
    console.log(`40 calls at once: ${messages.length} round trip(s) to the object`);
    expect(messages.length).toBeLessThanOrEqual(3);
    expect(reservations().flatMap((m) => m.reserve)).toHaveLength(40);
    expect(arrivals).toHaveLength(40);
  });

  it('more reservations than one message carries (1,000) go in several messages, each answered', async () => {
    const { arrivals, client } = instance();
    const { namespace, reservations } = inProcess();
    const clerk = client({ rateLimit: durableRateLimit(namespace, { requests: 5000, per: 1000 }) });
    expect(kinds(await Promise.all(fire(clerk, 1500)))).toEqual(Array(1500).fill('ok'));
    expect(reservations().map((m) => m.reserve.length)).toEqual([1000, 500]);
    expect(arrivals).toHaveLength(1500);
  });

  it('calls one after another: exactly one round trip per attempt, one place each', async () => {
    const { client } = instance();
    const { namespace, reservations } = inProcess();
    const clerk = client({ rateLimit: durableRateLimit(namespace, { requests: 100, per: 1000 }) });
    for (let i = 0; i < 5; i++) expectOk(await getOrganization(clerk, { organization_id: 'org_1' }));
    expect(reservations().map((m) => m.reserve.length)).toEqual([1, 1, 1, 1, 1]);
    // maxDelay is what is left of the call's 10,000 ms when it reserves.
    const [first] = reservations();
    expect(first).toEqual({ requests: 100, per: 1000, reserve: [['GET /organizations/{organization_id}', expect.any(Number)]] });
    expect(first!.reserve[0]![1]).toBeGreaterThan(9_900);
    expect(first!.reserve[0]![1]).toBeLessThanOrEqual(10_000);
  });

  it('a retried attempt reserves again: places = attempts', async () => {
    const { fake, arrivals, client } = instance();
    const { namespace, reservations } = inProcess();
    fake.failNext(503, { times: 2 });
    const clerk = client({ rateLimit: durableRateLimit(namespace, { requests: 100, per: 1000 }), retry: { retries: 2, baseDelay: 1, maxDelay: 1000 } });
    expectOk(await getOrganization(clerk, { organization_id: 'org_1' }));
    expect(arrivals).toHaveLength(3);
    expect(reservations().flatMap((m) => m.reserve)).toHaveLength(3);
  });
});

describe('the object unreachable or answering badly: every call still ends ok, under the client’s own budget', () => {
  const reply = (body: string, status = 200) => Promise.resolve(new Response(body, { status }));
  const variants: [string, () => { namespace: DurableObjectNamespaceLike; tried: { count: number } }][] = [
    [
      'idFromName throws',
      () =>
        counted({
          idFromName: () => {
            throw new Error('no id');
          },
          get: () => {
            throw new Error('unreached');
          },
        }),
    ],
    [
      'get throws',
      () =>
        counted({
          idFromName: (n) => n,
          get: () => {
            throw new Error('no stub');
          },
        }),
    ],
    [
      'fetch throws synchronously',
      () =>
        stubbed(() => {
          throw new Error('sync');
        }),
    ],
    ['fetch rejects', () => stubbed(() => Promise.reject(new Error('unreachable')))],
    ['fetch rejects with undefined', () => stubbed(() => Promise.reject(undefined))],
    ['answers 500', () => stubbed(() => reply('{"waits":[0]}', 500))],
    ['answers 400', () => stubbed(() => reply('', 400))],
    ['answers text that is not JSON', () => stubbed(() => reply('<html>oops</html>'))],
    ['answers JSON null', () => stubbed(() => reply('null'))],
    ['answers waits that is not an array', () => stubbed(() => reply('{"waits":"0"}'))],
    ['answers too few waits', () => stubbed(() => reply('{"waits":[]}'))],
    ['answers too many waits', () => stubbed(() => reply('{"waits":[0,0,0,0,0,0,0,0,0,0,0,0]}'))],
    ['answers something that is not a Response', () => stubbed(() => Promise.resolve({} as never))],
    [
      'answers a Response whose json() throws',
      () =>
        stubbed(() =>
          Promise.resolve({
            ok: true,
            json: () => {
              throw new Error('json');
            },
          }),
        ),
    ],
  ];

  it.each(variants)('%s', async (_, make) => {
    const { arrivals, client } = instance();
    const { namespace, tried } = make();
    const clerk = client({ rateLimit: durableRateLimit(namespace, { requests: 100, per: 1000 }) });
    const start = Date.now();
    expect(kinds(await Promise.all(fire(clerk, 3)))).toEqual(['ok', 'ok', 'ok']);
    const asked = tried.count;
    expect(asked).toBeGreaterThan(0);
    // After a failure the next calls do not ask (nor wait) for a moment.
    for (let i = 0; i < 3; i++) expectOk(await getOrganization(clerk, { organization_id: 'org_1' }));
    expect(tried.count).toBe(asked);
    expect(Date.now() - start).toBeLessThan(500);
    expect(arrivals).toHaveLength(6);
  });

  it.each<[string, unknown]>([
    ['strings that are not numbers', ['soon', 'soon', 'soon']],
    ['negative numbers', [-5, -1e9, -1]],
    ['nulls', [null, null, null]],
  ])('answers %s as waits: every call goes at once', async (_, waits) => {
    const { arrivals, client } = instance();
    const { namespace } = stubbed(() => Promise.resolve(Response.json({ waits })));
    const clerk = client({ rateLimit: durableRateLimit(namespace, { requests: 100, per: 1000 }) });
    const start = Date.now();
    expect(kinds(await Promise.all(fire(clerk, 3)))).toEqual(['ok', 'ok', 'ok']);
    expect(Date.now() - start).toBeLessThan(500);
    expect(arrivals).toHaveLength(3);
  });

  it('answers a numeric string ("60000") as a wait: the call still goes', async () => {
    const { arrivals, client } = instance();
    const { namespace } = stubbed(() => Promise.resolve(Response.json({ waits: ['60000'] })));
    const clerk = client({ rateLimit: durableRateLimit(namespace, { requests: 100, per: 1000 }) });
    const start = Date.now();
    expectOk(await getOrganization(clerk, { organization_id: 'org_1' }));
    expect(Date.now() - start).toBeLessThan(500);
    expect(arrivals).toHaveLength(1);
  });

  it('a fetch that never settles: the calls fall back within about a second, the next ones at once, and the object is asked again after the pause', async () => {
    const { arrivals, client } = instance();
    const { namespace, tried } = stubbed(() => new Promise(() => {}));
    const clerk = client({ rateLimit: durableRateLimit(namespace, { requests: 100, per: 1000 }) });
    let start = Date.now();
    expect(kinds(await Promise.all(fire(clerk, 5)))).toEqual(Array(5).fill('ok'));
    const first = Date.now() - start;
    expect(first).toBeGreaterThanOrEqual(900);
    expect(first).toBeLessThan(2000);
    expect(tried.count).toBe(1); // the five went in one round trip
    start = Date.now();
    expect(kinds(await Promise.all(fire(clerk, 5)))).toEqual(Array(5).fill('ok'));
    expect(Date.now() - start).toBeLessThan(300);
    expect(tried.count).toBe(1);
    await sleep(1100);
    // The pause is over: the object is asked again (and still hangs: a second's wait again).
    start = Date.now();
    expectOk(await getOrganization(clerk, { organization_id: 'org_1' }));
    expect(tried.count).toBe(2);
    expect(Date.now() - start).toBeGreaterThanOrEqual(900);
    expect(arrivals).toHaveLength(11);
  });

  it('the client’s timeout shorter than a second bounds the wait for a hanging object', async () => {
    const { client } = instance();
    const { namespace } = stubbed(() => new Promise(() => {}));
    const clerk = client({ rateLimit: durableRateLimit(namespace, { requests: 100, per: 1000 }), timeout: 200 });
    const start = Date.now();
    expectOk(await getOrganization(clerk, { organization_id: 'org_1' }));
    expect(Date.now() - start).toBeLessThan(700);
  });

  it('once the object answers again, the shared budget is back', async () => {
    const object = new ClerkRateLimiter();
    const healthy = inProcess(object).namespace;
    let broken = true;
    const { namespace, tried } = stubbed((input: string, init: { method: string; body: string }) =>
      broken ? Promise.reject(new Error('down')) : healthy.get(undefined as never).fetch(input, init),
    );
    const { arrivals, client } = instance();
    const clerk = client({ rateLimit: durableRateLimit(namespace, { requests: 100, per: 1000 }) });
    expectOk(await getOrganization(clerk, { organization_id: 'org_1' }));
    broken = false;
    await sleep(1050);
    expectOk(await getOrganization(clerk, { organization_id: 'org_1' }));
    expect(tried.count).toBe(2);
    // The object now holds that place in the client's budget: of 100 more places, the last must wait.
    const probe = { requests: 100, per: 1000, reserve: Array.from({ length: 100 }, () => ['k', 0]) };
    const answer = await object.fetch(new Request('https://x/', { method: 'POST', body: JSON.stringify(probe) }));
    const { waits } = (await answer.json()) as { waits: number[] };
    expect(waits.slice(0, 99)).toEqual(Array(99).fill(0));
    expect(waits[99]).toBeGreaterThan(0);
    expect(arrivals).toHaveLength(2);
  });

  it('a hold that cannot be reported (the object down) ends no call badly and leaves no unhandled rejection', async () => {
    const { fake, client } = instance();
    const { namespace } = stubbed(() => Promise.reject(new Error('down')));
    fake.failNext(429, { retryAfter: 1 });
    const clerk = client({ rateLimit: durableRateLimit(namespace, { requests: 100, per: 1000 }), retry: false });
    expect(expectErr(await getOrganization(clerk, { organization_id: 'org_1' }), 'api').status).toBe(429);
    await sleep(50);
  });
});

describe('waits at the object honour abort, maxDelay and retry: false', () => {
  const per = 10_000;
  const budget = { requests: 1, per };

  it('abort while waiting for the shared window: aborted at once, nothing sent', async () => {
    const { arrivals, client } = instance();
    const { namespace } = inProcess();
    const a = client({ rateLimit: durableRateLimit(namespace, budget) });
    const b = client({ rateLimit: durableRateLimit(namespace, budget), retry: { maxDelay: 30_000 } });
    expectOk(await getOrganization(a, { organization_id: 'org_1' }));
    const controller = new AbortController();
    const start = Date.now();
    setTimeout(() => controller.abort('stop'), 50);
    expect(expectErr(await getOrganization(b, { organization_id: 'org_1' }, { signal: controller.signal }), 'aborted').reason).toBe('stop');
    expect(Date.now() - start).toBeLessThan(500);
    expect(arrivals).toHaveLength(1);
  });

  it('a wait past maxDelay: rate_limited, nothing sent, and the place is not reserved at the object', async () => {
    const { arrivals, client } = instance();
    const { namespace, object } = inProcess();
    const a = client({ rateLimit: durableRateLimit(namespace, budget) });
    const b = client({ rateLimit: durableRateLimit(namespace, budget), retry: { maxDelay: 100 } });
    expectOk(await getOrganization(a, { organization_id: 'org_1' }));
    const start = Date.now();
    const limited = expectErr(await getOrganization(b, { organization_id: 'org_1' }), 'rate_limited');
    expect(Date.now() - start).toBeLessThan(500);
    expect(limited.retryAfter).toBeGreaterThanOrEqual(10);
    expect(limited.retryAfter).toBeLessThanOrEqual(11);
    expect(arrivals).toHaveLength(1);
    // The next place is still one window after the first, not two.
    const answer = await object.fetch(new Request('https://x/', { method: 'POST', body: JSON.stringify({ requests: 1, per, reserve: [['k', 60_000]] }) }));
    const [wait] = ((await answer.json()) as { waits: number[] }).waits;
    expect(wait).toBeGreaterThan(10_000);
    expect(wait).toBeLessThanOrEqual(11_000);
  });

  it('retry: false: any wait at the object is refused, and asked for with maxDelay 0', async () => {
    const { arrivals, client } = instance();
    const { namespace, reservations } = inProcess();
    const a = client({ rateLimit: durableRateLimit(namespace, budget) });
    const b = client({ rateLimit: durableRateLimit(namespace, budget), retry: false });
    expectOk(await getOrganization(a, { organization_id: 'org_1' }));
    expectErr(await getOrganization(b, { organization_id: 'org_1' }), 'rate_limited');
    expect(reservations().at(-1)!.reserve).toEqual([['GET /organizations/{organization_id}', 0]]);
    expect(arrivals).toHaveLength(1);
  });
});

describe('a 429 seen by one client holds the endpoint for the others', () => {
  const budget = { requests: 100, per: 1000 };

  /** Waits until the namespace has carried `n` holds (the report is not awaited by the call). */
  async function holdsCarried(holds: () => unknown[], n: number) {
    for (let i = 0; i < 100 && holds().length < n; i++) await sleep(5);
    expect(holds()).toHaveLength(n);
  }

  it('B’s call to the held endpoint ends rate_limited without reaching the server; another endpoint still goes', async () => {
    const { fake, arrivals, client } = instance();
    const { namespace, holds } = inProcess();
    const a = client({ rateLimit: durableRateLimit(namespace, budget), retry: false });
    const b = client({ rateLimit: durableRateLimit(namespace, budget), retry: { maxDelay: 1000 } });
    fake.failNext(429, { retryAfter: 5, method: 'GET', path: '/organizations/{organization_id}' });
    expect(expectErr(await getOrganization(a, { organization_id: 'org_1' }), 'api').status).toBe(429);
    await holdsCarried(holds, 1);
    expect(holds()[0]).toEqual({ hold: ['GET /organizations/{organization_id}', 5] });
    const before = arrivals.length;
    const start = Date.now();
    const limited = expectErr(await getOrganization(b, { organization_id: 'org_1' }), 'rate_limited');
    expect(limited.retryAfter).toBeGreaterThanOrEqual(4);
    expect(limited.retryAfter).toBeLessThanOrEqual(5);
    expect(Date.now() - start).toBeLessThan(500);
    expect(arrivals).toHaveLength(before);
    expectOk(await listOrganizations(b, {}));
    expect(arrivals.at(-1)!.path).toBe('/v1/organizations');
  });

  // The client reports the Retry-After it read (up to Number.MAX_SAFE_INTEGER); the object caps the hold at a day.
  it('a Retry-After of 10^12 s seen by A holds B too (a day)', async () => {
    const { fake, arrivals, client } = instance();
    const { namespace, holds } = inProcess();
    const a = client({ rateLimit: durableRateLimit(namespace, budget), retry: false });
    const b = client({ rateLimit: durableRateLimit(namespace, budget), retry: { maxDelay: 1000 } });
    fake.failNext(429, { retryAfter: 1e12 });
    expectErr(await getOrganization(a, { organization_id: 'org_1' }), 'api');
    await holdsCarried(holds, 1);
    await sleep(20); // the object's answer to the hold is in
    const before = arrivals.length;
    const result = await getOrganization(b, { organization_id: 'org_1' });
    expect(arrivals, 'B reached the server').toHaveLength(before);
    expect(expectErr(result, 'rate_limited').retryAfter).toBe(86_400);
  });

  it('with room in maxDelay, B waits the hold out, then goes', async () => {
    const { fake, arrivals, client } = instance();
    const { namespace, holds } = inProcess();
    const a = client({ rateLimit: durableRateLimit(namespace, budget), retry: false });
    const b = client({ rateLimit: durableRateLimit(namespace, budget) });
    fake.failNext(429, { retryAfter: 1 });
    const heldAt = Date.now();
    expectErr(await getOrganization(a, { organization_id: 'org_1' }), 'api');
    await holdsCarried(holds, 1);
    expectOk(await getOrganization(b, { organization_id: 'org_1' }));
    expect(arrivals.at(-1)!.at - heldAt).toBeGreaterThanOrEqual(900);
    expect(arrivals.at(-1)!.at - heldAt).toBeLessThan(2000);
  });

  it('an invitation cap hit for one organization holds that organization only, for every client', async () => {
    const fake = createFakeClerk({
      organizations: [
        { id: 'org_a', name: 'A' },
        { id: 'org_b', name: 'B' },
      ],
    });
    const { namespace, holds } = inProcess();
    const clientOf = (options: ClientOptions) => createClient(SECRET_KEY, { fetch: fake.fetch, rateLimit: durableRateLimit(namespace, budget), ...options });
    const a = clientOf({ retry: false });
    const b = clientOf({ retry: { maxDelay: 1000 } });
    const invite = (organization_id: string) => ({ organization_id, email_address: 'a@b.test', role: 'org:member' });
    fake.failNext(429, { retryAfter: 60, path: '/organizations/org_a/invitations' });
    expect(expectErr(await createOrganizationInvitation(a, invite('org_a')), 'api').status).toBe(429);
    await holdsCarried(holds, 1);
    const sent = fake.requests.length;
    expectErr(await createOrganizationInvitation(b, invite('org_a')), 'rate_limited');
    expect(fake.requests).toHaveLength(sent);
    expectOk(await createOrganizationInvitation(b, invite('org_b')));
    expect(fake.requests).toHaveLength(sent + 1);
  });
});

describe('checks', () => {
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'CLERK_LIMITER'],
    ['an object without idFromName', { get: () => ({}) }],
    ['an object without get', { idFromName: () => 'id' }],
  ])('durableRateLimit(%s, …) throws a TypeError that names the binding', (_, namespace) => {
    expect(() => durableRateLimit(namespace as never, { requests: 10, per: 1000 })).toThrow(TypeError);
    expect(() => durableRateLimit(namespace as never, { requests: 10, per: 1000 })).toThrow(/Durable Object namespace binding/);
  });

  it('createClient takes the value durableRateLimit returns', () => {
    const { namespace } = inProcess();
    expect(() => createClient(SECRET_KEY, { rateLimit: durableRateLimit(namespace, { requests: 1000, per: 10_000 }) })).not.toThrow();
  });
});

describe('found in review', () => {
  it('a key the object would refuse (a 1,000-character organization id in it) is cut, so the batch it rides in is still answered', async () => {
    const { namespace, reservations } = inProcess();
    const statuses: number[] = [];
    const answering: DurableObjectNamespaceLike = {
      idFromName: (name) => namespace.idFromName(name),
      get: (id) => ({
        fetch: async (input, init) => {
          const response = await namespace.get(id).fetch(input, init);
          statuses.push((response as Response).status);
          return response;
        },
      }),
    };
    const clerk = createClient(SECRET_KEY, {
      rateLimit: durableRateLimit(answering, { requests: 100, per: 1000 }),
      fetch: async (url: string) =>
        Response.json(url.includes('/invitations') ? invitation({ organization_id: 'o'.repeat(1000) }) : { data: [], total_count: 0 }),
    });
    const [list, invited] = await Promise.all([
      listOrganizations(clerk, {}),
      createOrganizationInvitation(clerk, { organization_id: 'o'.repeat(1000), email_address: 'a@example.com', role: 'org:member' }),
    ]);
    expectOk(list);
    expectOk(invited);
    expect(statuses).toEqual([200]);
    const keys = reservations().flatMap((m) => m.reserve.map(([key]) => key));
    const invitationKey = 'POST /organizations/{organization_id}/invitations ';
    // Cut to the object's 1,000 characters: the endpoint whole, then as much of the organization id as fits.
    expect(keys).toEqual(['GET /organizations', invitationKey + 'o'.repeat(1000 - invitationKey.length)]);
    // The next call is asked too: the shared limiter was not switched off.
    expectOk(await listOrganizations(clerk, {}));
    expect(statuses).toEqual([200, 200]);
  });
});
