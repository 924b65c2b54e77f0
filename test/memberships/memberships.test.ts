// Memberships: client-side checks, and the generic paginate over any list function.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  createOrganizationMembership,
  deleteOrganization,
  deleteOrganizationMembership,
  getOrganization,
  listInstanceOrganizationMemberships,
  listOrganizationMemberships,
  listUserOrganizationMemberships,
  type MembershipErrorCode,
  mergeOrganizationMembershipMetadata,
  type OrganizationMemberships,
  paginate,
  paginateOrganizations,
  type RequestError,
  type Result,
  updateOrganizationMembership,
} from '../../src/index.js';
import { expectErr, expectOk } from '../support/expect-result.js';
import { fakeClerk } from '../support/fake-client.js';
import { clerkErrors, membership } from '../support/models.js';
import { intercept, testClient, useNock } from '../support/nock.js';
import { itRefusesBeforeSending } from '../support/param-checks.js';

useNock();

describe('membership params are checked before anything is sent', () => {
  itRefusesBeforeSending([
    ['empty role', () => createOrganizationMembership(testClient(), { organization_id: 'org_1', user_id: 'user_1', role: '' }), 'role', 'must not be empty'],
    ['missing user_id', () => createOrganizationMembership(testClient(), { organization_id: 'org_1', role: 'r' } as never), 'user_id', 'is required'],
    [
      'a ".." user id',
      () => updateOrganizationMembership(testClient(), { organization_id: 'org_1', user_id: '..', role: 'r' }),
      'user_id',
      'must not be "." or ".."',
    ],
    [
      'an order_by Clerk does not sort by',
      () => listOrganizationMemberships(testClient(), { organization_id: 'org_1', order_by: '-role' as never }),
      'order_by',
      'must be phone_number, email_address, created_at, first_name, last_name or username, with an optional + or - before it',
    ],
    [
      'a timestamp that is not an integer',
      () => listOrganizationMemberships(testClient(), { organization_id: 'org_1', created_at_after: 1.5 }),
      'created_at_after',
      'must be an integer ≥ 0',
    ],
    [
      'more than 100 roles',
      () => listOrganizationMemberships(testClient(), { organization_id: 'org_1', role: Array(101).fill('r') }),
      'role',
      'must hold at most 100 items',
    ],
    ['limit 501', () => listInstanceOrganizationMemberships(testClient(), { limit: 501 }), 'limit', 'must be an integer from 1 to 500'],
    ['an empty user id', () => listUserOrganizationMemberships(testClient(), { user_id: '' }), 'user_id', 'must not be empty'],
    [
      'a misspelt filter',
      () => listOrganizationMemberships(testClient(), { organization_id: 'org_1', emailAddress: ['a'] } as never),
      'emailAddress',
      'is not a known parameter',
    ],
  ]);
});

describe('paginate', () => {
  it('walks every page of any list function, typed from it, and stops at total_count', async () => {
    const page = (ids: string[]) => ({ data: ids.map((id) => membership({ id })), total_count: 5 });
    const { seen } = intercept('GET', 200, page(['m1', 'm2']));
    const second = intercept('GET', 200, page(['m3', 'm4']));
    const third = intercept('GET', 200, page(['m5']));
    const ids: string[] = [];
    const pages = paginate(listOrganizationMemberships, testClient(), { organization_id: 'org_1', limit: 2 });
    expectTypeOf(pages).toEqualTypeOf<AsyncGenerator<Result<OrganizationMemberships, RequestError<401 | 422, MembershipErrorCode>>, void, undefined>>();
    for await (const p of pages) ids.push(...expectOk(p).data.map((m) => m.id));
    expect(ids).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    expect([seen, second.seen, third.seen].map((s) => s[0]!.url.searchParams.get('offset'))).toEqual(['0', '2', '4']);
  });

  it('yields the first error and stops', async () => {
    intercept('GET', 200, { data: [membership()], total_count: 3 });
    intercept('GET', 422, clerkErrors('form_param_value_invalid', 'bad'));
    const results = [];
    for await (const p of paginate(listUserOrganizationMemberships, testClient(), { user_id: 'user_1', limit: 1 })) results.push(p);
    expect(results.map((r) => (r.ok ? 'ok' : r.error.type))).toEqual(['ok', 'api']);
  });

  it('paginateOrganizations is paginate over listOrganizations', async () => {
    intercept('GET', 200, { data: [], total_count: 0 });
    const results = [];
    for await (const p of paginateOrganizations(testClient())) results.push(p);
    expect(results).toEqual([{ ok: true, data: { data: [], total_count: 0 } }]);
  });
});

