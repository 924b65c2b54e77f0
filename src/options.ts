import { MAX_DELAY } from './abort.js';
import type { Reading } from './answer.js';
import type { Limiter, RateLimit, SharedWindow } from './limits.js';
import { flag, headers, integer, isObject, nested, normalizeHeaders, type Rules } from './params.js';

/** Headers as an object, an array of `[name, value]` pairs, or a `Headers`. */
export type HeadersInput = Record<string, string> | [string, string][] | Headers;

/** A fetch function: the global one, the fake backend's, or your own wrapper. */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/** Options for `createClient`. */
export interface ClientOptions {
  /**
   * The API root: http(s), with no credentials, query or fragment.
   * @default 'https://api.clerk.com/v1'
   */
  baseURL?: string | undefined;
  /**
   * Sent as `Clerk-API-Version`, a date like `2026-05-12`.
   * @default '2026-05-12'
   */
  apiVersion?: string | undefined;
  /**
   * Per attempt, in ms, covering headers and body.
   * @default 30000
   */
  timeout?: number | undefined;
  /**
   * Retry policy, or `false` for one attempt.
   * @default { retries: 2, baseDelay: 500, maxDelay: 10000 }
   */
  retry?: RetryPolicy | false | undefined;
  /**
   * Check 2xx bodies against the schemas.
   * @default true
   */
  validateResponses?: boolean | undefined;
  /**
   * The largest body read, in decoded bytes; past it the attempt ends with
   * `response_too_large`. Far above any real answer (a page of 500
   * organizations with full metadata is about 5 MB), far below an edge
   * isolate's 128 MB.
   * @default 16777216 (16 MiB)
   */
  maxResponseBytes?: number | undefined;
  /**
   * A fetch to use instead of the global one: a function (the fake
   * backend's, a logging wrapper), or an object with a `fetch` method, such
   * as a Workers service binding (`fetch: env.CLERK_PROXY`), which is then
   * called as its method.
   * @default the global fetch, read at each call
   */
  fetch?: FetchFunction | { fetch: FetchFunction } | undefined;
  /** Headers sent with every request: an object, `[name, value]` pairs or a `Headers`. They cannot replace `Authorization` or `Clerk-API-Version`. */
  headers?: HeadersInput | undefined;
  /**
   * A budget: at most `requests` requests (retries included) leave this
   * client in any window of `per` ms; callers wait their turn, in order,
   * within their retry policy's `maxDelay`, else get `rate_limited`. Clerk
   * allows 1,000 per 10 s in production and 100 per 10 s in development,
   * per instance: a budget counts one client object only, unless it comes
   * from `sharedRateLimit` or `durableRateLimit` (`clerk-backend-fetch/cloudflare`,
   * kept in a Durable Object), which every client using it shares.
   * @default none
   */
  rateLimit?: RateLimit | undefined;
  /**
   * At most this many requests of this client in flight at once; the rest wait their turn.
   * @default none
   */
  maxConcurrent?: number | undefined;
}

/** How failed attempts are retried; all times in ms. */
export interface RetryPolicy {
  /**
   * Extra attempts after the first.
   * @default 2
   */
  retries?: number | undefined;
  /**
   * The backoff base, in ms: wait n is drawn from 0 to min(maxDelay, baseDelay × 2^n).
   * @default 500
   */
  baseDelay?: number | undefined;
  /**
   * The longest wait, and the longest `Retry-After` honoured, in ms (at most 2147483647).
   * @default 10000
   */
  maxDelay?: number | undefined;
}

/** Options for one call; each overrides the client's setting. */
export interface CallOptions {
  /**
   * Ends the call at once with an `aborted` error, also between attempts.
   * @default none
   */
  signal?: AbortSignal | undefined;
  /**
   * Per attempt, in ms, covering headers and body (1 to 2147483647).
   * @default the client's `timeout` (30000)
   */
  timeout?: number | undefined;
  /**
   * The retry policy for this call, or `false` for exactly one attempt;
   * unset fields come from the client's policy.
   * @default the client's `retry`
   */
  retry?: RetryPolicy | false | undefined;
  /**
   * Extra request headers, added to the client's; they cannot replace
   * `Authorization` or `Clerk-API-Version`.
   * @default none
   */
  headers?: HeadersInput | undefined;
}

