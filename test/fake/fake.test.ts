import { describe, expect, it } from 'vitest';
import {
  createOrganization,
  deleteOrganization,
  getOrganization,
  listOrganizations,
  mergeOrganizationMetadata,
  paginateOrganizations,
  updateOrganization,
} from '../../src/index.js';
import type { SeedOrganization } from '../../src/testing/index.js';
import { expectErr, expectOk } from '../support/expect-result.js';
import { fakeClerk } from '../support/fake-client.js';
import { SECRET_KEY } from '../support/secret.js';

const setup = (organizations: SeedOrganization[] = []) => fakeClerk({ organizations });
const names = (r: Awaited<ReturnType<typeof listOrganizations>>) => (r.ok ? r.data.data.map((o) => o.name) : r.error);

describe('fake Clerk', () => {
  it('makes org_ ids, slugs from names, monotonic millisecond timestamps', async () => {
    const { clerk } = setup();
    const a = await createOrganization(clerk, { name: 'Hello World!' });
    const b = await createOrganization(clerk, { name: 'Hello World' });
    if (!a.ok || !b.ok) throw new Error('create failed');
    expect(a.data.id).toMatch(/^org_\w+$/);
    expect(a.data.slug).toBe('hello-world');
    expect(b.data.slug).toBe('hello-world-2');
    expect(b.data.created_at).toBeGreaterThan(a.data.created_at);
    expect(a.data.created_at).toBeGreaterThan(1_600_000_000_000);
  });

  it('refuses a taken slug on update, allows keeping its own', async () => {
    const { clerk } = setup([
      { id: 'org_a', name: 'A', slug: 'a' },
      { id: 'org_b', name: 'B', slug: 'b' },
    ]);
    const taken = await updateOrganization(clerk, { organization_id: 'org_b', slug: 'a' });
    expect([expectErr(taken, 'api').status, expectErr(taken, 'api').errors[0]!.code]).toEqual([422, 'form_identifier_exists']);
    expect((await updateOrganization(clerk, { organization_id: 'org_a', slug: 'a' })).ok).toBe(true);
  });

  it('lists newest first by default, orders by name and members_count both ways', async () => {
    const { clerk } = setup([{ name: 'b', created_by: 'u1' }, { name: 'a', created_by: 'u1', members: ['u2', 'u3'] }, { name: 'c' }]);
    expect(names(await listOrganizations(clerk))).toEqual(['c', 'a', 'b']);
    expect(names(await listOrganizations(clerk, { order_by: 'name' }))).toEqual(['a', 'b', 'c']);
    expect(names(await listOrganizations(clerk, { order_by: '-name' }))).toEqual(['c', 'b', 'a']);
    expect(names(await listOrganizations(clerk, { order_by: '-members_count' }))).toEqual(['a', 'b', 'c']);
    expect(names(await listOrganizations(clerk, { order_by: '+created_at' }))).toEqual(['b', 'a', 'c']);
  });

  it('filters by query (exact id, partial name or slug), organization_id and user_id with + and -', async () => {
    const { clerk } = setup([
      { id: 'org_1', name: 'Alpha Corp', slug: 'alpha', created_by: 'u1' },
      { id: 'org_2', name: 'Beta', slug: 'beta-labs', members: ['u2'] },
      { id: 'org_3', name: 'Gamma', slug: 'gamma', created_by: 'u2' },
    ]);
    expect(names(await listOrganizations(clerk, { query: 'org_2' }))).toEqual(['Beta']);
    expect(names(await listOrganizations(clerk, { query: 'org_' }))).toEqual([]);
    expect(names(await listOrganizations(clerk, { query: 'CORP' }))).toEqual(['Alpha Corp']);
    expect(names(await listOrganizations(clerk, { query: 'labs' }))).toEqual(['Beta']);
    expect(names(await listOrganizations(clerk, { organization_id: ['org_1', '+org_3', 'org_unknown'] }))).toEqual(['Gamma', 'Alpha Corp']);
    expect(names(await listOrganizations(clerk, { organization_id: ['-org_1'] }))).toEqual(['Gamma', 'Beta']);
    expect(names(await listOrganizations(clerk, { user_id: ['u2'] }))).toEqual(['Gamma', 'Beta']);
    expect(names(await listOrganizations(clerk, { user_id: ['u1', 'u2'] }))).toEqual(['Gamma', 'Beta', 'Alpha Corp']);
    expect(names(await listOrganizations(clerk, { user_id: ['-u2'] }))).toEqual(['Alpha Corp']);
  });

  it('pages with limit, offset and total_count', async () => {
    const { clerk } = setup(Array.from({ length: 5 }, (_, i) => ({ name: `o${i}` })));
    const r = await listOrganizations(clerk, { limit: 2, offset: 1, order_by: 'name' });
    expect(expectOk(r).total_count).toBe(5);
    expect(names(r)).toEqual(['o1', 'o2']);
  });

  it('checks limit and offset server-side with a 422 envelope', async () => {
    const { fake } = setup();
    for (const query of ['limit=0', 'limit=501', 'offset=-1', 'limit=abc']) {
      const res = await fake.fetch(`https://api.clerk.com/v1/organizations?${query}`, { headers: { authorization: `Bearer ${SECRET_KEY}` } });
      expect(res.status).toBe(422);
      const body = await res.json();
      expect(body.errors[0].code).toBe('form_param_value_invalid');
      expect(body.clerk_trace_id).toMatch(/^trace_/);
    }
  });

  it('refuses requests without a Bearer sk_ key', async () => {
    const { fake } = setup();
    for (const headers of [{}, { authorization: 'Bearer pk_test_x' }, { authorization: 'sk_test_x' }] as Record<string, string>[]) {
      const res = await fake.fetch('https://api.clerk.com/v1/organizations', { headers });
      expect(res.status).toBe(401);
      expect((await res.json()).errors[0].code).toBe('authentication_invalid');
    }
  });

  it('deep-merges metadata, null removing keys at any depth', async () => {
    const { clerk } = setup([{ id: 'org_m', name: 'M', public_metadata: { a: { b: { c: 1, d: 2 } }, x: 1, y: [1] } }]);
    const r = await mergeOrganizationMetadata(clerk, {
      organization_id: 'org_m',
      public_metadata: { a: { b: { c: null, e: 3 } }, x: null, y: [2], z: { n: null, m: 1 } },
    });
    expect(expectOk(r).public_metadata).toEqual({ a: { b: { d: 2, e: 3 } }, y: [2], z: { m: 1 } });
  });

  it('deleted organizations answer 404 resource_not_found afterwards', async () => {
    const { clerk } = setup([{ id: 'org_d', name: 'D' }]);
    expect((await deleteOrganization(clerk, { organization_id: 'org_d' })).ok).toBe(true);
    const r = await getOrganization(clerk, { organization_id: 'org_d' });
    expect([expectErr(r, 'api').status, expectErr(r, 'api').errors[0]!.code]).toEqual([404, 'resource_not_found']);
  });

  it('checks the logo: 413 over 10 MB, 400 for a type the spec does not list, 400 without a file', async () => {
    const { fake } = setup([{ id: 'org_l', name: 'L' }]);
    const upload = (form: FormData) =>
      fake.fetch('https://api.clerk.com/v1/organizations/org_l/logo', { method: 'PUT', body: form, headers: { authorization: `Bearer ${SECRET_KEY}` } });
    const big = new FormData();
    big.append('file', new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.png', { type: 'image/png' }));
    expect((await upload(big)).status).toBe(413);
    const svg = new FormData();
    svg.append('file', new File(['<svg/>'], 'l.svg', { type: 'image/svg+xml' }));
    expect((await upload(svg)).status).toBe(400);
    const none = new FormData();
    none.append('uploader_user_id', 'u1');
    const res = await upload(none);
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].meta).toEqual({ param_name: 'file' });
  });

  it('refuses fields the spec does not list on create, like a made-up id', async () => {
    const { fake } = setup();
    const res = await fake.fetch('https://api.clerk.com/v1/organizations', {
      method: 'POST',
      body: JSON.stringify({ name: 'X', id: 'org_chosen', has_image: true }),
      headers: { authorization: `Bearer ${SECRET_KEY}`, 'content-type': 'application/json' },
    });
    expect(res.status).toBe(422);
    expect((await res.json()).errors[0]).toMatchObject({ code: 'form_param_unknown', meta: { param_name: 'id' } });
    expect(fake.organizations()).toEqual([]);
  });

  it('refuses unknown body fields with 422 (update takes no metadata since 2026-05-12)', async () => {
    const { fake } = setup([{ id: 'org_u', name: 'U' }]);
    const res = await fake.fetch('https://api.clerk.com/v1/organizations/org_u', {
      method: 'PATCH',
      body: JSON.stringify({ public_metadata: {} }),
      headers: { authorization: `Bearer ${SECRET_KEY}`, 'content-type': 'application/json' },
    });
    expect(res.status).toBe(422);
  });

  it('injects failures for the next N requests, with Retry-After, then recovers', async () => {
    const { fake, clerk } = fakeClerk({ organizations: [{ id: 'org_f', name: 'F' }] }, { retry: { retries: 3, baseDelay: 1, maxDelay: 5 } });
    fake.failNext(503, { times: 2 });
    const r = await getOrganization(clerk, { organization_id: 'org_f' });
    expect(r.ok).toBe(true);
    expect(fake.requests).toHaveLength(3);
    fake.failNext(429, { retryAfter: 60 });
    const limited = await getOrganization(clerk, { organization_id: 'org_f' });
    expect([expectErr(limited, 'api').status, expectErr(limited, 'api').retryAfter]).toEqual([429, 60]);
  });
});