describe('the fake keeps one membership store behind every view', () => {
  const setup = () =>
    fakeClerk({
      users: [
        { id: 'user_ada', first_name: 'Ada', last_name: 'Lovelace', email_address: 'ada@example.com', username: 'ada' },
        { id: 'user_bob', first_name: 'Bob', last_name: 'Stone', email_address: 'bob@example.com', username: 'bob' },
        { id: 'user_cy', first_name: 'Cy', last_name: 'Young', email_address: 'cy@example.com' },
      ],
      organizations: [
        { id: 'org_a', name: 'A', slug: 'a', created_by: 'user_ada', max_allowed_memberships: 3 },
        { id: 'org_b', name: 'B', slug: 'b', members: ['user_ada'] },
      ],
    });
  const counts = async (clerk: ReturnType<typeof setup>['clerk']) => {
    const org = expectOk(await getOrganization(clerk, { organization_id: 'org_a', include_members_count: true })).members_count;
    const list = expectOk(await listOrganizationMemberships(clerk, { organization_id: 'org_a' })).total_count;
    const instance = expectOk(await listInstanceOrganizationMemberships(clerk)).data.filter((m) => m.organization.id === 'org_a').length;
    return [org, list, instance];
  };

  it('add, change a role, merge metadata, remove: members_count agrees in every view', async () => {
    const { clerk } = setup();
    expect(await counts(clerk)).toEqual([1, 1, 1]);
    const added = expectOk(
      await createOrganizationMembership(clerk, { organization_id: 'org_a', user_id: 'user_bob', role: 'org:member', public_metadata: { team: 'x', keep: 1 } }),
    );
    expect([added.role, added.organization.members_count, added.public_user_data?.identifier]).toEqual(['org:member', 2, 'bob@example.com']);
    expect(await counts(clerk)).toEqual([2, 2, 2]);
    expect(expectOk(await updateOrganizationMembership(clerk, { organization_id: 'org_a', user_id: 'user_bob', role: 'org:admin' })).role).toBe('org:admin');
    const merged = expectOk(
      await mergeOrganizationMembershipMetadata(clerk, { organization_id: 'org_a', user_id: 'user_bob', public_metadata: { team: null, seat: { n: 1 } } }),
    );
    expect(merged.public_metadata).toEqual({ keep: 1, seat: { n: 1 } });
    const bobs = expectOk(await listUserOrganizationMemberships(clerk, { user_id: 'user_bob' }));
    expect(bobs.data.map((m) => [m.organization.id, m.role])).toEqual([['org_a', 'org:admin']]);
    expect(expectOk(await deleteOrganizationMembership(clerk, { organization_id: 'org_a', user_id: 'user_bob' })).id).toBe(added.id);
    expect(expectErr(await deleteOrganizationMembership(clerk, { organization_id: 'org_a', user_id: 'user_bob' }), 'api').status).toBe(404);
    expect(await counts(clerk)).toEqual([1, 1, 1]);
  });

  it('answers as Clerk does: a missing organization or user, a member twice', async () => {
    const { clerk } = setup();
    const add = (organization_id: string, user_id: string) => createOrganizationMembership(clerk, { organization_id, user_id, role: 'org:member' });
    expect(expectErr(await add('org_missing', 'user_bob'), 'api').status).toBe(404);
    expect(expectErr(await add('org_a', 'user_nobody'), 'api').status).toBe(404);
    expect(expectErr(await add('org_a', 'user_ada'), 'api').errors[0]!.code).toBe('already_a_member_in_organization');
    expect(expectErr(await listUserOrganizationMemberships(clerk, { user_id: 'user_nobody' }), 'api').status).toBe(404);
  });

  it('enforces max_allowed_memberships when it is set', async () => {
    const { clerk } = fakeClerk({
      users: [{ id: 'u1' }, { id: 'u2' }, { id: 'u3' }],
      organizations: [{ id: 'org_s', name: 'S', max_allowed_memberships: 2, members: ['u1'] }],
    });
    expectOk(await createOrganizationMembership(clerk, { organization_id: 'org_s', user_id: 'u2', role: 'org:member' }));
    const over = expectErr(await createOrganizationMembership(clerk, { organization_id: 'org_s', user_id: 'u3', role: 'org:member' }), 'api');
    expect([over.status, over.errors[0]!.code]).toEqual([403, 'organization_membership_quota_exceeded']);
  });

  it('deleting an organization removes its memberships from every view', async () => {
    const { clerk } = setup();
    expectOk(await deleteOrganization(clerk, { organization_id: 'org_b' }));
    expect(expectOk(await listUserOrganizationMemberships(clerk, { user_id: 'user_ada' })).data.map((m) => m.organization.id)).toEqual(['org_a']);
    expect(expectOk(await listInstanceOrganizationMemberships(clerk)).total_count).toBe(1);
  });

  it('filters and orders as the spec describes', async () => {
    const { clerk } = setup();
    for (const user_id of ['user_bob', 'user_cy'])
      expectOk(await createOrganizationMembership(clerk, { organization_id: 'org_a', user_id, role: 'org:member' }));
    const list = async (params: Omit<Parameters<typeof listOrganizationMemberships>[1], 'organization_id'>) =>
      expectOk(await listOrganizationMemberships(clerk, { organization_id: 'org_a', ...params })).data.map((m) => m.public_user_data?.user_id);
    expect(await list({ order_by: 'first_name' })).toEqual(['user_ada', 'user_bob', 'user_cy']);
    expect(await list({ order_by: '-last_name' })).toEqual(['user_cy', 'user_bob', 'user_ada']);
    expect(await list({ role: ['org:admin'] })).toEqual(['user_ada']);
    expect(await list({ email_address: ['cy@example.com'], order_by: 'first_name' })).toEqual(['user_cy']);
    expect(await list({ name_query: 'stone' })).toEqual(['user_bob']);
    expect(await list({ query: 'ADA', order_by: 'first_name' })).toEqual(['user_ada']);
    expect(await list({ username: ['bob'] })).toEqual(['user_bob']);
    expect(await list({ limit: 1, offset: 1, order_by: 'first_name' })).toEqual(['user_bob']);
  });
});
