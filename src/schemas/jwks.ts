import * as v from 'valibot';

/**
 * One public key of the instance's JSON Web Key Set, read as the spec's RSA
 * public key (Clerk signs session tokens with RS256). The spec also allows
 * other key types, which carry no `n` and `e`: those two may be absent (see
 * `EVIDENCE.md`). Unknown fields (`crv`, `x`, …) are kept.
 *
 * @example
 * import * as v from 'valibot';
 * import { JwkSchema } from 'clerk-backend-fetch';
 * const key = v.parse(JwkSchema, jwks.keys[0]);
 * console.log(key.kid, key.kty, key.alg);
 *
 * @category Schemas
 */
export const JwkSchema = v.looseObject({
  kid: v.string(),
  alg: v.string(),
  use: v.string(),
  kty: v.string(),
  n: v.optional(v.string()),
  e: v.optional(v.string()),
  x5c: v.optional(v.array(v.string())),
  x5t: v.optional(v.string()),
  'x5t#S256': v.optional(v.string()),
  x5u: v.optional(v.string()),
});

/**
 * One public key of the instance's JWKS (RFC 7517), as `JwkSchema` reads it.
 * Another key type's fields (`crv`, `x`, …) are kept at run time, untyped.
 *
 * @category Models
 */
export interface Jwk {
  /** The key's id: a session token names it in its header's `kid`. */
  kid: string;
  /** The algorithm the key is used with, e.g. `RS256`. */
  alg: string;
  /** What the key is for: `sig` (signatures). */
  use: string;
  /** The key type, e.g. `RSA`. */
  kty: string;
  /** An RSA key's modulus (base64url); absent for other key types. */
  n?: string | undefined;
  /** An RSA key's public exponent (base64url), e.g. `AQAB`; absent for other key types. */
  e?: string | undefined;
  /** The key's X.509 certificate chain (base64 DER). */
  x5c?: string[] | undefined;
  /** The SHA-1 thumbprint of the key's X.509 certificate (base64url). */
  x5t?: string | undefined;
  /** The SHA-256 thumbprint of the key's X.509 certificate (base64url). */
  'x5t#S256'?: string | undefined;
  /** A URL of the key's X.509 certificate chain. */
  x5u?: string | undefined;
}

/**
 * The instance's JSON Web Key Set (`GET /jwks`): the public keys session
 * tokens are signed with. `keys` may be absent, as the spec and Clerk's own
 * SDKs type it (see `EVIDENCE.md`).
 *
 * @example
 * import * as v from 'valibot';
 * import { JwksSchema } from 'clerk-backend-fetch';
 * console.log(v.parse(JwksSchema, body).keys?.map((k) => k.kid));
 *
 * @category Schemas
 */
export const JwksSchema = v.looseObject({ keys: v.optional(v.array(JwkSchema)) });

/**
 * The instance's JSON Web Key Set: what `getJwks` returns and `JwksSchema` reads.
 *
 * @category Models
 */
export interface Jwks {
  /** The public keys (absent only if Clerk sends none). */
  keys?: Jwk[] | undefined;
}
