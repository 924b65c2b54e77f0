// The same calls and the same assertions against two backends: nock replaying
// what Clerk's spec says it answers, and the in-memory fake. If the fake, the
// client or the canned answers drift from the spec, one side fails. Every
// operation in the registry has a contract: the last test fails otherwise.
import { describe, expect, it } from 'vitest';
import {
  bulkCreateOrganizationInvitations,
  type ClerkClient,
  createOrganization,
  createOrganizationDomain,
  createOrganizationInvitation,
  createOrganizationMembership,
  deleteOrganization,
  deleteOrganizationDomain,
  deleteOrganizationLogo,
  deleteOrganizationMembership,
  getOrganization,
  getOrganizationInvitation,
  listInstanceOrganizationDomains,
  listInstanceOrganizationInvitations,
  listInstanceOrganizationMemberships,
  listOrganizationDomains,
  listOrganizationInvitations,
  listOrganizationMemberships,
  listOrganizations,
  listUserOrganizationInvitations,
  listUserOrganizationMemberships,
  mergeOrganizationMembershipMetadata,
  mergeOrganizationMetadata,
  type Organization,
  type RequestError,
  type Result,
  replaceOrganizationMetadata,
  revokeOrganizationInvitation,
  updateOrganization,
  updateOrganizationDomain,
  updateOrganizationMembership,
  uploadOrganizationLogo,
  verifyOrganizationDomainOwnership,
} from '../../src/index.js';
import { registry } from '../../src/registry.js';
import type { SeedOrganization, SeedUser } from '../../src/testing/index.js';
import { fakeClerk } from '../support/fake-client.js';
import { clerkErrors, deletedObject, domain, invitation, membership, organization, publicUserData } from '../support/models.js';
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

interface Contract {
  name: string;
  /** The answer Clerk gives, for nock to replay. */
  clerk: { method: string; status: number; body: unknown };
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
    expect: (r) => {
      const e = apiError(r);
      expect(e.status).toBe(422);
      expect(e.errors[0]!.code).toBe('form_identifier_exists');
    },
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
    expect: (r) => {
      const e = apiError(r);
      expect(e.status).toBe(404);
      expect(e.errors[0]!.code).toBe('resource_not_found');
    },
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
];

/** The operationIds the contracts sent to the fake, matched against the registry's method and path templates. */
const exercised = new Set<string>();

describe.each(contracts)('contract: $name', (contract) => {
  it('against nock replaying Clerk', async () => {
    intercept(contract.clerk.method, contract.clerk.status, contract.clerk.body);
    contract.expect(await contract.run(testClient()));
  });

  it('against the fake Clerk', async () => {
    const { fake, clerk } = fakeClerk({ organizations: [ACME], users: USERS });
    contract.expect(await contract.run(clerk));
    for (const { method, path } of fake.requests) {
      const operation = operationOf(method, path);
      expect(operation, `${method} ${path} is no registered operation`).toBeDefined();
      exercised.add(operation!.endpoint.operationId);
    }
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
