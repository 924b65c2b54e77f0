// The fake's role sets (issue #18): organizations pick a set with role_set_key (the initial one by default); only the
// set's roles can be held in it; adding roles, replacing a role (members move) and replacing a whole set (members move
// by reassignment_mappings, the set goes) behave as Clerk documents; counts agree across views.
import { describe, expect, it } from 'vitest';
import {
  createOrganization,
  createOrganizationInvitation,
  createOrganizationMembership,
  getOrganization,
  listOrganizationInvitations,
  listOrganizationMemberships,
  updateOrganization,
} from '../../src/index.js';
import { addRolesToRoleSet } from '../../src/role-sets/add-roles-to-role-set.js';
import { createRoleSet } from '../../src/role-sets/create-role-set.js';
import { getRoleSet } from '../../src/role-sets/get-role-set.js';
import { listRoleSets } from '../../src/role-sets/list-role-sets.js';
import { replaceRoleInRoleSet } from '../../src/role-sets/replace-role-in-role-set.js';
import { replaceRoleSet } from '../../src/role-sets/replace-role-set.js';
import { updateRoleSet } from '../../src/role-sets/update-role-set.js';
import { createOrganizationRole } from '../../src/roles/create-organization-role.js';
import { deleteOrganizationRole } from '../../src/roles/delete-organization-role.js';
import { expectErr, expectOk } from '../support/expect-result.js';
import { fakeClerk } from '../support/fake-client.js';
import { expectShape, FIELDS, failure, raw, statusCode } from './access-support.js';

const USERS = ['user_a', 'user_b', 'user_c', 'user_d', 'user_e'].map((id) => ({ id, email_address: `${id}@acme.test` }));

/** An instance with the custom roles org:editor and org:viewer (in no set yet) and the agencies set: admin, editor, viewer. */
async function setup() {
  const { fake, clerk } = fakeClerk({ users: USERS });
  expectOk(await createOrganizationRole(clerk, { name: 'Editor', key: 'org:editor' }));
  expectOk(await createOrganizationRole(clerk, { name: 'Viewer', key: 'org:viewer' }));
  const agencies = expectOk(
    await createRoleSet(clerk, {
      name: 'Agencies',
      description: 'For agency customers',
      roles: ['org:admin', 'org:editor', 'org:viewer'],
      default_role_key: 'org:viewer',
      creator_role_key: 'org:admin',
    }),
  );
  return { fake, clerk, agencies };
}
type Clerk = Awaited<ReturnType<typeof setup>>['clerk'];

/** An organization of the set `role_set_key` (the initial one when absent), created by user_a. */
async function organization(clerk: Clerk, name: string, role_set_key?: string) {
  return expectOk(await createOrganization(clerk, { name, created_by: 'user_a', max_allowed_memberships: 0, ...(role_set_key ? { role_set_key } : {}) }));
}

const roleOf = async (clerk: Clerk, organization_id: string, user_id: string) =>
  expectOk(await listOrganizationMemberships(clerk, { organization_id, user_id: [user_id] })).data[0]?.role;

