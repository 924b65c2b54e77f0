import * as v from 'valibot';
import { readText } from './body.js';
import { type ClerkClient, configOf } from './client.js';
import { conforms } from './conforms.js';
import type { ApiError, Issue, NetworkError, RequestError } from './errors.js';
import { admit, enter, hold, leave, stamp } from './limits.js';
import { type CallOptions, type ClientConfig, callOptionRules, MAX_DELAY, retryPolicy } from './options.js';
import { describe, headerRecord, isObject, paramIssues, type RulesFor, snapshot } from './params.js';
import type { Result } from './result.js';
import { type ClerkError, ClerkErrorSchema, type ClerkErrors, ClerkErrorsSchema } from './schemas/clerk-errors.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** What an endpoint sends, built from its checked params. */
export interface Outgoing {
  path: string;
  query?: object;
  body?: Record<string, unknown> | unknown[] | FormData;
}

/** One endpoint: its method, the checks on its params, what it sends, the shape of its answer. */
export interface Endpoint<P, T> {
  method: Method;
  params: RulesFor<P>;
  response: v.GenericSchema<unknown, T>;
  build: (params: P) => Outgoing;
}

/** A failed Result. */
export type Failure = { ok: false; error: RequestError };
type Answer = { ok: true; status: number; headers: Headers; text: string };

const fail = (error: RequestError): Failure => ({ ok: false, error });

/** A path under /organizations from its segments, each percent-encoded: `organizationPath(id, 'memberships', userId)`. */
export function organizationPath(...segments: string[]): string {
  return `/organizations/${segments.map(encodeURIComponent).join('/')}`;
}

/**
 * The one place a call runs: checks params and options, sends with
 * timeout and retries, maps the answer to a Result. Never throws.
 */
export async function call<P, T>(
  client: ClerkClient,
  endpoint: Endpoint<P, T>,
  params: unknown,
  options: CallOptions | undefined,
): Promise<Result<T, RequestError>> {
  let config: ClientConfig | undefined;
  try {
    config = configOf(client);
  } catch {
    // A hostile stand-in (a Proxy that throws): reported as not a client below.
  }
  try {
    // Read the caller's params and options once; checks and the request both use this copy.
    let issues: Issue[];
    try {
      params = snapshot(params);
      options = snapshot(options) as CallOptions | undefined;
      issues = paramIssues(params, endpoint.params);
      if (options !== undefined) issues.push(...paramIssues(options, callOptionRules, 'options'));
    } catch {
      issues = [{ path: '', message: 'params and options must be readable (a getter or Proxy threw)' }];
    }
    if (!config) issues.unshift({ path: 'client', message: 'must be a client from createClient()' });
    if (issues.length > 0) {
      return fail({ type: 'invalid_request', message: `Invalid request: ${describe(issues)}`, issues });
    }
    return await send(config!, endpoint, endpoint.build(params as P), options);
  } catch (error) {
    // Not reached by any known path; here so that a bug still cannot reject.
    return fail(networkError(error, config?.redact ?? ((text) => text)));
  }
}

