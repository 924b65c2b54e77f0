// Roles: each function's documented request and answers, the role-key check made before sending, and paginate.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  assignPermissionToOrganizationRole,
  createOrganizationRole,
  deleteOrganizationRole,
  getOrganizationRole,
  listOrganizationRoles,
  paginate,
  type RequestError,
  type Result,
  type RoleErrorCode,
  type Roles,
  removePermissionFromOrganizationRole,
  updateOrganizationRole,
} from '../../src/index.js';
import { describeEndpoints } from '../support/endpoint-cases.js';
import { expectOk } from '../support/expect-result.js';
import { deletedObject, permission, role } from '../support/models.js';
import { intercept, testClient, useNock } from '../support/nock.js';
import { itRefusesBeforeSending } from '../support/param-checks.js';

useNock();

const billing = role();
const KEY_RULE = 'must be "org:" then lowercase letters, digits or "_", e.g. "org:billing_admin"';

describeEndpoints('roles', [
  {
    name: 'listOrganizationRoles',
    run: (c) => listOrganizationRoles(c, { query: 'bill ing', order_by: '+name', limit: 2, offset: 4 }),
    method: 'GET',
    path: '/v1/organization_roles',
    query: 'query=bill+ing&order_by=%2Bname&limit=2&offset=4',
    reply: { data: [billing, role({ id: 'role_2', key: 'org:viewer', name: 'Viewer', permissions: [] })], total_count: 6 },
    statuses: [400, 401, 403, 422],
  },
  {
    name: 'createOrganizationRole',
    run: (c) =>
      createOrganizationRole(c, {
        name: 'Billing admin',
        key: 'org:billing_admin',
        description: null,
        permissions: ['perm_1', 'perm_2'],
        include_in_initial_role_set: true,
      }),
    method: 'POST',
    path: '/v1/organization_roles',
    json: { name: 'Billing admin', key: 'org:billing_admin', description: null, permissions: ['perm_1', 'perm_2'], include_in_initial_role_set: true },
    reply: billing,
    statuses: [400, 401, 402, 403, 404, 422],
  },
  {
    name: 'getOrganizationRole',
    run: (c) => getOrganizationRole(c, { organization_role_id: 'role_1' }),
    method: 'GET',
    path: '/v1/organization_roles/role_1',
    reply: billing,
    statuses: [401, 403, 404],
  },
  {
    name: 'updateOrganizationRole',
    run: (c) => updateOrganizationRole(c, { organization_role_id: 'role/1', name: 'Billing manager', key: 'org:billing_manager', permissions: [] }),
    method: 'PATCH',
    path: '/v1/organization_roles/role%2F1',
    json: { name: 'Billing manager', key: 'org:billing_manager', permissions: [] },
    reply: role({ name: 'Billing manager', key: 'org:billing_manager', permissions: [] }),
    statuses: [400, 401, 403, 404, 422],
  },
  {
    name: 'deleteOrganizationRole',
    run: (c) => deleteOrganizationRole(c, { organization_role_id: 'role_1' }),
    method: 'DELETE',
    path: '/v1/organization_roles/role_1',
    reply: deletedObject({ object: 'role', id: 'role_1' }),
    statuses: [401, 403, 404, 422],
  },
  {
    name: 'assignPermissionToOrganizationRole',
    run: (c) => assignPermissionToOrganizationRole(c, { organization_role_id: 'role_1', permission_id: 'perm_2' }),
    method: 'POST',
    path: '/v1/organization_roles/role_1/permissions/perm_2',
    reply: role({ permissions: [permission(), permission({ id: 'perm_2', key: 'org:invoices:manage', name: 'Manage invoices' })] }),
    statuses: [401, 403, 404, 409],
  },
  {
    name: 'removePermissionFromOrganizationRole',
    run: (c) => removePermissionFromOrganizationRole(c, { organization_role_id: 'role_1', permission_id: 'perm_1' }),
    method: 'DELETE',
    path: '/v1/organization_roles/role_1/permissions/perm_1',
    reply: role({ permissions: [] }),
    statuses: [401, 403, 404, 422],
  },
]);

describe('role params are checked before anything is sent', () => {
  itRefusesBeforeSending([
    ['a role key without "org:" (the old "admin")', () => createOrganizationRole(testClient(), { name: 'Admin', key: 'admin' }), 'key', KEY_RULE],
    ['a role key with capitals', () => createOrganizationRole(testClient(), { name: 'Billing', key: 'org:Billing' }), 'key', KEY_RULE],
    ['a role key with nothing after "org:"', () => createOrganizationRole(testClient(), { name: 'Empty', key: 'org:' }), 'key', KEY_RULE],
    ['a new key without "org:"', () => updateOrganizationRole(testClient(), { organization_role_id: 'role_1', key: 'billing' }), 'key', KEY_RULE],
    ['an empty name', () => createOrganizationRole(testClient(), { name: '', key: 'org:billing' }), 'name', 'must not be empty'],
    ['a missing key', () => createOrganizationRole(testClient(), { name: 'Billing' } as never), 'key', 'is required'],
    ['a ".." role id', () => getOrganizationRole(testClient(), { organization_role_id: '..' }), 'organization_role_id', 'must not be "." or ".."'],
    [
      'an empty permission id',
      () => assignPermissionToOrganizationRole(testClient(), { organization_role_id: 'role_1', permission_id: '' }),
      'permission_id',
      'must not be empty',
    ],
    [
      'an order_by Clerk does not sort by',
      () => listOrganizationRoles(testClient(), { order_by: '-permissions' as never }),
      'order_by',
      'must be created_at, name or key, with an optional + or - before it',
    ],
  ]);
});

describe('paginate over listOrganizationRoles', () => {
  it('walks both pages, typed from the function, and stops at total_count', async () => {
    const first = intercept('GET', 200, { data: [role({ id: 'role_1' }), role({ id: 'role_2' })], total_count: 3 });
    const second = intercept('GET', 200, { data: [role({ id: 'role_3' })], total_count: 3 });
    const pages = paginate(listOrganizationRoles, testClient(), { query: 'bill', order_by: 'key', limit: 2 });
    expectTypeOf(pages).toEqualTypeOf<AsyncGenerator<Result<Roles, RequestError<400 | 401 | 403 | 422, RoleErrorCode>>, void, undefined>>();
    const ids: string[] = [];
    for await (const page of pages) ids.push(...expectOk(page).data.map((r) => r.id));
    expect(ids).toEqual(['role_1', 'role_2', 'role_3']);
    expect([first.seen[0]!.url.search, second.seen[0]!.url.search]).toEqual([
      '?query=bill&order_by=key&limit=2&offset=0',
      '?query=bill&order_by=key&limit=2&offset=2',
    ]);
  });
});

describe('a deleted role as Clerk shows it', () => {
  it('reads slug: null (Clerk’s role.deleted example) as data, not invalid_response', async () => {
    const answer = { object: 'role', id: 'role_1', slug: null, deleted: true };
    intercept('DELETE', 200, answer);
    expect(expectOk(await deleteOrganizationRole(testClient(), { organization_role_id: 'role_1' }))).toEqual(answer);
  });
});
