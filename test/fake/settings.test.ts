// The fake's instance organization settings (issue #18): what GET /instance/organization_settings answers is what
// drives the fake: membership limits and admin delete of new organizations, slugs, domains and their enrollment
// modes, organizations on or off, and the creator and domains default roles.
import { describe, expect, it } from 'vitest';
import {
  createOrganization,
  createOrganizationDomain,
  createOrganizationMembership,
  getOrganization,
  listInstanceOrganizationDomains,
  listOrganizationDomains,
  listOrganizationMemberships,
  listOrganizations,
  updateOrganization,
  updateOrganizationDomain,
} from '../../src/index.js';
import { createOrganizationRole } from '../../src/roles/create-organization-role.js';
import { deleteOrganizationRole } from '../../src/roles/delete-organization-role.js';
import { listOrganizationRoles } from '../../src/roles/list-organization-roles.js';
import { getInstanceOrganizationSettings } from '../../src/settings/get-instance-organization-settings.js';
import { updateInstanceOrganizationSettings } from '../../src/settings/update-instance-organization-settings.js';
import { expectOk } from '../support/expect-result.js';
import { fakeClerk } from '../support/fake-client.js';
import { expectShape, FIELDS, failure, raw, statusCode } from './access-support.js';

const USERS = [{ id: 'user_a' }, { id: 'user_b' }];
const setup = () => fakeClerk({ organizations: [{ id: 'org_old', name: 'Old', created_by: 'user_a' }], users: USERS });

describe('GET /instance/organization_settings', () => {
  it("answers the spec's OrganizationSettings, with today's defaults", async () => {
    const { clerk } = setup();
    const settings = expectOk(await getInstanceOrganizationSettings(clerk));
    expectShape(settings, FIELDS.settings);
    expect(settings).toEqual({
      object: 'organization_settings',
      enabled: true,
      max_allowed_memberships: 5,
      max_allowed_roles: 10,
      max_role_sets_allowed: 10,
      max_allowed_domains: 10,
      creator_role: 'org:admin',
      admin_delete_enabled: true,
      domains_enabled: true,
      slug_disabled: false,
      domains_enrollment_modes: ['manual_invitation', 'automatic_invitation', 'automatic_suggestion'],
      domains_default_role: 'org:member',
      initial_role_set_key: 'role_set:default',
    });
  });

  it('names the legacy roles on an instance from before December 2023', async () => {
    const { clerk } = fakeClerk({ legacyRoleKeys: true });
    expect(expectOk(await getInstanceOrganizationSettings(clerk))).toMatchObject({ creator_role: 'admin', domains_default_role: 'basic_member' });
  });
});

