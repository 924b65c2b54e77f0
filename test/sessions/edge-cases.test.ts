import { beforeAll, describe, expect, it } from 'vitest';
import { verifySessionToken } from '../../src/index.js';
import { b64url, clerkVerdict, type KeyPair, ourVerdict, rsaKeyPair, sessionClaims, signRs256 } from './tokens.js';

let keys: KeyPair;
beforeAll(async () => {
  keys = await rsaKeyPair();
});

describe('edge cases, as @clerk/backend decides them', () => {
  it('a two-part token (header.payload, no signature part) is malformed, as @clerk/backend says (token-invalid)', async () => {
    const token = (await signRs256({ alg: 'RS256', typ: 'JWT' }, sessionClaims(), keys.privateKey)).split('.').slice(0, 2).join('.');
    expect(await clerkVerdict(token, { jwtKey: keys.publicPem })).toBe('token-invalid');
    expect(ourVerdict(await verifySessionToken(token, { jwtKey: keys.publicPem }))).toBe('malformed');
  });

  it('typ null is not a session token ("typ must be absent or JWT"); @clerk/backend refuses it', async () => {
    const token = await signRs256({ alg: 'RS256', typ: null }, sessionClaims(), keys.privateKey);
    expect(await clerkVerdict(token, { jwtKey: keys.publicPem })).toBe('token-invalid');
    expect(ourVerdict(await verifySessionToken(token, { jwtKey: keys.publicPem }))).toBe('not_a_session_token');
  });

  it('a fea feature name holding a line terminator is read whole, as @clerk/shared reads it', async () => {
    const claims = sessionClaims({ v: 2, fea: 'o:a\nb', o: { id: 'org_1', per: 'read', fpm: '1' } });
    const r = await verifySessionToken(await signRs256({ alg: 'RS256' }, claims, keys.privateKey), { jwtKey: keys.publicPem });
    expect(r.ok && r.data.orgPermissions).toEqual(['org:a\nb:read']);
  });
  void b64url;
});
