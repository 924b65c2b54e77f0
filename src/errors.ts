import type { ClerkError } from './schemas/clerk-errors.js';

/**
 * Where a parameter failed its check: a dotted path and what was wrong.
 *
 * @category Errors
 */
export interface Issue {
  /** The parameter, e.g. `limit` or `organization_id` (dotted for nested keys). */
  path: string;
  /** What is wrong with it, in words. */
  message: string;
}

/**
 * Where a call failed: on every error but `invalid_request` (nothing is sent then).
 *
 * @category Errors
 */
export interface Where {
  /** The endpoint: its method and the spec's path template, e.g. `GET /organizations/{organization_id}`. */
  endpoint: string;
  /** How many requests the call sent (0 when it failed before sending, e.g. `rate_limited`). */
  attempts: number;
}

/**
 * The server answered with a status outside 2xx. `S` lists the statuses the
 * spec documents for the endpoint, so editors suggest them; any other status
 * (429, 5xx from a proxy) can arrive too.
 *
 * @category Errors
 */
export interface ApiError<S extends number = number, C extends string = string> extends Where {
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

/**
 * A failure as plain strings: its name, message, code, and what caused it, in turn.
 *
 * @category Errors
 */
export interface Cause {
  name: string;
  message: string;
  code?: string;
  /** The failure this one wraps (`fetch failed` ← `connect ECONNREFUSED …`), up to five deep. */
  cause?: Cause;
}

/**
 * No HTTP answer arrived: DNS failure, refused or reset connection. The message names the host and the innermost reason.
 *
 * @category Errors
 */
export interface NetworkError extends Where {
  type: 'network';
  message: string;
  /** The underlying failure and its causes, as plain strings (the secret key redacted). */
  cause: Cause;
}

/**
 * An attempt ran past its timeout (headers and body together), or the
 * caller's signal fired with a `TimeoutError` (`AbortSignal.timeout()`).
 *
 * @category Errors
 */
export interface TimeoutError extends Where {
  type: 'timeout';
  message: string;
  /** The timeout that was exceeded, in ms: each attempt's, or how long the call ran when the caller's `AbortSignal.timeout()` fired. */
  timeout: number;
}

/**
 * The caller's `signal` fired (with any reason but a `TimeoutError`: `AbortSignal.timeout()` is a `timeout`).
 *
 * @category Errors
 */
export interface AbortedError extends Where {
  type: 'aborted';
  message: string;
  /** The signal's reason. */
  reason: unknown;
}

/**
 * The params failed client-side checks; nothing was sent.
 *
 * @category Errors
 */
export interface InvalidRequestError {
  type: 'invalid_request';
  message: string;
  issues: Issue[];
}

/**
 * A 2xx answer whose body is not JSON or not the documented shape. The
 * answer is not lost: `body` holds it (the secret key redacted).
 *
 * @category Errors
 */
export interface InvalidResponseError extends Where {
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
 *
 * @category Errors
 */
export interface ResponseTooLargeError extends Where {
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
 *
 * @category Errors
 */
export interface RateLimitedError extends Where {
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
 *
 * @category Errors
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
  return { type: 'invalid_response', message: `Unexpected answer (${status}): ${summarize(issues)}`, status, issues, body } as InvalidResponseError;
}

/*
 * The builders below leave out `endpoint` and `attempts`: `call` adds them
 * to every error it returns (`placed` in request.ts).
 */

/** The caller's signal fired. */
export function aborted(signal: AbortSignal): AbortedError {
  return { type: 'aborted', message: 'The call was aborted', reason: signal.reason } as AbortedError;
}

/** An attempt ran past `timeout` ms. */
export function timedOut(timeout: number): TimeoutError {
  return { type: 'timeout', message: `No complete answer within ${timeout} ms`, timeout } as TimeoutError;
}

/** The endpoint or the budget cannot send within the wait allowed; `ms` is how long it would take. */
export function rateLimited(ms: number): RateLimitedError {
  const retryAfter = Math.ceil(ms / 1000);
  return { type: 'rate_limited', message: `Rate limited: this endpoint may send again in ${retryAfter} s`, retryAfter } as RateLimitedError;
}

/**
 * A fetch to `host` that failed, as plain strings with its causes (at most
 * five deep, each message at most 500 characters, the key redacted): a
 * custom fetch may reject with anything, even an object that throws on
 * every property read.
 */
export function networkError(error: unknown, redact: (text: string) => string, host: string): NetworkError {
  const read = (from: unknown, key: 'name' | 'message' | 'code' | 'cause'): unknown => {
    try {
      return (from as Record<string, unknown> | null)?.[key];
    } catch {
      // unreadable: undefined
    }
  };
  // Redacted text, or `fallback` for undefined or a value that cannot become a string.
  const asText = (value: unknown, fallback: string) => {
    try {
      return value === undefined ? fallback : redact(String(value).slice(0, 500));
    } catch {
      return fallback;
    }
  };
  const describe = (from: unknown, depth: number): Cause => {
    const cause: Cause = { name: asText(read(from, 'name'), 'Error'), message: asText(read(from, 'message'), asText(from, 'unknown failure')) };
    const code = read(from, 'code');
    const inner = read(from, 'cause');
    if (typeof code === 'string') cause.code = redact(code);
    if (inner != null && depth < 4) cause.cause = describe(inner, depth + 1);
    return cause;
  };
  const cause = describe(error, 0);
  // `fetch failed: connect ECONNREFUSED 127.0.0.1:443`: each cause's message, and the first code if none says it.
  let reasons = '';
  let code: string | undefined;
  for (let c: Cause | undefined = cause; c; c = c.cause) {
    if (!reasons.includes(c.message)) reasons += `${reasons && ': '}${c.message}`;
    code ??= c.code;
  }
  // The first code of the chain on top, where `error.cause.code === 'ECONNREFUSED'` finds it.
  if (code) cause.code = code;
  if (code && !reasons.includes(code)) reasons += ` (${code})`;
  return { type: 'network', message: `Network error reaching ${host}: ${reasons}`, cause } as NetworkError;
}