describe('PATCH /instance/organization_settings drives the fake', () => {
  it('max_allowed_memberships and admin_delete_enabled become the defaults of new organizations; existing ones keep theirs', async () => {
    const { clerk } = setup();
    const patched = expectOk(await updateInstanceOrganizationSettings(clerk, { max_allowed_memberships: 1, admin_delete_enabled: false }));
    expect([patched.max_allowed_memberships, patched.admin_delete_enabled]).toEqual([1, false]);
    const fresh = expectOk(await createOrganization(clerk, { name: 'New', created_by: 'user_a' }));
    expect([fresh.max_allowed_memberships, fresh.admin_delete_enabled]).toEqual([1, false]);
    expect(expectOk(await getOrganization(clerk, { organization_id: 'org_old' })).max_allowed_memberships).toBe(5);
    expect(statusCode(await createOrganizationMembership(clerk, { organization_id: fresh.id, user_id: 'user_b', role: 'org:member' }))).toEqual([
      403,
      'organization_membership_quota_exceeded',
    ]);
    expect(expectOk(await createOrganizationMembership(clerk, { organization_id: 'org_old', user_id: 'user_b', role: 'org:member' })).role).toBe('org:member');
    // Fields left out stay as they are.
    expect(expectOk(await updateInstanceOrganizationSettings(clerk, { slug_disabled: false })).max_allowed_memberships).toBe(1);
  });

  it('slug_disabled: a slug on create or update is 403 organization_slugs_disabled; no slug is fine', async () => {
    const { clerk } = setup();
    expectOk(await updateInstanceOrganizationSettings(clerk, { slug_disabled: true }));
    const refused = {
      status: 403,
      code: 'organization_slugs_disabled',
      param: undefined,
      long_message: 'This instance does not have slugs enabled for organizations.',
    };
    expect(failure(await createOrganization(clerk, { name: 'Slugged', slug: 'slugged' }))).toEqual(refused);
    expect(failure(await updateOrganization(clerk, { organization_id: 'org_old', slug: 'older' }))).toEqual(refused);
    expect(expectOk(await createOrganization(clerk, { name: 'No slug' })).name).toBe('No slug');
    expectOk(await updateInstanceOrganizationSettings(clerk, { slug_disabled: false }));
    expect(expectOk(await createOrganization(clerk, { name: 'Slugged', slug: 'slugged' })).slug).toBe('slugged');
  });

  it('domains_enabled false: every domain call is 403 organization_domains_not_enabled', async () => {
    const { clerk } = setup();
    expectOk(await createOrganizationDomain(clerk, { organization_id: 'org_old', name: 'old.test', enrollment_mode: 'manual_invitation' }));
    expectOk(await updateInstanceOrganizationSettings(clerk, { domains_enabled: false }));
    const refused = [403, 'organization_domains_not_enabled'];
    expect(statusCode(await createOrganizationDomain(clerk, { organization_id: 'org_old', name: 'new.test', enrollment_mode: 'manual_invitation' }))).toEqual(
      refused,
    );
    expect(statusCode(await listOrganizationDomains(clerk, { organization_id: 'org_old' }))).toEqual(refused);
    expect(statusCode(await listInstanceOrganizationDomains(clerk, {}))).toEqual(refused);
    expectOk(await updateInstanceOrganizationSettings(clerk, { domains_enabled: true }));
    expect(expectOk(await listOrganizationDomains(clerk, { organization_id: 'org_old' })).total_count).toBe(1);
  });

  it('domains_enrollment_modes: a mode turned off is 403 organization_domain_enrollment_mode_not_enabled; manual_invitation stays on', async () => {
    const { clerk } = setup();
    const patched = expectOk(await updateInstanceOrganizationSettings(clerk, { domains_enrollment_modes: ['automatic_invitation'] }));
    expect(patched.domains_enrollment_modes).toEqual(['manual_invitation', 'automatic_invitation']);
    expect(failure(await createOrganizationDomain(clerk, { organization_id: 'org_old', name: 'old.test', enrollment_mode: 'automatic_suggestion' }))).toEqual({
      status: 403,
      code: 'organization_domain_enrollment_mode_not_enabled',
      param: undefined,
      long_message: "Enrollment mode automatic_suggestion is not enabled for this instances's organizations.",
    });
    const domain = expectOk(await createOrganizationDomain(clerk, { organization_id: 'org_old', name: 'old.test', enrollment_mode: 'manual_invitation' }));
    expect(
      statusCode(await updateOrganizationDomain(clerk, { organization_id: 'org_old', domain_id: domain.id, enrollment_mode: 'automatic_suggestion' })),
    ).toEqual([403, 'organization_domain_enrollment_mode_not_enabled']);
    expect(
      expectOk(await updateOrganizationDomain(clerk, { organization_id: 'org_old', domain_id: domain.id, enrollment_mode: 'automatic_invitation' }))
        .enrollment_mode,
    ).toBe('automatic_invitation');
  });

  it('max_allowed_domains: the 11th domain of an organization is 403 organization_domain_quota_exceeded', async () => {
    const { clerk } = setup();
    for (let n = 1; n <= 10; n++) {
      expectOk(await createOrganizationDomain(clerk, { organization_id: 'org_old', name: `d${n}.test`, enrollment_mode: 'manual_invitation' }));
    }
    expect(
      failure(await createOrganizationDomain(clerk, { organization_id: 'org_old', name: 'd11.test', enrollment_mode: 'manual_invitation' })),
    ).toMatchObject({
      status: 403,
      code: 'organization_domain_quota_exceeded',
      long_message: 'You have reached your limit of 10 domains per organization.',
    });
  });

  it('enabled false: organization calls are 403 organization_not_enabled_in_instance; settings and roles still answer', async () => {
    const { clerk } = setup();
    expect(expectOk(await updateInstanceOrganizationSettings(clerk, { enabled: false })).enabled).toBe(false);
    const refused = {
      status: 403,
      code: 'organization_not_enabled_in_instance',
      param: undefined,
      long_message: 'The organizations feature is not enabled for this instance. You can enable it at https://dashboard.clerk.com.',
    };
    expect(failure(await listOrganizations(clerk))).toEqual(refused);
    expect(failure(await getOrganization(clerk, { organization_id: 'org_old' }))).toEqual(refused);
    expect(failure(await createOrganization(clerk, { name: 'New' }))).toEqual(refused);
    expect(failure(await createOrganizationMembership(clerk, { organization_id: 'org_old', user_id: 'user_b', role: 'org:member' }))).toEqual(refused);
    expect(failure(await listOrganizationDomains(clerk, { organization_id: 'org_old' }))).toEqual(refused);
    expect(expectOk(await getInstanceOrganizationSettings(clerk)).enabled).toBe(false);
    expect(expectOk(await listOrganizationRoles(clerk)).total_count).toBe(2);
    expectOk(await updateInstanceOrganizationSettings(clerk, { enabled: true }));
    expect(expectOk(await listOrganizations(clerk)).total_count).toBe(1);
  });

  it('refuses unknown fields and values outside the spec (422)', async () => {
    const { fake } = setup();
    expect(await raw(fake, 'PATCH', '/instance/organization_settings', { colour: 'red' })).toMatchObject({
      status: 422,
      code: 'form_param_unknown',
      param: 'colour',
    });
    expect(await raw(fake, 'PATCH', '/instance/organization_settings', { domains_enrollment_modes: ['enterprise_sso'] })).toMatchObject({
      status: 422,
      code: 'form_param_value_invalid',
      param: 'domains_enrollment_modes',
    });
    expect(await raw(fake, 'PATCH', '/instance/organization_settings', { enabled: 'yes' })).toMatchObject({ status: 422, param: 'enabled' });
    expect(await raw(fake, 'PATCH', '/instance/organization_settings', { max_allowed_memberships: -1 })).toMatchObject({
      status: 422,
      param: 'max_allowed_memberships',
    });
  });
});

