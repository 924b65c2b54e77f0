// Session tokens for the verifySessionToken suites: RSA key pairs as the Dashboard shows them (PEM), tokens signed
// with any header and payload, @clerk/backend's verdict on the same token, and checks on what a refusal holds.
import { verifyToken } from '@clerk/backend';
import { expect } from 'vitest';
import type { Result, SessionAuth, TokenError, TokenErrorReason } from '../../src/index.js';
import { SECRET_KEY } from '../support/secret.js';

const RS256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/** Base64url (no padding) of bytes or of a string's UTF-8. */
export function b64url(data: Uint8Array | string): string {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return Buffer.from(bytes).toString('base64url');
}

/** Bytes as PEM, 64 characters a line. */
export function pem(label: string, der: ArrayBuffer): string {
  const body = Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${body.trimEnd()}\n-----END ${label}-----`;
}

/** An RSA key pair (2048 bits, e = 65537, as Clerk's instances have), with both halves as PEM. */
export interface KeyPair {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** SPKI `-----BEGIN PUBLIC KEY-----`: what `jwtKey` takes. */
  publicPem: string;
  /** PKCS8 `-----BEGIN PRIVATE KEY-----`: what @clerk/backend's `signJwt` takes. */
  privatePem: string;
  /** The public key as a JWK (kty, n, e), for a JWKS. */
  jwk: JsonWebKey;
}

export async function rsaKeyPair(): Promise<KeyPair> {
  const { privateKey, publicKey } = await crypto.subtle.generateKey({ ...RS256, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) }, true, [
    'sign',
    'verify',
  ]);
  const { kty, n, e } = await crypto.subtle.exportKey('jwk', publicKey);
  return {
    privateKey,
    publicKey,
    publicPem: pem('PUBLIC KEY', await crypto.subtle.exportKey('spki', publicKey)),
    privatePem: pem('PRIVATE KEY', await crypto.subtle.exportKey('pkcs8', privateKey)),
    jwk: { kty, n, e },
  };
}

/** A P-256 public key in PEM: a real key, but not one RS256 can use. */
export async function ecPublicPem(): Promise<string> {
  const { publicKey } = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  return pem('PUBLIC KEY', await crypto.subtle.exportKey('spki', publicKey));
}

/** A JWT with exactly this header and payload, signed RS256 with `privateKey` (whatever the header's alg says). */
export async function signRs256(header: unknown, payload: unknown, privateKey: CryptoKey): Promise<string> {
  const signed = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  const signature = await crypto.subtle.sign(RS256, privateKey, new TextEncoder().encode(signed));
  return `${signed}.${b64url(new Uint8Array(signature))}`;
}

/** A JWT signed with HMAC-SHA256 keyed with `secret` (the algorithm-confusion attack keys it with the public PEM). */
export async function signHs256(header: unknown, payload: unknown, secret: string): Promise<string> {
  const signed = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return `${signed}.${b64url(new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(signed))))}`;
}

/** Seconds since the epoch, now (as the faked Date says). */
export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Claims a session token carries, valid for a minute from now. */
export function sessionClaims(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const now = nowSeconds();
  return { sub: 'user_2abc', sid: 'sess_2abc', iat: now, nbf: now - 10, exp: now + 60, iss: 'https://clerk.example.com', ...extra };
}

/** @clerk/backend's verdict: its verifyToken's error reason (e.g. `token-expired`), or 'ok'. */
export async function clerkVerdict(
  token: string,
  { authorizedParties, ...options }: Omit<Parameters<typeof verifyToken>[1], 'authorizedParties'> & { authorizedParties?: readonly string[] | undefined },
): Promise<string> {
  try {
    await verifyToken(token, { ...options, ...(authorizedParties ? { authorizedParties: [...authorizedParties] } : {}) });
    return 'ok';
  } catch (error) {
    return String((error as { reason?: unknown }).reason ?? (error as Error).message);
  }
}

/** Our verdict: 'ok' or the reason. */
export const ourVerdict = (r: Result<SessionAuth, TokenError>): string => (r.ok ? 'ok' : r.error.reason);

/** The data of an ok Result; fails the test, saying why the token was refused, otherwise. */
export function accepted(r: Result<SessionAuth, TokenError>): SessionAuth {
  if (!r.ok) throw new Error(`expected the token to be accepted, got ${r.error.reason}: ${r.error.message}`);
  return r.data;
}

/**
 * Checks that `r` refuses the token for `reason`, with the documented shape and nothing secret in it: not the
 * client's secret key, not any private key, not the token's signature. Returns the error.
 */
export function refused(r: Result<SessionAuth, TokenError>, reason: TokenErrorReason, secrets: { token?: unknown; privatePem?: string } = {}): TokenError {
  if (r.ok) throw new Error(`expected ${reason}, got ok: ${JSON.stringify(r.data).slice(0, 200)}`);
  expect(r.error, r.error.message).toEqual({ type: 'invalid_token', reason, message: expect.stringMatching(/^Session token refused: \S/) });
  expect(Object.keys(r)).toEqual(['ok', 'error']);
  expectNothingSecret(r, secrets);
  return r.error;
}

/** JSON of `value` holds neither the secret key, nor the private key's material, nor the token's signature. */
export function expectNothingSecret(value: unknown, { token, privatePem }: { token?: unknown; privatePem?: string } = {}) {
  const text = JSON.stringify(value);
  expect(text).not.toContain(SECRET_KEY);
  if (privatePem) for (const line of privatePem.split('\n').slice(1, -1)) expect(text).not.toContain(line);
  const signature = typeof token === 'string' ? token.split('.')[2] : undefined;
  // A signature of a few characters could appear by chance; real ones are 342 characters.
  if (signature && signature.length >= 16) expect(text).not.toContain(signature);
}

/** Replaces the character at `index` of `text`. */
export const replaceAt = (text: string, index: number, char: string) => text.slice(0, index) + char + text.slice(index + 1);
