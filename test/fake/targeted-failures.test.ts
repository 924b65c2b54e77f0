// `failNext` aimed at one endpoint (issue #20): `{ method, path }`, the path a template of the registry (matched as
// the route table matches it) or a concrete path. A targeted failure lets other requests through and waits for its
// endpoint; an untargeted one fails the next request, as before. Bad targets are RangeErrors.
import { describe, expect, it } from 'vitest';
import { createOrganizationMembership, getOrganization, listOrganizationMemberships, listOrganizations } from '../../src/index.js';
import { createFakeClerk, type FakeClerk } from '../../src/testing/index.js';
import { expectErr, expectOk } from '../support/expect-result.js';
import { fakeClerk } from '../support/fake-client.js';

const BASE = 'https://api.clerk.com/v1';
const AUTH = { authorization: 'Bearer sk_test_targets' };
const MEMBERSHIPS = '/organizations/{organization_id}/memberships';
const seed = {
  organizations: [
    { id: 'org_1', name: 'One', max_allowed_memberships: 0 },
    { id: 'org_2', name: 'Two' },
  ],
  users: [{ id: 'u1' }, { id: 'u2' }],
};

/** The status of a request straight to the fake. */
const status = async (fake: FakeClerk, method: string, path: string) => {
  const body = method === 'GET' || method === 'DELETE' ? undefined : '{}';
  return (await fake.fetch(`${BASE}${path}`, { method, headers: AUTH, body })).status;
};

describe('failNext with a target', () => {
  it('a template: other endpoints pass, every organization’s requests to it fail, `times` of them', async () => {
    const { fake, clerk } = fakeClerk(seed);
    fake.failNext(503, { times: 2, method: 'POST', path: MEMBERSHIPS });
    expectOk(await getOrganization(clerk, { organization_id: 'org_1' }));
    expectOk(await listOrganizationMemberships(clerk, { organization_id: 'org_1' }));
    const add = (organization_id: string, user_id: string) => createOrganizationMembership(clerk, { organization_id, user_id, role: 'org:member' });
    expect(expectErr(await add('org_1', 'u1'), 'api').status).toBe(503);
    expectOk(await listOrganizations(clerk));
    expect(expectErr(await add('org_2', 'u1'), 'api').status).toBe(503);
    expectOk(await add('org_1', 'u1'));
    expect(fake.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'POST', 'GET', 'POST', 'POST']);
  });

  it('with the client retrying (GET), the retries hit the failing endpoint and then get through', async () => {
    const { fake, clerk } = fakeClerk(seed, { retry: { retries: 3, baseDelay: 1, maxDelay: 5 } });
    fake.failNext(503, { times: 2, method: 'GET', path: MEMBERSHIPS });
    expectOk(await getOrganization(clerk, { organization_id: 'org_1' }));
    expectOk(await listOrganizationMemberships(clerk, { organization_id: 'org_1' }));
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /v1/organizations/org_1',
      'GET /v1/organizations/org_1/memberships',
      'GET /v1/organizations/org_1/memberships',
      'GET /v1/organizations/org_1/memberships',
    ]);
  });

  it('a template without a method fails every method at it, and only there', async () => {
    const fake = createFakeClerk(seed);
    fake.failNext(500, { times: Infinity, path: '/organizations/{organization_id}' });
    expect(await status(fake, 'GET', '/organizations/org_1')).toBe(500);
    expect(await status(fake, 'PATCH', '/organizations/org_2')).toBe(500);
    expect(await status(fake, 'GET', '/organizations/org_1/memberships')).toBe(200);
    expect(await status(fake, 'GET', '/organizations')).toBe(200);
  });

  it('a template matches as the router routes: GET …/invitations/bulk is an invitation, not the bulk create', async () => {
    const fake = createFakeClerk(seed);
    fake.failNext(502, { path: '/organizations/{organization_id}/invitations/bulk' });
    expect(await status(fake, 'GET', '/organizations/org_1/invitations/bulk')).toBe(404);
    expect(await status(fake, 'POST', '/organizations/org_1/invitations/bulk')).toBe(502);
    fake.failNext(502, { path: '/organizations/{organization_id}/invitations/{invitation_id}' });
    expect(await status(fake, 'POST', '/organizations/org_1/invitations/bulk')).toBe(422);
    expect(await status(fake, 'GET', '/organizations/org_1/invitations/bulk')).toBe(502);
  });

  it('a concrete path fails that path only; /v1, a trailing slash and a lowercase method are tolerated', async () => {
    const fake = createFakeClerk(seed);
    fake.failNext(504, { times: 2, method: 'get', path: '/v1/organizations/org_2/' });
    expect(await status(fake, 'GET', '/organizations/org_1')).toBe(200);
    expect(await status(fake, 'DELETE', '/organizations/org_1')).toBe(200);
    expect(await status(fake, 'GET', '/organizations/org_2/')).toBe(504);
    expect(await status(fake, 'GET', '/organizations/org_2')).toBe(504);
    expect(await status(fake, 'GET', '/organizations/org_2')).toBe(200);
  });

  it('a method alone fails the next request with that method, whatever its path', async () => {
    const fake = createFakeClerk(seed);
    fake.failNext(500, { method: 'DELETE' });
    expect(await status(fake, 'GET', '/organizations')).toBe(200);
    expect(await status(fake, 'DELETE', '/organizations/org_2')).toBe(500);
    expect(await status(fake, 'DELETE', '/organizations/org_2')).toBe(200);
  });

  it('sends Retry-After when asked, and the envelope of the status', async () => {
    const fake = createFakeClerk(seed);
    fake.failNext(429, { retryAfter: 7, path: '/organizations' });
    const res = await fake.fetch(`${BASE}/organizations`, { headers: AUTH });
    expect([res.status, res.headers.get('retry-after')]).toEqual([429, '7']);
    expect(((await res.json()) as { errors: { code: string }[] }).errors[0]!.code).toBe('too_many_requests');
  });

  it('each request takes the earliest queued failure that fits it; untargeted ones keep their order', async () => {
    const fake = createFakeClerk(seed);
    fake.failNext(501, { path: MEMBERSHIPS });
    fake.failNext(502);
    fake.failNext(503, { path: MEMBERSHIPS });
    fake.failNext(504);
    expect(await status(fake, 'GET', '/organizations')).toBe(502);
    expect(await status(fake, 'GET', '/organizations/org_1/memberships')).toBe(501);
    expect(await status(fake, 'GET', '/organizations/org_1/memberships')).toBe(503);
    expect(await status(fake, 'GET', '/organizations/org_1/memberships')).toBe(504);
    expect(await status(fake, 'GET', '/organizations/org_1/memberships')).toBe(200);
  });

  it('an untargeted failure behaves as before: the very next request, whatever it is', async () => {
    const fake = createFakeClerk(seed);
    fake.failNext(503, { times: 2 });
    expect(await status(fake, 'GET', '/nothing/here')).toBe(503);
    expect(await status(fake, 'GET', '/organizations')).toBe(503);
    expect(await status(fake, 'GET', '/organizations')).toBe(200);
  });

  it('takes undefined for every option, as with exactOptionalPropertyTypes', async () => {
    const fake = createFakeClerk(seed);
    fake.failNext(503, { times: undefined, retryAfter: undefined, method: undefined, path: undefined });
    const res = await fake.fetch(`${BASE}/organizations`, { headers: AUTH });
    expect([res.status, res.headers.get('retry-after')]).toEqual([503, null]);
    expect(await status(fake, 'GET', '/organizations')).toBe(200);
  });
});

