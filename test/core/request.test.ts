// The request every endpoint sends: path segments percent-encoded, headers merged without replacing Authorization, the API version.
import { describe, expect, it } from 'vitest';
import { getOrganization } from '../../src/index.js';
import { expectErr } from '../support/expect-result.js';
import { organization } from '../support/models.js';
import { intercept, testClient, useNock } from '../support/nock.js';
import { SECRET_KEY } from '../support/secret.js';

useNock();

const org = organization();

describe('request details', () => {
  it('percent-encodes path segments: a/b?c#d stays one segment with no query', async () => {
    const { seen } = intercept('GET', 200, org);
    await getOrganization(testClient(), { organization_id: 'a/b?c#d' });
    expect(seen[0]!.url.pathname).toBe('/v1/organizations/a%2Fb%3Fc%23d');
    expect(seen[0]!.url.search).toBe('');
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
