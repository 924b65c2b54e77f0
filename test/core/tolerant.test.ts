// Real Clerk answers never break a call: null metadata, errors read one by one, the trace id wherever Clerk puts it.
import { toJsonSchema } from '@valibot/to-json-schema';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import {
  deleteOrganizationLogo,
  getOrganization,
  listOrganizations,
  mergeOrganizationMetadata,
  paginateOrganizations,
  replaceOrganizationMetadata,
  updateOrganization,
  uploadOrganizationLogo,
} from '../../src/index.js';
import { expectErr, expectOk } from '../support/expect-result.js';
import { fakeClerk } from '../support/fake-client.js';
import { organization } from '../support/models.js';
import { intercept, testClient, useNock } from '../support/nock.js';
import { SECRET_KEY } from '../support/secret.js';

useNock();

const png = () => new File([new Uint8Array([137, 80, 78, 71])], 'logo.png', { type: 'image/png' });

describe('an organization whose metadata is stored as null', () => {
  const nullOrg = organization({ id: 'org_null', public_metadata: null, private_metadata: null, members_count: null, created_by: null, image_url: null });

  it('get, list and update return it ok, as sent', async () => {
    const clerk = testClient();
    intercept('GET', 200, nullOrg);
    expect(await getOrganization(clerk, { organization_id: 'org_null' })).toEqual({ ok: true, data: nullOrg });
    const page = { data: [organization(), nullOrg, organization({ id: 'org_3' })], total_count: 3 };
    intercept('GET', 200, page);
    expect(await listOrganizations(clerk, {})).toEqual({ ok: true, data: page });
    intercept('PATCH', 200, nullOrg);
    expect(await updateOrganization(clerk, { organization_id: 'org_null', name: 'Acme' })).toEqual({ ok: true, data: nullOrg });
  });

  it('does not stop a pagination: every page and every organization arrives', async () => {
    const clerk = testClient();
    intercept('GET', 200, { data: [organization({ id: 'org_1' }), { ...nullOrg, id: 'org_2' }], total_count: 3 });
    intercept('GET', 200, { data: [{ ...nullOrg, id: 'org_3' }], total_count: 3 });
    const ids: string[] = [];
    for await (const page of paginateOrganizations(clerk, { limit: 2 })) {
      expect(page.ok).toBe(true);
      if (page.ok) ids.push(...page.data.data.map((o) => o.id));
    }
    expect(ids).toEqual(['org_1', 'org_2', 'org_3']);
  });

  it('goes through every function against the fake, seeded with null metadata', async () => {
    const { clerk } = fakeClerk({ organizations: [{ id: 'org_n', name: 'Null Co', slug: 'null-co', public_metadata: null, private_metadata: null }] });
    const got = await getOrganization(clerk, { organization_id: 'null-co' });
    expect([expectOk(got).public_metadata, expectOk(got).private_metadata]).toEqual([null, null]);
    const listed = await listOrganizations(clerk, {});
    expect(expectOk(listed).data.map((o) => o.public_metadata)).toEqual([null]);
    const updated = await updateOrganization(clerk, { organization_id: 'org_n', name: 'Null Inc' });
    expect([expectOk(updated).name, expectOk(updated).public_metadata]).toEqual(['Null Inc', null]);
    const logo = await uploadOrganizationLogo(clerk, { organization_id: 'org_n', file: png() });
    expect([expectOk(logo).has_image, expectOk(logo).public_metadata]).toEqual([true, null]);
    const unlogo = await deleteOrganizationLogo(clerk, { organization_id: 'org_n' });
    expect([expectOk(unlogo).has_image, expectOk(unlogo).private_metadata]).toEqual([false, null]);
    // Merging into a stored null starts from {}; replacing sets what is sent.
    const merged = await mergeOrganizationMetadata(clerk, { organization_id: 'org_n', public_metadata: { plan: 'pro' } });
    expect([expectOk(merged).public_metadata, expectOk(merged).private_metadata]).toEqual([{ plan: 'pro' }, null]);
    const replaced = await replaceOrganizationMetadata(clerk, { organization_id: 'org_n', private_metadata: { crm: 1 } });
    expect([expectOk(replaced).public_metadata, expectOk(replaced).private_metadata]).toEqual([{ plan: 'pro' }, { crm: 1 }]);
  });

  it('is still refused as a metadata request body (the spec requires an object there), and nothing is sent', async () => {
    const clerk = testClient();
    const calls = [
      // @ts-expect-error null is not metadata one can send
      mergeOrganizationMetadata(clerk, { organization_id: 'org_1', public_metadata: null }),
      // @ts-expect-error null is not metadata one can send
      replaceOrganizationMetadata(clerk, { organization_id: 'org_1', private_metadata: null }),
    ];
    for (const r of await Promise.all(calls)) {
      expect(expectErr(r, 'invalid_request').issues[0]!.message).toBe('must be an object');
    }
  });
});

