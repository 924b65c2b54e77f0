/** The secret key every test client uses; no error may ever contain it. Kept apart from nock so real-network tests don't load it. */
export const SECRET_KEY = 'sk_test_Zm9vYmFyYmF6c2VjcmV0a2V5';

/** True when the secret key can be reached from `value`: own and inherited getters, causes, Headers, Maps. */
export function reachesSecret(value: unknown, secret = SECRET_KEY, seen = new Set<unknown>()): boolean {
  if (typeof value === 'string') return value.includes(secret);
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  if (seen.has(value)) return false;
  seen.add(value);
  if (value instanceof Headers || value instanceof Map) {
    for (const [k, v] of value as Map<unknown, unknown>) if (reachesSecret(k, secret, seen) || reachesSecret(v, secret, seen)) return true;
  }
  const keys = new Set<string | symbol>();
  for (let o: object | null = value as object; o && o !== Object.prototype && o !== Function.prototype; o = Object.getPrototypeOf(o)) {
    for (const k of Reflect.ownKeys(o)) keys.add(k);
  }
  for (const k of keys) {
    if (k === 'constructor' || k === 'caller' || k === 'callee' || k === 'arguments') continue;
    if (typeof k === 'string' && reachesSecret(k, secret, seen)) return true;
    let v: unknown;
    try {
      v = (value as Record<string | symbol, unknown>)[k];
    } catch {
      continue;
    }
    if (reachesSecret(v, secret, seen)) return true;
  }
  return false;
}
