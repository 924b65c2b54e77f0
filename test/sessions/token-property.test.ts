// Properties of verifySessionToken: a changed character is never accepted; whatever string, JSON or options come
// in, the answer is a refusal of the documented shape, never a throw; and on generated times, skews and parties
// its decision and reason are @clerk/backend's.
import fc from 'fast-check';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type TokenErrorReason, verifySessionToken } from '../../src/index.js';
import { b64url, clerkVerdict, type KeyPair, ourVerdict, refused, replaceAt, rsaKeyPair, sessionClaims, signRs256 } from './tokens.js';

const NOW = Date.parse('2026-06-01T12:00:00.000Z');
const NOW_S = NOW / 1000;

let keys: KeyPair;
let token: string;

beforeAll(async () => {
  keys = await rsaKeyPair();
});

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  token ??= await signRs256(
    { alg: 'RS256', typ: 'JWT', kid: 'ins_prop' },
    sessionClaims({ azp: 'https://app.example.com', org_id: 'org_1', org_role: 'org:admin' }),
    keys.privateKey,
  );
});

afterEach(() => {
  vi.useRealTimers();
});

const REASONS: TokenErrorReason[] = [
  'bad_options',
  'bad_key',
  'malformed',
  'bad_algorithm',
  'not_a_session_token',
  'unknown_kid',
  'jwks_unavailable',
  'bad_signature',
  'expired',
  'not_active_yet',
  'issued_in_future',
  'unauthorized_party',
];

/** A replacement character: base64url's alphabet, standard base64's, padding, the separator, and others. */
const replacement = fc.oneof(
  fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
  fc.constantFrom('+', '/', '=', '.', ' ', '\n', '\u0000', 'é', '😀'),
);

/** The bytes a base64 or base64url text stands for, read leniently (as atob does); undefined when it is not base64. */
function leniently(text: string): string | undefined {
  try {
    return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return undefined;
  }
}

