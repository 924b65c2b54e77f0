// Organizations: each function's documented request and answers, and the request details particular to it.
import { describe, expect, it } from 'vitest';
import {
  createOrganization,
  deleteOrganization,
  deleteOrganizationLogo,
  getOrganization,
  listOrganizations,
  mergeOrganizationMetadata,
  replaceOrganizationMetadata,
  updateOrganization,
  uploadOrganizationLogo,
} from '../../src/index.js';
import { describeEndpoints } from '../support/endpoint-cases.js';
import { expectOk } from '../support/expect-result.js';
import { deletedObject, organization } from '../support/models.js';
import { intercept, testClient, useNock } from '../support/nock.js';

useNock();

const org = organization();
const png = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])], 'logo.png', { type: 'image/png' });

describeEndpoints('organizations', [
  {
    name: 'listOrganizations',
    run: (c) => listOrganizations(c, { limit: 2, offset: 4, query: 'ac me', order_by: '-name', include_members_count: true }),
    method: 'GET',
    path: '/v1/organizations',
    query: 'limit=2&offset=4&query=ac+me&order_by=-name&include_members_count=true',
    reply: { data: [org, organization({ id: 'org_2', slug: 'b' })], total_count: 9 },
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
    reply: organization({ name: 'Acme 2' }),
    statuses: [400, 402, 403, 404, 422],
  },
  {
    name: 'mergeOrganizationMetadata',
    run: (c) => mergeOrganizationMetadata(c, { organization_id: 'org_2abc', public_metadata: { a: { b: null } }, private_metadata: { c: 1 } }),
    method: 'PATCH',
    path: '/v1/organizations/org_2abc/metadata',
    json: { public_metadata: { a: { b: null } }, private_metadata: { c: 1 } },
    reply: organization({ public_metadata: { a: {} }, private_metadata: { c: 1 } }),
    statuses: [400, 401, 404, 422],
  },
  {
    name: 'replaceOrganizationMetadata',
    run: (c) => replaceOrganizationMetadata(c, { organization_id: 'org_2abc', private_metadata: { only: true } }),
    method: 'PUT',
    path: '/v1/organizations/org_2abc/metadata',
    json: { private_metadata: { only: true } },
    reply: organization({ private_metadata: { only: true } }),
    statuses: [400, 401, 404, 422],
  },
  {
    name: 'deleteOrganization',
    run: (c) => deleteOrganization(c, { organization_id: 'org_2abc' }),
    method: 'DELETE',
    path: '/v1/organizations/org_2abc',
    reply: deletedObject(),
    statuses: [404],
  },
  {
    name: 'uploadOrganizationLogo',
    run: (c) => uploadOrganizationLogo(c, { organization_id: 'org_2abc', file: png(), uploader_user_id: 'user_1' }),
    method: 'PUT',
    path: '/v1/organizations/org_2abc/logo',
    reply: organization({ has_image: true, image_url: 'https://img.clerk.com/logo.png' }),
    statuses: [400, 403, 404, 413],
  },
  {
    name: 'deleteOrganizationLogo',
    run: (c) => deleteOrganizationLogo(c, { organization_id: 'org_2abc' }),
    method: 'DELETE',
    path: '/v1/organizations/org_2abc/logo',
    reply: organization({ has_image: false }),
    statuses: [404],
  },
]);

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
    const { seen } = intercept('GET', 200, organization({ members_count: 3, missing_member_with_elevated_permissions: true }));
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

  it('uploadOrganizationLogo sends multipart with the file part and uploader_user_id', async () => {
    const parts: { file?: File; uploader?: unknown; contentType?: string | null } = {};
    const reply = organization({ has_image: true });
    const { seen } = intercept('PUT', 200, reply);
    const result = await uploadOrganizationLogo(testClient(), { organization_id: 'org_2abc', file: png(), uploader_user_id: 'user_9' });
    expect(result).toEqual({ ok: true, data: reply });
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
    const reply = organization({ has_image: true });
    const { seen } = intercept('PUT', 200, reply);
    const result = await uploadOrganizationLogo(testClient(), { organization_id: 'org_2abc', file: new Blob(['GIF89a'], { type: 'image/gif' }) });
    expect(result).toEqual({ ok: true, data: reply });
    const req = seen[0]!;
    const form = await new Response(req.bytes, { headers: { 'content-type': req.headers.get('content-type')! } }).formData();
    expect((form.get('file') as File).name).toBe('logo');
    expect((form.get('file') as File).type).toBe('image/gif');
    expect(form.has('uploader_user_id')).toBe(false);
  });
});
