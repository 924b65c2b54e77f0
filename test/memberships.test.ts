// Memberships: client-side checks, and the generic paginate over any list function.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  createOrganizationMembership,
  listInstanceOrganizationMemberships,
  listOrganizationMemberships,
  listUserOrganizationMemberships,
  type OrganizationMemberships,
  paginate,
  paginateOrganizations,
  type RequestError,
  type Result,
  updateOrganizationMembership,
} from '../src/index.js';
import { intercept, membershipFixture, testClient, useNock } from './helpers.js';
import { expectErr, expectOk } from './support/expect-result.js';

useNock();

describe('membership params are checked before anything is sent', () => {
  const cases: [string, () => Promise<Result<unknown, RequestError>>, string, string][] = [
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
      'must hold at most 100 ids',
    ],
    ['limit 501', () => listInstanceOrganizationMemberships(testClient(), { limit: 501 }), 'limit', 'must be an integer from 1 to 500'],
    ['an empty user id', () => listUserOrganizationMemberships(testClient(), { user_id: '' }), 'user_id', 'must not be empty'],
    [
      'a misspelt filter',
      () => listOrganizationMemberships(testClient(), { organization_id: 'org_1', emailAddress: ['a'] } as never),
      'emailAddress',
      'is not a known parameter',
    ],
  ];
  it.each(cases)('%s', async (_, run, path, message) => {
    // useNock refuses any real request, and no interceptor is set: a sent request would fail as network.
    expect(expectErr(await run(), 'invalid_request').issues).toContainEqual({ path, message });
  });
});

describe('paginate', () => {
  it('walks every page of any list function, typed from it, and stops at total_count', async () => {
    const page = (ids: string[]) => ({ data: ids.map((id) => membershipFixture({ id })), total_count: 5 });
    const { seen } = intercept('GET', 200, page(['m1', 'm2']));
    const second = intercept('GET', 200, page(['m3', 'm4']));
    const third = intercept('GET', 200, page(['m5']));
    const ids: string[] = [];
    const pages = paginate(listOrganizationMemberships, testClient(), { organization_id: 'org_1', limit: 2 });
    expectTypeOf(pages).toEqualTypeOf<AsyncGenerator<Result<OrganizationMemberships, RequestError<401 | 422>>, void, undefined>>();
    for await (const p of pages) ids.push(...expectOk(p).data.map((m) => m.id));
    expect(ids).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    expect([seen, second.seen, third.seen].map((s) => s[0]!.url.searchParams.get('offset'))).toEqual(['0', '2', '4']);
  });

  it('yields the first error and stops', async () => {
    intercept('GET', 200, { data: [membershipFixture()], total_count: 3 });
    intercept('GET', 422, { errors: [{ code: 'form_param_value_invalid', message: 'bad' }] });
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