describe('role sets as Clerk answers them', () => {
  it("a new set is shaped like the spec's RoleSet: its roles, default and creator role as RoleSetItems; key made from the name", async () => {
    const { agencies } = await setup();
    expectShape(agencies, FIELDS.roleSet);
    for (const item of [...agencies.roles, agencies.default_role, agencies.creator_role]) expectShape(item, FIELDS.roleSetItem);
    expect(agencies).toMatchObject({
      object: 'role_set',
      key: 'role_set:agencies',
      name: 'Agencies',
      description: 'For agency customers',
      type: 'custom',
      role_set_migration: null,
      default_role: { object: 'role_set_item', key: 'org:viewer', members_count: 0, has_members: false },
      creator_role: { key: 'org:admin' },
    });
    expect(agencies.roles.map((r) => r.key)).toEqual(['org:admin', 'org:editor', 'org:viewer']);
  });

  it('is found by key or id; an unknown one is 404 resource_not_found', async () => {
    const { clerk, agencies } = await setup();
    expect(expectOk(await getRoleSet(clerk, { role_set_key_or_id: agencies.id })).key).toBe('role_set:agencies');
    expect(expectOk(await getRoleSet(clerk, { role_set_key_or_id: 'role_set:agencies' })).id).toBe(agencies.id);
    expect(statusCode(await getRoleSet(clerk, { role_set_key_or_id: 'role_set:nope' }))).toEqual([404, 'resource_not_found']);
  });

  it('refuses a bad key (422), a taken key (422), an unknown role (404), a default or creator role outside the roles (422)', async () => {
    const { fake, clerk } = await setup();
    const base = { name: 'X', roles: ['org:admin', 'org:member'], default_role_key: 'org:member', creator_role_key: 'org:admin' };
    expect(expectErr(await createRoleSet(clerk, { ...base, key: 'agencies' }), 'invalid_request').issues[0]?.path).toBe('key');
    expect(await raw(fake, 'POST', '/role_sets', { ...base, key: 'agencies' })).toMatchObject({ status: 422, code: 'form_param_format_invalid', param: 'key' });
    expect(failure(await createRoleSet(clerk, { ...base, key: 'role_set:agencies' }))).toMatchObject({
      status: 422,
      code: 'form_identifier_exists',
      param: 'key',
    });
    expect(failure(await createRoleSet(clerk, { ...base, roles: ['org:admin', 'org:nope'] }))).toMatchObject({
      status: 404,
      code: 'resource_not_found',
      param: 'roles',
      long_message: 'Organization role not found',
    });
    expect(failure(await createRoleSet(clerk, { ...base, default_role_key: 'org:editor' }))).toMatchObject({
      status: 422,
      code: 'form_param_value_invalid',
      param: 'default_role_key',
    });
    expect(failure(await createRoleSet(clerk, { ...base, creator_role_key: 'org:member' }))).toMatchObject({
      status: 422,
      code: 'organization_missing_creator_role_permissions',
    });
    expect(expectOk(await listRoleSets(clerk)).total_count).toBe(2);
  });

  it('at most 10 role sets per instance: the 11th is 403 organization_instance_role_sets_quota_exceeded', async () => {
    const { clerk } = await setup();
    const base = { roles: ['org:admin', 'org:member'], default_role_key: 'org:member', creator_role_key: 'org:admin' };
    for (let n = 3; n <= 10; n++) expectOk(await createRoleSet(clerk, { ...base, name: `Set ${n}` }));
    expect(failure(await createRoleSet(clerk, { ...base, name: 'Set 11' }))).toEqual({
      status: 403,
      code: 'organization_instance_role_sets_quota_exceeded',
      param: undefined,
      long_message: 'You have reached your limit of 10 organization role sets per instance.',
    });
  });

  it('lists filter by query (exact id, part of name or key), order by created_at, name or key, and page', async () => {
    const { clerk, agencies } = await setup();
    expectOk(await createRoleSet(clerk, { name: 'Banks', roles: ['org:admin'], default_role_key: 'org:admin', creator_role_key: 'org:admin' }));
    const keys = async (params: Parameters<typeof listRoleSets>[1]) => {
      const page = expectOk(await listRoleSets(clerk, params));
      return [page.total_count, page.data.map((s) => s.key)];
    };
    expect(await keys({})).toEqual([3, ['role_set:banks', 'role_set:agencies', 'role_set:default']]);
    expect(await keys({ order_by: 'name' })).toEqual([3, ['role_set:agencies', 'role_set:banks', 'role_set:default']]);
    expect(await keys({ order_by: '-key', limit: 1, offset: 1 })).toEqual([3, ['role_set:banks']]);
    expect(await keys({ query: 'AGENC' })).toEqual([1, ['role_set:agencies']]);
    expect(await keys({ query: agencies.id })).toEqual([1, ['role_set:agencies']]);
  });
});

