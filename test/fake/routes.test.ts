// The fake's route table is built from the registry: every operation is served under /v1, an unknown path is 404,
// a known path with a method it does not take is 405, and an operation without a handler stops the fake being made.
import { describe, expect, it, vi } from 'vitest';
import { registry } from '../../src/registry.js';
import { createFakeClerk } from '../../src/testing/index.js';
import { methodsOn } from '../support/registry.js';

const BASE = 'https://api.clerk.com';
const AUTH = { authorization: 'Bearer sk_test_routes' };
const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];

/** A template with every `{name}` filled with a made-up id. */
const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, name: string) => `made_up_${name}`);

/** Sends one request; a body only where the method takes one. */
async function send(method: string, path: string) {
  const fake = createFakeClerk();
  const body = method === 'GET' || method === 'DELETE' ? undefined : '{}';
  const res = await fake.fetch(`${BASE}${path}`, { method, headers: AUTH, body });
  const { errors } = res.status === 200 ? { errors: [] } : ((await res.json()) as { errors: { code: string; message: string }[] });
  return { status: res.status, code: errors[0]?.code, message: errors[0]?.message };
}

/** Every path template of the registry. */
const templates = [...new Set(registry().map((r) => r.endpoint.path))];

describe("the fake's route table", () => {
  it.each(registry().map((r) => [r.endpoint.operationId, r.endpoint] as const))('serves %s at its template and method', async (_, endpoint) => {
    for (const path of [`/v1${fill(endpoint.path)}`, `/v1${fill(endpoint.path)}/`]) {
      const answer = await send(endpoint.method, path);
      // Reaching the handler: any answer but the router's own 404 and 405.
      expect(answer.status, path).not.toBe(405);
      expect(answer.code, path).not.toBe('method_not_allowed');
      expect(answer.message ?? '', path).not.toMatch(/^No route/);
      // A made-up organization (or user) is the handler's 404, not the router's.
      if (answer.status === 404) expect(answer.code).toBe('resource_not_found');
    }
  });

  it('tells a made-up organization (the handler) from an unknown path (the router)', async () => {
    expect(await send('GET', '/v1/organizations/made_up_organization_id')).toEqual({ status: 404, code: 'resource_not_found', message: 'Resource not found' });
    expect(await send('GET', '/v1/organizations/made_up_organization_id/nothing')).toEqual({
      status: 404,
      code: 'resource_not_found',
      message: 'No route for GET /v1/organizations/made_up_organization_id/nothing',
    });
  });

  it('answers 404 "No route" for a path no template matches', async () => {
    for (const path of ['/v1/nothing', '/v1', '/v1/', '/v1/organizations/x/y/z/w/v', '/v1//organizations', '/v1/organizations//', '/v1/users/u']) {
      expect(await send('GET', path), path).toEqual({ status: 404, code: 'resource_not_found', message: `No route for GET ${path}` });
    }
  });

  it('answers 404 for every template outside /v1', async () => {
    for (const template of templates) {
      for (const prefix of ['', '/v2', '/v1/v1']) {
        const path = `${prefix}${fill(template)}`;
        expect(await send('GET', path), path).toEqual({ status: 404, code: 'resource_not_found', message: `No route for GET ${path}` });
      }
    }
  });

  it('answers 405 for a known path with a method no operation takes there', async () => {
    let checked = 0;
    for (const template of templates) {
      const taken = methodsOn(fill(template));
      expect(taken.size, template).toBeGreaterThan(0);
      for (const method of METHODS.filter((m) => !taken.has(m))) {
        const path = `/v1${fill(template)}`;
        expect(await send(method, path), `${method} ${path}`).toEqual({
          status: 405,
          code: 'method_not_allowed',
          message: `${method} is not allowed on ${path}`,
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(await send('PUT', '/v1/organizations')).toEqual({ status: 405, code: 'method_not_allowed', message: 'PUT is not allowed on /v1/organizations' });
  });

  it('serves a literal segment before a param in the same place: POST …/invitations/bulk is the bulk create', async () => {
    const fake = createFakeClerk({ organizations: [{ id: 'org_1', name: 'Acme' }] });
    const res = await fake.fetch(`${BASE}/v1/organizations/org_1/invitations/bulk`, {
      method: 'POST',
      headers: AUTH,
      body: JSON.stringify([{ email_address: 'a@b.test', role: 'org:member' }]),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { total_count: number }).total_count).toBe(1);
    // GET there is the single invitation whose id is "bulk": none.
    expect(await send('GET', '/v1/organizations/org_1/invitations/bulk')).toMatchObject({ status: 404, message: 'Resource not found' });
  });

  it('percent-decodes a param; a malformed % is 400 malformed_request', async () => {
    const fake = createFakeClerk({ organizations: [{ id: 'org_1', name: 'Acme' }] });
    expect((await fake.fetch(`${BASE}/v1/organizations/org%5F1`, { headers: AUTH })).status).toBe(200);
    expect(await send('GET', '/v1/organizations/%E0%A4%A')).toMatchObject({ status: 400, code: 'malformed_request' });
  });

  it('refuses to make a fake when an operation of the registry has no handler', async () => {
    vi.resetModules();
    vi.doMock('../../src/registry.js', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../src/registry.js')>();
      const [first] = real.registry();
      return { ...real, registry: () => [...real.registry(), { ...first!, endpoint: { ...first!.endpoint, operationId: 'NoFakeForThis', path: '/new' } }] };
    });
    try {
      const fresh = await import('../../src/testing/index.js');
      expect(() => fresh.createFakeClerk()).toThrow(/NoFakeForThis/);
    } finally {
      vi.doUnmock('../../src/registry.js');
      vi.resetModules();
    }
  });
});