describe('error envelopes are read error by error', () => {
  const readError = async (status: number, body: unknown, headers: Record<string, string> = {}) => {
    intercept('GET', status, body, headers);
    const r = await getOrganization(testClient(), { organization_id: 'org_1' });
    if (r.ok || r.error.type !== 'api') throw new Error(`expected an api error, got ${JSON.stringify(r)}`);
    return r.error;
  };

  it('keeps an error without long_message, with meta null, and extra fields', async () => {
    const body = {
      errors: [
        { code: 'resource_not_found', message: 'not found', meta: null },
        { code: 'form_param_missing', message: 'missing', long_message: null, meta: { param_name: 'name' }, extra: [1] },
      ],
      meta: null,
      clerk_trace_id: 'trace_body',
    };
    const error = await readError(404, body);
    expect(error).toEqual({
      type: 'api',
      endpoint: 'GET /organizations/{organization_id}',
      attempts: 1,
      status: 404,
      message: 'Clerk API answered 404: not found',
      errors: body.errors,
      traceId: 'trace_body',
    });
  });

  it('one malformed error does not hide the others; its well-typed fields stay', async () => {
    const error = await readError(422, {
      errors: [{ code: 42, message: 'bad code', meta: 'not an object', x: 1 }, 'a string', { code: 'ok_code', long_message: 'the long one' }],
      clerk_trace_id: 'trace_2',
    });
    expect(error.errors).toEqual([
      { message: 'bad code', x: 1 },
      { code: 'ok_code', long_message: 'the long one' },
    ]);
    expect(error.message).toBe('Clerk API answered 422: bad code');
    expect(error.traceId).toBe('trace_2');
  });

  it.each([
    ['x-clerk-trace-id', { 'x-clerk-trace-id': 'hdr_1', 'cf-ray': 'ray_1' }, 'hdr_1'],
    ['clerk-trace-id', { 'clerk-trace-id': 'hdr_2', 'cf-ray': 'ray_2' }, 'hdr_2'],
    ['cf-ray', { 'cf-ray': '99a4feba3c9dcd16-LHR' }, '99a4feba3c9dcd16-LHR'],
  ])('with no clerk_trace_id in the body, the trace id comes from the %s header', async (_, headers, expected) => {
    const error = await readError(500, { errors: [{ code: 'internal_clerk_error', message: 'Oops' }] }, headers);
    expect(error.traceId).toBe(expected);
  });

  it("the body's clerk_trace_id wins over the headers", async () => {
    const error = await readError(404, { errors: [], clerk_trace_id: 'from_body' }, { 'x-clerk-trace-id': 'from_header' });
    expect(error.traceId).toBe('from_body');
  });

  it('an HTML 502 from a proxy is an api error with no errors and the header trace id', async () => {
    const error = await readError(502, '<html><body>Bad gateway</body></html>', { 'content-type': 'text/html', 'cf-ray': '8f00aa-AMS' });
    expect(error).toEqual({
      type: 'api',
      endpoint: 'GET /organizations/{organization_id}',
      attempts: 1,
      status: 502,
      message: 'Clerk API answered 502',
      errors: [],
      traceId: '8f00aa-AMS',
    });
  });
});

describe('an answer the schema refuses is not lost', () => {
  it('invalid_response carries the parsed body, the key redacted', async () => {
    const body = { ...organization(), name: 42, echoed: `Bearer ${SECRET_KEY}` };
    intercept('GET', 200, body);
    const r = await getOrganization(testClient(), { organization_id: 'org_1' });
    expect(r.ok).toBe(false);
    if (r.ok || r.error.type !== 'invalid_response') throw new Error('expected invalid_response');
    expect(r.error.issues.map((i) => i.path)).toEqual(['name']);
    expect(r.error.body).toEqual({ ...body, echoed: 'Bearer [redacted]' });
  });
});

describe('every exported schema converts to JSON Schema', () => {
  const schemas = Object.entries(api).filter(([name]) => name.endsWith('Schema'));

  it('there are schemas to convert: every exported one (test/package/exports.test.ts pins their names)', () => {
    expect(schemas.length).toBe(25);
  });

  it.each(schemas)('%s', (_, schema) => {
    const json = toJsonSchema(schema as Parameters<typeof toJsonSchema>[0]);
    expect(json.$schema).toMatch(/json-schema/);
    expect(json.type).toBe('object');
  });

  it('says metadata may be null', () => {
    const json = toJsonSchema(api.OrganizationSchema) as { properties: Record<string, unknown> };
    expect(JSON.stringify(json.properties.public_metadata)).toContain('"null"');
  });
});