describe('organizations and their role set', () => {
  it('a new organization gets the initial set; role_set_key picks another; an unknown key is 404', async () => {
    const { clerk } = await setup();
    expect((await organization(clerk, 'Plain')).role_set_key).toBe('role_set:default');
    const agency = await organization(clerk, 'Agency', 'role_set:agencies');
    expect(agency.role_set_key).toBe('role_set:agencies');
    expect(failure(await createOrganization(clerk, { name: 'Lost', role_set_key: 'role_set:nope' }))).toMatchObject({
      status: 404,
      code: 'resource_not_found',
      param: 'role_set_key',
    });
  });

  it("members hold only the set's roles; the creator gets the set's creator role", async () => {
    const { clerk } = await setup();
    const plain = await organization(clerk, 'Plain');
    const agency = await organization(clerk, 'Agency', 'role_set:agencies');
    expect(await roleOf(clerk, agency.id, 'user_a')).toBe('org:admin');
    expect(expectOk(await createOrganizationMembership(clerk, { organization_id: agency.id, user_id: 'user_b', role: 'org:editor' })).role).toBe('org:editor');
    for (const [organization_id, role] of [
      [agency.id, 'org:member'],
      [plain.id, 'org:editor'],
    ]) {
      expect(failure(await createOrganizationMembership(clerk, { organization_id: organization_id!, user_id: 'user_c', role: role! }))).toMatchObject({
        status: 404,
        code: 'resource_not_found',
        param: 'role',
      });
      expect(statusCode(await createOrganizationInvitation(clerk, { organization_id: organization_id!, email_address: 'z@acme.test', role: role! }))).toEqual([
        404,
        'resource_not_found',
      ]);
    }
  });

  it('adding roles to a set makes them usable in its organizations at once, and can change its default role', async () => {
    const { clerk } = await setup();
    const plain = await organization(clerk, 'Plain');
    const set = expectOk(await addRolesToRoleSet(clerk, { role_set_key_or_id: 'role_set:default', role_keys: ['org:editor'], default_role_key: 'org:editor' }));
    expect([set.roles.map((r) => r.key), set.default_role?.key]).toEqual([['org:admin', 'org:member', 'org:editor'], 'org:editor']);
    expect(expectOk(await createOrganizationMembership(clerk, { organization_id: plain.id, user_id: 'user_b', role: 'org:editor' })).role).toBe('org:editor');
    expect(failure(await addRolesToRoleSet(clerk, { role_set_key_or_id: 'role_set:default', role_keys: ['org:nope'] }))).toMatchObject({
      status: 404,
      param: 'role_keys',
    });
    expect(
      failure(await addRolesToRoleSet(clerk, { role_set_key_or_id: 'role_set:default', role_keys: ['org:viewer'], creator_role_key: 'org:viewer' })),
    ).toMatchObject({ status: 422, code: 'organization_missing_creator_role_permissions' });
  });

  it('moving an organization to a set that lacks a role its members hold is 422 organization_role_on_set_assigned_to_user', async () => {
    const { clerk } = await setup();
    const plain = await organization(clerk, 'Plain');
    expectOk(await createOrganizationMembership(clerk, { organization_id: plain.id, user_id: 'user_b', role: 'org:member' }));
    expect(failure(await updateOrganization(clerk, { organization_id: plain.id, role_set_key: 'role_set:agencies' }))).toMatchObject({
      status: 422,
      code: 'organization_role_on_set_assigned_to_user',
      long_message: 'The role org:member is assigned to one or more users. Please re-assign the role to the users to proceed.',
    });
    const other = await organization(clerk, 'Only admins');
    expect(expectOk(await updateOrganization(clerk, { organization_id: other.id, role_set_key: 'role_set:agencies' })).role_set_key).toBe('role_set:agencies');
  });

  it("a set's new key is followed by its organizations; type initial makes it the one new organizations get", async () => {
    const { clerk } = await setup();
    const agency = await organization(clerk, 'Agency', 'role_set:agencies');
    const renamed = expectOk(await updateRoleSet(clerk, { role_set_key_or_id: 'role_set:agencies', key: 'role_set:agency', type: 'initial' }));
    expect([renamed.key, renamed.type]).toEqual(['role_set:agency', 'initial']);
    expect(expectOk(await getOrganization(clerk, { organization_id: agency.id })).role_set_key).toBe('role_set:agency');
    expect(expectOk(await getRoleSet(clerk, { role_set_key_or_id: 'role_set:default' })).type).toBe('custom');
    expect((await organization(clerk, 'Next')).role_set_key).toBe('role_set:agency');
  });
});