/** The settings the request core reads from a client made by createClient. */
export interface ClientConfig extends Reading {
  /** The API root, without a trailing slash. */
  baseURL: string;
  /** Every request's headers but `authorization`, names in lower case. */
  headers: Record<string, string>;
  /** Sends a request to the API, adding the secret key; the only place that holds it. */
  send: (url: string, init: RequestInit) => Promise<Response>;
  /** The largest decoded body read, in bytes. */
  maxResponseBytes: number;
  /** Holds, the budget and the cap on requests in flight, shared by every call of the client. */
  limiter: Limiter;
  timeout: number;
  retry: Required<RetryPolicy> | false;
}

/** The Backend API version this package is written against. */
export const API_VERSION = '2026-05-12';

/** The default retry policy. */
const DEFAULT_RETRY: Required<RetryPolicy> = { retries: 2, baseDelay: 500, maxDelay: 10_000 };

/** A number of milliseconds from `min` to the longest timer. */
const milliseconds = (min: number) => integer(min, MAX_DELAY, 'a number of milliseconds', Number.isFinite);
const delay = milliseconds(0);
const retryObject = nested({ retries: integer(0), baseDelay: delay, maxDelay: delay }, 'option');

/** Checks on the options both createClient and every call take. */
const sharedRules: Rules = {
  timeout: milliseconds(1),
  retry: (value) => (value === false ? undefined : retryObject(value)),
  headers,
};

/** Checks on the options every call takes. */
export const callOptionRules: Rules = {
  signal: (value) =>
    isObject(value) && typeof value.addEventListener === 'function' && typeof value.removeEventListener === 'function' && typeof value.aborted === 'boolean'
      ? undefined
      : 'must be an AbortSignal',
  ...sharedRules,
};

/** Fills a retry option (a call's, or the client's) in from `fallback`, else the defaults; `false` stays `false`. */
export function retryPolicy(retry: RetryPolicy | false | undefined, fallback: ClientConfig['retry']): ClientConfig['retry'] {
  if (!retry) return retry ?? fallback;
  const policy = { ...(fallback || DEFAULT_RETRY) };
  for (const key in policy) policy[key as keyof RetryPolicy] = retry[key as keyof RetryPolicy] ?? policy[key as keyof RetryPolicy];
  return policy;
}

/** Checks on `createClient`'s options. */
export const clientOptionRules: Rules = {
  ...sharedRules,
  baseURL: (value) => {
    try {
      const url = new URL(value as string);
      if (typeof value === 'string' && /^https?:$/.test(url.protocol) && !url.username && !url.password && !/[?#]/.test(value)) return undefined;
    } catch {
      // not a URL: reported below
    }
    return 'must be an http(s) URL without credentials, a query or a fragment';
  },
  apiVersion: (value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? undefined : 'must be a version date like "2026-05-12"'),
  validateResponses: flag,
  maxResponseBytes: integer(1),
  rateLimit: nested(
    {
      'requests!': integer(1),
      'per!': integer(1, MAX_DELAY),
      shared: (value) => ((value as SharedWindow | null)?.['~sharedWindow'] ? undefined : 'must come from sharedRateLimit()'),
    },
    'option',
  ),
  maxConcurrent: integer(1),
  fetch: (value) =>
    typeof value === 'function' || (isObject(value) && typeof value.fetch === 'function') ? undefined : 'must be a function or an object with a fetch method',
};

/** The settings of a client that do not depend on its key, from its checked options: every default is here (and in `ClientOptions`' docs). */
export function clientSettings({
  baseURL = 'https://api.clerk.com/v1',
  headers = {},
  apiVersion = API_VERSION,
  maxResponseBytes = 16 * 1024 * 1024,
  timeout = 30_000,
  retry,
  validateResponses = true,
}: ClientOptions) {
  return {
    baseURL: baseURL.replace(/\/+$/, ''),
    headers: { ...normalizeHeaders(headers), 'clerk-api-version': apiVersion },
    maxResponseBytes,
    timeout,
    retry: retryPolicy(retry, DEFAULT_RETRY),
    validateResponses,
  };
}
