import { fromBase64 } from '../base64.js';
import type { ClerkClient } from '../client.js';

/** RS256 as Web Crypto names it. */
const RS256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };

/** A key, or why there is none: a reason of `TokenError` and a message. */
export type KeyLookup = CryptoKey | [reason: 'bad_key' | 'unknown_kid' | 'jwks_unavailable', message: string];

/** The last PEM imported, and its key: workers use one `jwtKey`, imported once. */
let lastPem: [text: string, key: Promise<CryptoKey | undefined>] | undefined;

/**
 * The public key in a PEM (`-----BEGIN PUBLIC KEY-----`, SPKI), as the
 * Dashboard shows it; newlines may be real or written `\n`.
 */
export async function keyFromPem(pem: string): Promise<KeyLookup> {
  if (lastPem?.[0] !== pem) {
    const der = fromBase64(pem.replace(/\\[nr]|-----(BEGIN|END) PUBLIC KEY-----|\s/g, ''));
    lastPem = [pem, der ? crypto.subtle.importKey('spki', der, RS256, false, ['verify']).catch(() => undefined) : Promise.resolve(undefined)];
  }
  return (await lastPem[1]) ?? ['bad_key', 'jwtKey is not an RSA public key in PEM form (Dashboard → API keys → "JWKS Public Key")'];
}

/** A client's keys by kid, when they were loaded and tried, and why the last load failed. */
interface KeySet {
  keys: Record<string, Promise<CryptoKey | undefined>>;
  loadedAt: number;
  triedAt: number;
  failure?: string | undefined;
  loading?: Promise<void> | undefined;
}

/** Keys are reloaded after 5 minutes (as @clerk/backend does); an unknown kid reloads them at most once a minute. */
const TTL = 300_000;
const UNKNOWN_KID_INTERVAL = 60_000;

let sets: WeakMap<ClerkClient, KeySet> | undefined;

/**
 * The key named `kid` in the instance's JWKS, loaded with `GET /jwks`
 * through the client (its key, base URL, timeout and size limit) and cached
 * per client. Concurrent calls share one load. A kid not in the set reloads
 * it at most once a minute (forged kids cannot make us hammer Clerk); until
 * a first load succeeds, at most once a second. A failed reload keeps the
 * keys already loaded; a known kid waits only for a reload its TTL asks for.
 */
export async function keyFromClient(client: ClerkClient, kid: unknown): Promise<KeyLookup> {
  sets ??= new WeakMap();
  const set: KeySet = sets.get(client) ?? { keys: Object.create(null), loadedAt: -TTL, triedAt: -TTL };
  sets.set(client, set);
  const known = () => (typeof kid === 'string' ? set.keys[kid] : undefined);
  const now = Date.now();
  if (!set.loading && (now - set.loadedAt >= TTL || !known()) && now - set.triedAt >= (set.loadedAt > 0 ? UNKNOWN_KID_INTERVAL : 1000)) {
    set.triedAt = now;
    set.loading = load(client, set).finally(() => {
      set.loading = undefined;
    });
  }
  // A known kid does not wait for a reload another token's unknown kid started (a forged kid cannot stall every
  // check); past the TTL every check waits, so a key Clerk removed stops verifying as soon as the set reloads.
  if (!known() || now - set.loadedAt >= TTL) await set.loading;
  const key = known();
  if (key) return (await key) ?? ['bad_key', `the JWKS key "${kid}" is not an RSA key`];
  if (set.failure && set.loadedAt <= 0) return ['jwks_unavailable', `could not load the JWKS: ${set.failure}`];
  return ['unknown_kid', typeof kid === 'string' ? `no key "${kid.slice(0, 100)}" in the instance's JWKS` : 'the token names no key (kid)'];
}

/** Loads the JWKS into `set`; on failure keeps the keys it had and records why. */
async function load(client: ClerkClient, set: KeySet): Promise<void> {
  try {
    const body = await client<{ keys?: unknown }>('/jwks', { retry: 1 });
    if (!Array.isArray(body?.keys)) throw new Error('the answer holds no "keys"');
    const keys: KeySet['keys'] = Object.create(null);
    for (const jwk of body.keys) {
      if (typeof jwk?.kid === 'string' && jwk.kty === 'RSA') {
        keys[jwk.kid] = crypto.subtle.importKey('jwk', { kty: 'RSA', n: jwk.n, e: jwk.e }, RS256, false, ['verify']).catch(() => undefined);
      }
    }
    Object.assign(set, { keys, loadedAt: Date.now(), failure: undefined });
  } catch (error) {
    set.failure = String((error as Error | null)?.message ?? error).slice(0, 300);
  }
}
