// verifySessionToken with { client }: the keys come from GET /jwks through the client and are cached per client
// (5 minutes), an unknown kid reloads them at most once a minute, a failed first load is retried at most once a
// second, concurrent verifies share one load, a failed reload keeps the keys already loaded; and getJwks itself.
import { afterEach, beforeAll, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { createClient, type GetJwksError, getJwks, type Jwk, type Jwks, type Result, verifySessionToken } from '../../src/index.js';
import { createFakeClerk } from '../../src/testing/index.js';
import { intercept, ORIGIN, testClient, useNock } from '../support/nock.js';
import { reachesSecret, SECRET_KEY } from '../support/secret.js';
import { accepted, type KeyPair, refused, rsaKeyPair, sessionClaims, signRs256 } from './tokens.js';

useNock();

const T0 = Date.parse('2026-06-01T12:00:00.000Z');
const MINUTE = 60_000;

let pairs: KeyPair[];
beforeAll(async () => {
  pairs = await Promise.all([rsaKeyPair(), rsaKeyPair(), rsaKeyPair()]);
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});

afterEach(() => {
  vi.useRealTimers();
});

const at = (ms: number) => vi.setSystemTime(T0 + ms);

/**
 * A Backend API that serves a JWKS we control: `kids` names the keys it serves (each one of `pairs`), `status`
 * makes it fail, `body` replaces its answer. `requests` counts the GET /jwks it received.
 */
function jwksServer(kids: Record<string, number> = { ins_a: 0 }) {
  const server = {
    kids,
    status: 200,
    body: undefined as unknown,
    requests: 0,
    /** When set, each answer waits for it. */
    gate: undefined as Promise<void> | undefined,
    paths: [] as string[],
    client: undefined as unknown as ReturnType<typeof createClient>,
    /** A session token signed by the key `pairs[index]`, naming `kid` (none when undefined). */
    token: (kid: string | undefined, index = 0, claims: Record<string, unknown> = {}) =>
      signRs256({ alg: 'RS256', typ: 'JWT', ...(kid === undefined ? {} : { kid }) }, sessionClaims(claims), pairs[index]!.privateKey),
  };
  const fetch = async (input: Request | string | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    server.paths.push(`${request.method} ${new URL(request.url).pathname} ${request.headers.get('authorization') === `Bearer ${SECRET_KEY}`}`);
    server.requests++;
    await server.gate;
    const body =
      server.body ??
      (server.status === 200
        ? { keys: Object.entries(server.kids).map(([kid, i]) => ({ use: 'sig', kty: 'RSA', kid, alg: 'RS256', n: pairs[i]!.jwk.n, e: pairs[i]!.jwk.e })) }
        : { errors: [{ code: 'failed', message: `failed with key ${SECRET_KEY}`, long_message: 'failed' }] });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: server.status, headers: { 'content-type': 'application/json' } });
  };
  server.client = createClient(SECRET_KEY, { fetch, retry: false });
  return server;
}

