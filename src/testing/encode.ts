/** Base64 of bytes or of a string's UTF-8. */
export function base64(data: Uint8Array | string): string {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Base64url of bytes or of a string's UTF-8. */
export function base64url(data: Uint8Array | string): string {
  return base64(data).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A new id: `prefix` and `length` (at most 32) random hex characters, e.g. `sess_3f9c…`. */
export const randomId = (prefix: string, length = 24) => prefix + crypto.randomUUID().replace(/-/g, '').slice(0, length);
