// The fake's default seat limit (issue #20): a new organization allows 5 members, as a new Clerk instance does, and
// the JSDoc says so in Clerk's words and says how to raise it.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createOrganization, createOrganizationInvitation, createOrganizationMembership, updateOrganization } from '../../src/index.js';
import { getInstanceOrganizationSettings } from '../../src/settings/get-instance-organization-settings.js';
import { updateInstanceOrganizationSettings } from '../../src/settings/update-instance-organization-settings.js';
import { expectOk } from '../support/expect-result.js';
import { fakeClerk } from '../support/fake-client.js';
import { failure } from './access-support.js';

const USERS = Array.from({ length: 8 }, (_, i) => ({ id: `user_${i}`, email_address: `u${i}@acme.test` }));
const ids = (from: number, to: number) => USERS.slice(from, to).map((u) => u.id);
const QUOTA = {
  status: 403,
  code: 'organization_membership_quota_exceeded',
  param: undefined,
  long_message: 'You have reached your limit of 5 organization memberships, including outstanding invitations.',
};

describe('a new organization allows 5 members', () => {
  it('a seed without max_allowed_memberships: five members, and the sixth is 403 with Clerk’s message', async () => {
    const { clerk } = fakeClerk({ organizations: [{ id: 'org_1', name: 'Acme', created_by: 'user_0', members: ids(1, 4) }], users: USERS });
    const add = (user_id: string) => createOrganizationMembership(clerk, { organization_id: 'org_1', user_id, role: 'org:member' });
    expect(expectOk(await add('user_4')).organization).toMatchObject({ max_allowed_memberships: 5, members_count: 5 });
    expect(failure(await add('user_5'))).toEqual(QUOTA);
  });

  it('an organization created through the API gets the same default', async () => {
    const { clerk } = fakeClerk({ users: USERS });
    const org = expectOk(await createOrganization(clerk, { name: 'Acme', created_by: 'user_0' }));
    expect(org.max_allowed_memberships).toBe(5);
    expect(expectOk(await getInstanceOrganizationSettings(clerk)).max_allowed_memberships).toBe(5);
  });

  it('members and pending invitations together: an invitation past 5 is 403 too', async () => {
    const { clerk } = fakeClerk({ organizations: [{ id: 'org_1', name: 'Acme', created_by: 'user_0', members: ids(1, 3) }], users: USERS });
    const invite = (email_address: string) => createOrganizationInvitation(clerk, { organization_id: 'org_1', email_address, role: 'org:member' });
    expectOk(await invite('a@elsewhere.test'));
    expectOk(await invite('b@elsewhere.test'));
    expect(failure(await invite('c@elsewhere.test'))).toEqual(QUOTA);
  });

  it('seeding checks no limit: a seed may list more members than it allows', async () => {
    const { fake } = fakeClerk({ organizations: [{ id: 'org_1', name: 'Acme', members: ids(0, 8) }], users: USERS });
    expect(fake.organizations()[0]!.max_allowed_memberships).toBe(5);
    const res = await fake.fetch('https://api.clerk.com/v1/organizations/org_1/memberships?limit=100', { headers: { authorization: 'Bearer sk_test_x' } });
    expect(((await res.json()) as { total_count: number }).total_count).toBe(8);
  });
});

describe('raising the limit', () => {
  const sixth = async (clerk: ReturnType<typeof fakeClerk>['clerk'], organization_id: string) => {
    for (const user_id of ids(0, 5)) expectOk(await createOrganizationMembership(clerk, { organization_id, user_id, role: 'org:member' }));
    return createOrganizationMembership(clerk, { organization_id, user_id: 'user_5', role: 'org:member' });
  };

  it('per seed: max_allowed_memberships: 100, or 0 for no limit', async () => {
    const { clerk } = fakeClerk({
      organizations: [
        { id: 'org_100', name: 'Hundred', max_allowed_memberships: 100 },
        { id: 'org_0', name: 'Unlimited', max_allowed_memberships: 0 },
      ],
      users: USERS,
    });
    expect((await sixth(clerk, 'org_100')).ok).toBe(true);
    expect((await sixth(clerk, 'org_0')).ok).toBe(true);
  });

  it('per organization: updateOrganization', async () => {
    const { clerk } = fakeClerk({ organizations: [{ id: 'org_1', name: 'Acme' }], users: USERS });
    expectOk(await updateOrganization(clerk, { organization_id: 'org_1', max_allowed_memberships: 10 }));
    expect((await sixth(clerk, 'org_1')).ok).toBe(true);
  });

  it('for organizations created from then on: the instance settings (existing ones keep theirs)', async () => {
    const { clerk } = fakeClerk({ organizations: [{ id: 'org_old', name: 'Old' }], users: USERS });
    expectOk(await updateInstanceOrganizationSettings(clerk, { max_allowed_memberships: 50 }));
    const fresh = expectOk(await createOrganization(clerk, { name: 'New' }));
    expect((await sixth(clerk, fresh.id)).ok).toBe(true);
    expect(failure(await sixth(clerk, 'org_old'))).toEqual(QUOTA);
  });
});

describe('the docs match the fake', () => {
  const source = readFileSync(new URL('../../src/testing/fake-clerk.ts', import.meta.url), 'utf8');

  it("quote Clerk's default, which is the fake's, and say how to raise it", async () => {
    const quoted = [...source.matchAll(/By default, the membership limit is set(?:\s|\*)+to(?:\s|\*)+(\d+) members/g)].map((m) => Number(m[1]));
    // In `SeedOrganization.max_allowed_memberships` and in `createFakeClerk`.
    expect(quoted).toHaveLength(2);
    const { clerk } = fakeClerk();
    const actual = expectOk(await getInstanceOrganizationSettings(clerk)).max_allowed_memberships;
    expect(new Set(quoted)).toEqual(new Set([actual]));
    expect(source).toContain('https://clerk.com/docs/organizations/overview');
    for (const how of ['max_allowed_memberships: 100', 'updateInstanceOrganizationSettings(clerk, { max_allowed_memberships })', 'updateOrganization']) {
      expect(source).toContain(how);
    }
  });

  it('no longer speak of "nine operations"', () => {
    const dir = new URL('../../src/testing/', import.meta.url);
    for (const file of readdirSync(dir)) expect(readFileSync(new URL(file, dir), 'utf8'), file).not.toMatch(/\bnine\b/i);
  });
});
