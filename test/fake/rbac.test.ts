// The fake's roles and permissions (issue #18): Clerk's seeded system permissions and default roles, custom roles and
// permissions with Clerk's key formats and limits, roles that cannot be deleted while in use, and lists that filter,
// order and page like Clerk's. Role checks on memberships and invitations: role-checks.test.ts.
import { describe, expect, it } from 'vitest';
import {
  createOrganizationInvitation,
  createOrganizationMembership,
  listOrganizationMemberships,
  revokeOrganizationInvitation,
  updateOrganizationMembership,
} from '../../src/index.js';
import { createOrganizationPermission } from '../../src/permissions/create-organization-permission.js';
import { deleteOrganizationPermission } from '../../src/permissions/delete-organization-permission.js';
import { getOrganizationPermission } from '../../src/permissions/get-organization-permission.js';
import { listOrganizationPermissions } from '../../src/permissions/list-organization-permissions.js';
import { updateOrganizationPermission } from '../../src/permissions/update-organization-permission.js';
import { getRoleSet } from '../../src/role-sets/get-role-set.js';
import { assignPermissionToOrganizationRole } from '../../src/roles/assign-permission-to-organization-role.js';
import { createOrganizationRole } from '../../src/roles/create-organization-role.js';
import { deleteOrganizationRole } from '../../src/roles/delete-organization-role.js';
import { getOrganizationRole } from '../../src/roles/get-organization-role.js';
import { listOrganizationRoles } from '../../src/roles/list-organization-roles.js';
import { removePermissionFromOrganizationRole } from '../../src/roles/remove-permission-from-organization-role.js';
import { expectErr, expectOk } from '../support/expect-result.js';
import { fakeClerk } from '../support/fake-client.js';
import { ACME, expectShape, FIELDS, failure, raw, roleByKey, SYSTEM, setup, statusCode, USERS } from './access-support.js';

describe('a new instance, as Clerk seeds it', () => {
  it("has Clerk's eight system permissions, typed system, shaped like the spec's Permission", async () => {
    const { clerk } = setup();
    const page = expectOk(await listOrganizationPermissions(clerk, { limit: 50, order_by: '+created_at' }));
    expect(page.total_count).toBe(8);
    expect(page.data.map((p) => p.key)).toEqual(SYSTEM);
    for (const p of page.data) {
      expectShape(p, FIELDS.permission);
      expect([p.object, p.type, p.id]).toEqual(['permission', 'system', expect.stringMatching(/^perm_/)]);
    }
  });

  it('has org:admin (every system permission) and org:member (read members, read billing), shaped like the spec’s Role', async () => {
    const { clerk } = setup();
    const roles = expectOk(await listOrganizationRoles(clerk, { order_by: 'key' }));
    expect(roles.data.map((r) => [r.key, r.name, r.is_creator_eligible])).toEqual([
      ['org:admin', 'Admin', true],
      ['org:member', 'Member', false],
    ]);
    const [admin, member] = roles.data;
    expectShape(admin, FIELDS.role);
    expect(admin!.permissions.map((p) => p.key)).toEqual(SYSTEM);
    expect(member!.permissions.map((p) => p.key)).toEqual(['org:sys_memberships:read', 'org:sys_billing:read']);
    expect(expectOk(await getOrganizationRole(clerk, { organization_role_id: admin!.id }))).toEqual(admin);
  });

  it('has the initial role set role_set:default: both roles, default org:member, creator org:admin', async () => {
    const { clerk } = setup();
    const set = expectOk(await getRoleSet(clerk, { role_set_key_or_id: 'role_set:default' }));
    expect([set.type, set.roles.map((r) => r.key), set.default_role?.key, set.creator_role?.key]).toEqual([
      'initial',
      ['org:admin', 'org:member'],
      'org:member',
      'org:admin',
    ]);
  });

  it('gives the creator org:admin with every system permission, and a seeded member org:member', async () => {
    const { clerk } = fakeClerk({ organizations: [{ ...ACME, members: ['user_bo'] }], users: USERS });
    const members = expectOk(await listOrganizationMemberships(clerk, { organization_id: 'org_acme', order_by: 'created_at' }));
    expect(members.data.map((m) => [m.public_user_data?.user_id, m.role, m.role_name, m.permissions])).toEqual([
      ['user_ada', 'org:admin', 'Admin', SYSTEM],
      ['user_bo', 'org:member', 'Member', ['org:sys_memberships:read', 'org:sys_billing:read']],
    ]);
  });
});

