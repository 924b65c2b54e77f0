// The README's Cloudflare Worker (examples/team-admin-worker.ts), run against the fake Clerk: it authenticates
// with a session token, authorises by organization role, calls the API and follows the webhooks.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import worker, { type Env, members } from '../../examples/team-admin-worker.js';
import { createFakeClerk, type FakeClerk } from '../../src/testing/index.js';

const APP = 'https://app.example.com';
let fake: FakeClerk;
let env: Env;

beforeEach(async () => {
  fake = createFakeClerk({
    users: [{ id: 'user_admin', email_address: 'ada@acme.test' }, { id: 'user_member' }, { id: 'user_new' }],
    organizations: [{ id: 'org_acme', name: 'Acme', created_by: 'user_admin', members: ['user_member'] }],
  });
  // The worker's client calls the global fetch: here, the fake's.
  vi.stubGlobal('fetch', fake.fetch);
  env = { CLERK_SECRET_KEY: 'sk_test_worker', CLERK_JWT_KEY: await fake.jwtKey(), CLERK_WEBHOOK_SIGNING_SECRET: fake.webhookSigningSecret };
  members.clear();
});
afterEach(() => vi.unstubAllGlobals());

const call = async (path: string, token: string | undefined, init: RequestInit = {}) => {
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  return worker.fetch(new Request(`https://worker.example.com${path}`, { ...init, headers }), env);
};
const asAdmin = () => fake.sessionToken({ sub: 'user_admin', azp: APP, org: { id: 'org_acme', role: 'org:admin', slug: 'acme' } });
const asMember = () =>
  fake.sessionToken({ sub: 'user_member', azp: APP, org: { id: 'org_acme', role: 'org:member', permissions: ['org:sys_memberships:read'] } });

describe('the team-admin worker', () => {
  it('lists the team for a signed-in member, from the API', async () => {
    const response = await call('/team', await asMember());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(
      expect.arrayContaining([
        { user_id: 'user_admin', role: 'org:admin' },
        { user_id: 'user_member', role: 'org:member' },
      ]),
    );
  });

  it('refuses a caller without a valid token (401), from another origin (401), or without an organization (403)', async () => {
    expect((await call('/team', undefined)).status).toBe(401);
    const forged = `${(await asAdmin()).slice(0, -4)}AAAA`;
    const bad = await call('/team', forged);
    expect([bad.status, await bad.json()]).toEqual([401, { error: 'bad_signature' }]);
    const elsewhere = await call('/team', await fake.sessionToken({ sub: 'user_admin', azp: 'https://evil.test', org: { id: 'org_acme', role: 'org:admin' } }));
    expect([elsewhere.status, await elsewhere.json()]).toEqual([401, { error: 'unauthorized_party' }]);
    expect((await call('/team', await fake.sessionToken({ sub: 'user_admin', azp: APP }))).status).toBe(403);
  });

  it('lets an admin invite (201, the invitation made in Clerk) and refuses a member (403, nothing sent)', async () => {
    const body = JSON.stringify({ email: 'new@acme.test' });
    const sentBefore = fake.requests.length;
    const denied = await call('/team/invitations', await asMember(), { method: 'POST', body });
    expect(denied.status).toBe(403);
    expect(fake.requests.length).toBe(sentBefore);
    const made = await call('/team/invitations', await asAdmin(), { method: 'POST', body });
    expect(made.status).toBe(201);
    expect(await made.json()).toMatchObject({ status: 'pending' });
    expect(fake.requests.at(-1)).toMatchObject({ method: 'POST', path: '/v1/organizations/org_acme/invitations' });
  });

  it("maps Clerk's failures to a status that says whose fault: Clerk's 503s are a 502, its 404 a 404 with the code, its 429 a 429", async () => {
    fake.failNext(503, { times: 3 });
    const sentBefore = fake.requests.length;
    const down = await call('/team', await asMember());
    expect(down.status).toBe(502);
    expect(await down.json()).toEqual({ error: 'internal_clerk_error', message: 'Clerk API answered 503: Injected failure 503' });
    expect(fake.requests.length - sentBefore).toBe(3); // the call retried twice before giving up
    fake.failNext(401);
    expect((await call('/team', await asMember())).status).toBe(502); // our key was refused: not the caller's fault
    fake.failNext(404);
    const gone = await call('/team', await asMember());
    expect([gone.status, (await gone.json()).error]).toEqual([404, 'resource_not_found']);
    // Last: the 429 holds the endpoint for this isolate's client for 60 s.
    fake.failNext(429, { retryAfter: 60 });
    const limited = await call('/team', await asMember());
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '60']);
  });

  it('follows membership webhooks, and refuses a webhook whose body was changed', async () => {
    const membership = await (
      await fake.fetch('https://api.clerk.com/v1/organizations/org_acme/memberships', {
        method: 'POST',
        headers: { authorization: 'Bearer sk_test_worker', 'content-type': 'application/json' },
        body: JSON.stringify({ user_id: 'user_new', role: 'org:member' }),
      })
    ).json();
    const created = await worker.fetch(
      await fake.webhook('organizationMembership.created', membership, { url: 'https://worker.example.com/webhooks/clerk' }),
      env,
    );
    expect(created.status).toBe(200);
    expect([...(members.get('org_acme') ?? [])]).toEqual(['user_new']);

    const signed = await fake.webhook('organizationMembership.deleted', membership, { url: 'https://worker.example.com/webhooks/clerk' });
    const changed = new Request(signed.url, { method: 'POST', headers: signed.headers, body: (await signed.text()).replace('user_new', 'user_evil') });
    const refused = await worker.fetch(changed, env);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('no v1 signature matches');
    expect([...(members.get('org_acme') ?? [])]).toEqual(['user_new']);

    const deleted = await worker.fetch(
      await fake.webhook('organizationMembership.deleted', membership, { url: 'https://worker.example.com/webhooks/clerk' }),
      env,
    );
    expect(deleted.status).toBe(200);
    expect([...(members.get('org_acme') ?? [])]).toEqual([]);
  });

  it('takes a signed webhook whose data is not the documented shape (200, so Clerk does not resend it), and changes nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const before = JSON.stringify([...members].map(([org, team]) => [org, [...team]]));
    const odd = await worker.fetch(
      await fake.webhook(
        'organizationMembership.created',
        { id: 'orgmem_odd', organization: 'not an object' },
        { url: 'https://worker.example.com/webhooks/clerk' },
      ),
      env,
    );
    expect(odd.status).toBe(200);
    expect(warn).toHaveBeenCalledWith('Webhook refused: organizationMembership.created is not the documented shape', expect.any(Array));
    expect(JSON.stringify([...members].map(([org, team]) => [org, [...team]]))).toBe(before);
    warn.mockRestore();
  });
});

it('README shows this worker as it is, importing from the package', () => {
  const source = readFileSync(new URL('../../examples/team-admin-worker.ts', import.meta.url), 'utf8');
  const shown = source
    .replace(/^(\/\/.*\n)+/, '')
    .replace("} from '../src/index.js'; // in your worker: from 'clerk-backend-fetch'", "} from 'clerk-backend-fetch';")
    .trim();
  expect(readFileSync(new URL('../../README.md', import.meta.url), 'utf8')).toContain(shown);
});
