import * as v from 'valibot';
import type { Closed } from './closed.js';

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

/** One public key of the instance's JWKS. */
export type Jwk = Closed<typeof JwkSchema>;

/**
 * The instance's JSON Web Key Set (`GET /jwks`): the public keys session
 * tokens are signed with. `keys` is required, as RFC 7517 requires it (the
 * spec lists it without `required`; see `EVIDENCE.md`).
 *
 * @example
 * import * as v from 'valibot';
 * import { JwksSchema } from 'clerk-backend-fetch';
 * console.log(v.parse(JwksSchema, body).keys.map((k) => k.kid));
 */
export const JwksSchema = v.looseObject({ keys: v.array(JwkSchema) });

/** The instance's JSON Web Key Set. */
export interface Jwks {
  /** The public keys. */
  keys: Jwk[];
}
