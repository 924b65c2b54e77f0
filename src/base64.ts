/**
 * The bytes of base64 or base64url text (padding optional); undefined when
 * the text is not base64. With `exact`, only that one spelling of the bytes
 * is taken: `'base64'` padded, `'base64url'` unpadded, and no unused bits
 * set, so a signature has a single spelling, as a string comparison would
 * require.
 */
export function fromBase64(text: string, exact?: 'base64' | 'base64url'): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[\w+/-]*={0,2}$/.test(text)) return undefined;
  try {
    // atob decodes the standard alphabet and does not need the padding.
    const binary = atob(text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/'));
    const canonical = btoa(binary);
    if (exact && (exact === 'base64' ? canonical : canonical.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')) !== text) return undefined;
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** The UTF-8 text of `bytes`, or undefined when they are not UTF-8. */
export function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
