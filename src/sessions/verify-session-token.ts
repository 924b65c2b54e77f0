import { fromBase64, utf8 } from '../base64.js';
import { type ClerkClient, configOf } from '../client.js';
import { isObject } from '../params.js';
import type { Result } from '../result.js';
import { keyFromClient, keyFromPem } from './keys.js';
import { organizationOf, type SessionAuth, type SessionClaims } from './session-claims.js';

/**
 * Options of `verifySessionToken`: a key source (`jwtKey` or `client`) and the checks.
 *
 * @category Edge auth
 */
export interface VerifySessionTokenOptions {
  /**
   * The instance's public key in PEM form (Dashboard → API keys → "JWKS
   * Public Key"; `CLERK_JWT_KEY`): verifies with no network call.
   */
  jwtKey?: string | undefined;
  /** A client from `createClient`: the keys come from `GET /jwks` through it, cached. Used when `jwtKey` is not given. */
  client?: ClerkClient | undefined;
  /** The origins your frontend runs on; when given, the token's `azp` must be one of them. */
  authorizedParties?: readonly string[] | undefined;
  /** Leeway for `exp`, `nbf` and `iat`, in ms. Default 5000. */
  clockSkewInMs?: number | undefined;
}

/**
 * Why a token was refused.
 *
 * @category Edge auth
 */
export type TokenErrorReason =
  /** Neither `jwtKey` nor `client` is given, or another option is of the wrong type. */
  | 'bad_options'
  /** `jwtKey` is not an RSA public key in PEM form, or the JWKS key cannot be imported. */
  | 'bad_key'
  /** Not a JWT: not a string, not three base64url parts of JSON, or a claim of the wrong type (`sub`, `sid`, `exp`). */
  | 'malformed'
  /** The header's `alg` is not `RS256` (`none`, `HS256`, …): refused before any key is used. */
  | 'bad_algorithm'
  /** A JWT that is not a session token (another `typ` or `cat`: OAuth, M2M). */
  | 'not_a_session_token'
  /** The JWKS holds no key with the token's `kid`. */
  | 'unknown_kid'
  /** The JWKS could not be loaded through the client. */
  | 'jwks_unavailable'
  /** The signature does not match. */
  | 'bad_signature'
  /** `exp` has passed (beyond the clock skew). */
  | 'expired'
  /** `nbf` is still ahead. */
  | 'not_active_yet'
  /** `iat` is ahead. */
  | 'issued_in_future'
  /** `authorizedParties` was given and `azp` is missing or not in it. */
  | 'unauthorized_party';

/**
 * A token that was refused. Nothing in it holds the token's signature or a key.
 *
 * @category Edge auth
 */
export interface TokenError {
  /** Always `invalid_token`. */
  type: 'invalid_token';
  /** Why the token was refused. */
  reason: TokenErrorReason;
  /** What was wrong, for logs (never the token's signature or a key). */
  message: string;
}

/**
 * Verifies a Clerk session token (RS256, with Web Crypto) and reads who is
 * calling: the user, the session and the active organization (v1 `org_*`
 * and v2 `o`/`fea` claims, read as @clerk/backend reads them). Never throws.
 *
 * @example
 * import { verifySessionToken } from 'clerk-backend-fetch';
 * const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
 * const auth = await verifySessionToken(token, { jwtKey: env.CLERK_JWT_KEY, authorizedParties: ['https://app.example.com'] });
 * if (!auth.ok) return new Response(auth.error.message, { status: 401 });
 * if (auth.data.orgRole !== 'org:admin') return new Response('admins only', { status: 403 });
 *
 * @category Edge auth
 */