describe('failNext checks its target', () => {
  it.each([
    ['an unknown template', { path: '/organizations/{id}' }],
    ['a template the method is not served at', { method: 'PUT', path: MEMBERSHIPS }],
    ['a method no operation uses', { method: 'OPTIONS' }],
    ['a method that is no string', { method: 1 }],
    ['a concrete path no operation serves', { path: '/organizations/org_1/nothing' }],
    ['a concrete path not served with the method', { method: 'PUT', path: '/organizations/org_1' }],
    ['a path under another version', { path: '/v2/organizations' }],
    ['a path without a leading slash', { path: 'organizations' }],
    ['a path with a query', { path: '/organizations?limit=1' }],
    ['a path that is no string', { path: ['/organizations'] }],
  ])('%s: a RangeError, and nothing queued', async (_, options) => {
    const fake = createFakeClerk(seed);
    expect(() => fake.failNext(503, options as { method?: string; path?: string })).toThrow(RangeError);
    expect(await status(fake, 'GET', '/organizations')).toBe(200);
  });

  it('names the problem', () => {
    const fake = createFakeClerk();
    expect(() => fake.failNext(503, { path: '/organizations/{id}' })).toThrow('failNext: no operation serves /organizations/{id}');
    expect(() => fake.failNext(503, { method: 'PUT', path: MEMBERSHIPS })).toThrow(`failNext: no operation serves PUT ${MEMBERSHIPS}`);
    expect(() => fake.failNext(503, { method: 'TRACE' })).toThrow(/^failNext: method must be one of /);
  });

  it('still checks the status and times first', () => {
    const fake = createFakeClerk();
    expect(() => fake.failNext(200, { path: MEMBERSHIPS })).toThrow('failNext: status must be an integer from 400 to 599');
    expect(() => fake.failNext(503, { times: 0, path: MEMBERSHIPS })).toThrow(/times must be/);
  });
});
