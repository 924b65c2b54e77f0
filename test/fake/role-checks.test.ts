// The fake refuses a role outside the organization's role set (issue #18), so the 'admin' mistake on a modern instance
// fails in tests as in production; a member's permissions follow the role they hold, through a whole round trip.
import { describe, expect, it } from 'vitest';
import {
  bulkCreateOrganizationInvitations,
  createOrganizationInvitation,
  createOrganizationMembership,
  listOrganizationInvitations,
  listOrganizationMemberships,
  updateOrganizationMembership,
} from '../../src/index.js';
import { createOrganizationPermission } from '../../src/permissions/create-organization-permission.js';
import { updateOrganizationPermission } from '../../src/permissions/update-organization-permission.js';
import { getRoleSet } from '../../src/role-sets/get-role-set.js';
import { assignPermissionToOrganizationRole } from '../../src/roles/assign-permission-to-organization-role.js';
import { createOrganizationRole } from '../../src/roles/create-organization-role.js';
import { deleteOrganizationRole } from '../../src/roles/delete-organization-role.js';
import { getOrganizationRole } from '../../src/roles/get-organization-role.js';
import { listOrganizationRoles } from '../../src/roles/list-organization-roles.js';
import { updateOrganizationRole } from '../../src/roles/update-organization-role.js';
import { expectOk } from '../support/expect-result.js';
import { failure, setup, statusCode } from './access-support.js';

describe("a role must be one of the organization's role set", () => {
  const NOT_FOUND = { status: 404, code: 'resource_not_found', param: 'role', long_message: 'Organization role not found' };

  it("the 'admin' mistake on a modern instance: refused for a new membership, a role change, an invitation and a bulk invitation", async () => {
    const { clerk } = setup();
    expect(failure(await createOrganizationMembership(clerk, { organization_id: 'org_acme', user_id: 'user_bo', role: 'admin' }))).toEqual(NOT_FOUND);
    expect(failure(await updateOrganizationMembership(clerk, { organization_id: 'org_acme', user_id: 'user_ada', role: 'admin' }))).toEqual(NOT_FOUND);
    expect(failure(await createOrganizationInvitation(clerk, { organization_id: 'org_acme', email_address: 'x@acme.test', role: 'admin' }))).toEqual(NOT_FOUND);
    const bulk = await bulkCreateOrganizationInvitations(clerk, {
      organization_id: 'org_acme',
      invitations: [
        { email_address: 'y@acme.test', role: 'org:member' },
        { email_address: 'z@acme.test', role: 'basic_member' },
      ],
    });
    expect(failure(bulk)).toEqual(NOT_FOUND);
    // Nothing was stored: the member list and the invitations are as before.
    const members = expectOk(await listOrganizationMemberships(clerk, { organization_id: 'org_acme' }));
    expect(members.data.map((m) => [m.public_user_data?.user_id, m.role])).toEqual([['user_ada', 'org:admin']]);
    expect(expectOk(await listOrganizationInvitations(clerk, { organization_id: 'org_acme' })).total_count).toBe(0);
  });

  it('a custom role outside the set is refused until it is added', async () => {
    const { clerk } = setup();
    expectOk(await createOrganizationRole(clerk, { name: 'Auditor', key: 'org:auditor' }));
    const add = () => createOrganizationMembership(clerk, { organization_id: 'org_acme', user_id: 'user_bo', role: 'org:auditor' });
    expect(failure(await add())).toEqual(NOT_FOUND);
    expectOk(await createOrganizationRole(clerk, { name: 'Reviewer', key: 'org:reviewer', include_in_initial_role_set: true }));
    expect(expectOk(await createOrganizationMembership(clerk, { organization_id: 'org_acme', user_id: 'user_bo', role: 'org:reviewer' })).role).toBe(
      'org:reviewer',
    );
  });

  it('an instance from before December 2023 (legacyRoleKeys) has admin and basic_member, and refuses org:admin', async () => {
    const { clerk } = setup(true);
    expect(expectOk(await listOrganizationRoles(clerk, { order_by: 'key' })).data.map((r) => r.key)).toEqual(['admin', 'basic_member']);
    const members = expectOk(await listOrganizationMemberships(clerk, { organization_id: 'org_acme' }));
    expect(members.data.map((m) => [m.role, m.role_name, m.permissions.length])).toEqual([['admin', 'Admin', 8]]);
    expect(failure(await createOrganizationMembership(clerk, { organization_id: 'org_acme', user_id: 'user_bo', role: 'org:member' }))).toEqual(NOT_FOUND);
    const added = expectOk(await createOrganizationMembership(clerk, { organization_id: 'org_acme', user_id: 'user_bo', role: 'basic_member' }));
    expect([added.role, added.role_name, added.permissions]).toEqual(['basic_member', 'Member', ['org:sys_memberships:read', 'org:sys_billing:read']]);
    expect(statusCode(await createOrganizationInvitation(clerk, { organization_id: 'org_acme', email_address: 'x@acme.test', role: 'org:admin' }))).toEqual([
      404,
      'resource_not_found',
    ]);
    expect(expectOk(await getRoleSet(clerk, { role_set_key_or_id: 'role_set:default' })).creator_role?.key).toBe('admin');
  });
});

