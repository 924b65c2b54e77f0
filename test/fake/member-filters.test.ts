// `user_id` filters on an organization's member list (issue #20) take Clerk's `+` (include) and `-` (exclude)
// prefixes, as the spec describes for ListOrganizationMemberships and as organization lists already did.
import { describe, expect, it } from 'vitest';
import { listOrganizationMemberships, listOrganizations } from '../../src/index.js';
import { expectOk } from '../support/expect-result.js';
import { fakeClerk } from '../support/fake-client.js';

const USERS = ['u1', 'u2', 'u3', 'u4'].map((id) => ({ id, username: id === 'u4' ? 'dora' : id }));
const setup = () =>
  fakeClerk({
    organizations: [
      { id: 'org_1', name: 'Acme', created_by: 'u1', members: ['u2', 'u3', 'u4'], max_allowed_memberships: 0 },
      { id: 'org_2', name: 'Beta', created_by: 'u2' },
    ],
    users: USERS,
  });

const members = async (clerk: ReturnType<typeof setup>['clerk'], user_id: string[], more: { role?: string[]; limit?: number } = {}) => {
  const page = expectOk(await listOrganizationMemberships(clerk, { organization_id: 'org_1', order_by: '+created_at', user_id, ...more }));
  return { ids: page.data.map((m) => m.public_user_data?.user_id), total: page.total_count };
};

describe('user_id on an organization’s member list', () => {
  it('includes with or without +, any of them; unknown ids are ignored', async () => {
    const { clerk } = setup();
    expect((await members(clerk, ['u2'])).ids).toEqual(['u2']);
    expect((await members(clerk, ['+u2'])).ids).toEqual(['u2']);
    expect((await members(clerk, ['+u3', 'u1', 'user_unknown'])).ids).toEqual(['u1', 'u3']);
  });

  it('excludes with -: only excludes means everyone else', async () => {
    const { clerk } = setup();
    expect((await members(clerk, ['-u2'])).ids).toEqual(['u1', 'u3', 'u4']);
    expect((await members(clerk, ['-u2', '-u4', '-user_unknown'])).ids).toEqual(['u1', 'u3']);
  });

  it('mixes both: the included ones less the excluded ones', async () => {
    const { clerk } = setup();
    expect((await members(clerk, ['+u1', '+u2', '-u2'])).ids).toEqual(['u1']);
    expect((await members(clerk, ['u1', 'u3', '-u4'])).ids).toEqual(['u1', 'u3']);
  });

  it('combines with the other filters and counts what it keeps', async () => {
    const { clerk } = setup();
    expect(await members(clerk, ['-u3'], { role: ['org:member'] })).toEqual({ ids: ['u2', 'u4'], total: 2 });
    expect(await members(clerk, ['-u1'], { limit: 1 })).toEqual({ ids: ['u2'], total: 3 });
  });

  it('reads a + sent unencoded (form decoding makes it a space) as +', async () => {
    const { fake } = setup();
    const res = await fake.fetch('https://api.clerk.com/v1/organizations/org_1/memberships?user_id=+u2&user_id=-u3', {
      headers: { authorization: 'Bearer sk_test_x' },
    });
    const page = (await res.json()) as { data: { public_user_data: { user_id: string } }[] };
    expect(page.data.map((m) => m.public_user_data?.user_id)).toEqual(['u2']);
  });

  it('organization lists keep the same rules (the same code)', async () => {
    const { clerk } = setup();
    const names = async (user_id: string[]) => expectOk(await listOrganizations(clerk, { user_id, order_by: 'name' })).data.map((o) => o.name);
    expect(await names(['+u3'])).toEqual(['Acme']);
    expect(await names(['-u1'])).toEqual(['Beta']);
    expect(await names(['u2', '-u3'])).toEqual(['Beta']);
  });
});
