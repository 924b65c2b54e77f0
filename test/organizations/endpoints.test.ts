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
  type RequestError,
  type Result,
  replaceOrganizationMetadata,
  revokeOrganizationInvitation,
  updateOrganization,
  updateOrganizationDomain,
  updateOrganizationMembership,
  uploadOrganizationLogo,
  verifyOrganizationDomainOwnership,
} from '../src/index.js';
import { clerkErrors, domainFixture, intercept, invitationFixture, membershipFixture, orgFixture, SECRET_KEY, testClient, useNock } from './helpers.js';
import { expectErr, expectOk } from './support/expect-result.js';

useNock();

const org = orgFixture();
const member = membershipFixture();
const invitation = invitationFixture();
const domain = domainFixture();
const png = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])], 'logo.png', { type: 'image/png' });

interface Case {
  name: string;
  run: (client: ClerkClient) => Promise<Result<unknown, RequestError>>;
  method: string;
  path: string;
  /** The query string expected, without `?`. */
  query?: string;
  /** The JSON body expected. */
  json?: unknown;
  reply: unknown;
  statuses: number[];
}

const cases: Case[] = [
  {
    name: 'listOrganizations',
    run: (c) => listOrganizations(c, { limit: 2, offset: 4, query: 'ac me', order_by: '-name', include_members_count: true }),
    method: 'GET',
    path: '/v1/organizations',
    query: 'limit=2&offset=4&query=ac+me&order_by=-name&include_members_count=true',
    reply: { data: [org, orgFixture({ id: 'org_2', slug: 'b' })], total_count: 9 },
    statuses: [400, 403, 422],
  },
  {
    name: 'getOrganization',
    run: (c) => getOrganization(c, { organization_id: 'org_2abc' }),
    method: 'GET',
    path: '/v1/organizations/org_2abc',
    reply: org,
    statuses: [403, 404],
  },
  {
    name: 'createOrganization',
    run: (c) =>
      createOrganization(c, {
        name: 'Acme',
        slug: 'acme',
        created_by: 'user_1',
        max_allowed_memberships: 5,
        public_metadata: { plan: 'pro' },
        private_metadata: { crm: 1 },
        role_set_key: null,
        created_at: '2012-10-20T07:15:20.902Z',
      }),
    method: 'POST',
    path: '/v1/organizations',
    json: {
      name: 'Acme',
      slug: 'acme',
      created_by: 'user_1',
      max_allowed_memberships: 5,
      public_metadata: { plan: 'pro' },
      private_metadata: { crm: 1 },
      role_set_key: null,
      created_at: '2012-10-20T07:15:20.902Z',
    },
    reply: org,
    statuses: [400, 402, 403, 422],
  },
  {
    name: 'updateOrganization',
    run: (c) => updateOrganization(c, { organization_id: 'org_2abc', name: 'Acme 2', admin_delete_enabled: false, slug: null }),
    method: 'PATCH',
    path: '/v1/organizations/org_2abc',
    json: { name: 'Acme 2', admin_delete_enabled: false, slug: null },
    reply: orgFixture({ name: 'Acme 2' }),
    statuses: [400, 402, 403, 404, 422],
  },
  {
    name: 'mergeOrganizationMetadata',
    run: (c) => mergeOrganizationMetadata(c, { organization_id: 'org_2abc', public_metadata: { a: { b: null } }, private_metadata: { c: 1 } }),
    method: 'PATCH',
    path: '/v1/organizations/org_2abc/metadata',
    json: { public_metadata: { a: { b: null } }, private_metadata: { c: 1 } },
    reply: orgFixture({ public_metadata: { a: {} }, private_metadata: { c: 1 } }),
    statuses: [400, 401, 404, 422],
  },
  {
    name: 'replaceOrganizationMetadata',
    run: (c) => replaceOrganizationMetadata(c, { organization_id: 'org_2abc', private_metadata: { only: true } }),
    method: 'PUT',
    path: '/v1/organizations/org_2abc/metadata',
    json: { private_metadata: { only: true } },
    reply: orgFixture({ private_metadata: { only: true } }),
    statuses: [400, 401, 404, 422],
  },
  {
    name: 'deleteOrganization',
    run: (c) => deleteOrganization(c, { organization_id: 'org_2abc' }),
    method: 'DELETE',
    path: '/v1/organizations/org_2abc',
    reply: { object: 'organization', id: 'org_2abc', deleted: true },
    statuses: [404],
  },
  {
    name: 'uploadOrganizationLogo',
    run: (c) => uploadOrganizationLogo(c, { organization_id: 'org_2abc', file: png(), uploader_user_id: 'user_1' }),
    method: 'PUT',
    path: '/v1/organizations/org_2abc/logo',
    reply: orgFixture({ has_image: true, image_url: 'https://img.clerk.com/logo.png' }),
    statuses: [400, 403, 404, 413],
  },
  {
    name: 'deleteOrganizationLogo',
    run: (c) => deleteOrganizationLogo(c, { organization_id: 'org_2abc' }),
    method: 'DELETE',
    path: '/v1/organizations/org_2abc/logo',
    reply: orgFixture({ has_image: false }),
    statuses: [404],
  },
  {
    name: 'createOrganizationMembership',
    run: (c) => createOrganizationMembership(c, { organization_id: 'org_2abc', user_id: 'user_1', role: 'org:member', public_metadata: { team: 'a' } }),
    method: 'POST',
    path: '/v1/organizations/org_2abc/memberships',
    json: { user_id: 'user_1', role: 'org:member', public_metadata: { team: 'a' } },
    reply: member,
    statuses: [400, 403, 404, 422],
  },
  {
    name: 'listOrganizationMemberships',
    run: (c) =>
      listOrganizationMemberships(c, {
        organization_id: 'org_2abc',
        order_by: '-first_name',
        user_id: ['user_1', 'user_2'],
        email_address: ['a+b@example.com'],
        phone_number: ['+15555550100'],
        username: ['ada'],
        web3_wallet: ['0xabc'],
        role: ['org:admin', 'org:member'],
        query: 'ad a',
        email_address_query: 'example',
        phone_number_query: '555',
        username_query: 'ad',
        name_query: 'Lovelace',
        last_active_at_before: 1_700_000_000_001,
        last_active_at_after: 1_600_000_000_000,
        created_at_before: 1_700_000_000_002,
        created_at_after: 1_600_000_000_001,
        limit: 50,
        offset: 100,
      }),
    method: 'GET',
    path: '/v1/organizations/org_2abc/memberships',
    query:
      'order_by=-first_name&user_id=user_1&user_id=user_2&email_address=a%2Bb%40example.com&phone_number=%2B15555550100&username=ada&web3_wallet=0xabc' +
      '&role=org%3Aadmin&role=org%3Amember&query=ad+a&email_address_query=example&phone_number_query=555&username_query=ad&name_query=Lovelace' +
      '&last_active_at_before=1700000000001&last_active_at_after=1600000000000&created_at_before=1700000000002&created_at_after=1600000000001&limit=50&offset=100',
    reply: { data: [member, membershipFixture({ id: 'orgmem_2' })], total_count: 102 },
    statuses: [401, 422],
  },
  {
    name: 'updateOrganizationMembership',
    run: (c) => updateOrganizationMembership(c, { organization_id: 'org_2abc', user_id: 'user/1', role: 'org:admin' }),
    method: 'PATCH',
    path: '/v1/organizations/org_2abc/memberships/user%2F1',
    json: { role: 'org:admin' },
    reply: membershipFixture({ role: 'org:admin' }),
    statuses: [404, 422],
  },
  {
    name: 'deleteOrganizationMembership',
    run: (c) => deleteOrganizationMembership(c, { organization_id: 'org_2abc', user_id: 'user_1' }),
    method: 'DELETE',
    path: '/v1/organizations/org_2abc/memberships/user_1',
    reply: member,
    statuses: [401, 404, 422],
  },
  {
    name: 'mergeOrganizationMembershipMetadata',
    run: (c) => mergeOrganizationMembershipMetadata(c, { organization_id: 'org_2abc', user_id: 'user_1', private_metadata: { seat: 3, old: null } }),
    method: 'PATCH',
    path: '/v1/organizations/org_2abc/memberships/user_1/metadata',
    json: { private_metadata: { seat: 3, old: null } },
    reply: membershipFixture({ private_metadata: { seat: 3 } }),
    statuses: [400, 404, 422],
  },
  {
    name: 'listInstanceOrganizationMemberships',
    run: (c) => listInstanceOrganizationMemberships(c, { order_by: '+created_at', limit: 20, offset: 40 }),
    method: 'GET',
    path: '/v1/organization_memberships',
    query: 'order_by=%2Bcreated_at&limit=20&offset=40',
    reply: { data: [member], total_count: 41 },
    statuses: [400, 401, 422, 500],
  },
  {
    name: 'listUserOrganizationMemberships',
    run: (c) => listUserOrganizationMemberships(c, { user_id: 'user_1', limit: 5 }),
    method: 'GET',
    path: '/v1/users/user_1/organization_memberships',
    query: 'limit=5',
    reply: { data: [member], total_count: 1 },
    statuses: [403],
  },
  {
    name: 'createOrganizationInvitation',
    run: (c) =>
      createOrganizationInvitation(c, { organization_id: 'org_2abc', email_address: 'ada@example.com', role: 'org:member', expires_in_days: 7, notify: false }),
    method: 'POST',
    path: '/v1/organizations/org_2abc/invitations',
    json: { email_address: 'ada@example.com', role: 'org:member', expires_in_days: 7, notify: false },
    reply: invitation,
    statuses: [400, 402, 403, 404, 422],
  },
  {
    name: 'bulkCreateOrganizationInvitations',
    run: (c) =>
      bulkCreateOrganizationInvitations(c, {
        organization_id: 'org_2abc',
        invitations: [
          { email_address: 'ada@example.com', role: 'org:member' },
          { email_address: 'bob@example.com', role: 'org:admin', public_metadata: { team: 'b' } },
        ],
      }),
    method: 'POST',
    path: '/v1/organizations/org_2abc/invitations/bulk',
    json: [
      { email_address: 'ada@example.com', role: 'org:member' },
      { email_address: 'bob@example.com', role: 'org:admin', public_metadata: { team: 'b' } },
    ],
    reply: { data: [invitation, invitationFixture({ id: 'orginv_2', email_address: 'bob@example.com' })], total_count: 2 },
    statuses: [400, 403, 404, 422],
  },
  {
    name: 'listOrganizationInvitations',
    run: (c) =>
      listOrganizationInvitations(c, {
        organization_id: 'org_2abc',
        status: 'pending',
        email_address: 'a+b@example.com',
        order_by: '-email_address',
        limit: 3,
      }),
    method: 'GET',
    path: '/v1/organizations/org_2abc/invitations',
    query: 'status=pending&email_address=a%2Bb%40example.com&order_by=-email_address&limit=3',
    reply: { data: [invitation], total_count: 1 },
    statuses: [400, 404, 422],
  },
  {
    name: 'getOrganizationInvitation',
    run: (c) => getOrganizationInvitation(c, { organization_id: 'org_2abc', invitation_id: 'orginv_1' }),
    method: 'GET',
    path: '/v1/organizations/org_2abc/invitations/orginv_1',
    reply: invitation,
    statuses: [400, 403, 404],
  },
  {
    name: 'revokeOrganizationInvitation',
    run: (c) => revokeOrganizationInvitation(c, { organization_id: 'org_2abc', invitation_id: 'orginv_1', requesting_user_id: 'user_1' }),
    method: 'POST',
    path: '/v1/organizations/org_2abc/invitations/orginv_1/revoke',
    json: { requesting_user_id: 'user_1' },
    reply: invitationFixture({ status: 'revoked' }),
    statuses: [400, 403, 404],
  },
  {
    name: 'listInstanceOrganizationInvitations',
    run: (c) => listInstanceOrganizationInvitations(c, { status: 'accepted', query: 'example', order_by: 'created_at', offset: 10 }),
    method: 'GET',
    path: '/v1/organization_invitations',
    query: 'status=accepted&query=example&order_by=created_at&offset=10',
    reply: { data: [invitationFixture({ public_organization_data: { id: 'org_2abc', name: 'Acme', slug: 'acme', has_image: false } })], total_count: 11 },
    statuses: [400, 404, 422, 500],
  },
  {
    name: 'listUserOrganizationInvitations',
    run: (c) => listUserOrganizationInvitations(c, { user_id: 'user_1', status: 'pending' }),
    method: 'GET',
    path: '/v1/users/user_1/organization_invitations',
    query: 'status=pending',
    reply: { data: [invitationFixture({ public_organization_data: null })], total_count: 1 },
    statuses: [400, 403, 404],
  },
  {
    name: 'createOrganizationDomain',
    run: (c) => createOrganizationDomain(c, { organization_id: 'org_2abc', name: 'example.com', enrollment_mode: 'automatic_suggestion', verified: false }),
    method: 'POST',
    path: '/v1/organizations/org_2abc/domains',
    json: { name: 'example.com', enrollment_mode: 'automatic_suggestion', verified: false },
    reply: domain,
    statuses: [400, 403, 404, 422],
  },
  {
    name: 'listOrganizationDomains',
    run: (c) => listOrganizationDomains(c, { organization_id: 'org_2abc', verified: true, enrollment_mode: 'manual_invitation', limit: 20 }),
    method: 'GET',
    path: '/v1/organizations/org_2abc/domains',
    query: 'verified=true&enrollment_mode=manual_invitation&limit=20',
    reply: { data: [domain], total_count: 1 },
    statuses: [401, 422],
  },
  {
    name: 'updateOrganizationDomain',
    run: (c) => updateOrganizationDomain(c, { organization_id: 'org_2abc', domain_id: 'orgdmn_1', enrollment_mode: 'automatic_invitation' }),
    method: 'PATCH',
    path: '/v1/organizations/org_2abc/domains/orgdmn_1',
    json: { enrollment_mode: 'automatic_invitation' },
    reply: domainFixture({ enrollment_mode: 'automatic_invitation' }),
    statuses: [400, 403, 404, 422],
  },
  {
    name: 'deleteOrganizationDomain',
    run: (c) => deleteOrganizationDomain(c, { organization_id: 'org_2abc', domain_id: 'orgdmn_1' }),
    method: 'DELETE',
    path: '/v1/organizations/org_2abc/domains/orgdmn_1',
    reply: { object: 'organization_domain', id: 'orgdmn_1', deleted: true },
    statuses: [400, 401, 403, 404],
  },
  {
    name: 'verifyOrganizationDomainOwnership',
    run: (c) => verifyOrganizationDomainOwnership(c, { organization_id: 'org_2abc', domain_id: 'orgdmn_1' }),
    method: 'POST',
    path: '/v1/organizations/org_2abc/domains/orgdmn_1/verify_ownership',
    reply: domainFixture({
      ownership_verification: { status: 'verified', strategy: 'dns_record', attempts: 1, expire_at: null, verified_at: 1_700_000_000_001 },
    }),
    statuses: [401, 403, 404],
  },
  {
    name: 'listInstanceOrganizationDomains',
    run: (c) =>
      listInstanceOrganizationDomains(c, {
        organization_id: 'org_2abc',
        verified: false,
        enrollment_mode: ['automatic_invitation', '-enterprise_sso'],
        query: 'exa',
        domains: ['example.com', 'example.org'],
        order_by: '-name',
        offset: 0,
        limit: 50,
      }),
    method: 'GET',
    path: '/v1/organization_domains',
    query:
      'organization_id=org_2abc&verified=false&enrollment_mode=automatic_invitation&enrollment_mode=-enterprise_sso&query=exa&domains=example.com&domains=example.org&order_by=-name&offset=0&limit=50',
    reply: { data: [domain], total_count: 1 },
    statuses: [401, 403, 422],
  },
];

