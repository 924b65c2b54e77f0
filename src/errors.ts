import type { ClerkError } from './schemas/clerk-errors.js';

/** Where a parameter failed its check: a dotted path and what was wrong. */
export interface Issue {
  /** The parameter, e.g. `limit` or `organization_id` (dotted for nested keys). */
  path: string;
  /** What is wrong with it, in words. */
  message: string;
}

/**
 * The server answered with a status outside 2xx. `S` lists the statuses the
 * spec documents for the endpoint, so editors suggest them; any other status
 * (429, 5xx from a proxy) can arrive too.
 */
export interface ApiError<S extends number = number, C extends string = string> {
  type: 'api';
  message: string;
  /** The HTTP status. */
  status: S | (number & {});
  /**
   * Clerk's errors from the body, each as sent (any field may be missing);
   * empty when the body holds none (an HTML page from a proxy).
   */
  errors: ClerkError<C>[];
  /**
   * The id to quote to Clerk support: the body's `clerk_trace_id`, else the
   * `x-clerk-trace-id` / `clerk-trace-id` header, else `cf-ray`.
   */
  traceId?: string;
  /** Seconds the server asked us to wait (`Retry-After`), when it sent one. */
  retryAfter?: number;
}

/** No HTTP answer arrived: DNS failure, refused or reset connection. */
export interface NetworkError {
  type: 'network';
  message: string;
  /** The underlying failure, as plain strings. */
  cause: { name: string; message: string; code?: string };
}

/** An attempt ran past its timeout (headers and body together). */
export interface TimeoutError {
  type: 'timeout';
  message: string;
  /** The timeout that was exceeded, in ms. */
  timeout: number;
}

/** The caller's `signal` fired. */
export interface AbortedError {
  type: 'aborted';
  message: string;
  /** The signal's reason. */
  reason: unknown;
}

/** The params failed client-side checks; nothing was sent. */
export interface InvalidRequestError {
  type: 'invalid_request';
  message: string;
  issues: Issue[];
}

/**
 * A 2xx answer whose body is not JSON or not the documented shape. The
 * answer is not lost: `body` holds it (the secret key redacted).
 */
export interface InvalidResponseError {
  type: 'invalid_response';
  message: string;
  status: number;
  /** Where the body differs from the schema. */
  issues: Issue[];
  /** The parsed JSON body, or the text when it is not JSON. */
  body: unknown;
}

/**
 * The answer's body ran past `maxResponseBytes` (decoded bytes): reading
 * stopped there, so memory stays bounded. Not retried.
 */
export interface ResponseTooLargeError {
  type: 'response_too_large';
  message: string;
  /** The HTTP status of the answer. */
  status: number;
  /** The limit that was passed, in bytes. */
  maxResponseBytes: number;
  /** The trace id from the response headers, when there was one. */
  traceId?: string;
}

/**
 * Nothing was sent: the endpoint is held after a 429 (or the client's
 * `rateLimit` budget is spent) for longer than the call may wait (its
 * retry policy's `maxDelay`, or at all with `retry: false`).
 */
export interface RateLimitedError {
  type: 'rate_limited';
  message: string;
  /** Seconds until the endpoint may send again. */
  retryAfter: number;
}

/**
 * Every way a call can fail, discriminated by `type`. `S` names the
 * statuses the endpoint documents for `api` errors, `C` the Clerk error
 * codes its family can answer (both open: others can arrive).
 *
 * @example
 * if (!r.ok) {
 *   switch (r.error.type) {
 *     case 'api': console.log(r.error.status, r.error.errors[0]?.code); break;
 *     case 'invalid_request': console.log(r.error.issues); break;
 *     default: console.log(r.error.message);
 *   }
 * }
 */
export type RequestError<S extends number = number, C extends string = string> =
  | ApiError<S, C>
  | NetworkError
  | TimeoutError
  | AbortedError
  | InvalidRequestError
  | InvalidResponseError
  | ResponseTooLargeError
  | RateLimitedError;

/** Issues as one line: the first three, then how many more. */
export function summarize(issues: Issue[]): string {
  const shown = issues.slice(0, 3).map((i) => (i.path ? `${i.path} ${i.message}` : i.message));
  return shown.join('; ') + (issues.length > 3 ? ` (and ${issues.length - 3} more)` : '');
}

/** Nothing was sent: the params or options are wrong. */
export function invalidRequest(issues: Issue[]): InvalidRequestError {
  return { type: 'invalid_request', message: `Invalid request: ${summarize(issues)}`, issues };
}

/** A 2xx answer that is not JSON or not the documented shape; `body` keeps it. */
export function invalidResponse(status: number, issues: Issue[], body: unknown): InvalidResponseError {
  return { type: 'invalid_response', message: `Unexpected answer (${status}): ${summarize(issues)}`, status, issues, body };
}

/** The caller's signal fired. */
export function aborted(signal: AbortSignal): AbortedError {
  return { type: 'aborted', message: 'The call was aborted', reason: signal.reason };
}

/** An attempt ran past `timeout` ms. */
export function timedOut(timeout: number): TimeoutError {
  return { type: 'timeout', message: `No complete answer within ${timeout} ms`, timeout };
}

/** The endpoint or the budget cannot send within the wait allowed; `ms` is how long it would take. */
export function rateLimited(ms: number): RateLimitedError {
  const retryAfter = Math.ceil(ms / 1000);
  return { type: 'rate_limited', message: `Rate limited: this endpoint may send again in ${retryAfter} s`, retryAfter };
}

/**
 * A fetch that failed, as plain strings: a custom fetch may reject with
 * anything, even an object that throws on every property read.
 */
export function networkError(error: unknown, redact: (text: string) => string): NetworkError {
  const read = (from: unknown, key: 'name' | 'message' | 'code' | 'cause'): unknown => {
    try {
      return (from as Record<string, unknown> | null)?.[key];
    } catch {
      return undefined;
    }
  };
  // Redacted text, or `fallback` for undefined or a value that cannot become a string.
  const asText = (value: unknown, fallback: string) => {
    try {
      return value === undefined ? fallback : redact(String(value));
    } catch {
      return fallback;
    }
  };
  const name = asText(read(error, 'name'), 'Error');
  const message = asText(read(error, 'message'), asText(error, 'unknown failure'));
  let code: string | undefined;
  let inner = error;
  for (let depth = 0; inner && depth < 5 && code === undefined; depth++) {
    const c = read(inner, 'code');
    if (typeof c === 'string') code = redact(c);
    inner = read(inner, 'cause');
  }
  const cause: NetworkError['cause'] = { name, message };
  if (code !== undefined) cause.code = code;
  return { type: 'network', message: `Network error: ${message}${code ? ` (${code})` : ''}`, cause };
}
