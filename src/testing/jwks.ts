import { base64, base64url, randomId } from './encode.js';
import type { Handlers } from './http.js';

/** Claims for `fake.sessionToken`: any claim overrides the default; `undefined` leaves it out. */
export interface FakeSessionClaims {
  /** The user's id. Default: the first seeded user, else `user_fake`. */
  sub?: string | undefined;
  /** The session's id. Default: a new `sess_…` id. */
  sid?: string | undefined;
  /** Expiry in seconds since the epoch. Default: a minute from now. */
  exp?: number | undefined;
  /** Issued at. Default: now. */
  iat?: number | undefined;
  /** Not before. Default: 10 s before now, as Clerk signs them. */
  nbf?: number | undefined;
  /** The origin the token was made for. Default: none. */
  azp?: string | undefined;
  /** The active organization, written as v1 claims (`org_id`, `org_role`, `org_slug`, `org_permissions`). */
  org?: { id: string; role?: string | undefined; slug?: string | undefined; permissions?: string[] | undefined } | undefined;
  [claim: string]: unknown;
}

/** The fake instance's signing key: one RSA key pair, made on first use. */
interface FakeKeys {
  /** Serves `GET /jwks`. */
  handlers: Handlers;
  /** The public key in PEM form, what the Dashboard shows as the JWKS Public Key (`CLERK_JWT_KEY`). */
  jwtKey: () => Promise<string>;
  /** A session token signed with the fake's key (RS256, with its `kid`). */
  sessionToken: (claims?: FakeSessionClaims) => Promise<string>;
}

const RS256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };

/** The fake's key pair and what it signs. `defaultUser` names the first seeded user. */
export function fakeKeys(defaultUser: string | undefined): FakeKeys {
  const kid = randomId('ins_');
  let pair: Promise<CryptoKeyPair> | undefined;
  const keys = () => {
    pair ??= crypto.subtle.generateKey({ ...RS256, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) }, true, ['sign', 'verify']);
    return pair;
  };
  return {
    handlers: {
      GetJWKS: async () => {
        const { n, e } = await crypto.subtle.exportKey('jwk', (await keys()).publicKey);
        return { keys: [{ use: 'sig', kty: 'RSA', kid, alg: 'RS256', n, e }] };
      },
    },
    jwtKey: async () => {
      const der = new Uint8Array(await crypto.subtle.exportKey('spki', (await keys()).publicKey));
      return `-----BEGIN PUBLIC KEY-----\n${base64(der).replace(/.{64}/g, '$&\n')}\n-----END PUBLIC KEY-----`;
    },
    sessionToken: async ({ org, ...claims } = {}) => {
      const now = Math.floor(Date.now() / 1000);
      const orgClaims = org && { org_id: org.id, org_role: org.role, org_slug: org.slug, org_permissions: org.permissions };
      const payload = { sub: defaultUser ?? 'user_fake', sid: randomId('sess_'), iat: now, nbf: now - 10, exp: now + 60, ...orgClaims, ...claims };
      const signed = `${base64url(JSON.stringify({ alg: 'RS256', kid, typ: 'JWT' }))}.${base64url(JSON.stringify(payload))}`;
      const signature = await crypto.subtle.sign(RS256, (await keys()).privateKey, new TextEncoder().encode(signed));
      return `${signed}.${base64url(new Uint8Array(signature))}`;
    },
  };
}