describe('system permissions cannot be changed', () => {
  it('update and delete answer 403 organization_system_permission_not_modifiable, and the permission stays', async () => {
    const { clerk } = setup();
    const [perm] = expectOk(await listOrganizationPermissions(clerk, { query: 'org:sys_memberships:read' })).data;
    const refused = {
      status: 403,
      code: 'organization_system_permission_not_modifiable',
      param: undefined,
      long_message: 'This organization permission cannot be modified because it is a system permission.',
    };
    expect(failure(await updateOrganizationPermission(clerk, { permission_id: perm!.id, name: 'Mine' }))).toEqual(refused);
    expect(failure(await deleteOrganizationPermission(clerk, { permission_id: perm!.id }))).toEqual(refused);
    expect(expectOk(await getOrganizationPermission(clerk, { permission_id: perm!.id })).name).toBe('Read members');
  });
});

describe('custom permissions', () => {
  it('are created, found, renamed and deleted; type user; description "" when none', async () => {
    const { clerk } = setup();
    const p = expectOk(await createOrganizationPermission(clerk, { name: 'Read invoices', key: 'org:invoices:read' }));
    expectShape(p, FIELDS.permission);
    expect([p.type, p.description, p.key]).toEqual(['user', '', 'org:invoices:read']);
    const renamed = expectOk(await updateOrganizationPermission(clerk, { permission_id: p.id, key: 'org:invoices:view', description: 'See them' }));
    expect([renamed.key, renamed.description, renamed.updated_at > p.updated_at]).toEqual(['org:invoices:view', 'See them', true]);
    const gone = expectOk(await deleteOrganizationPermission(clerk, { permission_id: p.id }));
    expect(gone).toEqual({ object: 'permission', id: p.id, deleted: true });
    expect(failure(await getOrganizationPermission(clerk, { permission_id: p.id }))).toEqual({
      status: 404,
      code: 'resource_not_found',
      param: undefined,
      long_message: 'Organization permission not found',
    });
  });

  it.each([['invoices:read'], ['org:invoices'], ['org:Invoices:read'], ['org:in-voices:read'], ['org:sys_billing:export'], ['org:a:b:c']])(
    'a key %s is 422 form_param_format_invalid from the fake (and refused by the client before sending)',
    async (key) => {
      const { fake, clerk } = setup();
      expect(expectErr(await createOrganizationPermission(clerk, { name: 'X', key }), 'invalid_request').issues[0]?.path).toBe('key');
      expect(await raw(fake, 'POST', '/organization_permissions', { name: 'X', key })).toMatchObject({
        status: 422,
        code: 'form_param_format_invalid',
        param: 'key',
      });
    },
  );

  it('a key already taken is 422 form_identifier_exists, on create and on update', async () => {
    const { clerk } = setup();
    const a = expectOk(await createOrganizationPermission(clerk, { name: 'A', key: 'org:invoices:read' }));
    const b = expectOk(await createOrganizationPermission(clerk, { name: 'B', key: 'org:invoices:write' }));
    expect(failure(await createOrganizationPermission(clerk, { name: 'C', key: 'org:invoices:read' }))).toMatchObject({
      status: 422,
      code: 'form_identifier_exists',
      param: 'key',
    });
    expect(statusCode(await updateOrganizationPermission(clerk, { permission_id: b.id, key: a.key }))).toEqual([422, 'form_identifier_exists']);
    expect(expectOk(await updateOrganizationPermission(clerk, { permission_id: a.id, key: a.key })).key).toBe(a.key);
  });
});