describe('a changed character', () => {
  it('the token verifies as it is (the properties below start from an accepted token)', async () => {
    expect(ourVerdict(await verifySessionToken(token, { jwtKey: keys.publicPem, authorizedParties: ['https://app.example.com'] }))).toBe('ok');
  });

  it('anywhere (header, payload or signature): never accepted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: token.length - 1 }), replacement, async (at, char) => {
        fc.pre(token[at] !== char);
        const flipped = replaceAt(token, at, char);
        const r = await verifySessionToken(flipped, { jwtKey: keys.publicPem, authorizedParties: ['https://app.example.com'] });
        expect(r.ok, `${at}: ${JSON.stringify(token[at])} → ${JSON.stringify(char)}`).toBe(false);
        if (!r.ok) refused(r, r.error.reason, { privatePem: keys.privatePem });
      }),
      { numRuns: 200 },
    );
  });

  it('in the signature, even one that leaves its bytes as they were (+ for -, / for _, unused bits of the last character)', async () => {
    const start = token.lastIndexOf('.') + 1;
    const signature = token.slice(start);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    // The spellings of the same bytes a lenient decoder (atob) takes: `+` and `/` for `-` and `_`, and in the last
    // character (2 bits of 6 used) the other 15 values of its unused bits.
    const aliases = [
      ...[...signature].flatMap((c, at) => (c === '-' ? [[at, '+']] : c === '_' ? [[at, '/']] : [])),
      ...Array.from({ length: 16 }, (_, low) => [signature.length - 1, alphabet[(alphabet.indexOf(signature.at(-1)!) & 0b110000) | low]!]),
    ].filter(([at, char]) => signature[at as number] !== char) as [number, string][];
    expect(aliases.length).toBeGreaterThanOrEqual(15);
    for (const [at, char] of aliases) {
      const changed = replaceAt(signature, at, char);
      expect(leniently(changed)).toBe(leniently(signature));
      const r = await verifySessionToken(token.slice(0, start) + changed, { jwtKey: keys.publicPem });
      expect(r.ok, `${at}: ${JSON.stringify(signature[at])} → ${JSON.stringify(char)}`).toBe(false);
    }
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: signature.length - 1 }), replacement, async (at, char) => {
        fc.pre(signature[at] !== char);
        const flipped = token.slice(0, start) + replaceAt(signature, at, char);
        const r = await verifySessionToken(flipped, { jwtKey: keys.publicPem });
        expect(r.ok, `${at}: ${JSON.stringify(signature[at])} → ${JSON.stringify(char)}`).toBe(false);
        if (!r.ok) refused(r, r.error.reason, { token: flipped, privatePem: keys.privatePem });
      }),
      { numRuns: 200 },
    );
  });

  it('a character added or removed anywhere: never accepted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: token.length - 1 }), fc.option(replacement, { nil: undefined }), async (at, char) => {
        const changed = char === undefined ? token.slice(0, at) + token.slice(at + 1) : token.slice(0, at) + char + token.slice(at);
        expect((await verifySessionToken(changed, { jwtKey: keys.publicPem })).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('whatever comes in, a refusal of the documented shape, never a throw', () => {
  const jsonPart = fc.jsonValue({ maxDepth: 2 }).map((value) => b64url(JSON.stringify(value)));
  const input = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.anything(),
    fc.tuple(jsonPart, jsonPart, fc.base64String()).map((parts) => parts.join('.')),
    fc
      .tuple(fc.dictionary(fc.constantFrom('alg', 'typ', 'cat', 'kid'), fc.jsonValue({ maxDepth: 1 })), fc.object({ maxDepth: 1 }))
      .map(([header, payload]) => `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${token.split('.')[2]}`),
  );
  const options = fc.oneof(
    fc.constant({ jwtKey: 'pem' }),
    fc.anything(),
    fc.record({ jwtKey: fc.anything(), authorizedParties: fc.anything(), clockSkewInMs: fc.anything(), client: fc.anything() }, { requiredKeys: [] }),
  );

  it('for generated tokens and options', async () => {
    await fc.assert(
      fc.asyncProperty(input, options, async (value, opts) => {
        const withKey = opts && typeof opts === 'object' && (opts as { jwtKey?: unknown }).jwtKey === 'pem' ? { ...opts, jwtKey: keys.publicPem } : opts;
        const r = await verifySessionToken(value as string, withKey as never);
        if (r.ok) throw new Error(`accepted ${JSON.stringify(value)}`);
        expect(REASONS).toContain(r.error.reason);
        refused(r, r.error.reason, { token: value, privatePem: keys.privatePem });
      }),
      { numRuns: 500 },
    );
  });
});

describe('on generated times, skews and parties, the decision and reason of @clerk/backend', () => {
  const CLERK: Record<string, string> = {
    ok: 'ok',
    'token-expired': 'expired',
    'token-not-active-yet': 'not_active_yet',
    'token-iat-in-the-future': 'issued_in_future',
    'token-invalid-authorized-parties': 'unauthorized_party',
  };

  it('exp, nbf, iat around now, clockSkewInMs, azp and authorizedParties', async () => {
    const seconds = fc.integer({ min: -40, max: 40 });
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          exp: seconds,
          nbf: fc.option(seconds, { nil: undefined }),
          iat: fc.option(seconds, { nil: undefined }),
          skew: fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 30_000 }), fc.constantFrom(0, 1000, 5000)),
          ms: fc.integer({ min: 0, max: 999 }),
          azp: fc.constantFrom(undefined, 'https://a.example', 'https://b.example'),
          parties: fc.constantFrom(undefined, [], ['https://a.example'], ['https://a.example', 'https://b.example']),
        }),
        async ({ exp, nbf, iat, skew, ms, azp, parties }) => {
          vi.setSystemTime(NOW);
          const payload: Record<string, unknown> = { sub: 'user_1', sid: 'sess_1', exp: NOW_S + exp };
          if (nbf !== undefined) payload.nbf = NOW_S + nbf;
          if (iat !== undefined) payload.iat = NOW_S + iat;
          if (azp !== undefined) payload.azp = azp;
          const signed = await signRs256({ alg: 'RS256', typ: 'JWT', kid: 'ins_prop' }, payload, keys.privateKey);
          vi.setSystemTime(NOW + ms);
          const options = {
            jwtKey: keys.publicPem,
            ...(skew === undefined ? {} : { clockSkewInMs: skew }),
            ...(parties ? { authorizedParties: parties } : {}),
          };
          const theirs = await clerkVerdict(signed, options);
          expect(ourVerdict(await verifySessionToken(signed, options))).toBe(CLERK[theirs] ?? theirs);
        },
      ),
      { numRuns: 250 },
    );
  });
});
