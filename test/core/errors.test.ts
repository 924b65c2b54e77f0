import { ofetch } from 'ofetch';
import { describe, expect, it, vi } from 'vitest';
import {
  createClient,
  createOrganization,
  deleteOrganization,
  getOrganization,
  listOrganizations,
  mergeOrganizationMetadata,
  type RequestError,
  type Result,
  updateOrganization,
  uploadOrganizationLogo,
} from '../../src/index.js';
import { expectErr } from '../support/expect-result.js';
import { clerkErrors, organization } from '../support/models.js';
import { BASE_URL, intercept, testClient, useNock } from '../support/nock.js';
import { freePort } from '../support/ports.js';
import { reachesSecret, SECRET_KEY } from '../support/secret.js';

useNock();

describe('answers that are not what they should be', () => {
  it('an HTML 502 from a proxy is an api error with no Clerk errors', async () => {
    intercept('GET', 502, '<html><body>Bad gateway</body></html>', { 'content-type': 'text/html' });
    const r = await getOrganization(testClient(), { organization_id: 'org_1' });
    expect(r).toEqual({
      ok: false,
      error: { type: 'api', endpoint: 'GET /organizations/{organization_id}', attempts: 1, status: 502, errors: [], message: 'Clerk API answered 502' },
    });
  });

  it('a 2xx body that is not JSON is invalid_response', async () => {
    intercept('GET', 200, '<html>hello</html>', { 'content-type': 'text/html' });
    const r = await getOrganization(testClient(), { organization_id: 'org_1' });
    expect(r).toEqual({
      ok: false,
      error: {
        type: 'invalid_response',
        endpoint: 'GET /organizations/{organization_id}',
        attempts: 1,
        status: 200,
        message: 'Unexpected answer (200): the body is not JSON',
        issues: [{ path: '', message: 'the body is not JSON' }],
        body: '<html>hello</html>',
      },
    });
  });

  it('a 2xx body cut off mid-JSON is invalid_response', async () => {
    intercept('GET', 200, JSON.stringify(organization()).slice(0, 40));
    const r = await getOrganization(testClient(), { organization_id: 'org_1' });
    expect(expectErr(r).type).toBe('invalid_response');
  });

  it('an empty 2xx body is invalid_response', async () => {
    intercept('DELETE', 200, '');
    const r = await deleteOrganization(testClient(), { organization_id: 'org_1' });
    expect(expectErr(r, 'invalid_response').issues).toEqual([{ path: '', message: 'the body is empty' }]);
  });

  it('a wrong shape names the failing fields', async () => {
    intercept('GET', 200, { data: [organization({ id: 7 as unknown as string })], total_count: 1 });
    const r = await listOrganizations(testClient());
    expect(expectErr(r, 'invalid_response').issues.map((i) => i.path)).toEqual(['data.0.id']);
  });

  it('with validateResponses: false the JSON comes back as sent', async () => {
    intercept('GET', 200, { anything: 'goes' });
    const r = await getOrganization(testClient({ validateResponses: false }), { organization_id: 'org_1' });
    expect(r).toEqual({ ok: true, data: { anything: 'goes' } });
  });

  it('a 4xx JSON body that is not the envelope gives errors: [] and keeps the status', async () => {
    intercept('GET', 404, { error: 'nope' });
    const r = await getOrganization(testClient(), { organization_id: 'org_1' });
    expect(r).toEqual({
      ok: false,
      error: { type: 'api', endpoint: 'GET /organizations/{organization_id}', attempts: 1, status: 404, errors: [], message: 'Clerk API answered 404' },
    });
  });

  it('a refused connection is a network error', async () => {
    const port = await freePort();
    const client = createClient(SECRET_KEY, { baseURL: `http://127.0.0.1:${port}/v1`, retry: false });
    const r = await getOrganization(client, { organization_id: 'org_1' });
    expect(r.ok).toBe(false);
    if (r.ok || r.error.type !== 'network') throw new Error(`expected a network error, got ${JSON.stringify(r)}`);
    expect(r.error.cause.code).toBe('ECONNREFUSED');
    expect(r.error.message).toContain('ECONNREFUSED');
    // Where: the host in the message, the endpoint and the one attempt; why: undici's `fetch failed` and its cause.
    expect(r.error.message).toMatch(new RegExp(`^Network error reaching 127\\.0\\.0\\.1:${port}: fetch failed: connect ECONNREFUSED`));
    expect(r.error).toMatchObject({ endpoint: 'GET /organizations/{organization_id}', attempts: 1 });
    expect(r.error.cause).toMatchObject({ name: 'TypeError', message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
  });
});

describe('client-side checks: invalid_request, nothing sent', () => {
  const org = { organization_id: 'org_1' };
  const bigLogo = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.png', { type: 'image/png' });
  const cases: [string, (c: ReturnType<typeof testClient>) => Promise<Result<unknown, RequestError>>, string, string][] = [
    ['empty id', (c) => getOrganization(c, { organization_id: '' }), 'organization_id', 'must not be empty'],
    ['"." id', (c) => deleteOrganization(c, { organization_id: '.' }), 'organization_id', 'must not be "." or ".."'],
    ['".." id', (c) => getOrganization(c, { organization_id: '..' }), 'organization_id', 'must not be "." or ".."'],
    ['missing id', (c) => getOrganization(c, {} as never), 'organization_id', 'is required'],
    ['number id', (c) => getOrganization(c, { organization_id: 5 as never }), 'organization_id', 'must be a string'],
    ['limit 0', (c) => listOrganizations(c, { limit: 0 }), 'limit', 'must be an integer from 1 to 500'],
    ['limit 501', (c) => listOrganizations(c, { limit: 501 }), 'limit', 'must be an integer from 1 to 500'],
    ['limit 1.5', (c) => listOrganizations(c, { limit: 1.5 }), 'limit', 'must be an integer from 1 to 500'],
    ['limit "10"', (c) => listOrganizations(c, { limit: '10' as never }), 'limit', 'must be an integer from 1 to 500'],
    ['offset -1', (c) => listOrganizations(c, { offset: -1 }), 'offset', 'must be an integer ≥ 0'],
    ['offset NaN', (c) => listOrganizations(c, { offset: NaN }), 'offset', 'must be an integer ≥ 0'],
    [
      '101 organization ids',
      (c) => listOrganizations(c, { organization_id: Array.from({ length: 101 }, (_, i) => `org_${i}`) }),
      'organization_id',
      'must hold at most 100 items',
    ],
    ['user_id not an array', (c) => listOrganizations(c, { user_id: 'user_1' as never }), 'user_id', 'must be an array of non-empty strings, with no holes'],
    ['misspelt param', (c) => listOrganizations(c, { orderBy: 'name' } as never), 'orderBy', 'is not a known parameter'],
    ['params not an object', (c) => getOrganization(c, null as never), '', 'params must be an object'],
    ['empty name', (c) => createOrganization(c, { name: '' }), 'name', 'must not be empty'],
    ['bad slug', (c) => createOrganization(c, { name: 'A', slug: 'Not OK' }), 'slug', 'must contain only lowercase letters, digits and "-"'],
    [
      'negative max_allowed_memberships',
      (c) => createOrganization(c, { name: 'A', max_allowed_memberships: -1 }),
      'max_allowed_memberships',
      'must be an integer ≥ 0',
    ],
    ['metadata not an object', (c) => createOrganization(c, { name: 'A', public_metadata: 'x' as never }), 'public_metadata', 'must be an object'],
    ['update empty name', (c) => updateOrganization(c, { ...org, name: '' }), 'name', 'must not be empty'],
    ['update bad slug', (c) => updateOrganization(c, { ...org, slug: 'a_b' }), 'slug', 'must contain only lowercase letters, digits and "-"'],
    [
      'update with metadata (moved to the metadata endpoints)',
      (c) => updateOrganization(c, { ...org, public_metadata: {} } as never),
      'public_metadata',
      'is not a known parameter',
    ],
    ['merge metadata array', (c) => mergeOrganizationMetadata(c, { ...org, private_metadata: [] as never }), 'private_metadata', 'must be an object'],
    ['logo not a Blob', (c) => uploadOrganizationLogo(c, { ...org, file: 'logo.png' as never }), 'file', 'must be a Blob or File'],
    ['logo over 10 MB', (c) => uploadOrganizationLogo(c, { ...org, file: bigLogo }), 'file', 'must be at most 10 MB'],
    [
      'logo of type svg',
      (c) => uploadOrganizationLogo(c, { ...org, file: new Blob(['<svg/>'], { type: 'image/svg+xml' }) }),
      'file',
      'must have one of the content types image/jpeg, image/png, image/gif, image/webp, image/x-icon, image/vnd.microsoft.icon',
    ],
    ['timeout 0', (c) => getOrganization(c, org, { timeout: 0 }), 'options.timeout', 'must be a number of milliseconds from 1 to 2147483647'],
    ['retries -1', (c) => getOrganization(c, org, { retry: { retries: -1 } }), 'options.retry.retries', 'must be an integer ≥ 0'],
    ['signal not a signal', (c) => getOrganization(c, org, { signal: {} as never }), 'options.signal', 'must be an AbortSignal'],
    ['misspelt option', (c) => getOrganization(c, org, { timeOut: 5 } as never), 'options.timeOut', 'is not a known option'],
  ];

  it.each(cases)('%s', async (_, run, path, message) => {
    const fetch = vi.fn(globalThis.fetch);
    const r = await run(createClient(SECRET_KEY, { baseURL: BASE_URL, fetch }));
    expect(fetch).not.toHaveBeenCalled();
    expect(r.ok).toBe(false);
    if (r.ok || r.error.type !== 'invalid_request') throw new Error(`expected invalid_request, got ${JSON.stringify(r)}`);
    expect(r.error.issues).toContainEqual({ path, message });
    expect(r.error.message).toContain(message);
  });

  it('reports every issue at once', async () => {
    const r = await listOrganizations(testClient(), { limit: 0, offset: -2 });
    expect(expectErr(r, 'invalid_request').issues.map((i) => i.path)).toEqual(['limit', 'offset']);
  });

  it('a value that is not a client is invalid_request, not a crash', async () => {
    for (const notAClient of [null, undefined, 'x', 42]) {
      const bad = await getOrganization(notAClient as never, org);
      expect(expectErr(bad).type).toBe('invalid_request');
    }
    const r = await getOrganization({} as never, org);
    expect(expectErr(r, 'invalid_request').issues[0]).toEqual({ path: 'client', message: 'must be a client from createClient()' });
  });

  it('an ofetch instance without the settings of createClient is refused, and nothing is sent', async () => {
    // Derived (clerk.create) and hand-made instances lack the key redaction, retry and timeout settings.
    for (const other of [testClient().create({}), ofetch.create({ baseURL: BASE_URL })]) {
      const r = await getOrganization(other as never, org);
      expect(expectErr(r, 'invalid_request').issues[0]).toEqual({ path: 'client', message: 'must be a client from createClient()' });
    }
  });
});

describe('createClient', () => {
  it.each([
    ['', 'got an empty string'],
    ['pk_test_abc', 'got a publishable key.'],
    ['sk_', 'got a malformed "sk_" key'],
    ['sk_test_with space', 'got a malformed "sk_" key'],
    ['hello', 'got "hel…"'],
    [undefined, 'got undefined (is it set?)'],
    [null, 'got null (is it set?)'],
    [42, 'got number (is it set?)'],
    [{ toString: () => 'sk_test_Zm9vYmFy' }, 'got object (is it set?)'],
    ['sk_test_Zm9vYmFy\n', 'got whitespace around it'],
    [' sk_test_Zm9vYmFy', 'got whitespace around it'],
    ['Bearer sk_test_Zm9vYmFy', 'got a "Bearer " prefix'],
    ['"sk_test_Zm9vYmFy"', 'got quotes around it'],
    ["'sk_test_Zm9vYmFy'", 'got quotes around it'],
  ])('refuses %j with a TypeError saying what a secret key looks like and what is wrong', (key, got) => {
    expect(() => createClient(key as never)).toThrow(TypeError);
    expect(() => createClient(key as never)).toThrow(/secret key like "sk_test_…" or "sk_live_…"/);
    expect(() => createClient(key as never)).toThrow(got);
    // The message never holds the key, nor its secret part.
    let message = '';
    try {
      createClient(key as never);
    } catch (error) {
      message = (error as Error).message;
    }
    if (typeof key === 'string' && key.length > 4) expect(message).not.toContain(key.trim().replace(/^Bearer |["']/g, ''));
    expect(message).not.toContain('Zm9vYmFy');
  });

  it('refuses bad options at construction', () => {
    expect(() => createClient(SECRET_KEY, { timeout: -1 })).toThrow('timeout must be a number of milliseconds from 1 to 2147483647');
    expect(() => createClient(SECRET_KEY, { baseURL: 'api.clerk.com' })).toThrow('baseURL must be an http(s) URL');
    expect(() => createClient(SECRET_KEY, { retry: { maxDelay: -5 } })).toThrow('retry.maxDelay');
    expect(() => createClient(SECRET_KEY, { fetch: 'x' as never })).toThrow('fetch must be a function');
    expect(() => createClient(SECRET_KEY, { retries: 3 } as never)).toThrow('options.retries is not a known option');
  });

  it('never puts the key in its error message', () => {
    const key = 'sk_test_has space';
    expect(() => createClient(key)).toThrow(expect.objectContaining({ message: expect.not.stringContaining('has space') }));
  });

  it('is an ofetch instance users can call directly', async () => {
    intercept('GET', 200, { data: [], total_count: 0 });
    const data = await testClient()('/organizations');
    expect(data).toEqual({ data: [], total_count: 0 });
  });
});

describe('the secret key never reaches a result', () => {
  it('is found by the walker when it is there (the walker works)', () => {
    const hidden = new Error('outer', { cause: { headers: new Headers({ authorization: `Bearer ${SECRET_KEY}` }) } });
    expect(reachesSecret({ error: hidden })).toBe(true);
    expect(reachesSecret({ nothing: 'here' })).toBe(false);
  });

  it('is absent from every kind of error, even when a server echoes it', async () => {
    const results: Result<unknown, RequestError>[] = [];
    const client = testClient();
    const echo = `Bearer ${SECRET_KEY}`;
    intercept('GET', 401, { errors: [{ code: echo, message: echo, long_message: echo, meta: { [SECRET_KEY]: echo } }], clerk_trace_id: echo });
    results.push(await getOrganization(client, { organization_id: 'x' }));
    intercept('GET', 502, `<html>${echo}</html>`, { 'content-type': 'text/html', 'retry-after': '1' });
    results.push(await getOrganization(client, { organization_id: 'x' }));
    intercept('GET', 200, { echo });
    results.push(await getOrganization(client, { organization_id: 'x' }));
    const escaped = `Bearer ${[...SECRET_KEY].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}`;
    intercept('GET', 403, `{"errors":[{"code":"x","message":"${escaped}","long_message":"${escaped}"}],"clerk_trace_id":"${escaped}"}`);
    results.push(await getOrganization(client, { organization_id: 'x' }));
    intercept('GET', 200, `{"object":"${escaped}"}`);
    results.push(await getOrganization(client, { organization_id: 'x' }));
    intercept('GET', 200, `not json ${echo}`);
    results.push(await getOrganization(client, { organization_id: 'x' }));
    results.push(await getOrganization(client, { organization_id: '' }));
    results.push(await getOrganization(createClient(SECRET_KEY, { baseURL: `http://127.0.0.1:${await freePort()}`, retry: false }), { organization_id: 'x' }));
    results.push(await getOrganization(createClient(SECRET_KEY, { baseURL: 'https://unreachable.clerk.test', retry: false }), { organization_id: 'x' }));
    const controller = new AbortController();
    controller.abort();
    results.push(await getOrganization(client, { organization_id: 'x' }, { signal: controller.signal }));
    const throwing = createClient(SECRET_KEY, {
      fetch: () => Promise.reject(new TypeError(`failed with header ${echo}`, { cause: { code: 'EFAKE', detail: echo } })),
      retry: false,
    });
    results.push(await getOrganization(throwing, { organization_id: 'x' }));
    expect(results.map((r) => !r.ok && r.error.type)).toEqual([
      'api',
      'api',
      'invalid_response',
      'api',
      'invalid_response',
      'invalid_response',
      'invalid_request',
      'network',
      'network',
      'aborted',
      'network',
    ]);
    for (const r of results) expect(reachesSecret(r), JSON.stringify(r)).toBe(false);
    expect(JSON.stringify(results[0])).toContain('[redacted]');
  });
});

describe('an api error carries what Clerk sent', () => {
  it('keeps meta of each error and the trace id', async () => {
    const body = clerkErrors('form_identifier_exists', 'slug taken');
    body.errors[0]!.meta = { param_name: 'slug' };
    intercept('POST', 422, body);
    const r = await createOrganization(testClient(), { name: 'A', slug: 'taken' });
    expect(expectErr(r, 'api').errors[0]!.meta).toEqual({ param_name: 'slug' });
    expect(expectErr(r, 'api').traceId).toBe('trace_123');
  });
});
