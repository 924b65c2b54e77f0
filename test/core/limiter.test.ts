// The limiter under attack (issue #17): waiters that leave give their place back, nobody waits on a place that will
// never be used, nobody polls, a hold delays only its own endpoint (and, for invitations, its own organization),
// holds are bounded in time and number, and the end of a hold lets callers through in batches, not all at once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOrganizationInvitation, getOrganization, listOrganizations, type RequestError, type Result } from '../../src/index.js';
import { expectErr, expectOk } from '../support/expect-result.js';
import { invitation, minimalOrganization } from '../support/models.js';
import { recording } from '../support/recording.js';

const ORG = minimalOrganization();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const tooMany = (retryAfter: string) =>
  new Response('{"errors":[{"code":"too_many_requests","message":"Too many requests"}]}', { status: 429, headers: { 'retry-after': retryAfter } });

/** Resolves to the results, or to 'hung' for each call still pending after `ms`. */
async function settleWithin<T>(calls: Promise<T>[], ms: number): Promise<(T | 'hung')[]> {
  return Promise.all(calls.map((call) => Promise.race([call, sleep(ms).then(() => 'hung' as const)])));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('waiters that leave give their place back', () => {
  it('budget + maxConcurrent: a call timed out while waiting for a place in flight does not strand the calls behind it', async () => {
    const { client, sent } = recording(
      async () => {
        await sleep(150);
        return Response.json(ORG);
      },
      { rateLimit: { requests: 100, per: 1_000 }, maxConcurrent: 1 },
    );
    const calls = Array.from({ length: 10 }, (_, i) =>
      getOrganization(client, { organization_id: `org_${i}` }, i === 1 ? { signal: AbortSignal.timeout(100) } : {}),
    );
    const results = await settleWithin(calls, 4_000);
    // AbortSignal.timeout() firing is a timeout; the call waited in line, so it sent nothing.
    expect(results.map((r) => (r === 'hung' ? 'hung' : r.ok ? 'ok' : r.error.type))).toEqual(['ok', 'timeout', ...Array(8).fill('ok')]);
    expect(results[1] !== 'hung' && !results[1]!.ok && results[1]!.error).toMatchObject({ attempts: 0 });
    expect(sent.map((s) => s.path)).not.toContain('/v1/organizations/org_1');
  });

  it('a stale abort (a signal that cannot stop listening) never evicts another caller from the line', async () => {
    /** A signal-like class whose removeEventListener does nothing: its abort can fire after its caller was let through. */
    class StickySignal {
      aborted = false;
      reason: unknown;
      private listeners: (() => void)[] = [];
      addEventListener(_: string, listener: () => void) {
        this.listeners.push(listener);
      }
      removeEventListener() {}
      fire() {
        this.aborted = true;
        this.reason = 'late';
        for (const listener of this.listeners) listener();
      }
    }
    const release: (() => void)[] = [];
    const { client } = recording(() => new Promise<Response>((resolve) => release.push(() => resolve(Response.json(ORG)))), { maxConcurrent: 1 });
    const sticky = new StickySignal();
    const first = getOrganization(client, { organization_id: 'org_0' });
    const second = getOrganization(client, { organization_id: 'org_1' }, { signal: sticky as unknown as AbortSignal });
    const third = getOrganization(client, { organization_id: 'org_2' });
    await sleep(10);
    release.shift()!(); // the first answers: the second goes, the third waits
    await sleep(10);
    sticky.fire(); // the second's abort, after it left the line: it ends the second's attempt only
    await sleep(10);
    while (release.length > 0) release.shift()!();
    await sleep(10);
    while (release.length > 0) release.shift()!();
    const outcomes = await settleWithin<Result<unknown, RequestError>>([first, second, third], 2_000);
    expect(outcomes.map((r) => (r === 'hung' ? 'hung' : r.ok ? 'ok' : r.error.type))).toEqual(['ok', 'aborted', 'ok']);
  });
});

describe('no busy waiting', () => {
  it('200 waiters behind maxConcurrent and a budget set no timer while they wait', async () => {
    const release: (() => void)[] = [];
    const { client } = recording(() => new Promise<Response>((resolve) => release.push(() => resolve(Response.json(ORG)))), {
      rateLimit: { requests: 1_000, per: 1_000 },
      maxConcurrent: 1,
    });
    const calls = Array.from({ length: 200 }, (_, i) => getOrganization(client, { organization_id: `org_${i}` }));
    await sleep(5);
    const timers = vi.spyOn(globalThis, 'setTimeout');
    await sleep(200); // 199 callers wait for the one in flight
    const setWhileWaiting = timers.mock.calls.length - 1; // less our own sleep
    timers.mockRestore();
    expect(setWhileWaiting).toBe(0);
    const drain = setInterval(() => release.shift()?.(), 1);
    for (const r of await Promise.all(calls)) expectOk(r);
    clearInterval(drain);
  });
});

describe('a hold delays only its own endpoint', () => {
  it('with a budget: a caller whose endpoint becomes held while it waits gives its budget place to the next caller', async () => {
    const { client, sent } = recording(
      (path, n) => (n === 1 ? tooMany('2') : path === '/v1/organizations' ? Response.json({ data: [], total_count: 0 }) : Response.json(ORG)),
      {
        rateLimit: { requests: 1, per: 200 },
        retry: { retries: 0, maxDelay: 5_000 },
      },
    );
    const start = Date.now();
    const held = getOrganization(client, { organization_id: 'org_1' }); // answered 429: holds GET /organizations/{id} for 2 s
    const waitingForBudget = getOrganization(client, { organization_id: 'org_2' }); // waits for the budget, then finds the hold
    const otherEndpoint = listOrganizations(client, {});
    expectOk(await otherEndpoint);
    const listed = sent.find((s) => s.path === '/v1/organizations')!;
    expect(listed.at - start).toBeLessThan(1_000); // about 400 ms: the budget's pace, not the hold's 2 s
    expectErr(await held, 'api');
    expectOk(await waitingForBudget);
  });
});

describe('holds are scoped and bounded like Clerk’s limits', () => {
  const invite = (organization_id: string) => ({ organization_id, email_address: 'a@b.test', role: 'org:member' });

  it('an invitation cap hit by one organization does not hold another organization’s invitations', async () => {
    const { client, sent } = recording((path) => (path.includes('/org_a/') ? tooMany('3600') : Response.json(invitation({ organization_id: 'org_b' }))));
    expect(expectErr(await createOrganizationInvitation(client, invite('org_a')), 'api').status).toBe(429);
    expectOk(await createOrganizationInvitation(client, invite('org_b')));
    expect(expectErr(await createOrganizationInvitation(client, invite('org_a')), 'rate_limited').retryAfter).toBeGreaterThan(3_500);
    expect(sent.map((s) => s.path)).toEqual(['/v1/organizations/org_a/invitations', '/v1/organizations/org_b/invitations']);
  });

  it.each([
    ['10^12 seconds', '1000000000000'],
    ['400 digits', '9'.repeat(400)],
    ['a date in 9999', 'Fri, 31 Dec 9999 23:59:59 GMT'],
  ])('a Retry-After of %s holds at most a day, and every retryAfter is a finite integer', async (_, retryAfter) => {
    const { client, sent } = recording(() => tooMany(retryAfter));
    const answered = expectErr(await getOrganization(client, { organization_id: 'org_1' }), 'api');
    const held = expectErr(await getOrganization(client, { organization_id: 'org_1' }), 'rate_limited');
    expect(Number.isSafeInteger(answered.retryAfter)).toBe(true); // what the server asked, as a finite integer
    expect(Number.isInteger(held.retryAfter)).toBe(true);
    expect(held.retryAfter).toBeLessThanOrEqual(86_400); // the hold: at most a day
    expect(held.message).not.toMatch(/Infinity|NaN/);
    expect(sent).toHaveLength(1);
  });

  it('holds for many organizations stay bounded in number', async () => {
    const { client } = recording(() => tooMany('60'));
    for (let i = 0; i < 1_500; i++) await createOrganizationInvitation(client, invite(`org_${i}`), { retry: false });
    // Internal, read on purpose: the memory a flood of distinct 429s can take.
    const { limiter } = (client as unknown as { '~clerk': { limiter: { holds: Map<string, unknown> } } })['~clerk'];
    expect(limiter.holds.size).toBeLessThanOrEqual(1_000);
  });
});
