// Permissions: each function's documented request and answers, the permission-key check made before sending, and paginate.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  createOrganizationPermission,
  deleteOrganizationPermission,
  getOrganizationPermission,
  listOrganizationPermissions,
  type PermissionErrorCode,
  type Permissions,
  paginate,
  type RequestError,
  type Result,
  updateOrganizationPermission,
} from '../../src/index.js';
import { describeEndpoints } from '../support/endpoint-cases.js';
import { expectOk } from '../support/expect-result.js';
import { deletedObject, permission } from '../support/models.js';
import { intercept, testClient, useNock } from '../support/nock.js';
import { itRefusesBeforeSending } from '../support/param-checks.js';

useNock();

const read = permission();
const KEY_RULE = 'must be "org:<feature>:<action>" in lowercase letters, digits or "_", e.g. "org:invoices:read" ("org:sys_" is reserved)';

describeEndpoints('permissions', [
  {
    name: 'listOrganizationPermissions',
    run: (c) => listOrganizationPermissions(c, { query: 'org:invoices', order_by: '-key', limit: 100, offset: 0 }),
    method: 'GET',
    path: '/v1/organization_permissions',
    query: 'query=org%3Ainvoices&order_by=-key&limit=100&offset=0',
    reply: {
      data: [read, permission({ id: 'perm_sys', key: 'org:sys_memberships:read', name: 'Read members', description: 'Read members', type: 'system' })],
      total_count: 2,
    },
    statuses: [401, 422],
  },
  {
    name: 'createOrganizationPermission',
    run: (c) => createOrganizationPermission(c, { name: 'Read invoices', key: 'org:invoices:read', description: 'Can read invoices' }),
    method: 'POST',
    path: '/v1/organization_permissions',
    json: { name: 'Read invoices', key: 'org:invoices:read', description: 'Can read invoices' },
    reply: read,
    statuses: [400, 401, 402, 404, 422],
  },
  {
    name: 'getOrganizationPermission',
    run: (c) => getOrganizationPermission(c, { permission_id: 'perm_1' }),
    method: 'GET',
    path: '/v1/organization_permissions/perm_1',
    reply: read,
    statuses: [401, 404],
  },
  {
    name: 'updateOrganizationPermission',
    run: (c) => updateOrganizationPermission(c, { permission_id: 'perm 1', name: 'Read all invoices', key: 'org:invoices:read_all' }),
    method: 'PATCH',
    path: '/v1/organization_permissions/perm%201',
    json: { name: 'Read all invoices', key: 'org:invoices:read_all' },
    reply: permission({ name: 'Read all invoices', key: 'org:invoices:read_all' }),
    statuses: [400, 401, 403, 404, 422],
  },
  {
    name: 'deleteOrganizationPermission',
    run: (c) => deleteOrganizationPermission(c, { permission_id: 'perm_1' }),
    method: 'DELETE',
    path: '/v1/organization_permissions/perm_1',
    reply: deletedObject({ object: 'permission', id: 'perm_1' }),
    statuses: [401, 403, 404],
  },
]);

describe('permission params are checked before anything is sent', () => {
  itRefusesBeforeSending([
    ['a system key ("org:sys_" is reserved)', () => createOrganizationPermission(testClient(), { name: 'X', key: 'org:sys_x:y' }), 'key', KEY_RULE],
    ['a key without "org:"', () => createOrganizationPermission(testClient(), { name: 'Read invoices', key: 'invoices:read' }), 'key', KEY_RULE],
    ['a key without an action', () => createOrganizationPermission(testClient(), { name: 'Invoices', key: 'org:invoices' }), 'key', KEY_RULE],
    ['a key with capitals', () => createOrganizationPermission(testClient(), { name: 'Invoices', key: 'org:Invoices:read' }), 'key', KEY_RULE],
    [
      'a new key in the system namespace',
      () => updateOrganizationPermission(testClient(), { permission_id: 'perm_1', key: 'org:sys_profile:manage' }),
      'key',
      KEY_RULE,
    ],
    ['a missing name', () => createOrganizationPermission(testClient(), { key: 'org:invoices:read' } as never), 'name', 'is required'],
    ['an empty permission id', () => getOrganizationPermission(testClient(), { permission_id: '' }), 'permission_id', 'must not be empty'],
  ]);
});

describe('paginate over listOrganizationPermissions', () => {
  it('walks both pages, typed from the function, and stops at total_count', async () => {
    const first = intercept('GET', 200, { data: [permission({ id: 'perm_1' }), permission({ id: 'perm_2' })], total_count: 3 });
    const second = intercept('GET', 200, { data: [permission({ id: 'perm_3' })], total_count: 3 });
    const pages = paginate(listOrganizationPermissions, testClient(), { limit: 2 });
    expectTypeOf(pages).toEqualTypeOf<AsyncGenerator<Result<Permissions, RequestError<401 | 422, PermissionErrorCode>>, void, undefined>>();
    const ids: string[] = [];
    for await (const page of pages) ids.push(...expectOk(page).data.map((p) => p.id));
    expect(ids).toEqual(['perm_1', 'perm_2', 'perm_3']);
    expect([first.seen[0]!.url.search, second.seen[0]!.url.search]).toEqual(['?limit=2&offset=0', '?limit=2&offset=2']);
  });
});