describe('replacing a role in a set', () => {
  it("moves the members (and pending invitations) of the set's organizations to to_role_key; counts agree across views", async () => {
    const { clerk } = await setup();
    const one = await organization(clerk, 'One', 'role_set:agencies');
    const two = await organization(clerk, 'Two', 'role_set:agencies');
    const plainOrg = await organization(clerk, 'Plain');
    expectOk(await addRolesToRoleSet(clerk, { role_set_key_or_id: 'role_set:default', role_keys: ['org:editor'] }));
    for (const [organization_id, user_id] of [
      [one.id, 'user_b'],
      [one.id, 'user_c'],
      [two.id, 'user_b'],
      [plainOrg.id, 'user_b'],
    ]) {
      expectOk(await createOrganizationMembership(clerk, { organization_id: organization_id!, user_id: user_id!, role: 'org:editor' }));
    }
    expectOk(await createOrganizationInvitation(clerk, { organization_id: two.id, email_address: 'new@acme.test', role: 'org:editor' }));

    const before = expectOk(await getRoleSet(clerk, { role_set_key_or_id: 'role_set:agencies' }));
    expect(before.roles.map((r) => [r.key, r.members_count, r.has_members])).toEqual([
      ['org:admin', 2, true],
      ['org:editor', 3, true],
      ['org:viewer', 0, false],
    ]);
    let editors = 0;
    for (const org of [one, two]) editors += expectOk(await listOrganizationMemberships(clerk, { organization_id: org.id, role: ['org:editor'] })).total_count;
    expect(editors).toBe(3);

    const after = expectOk(await replaceRoleInRoleSet(clerk, { role_set_key_or_id: 'role_set:agencies', role_key: 'org:editor', to_role_key: 'org:viewer' }));
    expect(after.roles.map((r) => [r.key, r.members_count])).toEqual([
      ['org:admin', 2],
      ['org:viewer', 3],
    ]);
    expect([await roleOf(clerk, one.id, 'user_c'), await roleOf(clerk, two.id, 'user_b'), await roleOf(clerk, plainOrg.id, 'user_b')]).toEqual([
      'org:viewer',
      'org:viewer',
      'org:editor',
    ]);
    expect(expectOk(await listOrganizationInvitations(clerk, { organization_id: two.id })).data.map((i) => i.role)).toEqual(['org:viewer']);
    expect(statusCode(await createOrganizationMembership(clerk, { organization_id: one.id, user_id: 'user_d', role: 'org:editor' }))).toEqual([
      404,
      'resource_not_found',
    ]);
  });

  it('a role outside the set is 404; the replacement takes over as default (and creator) role', async () => {
    const { clerk } = await setup();
    expect(
      failure(await replaceRoleInRoleSet(clerk, { role_set_key_or_id: 'role_set:agencies', role_key: 'org:member', to_role_key: 'org:viewer' })),
    ).toMatchObject({
      status: 404,
      param: 'role_key',
    });
    const set = expectOk(await replaceRoleInRoleSet(clerk, { role_set_key_or_id: 'role_set:agencies', role_key: 'org:viewer', to_role_key: 'org:member' }));
    expect([set.roles.map((r) => r.key), set.default_role?.key]).toEqual([['org:admin', 'org:editor', 'org:member'], 'org:member']);
    expect(
      statusCode(await replaceRoleInRoleSet(clerk, { role_set_key_or_id: 'role_set:agencies', role_key: 'org:admin', to_role_key: 'org:editor' })),
    ).toEqual([422, 'organization_missing_creator_role_permissions']);
  });
});

