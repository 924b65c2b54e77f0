// Rate limits shared by every call of a client: the hold after a 429, the optional budget, the cap in flight.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClientOptions, createClient, getOrganization, listOrganizations, type RequestError, type Result } from '../../src/index.js';
import { expectErr, expectOk } from '../support/expect-result.js';
import { minimalOrganization } from '../support/models.js';
import { recording as recordClient } from '../support/recording.js';
import { SECRET_KEY } from '../support/secret.js';
import { assertWellFormed } from '../support/well-formed.js';

const ORG = minimalOrganization();
const page = { data: [ORG], total_count: 1 };

/** A recording client with room for retries. */
const recording = (answer: (path: string, n: number) => Response | Promise<Response>, options: ClientOptions = {}) =>
  recordClient(answer, { retry: { retries: 5, baseDelay: 1, maxDelay: 3_000 }, ...options });

const tooMany = (seconds: number) =>
  new Response('{"errors":[{"code":"too_many_requests","message":"Too many requests"}]}', { status: 429, headers: { 'retry-after': String(seconds) } });

describe('a 429 holds its endpoint for every call of the client', () => {
  it('no call sends to the held endpoint until the hold ends; another endpoint goes on', async () => {
    let heldUntil = 0;
    const { client, sent } = recording((path, n) => {
      if (n === 1) {
        heldUntil = Date.now() + 1000;
        return tooMany(1);
      }
      return path === '/v1/organizations' ? Response.json(page) : Response.json(ORG);
    });
    const first = getOrganization(client, { organization_id: 'org_1' });
    await new Promise((r) => setTimeout(r, 20)); // the 429 is in
    const others = [getOrganization(client, { organization_id: 'org_2' }), getOrganization(client, { organization_id: 'org_3' })];
    const startedList = Date.now();
    expectOk(await listOrganizations(client, {}));
    expect(Date.now() - startedList).toBeLessThan(500); // not held: another endpoint
    for (const r of [await first, ...(await Promise.all(others))]) expectOk(r);
    const intoHold = sent.filter((s) => s.path.startsWith('/v1/organizations/') && s.at > heldUntil - 1000 + 1 && s.at < heldUntil);
    expect(intoHold.map((s) => s.path)).toEqual([]);
  });

  it('with retry: false, or a hold beyond maxDelay, the call is rate_limited at once and sends nothing', async () => {
    const { client, sent } = recording(() => tooMany(30));
    expectErr(await getOrganization(client, { organization_id: 'org_1' }), 'api'); // 30 s > maxDelay: the 429 comes back
    const held = expectErr(await getOrganization(client, { organization_id: 'org_2' }), 'rate_limited');
    expect(held.retryAfter).toBeGreaterThanOrEqual(29);
    expect(expectErr(await getOrganization(client, { organization_id: 'org_3' }, { retry: false }), 'rate_limited').message).toMatch(/may send again in \d+ s/);
    expect(sent).toHaveLength(1);
  });

  it('a held call honours its abort signal', async () => {
    const { client, sent } = recording((_, n) => (n === 1 ? tooMany(2) : Response.json(ORG)));
    expectErr(await getOrganization(client, { organization_id: 'org_1' }, { retry: false }), 'api'); // the 429: held for 2 s
    const controller = new AbortController();
    const pending = getOrganization(client, { organization_id: 'org_2' });
    const aborting = getOrganization(client, { organization_id: 'org_3' }, { signal: controller.signal });
    setTimeout(() => controller.abort('stop'), 30);
    expect(expectErr(await aborting, 'aborted').reason).toBe('stop');
    expectOk(await pending);
    expect(sent.map((s) => s.path)).not.toContain('/v1/organizations/org_3');
  });
});