describe('paginateOrganizations', () => {
  it('walks 1,234 organizations in 13 pages of at most 100, every id exactly once', async () => {
    const { fake, clerk } = setup(Array.from({ length: 1234 }, (_, i) => ({ name: `Org ${i}` })));
    const seen: string[] = [];
    let pages = 0;
    for await (const page of paginateOrganizations(clerk, { limit: 100 })) {
      if (!page.ok) throw new Error(page.error.message);
      pages += 1;
      expect(page.data.data.length).toBeLessThanOrEqual(100);
      seen.push(...page.data.data.map((o) => o.id));
    }
    expect(pages).toBe(13);
    expect(seen).toHaveLength(1234);
    expect(new Set(seen).size).toBe(1234);
    expect(new Set(seen)).toEqual(new Set(fake.organizations().map((o) => o.id)));
  });

  it('starts at offset and stops after an empty page', async () => {
    const { fake, clerk } = setup(Array.from({ length: 5 }, (_, i) => ({ name: `o${i}` })));
    const sizes: number[] = [];
    for await (const page of paginateOrganizations(clerk, { limit: 2, offset: 3 })) sizes.push(page.ok ? page.data.data.length : -1);
    expect(sizes).toEqual([2]);
    const beyond: number[] = [];
    for await (const page of paginateOrganizations(clerk, { offset: 10 })) beyond.push(page.ok ? page.data.data.length : -1);
    expect(beyond).toEqual([0]);
    expect(fake.requests.map((r) => r.path)).toEqual(['/v1/organizations?limit=2&offset=3', '/v1/organizations?offset=10']);
  });

  it('yields the first error and stops', async () => {
    const { fake, clerk } = setup(Array.from({ length: 30 }, (_, i) => ({ name: `o${i}` })));
    const seen: string[] = [];
    let calls = 0;
    for await (const page of paginateOrganizations(clerk, { limit: 10 })) {
      calls += 1;
      if (calls === 1) fake.failNext(500);
      seen.push(page.ok ? 'page' : `error ${page.error.type}`);
    }
    expect(seen).toEqual(['page', 'error api']);
  });

  it('yields an invalid_request for bad params without sending anything', async () => {
    const { fake, clerk } = setup();
    const pages = [];
    for await (const page of paginateOrganizations(clerk, { limit: 0 })) pages.push(page);
    expect(pages).toHaveLength(1);
    expect(!pages[0]!.ok && pages[0]!.error.type).toBe('invalid_request');
    expect(fake.requests).toHaveLength(0);
  });

  it('honours the signal: aborted ends the walk', async () => {
    const { clerk } = setup(Array.from({ length: 30 }, (_, i) => ({ name: `o${i}` })));
    const controller = new AbortController();
    const seen: string[] = [];
    for await (const page of paginateOrganizations(clerk, { limit: 10 }, { signal: controller.signal })) {
      seen.push(page.ok ? 'page' : page.error.type);
      controller.abort();
    }
    expect(seen).toEqual(['page', 'aborted']);
  });
});
