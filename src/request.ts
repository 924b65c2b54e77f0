import type * as v from 'valibot';
import { bounded, sleep } from './abort.js';
import { readAnswer, tooLarge } from './answer.js';
import { readText, redactDeep } from './body.js';
import { type ClerkClient, configOf } from './client.js';
import { type ApiError, aborted, type Issue, invalidRequest, networkError, type RequestError, type TimeoutError, timedOut } from './errors.js';
import type { Outcome } from './limits.js';
import { type CallOptions, type ClientConfig, callOptionRules, type HeadersInput, retryPolicy } from './options.js';
import { normalizeHeaders, paramIssues, type RulesFor, snapshot, TOO_MANY_ITEMS } from './params.js';
import { type Failure, fail, type Result } from './result.js';

/** An HTTP method the Backend API uses. */
export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** The statuses an endpoint's error type documents: `403 | 404` for `RequestError<403 | 404>`. */
type DocumentedStatus<E> = E extends ApiError<infer S> ? S : never;

/**
 * One operation of the Backend API, as data: the request core fills the
 * path template from the params (each segment percent-encoded) and sends
 * the rest as the query (GET, DELETE) or the JSON body (POST, PATCH, PUT).
 * `E` is the endpoint's error type, naming the statuses the spec documents.
 */
// biome-ignore lint/correctness/noUnusedVariables: E types what `call` resolves to
export interface Endpoint<P, T, E extends RequestError = RequestError> {
  method: Method;
  /** The spec's path template, e.g. `/organizations/{organization_id}/memberships/{user_id}`. */
  path: string;
  /** One check per param, `name!` when required. */
  params: RulesFor<P>;
  /** The shape of a 2xx answer. */
  response: v.GenericSchema<unknown, T>;
  /** Only where the body is not "the params left after the path": builds it (an array body, multipart form data). */
  body?: (params: P) => unknown[] | FormData;
  /** The param naming the resource Clerk limits this endpoint per (invitations: per organization): a 429 then holds only that resource. */
  limitedPer?: keyof P & string;
}

/**
 * Where an endpoint stands in Clerk's spec, beside its descriptor: read by
 * the registry, its tests and the fake, never by the request core, so no
 * bundle carries it.
 */
export interface Operation<E extends RequestError = RequestError> {
  /** The spec's `operationId`, e.g. `GetOrganization`. */
  operationId: string;
  /** The error statuses the spec documents; they must be those of the endpoint's error type `E`. */
  statuses: readonly DocumentedStatus<E>[];
}

/** What every attempt of a call sends. */
interface Prepared {
  url: string;
  init: RequestInit;
}

/**
 * The one place a call runs: checks params and options, then sends, each
 * attempt in its turn (the limiter) and under its timeout, retrying as the
 * policy says, and maps the answer to a Result. Never throws.
 */
