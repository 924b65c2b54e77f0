import type { Limiter } from './limits.js';
import { type Check, describe, headers, integer, isObject, paramIssues, type Rules } from './params.js';

/** Headers as an object, an array of `[name, value]` pairs, or a `Headers`. */
export type HeadersInput = Record<string, string> | [string, string][] | Headers;

/** The longest wait a timer can take (about 24.8 days), in ms. */
export const MAX_DELAY = 0x7fffffff;

/** How failed attempts are retried; all times in ms. */
export interface RetryPolicy {
  /**
   * Extra attempts after the first.
   * @default 2
   */
  retries?: number;
  /**
   * The backoff base, in ms: wait n is drawn from 0 to min(maxDelay, baseDelay × 2^n).
   * @default 500
   */
  baseDelay?: number;
  /**
   * The longest wait, and the longest `Retry-After` honoured, in ms (at most 2147483647).
   * @default 10000
   */
  maxDelay?: number;
}

/** Options for one call; each overrides the client's setting. */
export interface CallOptions {
  /**
   * Ends the call at once with an `aborted` error, also between attempts.
   * @default none
   */
  signal?: AbortSignal;
  /**
   * Per attempt, in ms, covering headers and body (1 to 2147483647).
   * @default the client's `timeout` (30000)
   */
  timeout?: number;
  /**
   * The retry policy for this call, or `false` for exactly one attempt;
   * unset fields come from the client's policy.
   * @default the client's `retry`
   */
  retry?: RetryPolicy | false;
  /**
   * Extra request headers, added to the client's; they cannot replace
   * `Authorization` or `Clerk-API-Version`.
   * @default none
   */
  headers?: HeadersInput;
}

/** The settings the request core reads from a client made by createClient. */
export interface ClientConfig {
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
  validateResponses: boolean;
  /** Replaces the secret key in a string. */
  redact: (text: string) => string;
  /** Replaces the secret key in every string and key of a parsed value, in place. */
  scrub: <T>(value: T) => T;
}

/** The defaults for timeout and retry. */
export const DEFAULT_CONFIG = {
  timeout: 30_000,
  maxResponseBytes: 16 * 1024 * 1024,
  retry: { retries: 2, baseDelay: 500, maxDelay: 10_000 } as Required<RetryPolicy>,
};

const count = integer(0);
const delay: Check = (value) =>
  typeof value === 'number' && value >= 0 && value <= MAX_DELAY ? undefined : `must be a number of milliseconds from 0 to ${MAX_DELAY}`;
const retryRules: Rules = { retries: count, baseDelay: delay, maxDelay: delay };

/** Checks on the options every call takes, shared by createClient. */
export const callOptionRules: Rules = {
  signal: (value) =>
    isObject(value) && typeof value.addEventListener === 'function' && typeof value.removeEventListener === 'function' && typeof value.aborted === 'boolean'
      ? undefined
      : 'must be an AbortSignal',
  timeout: (value) => (typeof value === 'number' && value > 0 && value <= MAX_DELAY ? undefined : `must be a number of milliseconds from 1 to ${MAX_DELAY}`),
  retry: (value) => {
    if (value === false) return undefined;
    const issues = paramIssues(value, retryRules, 'retry');
    return issues.length === 0 ? undefined : describe(issues, ', ');
  },
  headers,
};

/** Fills a retry option in from the defaults; `false` stays `false`. */
export function retryPolicy(retry: RetryPolicy | false | undefined, fallback: ClientConfig['retry']): ClientConfig['retry'] {
  if (retry === undefined) return fallback;
  if (retry === false) return false;
  const base = fallback || DEFAULT_CONFIG.retry;
  return {
    retries: retry.retries ?? base.retries,
    baseDelay: retry.baseDelay ?? base.baseDelay,
    maxDelay: retry.maxDelay ?? base.maxDelay,
  };
}
