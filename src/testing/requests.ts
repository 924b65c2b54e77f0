/** A request the fake received, as `fake.requests` keeps it. */
export interface FakeRequest {
  /** The method, e.g. `'POST'`. */
  method: string;
  /** The URL's path and query string as sent, e.g. `'/v1/organizations?limit=10&offset=20'`. */
  path: string;
  /**
   * The query params by name, each with all its values in the order sent (`user_id=+a&user_id=-b` is
   * `{ user_id: ['+a', '-b'] }`). Absent when the URL has no query.
   */
  query?: Record<string, string[]>;
  /**
   * The body, absent when the request has none (GET, DELETE):
   * - JSON (or any other body) as its text, e.g. `'{"name":"Acme"}'` (read it back with `JSON.parse`);
   * - multipart form data as a short description of its fields, values and files, e.g.
   *   `'multipart/form-data: file="logo.png" (image/png, 1024 bytes), uploader_user_id="user_1"'`.
   *
   * At most 64 KiB of text is kept: a longer body ends with `…[truncated: N bytes in all]`. A body that could not be
   * read whole says so in brackets (`[aborted after N bytes]` when the request was aborted while it was sent).
   */
  body?: string;
}

/** The most of a body's text `fake.requests` keeps. */
const BODY_LIMIT = 64 * 1024;
/** The largest multipart body described field by field (a 10 MB logo and room for the form); a larger one only by size. */
const MULTIPART_LIMIT = 10 * 1024 * 1024 + 64 * 1024;
/** The most of one text field of a multipart body shown in its description. */
const FIELD_LIMIT = 200;

/**
 * Records a request: its method, path and query at once (so `fake.requests` is in the order requests came),
 * its body when it has been read. Resolves when the record is complete; never rejects.
 */
export function record(requests: FakeRequest[], request: Request, url: URL): Promise<void> {
  const entry: FakeRequest = { method: request.method, path: url.pathname + url.search };
  if (url.search !== '') entry.query = queryOf(url.searchParams);
  requests.push(entry);
  if (request.body === null) return Promise.resolve();
  return bodyOf(request).then((body) => {
    entry.body = body;
  });
}

/** The query as a plain object of arrays; every name, `__proto__` too, is plain data. */
function queryOf(params: URLSearchParams): Record<string, string[]> {
  const query: Record<string, string[]> = {};
  for (const [name, value] of params) {
    if (Object.hasOwn(query, name)) query[name]!.push(value);
    else Object.defineProperty(query, name, { value: [value], enumerable: true, writable: true, configurable: true });
  }
  return query;
}

/**
 * The body as `FakeRequest.body` shows it, read from a clone (the handler reads the request itself). Keeps at most
 * what it shows: the rest of a long body is counted, not stored. Stops reading when the request is aborted.
 */
async function bodyOf(request: Request): Promise<string> {
  const type = request.headers.get('content-type') ?? '';
  const multipart = /^multipart\/form-data\b/i.test(type);
  const keep = multipart ? MULTIPART_LIMIT : BODY_LIMIT;
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = request.clone().body!.getReader();
  } catch {
    return '[unreadable body]';
  }
  let aborted = false;
  const stop = () => {
    aborted = true;
    reader.cancel().catch(() => {});
  };
  request.signal.addEventListener('abort', stop, { once: true });
  const chunks: Uint8Array[] = [];
  let kept = 0;
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (kept < keep) {
        const part = value.subarray(0, keep - kept);
        chunks.push(part);
        kept += part.byteLength;
      }
    }
  } catch {
    return `[unreadable body after ${total} bytes]`;
  } finally {
    request.signal.removeEventListener('abort', stop);
  }
  if (aborted) return `[aborted after ${total} bytes]`;
  const bytes = new Uint8Array(kept);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  if (multipart) return describeForm(bytes, type, total);
  // A character cut in two at the limit is left out.
  const text = new TextDecoder().decode(bytes, { stream: total > BODY_LIMIT });
  return total > BODY_LIMIT ? truncated(text, total) : text;
}

/** The first `BODY_LIMIT` characters of a text, and a note of the body's size. */
const truncated = (text: string, total: number) => `${text.slice(0, BODY_LIMIT)}…[truncated: ${total} bytes in all]`;

/** A multipart body's fields: `name="value"` for text, `name="file name" (type, size)` for a file. */
async function describeForm(bytes: Uint8Array<ArrayBuffer>, type: string, total: number): Promise<string> {
  if (total > MULTIPART_LIMIT) return `multipart/form-data: ${total} bytes, too large to describe`;
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'content-type': type } }).formData();
  } catch {
    return `multipart/form-data: unreadable (${total} bytes)`;
  }
  const fields = [...form].map(([name, value]) => {
    if (typeof value !== 'string') return `${name}=${JSON.stringify(value.name)} (${value.type || 'no type'}, ${value.size} bytes)`;
    const shown = value.length > FIELD_LIMIT ? `${value.slice(0, FIELD_LIMIT)}…` : value;
    return `${name}=${JSON.stringify(shown)}${shown === value ? '' : ` (${value.length} characters)`}`;
  });
  const description = `multipart/form-data: ${fields.join(', ') || 'no fields'}`;
  return description.length > BODY_LIMIT ? truncated(description, total) : description;
}