describe.each(cases)('$name', (c) => {
  it('sends the documented request and returns the typed data', async () => {
    const { seen } = intercept(c.method, 200, c.reply);
    const result = await c.run(testClient());
    expect(result).toEqual({ ok: true, data: c.reply });
    expect(seen).toHaveLength(1);
    const [req] = seen;
    expect(req!.method).toBe(c.method);
    expect(req!.url.pathname).toBe(c.path);
    expect(req!.url.search).toBe(c.query ? `?${c.query}` : '');
    expect(req!.headers.get('authorization')).toBe(`Bearer ${SECRET_KEY}`);
    expect(req!.headers.get('clerk-api-version')).toBe('2026-05-12');
    if (c.json !== undefined) {
      expect(req!.headers.get('content-type')).toBe('application/json');
      expect(JSON.parse(req!.body)).toEqual(c.json);
    } else if (c.method !== 'PUT') {
      expect(req!.body).toBe('');
    }
  });

  it.each(c.statuses)('maps a documented %i to an api error with Clerk errors and trace id', async (status) => {
    intercept(c.method, status, clerkErrors(`code_${status}`, `failed with ${status}`, `trace_${status}`));
    const result = await c.run(testClient());
    expect(result).toEqual({
      ok: false,
      error: {
        type: 'api',
        status,
        message: `Clerk API answered ${status}: failed with ${status} (long)`,
        errors: [{ code: `code_${status}`, message: `failed with ${status}`, long_message: `failed with ${status} (long)`, meta: {} }],
        traceId: `trace_${status}`,
      },
    });
  });

  it('keeps response fields the schema does not know', async () => {
    const withExtra = JSON.parse(JSON.stringify(c.reply));
    withExtra.brand_new_field = { nested: [1, 2] };
    if (Array.isArray(withExtra.data)) withExtra.data[0].also_new = 'x';
    intercept(c.method, 200, withExtra);
    const result = await c.run(testClient());
    expect(result).toEqual({ ok: true, data: withExtra });
  });

  it('returns invalid_response for a 2xx body of the wrong shape', async () => {
    intercept(c.method, 200, { object: 'something_else', id: 42 });
    const result = await c.run(testClient());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.type).toBe('invalid_response');
    if (result.error.type !== 'invalid_response') return;
    expect(result.error.status).toBe(200);
    expect(result.error.issues.length).toBeGreaterThan(0);
  });
});

