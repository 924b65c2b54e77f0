import * as v from 'valibot';
import { conforms } from './conforms.js';
import { type ApiError, type Issue, type RequestError, type ResponseTooLargeError, summarize } from './errors.js';
import { isObject } from './params.js';
import { fail, type Result } from './result.js';
import { type ClerkError, ClerkErrorSchema, type ClerkErrors, ClerkErrorsSchema } from './schemas/clerk-errors.js';

/** A complete HTTP answer: status, headers and the whole body as text. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

/** How an answer is read: the key redacted from it, and whether 2xx bodies are checked. */
export interface Reading {
  /** Replaces the secret key in a string. */
  redact: (text: string) => string;
  /** Replaces the secret key in every string and key of a parsed value, in place. */
  scrub: <T>(value: T) => T;
  validateResponses: boolean;
}

/** Maps a complete HTTP answer to a Result: the data, an `api` error, or an `invalid_response` that keeps the body. */
export function readAnswer<T>(answer: Answer, schema: v.GenericSchema<unknown, T>, reading: Reading): Result<T, RequestError> {
  const { status } = answer;
  // A server or proxy echoing the Authorization header must not hand the key to the caller.
  const text = reading.redact(answer.text);
  if (status < 200 || status > 299) return fail(reading.scrub(apiError(status, answer.headers, text)));
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    const issues = [{ path: '', message: text === '' ? 'the body is empty' : 'the body is not JSON' }];
    return fail({ type: 'invalid_response', message: `Unexpected answer (${status}): ${issues[0]!.message}`, status, issues, body: text });
  }
  if (!reading.validateResponses || conforms(schema, body)) return { ok: true, data: body as T };
  const parsed = v.safeParse(schema, body);
  if (parsed.success) return { ok: true, data: parsed.output };
  const issues = parsed.issues.map(toIssue);
  return fail(reading.scrub({ type: 'invalid_response', message: `Unexpected answer (${status}): ${summarize(issues)}`, status, issues, body }));
}

/** The answer ran past `max` decoded bytes; reading stopped there. */
export function tooLarge(status: number, headers: Headers, max: number): ResponseTooLargeError {
  return {
    type: 'response_too_large',
    message: `The answer (${status}) is larger than maxResponseBytes (${max} bytes)`,
    status,
    maxResponseBytes: max,
    ...traceOf(undefined, headers),
  };
}

function apiError(status: number, headers: Headers, text: string): ApiError {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (an HTML page from a proxy): no Clerk errors to report.
  }
  const errors = readErrors(body);
  const first = errors[0];
  const detail = first && (first.long_message || first.message);
  const error: ApiError = { type: 'api', message: `Clerk API answered ${status}${detail ? `: ${detail}` : ''}`, status, errors };
  Object.assign(error, traceOf(body, headers));
  const retryAfter = retryAfterSeconds(headers.get('retry-after'));
  if (retryAfter !== undefined) error.retryAfter = retryAfter;
  return error;
}

/**
 * Clerk's errors from an error body, read error by error: one malformed
 * error (or a malformed envelope around them) never hides the others.
 */
function readErrors(body: unknown): ClerkError[] {
  if (conforms(ClerkErrorsSchema, body)) return (body as ClerkErrors).errors;
  const parsed = v.safeParse(ClerkErrorsSchema, body);
  if (parsed.success) return parsed.output.errors;
  const list = isObject(body) && Array.isArray(body.errors) ? body.errors : [];
  // Each error kept, without the known fields that have the wrong type.
  return list.filter(isObject).map((item) => {
    const kept = { ...item };
    for (const field of ['code', 'message', 'long_message', 'meta']) if (!conforms(ClerkErrorSchema, { [field]: kept[field] })) delete kept[field];
    return kept as ClerkError;
  });
}

/** The trace id to quote to Clerk support: the body's `clerk_trace_id`, else the trace headers, else `cf-ray`. */
function traceOf(body: unknown, headers: Headers): { traceId?: string } {
  const fromBody = isObject(body) ? body.clerk_trace_id : undefined;
  const traceId =
    typeof fromBody === 'string' && fromBody !== '' ? fromBody : (headers.get('x-clerk-trace-id') ?? headers.get('clerk-trace-id') ?? headers.get('cf-ray'));
  return traceId ? { traceId } : {};
}

/** `Retry-After` in seconds, from either of its forms (seconds or an HTTP-date); a finite integer, however many digits. */
function retryAfterSeconds(value: string | null): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  const seconds = /^\d+$/.test(text) ? Number(text) : Math.ceil((Date.parse(text) - Date.now()) / 1000);
  return Number.isNaN(seconds) ? undefined : Math.min(Math.max(0, seconds), Number.MAX_SAFE_INTEGER);
}

function toIssue(issue: v.BaseIssue<unknown>): Issue {
  return { path: v.getDotPath(issue) ?? '', message: issue.message };
}
