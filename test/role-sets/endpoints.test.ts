// Role sets: each function's documented request and answers (a key like role_set:agencies is percent-encoded in
// the path), the role-set-key check made before sending, and paginate.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  addRolesToRoleSet,
  createRoleSet,
  getRoleSet,
  listRoleSets,
  paginate,
  type RequestError,
  type Result,
  type RoleSetErrorCode,
  type RoleSets,
  replaceRoleInRoleSet,
  replaceRoleSet,
  updateRoleSet,
} from '../../src/index.js';
import { describeEndpoints } from '../support/endpoint-cases.js';
import { expectErr, expectOk } from '../support/expect-result.js';
import { deletedObject, roleSet, roleSetItem } from '../support/models.js';
import { intercept, testClient, useNock } from '../support/nock.js';
import { itRefusesBeforeSending } from '../support/param-checks.js';

useNock();

const agencies = roleSet();
const billing = roleSetItem({ id: 'role_billing', name: 'Billing admin', key: 'org:billing_admin' });
const KEY_RULE = 'must be "role_set:" then lowercase letters, digits or "_", e.g. "role_set:agencies"';

describeEndpoints('role-sets', [
  {
    name: 'listRoleSets',
    run: (c) => listRoleSets(c, { query: 'agen', order_by: '-created_at', limit: 10, offset: 20 }),
    method: 'GET',
    path: '/v1/role_sets',
    query: 'query=agen&order_by=-created_at&limit=10&offset=20',
    reply: { data: [agencies, roleSet({ id: 'rs_default', key: 'role_set:default', name: 'Default', type: 'initial' })], total_count: 22 },
    statuses: [400, 401, 403, 422],
  },
  {
    name: 'createRoleSet',
    run: (c) =>
      createRoleSet(c, {
        name: 'Agencies',
        key: 'role_set:agencies',
        description: null,
        roles: ['org:admin', 'org:member'],
        default_role_key: 'org:member',
        creator_role_key: 'org:admin',
        type: 'custom',
      }),
    method: 'POST',
    path: '/v1/role_sets',
    json: {
      name: 'Agencies',
      key: 'role_set:agencies',
      description: null,
      roles: ['org:admin', 'org:member'],
      default_role_key: 'org:member',
      creator_role_key: 'org:admin',
      type: 'custom',
    },
    reply: agencies,
    statuses: [400, 401, 402, 403, 404, 422],
  },
  {
    name: 'getRoleSet',
    run: (c) => getRoleSet(c, { role_set_key_or_id: 'role_set:agencies' }),
    method: 'GET',
    path: '/v1/role_sets/role_set%3Aagencies',
    reply: agencies,
    statuses: [401, 403, 404],
  },
  {
    name: 'updateRoleSet',
    run: (c) => updateRoleSet(c, { role_set_key_or_id: 'rs_1', name: 'Agencies (EU)', key: 'role_set:agencies_eu', type: 'initial', description: null }),
    method: 'PATCH',
    path: '/v1/role_sets/rs_1',
    json: { name: 'Agencies (EU)', key: 'role_set:agencies_eu', type: 'initial', description: null },
    reply: roleSet({ name: 'Agencies (EU)', key: 'role_set:agencies_eu', type: 'initial' }),
    statuses: [400, 401, 403, 404, 422],
  },
  {
    name: 'replaceRoleSet',
    run: (c) =>
      replaceRoleSet(c, {
        role_set_key_or_id: 'role_set:old',
        dest_role_set_key: 'role_set:agencies',
        reassignment_mappings: { 'org:editor': 'org:member' },
      }),
    method: 'POST',
    path: '/v1/role_sets/role_set%3Aold/replace',
    json: { dest_role_set_key: 'role_set:agencies', reassignment_mappings: { 'org:editor': 'org:member' } },
    reply: deletedObject({ object: 'role_set', id: 'rs_old' }),
    statuses: [400, 401, 403, 404, 422],
  },
  {
    name: 'addRolesToRoleSet',
    run: (c) => addRolesToRoleSet(c, { role_set_key_or_id: 'role_set:agencies', role_keys: ['org:billing_admin'], default_role_key: 'org:billing_admin' }),
    method: 'POST',
    path: '/v1/role_sets/role_set%3Aagencies/roles',
    json: { role_keys: ['org:billing_admin'], default_role_key: 'org:billing_admin' },
    reply: roleSet({ roles: [...agencies.roles, billing], default_role: billing }),
    statuses: [400, 401, 403, 404, 422],
  },
  {
    name: 'replaceRoleInRoleSet',
    run: (c) => replaceRoleInRoleSet(c, { role_set_key_or_id: 'role_set:agencies', role_key: 'org:billing_admin', to_role_key: 'org:member' }),
    method: 'POST',
    path: '/v1/role_sets/role_set%3Aagencies/roles/replace',
    json: { role_key: 'org:billing_admin', to_role_key: 'org:member' },
    reply: roleSet({
      role_set_migration: {
        object: 'role_set_migration',
        id: 'rsm_1',
        organization_id: null,
        instance_id: 'ins_1',
        source_role_set_id: 'rs_1',
        dest_role_set_id: null,
        trigger_type: 'role_removal',
        status: 'enqueued',
        migrated_members: 0,
        mappings: { 'org:billing_admin': 'org:member' },
        started_at: null,
        completed_at: null,
        created_at: 1_716_883_200_000,
        updated_at: 1_716_883_200_000,
      },
    }),
    statuses: [400, 401, 403, 404, 422],
  },
]);

