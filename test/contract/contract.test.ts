// The same calls and the same assertions against two backends: nock replaying
// what Clerk's spec says it answers, and the in-memory fake. If the fake, the
// client or the canned answers drift from the spec, one side fails. A contract
// may make several calls (nock replays one answer per call, in order); both
// backends must be sent the same operations. Every operation in the registry
// has a contract: the last test fails otherwise.
import { describe, expect, it } from 'vitest';
import {
  addRolesToRoleSet,
  assignPermissionToOrganizationRole,
  bulkCreateOrganizationInvitations,
  type ClerkClient,
  createOrganization,
  createOrganizationDomain,
  createOrganizationInvitation,
  createOrganizationMembership,
  createOrganizationPermission,
  createOrganizationRole,
  createRoleSet,
  deleteOrganization,
  deleteOrganizationDomain,
  deleteOrganizationLogo,
  deleteOrganizationMembership,
  deleteOrganizationPermission,
  deleteOrganizationRole,
  getInstanceOrganizationSettings,
  getJwks,
  getOrganization,
  getOrganizationInvitation,
  getOrganizationPermission,
  getOrganizationRole,
  getRoleSet,
  listInstanceOrganizationDomains,
  listInstanceOrganizationInvitations,
  listInstanceOrganizationMemberships,
  listOrganizationDomains,
  listOrganizationInvitations,
  listOrganizationMemberships,
  listOrganizationPermissions,
  listOrganizationRoles,
  listOrganizations,
  listRoleSets,
  listUserOrganizationInvitations,
  listUserOrganizationMemberships,
  mergeOrganizationMembershipMetadata,
  mergeOrganizationMetadata,
  type Organization,
  type RequestError,
  type Result,
  removePermissionFromOrganizationRole,
  replaceOrganizationMetadata,
  replaceRoleInRoleSet,
  replaceRoleSet,
  revokeOrganizationInvitation,
  updateInstanceOrganizationSettings,
  updateOrganization,
  updateOrganizationDomain,
  updateOrganizationMembership,
  updateOrganizationPermission,
  updateOrganizationRole,
  updateRoleSet,
  uploadOrganizationLogo,
  verifyOrganizationDomainOwnership,
} from '../../src/index.js';
import { registry } from '../../src/registry.js';
import type { SeedOrganization, SeedUser } from '../../src/testing/index.js';
import { fakeClerk } from '../support/fake-client.js';
import {
  clerkErrors,
  deletedObject,
  domain,
  invitation,
  membership,
  organization,
  organizationSettings,
  permission,
  publicUserData,
  role,
  roleSet,
  roleSetItem,
} from '../support/models.js';
import { intercept, testClient, useNock } from '../support/nock.js';
import { operationOf } from '../support/registry.js';

useNock();

const USERS: SeedUser[] = [
  { id: 'user_1', first_name: 'Ada' },
  { id: 'user_2', first_name: 'Bo', email_address: 'bo@acme.test' },
  { id: 'user_3', first_name: 'Cy' },
];
const userData = (user_id: string, first_name: string) => publicUserData({ user_id, first_name, identifier: null });
/** A membership in Acme as Clerk sends it. */
const member = (over: Record<string, unknown> = {}, members_count = 2) =>
  membership({ id: 'orgmem_2', permissions: [], organization: acme({ members_count }), public_user_data: userData('user_2', 'Bo'), ...over });

/** An invitation to Acme as Clerk sends it. */
const invitationToAcme = (email_address = 'new@acme.test') => invitation({ email_address, organization_id: 'org_acme' });

const ACME: SeedOrganization = {
  id: 'org_acme',
  name: 'Acme',
  slug: 'acme',
  created_by: 'user_1',
  members: ['user_2'],
  public_metadata: { a: { b: 1 }, keep: true },
  private_metadata: { secret: 1 },
};
const acme = (over: Partial<Organization> = {}) =>
  organization({
    id: 'org_acme',
    name: 'Acme',
    slug: 'acme',
    public_metadata: { a: { b: 1 }, keep: true },
    private_metadata: { secret: 1 },
    role_set_key: null,
    ...over,
  });

/** One answer of Clerk's: the request's method, and the status and body it gets. */
interface Answer {
  method: string;
  status: number;
  body: unknown;
}

interface Contract {
  name: string;
  /** The answer Clerk gives, for nock to replay; one per request, in order, when the contract makes several. */
  clerk: Answer | Answer[];
  run: (client: ClerkClient) => Promise<Result<unknown, RequestError>>;
  expect: (result: Result<unknown, RequestError>) => void;
}

const okData = (r: Result<unknown, RequestError>) => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  // biome-ignore lint/suspicious/noExplicitAny: the contract reads fields of any answer
  return r.data as Record<string, any>;
};
const apiError = (r: Result<unknown, RequestError>) => {
  if (r.ok || r.error.type !== 'api') throw new Error(`expected an api error, got ${JSON.stringify(r)}`);
  return r.error;
};
/** The check of a contract that ends in Clerk's error: its status and first code. */
const failsWith = (status: number, code: string) => (r: Result<unknown, RequestError>) => {
  const e = apiError(r);
  expect([e.status, e.errors[0]?.code]).toEqual([status, code]);
};
/** A call a contract makes before the one it checks: it must succeed, and its data (an id, a key) feeds the next call. */
const given = async (call: Promise<Result<unknown, RequestError>>) => okData(await call);
/** The keys of a list of roles or permissions, in order. */
const keys = (items: { key: string }[]) => items.map((i) => i.key);

// Roles and permissions as a new instance has them: Clerk's eight system permissions, org:admin holding them
// all, org:member the two read ones, both in the initial role set role_set:default.
const SYSTEM = [
  'org:sys_profile:manage',
  'org:sys_profile:delete',
  'org:sys_memberships:read',
  'org:sys_memberships:manage',
  'org:sys_domains:read',
  'org:sys_domains:manage',
  'org:sys_billing:read',
  'org:sys_billing:manage',
];
const MEMBER_PERMISSIONS = ['org:sys_memberships:read', 'org:sys_billing:read'];
const systemPermission = (key: string) =>
  permission({ id: `perm_${key.replace(/\W/g, '_')}`, key, name: key, description: `Permission ${key}`, type: 'system' });