describe('the creator role and the domains default role', () => {
  it('creator_role_id: a role without the creator permissions is 422; one with them becomes the creator role of new organizations', async () => {
    const { clerk } = setup();
    const weak = expectOk(await createOrganizationRole(clerk, { name: 'Weak', key: 'org:weak', include_in_initial_role_set: true }));
    expect(failure(await updateInstanceOrganizationSettings(clerk, { creator_role_id: weak.id }))).toMatchObject({
      status: 422,
      code: 'organization_missing_creator_role_permissions',
      long_message: 'The creator role must contain the following permissions: org:sys_memberships:manage, org:sys_memberships:read, org:sys_profile:delete',
    });
    const admin = expectOk(await listOrganizationRoles(clerk, { query: 'org:admin' })).data[0]!;
    const needed = admin.permissions.filter((p) => ['org:sys_memberships:manage', 'org:sys_memberships:read', 'org:sys_profile:delete'].includes(p.key));
    const owner = expectOk(
      await createOrganizationRole(clerk, { name: 'Owner', key: 'org:owner', permissions: needed.map((p) => p.id), include_in_initial_role_set: true }),
    );
    expect(owner.is_creator_eligible).toBe(true);
    expect(expectOk(await updateInstanceOrganizationSettings(clerk, { creator_role_id: owner.id })).creator_role).toBe('org:owner');
    const fresh = expectOk(await createOrganization(clerk, { name: 'Fresh', created_by: 'user_b' }));
    const creator = expectOk(await listOrganizationMemberships(clerk, { organization_id: fresh.id })).data[0]!;
    expect([creator.public_user_data?.user_id, creator.role, creator.role_name]).toEqual(['user_b', 'org:owner', 'Owner']);
    expect(statusCode(await deleteOrganizationRole(clerk, { organization_role_id: owner.id }))).toEqual([422, 'organization_role_default_creator_role']);
  });

  it('domains_default_role_id: the named role becomes the default; deleting it is 422 organization_role_domain_default_role', async () => {
    const { clerk } = setup();
    const guest = expectOk(await createOrganizationRole(clerk, { name: 'Guest', key: 'org:guest', include_in_initial_role_set: true }));
    expect(expectOk(await updateInstanceOrganizationSettings(clerk, { domains_default_role_id: guest.id })).domains_default_role).toBe('org:guest');
    expect(failure(await deleteOrganizationRole(clerk, { organization_role_id: guest.id }))).toMatchObject({
      status: 422,
      code: 'organization_role_domain_default_role',
      long_message: 'The organization role cannot be deleted as it is currently used as the default domain role.',
    });
    // org:member is no longer a default or creator role, and no one holds it: it can go.
    const member = expectOk(await listOrganizationRoles(clerk, { query: 'org:member' })).data[0]!;
    expect(expectOk(await deleteOrganizationRole(clerk, { organization_role_id: member.id })).deleted).toBe(true);
  });

  it('a role id the instance lacks is 404; a role outside the initial set is 422', async () => {
    const { clerk } = setup();
    expect(failure(await updateInstanceOrganizationSettings(clerk, { domains_default_role_id: 'role_nope' }))).toMatchObject({
      status: 404,
      code: 'resource_not_found',
      param: 'domains_default_role_id',
      long_message: 'Organization role not found',
    });
    const loose = expectOk(await createOrganizationRole(clerk, { name: 'Loose', key: 'org:loose' }));
    expect(failure(await updateInstanceOrganizationSettings(clerk, { domains_default_role_id: loose.id }))).toMatchObject({
      status: 422,
      code: 'form_param_value_invalid',
      param: 'domains_default_role_id',
    });
  });
});