export function call<P, T, E extends RequestError>(
  client: ClerkClient,
  endpoint: Endpoint<P, T, E>,
  params: unknown,
  options: CallOptions | undefined,
): Promise<Result<T, E>>;
// E only names the documented statuses of `api` errors: every RequestError is an E.
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
  const started = Date.now();
  const name = `${endpoint.method} ${endpoint.path}`;
  let sent = 0;
  /** The failure with where it happened; a caller's `AbortSignal.timeout()` that fired is a timeout. */
  const placed = ({ error }: Failure): Failure => {
    let reason: unknown;
    try {
      reason = error.type === 'aborted' && (error.reason as Error | null)?.name;
    } catch {
      // a reason whose name cannot be read stays an abort
    }
    if (reason === 'TimeoutError') {
      const ms = Date.now() - started;
      error = { type: 'timeout', message: `The call's signal timed out after ${ms} ms`, timeout: ms } as TimeoutError;
    } else if (error.type === 'timeout' && sent > 1) error.message += ` per attempt (${sent} attempts)`; // only the attempts' own timeout gets here
    return fail(Object.assign(error, { endpoint: name, attempts: sent }));
  };
  try {
    // Read the caller's params and options once; checks and the request both use this copy.
    let issues: Issue[];
    try {
      params = snapshot(params);
      // The signal is used as given: a copy of a signal-like object would never see its abort.
      options = snapshot(options, undefined, 'signal') as CallOptions | undefined;
      issues = paramIssues(params, endpoint.params as RulesFor<unknown>);
      if (options !== undefined) issues.push(...paramIssues(options, callOptionRules, 'options.', 'option'));
    } catch (error) {
      issues = [{ path: '', message: error === TOO_MANY_ITEMS ? error : 'params and options must be readable (a getter or Proxy threw)' }];
    }
    if (!config) issues.unshift({ path: 'client', message: 'must be a client from createClient()' });
    if (issues.length > 0) return fail(invalidRequest(issues));
    // The call's options override the client's settings.
    const { retry, signal, headers } = options ?? {};
    const timeout = options?.timeout ?? config!.timeout;
    const policy = retryPolicy(retry, config!.retry);
    const request = prepare(config!, endpoint, params as P, headers);
    // Holds are kept per endpoint, and per resource where Clerk limits per resource.
    const holdKey = endpoint.limitedPer ? `${name} ${(params as Record<string, string>)[endpoint.limitedPer]}` : name;
    const { limiter, send, maxResponseBytes, redact } = config!;
    // What an attempt that ran past its timeout ends with.
    const late = timedOut(timeout);
    // Each attempt waits its turn (the hold, the budget, a place in flight), then retries as the policy says.
    for (let attempt = 0; ; attempt++) {
      // Waited out before the attempt's timer starts; an aborted signal ends the call here.
      const ticket = await limiter.admit(holdKey, policy ? policy.maxDelay : undefined, signal);
      if ('error' in ticket) return placed(ticket);
      let result: Result<T, RequestError> | undefined;
      try {
        // Fetch and read the whole body under one timer, then map the answer to a Result.
        result = await bounded(timeout, signal, late, async (attemptSignal) => {
          sent++;
          const response = await send(request.url, { ...request.init, signal: attemptSignal });
          // A Response as far as the core needs one: an HTTP status and headers to read.
          const status = (response as Response | null)?.status;
          if (!(status! >= 100 && status! <= 599 && Number.isInteger(status) && typeof response.headers?.get === 'function'))
            throw new TypeError('The fetch did not return a Response');
          const text = await readText(response, maxResponseBytes);
          // The trace headers may echo the key, like the body.
          if (text === undefined) return fail(redactDeep(tooLarge(response, maxResponseBytes), redact));
          return readAnswer(response, text, endpoint.response, config!);
        });
      } catch (error) {
        result = fail(signal?.aborted ? aborted(signal) : error === late ? late : networkError(error, redact, new URL(request.url).host));
      } finally {
        // A 429 holds this endpoint (or resource) for every call of the client, not only this one.
        limiter.release(ticket, outcomeOf(result));
      }
      if (result.ok) return result;
      const { error } = result;
      // A 429 is always retried; a 502, 503, 504, network error or timeout only when a repeat cannot do harm.
      const retryable =
        (error.type === 'api' && error.status === 429) ||
        (endpoint.method !== 'POST' &&
          endpoint.method !== 'PATCH' &&
          (error.type === 'api' ? error.status > 501 && error.status < 505 : error.type === 'network' || error.type === 'timeout'));
      if (!policy || attempt >= policy.retries || !retryable) return placed(result);
      // A `Retry-After` is waited out exactly, or not at all when longer than maxDelay; else a backoff draw (never longer).
      const wait =
        error.type === 'api' && error.retryAfter !== undefined
          ? error.retryAfter * 1000
          : Math.random() * Math.min(policy.maxDelay, policy.baseDelay * 2 ** attempt);
      if (wait > policy.maxDelay) return placed(result);
      if (!(await sleep(wait, signal))) return placed(fail(aborted(signal!)));
    }
  } catch (error) {
    // Not reached by any known path; here so that a bug still cannot reject.
    return placed(fail(networkError(error, config?.redact ?? ((text) => text), 'the API')));
  }
}

/** What an attempt tells the limiter: answered (not a 429), not answered (or a 429 without `Retry-After`), or a 429's `Retry-After`. */
function outcomeOf(result: Result<unknown, RequestError> | undefined): Outcome {
  if (!result) return false;
  if (result.ok) return true;
  const { error } = result;
  if (error.type === 'api') return error.status === 429 ? error.retryAfter || false : true;
  return error.type === 'invalid_response';
}

/**
 * The URL, headers and body of a call, built once for all its attempts:
 * the path template filled from the params, the rest as the query (GET,
 * DELETE; arrays as repeated keys) or the JSON body; the call's `extra`
 * headers added to the client's.
 */
function prepare<P>(config: ClientConfig, endpoint: Endpoint<P, unknown>, params: P, extra: HeadersInput | undefined): Prepared {
  let headers = extra ? { ...config.headers, ...normalizeHeaders(extra) } : config.headers;
  const rest: Record<string, unknown> = { ...(params as object) };
  let inPath = 0;
  let url =
    config.baseURL +
    endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const segment = encodeURIComponent(rest[name] as string);
      delete rest[name];
      inPath++;
      return segment;
    });
  let body: BodyInit | undefined;
  if (endpoint.method === 'GET' || endpoint.method === 'DELETE') {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(rest)) {
      // An array as repeated keys (its items are strings: no param takes nested arrays); append makes each a string.
      if (value !== undefined) for (const item of [value].flat()) search.append(name, item as string);
    }
    const query = `${search}`;
    if (query) url += `?${query}`;
  } else {
    const given = endpoint.body ? endpoint.body(params) : Object.keys(endpoint.params).length > inPath ? rest : undefined;
    if (given instanceof FormData) body = given;
    else if (given !== undefined) {
      body = JSON.stringify(given);
      headers = { ...headers, 'content-type': 'application/json' };
    }
  }
  // Redirects are not followed: Clerk's API does not redirect, and the key must not follow one elsewhere.
  return { url, init: { method: endpoint.method, headers, body, redirect: 'manual' } };
}
