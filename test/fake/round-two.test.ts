// The fake under attack (issue #17): a bulk invitation create stores all or nothing, whatever is wrong with an item,
// and its rateLimit option is checked when the fake is made.
import { describe, expect, it } from 'vitest';
import { createFakeClerk } from '../../src/testing/index.js';

const BASE = 'https://api.clerk.com/v1';
const HEADERS = { authorization: 'Bearer sk_test_fake', 'content-type': 'application/json' };

describe('bulk invitations are all or nothing', () => {
  it.each([
    ['non-object metadata', { email_address: 'b@acme.test', role: 'org:member', public_metadata: 'x' }],
    ['array metadata', { email_address: 'b@acme.test', role: 'org:member', private_metadata: [1] }],
    ['no role', { email_address: 'b@acme.test' }],
    ['a bad expiry', { email_address: 'b@acme.test', role: 'org:member', expires_in_days: 0 }],
    ['an unknown field', { email_address: 'b@acme.test', role: 'org:member', colour: 'red' }],
  ])('a later item with %s: 422, and not even the valid items are stored', async (_, bad) => {
    const fake = createFakeClerk({ organizations: [{ id: 'org_1', name: 'Acme', max_allowed_memberships: 0 }] });
    const items = [{ email_address: 'a@acme.test', role: 'org:member' }, bad];
    const res = await fake.fetch(`${BASE}/organizations/org_1/invitations/bulk`, { method: 'POST', headers: HEADERS, body: JSON.stringify(items) });
    expect(res.status).toBe(422);
    const list = await fake.fetch(`${BASE}/organizations/org_1/invitations`, { headers: HEADERS });
    expect(((await list.json()) as { total_count: number }).total_count).toBe(0);
  });
});

describe('the rateLimit option is checked', () => {
  it.each([
    ['requests 0', { requests: 0, per: 1_000 }],
    ['requests 1.5', { requests: 1.5, per: 1_000 }],
    ['per -1', { requests: 1, per: -1 }],
    ['per NaN', { requests: 1, per: Number.NaN }],
    ['per 10^18 ms', { requests: 1, per: 1e18 }],
  ])('%s: a RangeError when the fake is made', (_, rateLimit) => {
    expect(() => createFakeClerk({ rateLimit })).toThrow(RangeError);
  });

  it('a valid rateLimit still answers 429 with a finite Retry-After', async () => {
    const fake = createFakeClerk({ organizations: [{ id: 'org_1', name: 'Acme' }], rateLimit: { requests: 1, per: 2_000 } });
    expect((await fake.fetch(`${BASE}/organizations/org_1`, { headers: HEADERS })).status).toBe(200);
    const limited = await fake.fetch(`${BASE}/organizations/org_1`, { headers: HEADERS });
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '2']);
  });
});