async function send<T>(
  config: ClientConfig,
  endpoint: Pick<Endpoint<unknown, T>, 'method' | 'response'>,
  outgoing: Outgoing,
  options: CallOptions = {},
): Promise<Result<T, RequestError>> {
  const policy = retryPolicy(options.retry, config.retry);
  const timeout = options.timeout ?? config.timeout;
  const { signal } = options;
  const request = prepare(config, endpoint.method, outgoing, options.headers);
  const idempotent = endpoint.method !== 'POST' && endpoint.method !== 'PATCH';
  const { limiter } = config;
  for (let attempt = 0; ; attempt++) {
    if (signal?.aborted) return aborted(signal);
    // The endpoint's hold and the client's budget, waited out before the attempt's timer starts.
    const admitted = await admit(
      limiter,
      endpoint,
      policy ? policy.maxDelay : undefined,
      (ms) => sleep(ms, signal),
      () => aborted(signal!),
    );
    if (admitted && 'error' in admitted) return admitted;
    if (!(await enter(limiter, (stop) => listen(signal, stop)))) return aborted(signal!);
    stamp(admitted);
    let answer: Answer | Failure;
    try {
      answer = await attemptOnce(config, request, signal, timeout);
    } finally {
      leave(limiter);
      stamp(admitted);
    }
    const result = answer.ok ? readAnswer(answer, endpoint.response, config) : answer;
    if (result.ok) return result;
    const { error } = result;
    // A 429 holds this endpoint for every call of the client, not only this one.
    if (error.type === 'api' && error.status === 429 && error.retryAfter) hold(limiter, endpoint, error.retryAfter);
    if (!policy || attempt >= policy.retries || !shouldRetry(error, idempotent)) return result;
    let wait: number;
    if (error.type === 'api' && error.retryAfter !== undefined) {
      wait = error.retryAfter * 1000;
      if (wait > policy.maxDelay) return result;
    } else {
      wait = Math.random() * Math.min(policy.maxDelay, policy.baseDelay * 2 ** attempt);
    }
    if (!(await sleep(wait, signal))) return aborted(signal!);
  }
}

function shouldRetry(error: RequestError, idempotent: boolean): boolean {
  if (error.type === 'api') return error.status === 429 || (idempotent && (error.status === 502 || error.status === 503 || error.status === 504));
  return idempotent && (error.type === 'network' || error.type === 'timeout');
}

/** What every attempt of a call sends. */
interface Prepared {
  url: string;
  init: RequestInit;
}

/** The URL, headers and body of a call, built once for all its attempts. */
function prepare(config: ClientConfig, method: Method, outgoing: Outgoing, callHeaders: CallOptions['headers']): Prepared {
  // Query params that are set; an array is one repeated key.
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(outgoing.query ?? {})) {
    if (value !== undefined) for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
  }
  const query = `${search}`;
  const url = config.baseURL + outgoing.path + (query && `?${query}`);
  let headers = config.headers;
  let body: BodyInit | undefined;
  if (outgoing.body instanceof FormData) body = outgoing.body;
  else if (outgoing.body !== undefined) {
    body = JSON.stringify(outgoing.body);
    headers = { ...headers, 'content-type': 'application/json' };
  }
  // The user's headers for this call (checked already); headerRecord leaves out the client's own two.
  if (callHeaders) headers = { ...headers, ...(headerRecord(callHeaders) as Record<string, string>) };
  // Redirects are not followed: Clerk's API does not redirect, and the key must not follow one elsewhere.
  return { url, init: { method, headers, body, redirect: 'manual' } };
}

/** One attempt: fetch and read the whole body under one timer. */
async function attemptOnce(config: ClientConfig, request: Prepared, signal: AbortSignal | undefined, timeout: number): Promise<Answer | Failure> {
  const controller = new AbortController();
  let timedOut = false;
  // Settles when the attempt is cut short, even if a custom fetch ignores its signal.
  let stop!: (reason: unknown) => void;
  const stopped = new Promise<never>((_, reject) => (stop = reject));
  stopped.catch(() => {}); // handled by the race below; never an unhandled rejection
  const onAbort = () => {
    controller.abort(signal!.reason);
    stop(signal!.reason);
  };
  const unlisten = listen(signal, onAbort);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
    stop(controller.signal.reason);
  }, timeout);
  try {
    const response = await Promise.race([config.send(request.url, { ...request.init, signal: controller.signal }), stopped]);
    if (!isResponse(response)) throw new TypeError('The fetch did not return a Response');
    const text = await Promise.race([readText(response, config.maxResponseBytes), stopped]);
    if (text === undefined) {
      const { status, headers } = response;
      const max = config.maxResponseBytes;
      return fail({
        type: 'response_too_large',
        message: `The answer (${status}) is larger than maxResponseBytes (${max} bytes)`,
        status,
        maxResponseBytes: max,
        ...traceOf(undefined, headers),
      });
    }
    return { ok: true, status: response.status, headers: response.headers, text };
  } catch (error) {
    if (signal?.aborted) return aborted(signal);
    if (timedOut) return fail({ type: 'timeout', message: `No complete answer within ${timeout} ms`, timeout });
    return fail(networkError(error, config.redact));
  } finally {
    clearTimeout(timer);
    unlisten();
  }
}