describe('role set params are checked before anything is sent', () => {
  const roles = { roles: ['org:admin'], default_role_key: 'org:admin', creator_role_key: 'org:admin' };
  itRefusesBeforeSending([
    ['a key without "role_set:"', () => createRoleSet(testClient(), { name: 'Agencies', key: 'agencies', ...roles }), 'key', KEY_RULE],
    ['a key with capitals', () => createRoleSet(testClient(), { name: 'Agencies', key: 'role_set:Agencies', ...roles }), 'key', KEY_RULE],
    ['a role key as the new key', () => updateRoleSet(testClient(), { role_set_key_or_id: 'rs_1', key: 'org:agencies' }), 'key', KEY_RULE],
    [
      'a type Clerk does not have',
      () => createRoleSet(testClient(), { name: 'Agencies', type: 'default' as never, ...roles }),
      'type',
      'must be one of initial, custom',
    ],
    ['"custom" as the new type', () => updateRoleSet(testClient(), { role_set_key_or_id: 'rs_1', type: 'custom' as never }), 'type', 'must be one of initial'],
    [
      'more than 10 roles',
      () => addRolesToRoleSet(testClient(), { role_set_key_or_id: 'role_set:agencies', role_keys: Array.from({ length: 11 }, (_, i) => `org:r${i}`) }),
      'role_keys',
      'must hold at most 10 items',
    ],
    [
      'a mapping to an empty role',
      () =>
        replaceRoleSet(testClient(), { role_set_key_or_id: 'role_set:old', dest_role_set_key: 'role_set:new', reassignment_mappings: { 'org:editor': '' } }),
      'reassignment_mappings',
      'must map role keys to role keys, e.g. { "org:editor": "org:member" }',
    ],
    ['a "." role set', () => getRoleSet(testClient(), { role_set_key_or_id: '.' }), 'role_set_key_or_id', 'must not be "." or ".."'],
  ]);
});

describe('paginate over listRoleSets', () => {
  it('walks both pages, typed from the function, and stops at total_count', async () => {
    const first = intercept('GET', 200, { data: [roleSet({ id: 'rs_1' }), roleSet({ id: 'rs_2' })], total_count: 3 });
    const second = intercept('GET', 200, { data: [roleSet({ id: 'rs_3' })], total_count: 3 });
    const pages = paginate(listRoleSets, testClient(), { query: 'a', limit: 2 });
    expectTypeOf(pages).toEqualTypeOf<AsyncGenerator<Result<RoleSets, RequestError<400 | 401 | 403 | 422, RoleSetErrorCode>>, void, undefined>>();
    const ids: string[] = [];
    for await (const page of pages) ids.push(...expectOk(page).data.map((s) => s.id));
    expect(ids).toEqual(['rs_1', 'rs_2', 'rs_3']);
    expect([first.seen[0]!.url.search, second.seen[0]!.url.search]).toEqual(['?query=a&limit=2&offset=0', '?query=a&limit=2&offset=2']);
  });
});

describe('a role set holds at least one role', () => {
  it('createRoleSet with no roles, and addRolesToRoleSet with none, are invalid_request (nothing sent)', async () => {
    const created = await createRoleSet(testClient(), { name: 'Empty', default_role_key: 'org:member', creator_role_key: 'org:admin', roles: [] });
    const added = await addRolesToRoleSet(testClient(), { role_set_key_or_id: 'role_set:default', role_keys: [] });
    expect(expectErr(created, 'invalid_request').issues).toEqual([{ path: 'roles', message: 'must hold at least 1 item' }]);
    expect(expectErr(added, 'invalid_request').issues).toEqual([{ path: 'role_keys', message: 'must hold at least 1 item' }]);
  });
});
