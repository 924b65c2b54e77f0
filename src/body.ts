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
    chunks.push(value);
  }
  // One decode when the body came in one chunk (most answers); else decode chunk by chunk.
  const decoder = new TextDecoder();
  if (chunks.length === 1) return decoder.decode(chunks[0]);
  let text = '';
  for (const chunk of chunks) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

/**
 * Replaces `secret` in every string and key of a JSON-like value, in place,
 * with an explicit stack: no depth of nesting can overflow it.
 */
export function redactDeep<T>(value: T, secret: string): T {
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  const clean = (text: string) => text.split(secret).join('[redacted]');
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown>;
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    for (const key of Object.keys(node)) {
      let item = node[key];
      if (typeof item === 'string' && item.includes(secret)) node[key] = item = clean(item);
      if (key.includes(secret)) {
        delete node[key];
        Object.defineProperty(node, clean(key), { value: item, enumerable: true, writable: true, configurable: true });
      }
      stack.push(item);
    }
  }
  return value;
}