/** A Response as far as the core needs one: an HTTP status and headers to read. */
function isResponse(value: unknown): value is Response {
  const status = (value as Response | null)?.status;
  return Number.isInteger(status) && status! >= 100 && status! <= 599 && typeof (value as Response).headers?.get === 'function';
}

/** Listens for the signal's abort; the returned function stops listening. Never throws, whatever the signal does. */
function listen(signal: AbortSignal | undefined, onAbort: () => void): () => void {
  if (!signal) return () => {};
  try {
    signal.addEventListener('abort', onAbort, { once: true });
  } catch {
    // A signal that cannot be listened to is still checked between attempts.
  }
  return () => {
    try {
      signal.removeEventListener('abort', onAbort);
    } catch {
      // nothing to undo
    }
  };
}

/** Maps a complete HTTP answer to a Result. */
function readAnswer<T>(answer: Answer, schema: v.GenericSchema<unknown, T>, config: ClientConfig): Result<T, RequestError> {
  const { status } = answer;
  // A server or proxy echoing the Authorization header must not hand the key to the caller.
  const text = config.redact(answer.text);
  if (status < 200 || status > 299) return fail(config.scrub(apiError(status, answer.headers, text)));
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    const issues = [{ path: '', message: text === '' ? 'the body is empty' : 'the body is not JSON' }];
    return fail({ type: 'invalid_response', message: `Unexpected answer (${status}): ${issues[0]!.message}`, status, issues, body: text });
  }
  if (!config.validateResponses || conforms(schema, body)) return { ok: true, data: body as T };
  const parsed = v.safeParse(schema, body);
  if (parsed.success) return { ok: true, data: parsed.output };
  const issues = parsed.issues.map(toIssue);
  return fail(config.scrub({ type: 'invalid_response', message: `Unexpected answer (${status}): ${describe(issues)}`, status, issues, body }));
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

/** `Retry-After` in seconds, from either of its forms: seconds or an HTTP-date. */
export function retryAfterSeconds(value: string | null): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

function networkError(error: unknown, redact: (text: string) => string): NetworkError {
  // Only plain strings are taken from the failure: a custom fetch may reject with anything,
  // even an object that throws on every property read.
  const read = (from: unknown, key: 'name' | 'message' | 'code' | 'cause'): unknown => {
    try {
      return (from as Record<string, unknown> | null)?.[key];
    } catch {
      return undefined;
    }
  };
  const asText = (value: unknown, fallback: string) => {
    try {
      return redact(typeof value === 'string' ? value : value === undefined ? fallback : String(value));
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
  const cause: NetworkError['cause'] = code === undefined ? { name, message } : { name, message, code };
  return { type: 'network', message: `Network error: ${message}${code ? ` (${code})` : ''}`, cause };
}

function aborted(signal: AbortSignal): Failure {
  return fail({ type: 'aborted', message: 'The call was aborted', reason: signal.reason });
}

/** Waits `ms` (at most the longest timer); resolves false at once if the signal fires first. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const unlisten = listen(signal, () => {
      clearTimeout(timer);
      resolve(false);
    });
    const timer = setTimeout(
      () => {
        unlisten();
        resolve(true);
      },
      Math.min(ms, MAX_DELAY),
    );
  });
}

function toIssue(issue: v.BaseIssue<unknown>): Issue {
  return { path: v.getDotPath(issue) ?? '', message: issue.message };
}