const ADMIN_ROLE = role({ id: 'role_admin', name: 'Admin', key: 'org:admin', is_creator_eligible: true, permissions: SYSTEM.map(systemPermission) });
const MEMBER_ROLE = role({
  id: 'role_member',
  name: 'Member',
  key: 'org:member',
  is_creator_eligible: false,
  permissions: MEMBER_PERMISSIONS.map(systemPermission),
});
/** The custom permissions and role the contracts create, as Clerk answers them. */
const INVOICES_READ = permission({ id: 'perm_read', name: 'Read invoices', key: 'org:invoices:read', description: 'Can read invoices' });
const INVOICES_PAY = permission({ id: 'perm_pay', name: 'Pay invoices', key: 'org:invoices:pay', description: 'Can pay invoices' });
const billing = (permissions = [INVOICES_READ], over: Parameters<typeof role>[0] = {}) =>
  role({
    id: 'role_billing',
    name: 'Billing admin',
    key: 'org:billing_admin',
    description: 'Manages billing',
    is_creator_eligible: false,
    permissions,
    ...over,
  });
const createInvoicesRead = (c: ClerkClient) =>
  given(createOrganizationPermission(c, { name: 'Read invoices', key: 'org:invoices:read', description: 'Can read invoices' }));
const createInvoicesPay = (c: ClerkClient) =>
  given(createOrganizationPermission(c, { name: 'Pay invoices', key: 'org:invoices:pay', description: 'Can pay invoices' }));
const createBilling = (c: ClerkClient, permissions: string[] = [], include_in_initial_role_set = false) =>
  given(
    createOrganizationRole(c, { name: 'Billing admin', key: 'org:billing_admin', description: 'Manages billing', permissions, include_in_initial_role_set }),
  );
/** A role as a role set lists it, with how many members of the set's organizations hold it. */
const item = ({ id, name, key, description }: { id: string; name: string; key: string; description: string | null }, members_count = 0) =>
  roleSetItem({ id, name, key, description, members_count, has_members: members_count > 0 });
/** role_set:default as Acme's members make it: Ada (the creator) org:admin, Bo org:member. */
const DEFAULT_SET = roleSet({
  id: 'rs_default',
  name: 'Default',
  key: 'role_set:default',
  type: 'initial',
  roles: [item(ADMIN_ROLE, 1), item(MEMBER_ROLE, 1)],
  default_role: item(MEMBER_ROLE, 1),
  creator_role: item(ADMIN_ROLE, 1),
});
/** A custom role set no organization uses yet. */
const AGENCIES = roleSet({ roles: [item(ADMIN_ROLE), item(MEMBER_ROLE)], default_role: item(MEMBER_ROLE), creator_role: item(ADMIN_ROLE) });
const createAgencies = (c: ClerkClient) =>
  given(
    createRoleSet(c, {
      name: 'Agencies',
      key: 'role_set:agencies',
      roles: ['org:admin', 'org:member'],
      default_role_key: 'org:member',
      creator_role_key: 'org:admin',
    }),
  );
/** The instance's organization settings as a new instance has them. */
const SETTINGS = organizationSettings({
  max_role_sets_allowed: 10,
  domains_enabled: true,
  domains_enrollment_modes: ['manual_invitation', 'automatic_invitation', 'automatic_suggestion'],
});

/** The `'admin'` mistake (a role outside the organization's role set): Clerk's 404 naming the `role` param. */
const roleNotFound = (name: string, method: string, run: Contract['run']): Contract => ({
  name,
  clerk: {
    method,
    status: 404,
    body: clerkErrors('resource_not_found', 'not found', 'trace_123', { long_message: 'Organization role not found', meta: { param_name: 'role' } }),
  },
  run,
  expect: (r) => {
    const e = apiError(r);
    expect(e.status).toBe(404);
    expect(e.errors[0]).toMatchObject({ code: 'resource_not_found', long_message: 'Organization role not found', meta: { param_name: 'role' } });
  },
});