describe('through the fake Clerk', () => {
  it('a token the fake signs verifies with { client }: one GET /v1/jwks, with the secret key', async () => {
    const fake = createFakeClerk({ users: [{ id: 'user_fake1' } as never] });
    const client = createClient(SECRET_KEY, { fetch: fake.fetch, retry: false });
    const token = await fake.sessionToken({ org: { id: 'org_1', role: 'org:admin', slug: 'acme' } });
    const data = accepted(await verifySessionToken(token, { client }));
    expect(data).toMatchObject({ userId: 'user_fake1', orgId: 'org_1', orgRole: 'org:admin', orgSlug: 'acme' });
    expect(fake.requests).toEqual([{ method: 'GET', path: '/v1/jwks' }]);
    accepted(await verifySessionToken(await fake.sessionToken(), { client }));
    expect(fake.requests).toHaveLength(1);
  });

  it('the fake refusing the load (failNext 503) is jwks_unavailable naming the status', async () => {
    const fake = createFakeClerk();
    const client = createClient(SECRET_KEY, { fetch: fake.fetch, retry: false });
    fake.failNext(503, { times: 2 });
    const r = refused(await verifySessionToken(await fake.sessionToken(), { client }), 'jwks_unavailable');
    expect(r.message).toContain('503');
    at(1000);
    accepted(await verifySessionToken(await fake.sessionToken(), { client }));
  });

  it('getJwks(client) returns the typed key set, whose kid the fake signs with', async () => {
    const fake = createFakeClerk();
    const client = createClient(SECRET_KEY, { fetch: fake.fetch, retry: false });
    const r = await getJwks(client);
    expectTypeOf(r).toEqualTypeOf<Result<Jwks, GetJwksError>>();
    if (!r.ok) throw new Error(r.error.message);
    expectTypeOf(r.data.keys).toEqualTypeOf<Jwk[] | undefined>();
    const header = JSON.parse(Buffer.from((await fake.sessionToken()).split('.')[0]!, 'base64url').toString());
    expect(r.data).toEqual({ keys: [{ use: 'sig', kty: 'RSA', kid: header.kid, alg: 'RS256', n: expect.any(String), e: 'AQAB' }] });
    expect(fake.requests).toEqual([{ method: 'GET', path: '/v1/jwks' }]);
  });
});

describe('getJwks against the API', () => {
  it('sends GET /v1/jwks and keeps unknown fields', async () => {
    const keys = [{ kid: 'ins_1', kty: 'RSA', alg: 'RS256', use: 'sig', n: 'abc', e: 'AQAB', x5t: 'new' }];
    const { seen } = intercept('GET', 200, { keys, extra: true });
    const r = await getJwks(testClient());
    expect(r).toEqual({ ok: true, data: { keys, extra: true } });
    expect([seen[0]!.method, seen[0]!.url.pathname, seen[0]!.body]).toEqual(['GET', '/v1/jwks', '']);
  });

  it("a 500 is an api error with Clerk's errors", async () => {
    intercept('GET', 500, { errors: [{ code: 'internal', message: 'boom' }] });
    const r = await getJwks(testClient());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ type: 'api', status: 500, errors: [{ code: 'internal', message: 'boom' }] });
  });

  it('an answer without keys is data for getJwks (keys is optional, as Clerk types it), and a failed load for verifySessionToken', async () => {
    intercept('GET', 200, { data: [] });
    expect(await getJwks(testClient())).toEqual({ ok: true, data: { data: [] } });
    const server = jwksServer();
    server.body = { data: [] };
    const r = refused(await verifySessionToken(await server.token('ins_a'), { client: server.client }), 'jwks_unavailable');
    expect(r.message).toContain('no "keys"');
  });
});

