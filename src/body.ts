/**
 * Reads a response body as text, counting the decoded bytes as they arrive:
 * past `max` it stops reading, cancels the body and returns undefined, so a
 * huge or endless answer (or a compression bomb) never fills memory.
 * Throws (a TypeError) when the stream yields anything but bytes.
 */
export async function readText(response: Response, max: number): Promise<string | undefined> {
  const body = response.body;
  if (!body) return '';
  if (typeof body.getReader !== 'function') {
    // Not a Web stream (a Response from a non-standard fetch): read it whole, then judge.
    const text = await response.text();
    return text.length > max ? undefined : text;
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // A stream of strings (a TextDecoderStream) or other values has no byte count: refused, as Response.text() refuses it.
    if (!ArrayBuffer.isView(value)) throw new TypeError('The body is not bytes');
    size += value.byteLength;
    if (size > max) {
      reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  }
  // One chunk (most answers) is decoded as it came; several are joined, then decoded once: a streaming decode per
  // chunk leaves V8's fast path (twice the time for a page of 500 in Node 20), and pieces joined as strings make a
  // rope that the redaction scan must flatten.
  let bytes = chunks[0];
  if (chunks.length > 1) {
    bytes = new Uint8Array(size);
    size = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, size);
      size += chunk.length;
    }
  }
  return new TextDecoder().decode(bytes);
}

/**
 * True when JSON `text` holds an escape of a character a secret key can hold
 * (`\u0073` for `s`, `\/`): such a body may spell the key in a way only its
 * parsed form shows. Go's escapes of `<`, `>` and `&` (`\u003c`, `\u003e`,
 * `\u0026`) do not count, so Clerk's usual answers are not walked again. A
 * scan from backslash to backslash: a regex costs about 300 µs on a page of
 * 500 with no backslash at all, this about 6.
 */
export function keyEscaped(text: string): boolean {
  for (let i = text.indexOf('\\'); i >= 0; i = text.indexOf('\\', i + 2)) {
    const code = text[i + 1] === '/' ? 47 : text[i + 1] === 'u' && text.startsWith('00', i + 2) ? Number.parseInt(text.slice(i + 4, i + 6), 16) : 0;
    if (code > 42 && code < 127 && code !== 60 && code !== 62) return true;
  }
  return false;
}

/**
 * Applies `redact` to every string and key of a JSON-like object (an error
 * and the body it holds), in place, with an explicit stack: no depth of
 * nesting can overflow it. `redact` returns its argument itself when there
 * is nothing to replace.
 */
export function redactDeep<T>(value: T, redact: (text: string) => string): T {
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown>;
    if (seen.has(node)) continue;
    seen.add(node);
    for (const key of Object.keys(node)) {
      const item = node[key];
      const value = typeof item === 'string' ? redact(item) : item;
      const name = redact(key);
      if (name !== key) {
        delete node[key];
        // Assigned as a plain own property: a redacted name holds `[redacted]`, so it is never `__proto__`.
        node[name] = value;
      } else if (value !== item) node[key] = value;
      if (typeof value === 'object' && value !== null) stack.push(value);
    }
  }
  return value;
}
