// One fixture per model, as Clerk sends it: every suite builds its data here, a variant by overrides.
// The fields Clerk always sends for an organization are in minimal-organization.json, which the plain .mjs
// scripts (test/support/limited-server.mjs, test/runtimes/hostile-child.mjs) read too.
import { readFileSync } from 'node:fs';
import type { Organization, OrganizationSettings, Permission, Role, RoleSet, RoleSetItem } from '../../src/index.js';

const MINIMAL: Organization = JSON.parse(readFileSync(new URL('./minimal-organization.json', import.meta.url), 'utf8'));
const AT = MINIMAL.created_at;

/** An organization with only the fields Clerk always sends. */
export function minimalOrganization(overrides: Partial<Organization> = {}): Organization {
  return { ...MINIMAL, ...overrides };
}

/** An organization as the spec describes it: the fields always sent, and the optional ones. */
export function organization(overrides: Partial<Organization> = {}): Organization {
  return {
    ...MINIMAL,
    image_url: 'https://img.clerk.com/default',
    private_metadata: {},
    created_by: 'user_1',
    ...overrides,
  };
}

/** A member's public user data, as a membership shows it. */
export function publicUserData(overrides: Record<string, unknown> = {}) {
  return {
    user_id: 'user_1',
    first_name: 'Ada',
    last_name: null,
    profile_image_url: null,
    image_url: 'https://img.clerk.com/u',
    has_image: false,
    identifier: 'ada@example.com',
    username: null,
    ...overrides,
  };
}

/** A membership as Clerk sends it, with its organization and public user data. */
export function membership(overrides: Record<string, unknown> = {}) {
  return {
    object: 'organization_membership',
    id: 'orgmem_1',
    role: 'org:member',
    role_name: 'Member',
    permissions: ['org:sys_profile:read'],
    public_metadata: {},
    private_metadata: {},
    organization: organization(),
    public_user_data: publicUserData(),
    created_at: AT,
    updated_at: AT,
    ...overrides,
  };
}

/** An invitation as Clerk sends it. */
export function invitation(overrides: Record<string, unknown> = {}) {
  return {
    object: 'organization_invitation',
    id: 'orginv_1',
    email_address: 'ada@example.com',
    role: 'org:member',
    role_name: 'Member',
    organization_id: MINIMAL.id,
    inviter_id: null,
    status: 'pending',
    public_metadata: {},
    private_metadata: {},
    url: null,
    expires_at: 1_702_592_000_000,
    created_at: AT,
    updated_at: AT,
    ...overrides,
  };
}

/** An invitation as the instance and user lists send it: with the organization's public data. */
export function invitationWithPublicOrganizationData(overrides: Record<string, unknown> = {}) {
  const { id, name, slug, has_image } = MINIMAL;
  return invitation({ public_organization_data: { id, name, slug, has_image }, ...overrides });
}

/** A domain as Clerk sends it. */
export function domain(overrides: Record<string, unknown> = {}) {
  return {
    object: 'organization_domain',
    id: 'orgdmn_1',
    organization_id: MINIMAL.id,
    name: 'example.com',
    enrollment_mode: 'automatic_suggestion',
    affiliation_email_address: null,
    verification: { status: 'verified', strategy: 'admin', attempts: null, expire_at: null },
    total_pending_invitations: 0,
    total_pending_suggestions: 0,
    created_at: AT,
    updated_at: AT,
    ...overrides,
  };
}

/** A custom permission as Clerk sends it: every property the spec lists. */
export function permission(overrides: Partial<Permission> = {}): Permission {
  return {
    object: 'permission',
    id: 'perm_1',
    name: 'Read invoices',
    key: 'org:invoices:read',
    description: 'Can read invoices',
    type: 'user',
    created_at: AT,
    updated_at: AT,
    ...overrides,
  };
}

/** A custom role as Clerk sends it, with one permission: every property the spec lists. */
export function role(overrides: Partial<Role> = {}): Role {
  return {
    object: 'role',
    id: 'role_1',
    name: 'Billing admin',
    key: 'org:billing_admin',
    description: 'Manages billing',
    is_creator_eligible: true,
    permissions: [permission()],
    created_at: AT,
    updated_at: AT,
    ...overrides,
  };
}

/** A role as a role set lists it. */
export function roleSetItem(overrides: Partial<RoleSetItem> = {}): RoleSetItem {
  return {
    object: 'role_set_item',
    id: 'role_member',
    name: 'Member',
    key: 'org:member',
    description: null,
    members_count: 0,
    has_members: false,
    created_at: AT,
    updated_at: AT,
    ...overrides,
  };
}

/** A role set as Clerk sends it: its roles, with the default and creator roles, and no migration under way. */
export function roleSet(overrides: Partial<RoleSet> = {}): RoleSet {
  const admin = roleSetItem({ id: 'role_admin', name: 'Admin', key: 'org:admin', members_count: 1, has_members: true });
  const member = roleSetItem();
  return {
    object: 'role_set',
    id: 'rs_1',
    name: 'Agencies',
    key: 'role_set:agencies',
    description: null,
    roles: [admin, member],
    default_role: member,
    creator_role: admin,
    type: 'custom',
    created_at: AT,
    updated_at: AT,
    ...overrides,
  };
}

/** The instance's organization settings as Clerk sends them: every property the spec lists but the deprecated one. */
export function organizationSettings(overrides: Partial<OrganizationSettings> = {}): OrganizationSettings {
  return {
    object: 'organization_settings',
    enabled: true,
    max_allowed_memberships: 5,
    max_allowed_roles: 10,
    max_role_sets_allowed: 5,
    max_allowed_domains: 10,
    creator_role: 'org:admin',
    admin_delete_enabled: true,
    domains_enabled: false,
    slug_disabled: false,
    domains_enrollment_modes: [],
    domains_default_role: 'org:member',
    initial_role_set_key: 'role_set:default',
    ...overrides,
  };
}

/** What a delete answers: the object's kind and id, and `deleted: true`. */
export function deletedObject(overrides: Record<string, unknown> = {}) {
  return { object: 'organization', id: MINIMAL.id, deleted: true, ...overrides };
}

/** Clerk's error envelope: one error, its long message, and the trace id. */
export function clerkErrors(code: string, message: string, traceId = 'trace_123', error: Record<string, unknown> = {}) {
  return { errors: [{ code, message, long_message: `${message} (long)`, meta: {}, ...error }], clerk_trace_id: traceId };
}