const contracts: Contract[] = [
  {
    name: 'get by slug',
    clerk: { method: 'GET', status: 200, body: acme() },
    run: (c) => getOrganization(c, { organization_id: 'acme' }),
    expect: (r) => expect(okData(r)).toMatchObject({ object: 'organization', id: 'org_acme', name: 'Acme', slug: 'acme', has_image: false }),
  },
  {
    name: 'get an unknown id is 404 resource_not_found',
    clerk: { method: 'GET', status: 404, body: clerkErrors('resource_not_found', 'Resource not found') },
    run: (c) => getOrganization(c, { organization_id: 'org_missing' }),
    expect: (r) => {
      const e = apiError(r);
      expect(e.status).toBe(404);
      expect(e.errors[0]!.code).toBe('resource_not_found');
      expect(e.traceId).toMatch(/^trace_/);
    },
  },
  {
    name: 'list with a query and member counts',
    clerk: { method: 'GET', status: 200, body: { data: [acme({ members_count: 2 })], total_count: 1 } },
    run: (c) => listOrganizations(c, { query: 'acm', include_members_count: true, user_id: ['user_2'] }),
    expect: (r) => {
      const page = okData(r);
      expect(page.total_count).toBe(1);
      expect(page.data[0]).toMatchObject({ id: 'org_acme', members_count: 2 });
    },
  },
  {
    name: 'create',
    clerk: { method: 'POST', status: 200, body: organization({ id: 'org_new', name: 'New Co', slug: 'new-co', created_by: 'user_1' }) },
    run: (c) => createOrganization(c, { name: 'New Co', slug: 'new-co', created_by: 'user_1' }),
    expect: (r) => {
      const org = okData(r);
      expect(org).toMatchObject({ name: 'New Co', slug: 'new-co', created_by: 'user_1' });
      expect(org.id).toMatch(/^org_/);
      expect(Number.isInteger(org.created_at)).toBe(true);
    },
  },
  {
    name: 'create with a taken slug is 422 form_identifier_exists',
    clerk: { method: 'POST', status: 422, body: clerkErrors('form_identifier_exists', 'That slug is taken. Please try another.') },
    run: (c) => createOrganization(c, { name: 'Other', slug: 'acme' }),
    expect: failsWith(422, 'form_identifier_exists'),
  },
  {
    name: 'update',
    clerk: { method: 'PATCH', status: 200, body: acme({ name: 'Acme Inc', max_allowed_memberships: 50 }) },
    run: (c) => updateOrganization(c, { organization_id: 'org_acme', name: 'Acme Inc', max_allowed_memberships: 50 }),
    expect: (r) => expect(okData(r)).toMatchObject({ name: 'Acme Inc', max_allowed_memberships: 50, slug: 'acme' }),
  },
  {
    name: 'update an unknown id is 404',
    clerk: { method: 'PATCH', status: 404, body: clerkErrors('resource_not_found', 'Resource not found') },
    run: (c) => updateOrganization(c, { organization_id: 'org_missing', name: 'X' }),
    expect: (r) => expect(apiError(r).status).toBe(404),
  },
  {
    name: 'merge metadata deep, null removes',
    clerk: { method: 'PATCH', status: 200, body: acme({ public_metadata: { a: { c: 2 }, keep: true } }) },
    run: (c) => mergeOrganizationMetadata(c, { organization_id: 'org_acme', public_metadata: { a: { b: null, c: 2 } } }),
    expect: (r) => {
      const org = okData(r);
      expect(org.public_metadata).toEqual({ a: { c: 2 }, keep: true });
      expect(org.private_metadata).toEqual({ secret: 1 });
    },
  },
  {
    name: 'replace metadata wholesale, the other left as is',
    clerk: { method: 'PUT', status: 200, body: acme({ private_metadata: { fresh: true } }) },
    run: (c) => replaceOrganizationMetadata(c, { organization_id: 'org_acme', private_metadata: { fresh: true } }),
    expect: (r) => {
      const org = okData(r);
      expect(org.private_metadata).toEqual({ fresh: true });
      expect(org.public_metadata).toEqual({ a: { b: 1 }, keep: true });
    },
  },
  {
    name: 'upload a logo',
    clerk: { method: 'PUT', status: 200, body: acme({ has_image: true, image_url: 'https://img.clerk.com/x' }) },
    run: (c) => uploadOrganizationLogo(c, { organization_id: 'org_acme', file: new File(['png'], 'l.png', { type: 'image/png' }) }),
    expect: (r) => {
      const org = okData(r);
      expect(org.has_image).toBe(true);
      expect(org.image_url).toMatch(/^https:\/\//);
    },
  },
  {
    name: 'delete the logo',
    clerk: { method: 'DELETE', status: 200, body: acme({ has_image: false }) },
    run: (c) => deleteOrganizationLogo(c, { organization_id: 'org_acme' }),
    expect: (r) => expect(okData(r).has_image).toBe(false),
  },
  {
    name: 'delete',
    clerk: { method: 'DELETE', status: 200, body: deletedObject({ id: 'org_acme', slug: 'acme' }) },
    run: (c) => deleteOrganization(c, { organization_id: 'org_acme' }),
    expect: (r) => expect(okData(r)).toMatchObject({ object: 'organization', id: 'org_acme', deleted: true }),
  },
  {
    name: 'delete an unknown id is 404',
    clerk: { method: 'DELETE', status: 404, body: clerkErrors('resource_not_found', 'Resource not found') },
    run: (c) => deleteOrganization(c, { organization_id: 'org_missing' }),
    expect: (r) => expect(apiError(r).errors[0]!.code).toBe('resource_not_found'),
  },
  {
    name: 'add a member',
    clerk: { method: 'POST', status: 200, body: member({ id: 'orgmem_new', public_user_data: userData('user_3', 'Cy') }, 3) },
    run: (c) => createOrganizationMembership(c, { organization_id: 'org_acme', user_id: 'user_3', role: 'org:member' }),
    expect: (r) => {
      const m = okData(r);
      expect(m).toMatchObject({ object: 'organization_membership', role: 'org:member', organization: { id: 'org_acme', members_count: 3 } });
      expect(m.public_user_data).toMatchObject({ user_id: 'user_3', first_name: 'Cy' });
    },
  },
  {
    name: 'add a member twice is 400 already_a_member_in_organization',
    clerk: { method: 'POST', status: 400, body: clerkErrors('already_a_member_in_organization', 'The user is already a member of the organization.') },
    run: (c) => createOrganizationMembership(c, { organization_id: 'org_acme', user_id: 'user_2', role: 'org:member' }),
    expect: (r) => expect(apiError(r).errors[0]!.code).toBe('already_a_member_in_organization'),
  },
  {
    name: 'list members by role',
    clerk: { method: 'GET', status: 200, body: { data: [member({ role: 'org:admin', public_user_data: userData('user_1', 'Ada') })], total_count: 1 } },
    run: (c) => listOrganizationMemberships(c, { organization_id: 'org_acme', role: ['org:admin'] }),
    expect: (r) => {
      const page = okData(r);
      expect(page.total_count).toBe(1);
      expect(page.data[0]).toMatchObject({ role: 'org:admin', public_user_data: { user_id: 'user_1' } });
    },
  },
  {
    name: 'change a role',
    clerk: { method: 'PATCH', status: 200, body: member({ role: 'org:admin' }) },
    run: (c) => updateOrganizationMembership(c, { organization_id: 'org_acme', user_id: 'user_2', role: 'org:admin' }),
    expect: (r) => expect(okData(r)).toMatchObject({ role: 'org:admin', public_user_data: { user_id: 'user_2' } }),
  },
  {
    name: 'merge membership metadata, null removes',
    clerk: { method: 'PATCH', status: 200, body: member({ public_metadata: { seat: 1 } }) },
    run: (c) => mergeOrganizationMembershipMetadata(c, { organization_id: 'org_acme', user_id: 'user_2', public_metadata: { seat: 1, gone: null } }),
    expect: (r) => expect(okData(r).public_metadata).toEqual({ seat: 1 }),
  },
  {
    name: 'the user list of memberships',
    clerk: { method: 'GET', status: 200, body: { data: [member()], total_count: 1 } },
    run: (c) => listUserOrganizationMemberships(c, { user_id: 'user_2' }),
    expect: (r) => expect(okData(r).data.map((m: { organization: { id: string } }) => m.organization.id)).toEqual(['org_acme']),
  },
  {
    name: 'the instance list of memberships',
    clerk: { method: 'GET', status: 200, body: { data: [member(), member({ role: 'org:admin' })], total_count: 2 } },
    run: (c) => listInstanceOrganizationMemberships(c, { order_by: 'created_at' }),
    expect: (r) => expect(okData(r).total_count).toBe(2),
  },
  {
    name: 'remove a member',
    clerk: { method: 'DELETE', status: 200, body: member() },
    run: (c) => deleteOrganizationMembership(c, { organization_id: 'org_acme', user_id: 'user_2' }),
    expect: (r) => expect(okData(r)).toMatchObject({ object: 'organization_membership', public_user_data: { user_id: 'user_2' } }),
  },
  {
    name: 'remove a non-member is 404',
    clerk: { method: 'DELETE', status: 404, body: clerkErrors('resource_not_found', 'Resource not found') },
    run: (c) => deleteOrganizationMembership(c, { organization_id: 'org_acme', user_id: 'user_9' }),
    expect: (r) => expect(apiError(r).status).toBe(404),
  },
  {
    name: 'invite by email',
    clerk: { method: 'POST', status: 200, body: invitationToAcme() },
    run: (c) => createOrganizationInvitation(c, { organization_id: 'org_acme', email_address: 'new@acme.test', role: 'org:member' }),
    expect: (r) =>
      expect(okData(r)).toMatchObject({ object: 'organization_invitation', email_address: 'new@acme.test', role: 'org:member', status: 'pending' }),
  },
  {
    name: 'invite a member is 400 already_a_member_in_organization',
    clerk: { method: 'POST', status: 400, body: clerkErrors('already_a_member_in_organization', 'bo@acme.test is already a member of the organization.') },
    run: (c) => createOrganizationInvitation(c, { organization_id: 'org_acme', email_address: 'bo@acme.test', role: 'org:member' }),
    expect: (r) => expect(apiError(r).errors[0]!.code).toBe('already_a_member_in_organization'),
  },
  {
    name: 'revoke an unknown invitation is 404',
    clerk: { method: 'POST', status: 404, body: clerkErrors('resource_not_found', 'Resource not found') },
    run: (c) => revokeOrganizationInvitation(c, { organization_id: 'org_acme', invitation_id: 'orginv_missing' }),
    expect: (r) => expect(apiError(r).status).toBe(404),
  },
  {
    name: 'invite several by email at once',
    clerk: { method: 'POST', status: 200, body: { data: [invitationToAcme(), invitationToAcme('two@acme.test')], total_count: 2 } },
    run: (c) =>
      bulkCreateOrganizationInvitations(c, {
        organization_id: 'org_acme',
        invitations: [
          { email_address: 'new@acme.test', role: 'org:member' },
          { email_address: 'two@acme.test', role: 'org:member' },
        ],
      }),
    expect: (r) => {
      const page = okData(r);
      expect(page.data.map((i: { email_address: string }) => i.email_address)).toEqual(['new@acme.test', 'two@acme.test']);
      expect(page.data.map((i: { status: string }) => i.status)).toEqual(['pending', 'pending']);
    },
  },
  {
    name: 'invite a member at once is 400 already_a_member_in_organization',
    clerk: { method: 'POST', status: 400, body: clerkErrors('already_a_member_in_organization', 'bo@acme.test is already a member of the organization.') },
    run: (c) => bulkCreateOrganizationInvitations(c, { organization_id: 'org_acme', invitations: [{ email_address: 'bo@acme.test', role: 'org:member' }] }),
    expect: (r) => expect(apiError(r).errors[0]!.code).toBe('already_a_member_in_organization'),
  },
  {
    name: 'list the pending invitations of an organization with none',
    clerk: { method: 'GET', status: 200, body: { data: [], total_count: 0 } },
    run: (c) => listOrganizationInvitations(c, { organization_id: 'org_acme', status: 'pending' }),
    expect: (r) => expect(okData(r)).toEqual({ data: [], total_count: 0 }),
  },
  {
    name: 'list the invitations of an unknown organization is 404',
    clerk: { method: 'GET', status: 404, body: clerkErrors('resource_not_found', 'Resource not found') },
    run: (c) => listOrganizationInvitations(c, { organization_id: 'org_missing' }),
    expect: (r) => expect(apiError(r).errors[0]!.code).toBe('resource_not_found'),
  },
  {
    name: 'get an unknown invitation is 404 resource_not_found',
    clerk: { method: 'GET', status: 404, body: clerkErrors('resource_not_found', 'Resource not found') },
    run: (c) => getOrganizationInvitation(c, { organization_id: 'org_acme', invitation_id: 'orginv_missing' }),
    expect: failsWith(404, 'resource_not_found'),
  },
  {
    name: 'the instance list of pending invitations, none yet',
    clerk: { method: 'GET', status: 200, body: { data: [], total_count: 0 } },
    run: (c) => listInstanceOrganizationInvitations(c, { status: 'pending' }),
    expect: (r) => expect(okData(r)).toEqual({ data: [], total_count: 0 }),
  },
  {
    name: 'the user list of invitations, none yet',
    clerk: { method: 'GET', status: 200, body: { data: [], total_count: 0 } },
    run: (c) => listUserOrganizationInvitations(c, { user_id: 'user_3' }),
    expect: (r) => expect(okData(r)).toEqual({ data: [], total_count: 0 }),
  },
  {
    name: 'the invitations of an unknown user is 404',
    clerk: { method: 'GET', status: 404, body: clerkErrors('resource_not_found', 'Resource not found') },
    run: (c) => listUserOrganizationInvitations(c, { user_id: 'user_9' }),
    expect: (r) => expect(apiError(r).status).toBe(404),
  },
  {
    name: 'add a domain',
    clerk: {
      method: 'POST',
      status: 200,
      body: domain({ organization_id: 'org_acme', name: 'acme.test' }),
    },
    run: (c) => createOrganizationDomain(c, { organization_id: 'org_acme', name: 'acme.test', enrollment_mode: 'automatic_suggestion' }),
    expect: (r) =>
      expect(okData(r)).toMatchObject({
        object: 'organization_domain',
        name: 'acme.test',
        enrollment_mode: 'automatic_suggestion',
        organization_id: 'org_acme',
      }),
  },
  {
    name: 'add a domain with an unknown enrollment mode is 422',
    clerk: { method: 'POST', status: 422, body: clerkErrors('form_param_value_invalid', 'enrollment_mode is invalid') },
    run: (c) => createOrganizationDomain(c, { organization_id: 'org_acme', name: 'acme.test' }),
    expect: (r) => expect(apiError(r).status).toBe(422),
  },
  {
    name: 'list the domains of an organization with none',
    clerk: { method: 'GET', status: 200, body: { data: [], total_count: 0 } },
    run: (c) => listOrganizationDomains(c, { organization_id: 'org_acme' }),
    expect: (r) => expect(okData(r)).toEqual({ data: [], total_count: 0 }),
  },
  {
    name: 'update an unknown domain is 404',
    clerk: { method: 'PATCH', status: 404, body: clerkErrors('resource_not_found', 'Resource not found') },
    run: (c) => updateOrganizationDomain(c, { organization_id: 'org_acme', domain_id: 'orgdmn_missing', enrollment_mode: 'manual_invitation' }),
    expect: (r) => expect(apiError(r).errors[0]!.code).toBe('resource_not_found'),
  },
  {
    name: 'delete an unknown domain is 404',
    clerk: { method: 'DELETE', status: 404, body: clerkErrors('resource_not_found', 'Resource not found') },
    run: (c) => deleteOrganizationDomain(c, { organization_id: 'org_acme', domain_id: 'orgdmn_missing' }),
    expect: (r) => expect(apiError(r).errors[0]!.code).toBe('resource_not_found'),
  },
  {
    name: 'verify the ownership of an unknown domain is 404',
    clerk: { method: 'POST', status: 404, body: clerkErrors('resource_not_found', 'Resource not found') },
    run: (c) => verifyOrganizationDomainOwnership(c, { organization_id: 'org_acme', domain_id: 'orgdmn_missing' }),
    expect: (r) => expect(apiError(r).status).toBe(404),
  },
  {
    name: 'the instance list of domains, none yet',
    clerk: { method: 'GET', status: 200, body: { data: [], total_count: 0 } },
    run: (c) => listInstanceOrganizationDomains(c, {}),
    expect: (r) => expect(okData(r)).toEqual({ data: [], total_count: 0 }),
  },
  // Roles, permissions, role sets and the instance's organization settings (issue #18). Each contract starts
  // from a new instance: the calls before the one it checks make what it needs, and their ids feed it.
  {
    name: 'list roles: the seeded org:admin and org:member',
    clerk: { method: 'GET', status: 200, body: { data: [ADMIN_ROLE, MEMBER_ROLE], total_count: 2 } },
    run: (c) => listOrganizationRoles(c, { order_by: 'key' }),
    expect: (r) => {
      const page = okData(r);
      expect(page.total_count).toBe(2);
      expect(page.data.map((x: { key: string; is_creator_eligible: boolean }) => [x.key, x.is_creator_eligible])).toEqual([
        ['org:admin', true],
        ['org:member', false],
      ]);
      expect(keys(page.data[0].permissions)).toEqual(SYSTEM);
      expect(keys(page.data[1].permissions)).toEqual(MEMBER_PERMISSIONS);
      expect(page.data[0]).toMatchObject({ object: 'role', id: expect.stringMatching(/^role_/), name: 'Admin' });
    },
  },
  {
    name: "list permissions: Clerk's eight system ones",
    clerk: { method: 'GET', status: 200, body: { data: SYSTEM.map(systemPermission), total_count: 8 } },
    run: (c) => listOrganizationPermissions(c, { limit: 20 }),
    expect: (r) => {
      const page = okData(r);
      expect(page.total_count).toBe(8);
      expect(keys(page.data).sort()).toEqual([...SYSTEM].sort());
      for (const p of page.data) expect(p).toMatchObject({ object: 'permission', type: 'system', id: expect.stringMatching(/^perm_/) });
    },
  },
  {
    name: 'list role sets: the initial role_set:default',
    clerk: { method: 'GET', status: 200, body: { data: [DEFAULT_SET], total_count: 1 } },
    run: (c) => listRoleSets(c, {}),
    expect: (r) => {
      const page = okData(r);
      expect(page.total_count).toBe(1);
      const [set] = page.data;
      expect(set).toMatchObject({
        object: 'role_set',
        key: 'role_set:default',
        type: 'initial',
        default_role: { key: 'org:member' },
        creator_role: { key: 'org:admin' },
      });
      expect(set.roles.map((x: { key: string; members_count: number }) => [x.key, x.members_count])).toEqual([
        ['org:admin', 1],
        ['org:member', 1],
      ]);
    },
  },
  {
    name: 'create a permission',
    clerk: { method: 'POST', status: 200, body: INVOICES_READ },
    run: (c) => createOrganizationPermission(c, { name: 'Read invoices', key: 'org:invoices:read', description: 'Can read invoices' }),
    expect: (r) => {
      const p = okData(r);
      expect(p).toMatchObject({ object: 'permission', name: 'Read invoices', key: 'org:invoices:read', description: 'Can read invoices', type: 'user' });
      expect(p.id).toMatch(/^perm_/);
      expect(Number.isInteger(p.created_at)).toBe(true);
    },
  },
  {
    name: 'create a permission with a taken key is 422 form_identifier_exists',
    clerk: [
      { method: 'POST', status: 200, body: INVOICES_READ },
      {
        method: 'POST',
        status: 422,
        body: clerkErrors('form_identifier_exists', 'org:invoices:read is already taken by another permission of this instance.'),
      },
    ],
    run: async (c) => {
      await createInvoicesRead(c);
      return createOrganizationPermission(c, { name: 'Read invoices again', key: 'org:invoices:read' });
    },
    expect: failsWith(422, 'form_identifier_exists'),
  },
  {
    name: 'get a permission',
    clerk: [
      { method: 'POST', status: 200, body: INVOICES_READ },
      { method: 'GET', status: 200, body: INVOICES_READ },
    ],
    run: async (c) => getOrganizationPermission(c, { permission_id: (await createInvoicesRead(c)).id }),
    expect: (r) => expect(okData(r)).toMatchObject({ object: 'permission', key: 'org:invoices:read', type: 'user' }),
  },
  {
    name: 'update a permission: a new name and key',
    clerk: [
      { method: 'POST', status: 200, body: INVOICES_READ },
      { method: 'PATCH', status: 200, body: permission({ ...INVOICES_READ, name: 'View invoices', key: 'org:invoices:view' }) },
    ],
    run: async (c) => updateOrganizationPermission(c, { permission_id: (await createInvoicesRead(c)).id, name: 'View invoices', key: 'org:invoices:view' }),
    expect: (r) => expect(okData(r)).toMatchObject({ name: 'View invoices', key: 'org:invoices:view', description: 'Can read invoices' }),
  },
  {
    name: 'update a system permission is 403 organization_system_permission_not_modifiable',
    clerk: [
      { method: 'GET', status: 200, body: { data: [systemPermission('org:sys_profile:manage')], total_count: 1 } },
      {
        method: 'PATCH',
        status: 403,
        body: clerkErrors('organization_system_permission_not_modifiable', 'organization system permission cannot be modified'),
      },
    ],
    run: async (c) => {
      const [system] = (await given(listOrganizationPermissions(c, { query: 'org:sys_profile:manage' }))).data;
      return updateOrganizationPermission(c, { permission_id: system.id, name: 'Mine now' });
    },
    expect: failsWith(403, 'organization_system_permission_not_modifiable'),
  },
  {
    name: 'delete a permission',
    clerk: [
      { method: 'POST', status: 200, body: INVOICES_READ },
      { method: 'DELETE', status: 200, body: deletedObject({ object: 'permission', id: INVOICES_READ.id }) },
    ],
    run: async (c) => deleteOrganizationPermission(c, { permission_id: (await createInvoicesRead(c)).id }),
    expect: (r) => {
      const gone = okData(r);
      expect(gone).toMatchObject({ object: 'permission', deleted: true });
      expect(gone.id).toMatch(/^perm_/);
    },
  },
  {
    name: 'create a role holding a new permission',
    clerk: [
      { method: 'POST', status: 200, body: INVOICES_READ },
      { method: 'POST', status: 200, body: billing() },
    ],
    run: async (c) =>
      createOrganizationRole(c, {
        name: 'Billing admin',
        key: 'org:billing_admin',
        description: 'Manages billing',
        permissions: [(await createInvoicesRead(c)).id],
      }),
    expect: (r) => {
      const created = okData(r);
      expect(created).toMatchObject({
        object: 'role',
        name: 'Billing admin',
        key: 'org:billing_admin',
        description: 'Manages billing',
        is_creator_eligible: false,
      });
      expect(created.id).toMatch(/^role_/);
      expect(keys(created.permissions)).toEqual(['org:invoices:read']);
      expect(created.permissions[0]).toMatchObject({ object: 'permission', type: 'user' });
    },
  },
  {
    name: 'create a role with the key of org:admin is 422 form_identifier_exists',
    clerk: { method: 'POST', status: 422, body: clerkErrors('form_identifier_exists', 'org:admin is already taken by another role of this instance.') },
    run: (c) => createOrganizationRole(c, { name: 'Admin too', key: 'org:admin' }),
    expect: failsWith(422, 'form_identifier_exists'),
  },
  {
    name: 'get a role',
    clerk: [
      { method: 'POST', status: 200, body: billing([]) },
      { method: 'GET', status: 200, body: billing([]) },
    ],
    run: async (c) => getOrganizationRole(c, { organization_role_id: (await createBilling(c)).id }),
    expect: (r) => expect(okData(r)).toMatchObject({ object: 'role', key: 'org:billing_admin', name: 'Billing admin', permissions: [] }),
  },
  {
    name: 'update a role: a new name, and its permissions replaced',
    clerk: [
      { method: 'POST', status: 200, body: INVOICES_PAY },
      { method: 'POST', status: 200, body: billing([]) },
      { method: 'PATCH', status: 200, body: billing([INVOICES_PAY], { name: 'Billing lead' }) },
    ],
    run: async (c) => {
      const pay = await createInvoicesPay(c);
      const created = await createBilling(c);
      return updateOrganizationRole(c, { organization_role_id: created.id, name: 'Billing lead', permissions: [pay.id] });
    },
    expect: (r) => {
      const updated = okData(r);
      expect(updated).toMatchObject({ name: 'Billing lead', key: 'org:billing_admin', description: 'Manages billing' });
      expect(keys(updated.permissions)).toEqual(['org:invoices:pay']);
    },
  },
  {
    name: 'assign another permission to a role',
    clerk: [
      { method: 'POST', status: 200, body: INVOICES_READ },
      { method: 'POST', status: 200, body: INVOICES_PAY },
      { method: 'POST', status: 200, body: billing() },
      { method: 'POST', status: 200, body: billing([INVOICES_READ, INVOICES_PAY]) },
    ],
    run: async (c) => {
      const read = await createInvoicesRead(c);
      const pay = await createInvoicesPay(c);
      const created = await createBilling(c, [read.id]);
      return assignPermissionToOrganizationRole(c, { organization_role_id: created.id, permission_id: pay.id });
    },
    expect: (r) => expect(keys(okData(r).permissions)).toEqual(['org:invoices:read', 'org:invoices:pay']),
  },
  {
    name: 'assign a permission a role holds is 409 organization_role_permission_association_exists',
    clerk: [
      { method: 'POST', status: 200, body: INVOICES_READ },
      { method: 'POST', status: 200, body: billing() },
      {
        method: 'POST',
        status: 409,
        body: clerkErrors('organization_role_permission_association_exists', 'permission already assigned to role'),
      },
    ],
    run: async (c) => {
      const read = await createInvoicesRead(c);
      const created = await createBilling(c, [read.id]);
      return assignPermissionToOrganizationRole(c, { organization_role_id: created.id, permission_id: read.id });
    },
    expect: failsWith(409, 'organization_role_permission_association_exists'),
  },
  {
    name: 'remove a permission from a role',
    clerk: [
      { method: 'POST', status: 200, body: INVOICES_READ },
      { method: 'POST', status: 200, body: INVOICES_PAY },
      { method: 'POST', status: 200, body: billing([INVOICES_READ, INVOICES_PAY]) },
      { method: 'DELETE', status: 200, body: billing([INVOICES_READ]) },
    ],
    run: async (c) => {
      const read = await createInvoicesRead(c);
      const pay = await createInvoicesPay(c);
      const created = await createBilling(c, [read.id, pay.id]);
      return removePermissionFromOrganizationRole(c, { organization_role_id: created.id, permission_id: pay.id });
    },
    expect: (r) => expect(keys(okData(r).permissions)).toEqual(['org:invoices:read']),
  },
  {
    name: 'delete a role',
    clerk: [
      { method: 'POST', status: 200, body: billing([]) },
      { method: 'DELETE', status: 200, body: deletedObject({ object: 'role', id: 'role_billing' }) },
    ],
    run: async (c) => deleteOrganizationRole(c, { organization_role_id: (await createBilling(c)).id }),
    expect: (r) => {
      const gone = okData(r);
      expect(gone).toMatchObject({ object: 'role', deleted: true });
      expect(gone.id).toMatch(/^role_/);
    },
  },
  {
    name: 'delete a role a member holds is 422 organization_role_assigned_members',
    clerk: [
      { method: 'POST', status: 200, body: billing([]) },
      { method: 'POST', status: 200, body: member({ id: 'orgmem_new', role: 'org:billing_admin', role_name: 'Billing admin' }, 3) },
      {
        method: 'DELETE',
        status: 422,
        body: clerkErrors('organization_role_assigned_members', 'role is assigned to organization members'),
      },
    ],
    run: async (c) => {
      const created = await createBilling(c, [], true);
      await given(createOrganizationMembership(c, { organization_id: 'org_acme', user_id: 'user_3', role: 'org:billing_admin' }));
      return deleteOrganizationRole(c, { organization_role_id: created.id });
    },
    expect: failsWith(422, 'organization_role_assigned_members'),
  },
  roleNotFound("add a member with the role 'admin' (not org:admin) is 404 resource_not_found, naming role", 'POST', (c) =>
    createOrganizationMembership(c, { organization_id: 'org_acme', user_id: 'user_3', role: 'admin' }),
  ),
  roleNotFound("change a member's role to 'admin' (not org:admin) is 404 resource_not_found, naming role", 'PATCH', (c) =>
    updateOrganizationMembership(c, { organization_id: 'org_acme', user_id: 'user_2', role: 'admin' }),
  ),
  {
    name: 'create a role set',
    clerk: { method: 'POST', status: 200, body: AGENCIES },
    run: (c) =>
      createRoleSet(c, {
        name: 'Agencies',
        key: 'role_set:agencies',
        roles: ['org:admin', 'org:member'],
        default_role_key: 'org:member',
        creator_role_key: 'org:admin',
      }),
    expect: (r) => {
      const set = okData(r);
      expect(set).toMatchObject({
        object: 'role_set',
        name: 'Agencies',
        key: 'role_set:agencies',
        type: 'custom',
        default_role: { key: 'org:member' },
        creator_role: { key: 'org:admin' },
      });
      expect(set.id).toMatch(/^rs_/);
      expect(set.roles.map((x: { key: string; has_members: boolean }) => [x.key, x.has_members])).toEqual([
        ['org:admin', false],
        ['org:member', false],
      ]);
    },
  },
  {
    name: 'get the initial role set by key',
    clerk: { method: 'GET', status: 200, body: DEFAULT_SET },
    run: (c) => getRoleSet(c, { role_set_key_or_id: 'role_set:default' }),
    expect: (r) =>
      expect(okData(r)).toMatchObject({ object: 'role_set', key: 'role_set:default', type: 'initial', creator_role: { key: 'org:admin', members_count: 1 } }),
  },
  {
    name: 'get an unknown role set is 404 resource_not_found',
    clerk: { method: 'GET', status: 404, body: clerkErrors('resource_not_found', 'Resource not found') },
    run: (c) => getRoleSet(c, { role_set_key_or_id: 'role_set:missing' }),
    expect: failsWith(404, 'resource_not_found'),
  },
  {
    name: 'update a role set: name, description and default role',
    clerk: [
      { method: 'POST', status: 200, body: AGENCIES },
      { method: 'PATCH', status: 200, body: roleSet({ ...AGENCIES, name: 'Agency partners', description: 'For partners', default_role: item(ADMIN_ROLE) }) },
    ],
    run: async (c) => {
      await createAgencies(c);
      return updateRoleSet(c, { role_set_key_or_id: 'role_set:agencies', name: 'Agency partners', description: 'For partners', default_role_key: 'org:admin' });
    },
    expect: (r) =>
      expect(okData(r)).toMatchObject({ name: 'Agency partners', key: 'role_set:agencies', description: 'For partners', default_role: { key: 'org:admin' } }),
  },
  {
    name: 'add a role to the initial role set',
    clerk: [
      { method: 'POST', status: 200, body: billing([]) },
      { method: 'POST', status: 200, body: roleSet({ ...DEFAULT_SET, roles: [...DEFAULT_SET.roles, item(billing([]))] }) },
    ],
    run: async (c) => {
      await createBilling(c);
      return addRolesToRoleSet(c, { role_set_key_or_id: 'role_set:default', role_keys: ['org:billing_admin'] });
    },
    expect: (r) => {
      const set = okData(r);
      expect(keys(set.roles)).toEqual(['org:admin', 'org:member', 'org:billing_admin']);
      expect(set.default_role.key).toBe('org:member');
    },
  },
  {
    name: 'replace a role in a role set: its members move to the other role',
    clerk: [
      { method: 'POST', status: 200, body: billing([]) },
      {
        method: 'POST',
        status: 200,
        body: roleSet({ ...DEFAULT_SET, roles: [item(ADMIN_ROLE, 1), item(billing([]), 1)], default_role: item(billing([]), 1) }),
      },
    ],
    run: async (c) => {
      await createBilling(c);
      return replaceRoleInRoleSet(c, { role_set_key_or_id: 'role_set:default', role_key: 'org:member', to_role_key: 'org:billing_admin' });
    },
    expect: (r) => {
      const set = okData(r);
      expect(set.roles.map((x: { key: string; members_count: number }) => [x.key, x.members_count])).toEqual([
        ['org:admin', 1],
        ['org:billing_admin', 1],
      ]);
      expect(set.default_role.key).toBe('org:billing_admin');
    },
  },
  {
    name: 'replace a role set by another',
    clerk: [
      { method: 'POST', status: 200, body: AGENCIES },
      { method: 'POST', status: 200, body: deletedObject({ object: 'role_set', id: AGENCIES.id }) },
    ],
    run: async (c) => {
      await createAgencies(c);
      return replaceRoleSet(c, { role_set_key_or_id: 'role_set:agencies', dest_role_set_key: 'role_set:default' });
    },
    expect: (r) => {
      const gone = okData(r);
      expect(gone).toMatchObject({ object: 'role_set', deleted: true });
      expect(gone.id).toMatch(/^rs_/);
    },
  },
  {
    name: 'replace the initial role set is 403 cannot_delete_initial_role_set',
    clerk: [
      { method: 'POST', status: 200, body: AGENCIES },
      { method: 'POST', status: 403, body: clerkErrors('cannot_delete_initial_role_set', 'cannot delete initial role set') },
    ],
    run: async (c) => {
      await createAgencies(c);
      return replaceRoleSet(c, { role_set_key_or_id: 'role_set:default', dest_role_set_key: 'role_set:agencies' });
    },
    expect: failsWith(403, 'cannot_delete_initial_role_set'),
  },
  {
    name: 'get the instance JWKS: RSA keys with a kid, that verify session tokens',
    clerk: {
      method: 'GET',
      status: 200,
      body: {
        keys: [
          { use: 'sig', kty: 'RSA', kid: 'ins_2g7np7Hrk0SN6kj5EDMLDaKNL0S', alg: 'RS256', n: 'wTtMaBCBC6m3dW0S5O6Cg1RW9S4e7ypiBrtqBv-W5oS9A5vG', e: 'AQAB' },
        ],
      },
    },
    run: (c) => getJwks(c),
    expect: (r) => {
      const { keys = [] } = okData(r);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) {
        expect(key).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', e: 'AQAB' });
        expect(key.kid).toMatch(/^ins_/);
        expect(key.n).toMatch(/^[\w-]+$/);
      }
    },
  },
  {
    name: 'get the organization settings',
    clerk: { method: 'GET', status: 200, body: SETTINGS },
    run: (c) => getInstanceOrganizationSettings(c),
    expect: (r) => {
      const settings = okData(r);
      expect(settings).toMatchObject({
        object: 'organization_settings',
        enabled: true,
        creator_role: 'org:admin',
        domains_default_role: 'org:member',
        initial_role_set_key: 'role_set:default',
      });
      expect(Number.isInteger(settings.max_allowed_memberships)).toBe(true);
    },
  },
  {
    name: 'update the organization settings',
    clerk: {
      method: 'PATCH',
      status: 200,
      body: organizationSettings({
        ...SETTINGS,
        max_allowed_memberships: 10,
        admin_delete_enabled: false,
        domains_enrollment_modes: ['manual_invitation', 'automatic_invitation'],
      }),
    },
    run: (c) =>
      updateInstanceOrganizationSettings(c, { max_allowed_memberships: 10, admin_delete_enabled: false, domains_enrollment_modes: ['automatic_invitation'] }),
    expect: (r) => {
      const settings = okData(r);
      expect(settings).toMatchObject({ max_allowed_memberships: 10, admin_delete_enabled: false, enabled: true });
      expect(settings.domains_enrollment_modes).toContain('automatic_invitation');
      expect(settings.domains_enrollment_modes).not.toContain('automatic_suggestion');
    },
  },
  {
    name: 'make org:admin the domains default role, by id',
    clerk: [
      { method: 'GET', status: 200, body: { data: [ADMIN_ROLE], total_count: 1 } },
      { method: 'PATCH', status: 200, body: organizationSettings({ ...SETTINGS, domains_default_role: 'org:admin' }) },
    ],
    run: async (c) => {
      const [admin] = (await given(listOrganizationRoles(c, { query: 'org:admin' }))).data;
      return updateInstanceOrganizationSettings(c, { domains_default_role_id: admin.id });
    },
    expect: (r) => expect(okData(r)).toMatchObject({ domains_default_role: 'org:admin', creator_role: 'org:admin' }),
  },
  {
    name: 'make org:member the creator role is 422 organization_missing_creator_role_permissions',
    clerk: [
      { method: 'GET', status: 200, body: { data: [MEMBER_ROLE], total_count: 1 } },
      {
        method: 'PATCH',
        status: 422,
        body: clerkErrors('organization_missing_creator_role_permissions', 'missing permissions for creator role'),
      },
    ],
    run: async (c) => {
      const [member] = (await given(listOrganizationRoles(c, { query: 'org:member' }))).data;
      return updateInstanceOrganizationSettings(c, { creator_role_id: member.id });
    },
    expect: failsWith(422, 'organization_missing_creator_role_permissions'),
  },
];