describe('replacing a role set', () => {
  it('needs a mapping for every role in use that the destination lacks: 422 organization_role_set_reassignment_mappings_missing', async () => {
    const { clerk } = await setup();
    const agency = await organization(clerk, 'Agency', 'role_set:agencies');
    expectOk(await createOrganizationMembership(clerk, { organization_id: agency.id, user_id: 'user_b', role: 'org:editor' }));
    expectOk(await createOrganizationInvitation(clerk, { organization_id: agency.id, email_address: 'new@acme.test', role: 'org:viewer' }));
    const replace = (reassignment_mappings?: Record<string, string>) =>
      replaceRoleSet(clerk, {
        role_set_key_or_id: 'role_set:agencies',
        dest_role_set_key: 'role_set:default',
        ...(reassignment_mappings ? { reassignment_mappings } : {}),
      });

    const missing = expectErr(await replace(), 'api');
    expect([missing.status, missing.errors[0]?.code, missing.errors[0]?.long_message, missing.errors[0]?.meta]).toEqual([
      422,
      'organization_role_set_reassignment_mappings_missing',
      'The following roles are missing from the reassignment mappings: org:editor, org:viewer',
      { role_keys: ['org:editor', 'org:viewer'] },
    ]);
    expect(failure(await replace({ 'org:editor': 'org:member', 'org:viewer': 'org:viewer' }))).toMatchObject({
      status: 422,
      code: 'organization_role_set_reassignment_mappings_invalid',
      long_message: 'The role org:viewer is invalid in the reassignment mappings. It must be present in the new role set.',
    });
    expect(statusCode(await replace({ 'org:editor': 'org:member' }))).toEqual([422, 'organization_role_set_reassignment_mappings_missing']);
    // Nothing moved on a refusal.
    expect(expectOk(await getOrganization(clerk, { organization_id: agency.id })).role_set_key).toBe('role_set:agencies');
  });

  it('moves the organizations to the destination, reassigns their members and invitations, and deletes the source set', async () => {
    const { clerk, agencies } = await setup();
    const agency = await organization(clerk, 'Agency', 'role_set:agencies');
    expectOk(await createOrganizationMembership(clerk, { organization_id: agency.id, user_id: 'user_b', role: 'org:editor' }));
    expectOk(await createOrganizationMembership(clerk, { organization_id: agency.id, user_id: 'user_c', role: 'org:viewer' }));
    expectOk(await createOrganizationInvitation(clerk, { organization_id: agency.id, email_address: 'new@acme.test', role: 'org:editor' }));

    // A plain Record: the params type asks for every key of OrganizationRoleKey (reported to the lead).
    const reassignment_mappings: Record<string, string> = { 'org:editor': 'org:admin', 'org:viewer': 'org:member' };
    const gone = expectOk(
      await replaceRoleSet(clerk, { role_set_key_or_id: 'role_set:agencies', dest_role_set_key: 'role_set:default', reassignment_mappings }),
    );
    expectShape(gone, FIELDS.deleted);
    expect(gone).toEqual({ object: 'role_set', id: agencies.id, deleted: true });
    expect(statusCode(await getRoleSet(clerk, { role_set_key_or_id: 'role_set:agencies' }))).toEqual([404, 'resource_not_found']);
    expect(expectOk(await getOrganization(clerk, { organization_id: agency.id })).role_set_key).toBe('role_set:default');
    const members = expectOk(await listOrganizationMemberships(clerk, { organization_id: agency.id, order_by: 'created_at' }));
    expect(members.data.map((m) => [m.public_user_data?.user_id, m.role, m.permissions.length])).toEqual([
      ['user_a', 'org:admin', 8],
      ['user_b', 'org:admin', 8],
      ['user_c', 'org:member', 2],
    ]);
    expect(expectOk(await listOrganizationInvitations(clerk, { organization_id: agency.id })).data.map((i) => i.role)).toEqual(['org:admin']);
    const initial = expectOk(await getRoleSet(clerk, { role_set_key_or_id: 'role_set:default' }));
    expect(initial.roles.map((r) => [r.key, r.members_count])).toEqual([
      ['org:admin', 2],
      ['org:member', 1],
    ]);
    // The custom roles are no longer in any set: free to delete.
    const editor = expectOk(await createOrganizationRole(clerk, { name: 'Temp', key: 'org:temp' }));
    expect(expectOk(await deleteOrganizationRole(clerk, { organization_role_id: editor.id })).deleted).toBe(true);
  });

  it('the initial set cannot be replaced (403 cannot_delete_initial_role_set); an unknown destination is 404', async () => {
    const { clerk } = await setup();
    expect(failure(await replaceRoleSet(clerk, { role_set_key_or_id: 'role_set:default', dest_role_set_key: 'role_set:agencies' }))).toMatchObject({
      status: 403,
      code: 'cannot_delete_initial_role_set',
    });
    expect(failure(await replaceRoleSet(clerk, { role_set_key_or_id: 'role_set:agencies', dest_role_set_key: 'role_set:nope' }))).toMatchObject({
      status: 404,
      code: 'resource_not_found',
      param: 'dest_role_set_key',
    });
  });
});
