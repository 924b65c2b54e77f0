// Errors say where they happened: every error from an endpoint function but invalid_request carries the endpoint
// (method and the spec's path template) and the number of requests sent; a network error names the host and keeps
// its causes, redacted and bounded.
import { describe, expect, it } from 'vitest';
import { createClient, createOrganizationInvitation, getOrganization, listOrganizations, type RequestError, type Result } from '../../src/index.js';
import { expectErr } from '../support/expect-result.js';
import { recording } from '../support/recording.js';
import { reachesSecret, SECRET_KEY } from '../support/secret.js';

const GET = 'GET /organizations/{organization_id}';
/** A client whose fetch rejects with `failure`. */
const failing = (failure: unknown, options = {}) => createClient(SECRET_KEY, { retry: false, ...options, fetch: async () => Promise.reject(failure) });

describe('every error but invalid_request names its endpoint and attempts', () => {
  const cases: [string, () => Promise<Result<unknown, RequestError>>, string, string, number][] = [
    ['api (a 404)', () => getOrganization(recording(() => Response.json({ errors: [] }, { status: 404 })).client, { organization_id: 'x' }), 'api', GET, 1],
    [
      'api after retries (503, 503, 503)',
      () =>
        getOrganization(recording(() => new Response('', { status: 503 }), { retry: { retries: 2, baseDelay: 1, maxDelay: 2 } }).client, {
          organization_id: 'x',
        }),
      'api',
      GET,
      3,
    ],
    ['network', () => getOrganization(failing(new TypeError('fetch failed')), { organization_id: 'x' }), 'network', GET, 1],
    [
      'timeout',
      () => getOrganization(recording(() => new Promise(() => {}), { timeout: 20, retry: false }).client, { organization_id: 'x' }),
      'timeout',
      GET,
      1,
    ],
    ['aborted before sending', () => getOrganization(recording().client, { organization_id: 'x' }, { signal: AbortSignal.abort('left') }), 'aborted', GET, 0],
    ['invalid_response', () => listOrganizations(recording(() => Response.json({ data: 1 })).client, {}), 'invalid_response', 'GET /organizations', 1],
    [
      'response_too_large',
      () => getOrganization(recording(() => new Response('x'.repeat(100)), { maxResponseBytes: 10 }).client, { organization_id: 'x' }),
      'response_too_large',
      GET,
      1,
    ],
    [
      'rate_limited (held after a 429, nothing sent the second time)',
      async () => {
        const { client } = recording(() => Response.json({ errors: [] }, { status: 429, headers: { 'retry-after': '60' } }));
        await createOrganizationInvitation(client, { organization_id: 'org_1', email_address: 'a@b.c', role: 'org:member' }, { retry: false });
        return createOrganizationInvitation(client, { organization_id: 'org_1', email_address: 'a@b.c', role: 'org:member' }, { retry: false });
      },
      'rate_limited',
      'POST /organizations/{organization_id}/invitations',
      0,
    ],
  ];
  it.each(cases)('%s', async (_, run, type, endpoint, attempts) => {
    const error = expectErr(await run());
    expect(error).toMatchObject({ type, endpoint, attempts });
  });

  it('invalid_request has neither: nothing was sent', async () => {
    const error = expectErr(await getOrganization(recording().client, { organization_id: '' }));
    expect(error.type).toBe('invalid_request');
    expect(error).not.toHaveProperty('endpoint');
    expect(error).not.toHaveProperty('attempts');
  });
});

describe('network errors: the host, the causes, bounded and redacted', () => {
  it('names the host and each cause, the first code on top', async () => {
    const inner = Object.assign(new Error('getaddrinfo ENOTFOUND api.clerk.test'), { code: 'ENOTFOUND' });
    const error = expectErr(
      await getOrganization(failing(new TypeError('fetch failed', { cause: inner }), { baseURL: 'https://api.clerk.test/v1' }), { organization_id: 'x' }),
    );
    expect(error).toMatchObject({
      type: 'network',
      message: 'Network error reaching api.clerk.test: fetch failed: getaddrinfo ENOTFOUND api.clerk.test',
      cause: {
        name: 'TypeError',
        message: 'fetch failed',
        code: 'ENOTFOUND',
        cause: { name: 'Error', message: 'getaddrinfo ENOTFOUND api.clerk.test', code: 'ENOTFOUND' },
      },
    });
  });

  it('a code no message names is added to the message', async () => {
    const error = expectErr(await getOrganization(failing(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })), { organization_id: 'x' }));
    expect(error.message).toBe('Network error reaching api.clerk.com: socket hang up (ECONNRESET)');
  });

  it('a cycle of causes stops at five, long messages are cut at 500 characters', async () => {
    const looping: Error & { cause?: unknown } = new Error('x'.repeat(10_000));
    looping.cause = looping;
    const error = expectErr(await getOrganization(failing(looping), { organization_id: 'x' }));
    if (error.type !== 'network') throw new Error('expected a network error');
    let depth = 0;
    for (let c: typeof error.cause | undefined = error.cause; c; c = c.cause) {
      depth++;
      expect(c.message.length).toBe(500);
    }
    expect(depth).toBe(5);
    expect(error.message.length).toBeLessThan(600);
  });

  it('causes whose getters throw are read as far as they can be, and the key is redacted at every depth', async () => {
    const hostile = Object.defineProperty(new Error(`inner ${SECRET_KEY}`), 'code', {
      get() {
        throw new Error('no');
      },
    });
    const error = expectErr(await getOrganization(failing(new Error(`outer Bearer ${SECRET_KEY}`, { cause: hostile })), { organization_id: 'x' }));
    expect(error).toMatchObject({ type: 'network', cause: { message: 'outer Bearer [redacted]', cause: { message: 'inner [redacted]' } } });
    expect(reachesSecret(error)).toBe(false);
  });
});
