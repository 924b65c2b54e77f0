import type * as v from 'valibot';
import { keyEscaped, redactDeep } from './body.js';
import { conforms } from './conforms.js';
import { type ApiError, invalidResponse, type RequestError, type ResponseTooLargeError } from './errors.js';
import { isObject } from './params.js';
import { fail, type Result } from './result.js';
import { type ClerkError, ClerkErrorSchema, type ClerkErrors, ClerkErrorsSchema } from './schemas/clerk-errors.js';
import { validate } from './validate.js';

/** How an answer is read: the key redacted from it, and whether 2xx bodies are checked. */
export interface Reading {
  /** Replaces the secret key in a string with `[redacted]`; returns the string itself when it holds none. */
  redact: (text: string) => string;
  validateResponses: boolean;
}

/** Maps a complete HTTP answer (the response and its whole body as text) to a Result: the data, an `api` error, or an `invalid_response` that keeps the body. */
export function readAnswer<T>(response: Response, raw: string, schema: v.GenericSchema<unknown, T>, reading: Reading): Result<T, RequestError> {
  const { status } = response;
  // A server or proxy echoing the Authorization header must not hand the key to the caller.
  const text = reading.redact(raw);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // Left undefined, which JSON never gives: the body is not JSON.
  }
  // The key spelt with JSON escapes is only the key once parsed: then the parsed answer is redacted too, whatever its status.
  if (keyEscaped(text)) ({ body } = redactDeep({ body }, reading.redact));
  if (status < 200 || status > 299) return fail(redactDeep(apiError(status, response.headers, body), reading.redact));
  if (body === undefined) return fail(invalidResponse(status, [{ path: '', message: text === '' ? 'the body is empty' : 'the body is not JSON' }], text));
  if (!reading.validateResponses || conforms(schema, body)) return { ok: true, data: body as T };
  const parsed = validate(schema, body);
  if (!parsed.issues) return { ok: true, data: parsed.value };
  // No second walk: the body was parsed from redacted text and walked above if it spelt the key with escapes, and the issues are read from it.
  return fail(invalidResponse(status, parsed.issues, body));
}

/** The answer ran past `max` decoded bytes; reading stopped there. */
export function tooLarge({ status, headers }: Response, max: number): ResponseTooLargeError {
  return <ResponseTooLargeError>{
    type: 'response_too_large',
    message: `The answer (${status}) is larger than maxResponseBytes (${max} bytes)`,
    status,
    maxResponseBytes: max,
    ...traceOf(undefined, headers),
  };
}

/** An `api` error from a non-2xx answer and its parsed body (undefined when not JSON: an HTML page from a proxy holds no Clerk errors). */
function apiError(status: number, headers: Headers, body: unknown): ApiError {
  const errors = readErrors(body);
  const detail = errors[0]?.long_message || errors[0]?.message;
  const error = <ApiError>{ type: 'api', message: `Clerk API answered ${status}${detail ? `: ${detail}` : ''}`, status, errors, ...traceOf(body, headers) };
  // `Retry-After` in seconds, from either of its forms (seconds or an HTTP-date); a finite integer, however many digits.
  const text = headers.get('retry-after')?.trim() ?? '';
  const seconds = /^\d+$/.test(text) ? Number(text) : Math.ceil((Date.parse(text) - Date.now()) / 1000);
  if (!Number.isNaN(seconds)) error.retryAfter = Math.max(0, Math.min(seconds, Number.MAX_SAFE_INTEGER));
  return error;
}

/**
 * Clerk's errors from an error body, read error by error: one malformed
 * error (or a malformed envelope around them) never hides the others.
 */
function readErrors(body: unknown): ClerkError[] {
  if (conforms(ClerkErrorsSchema, body)) return (body as ClerkErrors).errors;
  const parsed = validate(ClerkErrorsSchema, body);
  if (!parsed.issues) return parsed.value.errors;
  const list = isObject(body) && Array.isArray(body.errors) ? body.errors : [];
  // Each error kept, without the known fields that have the wrong type.
  return list.filter(isObject).map((item) => {
    const kept = { ...item };
    for (const [field, schema] of Object.entries(ClerkErrorSchema.entries)) if (!conforms(schema, kept[field])) delete kept[field];
    return kept as ClerkError;
  });
}

/** The trace id to quote to Clerk support: the body's `clerk_trace_id`, else the trace headers, else `cf-ray`. */
function traceOf(body: unknown, headers: Headers): { traceId?: string } {
  const fromBody = (body as { clerk_trace_id?: unknown } | null | undefined)?.clerk_trace_id;
  const traceId =
    typeof fromBody === 'string' && fromBody ? fromBody : (headers.get('x-clerk-trace-id') ?? headers.get('clerk-trace-id') ?? headers.get('cf-ray'));
  return traceId ? { traceId } : {};
}
