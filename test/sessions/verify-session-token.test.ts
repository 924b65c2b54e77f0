// verifySessionToken: the same decisions as @clerk/backend 3.25.0's verifyToken on the same tokens, every reason a
// token is refused (with nothing secret in the refusal), the algorithm checked before any key is touched, options
// that are wrong or hostile, and the documented difference from @clerk/backend (`sid` is required).
import { signJwt } from '@clerk/backend/jwt';
import { ofetch } from 'ofetch';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient, type SessionAuth, type TokenErrorReason, type VerifySessionTokenOptions, verifySessionToken } from '../../src/index.js';
import { createFakeClerk } from '../../src/testing/index.js';
import { SECRET_KEY } from '../support/secret.js';
import {
  accepted,
  b64url,
  clerkVerdict,
  ecPublicPem,
  expectNothingSecret,
  type KeyPair,
  ourVerdict,
  refused,
  replaceAt,
  rsaKeyPair,
  sessionClaims,
  signHs256,
  signRs256,
} from './tokens.js';

/** A fixed now, 400 ms past a whole second, so that second-granular claims meet millisecond clocks. */
const NOW = Date.parse('2026-06-01T12:00:00.400Z');
const NOW_S = Math.floor(NOW / 1000);
const KID = 'ins_2parity';

let keys: KeyPair;
let other: KeyPair;