/** The operationIds the contracts sent to the fake, matched against the registry's method and path templates. */
const exercised = new Set<string>();

/** The operations each contract sent to nock, in order: the fake must be sent the same. */
const sentToNock = new Map<string, string[]>();
/** The operationId of each request, failing on one that is no registered operation. */
const operationIds = (requests: { method: string; path: string }[]) =>
  requests.map(({ method, path }) => {
    const operation = operationOf(method, path);
    expect(operation, `${method} ${path} is no registered operation`).toBeDefined();
    return operation!.endpoint.operationId;
  });

describe.each(contracts)('contract: $name', (contract) => {
  it('against nock replaying Clerk', async () => {
    // One interceptor per answer, used in order.
    const records = [contract.clerk].flat().map((answer) => intercept(answer.method, answer.status, answer.body));
    contract.expect(await contract.run(testClient()));
    const seen = records.flatMap((record) => record.seen);
    sentToNock.set(contract.name, operationIds(seen.map(({ method, url }) => ({ method, path: url.pathname + url.search }))));
  });

  it('against the fake Clerk', async () => {
    const { fake, clerk } = fakeClerk({ organizations: [ACME], users: USERS });
    contract.expect(await contract.run(clerk));
    const sent = operationIds(fake.requests);
    for (const operationId of sent) exercised.add(operationId);
    if (sentToNock.has(contract.name)) expect(sent, 'the fake was sent what nock was').toEqual(sentToNock.get(contract.name));
  });
});

// Runs after the contracts (tests in a file run in order): what they sent is in `exercised`.
describe('coverage', () => {
  it('every operation in the registry has a contract', () => {
    const missing = registry()
      .filter((r) => !exercised.has(r.endpoint.operationId))
      .map((r) => r.name);
    expect(missing, 'registered operations no contract calls').toEqual([]);
  });
});