describe('request details', () => {
  it('listOrganizations sends user_id and organization_id as repeated keys, + encoded', async () => {
    const { seen } = intercept('GET', 200, { data: [], total_count: 0 });
    const result = await listOrganizations(testClient(), {
      organization_id: ['+org_1', '-org_2'],
      user_id: ['user_1', 'user_2'],
      include_missing_member_with_elevated_permissions: false,
    });
    expect(result).toEqual({ ok: true, data: { data: [], total_count: 0 } });
    const params = seen[0]!.url.searchParams;
    expect(params.getAll('organization_id')).toEqual(['+org_1', '-org_2']);
    expect(params.getAll('user_id')).toEqual(['user_1', 'user_2']);
    expect(params.get('include_missing_member_with_elevated_permissions')).toBe('false');
    expect(seen[0]!.url.search).toContain('organization_id=%2Borg_1&organization_id=-org_2');
  });

  it('listOrganizations with no params sends no query', async () => {
    const { seen } = intercept('GET', 200, { data: [], total_count: 0 });
    expect((await listOrganizations(testClient())).ok).toBe(true);
    expect(seen[0]!.url.search).toBe('');
  });

  it('getOrganization by slug with both flags', async () => {
    const { seen } = intercept('GET', 200, orgFixture({ members_count: 3, missing_member_with_elevated_permissions: true }));
    const result = await getOrganization(testClient(), {
      organization_id: 'acme',
      include_members_count: true,
      include_missing_member_with_elevated_permissions: true,
    });
    expect(expectOk(result).members_count).toBe(3);
    expect(seen[0]!.url.pathname).toBe('/v1/organizations/acme');
    expect(Object.fromEntries(seen[0]!.url.searchParams)).toEqual({
      include_members_count: 'true',
      include_missing_member_with_elevated_permissions: 'true',
    });
  });

  it('percent-encodes path segments: a/b?c#d stays one segment with no query', async () => {
    const { seen } = intercept('GET', 200, org);
    await getOrganization(testClient(), { organization_id: 'a/b?c#d' });
    expect(seen[0]!.url.pathname).toBe('/v1/organizations/a%2Fb%3Fc%23d');
    expect(seen[0]!.url.search).toBe('');
  });

  it('uploadOrganizationLogo sends multipart with the file part and uploader_user_id', async () => {
    const parts: { file?: File; uploader?: unknown; contentType?: string | null } = {};
    const { seen } = intercept('PUT', 200, orgFixture({ has_image: true }));
    const result = await uploadOrganizationLogo(testClient(), { organization_id: 'org_2abc', file: png(), uploader_user_id: 'user_9' });
    expect(result.ok).toBe(true);
    const req = seen[0]!;
    parts.contentType = req.headers.get('content-type');
    const form = await new Response(req.bytes, { headers: { 'content-type': parts.contentType! } }).formData();
    parts.file = form.get('file') as File;
    parts.uploader = form.get('uploader_user_id');
    expect(parts.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(parts.file.name).toBe('logo.png');
    expect(parts.file.type).toBe('image/png');
    expect(new Uint8Array(await parts.file.arrayBuffer())).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
    expect(parts.uploader).toBe('user_9');
  });

  it('uploadOrganizationLogo names a plain Blob "logo" and leaves out uploader_user_id when not given', async () => {
    const { seen } = intercept('PUT', 200, orgFixture({ has_image: true }));
    await uploadOrganizationLogo(testClient(), { organization_id: 'org_2abc', file: new Blob(['GIF89a'], { type: 'image/gif' }) });
    const req = seen[0]!;
    const form = await new Response(req.bytes, { headers: { 'content-type': req.headers.get('content-type')! } }).formData();
    expect((form.get('file') as File).name).toBe('logo');
    expect((form.get('file') as File).type).toBe('image/gif');
    expect(form.has('uploader_user_id')).toBe(false);
  });

  it('sends per-call and client headers, never letting them replace Authorization', async () => {
    const { seen } = intercept('GET', 200, org);
    const client = testClient({ headers: { 'x-app': 'demo', Authorization: 'Bearer other' } });
    await getOrganization(
      client,
      { organization_id: 'org_2abc' },
      { headers: { 'x-request-id': 'r1', AUTHORIZATION: 'Bearer per-call', 'clerk-api-version': '1999-01-01' } },
    );
    expect(seen[0]!.headers.get('x-app')).toBe('demo');
    expect(seen[0]!.headers.get('x-request-id')).toBe('r1');
    expect(seen[0]!.headers.get('authorization')).toBe(`Bearer ${SECRET_KEY}`);
    expect(seen[0]!.headers.get('clerk-api-version')).toBe('2026-05-12');
  });

  it('per-call headers parsed from JSON with a __proto__ key are refused, and nothing is sent', async () => {
    const headers = JSON.parse('{"__proto__": {"authorization": "Bearer smuggled", "clerk-api-version": "1999-01-01"}, "x-ok": "1"}');
    const r = await getOrganization(testClient(), { organization_id: 'org_2abc' }, { headers });
    expect(expectErr(r, 'invalid_request').issues).toEqual([
      { path: 'options.headers', message: '__proto__ must be a string without line breaks or characters beyond Latin-1' },
    ]);
  });

  it('takes headers as pairs or a Headers, and none of them replaces Authorization', async () => {
    const { seen } = intercept('GET', 200, org, {}, 2);
    const client = testClient({
      headers: [
        ['X-App', 'demo'],
        ['authorization', 'Bearer other'],
      ],
    });
    await getOrganization(client, { organization_id: 'org_2abc' }, { headers: new Headers({ 'x-request-id': 'r1', Authorization: 'Bearer per-call' }) });
    await getOrganization(client, { organization_id: 'org_2abc' }, { headers: [['Clerk-API-Version', '1999-01-01']] });
    for (const req of seen) {
      expect(req.headers.get('x-app')).toBe('demo');
      expect(req.headers.get('authorization')).toBe(`Bearer ${SECRET_KEY}`);
      expect(req.headers.get('clerk-api-version')).toBe('2026-05-12');
    }
    expect(seen[0]!.headers.get('x-request-id')).toBe('r1');
  });

  it('sends apiVersion as Clerk-API-Version', async () => {
    const { seen } = intercept('GET', 200, org);
    await getOrganization(testClient({ apiVersion: '2025-11-10' }), { organization_id: 'org_2abc' });
    expect(seen[0]!.headers.get('clerk-api-version')).toBe('2025-11-10');
  });
});