beforeAll(async () => {
  [keys, other] = await Promise.all([rsaKeyPair(), rsaKeyPair()]);
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A token as @clerk/backend signs one (RS256, `typ: 'JWT'`, our kid; signJwt sets `iat` to now). */
const clerkSigned = (payload: Record<string, unknown>, key = keys.privatePem) =>
  signJwt({ ...payload }, key, { algorithm: 'RS256', header: { typ: 'JWT', kid: KID } });

/** A token signed RS384 or RS512 with our key, as its header says. */
async function signWith(alg: 'RS384' | 'RS512'): Promise<string> {
  const der = Buffer.from(keys.privatePem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
  const key = await crypto.subtle.importKey('pkcs8', der, { name: 'RSASSA-PKCS1-v1_5', hash: alg === 'RS384' ? 'SHA-384' : 'SHA-512' }, false, ['sign']);
  const signed = `${b64url(JSON.stringify({ alg, typ: 'JWT', kid: KID }))}.${b64url(JSON.stringify(sessionClaims()))}`;
  return `${signed}.${b64url(new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, new TextEncoder().encode(signed))))}`;
}

/** Claims without `iat` (signJwt writes it). */
const claims = (extra: Record<string, unknown> = {}) => {
  const { iat: _, ...rest } = sessionClaims(extra);
  return rest;
};

const without = (name: string, extra: Record<string, unknown> = {}) => {
  const all: Record<string, unknown> = claims(extra);
  delete all[name];
  return all;
};

describe('the same decisions as @clerk/backend verifyToken on tokens signed by its signJwt', () => {
  /** [what, token, options beyond jwtKey, our reason or 'ok', @clerk/backend's reason or 'ok']. */
  type Case = [string, () => Promise<string>, Omit<VerifySessionTokenOptions, 'jwtKey' | 'client'>, TokenErrorReason | 'ok', string];
  const cases: Case[] = [
    ['a valid token', () => clerkSigned(claims()), {}, 'ok', 'ok'],
    [
      'a valid token with azp, authorizedParties naming it',
      () => clerkSigned(claims({ azp: 'https://app.example.com' })),
      { authorizedParties: ['https://a.example', 'https://app.example.com'] },
      'ok',
      'ok',
    ],
    ['authorizedParties empty: azp is not checked', () => clerkSigned(claims({ azp: 'https://evil.example' })), { authorizedParties: [] }, 'ok', 'ok'],
    ['expired 10 s ago', () => clerkSigned(claims({ exp: NOW_S - 10 })), {}, 'expired', 'token-expired'],
    ['expired 3 s ago, within the default 5 s skew', () => clerkSigned(claims({ exp: NOW_S - 3 })), {}, 'ok', 'ok'],
    ['exp exactly now minus the skew', () => clerkSigned(claims({ exp: NOW_S - 1 })), { clockSkewInMs: 1400 }, 'expired', 'token-expired'],
    ['exp 1 ms inside the skew', () => clerkSigned(claims({ exp: NOW_S - 1 })), { clockSkewInMs: 1401 }, 'ok', 'ok'],
    ['expired 30 s ago with a 60 s skew', () => clerkSigned(claims({ exp: NOW_S - 30 })), { clockSkewInMs: 60_000 }, 'ok', 'ok'],
    ['expired 1 s ago with no skew', () => clerkSigned(claims({ exp: NOW_S - 1 })), { clockSkewInMs: 0 }, 'expired', 'token-expired'],
    ['nbf a minute ahead', () => clerkSigned(claims({ nbf: NOW_S + 60 })), {}, 'not_active_yet', 'token-not-active-yet'],
    ['nbf 3 s ahead, within the skew', () => clerkSigned(claims({ nbf: NOW_S + 3 })), {}, 'ok', 'ok'],
    [
      'iat a minute ahead (signed by a clock running fast)',
      async () => {
        vi.setSystemTime(NOW + 60_000);
        const token = await clerkSigned(claims({ exp: NOW_S + 600, nbf: NOW_S }));
        vi.setSystemTime(NOW);
        return token;
      },
      {},
      'issued_in_future',
      'token-iat-in-the-future',
    ],
    [
      'azp not one of authorizedParties',
      () => clerkSigned(claims({ azp: 'https://evil.example' })),
      { authorizedParties: ['https://app.example.com'] },
      'unauthorized_party',
      'token-invalid-authorized-parties',
    ],
    [
      'no azp while authorizedParties is given',
      () => clerkSigned(claims()),
      { authorizedParties: ['https://app.example.com'] },
      'unauthorized_party',
      'token-invalid-authorized-parties',
    ],
    ['no sub', () => clerkSigned(without('sub')), {}, 'malformed', 'token-verification-failed'],
    ['sub a number', () => clerkSigned(claims({ sub: 42 })), {}, 'malformed', 'token-verification-failed'],
    ['no exp', () => clerkSigned(without('exp')), {}, 'malformed', 'token-verification-failed'],
    ['exp a string', () => clerkSigned(claims({ exp: String(NOW_S + 60) })), {}, 'malformed', 'token-verification-failed'],
    ['nbf a string', () => clerkSigned(claims({ nbf: String(NOW_S) })), {}, 'malformed', 'token-verification-failed'],
    [
      'a tampered signature',
      async () => {
        const token = await clerkSigned(claims());
        const at = token.lastIndexOf('.') + 100;
        return replaceAt(token, at, token[at] === 'A' ? 'B' : 'A');
      },
      {},
      'bad_signature',
      'token-invalid-signature',
    ],
    [
      'a tampered payload (another sub) under the original signature',
      async () => {
        const [head, , signature] = (await clerkSigned(claims())).split('.');
        return `${head}.${b64url(JSON.stringify(sessionClaims({ sub: 'user_admin' })))}.${signature}`;
      },
      {},
      'bad_signature',
      'token-invalid-signature',
    ],
    ['signed with another key', () => clerkSigned(claims(), other.privatePem), {}, 'bad_signature', 'token-invalid-signature'],
    [
      'typ at+jwt (an OAuth access token)',
      () => signRs256({ alg: 'RS256', typ: 'at+jwt', kid: KID }, sessionClaims(), keys.privateKey),
      {},
      'not_a_session_token',
      'token-invalid',
    ],
    [
      'cat of an M2M token',
      () => signRs256({ alg: 'RS256', typ: 'JWT', kid: KID, cat: 'cl_B7d4PD333AAA' }, sessionClaims(), keys.privateKey),
      {},
      'not_a_session_token',
      'token-invalid',
    ],
    [
      'alg none',
      async () => `${b64url('{"alg":"none","typ":"JWT"}')}.${b64url(JSON.stringify(sessionClaims()))}.`,
      {},
      'bad_algorithm',
      'token-invalid-algorithm',
    ],
    [
      'HS256 keyed with the public PEM',
      () => signHs256({ alg: 'HS256', typ: 'JWT' }, sessionClaims(), keys.publicPem),
      {},
      'bad_algorithm',
      'token-invalid-algorithm',
    ],
    ['not a JWT', async () => 'not.a.jwt', {}, 'malformed', 'token-invalid'],
    ['four parts', async () => `${await clerkSigned(claims())}.x`, {}, 'malformed', 'token-invalid'],
    [
      'the signature spelt in standard base64 (+ for -, / for _): the same bytes, another spelling',
      async () => {
        let token = '';
        for (let n = 0; !/[-_]/.test(token.split('.')[2] ?? ''); n++) token = await clerkSigned(claims({ n }));
        return token.replace(/[-_](?=[^.]*$)/, (c) => (c === '-' ? '+' : '/'));
      },
      {},
      'malformed',
      'token-invalid',
    ],
    [
      'the signature with unused bits set in its last character',
      async () => {
        const token = await clerkSigned(claims());
        const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
        return token.slice(0, -1) + alphabet[alphabet.indexOf(token.at(-1)!) ^ 1];
      },
      {},
      'malformed',
      'token-invalid',
    ],
    [
      'an empty signature part',
      async () => `${(await clerkSigned(claims())).split('.').slice(0, 2).join('.')}.`,
      {},
      'bad_signature',
      'token-invalid-signature',
    ],
    [
      'RS384 (refused by @clerk/backend when it imports the key, whose JWK says RS256)',
      () => signWith('RS384'),
      {},
      'bad_algorithm',
      'token-verification-failed',
    ],
    ['RS512', () => signWith('RS512'), {}, 'bad_algorithm', 'token-verification-failed'],
  ];

  it.each(cases)('%s', async (_, make, options, ours, theirs) => {
    const token = await make();
    const [mine, clerk] = [
      await verifySessionToken(token, { jwtKey: keys.publicPem, ...options }),
      await clerkVerdict(token, { jwtKey: keys.publicPem, ...options }),
    ];
    expect({ ours: ourVerdict(mine), clerk }).toEqual({ ours, clerk: theirs });
    if (!mine.ok) refused(mine, ours as TokenErrorReason, { token, privatePem: keys.privatePem });
  });

  it('a valid token reads as @clerk/backend reads it: the same payload, userId and sessionId', async () => {
    const token = await clerkSigned(claims({ azp: 'https://app.example.com', custom: { plan: 'pro' } }));
    const data = accepted(await verifySessionToken(token, { jwtKey: keys.publicPem }));
    const { verifyToken } = await import('@clerk/backend');
    const payload = await verifyToken(token, { jwtKey: keys.publicPem });
    expect(data).toEqual({ userId: 'user_2abc', sessionId: 'sess_2abc', claims: payload });
    expect(data.claims.custom).toEqual({ plan: 'pro' });
  });

  it("tokens the fake mints verify with @clerk/backend's verifyToken, and with ours, to the same claims", async () => {
    const fake = createFakeClerk({ users: [{ id: 'user_fake1' } as never] });
    const jwtKey = await fake.jwtKey();
    const token = await fake.sessionToken({ org: { id: 'org_1', role: 'org:admin', slug: 'acme', permissions: ['org:sys_memberships:manage'] } });
    const { verifyToken } = await import('@clerk/backend');
    const payload = await verifyToken(token, { jwtKey });
    const data = accepted(await verifySessionToken(token, { jwtKey }));
    expect(data.claims).toEqual(payload);
    expect(data).toMatchObject({ userId: 'user_fake1', orgId: 'org_1', orgRole: 'org:admin', orgSlug: 'acme', orgPermissions: ['org:sys_memberships:manage'] });
    // The fake's defaults: nbf 10 s ago, exp a minute from now, iat now.
    expect([payload.nbf, payload.exp, payload.iat]).toEqual([NOW_S - 10, NOW_S + 60, NOW_S]);
  });

  it("the fake's expired and not-yet-valid tokens are refused by both", async () => {
    const fake = createFakeClerk();
    const jwtKey = await fake.jwtKey();
    for (const [claimsOf, ours, theirs] of [
      [{ exp: NOW_S - 60 }, 'expired', 'token-expired'],
      [{ nbf: NOW_S + 60 }, 'not_active_yet', 'token-not-active-yet'],
      [{ iat: NOW_S + 60 }, 'issued_in_future', 'token-iat-in-the-future'],
    ] as const) {
      const token = await fake.sessionToken(claimsOf);
      expect([ourVerdict(await verifySessionToken(token, { jwtKey })), await clerkVerdict(token, { jwtKey })]).toEqual([ours, theirs]);
    }
  });

  describe('a difference by design', () => {
    it('a token without sid, which @clerk/backend accepts, is malformed: every session token has one', async () => {
      const token = await clerkSigned(without('sid'));
      expect(await clerkVerdict(token, { jwtKey: keys.publicPem })).toBe('ok');
      expect(refused(await verifySessionToken(token, { jwtKey: keys.publicPem }), 'malformed', { token }).message).toContain('sid');
    });
  });
});

describe('what an accepted token gives', () => {
  it('userId, sessionId and every claim as signed; no organization fields when none is active', async () => {
    const payload = sessionClaims({ azp: 'https://app.example.com', fva: [0, -1], metadata: { tier: 'gold' } });
    const token = await signRs256({ alg: 'RS256', typ: 'JWT', kid: KID }, payload, keys.privateKey);
    const r = await verifySessionToken(token, { jwtKey: keys.publicPem, authorizedParties: ['https://app.example.com'] });
    expect(r).toEqual({ ok: true, data: { userId: 'user_2abc', sessionId: 'sess_2abc', claims: payload } });
    expectNothingSecret(r, { token, privatePem: keys.privatePem });
  });

  it('the active organization from v1 claims', async () => {
    const payload = sessionClaims({ org_id: 'org_9', org_role: 'org:member', org_slug: 'nine', org_permissions: ['org:invoices:read'] });
    const data = accepted(await verifySessionToken(await signRs256({ alg: 'RS256', kid: KID }, payload, keys.privateKey), { jwtKey: keys.publicPem }));
    expect(data).toEqual({
      userId: 'user_2abc',
      sessionId: 'sess_2abc',
      orgId: 'org_9',
      orgRole: 'org:member',
      orgSlug: 'nine',
      orgPermissions: ['org:invoices:read'],
      claims: payload as SessionAuth['claims'],
    } satisfies SessionAuth);
  });

  it('a header with no typ, and the session categories Clerk writes in cat, are session tokens', async () => {
    for (const header of [{ alg: 'RS256' }, { alg: 'RS256', typ: 'JWT', cat: 'cl_B7d4PD111AAA' }, { alg: 'RS256', typ: 'JWT', cat: 'cl_I7d4PD111III' }]) {
      accepted(await verifySessionToken(await signRs256(header, sessionClaims(), keys.privateKey), { jwtKey: keys.publicPem }));
    }
  });

  it('the PEM may be written with \\n escapes (as in a .env file), with \\r\\n, or on one line', async () => {
    const token = await signRs256({ alg: 'RS256', kid: KID }, sessionClaims(), keys.privateKey);
    for (const jwtKey of [
      keys.publicPem.replace(/\n/g, '\\n'),
      keys.publicPem.replace(/\n/g, '\r\n'),
      keys.publicPem.replace(/\n/g, ''),
      `\n  ${keys.publicPem}\n`,
    ]) {
      accepted(await verifySessionToken(token, { jwtKey }));
    }
  });

  it('with two keys in turn (the last one is cached), each token is judged by its own key', async () => {
    const a = await signRs256({ alg: 'RS256' }, sessionClaims({ sub: 'user_a' }), keys.privateKey);
    const b = await signRs256({ alg: 'RS256' }, sessionClaims({ sub: 'user_b' }), other.privateKey);
    const calls = Array.from({ length: 12 }, (_, i) => [i % 3 === 0 ? a : b, i % 2 === 0 ? keys.publicPem : other.publicPem] as const);
    const verdicts = await Promise.all(calls.map(([token, jwtKey]) => verifySessionToken(token, { jwtKey })));
    expect(verdicts.map(ourVerdict)).toEqual(calls.map(([token, jwtKey]) => ((token === a) === (jwtKey === keys.publicPem) ? 'ok' : 'bad_signature')));
  });
});

describe('every reason a token is refused', () => {
  const header = { alg: 'RS256', typ: 'JWT', kid: KID };
  const valid = () => signRs256(header, sessionClaims(), keys.privateKey);
  const verify = (token: unknown, options: VerifySessionTokenOptions = { jwtKey: keys.publicPem }) => verifySessionToken(token as string, options);

  describe('bad_algorithm, decided before any key is loaded', () => {
    const tokens: [string, () => Promise<string>][] = [
      ['alg none, no signature', async () => `${b64url('{"alg":"none","typ":"JWT"}')}.${b64url(JSON.stringify(sessionClaims()))}.`],
      ['alg none, with an RS256 signature', async () => replaceHeader(await valid(), { alg: 'none', typ: 'JWT', kid: KID })],
      ['alg "None"', async () => replaceHeader(await valid(), { alg: 'None' })],
      ['HS256 keyed with the PEM text (the confusion attack)', () => signHs256({ alg: 'HS256', typ: 'JWT', kid: KID }, sessionClaims(), keys.publicPem)],
      ['HS256 keyed with the secret key', () => signHs256({ alg: 'HS256', typ: 'JWT', kid: KID }, sessionClaims(), SECRET_KEY)],
      ['RS512, signed RS512', () => signWith('RS512')],
      ['RS512, signed RS256', () => signRs256({ alg: 'RS512', typ: 'JWT', kid: KID }, sessionClaims(), keys.privateKey)],
      ['PS256', () => signRs256({ alg: 'PS256', typ: 'JWT', kid: KID }, sessionClaims(), keys.privateKey)],
      ['ES256', () => signRs256({ alg: 'ES256', typ: 'JWT', kid: KID }, sessionClaims(), keys.privateKey)],
      ['lower-case rs256', () => signRs256({ alg: 'rs256', typ: 'JWT', kid: KID }, sessionClaims(), keys.privateKey)],
      ['alg as an array', () => signRs256({ alg: ['RS256'], typ: 'JWT', kid: KID }, sessionClaims(), keys.privateKey)],
      ['no alg', () => signRs256({ typ: 'JWT', kid: KID }, sessionClaims(), keys.privateKey)],
      ['alg null', () => signRs256({ alg: null, typ: 'JWT', kid: KID }, sessionClaims(), keys.privateKey)],
    ];

    it.each(tokens)('%s: with jwtKey', async (_, make) => {
      const token = await make();
      // The last PEM used is cached: after one with `keys`, loading `other`'s would have to import it.
      accepted(await verify(await valid()));
      const importKey = vi.spyOn(crypto.subtle, 'importKey');
      const verifySignature = vi.spyOn(crypto.subtle, 'verify');
      refused(await verify(token, { jwtKey: other.publicPem }), 'bad_algorithm', { token, privatePem: keys.privatePem });
      expect(importKey).not.toHaveBeenCalled();
      expect(verifySignature).not.toHaveBeenCalled();
      // The check is not vacuous: a valid token with that key does import it.
      accepted(await verify(await signRs256(header, sessionClaims(), other.privateKey), { jwtKey: other.publicPem }));
      expect(importKey).toHaveBeenCalledTimes(1);
    });

    it.each(tokens)('%s: with a client, no GET /jwks is sent', async (_, make) => {
      const token = await make();
      const fake = createFakeClerk();
      const client = createClient(SECRET_KEY, { fetch: fake.fetch, retry: false });
      const r = await verify(token, { client });
      refused(r, 'bad_algorithm', { token });
      expect(fake.requests).toEqual([]);
    });

    it.each(tokens)('%s: with a jwtKey that is no key at all, still bad_algorithm (not bad_key)', async (_, make) => {
      const token = await make();
      refused(await verify(token, { jwtKey: 'not a key' }), 'bad_algorithm', { token });
      refused(await verify(token, { jwtKey: await ecPublicPem() }), 'bad_algorithm', { token });
    });
  });

  describe('malformed', () => {
    /** A validly signed token of `length` characters, or 1 or 2 more (base64 grows by 4 characters for 3 bytes). */
    const sized = async (length: number) => {
      let padding = 0;
      for (;;) {
        const token = await signRs256(header, sessionClaims({ padding: 'x'.repeat(padding) }), keys.privateKey);
        if (token.length >= length) return token;
        padding += Math.max(1, Math.floor(((length - token.length) * 3) / 4));
      }
    };

    const tokens: [string, () => unknown][] = [
      ['null', () => null],
      ['undefined', () => undefined],
      ['42', () => 42],
      ['{}', () => ({})],
      ['a String object', async () => new String(await valid())],
      ['an array of the parts', async () => (await valid()).split('.')],
      ["''", () => ''],
      ["'a.b'", () => 'a.b'],
      ["'a.b.c'", () => 'a.b.c'],
      ["'a.b.c.d'", () => 'a.b.c.d'],
      ['a valid token with a fourth part', async () => `${await valid()}.x`],
      ['a valid token with a Bearer prefix', async () => `Bearer ${await valid()}`],
      ['a valid token with a trailing newline', async () => `${await valid()}\n`],
      ['a header that is not base64', async () => `h!!.${(await valid()).split('.').slice(1).join('.')}`],
      ['a signature that is not base64', async () => `${(await valid()).split('.').slice(0, 2).join('.')}.s$g`],
      ['a header that is base64 of a JSON array', async () => `${b64url('["RS256"]')}.${(await valid()).split('.').slice(1).join('.')}`],
      ['a header that is base64 of JSON null', async () => `${b64url('null')}.${(await valid()).split('.').slice(1).join('.')}`],
      ['a header that is base64 of a JSON string', async () => `${b64url('"RS256"')}.${(await valid()).split('.').slice(1).join('.')}`],
      ['a payload that is base64 of broken JSON', async () => `${b64url(JSON.stringify(header))}.${b64url('{"sub":')}.c2ln`],
      [
        'a header in base64 with padding (only unpadded base64url is a JWT)',
        async () => {
          const [head, body, signature] = (await valid()).split('.');
          return `${head}${'='.repeat((4 - (head!.length % 4)) % 4 || 1)}.${body}.${signature}`;
        },
      ],
      [
        'a payload in standard base64 (+ and /)',
        async () =>
          `${b64url(JSON.stringify(header))}.${Buffer.from(JSON.stringify({ ...sessionClaims(), pad: '>>>???' }))
            .toString('base64')
            .replace(/=+$/, '')}.c2ln`,
      ],
      [
        'a signature with a character in standard base64 (+ for -, / for _)',
        async () => {
          let token = '';
          for (let n = 0; !/[-_]/.test(token.split('.')[2] ?? ''); n++) token = await signRs256(header, sessionClaims({ n }), keys.privateKey);
          return token.replace(/[-_](?=[^.]*$)/, (c) => (c === '-' ? '+' : '/'));
        },
      ],
      [
        'a signature whose last character sets unused bits',
        async () => {
          const token = await valid();
          const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
          // 256 bytes are 342 characters: the last one carries 2 bits and 4 unused ones.
          return token.slice(0, -1) + alphabet[alphabet.indexOf(token.at(-1)!) ^ 1];
        },
      ],
      ['a signature with padding', async () => `${await valid()}==`],
      ['a payload that is not UTF-8', async () => `${b64url(JSON.stringify(header))}.${b64url(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))}.c2ln`],
      ['a validly signed token over 64 KiB', () => sized(65_537)],
    ];

    it.each(tokens)('%s', async (_, make) => {
      const token = await make();
      const fake = createFakeClerk();
      const client = createClient(SECRET_KEY, { fetch: fake.fetch, retry: false });
      refused(await verify(token), 'malformed', { token, privatePem: keys.privatePem });
      refused(await verify(token, { client }), 'malformed', { token });
      expect(fake.requests).toEqual([]);
    });

    it('a validly signed token just under 64 KiB is accepted', async () => {
      const token = await sized(65_534);
      expect(token.length).toBeLessThanOrEqual(65_536);
      accepted(await verify(token));
    });

    it('claims of the wrong type, in a validly signed token', async () => {
      for (const [name, value] of [
        ['sub', undefined],
        ['sub', null],
        ['sub', ['user_1']],
        ['sid', undefined],
        ['sid', 7],
        ['exp', undefined],
        ['exp', null],
        ['exp', `${NOW_S + 60}`],
        ['nbf', 'yesterday'],
        ['nbf', null],
        ['iat', { at: NOW_S }],
        ['iat', null],
      ] as const) {
        const payload: Record<string, unknown> = sessionClaims({ [name]: value });
        if (value === undefined) delete payload[name];
        const token = await signRs256(header, payload, keys.privateKey);
        expect(refused(await verify(token), 'malformed', { token }).message, `${name}: ${JSON.stringify(value)}`).toContain(name);
      }
    });
  });

  describe('not_a_session_token', () => {
    it.each([
      ['typ at+jwt (OAuth access token)', { typ: 'at+jwt' }],
      ['typ application/at+jwt', { typ: 'application/at+jwt' }],
      ['typ jwt in lower case', { typ: 'jwt' }],
      ['cat of an M2M token', { cat: 'cl_B7d4PD333AAA' }],
      ['cat of an OAuth token', { cat: 'cl_B7d4PD444AAA' }],
      ['cat empty', { cat: '' }],
      ['cat not a string', { cat: 1 }],
    ])('%s', async (_, extra) => {
      const token = await signRs256({ ...header, ...extra }, sessionClaims(), keys.privateKey);
      const fake = createFakeClerk();
      refused(await verify(token), 'not_a_session_token', { token });
      refused(await verify(token, { client: createClient(SECRET_KEY, { fetch: fake.fetch, retry: false }) }), 'not_a_session_token', { token });
      expect(fake.requests).toEqual([]);
    });
  });

  describe('bad_signature', () => {
    it('another key, a changed header or payload, a signature of another token, an empty signature', async () => {
      const token = await valid();
      const [head, body, signature] = token.split('.') as [string, string, string];
      const another = (await signRs256(header, sessionClaims({ sub: 'user_admin' }), keys.privateKey)).split('.');
      for (const forged of [
        await signRs256(header, sessionClaims(), other.privateKey),
        `${b64url(JSON.stringify({ ...header, kid: 'ins_other' }))}.${body}.${signature}`,
        `${head}.${another[1]}.${signature}`,
        `${head}.${body}.${another[2]}`,
        `${head}.${body}.`,
        // 340 characters: 255 bytes, a canonical spelling, but one byte short.
        `${head}.${body}.${signature.slice(0, -2)}`,
      ]) {
        refused(await verify(forged), 'bad_signature', { token: forged, privatePem: keys.privatePem });
      }
    });
  });

  describe('times', () => {
    const at = async (claimsOf: Record<string, unknown>, options: Omit<VerifySessionTokenOptions, 'jwtKey'> = {}) => {
      const token = await signRs256(header, sessionClaims(claimsOf), keys.privateKey);
      return verify(token, { jwtKey: keys.publicPem, ...options });
    };

    it('expired: exp at or before now minus the skew (default 5 s)', async () => {
      expect(refused(await at({ exp: NOW_S - 3600 }), 'expired').message).toMatch(/expired 3600 s ago/);
      refused(await at({ exp: NOW_S - 6 }), 'expired');
      accepted(await at({ exp: NOW_S - 4 }));
      refused(await at({ exp: NOW_S }, { clockSkewInMs: 0 }), 'expired');
      accepted(await at({ exp: NOW_S + 1 }, { clockSkewInMs: 0 }));
      accepted(await at({ exp: NOW_S - 100 }, { clockSkewInMs: 101_000 }));
    });

    it('not_active_yet: nbf after now plus the skew', async () => {
      refused(await at({ nbf: NOW_S + 6 }), 'not_active_yet');
      accepted(await at({ nbf: NOW_S + 5 }));
      refused(await at({ nbf: NOW_S + 1 }, { clockSkewInMs: 0 }), 'not_active_yet');
      accepted(await at({ nbf: NOW_S }, { clockSkewInMs: 0 }));
    });

    it('issued_in_future: iat after now plus the skew', async () => {
      refused(await at({ iat: NOW_S + 6 }), 'issued_in_future');
      accepted(await at({ iat: NOW_S + 5 }));
      refused(await at({ iat: NOW_S + 1 }, { clockSkewInMs: 0 }), 'issued_in_future');
    });

    it('nbf and iat may be absent', async () => {
      const payload: Record<string, unknown> = sessionClaims();
      delete payload.nbf;
      delete payload.iat;
      accepted(await verify(await signRs256(header, payload, keys.privateKey)));
    });

    it('the clock is read at each call: a token accepted now is expired later', async () => {
      const token = await valid();
      accepted(await verify(token));
      vi.setSystemTime(NOW + 66_000);
      refused(await verify(token), 'expired');
    });
  });

  describe('unauthorized_party', () => {
    it('azp not in authorizedParties, missing, or not a string', async () => {
      const authorizedParties = ['https://app.example.com'];
      for (const azp of ['https://evil.example', 'https://app.example.com/', 'https://APP.example.com', '', undefined, ['https://app.example.com'], 1]) {
        const payload: Record<string, unknown> = sessionClaims({ azp });
        if (azp === undefined) delete payload.azp;
        const token = await signRs256(header, payload, keys.privateKey);
        refused(await verify(token, { jwtKey: keys.publicPem, authorizedParties }), 'unauthorized_party', { token });
        // Without authorizedParties, azp is not checked.
        accepted(await verify(token));
      }
    });
  });
});

describe('options', () => {
  let token: string;
  beforeAll(async () => {
    const now = Math.floor(NOW / 1000);
    token = await signRs256({ alg: 'RS256', typ: 'JWT', kid: KID }, { sub: 'user_1', sid: 'sess_1', iat: now, exp: now + 60 }, (await rsaKeyPair()).privateKey);
  });
  const verify = (options: unknown) => verifySessionToken(token, options as VerifySessionTokenOptions);

  it.each<[string, () => unknown]>([
    ['no options', () => undefined],
    ['null', () => null],
    ['{}', () => ({})],
    ['neither jwtKey nor client', () => ({ authorizedParties: ['https://app.example.com'] })],
    ['client: a plain function', () => ({ client: async () => ({ keys: [] }) })],
    ['client: an ofetch instance', () => ({ client: ofetch.create({ baseURL: 'https://api.clerk.com/v1' }) })],
    ['client: an instance made from a client by .create()', () => ({ client: createClient(SECRET_KEY).create({}) })],
    ['client: a secret key string', () => ({ client: SECRET_KEY })],
    ['clockSkewInMs -1', () => ({ jwtKey: 'x', clockSkewInMs: -1 })],
    ['clockSkewInMs NaN', () => ({ jwtKey: 'x', clockSkewInMs: Number.NaN })],
    ['clockSkewInMs Infinity', () => ({ jwtKey: 'x', clockSkewInMs: Number.POSITIVE_INFINITY })],
    ['clockSkewInMs a string', () => ({ jwtKey: 'x', clockSkewInMs: '5000' })],
    ['authorizedParties a string', () => ({ jwtKey: 'x', authorizedParties: 'https://app.example.com' })],
    ['authorizedParties with a non-string', () => ({ jwtKey: 'x', authorizedParties: ['https://app.example.com', null] })],
    ['authorizedParties an object', () => ({ jwtKey: 'x', authorizedParties: { 0: 'https://app.example.com', length: 1 } })],
    [
      'a getter for jwtKey that throws',
      () => ({
        get jwtKey(): string {
          throw new Error(SECRET_KEY);
        },
      }),
    ],
    [
      'a getter for client that throws',
      () => ({
        get client(): never {
          throw new Error('boom');
        },
      }),
    ],
    [
      'a getter for clockSkewInMs that throws',
      () => ({
        jwtKey: 'x',
        get clockSkewInMs(): number {
          throw new Error('boom');
        },
      }),
    ],
    [
      'a proxy that throws on every read',
      () =>
        new Proxy(
          {},
          {
            get: () => {
              throw new Error(SECRET_KEY);
            },
            has: () => {
              throw new Error('boom');
            },
          },
        ),
    ],
  ])('%s → bad_options, no throw', async (_, options) => {
    const r = await verify(options());
    refused(r, 'bad_options', { token });
  });

  it.each<[string, () => Promise<unknown>]>([
    ["jwtKey ''", async () => ''],
    ['jwtKey of spaces', async () => '  \n '],
    ['jwtKey garbage', async () => 'garbage'],
    ['jwtKey 42', async () => 42],
    ['jwtKey the secret key', async () => SECRET_KEY],
    ['jwtKey an EC public key', () => ecPublicPem()],
    ['jwtKey an RSA private key', async () => keys.privatePem],
    ['jwtKey a truncated PEM', async () => keys.publicPem.slice(0, 200)],
    ['jwtKey a JWK as JSON', async () => JSON.stringify(keys.jwk)],
  ])('%s → bad_key, no throw', async (_, jwtKey) => {
    const r = await verify({ jwtKey: await jwtKey() });
    refused(r, 'bad_key', { token, privatePem: keys.privatePem });
  });

  it('a bad jwtKey with a client: jwtKey is used, so bad_key and no request', async () => {
    const fake = createFakeClerk();
    refused(await verify({ jwtKey: 'garbage', client: createClient(SECRET_KEY, { fetch: fake.fetch }) }), 'bad_key');
    expect(fake.requests).toEqual([]);
  });
});

/** `token` with its header replaced (its payload and signature kept). */
function replaceHeader(token: string, header: unknown): string {
  return [b64url(JSON.stringify(header)), ...token.split('.').slice(1)].join('.');
}