describe('the cache', () => {
  it('keys are loaded once per client and reused: the second verify sends nothing', async () => {
    const server = jwksServer();
    for (let i = 0; i < 5; i++) accepted(await verifySessionToken(await server.token('ins_a'), { client: server.client }));
    expect(server.paths).toEqual(['GET /v1/jwks true']);
  });

  it('each client has its own cache', async () => {
    const one = jwksServer();
    const two = jwksServer();
    accepted(await verifySessionToken(await one.token('ins_a'), { client: one.client }));
    accepted(await verifySessionToken(await two.token('ins_a'), { client: two.client }));
    expect([one.requests, two.requests]).toEqual([1, 1]);
  });

  it('a client of another instance does not hand out the first one’s keys', async () => {
    const one = jwksServer({ ins_a: 0 });
    const two = jwksServer({ ins_b: 1 });
    accepted(await verifySessionToken(await one.token('ins_a'), { client: one.client }));
    refused(await verifySessionToken(await one.token('ins_a'), { client: two.client }), 'unknown_kid');
  });

  it('20 concurrent verifies share one load', async () => {
    const server = jwksServer();
    const tokens = await Promise.all(Array.from({ length: 20 }, (_, i) => server.token('ins_a', 0, { sub: `user_${i}` })));
    const results = await Promise.all(tokens.map((token) => verifySessionToken(token, { client: server.client })));
    expect(results.map((r) => accepted(r).userId)).toEqual(tokens.map((_, i) => `user_${i}`));
    expect(server.requests).toBe(1);
  });

  it('20 concurrent verifies with unknown kids share one load too', async () => {
    const server = jwksServer();
    const tokens = await Promise.all(Array.from({ length: 20 }, (_, i) => server.token(`ins_forged_${i}`)));
    const results = await Promise.all(tokens.map((token) => verifySessionToken(token, { client: server.client })));
    for (const r of results) refused(r, 'unknown_kid');
    expect(server.requests).toBe(1);
  });

  it('keys are reloaded after 5 minutes, not before', async () => {
    const server = jwksServer();
    const token = () => server.token('ins_a', 0);
    accepted(await verifySessionToken(await token(), { client: server.client }));
    at(5 * MINUTE - 1);
    accepted(await verifySessionToken(await token(), { client: server.client }));
    expect(server.requests).toBe(1);
    at(5 * MINUTE);
    accepted(await verifySessionToken(await token(), { client: server.client }));
    expect(server.requests).toBe(2);
    at(6 * MINUTE);
    accepted(await verifySessionToken(await token(), { client: server.client }));
    expect(server.requests).toBe(2);
  });

  it('a key removed from the JWKS stops verifying once the keys are reloaded', async () => {
    const server = jwksServer({ ins_a: 0, ins_b: 1 });
    accepted(await verifySessionToken(await server.token('ins_b', 1), { client: server.client }));
    server.kids = { ins_a: 0 };
    at(5 * MINUTE);
    refused(await verifySessionToken(await server.token('ins_b', 1), { client: server.client }), 'unknown_kid');
    accepted(await verifySessionToken(await server.token('ins_a', 0), { client: server.client }));
  });
});