describe('custom roles', () => {
  it.each([['billing'], ['org:'], ['org:Billing'], ['org:billing-admin'], ['org:billing:admin']])(
    'a key %s is 422 form_param_format_invalid from the fake (and refused by the client before sending)',
    async (key) => {
      const { fake, clerk } = setup();
      expect(expectErr(await createOrganizationRole(clerk, { name: 'X', key }), 'invalid_request').issues[0]?.path).toBe('key');
      expect(await raw(fake, 'POST', '/organization_roles', { name: 'X', key })).toMatchObject({
        status: 422,
        code: 'form_param_format_invalid',
        param: 'key',
      });
    },
  );

  it('a key already taken (org:admin too) is 422 form_identifier_exists', async () => {
    const { clerk } = setup();
    expect(failure(await createOrganizationRole(clerk, { name: 'Boss', key: 'org:admin' }))).toMatchObject({
      status: 422,
      code: 'form_identifier_exists',
      param: 'key',
    });
  });

  it('at most 10 custom roles per instance: the 11th is 403 organization_instance_roles_quota_exceeded; deleting one frees a place', async () => {
    const { clerk } = setup();
    const made = [];
    for (let n = 0; n < 10; n++) made.push(expectOk(await createOrganizationRole(clerk, { name: `Role ${n}`, key: `org:role_${n}` })));
    expect(failure(await createOrganizationRole(clerk, { name: 'One more', key: 'org:one_more' }))).toEqual({
      status: 403,
      code: 'organization_instance_roles_quota_exceeded',
      param: undefined,
      long_message: 'You have reached your limit of 10 organization roles per instance.',
    });
    expect(expectOk(await listOrganizationRoles(clerk)).total_count).toBe(12);
    expect(expectOk(await deleteOrganizationRole(clerk, { organization_role_id: made[0]!.id }))).toEqual({ object: 'role', id: made[0]!.id, deleted: true });
    expect(expectOk(await createOrganizationRole(clerk, { name: 'One more', key: 'org:one_more' })).key).toBe('org:one_more');
  });

  it('a permission id the instance lacks is 404 resource_not_found', async () => {
    const { clerk } = setup();
    expect(failure(await createOrganizationRole(clerk, { name: 'X', key: 'org:x', permissions: ['perm_nope'] }))).toMatchObject({
      status: 404,
      code: 'resource_not_found',
      long_message: 'Organization permission not found',
    });
    expect(failure(await getOrganizationRole(clerk, { organization_role_id: 'role_nope' }))).toMatchObject({
      status: 404,
      code: 'resource_not_found',
      long_message: 'Organization role not found',
    });
  });

  it('assigning a permission twice is 409 organization_role_permission_association_exists; removing one not assigned is 404 organization_role_permission_association_not_found', async () => {
    const { clerk } = setup();
    const perm = expectOk(await createOrganizationPermission(clerk, { name: 'Read invoices', key: 'org:invoices:read' }));
    const role = expectOk(await createOrganizationRole(clerk, { name: 'Billing', key: 'org:billing' }));
    const ids = { organization_role_id: role.id, permission_id: perm.id };
    expect(expectOk(await assignPermissionToOrganizationRole(clerk, ids)).permissions.map((p) => p.key)).toEqual(['org:invoices:read']);
    expect(failure(await assignPermissionToOrganizationRole(clerk, ids))).toMatchObject({
      status: 409,
      code: 'organization_role_permission_association_exists',
      long_message: 'This organization permission is already associated to this organization role.',
    });
    expect(expectOk(await removePermissionFromOrganizationRole(clerk, ids)).permissions).toEqual([]);
    expect(failure(await removePermissionFromOrganizationRole(clerk, ids))).toMatchObject({
      status: 404,
      code: 'organization_role_permission_association_not_found',
      long_message: 'This organization permission is not associated with the organization role.',
    });
  });

  it('a deleted permission leaves every role that held it', async () => {
    const { clerk } = setup();
    const perm = expectOk(await createOrganizationPermission(clerk, { name: 'Read invoices', key: 'org:invoices:read' }));
    const role = expectOk(await createOrganizationRole(clerk, { name: 'Billing', key: 'org:billing', permissions: [perm.id] }));
    expectOk(await deleteOrganizationPermission(clerk, { permission_id: perm.id }));
    expect(expectOk(await getOrganizationRole(clerk, { organization_role_id: role.id })).permissions).toEqual([]);
  });

  it('the creator role keeps the creator permissions: removing one is 422 organization_missing_creator_role_permissions', async () => {
    const { clerk } = setup();
    const admin = await roleByKey(clerk, 'org:admin');
    const del = admin.permissions.find((p) => p.key === 'org:sys_profile:delete')!;
    expect(failure(await removePermissionFromOrganizationRole(clerk, { organization_role_id: admin.id, permission_id: del.id }))).toMatchObject({
      status: 422,
      code: 'organization_missing_creator_role_permissions',
      long_message: 'The creator role must contain the following permissions: org:sys_profile:delete',
    });
    const billing = admin.permissions.find((p) => p.key === 'org:sys_billing:manage')!;
    expect(expectOk(await removePermissionFromOrganizationRole(clerk, { organization_role_id: admin.id, permission_id: billing.id })).permissions).toHaveLength(
      7,
    );
  });
});