export async function verifySessionToken(token: string, options: VerifySessionTokenOptions): Promise<Result<SessionAuth, TokenError>> {
  const refuse = (reason: TokenErrorReason, message: string) =>
    ({ ok: false, error: { type: 'invalid_token', reason, message: `Session token refused: ${message}` } }) as const;
  let stage: TokenErrorReason = 'bad_options';
  try {
    const { jwtKey, client, authorizedParties, clockSkewInMs: skew = 5000 } = options ?? {};
    if (!(Number.isFinite(skew) && skew >= 0)) return refuse(stage, 'clockSkewInMs must be a number of ms ≥ 0');
    if (authorizedParties !== undefined && !(Array.isArray(authorizedParties) && authorizedParties.every((p) => typeof p === 'string'))) {
      return refuse(stage, 'authorizedParties must be an array of origins');
    }
    if (jwtKey === undefined && !configOf(client)) return refuse(stage, 'give jwtKey (the PEM public key) or client (from createClient)');
    if (jwtKey !== undefined && (typeof jwtKey !== 'string' || !jwtKey.trim())) return refuse('bad_key', 'jwtKey must be the PEM public key, a string');

    stage = 'malformed';
    const parts = typeof token === 'string' && token.length <= 65_536 ? token.split('.') : [];
    const [head = '', body = '', signature = ''] = parts;
    const header = json(head);
    const claims = json(body) as SessionClaims | undefined;
    const signatureBytes = fromBase64(signature, 'base64url');
    if (!header || !claims || !signatureBytes || parts.length !== 3) return refuse(stage, 'not a JWT (three base64url parts, the first two JSON objects)');
    stage = 'bad_algorithm';
    if (header.alg !== 'RS256') return refuse(stage, `alg ${JSON.stringify(header.alg)?.slice(0, 40)} is not RS256`);
    stage = 'not_a_session_token';
    if ((header.typ !== undefined && header.typ !== 'JWT') || ![undefined, 'cl_B7d4PD111AAA', 'cl_I7d4PD111III'].includes(header.cat as string)) {
      return refuse(stage, 'the header names another kind of token (typ or cat)');
    }

    stage = 'bad_key';
    const key = jwtKey !== undefined ? await keyFromPem(jwtKey) : await keyFromClient(client as ClerkClient, header.kid);
    if (Array.isArray(key)) return refuse(key[0], key[1]);
    stage = 'bad_signature';
    if (!(await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, signatureBytes, new TextEncoder().encode(`${head}.${body}`)))) {
      return refuse(stage, 'the signature does not match');
    }

    stage = 'malformed';
    const { sub, sid, azp, exp, nbf, iat } = claims;
    const wrong =
      ['sub', 'sid'].find((name) => typeof claims[name] !== 'string') ??
      (typeof exp !== 'number' ? 'exp' : [nbf, iat].some((t) => t !== undefined && typeof t !== 'number') ? 'nbf or iat' : '');
    if (wrong) return refuse(stage, `the ${wrong} claim is missing or of the wrong type`);
    if (authorizedParties?.length && !authorizedParties.includes(azp as string)) {
      return refuse('unauthorized_party', `azp ${JSON.stringify(azp)?.slice(0, 200)} is not one of authorizedParties`);
    }
    const now = Date.now();
    if (exp * 1000 <= now - skew) return refuse('expired', `expired ${Math.round((now - exp * 1000) / 1000)} s ago`);
    if (nbf !== undefined && nbf * 1000 > now + skew) return refuse('not_active_yet', `not valid for another ${Math.round(nbf - now / 1000)} s (nbf)`);
    if (iat !== undefined && iat * 1000 > now + skew) return refuse('issued_in_future', `issued ${Math.round(iat - now / 1000)} s in the future (iat)`);
    return { ok: true, data: { userId: sub, sessionId: sid, ...organizationOf(claims), claims } };
  } catch {
    // An options object whose getters throw, or a key Web Crypto refuses.
    return refuse(stage, 'the token, its key or the options could not be read');
  }
}

/** A base64url part of a JWT as a JSON object; undefined when it is not one. */
function json(part: string): Record<string, unknown> | undefined {
  const bytes = fromBase64(part, 'base64url');
  const text = bytes && utf8(bytes);
  try {
    const value = text === undefined ? undefined : JSON.parse(text);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
