// Real Clerk answers, each from a public source named in its file: success bodies come back ok and exactly as sent
// (unknown fields kept); error bodies come back as api errors with every error kept and the right trace id.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type ClerkClient,
  createClient,
  deleteOrganization,
  deleteOrganizationLogo,
  getOrganization,
  mergeOrganizationMetadata,
  replaceOrganizationMetadata,
  updateOrganization,
  uploadOrganizationLogo,
} from '../../src/index.js';
import { SECRET_KEY } from '../support/secret.js';

interface Fixture {
  source: string;
  kind: string;
  call: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
  expect?: { traceId?: string };
}

const dir = new URL('../fixtures/real/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((file) => [file, JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Fixture] as const);

const answering = (f: Fixture): ClerkClient =>
  createClient(SECRET_KEY, {
    retry: false,
    fetch: async () =>
      new Response(typeof f.body === 'string' ? f.body : JSON.stringify(f.body), {
        status: f.status,
        headers: { 'content-type': 'application/json', ...f.headers },
      }),
  });

const id = 'org_2g7np7Hrk0SN6kj5EDMLDaKNL0S';
const png = new File([new Uint8Array([137, 80, 78, 71])], 'logo.png', { type: 'image/png' });
/** Every function whose answer is an Organization, and the one whose answer is a DeletedObject. */
const organizationCalls = {
  getOrganization: (c: ClerkClient) => getOrganization(c, { organization_id: id }),
  updateOrganization: (c: ClerkClient) => updateOrganization(c, { organization_id: id, name: 'Acme' }),
  mergeOrganizationMetadata: (c: ClerkClient) => mergeOrganizationMetadata(c, { organization_id: id, public_metadata: { a: 1 } }),
  replaceOrganizationMetadata: (c: ClerkClient) => replaceOrganizationMetadata(c, { organization_id: id, public_metadata: { a: 1 } }),
  deleteOrganizationLogo: (c: ClerkClient) => deleteOrganizationLogo(c, { organization_id: id }),
  uploadOrganizationLogo: (c: ClerkClient) => uploadOrganizationLogo(c, { organization_id: id, file: png }),
};
const calls: Record<string, (c: ClerkClient) => Promise<unknown>> = {
  ...organizationCalls,
  deleteOrganization: (c) => deleteOrganization(c, { organization_id: id }),
};

describe('real answers', () => {
  it('there are real answers, each naming its source', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
    for (const [, f] of fixtures) {
      expect(f.source.length).toBeGreaterThan(20);
      expect(Object.keys(calls)).toContain(f.call);
    }
  });

  describe.each(fixtures)('%s', (_, f) => {
    const ok = f.status >= 200 && f.status < 300;
    // An organization body goes through every function that answers an organization (the logo upload needs image_url).
    const isOrganization = ok && (f.body as { object?: string }).object === 'organization' && !('deleted' in (f.body as object));
    const names = isOrganization ? Object.keys(organizationCalls).filter((n) => n !== 'uploadOrganizationLogo' || 'image_url' in (f.body as object)) : [f.call];

    it.each(names)(ok ? '%s: ok, exactly as sent' : '%s: an api error keeping every error and the trace id', async (name) => {
      const r = await calls[name]!(answering(f));
      if (ok) {
        expect(r).toEqual({ ok: true, data: f.body });
        return;
      }
      const body = typeof f.body === 'object' ? (f.body as { errors?: unknown[]; clerk_trace_id?: string }) : {};
      expect(r).toMatchObject({ ok: false, error: { type: 'api', status: f.status } });
      const error = (r as { error: { errors: unknown[]; traceId?: string } }).error;
      expect(error.errors).toEqual(body.errors ?? []);
      expect(error.traceId).toBe(f.expect?.traceId ?? body.clerk_trace_id);
    });
  });
});