describe('the budget: rateLimit and maxConcurrent', () => {
  it('at most `requests` requests leave in any window of `per` ms, in order, retries counted', async () => {
    const { client, sent } = recording(() => Response.json(ORG), { rateLimit: { requests: 3, per: 200 } });
    const results = await Promise.all(Array.from({ length: 9 }, (_, i) => getOrganization(client, { organization_id: `org_${i}` })));
    for (const r of results) expectOk(r);
    expect(sent.map((s) => s.path)).toEqual(Array.from({ length: 9 }, (_, i) => `/v1/organizations/org_${i}`)); // in order
    for (let i = 3; i < sent.length; i++) expect(sent[i]!.at - sent[i - 3]!.at).toBeGreaterThanOrEqual(199);
  });

  it('a wait for the budget beyond maxDelay is rate_limited, with nothing sent', async () => {
    const { client, sent } = recording(() => Response.json(ORG), { rateLimit: { requests: 1, per: 60_000 } });
    expectOk(await getOrganization(client, { organization_id: 'org_1' }));
    expect(expectErr(await getOrganization(client, { organization_id: 'org_2' }), 'rate_limited').retryAfter).toBeGreaterThanOrEqual(59);
    expect(sent).toHaveLength(1);
  });

  it('maxConcurrent caps the requests in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const { client } = recording(
      async () => {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 20));
        inFlight--;
        return Response.json(ORG);
      },
      { maxConcurrent: 2 },
    );
    for (const r of await Promise.all(Array.from({ length: 8 }, (_, i) => getOrganization(client, { organization_id: `o${i}` })))) expectOk(r);
    expect(most).toBe(2);
  });

  it('createClient checks the options', () => {
    expect(() => createClient(SECRET_KEY, { rateLimit: { requests: 0, per: 1000 } })).toThrow(/rateLimit.requests must be an integer/);
    expect(() => createClient(SECRET_KEY, { rateLimit: { requests: 10 } as never })).toThrow(/rateLimit.per is required/);
    expect(() => createClient(SECRET_KEY, { maxConcurrent: 0 })).toThrow(/maxConcurrent must be an integer/);
  });
});

describe('property: random arrivals and limits', () => {
  it('never reject, and never send into a hold the client knows of', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 3, maxLength: 12 }),
        fc.boolean(),
        async (allowed, gaps, budget) => {
          const holds: [number, number][] = [];
          let served = 0;
          const { client, sent } = recording(
            () => {
              if (++served > allowed) {
                holds.push([Date.now(), Date.now() + 1000]);
                return tooMany(1);
              }
              return Response.json(ORG);
            },
            { retry: false, ...(budget ? { rateLimit: { requests: allowed, per: 5_000 } } : {}) },
          );
          const calls: Promise<Result<unknown, RequestError>>[] = [];
          for (const gap of gaps) {
            await new Promise((r) => setTimeout(r, gap));
            calls.push(getOrganization(client, { organization_id: 'org_1' }));
          }
          const results = await Promise.all(calls);
          for (const r of results) assertWellFormed(r);
          // A request may be in flight when a 429 arrives; none may leave after it, within the hold.
          for (const [from, to] of holds) expect(sent.filter((s) => s.at > from && s.at < to)).toEqual([]);
          if (budget) expect(holds).toEqual([]); // a budget matching the server's limit meets no 429
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe('the fake limits like Clerk', () => {
  it('past its rateLimit it answers 429 with Retry-After and the envelope; a client with the same budget meets none', async () => {
    const { createFakeClerk } = await import('../../src/testing/index.js');
    const fake = createFakeClerk({ organizations: [{ id: 'org_1', name: 'A' }], rateLimit: { requests: 3, per: 1_000 } });
    const plain = createClient(SECRET_KEY, { fetch: fake.fetch, retry: false });
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await getOrganization(plain, { organization_id: 'org_1' }));
    expect(results.map((r) => (r.ok ? 'ok' : r.error.type === 'api' ? r.error.status : r.error.type))).toEqual(['ok', 'ok', 'ok', 429, 'rate_limited']);
    const limited = expectErr(results[3]!, 'api');
    expect([limited.errors[0]!.code, limited.retryAfter]).toEqual(['too_many_requests', 1]);

    const fresh = createFakeClerk({ organizations: [{ id: 'org_1', name: 'A' }], rateLimit: { requests: 3, per: 300 } });
    const budgeted = createClient(SECRET_KEY, { fetch: fresh.fetch, rateLimit: { requests: 3, per: 300 } });
    const all = await Promise.all(Array.from({ length: 7 }, () => getOrganization(budgeted, { organization_id: 'org_1' })));
    for (const r of all) expectOk(r);
    expect(fresh.requests).toHaveLength(7);
  });
});