describe('a role round trip', () => {
  it("permission → role → member: the member's permissions follow the role until the role is taken away and deleted", async () => {
    const { clerk } = setup();
    const read = expectOk(await createOrganizationPermission(clerk, { name: 'Read invoices', key: 'org:invoices:read' }));
    const role = expectOk(
      await createOrganizationRole(clerk, {
        name: 'Billing admin',
        key: 'org:billing_admin',
        description: 'Handles invoices',
        permissions: [read.id],
        include_in_initial_role_set: true,
      }),
    );
    expect([role.key, role.description, role.is_creator_eligible, role.permissions.map((p) => p.key)]).toEqual([
      'org:billing_admin',
      'Handles invoices',
      false,
      ['org:invoices:read'],
    ]);

    const added = expectOk(await createOrganizationMembership(clerk, { organization_id: 'org_acme', user_id: 'user_bo', role: 'org:billing_admin' }));
    expect([added.role, added.role_name, added.permissions]).toEqual(['org:billing_admin', 'Billing admin', ['org:invoices:read']]);
    const bo = async () => expectOk(await listOrganizationMemberships(clerk, { organization_id: 'org_acme', user_id: ['user_bo'] })).data[0]!;

    // The role's permissions change: the member's follow.
    const write = expectOk(await createOrganizationPermission(clerk, { name: 'Write invoices', key: 'org:invoices:write' }));
    expectOk(await assignPermissionToOrganizationRole(clerk, { organization_role_id: role.id, permission_id: write.id }));
    expect((await bo()).permissions).toEqual(['org:invoices:read', 'org:invoices:write']);
    expectOk(await updateOrganizationPermission(clerk, { permission_id: read.id, key: 'org:invoices:view' }));
    expect((await bo()).permissions).toEqual(['org:invoices:view', 'org:invoices:write']);
    expectOk(await updateOrganizationRole(clerk, { organization_role_id: role.id, name: 'Billing', permissions: [write.id] }));
    expect([(await bo()).role_name, (await bo()).permissions]).toEqual(['Billing', ['org:invoices:write']]);

    // A new key: the member holds the role under it.
    expectOk(await updateOrganizationRole(clerk, { organization_role_id: role.id, key: 'org:billing' }));
    expect((await bo()).role).toBe('org:billing');
    expect(expectOk(await listOrganizationMemberships(clerk, { organization_id: 'org_acme', role: ['org:billing'] })).total_count).toBe(1);

    // Taken away, then deleted.
    expect(statusCode(await deleteOrganizationRole(clerk, { organization_role_id: role.id }))).toEqual([422, 'organization_role_assigned_members']);
    const back = expectOk(await updateOrganizationMembership(clerk, { organization_id: 'org_acme', user_id: 'user_bo', role: 'org:member' }));
    expect([back.role, back.permissions]).toEqual(['org:member', ['org:sys_memberships:read', 'org:sys_billing:read']]);
    expect(expectOk(await deleteOrganizationRole(clerk, { organization_role_id: role.id }))).toEqual({ object: 'role', id: role.id, deleted: true });
    expect(statusCode(await getOrganizationRole(clerk, { organization_role_id: role.id }))).toEqual([404, 'resource_not_found']);
    expect(expectOk(await getRoleSet(clerk, { role_set_key_or_id: 'role_set:default' })).roles.map((r) => r.key)).toEqual(['org:admin', 'org:member']);
    expect(statusCode(await createOrganizationMembership(clerk, { organization_id: 'org_acme', user_id: 'user_cy', role: 'org:billing' }))).toEqual([
      404,
      'resource_not_found',
    ]);
  });
});