describe('deleting a role still in use', () => {
  it('as the creator role: 422 organization_role_default_creator_role; as the default role: 422 organization_role_domain_default_role', async () => {
    const { clerk } = setup();
    const admin = await roleByKey(clerk, 'org:admin');
    const member = await roleByKey(clerk, 'org:member');
    expect(failure(await deleteOrganizationRole(clerk, { organization_role_id: admin.id }))).toMatchObject({
      status: 422,
      code: 'organization_role_default_creator_role',
      long_message: 'The organization role cannot be deleted as it is currently used as the creator role.',
    });
    expect(statusCode(await deleteOrganizationRole(clerk, { organization_role_id: member.id }))).toEqual([422, 'organization_role_domain_default_role']);
  });

  it('held by a member: 422 organization_role_assigned_members; by a pending invitation: 422 organization_role_exists_in_invitations', async () => {
    const { clerk } = setup();
    const role = expectOk(await createOrganizationRole(clerk, { name: 'Editor', key: 'org:editor', include_in_initial_role_set: true }));
    expectOk(await createOrganizationMembership(clerk, { organization_id: 'org_acme', user_id: 'user_bo', role: 'org:editor' }));
    expect(failure(await deleteOrganizationRole(clerk, { organization_role_id: role.id }))).toMatchObject({
      status: 422,
      code: 'organization_role_assigned_members',
      long_message: 'The organization role is currently assigned to one or more organization members.',
    });
    expectOk(await updateOrganizationMembership(clerk, { organization_id: 'org_acme', user_id: 'user_bo', role: 'org:member' }));
    const invitation = expectOk(await createOrganizationInvitation(clerk, { organization_id: 'org_acme', email_address: 'new@acme.test', role: 'org:editor' }));
    expect(statusCode(await deleteOrganizationRole(clerk, { organization_role_id: role.id }))).toEqual([422, 'organization_role_exists_in_invitations']);
    expectOk(await revokeOrganizationInvitation(clerk, { organization_id: 'org_acme', invitation_id: invitation.id }));
    expect(expectOk(await deleteOrganizationRole(clerk, { organization_role_id: role.id })).deleted).toBe(true);
  });
});

describe('the role and permission lists filter, order and page like Clerk', () => {
  it('query: the exact id, or part of the name or key (any case); order_by created_at, name, key with + or -; default -created_at', async () => {
    const { clerk } = setup();
    for (const [name, key] of [
      ['Zeta reader', 'org:zeta:read'],
      ['Alpha writer', 'org:alpha:write'],
      ['Mid', 'org:mid:read'],
    ]) {
      expectOk(await createOrganizationPermission(clerk, { name: name!, key: key! }));
    }
    const keys = async (params: Parameters<typeof listOrganizationPermissions>[1]) =>
      expectOk(await listOrganizationPermissions(clerk, params)).data.map((p) => p.key);
    expect((await keys({ limit: 3 })).slice(0, 3)).toEqual(['org:mid:read', 'org:alpha:write', 'org:zeta:read']);
    expect(await keys({ query: 'READER' })).toEqual(['org:zeta:read']);
    expect(await keys({ query: 'alpha:' })).toEqual(['org:alpha:write']);
    const mid = expectOk(await listOrganizationPermissions(clerk, { query: 'org:mid' })).data[0]!;
    expect(await keys({ query: mid.id })).toEqual(['org:mid:read']);
    expect(await keys({ query: mid.id.slice(0, -1) })).toEqual([]);
    expect(await keys({ query: 'org:', order_by: 'key', limit: 3 })).toEqual(['org:alpha:write', 'org:mid:read', 'org:sys_billing:manage']);
    expect(await keys({ query: 'o', order_by: '-name', limit: 2 })).toEqual(['org:zeta:read', 'org:sys_memberships:read']);
    const page = expectOk(await listOrganizationPermissions(clerk, { order_by: '+created_at', limit: 4, offset: 8 }));
    expect([page.total_count, page.data.map((p) => p.key)]).toEqual([11, ['org:zeta:read', 'org:alpha:write', 'org:mid:read']]);
  });

  it('an order_by outside created_at, name and key is 422 from the fake', async () => {
    const { fake } = setup();
    for (const path of ['/organization_roles?order_by=members', '/organization_permissions?order_by=-type', '/role_sets?order_by=type']) {
      expect(await raw(fake, 'GET', path), path).toMatchObject({ status: 422, code: 'form_param_value_invalid', param: 'order_by' });
    }
  });

  it('roles: by name both ways, a page at a time, total_count the whole match', async () => {
    const { clerk } = setup();
    for (const n of [3, 1, 2]) expectOk(await createOrganizationRole(clerk, { name: `Custom ${n}`, key: `org:custom_${n}` }));
    const names = async (params: Parameters<typeof listOrganizationRoles>[1]) => {
      const page = expectOk(await listOrganizationRoles(clerk, params));
      return [page.total_count, page.data.map((r) => r.name)];
    };
    expect(await names({ order_by: 'name' })).toEqual([5, ['Admin', 'Custom 1', 'Custom 2', 'Custom 3', 'Member']]);
    expect(await names({ order_by: '-name', limit: 2, offset: 1 })).toEqual([5, ['Custom 3', 'Custom 2']]);
    expect(await names({ query: 'custom', order_by: '-created_at', limit: 1 })).toEqual([3, ['Custom 2']]);
    expect(await names({})).toEqual([5, ['Custom 2', 'Custom 1', 'Custom 3', 'Member', 'Admin']]);
  });
});
