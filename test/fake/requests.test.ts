// `fake.requests` (issue #20): method and path as before, and now the query and the body (JSON text, a
// description of a multipart form), at most 64 KiB of it, in the order the requests came, refused ones too.
import { describe, expect, it } from 'vitest';
import { createOrganization, createOrganizationMembership, getOrganization, listOrganizationMemberships, uploadOrganizationLogo } from '../../src/index.js';
import { createFakeClerk } from '../../src/testing/index.js';
import { expectOk } from '../support/expect-result.js';
import { fakeClerk } from '../support/fake-client.js';

const BASE = 'https://api.clerk.com/v1';
const AUTH = { authorization: 'Bearer sk_test_requests' };
const KIB64 = 64 * 1024;

describe('fake.requests', () => {
  it('a request without query or body is still just { method, path }', async () => {
    const { fake, clerk } = fakeClerk({ organizations: [{ id: 'org_1', name: 'Acme' }] });
    expectOk(await getOrganization(clerk, { organization_id: 'org_1' }));
    expect(fake.requests).toEqual([{ method: 'GET', path: '/v1/organizations/org_1' }]);
    expect(Object.keys(fake.requests[0]!)).toEqual(['method', 'path']);
  });

  it('records the query, every value of a repeated name in order', async () => {
    const { fake, clerk } = fakeClerk({ organizations: [{ id: 'org_1', name: 'Acme' }] });
    expectOk(await listOrganizationMemberships(clerk, { organization_id: 'org_1', user_id: ['+u1', '-u2'], role: ['org:admin'], limit: 20 }));
    const [request] = fake.requests;
    expect(request!.path).toMatch(/^\/v1\/organizations\/org_1\/memberships\?/);
    expect(request!.query).toEqual({ user_id: ['+u1', '-u2'], role: ['org:admin'], limit: ['20'] });
    expect(request!.body).toBeUndefined();
  });

  it('keeps every query name as plain data, __proto__ too', async () => {
    const fake = createFakeClerk();
    await fake.fetch(`${BASE}/organizations?__proto__=x&constructor=y&limit=1`, { headers: AUTH });
    const { query } = fake.requests[0]!;
    expect(Object.keys(query!)).toEqual(['__proto__', 'constructor', 'limit']);
    expect(Object.getOwnPropertyDescriptor(query, '__proto__')?.value).toEqual(['x']);
    expect(Object.getPrototypeOf(query)).toBe(Object.prototype);
  });

  it('records a JSON body as the text sent', async () => {
    // user_2, not the creator: the creator is already a member, and that membership would be refused.
    const { fake, clerk } = fakeClerk({ users: [{ id: 'user_1' }, { id: 'user_2' }] });
    const org = expectOk(await createOrganization(clerk, { name: 'Acme', created_by: 'user_1', public_metadata: { plan: 'pro' } }));
    expectOk(await createOrganizationMembership(clerk, { organization_id: org.id, user_id: 'user_2', role: 'org:member' }));
    expectOk(await getOrganization(clerk, { organization_id: org.id }));
    const [create, add, get] = fake.requests;
    expect(create).toMatchObject({ method: 'POST', path: '/v1/organizations' });
    expect(JSON.parse(create!.body!)).toEqual({ name: 'Acme', created_by: 'user_1', public_metadata: { plan: 'pro' } });
    expect(add).toMatchObject({ method: 'POST', path: `/v1/organizations/${org.id}/memberships` });
    expect(JSON.parse(add!.body!)).toEqual({ user_id: 'user_2', role: 'org:member' });
    expect(get!.body).toBeUndefined();
  });

  it('records requests the fake refuses: an injected failure, a bad key, a bad body', async () => {
    const fake = createFakeClerk();
    fake.failNext(503);
    const statuses = [
      await fake.fetch(`${BASE}/organizations`, { method: 'POST', headers: AUTH, body: '{"name":"A"}' }),
      await fake.fetch(`${BASE}/organizations`, { method: 'POST', body: '{"name":"B"}' }),
      await fake.fetch(`${BASE}/organizations`, { method: 'POST', headers: AUTH, body: 'not json' }),
      await fake.fetch(`${BASE}/organizations`, { method: 'POST', headers: AUTH, body: '' }),
    ].map((res) => res.status);
    // Refused all four (the injected 503, no key, a body that is not JSON, an empty one), and recorded all four.
    expect(statuses).toEqual([503, 401, 400, 422]);
    expect(fake.requests.map((r) => r.body)).toEqual(['{"name":"A"}', '{"name":"B"}', 'not json', '']);
  });

  it('describes a multipart logo upload: field names, text values, file name, type and size', async () => {
    const { fake, clerk } = fakeClerk({ organizations: [{ id: 'org_1', name: 'Acme' }] });
    const file = new File([new Uint8Array(1234)], 'logo.png', { type: 'image/png' });
    expectOk(await uploadOrganizationLogo(clerk, { organization_id: 'org_1', file, uploader_user_id: 'user_1' }));
    const [upload] = fake.requests;
    expect(upload).toMatchObject({ method: 'PUT', path: '/v1/organizations/org_1/logo' });
    expect(upload!.body).toMatch(/^multipart\/form-data: /);
    expect(upload!.body).toContain('file="logo.png" (image/png, 1234 bytes)');
    expect(upload!.body).toContain('uploader_user_id="user_1"');
  });

  it('shortens a long text field of a form to 200 characters, saying how long it was', async () => {
    const fake = createFakeClerk({ organizations: [{ id: 'org_1', name: 'Acme' }] });
    const form = new FormData();
    form.append('uploader_user_id', 'u'.repeat(300));
    await fake.fetch(`${BASE}/organizations/org_1/logo`, { method: 'PUT', headers: AUTH, body: form });
    expect(fake.requests[0]!.body).toBe(`multipart/form-data: uploader_user_id="${'u'.repeat(200)}…" (300 characters)`);
  });

  it('describes a form too large to parse by its size alone, and still answers as before (413)', async () => {
    const fake = createFakeClerk({ organizations: [{ id: 'org_1', name: 'Acme' }] });
    const form = new FormData();
    form.append('file', new File([new Uint8Array(11 * 1024 * 1024)], 'big.png', { type: 'image/png' }));
    const res = await fake.fetch(`${BASE}/organizations/org_1/logo`, { method: 'PUT', headers: AUTH, body: form });
    expect(res.status).toBe(413);
    expect(fake.requests[0]!.body).toMatch(/^multipart\/form-data: \d+ bytes, too large to describe$/);
  });

  it('keeps at most 64 KiB of a body, noting its full size, and never half a character', async () => {
    const fake = createFakeClerk();
    // 'é' is 2 bytes: the limit falls inside the last one kept.
    const text = `${'a'.repeat(KIB64 - 1)}${'é'.repeat(1000)}`;
    const bytes = new TextEncoder().encode(text).byteLength;
    await fake.fetch(`${BASE}/organizations`, { method: 'POST', headers: AUTH, body: text });
    const { body } = fake.requests[0]!;
    expect(body).toBe(`${'a'.repeat(KIB64 - 1)}…[truncated: ${bytes} bytes in all]`);
    // Exactly 64 KiB is kept whole.
    const exact = 'b'.repeat(KIB64);
    await fake.fetch(`${BASE}/organizations`, { method: 'POST', headers: AUTH, body: exact });
    expect(fake.requests[1]!.body).toBe(exact);
  });

  it('bounds memory for a large body: 5 MB of JSON keeps 64 KiB', async () => {
    const fake = createFakeClerk();
    const big = JSON.stringify({ name: 'Acme', public_metadata: { blob: 'x'.repeat(5_000_000) } });
    const res = await fake.fetch(`${BASE}/organizations`, { method: 'POST', headers: AUTH, body: big });
    expect(res.status).toBe(200);
    const bytes = new TextEncoder().encode(big).byteLength;
    expect(fake.requests[0]!.body).toBe(`${big.slice(0, KIB64)}…[truncated: ${bytes} bytes in all]`);
  });

  it('keeps the order requests came in, whatever order their bodies finish in', async () => {
    const fake = createFakeClerk();
    const sends = [3, 2, 1].map((i) =>
      fake.fetch(`${BASE}/organizations`, { method: 'POST', headers: AUTH, body: JSON.stringify({ name: `o${i}`, pad: 'x'.repeat(i * 50_000) }) }),
    );
    await Promise.all(sends);
    // The first body is the longest (truncated), so it is read last.
    expect(fake.requests.map((r) => r.body!.slice(0, 13))).toEqual(['{"name":"o3",', '{"name":"o2",', '{"name":"o1",']);
  });

  it('a body that stalls: the record ends when the request is aborted', async () => {
    const fake = createFakeClerk();
    fake.failNext(503);
    const stalled = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new TextEncoder().encode('{"name":')),
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const init = { method: 'POST', headers: AUTH, body: stalled, signal: controller.signal, duplex: 'half' } as RequestInit;
    const res = await fake.fetch(`${BASE}/organizations`, init);
    expect(res.status).toBe(503);
    expect(fake.requests[0]!.body).toBe('[aborted after 8 bytes]');
  });
});