describe('unknown kids', () => {
  it('reload the keys at most once a minute: a rotated key is found, forged kids cannot make us hammer Clerk', async () => {
    const server = jwksServer();
    const verify = async (kid: string, index = 0) => verifySessionToken(await server.token(kid, index), { client: server.client });
    accepted(await verify('ins_a'));
    expect(server.requests).toBe(1);

    // Within a minute of the load: no reload.
    at(30_000);
    expect(refused(await verify('ins_forged1'), 'unknown_kid').message).toContain('ins_forged1');
    expect(server.requests).toBe(1);

    // A minute after the load: exactly one reload for the unknown kid…
    at(MINUTE + 1000);
    refused(await verify('ins_forged1'), 'unknown_kid');
    expect(server.requests).toBe(2);
    // …and none for a second unknown kid within the next minute.
    at(MINUTE + 1000 + 30_000);
    refused(await verify('ins_forged2'), 'unknown_kid');
    refused(await verify('ins_forged3'), 'unknown_kid');
    expect(server.requests).toBe(2);
    // Known kids keep verifying meanwhile, without requests.
    accepted(await verify('ins_a'));
    expect(server.requests).toBe(2);

    // A minute after that reload: one more, which finds the rotated-in key.
    server.kids = { ins_a: 0, ins_new: 1 };
    at(2 * MINUTE + 1000 - 1);
    refused(await verify('ins_new', 1), 'unknown_kid');
    expect(server.requests).toBe(2);
    at(2 * MINUTE + 1000);
    accepted(await verify('ins_new', 1));
    expect(server.requests).toBe(3);
    accepted(await verify('ins_a'));
    expect(server.requests).toBe(3);
  });

  it('a token naming no kid is unknown_kid', async () => {
    const server = jwksServer();
    expect(refused(await verifySessionToken(await server.token(undefined), { client: server.client }), 'unknown_kid').message).toContain('kid');
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('a kid named %s is unknown_kid, not a crash', async (kid) => {
    const server = jwksServer();
    refused(await verifySessionToken(await server.token(kid), { client: server.client }), 'unknown_kid');
  });

  it('a kid that is not a string is unknown_kid', async () => {
    const server = jwksServer();
    for (const kid of [1, null, ['ins_a'], { ins_a: true }]) {
      const token = await signRs256({ alg: 'RS256', kid }, sessionClaims(), pairs[0]!.privateKey);
      refused(await verifySessionToken(token, { client: server.client }), 'unknown_kid');
    }
  });

  it('a very long forged kid is cut short in the message', async () => {
    const server = jwksServer();
    const kid = `ins_${'k'.repeat(5000)}`;
    expect(refused(await verifySessionToken(await server.token(kid), { client: server.client }), 'unknown_kid').message.length).toBeLessThan(300);
  });

  it('a token signed with another key under a known kid is bad_signature', async () => {
    const server = jwksServer();
    refused(await verifySessionToken(await server.token('ins_a', 2), { client: server.client }), 'bad_signature');
  });
});

describe('when the JWKS cannot be loaded', () => {
  it.each([500, 401, 403, 404, 429, 503])('answering %i: jwks_unavailable, naming the status, without the secret key', async (status) => {
    const server = jwksServer();
    server.status = status;
    const token = await server.token('ins_a');
    const r = await verifySessionToken(token, { client: server.client });
    const error = refused(r, 'jwks_unavailable', { token });
    expect(error.message).toContain(String(status));
    expect(reachesSecret(r)).toBe(false);
    // The load is retried once at most on a status worth retrying.
    expect(server.requests).toBeLessThanOrEqual(2);
  });

  it('answering 200 with no keys, or with a body that is not JSON: jwks_unavailable', async () => {
    for (const body of [{}, { keys: 'none' }, 'not json', { keys: null }]) {
      const server = jwksServer();
      server.body = body;
      refused(await verifySessionToken(await server.token('ins_a'), { client: server.client }), 'jwks_unavailable');
    }
  });

  it('answering an empty key set: the kid is unknown', async () => {
    const server = jwksServer({});
    refused(await verifySessionToken(await server.token('ins_a'), { client: server.client }), 'unknown_kid');
  });

  it('a key of the JWKS that is not an RSA key Web Crypto can import is bad_key; an EC key is not used', async () => {
    const server = jwksServer();
    server.body = {
      keys: [
        { kty: 'RSA', kid: 'ins_broken', e: 'AQAB' },
        { kty: 'EC', kid: 'ins_ec', crv: 'P-256', x: 'abc', y: 'def' },
      ],
    };
    refused(await verifySessionToken(await server.token('ins_broken'), { client: server.client }), 'bad_key');
    refused(await verifySessionToken(await server.token('ins_ec'), { client: server.client }), 'unknown_kid');
  });

  it('a failed first load is retried at most once a second', async () => {
    const server = jwksServer();
    server.status = 401;
    const verify = async () => verifySessionToken(await server.token('ins_a'), { client: server.client });
    refused(await verify(), 'jwks_unavailable');
    expect(server.requests).toBe(1);
    at(500);
    refused(await verify(), 'jwks_unavailable');
    at(999);
    refused(await verify(), 'jwks_unavailable');
    expect(server.requests).toBe(1);
    server.status = 200;
    at(1000);
    accepted(await verify());
    expect(server.requests).toBe(2);
  });

  it('20 concurrent verifies while the JWKS fails share one attempt', async () => {
    const server = jwksServer();
    server.status = 401;
    const tokens = await Promise.all(Array.from({ length: 20 }, () => server.token('ins_a')));
    for (const r of await Promise.all(tokens.map((token) => verifySessionToken(token, { client: server.client })))) refused(r, 'jwks_unavailable');
    expect(server.requests).toBe(1);
  });

  it('a failed reload keeps the keys already loaded', async () => {
    const server = jwksServer();
    const verify = async (kid = 'ins_a') => verifySessionToken(await server.token(kid), { client: server.client });
    accepted(await verify());
    server.status = 500;
    // The TTL has passed: the reload fails, the old key still verifies.
    at(5 * MINUTE);
    accepted(await verify());
    const after = server.requests;
    expect(after).toBeGreaterThan(1);
    // And the failing JWKS is not hit again at once.
    accepted(await verify());
    expect(server.requests).toBe(after);
    // An unknown kid is still unknown_kid (not jwks_unavailable): the keys are there.
    at(6 * MINUTE);
    refused(await verify('ins_other'), 'unknown_kid');
    // Once Clerk answers again, the keys are fresh again.
    server.status = 200;
    at(7 * MINUTE);
    accepted(await verify());
    at(7 * MINUTE + 1000);
    const settled = server.requests;
    accepted(await verify());
    expect(server.requests).toBe(settled);
  });
});

describe('through nock at the client’s base URL', () => {
  it('loads the keys from the client’s origin, with its key', async () => {
    const pair = pairs[0]!;
    const { seen } = intercept('GET', 200, { keys: [{ kty: 'RSA', kid: 'ins_n', alg: 'RS256', use: 'sig', n: pair.jwk.n, e: pair.jwk.e }] });
    const token = await signRs256({ alg: 'RS256', kid: 'ins_n' }, sessionClaims(), pair.privateKey);
    accepted(await verifySessionToken(token, { client: testClient() }));
    expect(seen.map((s) => [s.method, s.url.href, s.headers.get('authorization')])).toEqual([['GET', `${ORIGIN}/v1/jwks`, `Bearer ${SECRET_KEY}`]]);
  });

  it('a 401 whose body repeats the secret key: jwks_unavailable naming 401, with no secret in it', async () => {
    intercept('GET', 401, { errors: [{ code: 'authentication_invalid', message: `The secret key ${SECRET_KEY} is invalid` }] });
    const token = await signRs256({ alg: 'RS256', kid: 'ins_n' }, sessionClaims(), pairs[0]!.privateKey);
    const r = await verifySessionToken(token, { client: testClient() });
    expect(refused(r, 'jwks_unavailable', { token }).message).toContain('401');
    expect(reachesSecret(r)).toBe(false);
  });

  it('a 500 (retried once): jwks_unavailable naming 500, with no secret in it', async () => {
    intercept('GET', 500, { errors: [{ code: 'internal', message: `boom ${SECRET_KEY}` }] }, {}, 2);
    const token = await signRs256({ alg: 'RS256', kid: 'ins_n' }, sessionClaims(), pairs[0]!.privateKey);
    const r = await verifySessionToken(token, { client: testClient() });
    expect(refused(r, 'jwks_unavailable', { token }).message).toContain('500');
    expect(reachesSecret(r)).toBe(false);
  });
});

describe('a known kid does not wait for a reload an unknown kid started', () => {
  it('while a forged kid reloads the set from a JWKS that hangs, a token with a known kid verifies at once', async () => {
    const server = jwksServer({ ins_a: 0 });
    accepted(await verifySessionToken(await server.token('ins_a'), { client: server.client }));
    expect(server.requests).toBe(1);
    // A minute on, the JWKS hangs, and a token with a forged kid starts a reload.
    at(MINUTE + 1);
    let release!: () => void;
    server.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const forged = verifySessionToken(await server.token('ins_forged'), { client: server.client });
    const known = await Promise.race([
      verifySessionToken(await server.token('ins_a'), { client: server.client }).then((r) => (r.ok ? 'verified' : r.error.reason)),
      new Promise((resolve) => setTimeout(() => resolve('waited for the reload'), 500)),
    ]);
    expect(known).toBe('verified');
    expect(server.requests).toBe(2);
    release();
    refused(await forged, 'unknown_kid');
  });
});
