/** How failed attempts are retried; all times in ms. */
export interface RetryPolicy {
  /** Extra attempts after the first (default 2). */
  retries?: number;
  /** The backoff base: wait n is drawn from 0 to min(maxDelay, baseDelay × 2^n) (default 500). */
  baseDelay?: number;
  /** The longest wait, and the longest `Retry-After` honoured (default 10000). */
  maxDelay?: number;
}

/** Options for one call; each overrides the client's setting. */
export interface CallOptions {
  /** Ends the call at once with an `aborted` error, also between attempts. */
  signal?: AbortSignal;
  /** Per attempt, in ms, covering headers and body. */
  timeout?: number;
  /** The retry policy for this call, or `false` for exactly one attempt. */
  retry?: RetryPolicy | false;
  /** Extra request headers. */
  headers?: Record<string, string>;
}

/** The settings the request core reads from a client. */
export interface ClientConfig {
  timeout: number;
  retry: Required<RetryPolicy> | false;
  validateResponses: boolean;
  /** Replaces the secret key in a string; identity for unknown clients. */
  redact: (text: string) => string;
}

const DEFAULT_RETRY: Required<RetryPolicy> = { retries: 2, baseDelay: 500, maxDelay: 10_000 };

/** The defaults, also used for an ofetch instance not made by createClient. */
export const DEFAULT_CONFIG: ClientConfig = {
  timeout: 30_000,
  retry: DEFAULT_RETRY,
  validateResponses: true,
  redact: (text) => text,
};

const isCount = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const isDelay = (n: unknown) => typeof n === 'number' && n >= 0 && !Number.isNaN(n);

/**
 * Checks call options and returns what is wrong with them, as
 * `[path, message]` pairs; an empty list when they are fine.
 */
export function optionProblems(options: unknown): [string, string][] {
  if (options === undefined) return [];
  if (typeof options !== 'object' || options === null) return [['options', 'must be an object']];
  const o = options as Record<string, unknown>;
  const problems: [string, string][] = [];
  if (o.timeout !== undefined && !(isDelay(o.timeout) && (o.timeout as number) > 0)) {
    problems.push(['timeout', 'must be a number of milliseconds greater than 0']);
  }
  const retry = o.retry as Record<string, unknown> | false | undefined;
  if (retry !== undefined && retry !== false) {
    if (typeof retry !== 'object' || retry === null) problems.push(['retry', 'must be false or { retries, baseDelay, maxDelay }']);
    else {
      if (retry.retries !== undefined && !isCount(retry.retries)) problems.push(['retry.retries', 'must be an integer ≥ 0']);
      if (retry.baseDelay !== undefined && !isDelay(retry.baseDelay)) problems.push(['retry.baseDelay', 'must be a number of milliseconds ≥ 0']);
      if (retry.maxDelay !== undefined && !isDelay(retry.maxDelay)) problems.push(['retry.maxDelay', 'must be a number of milliseconds ≥ 0']);
    }
  }
  const signal = o.signal as AbortSignal | undefined;
  if (signal !== undefined && (typeof signal !== 'object' || signal === null || typeof signal.addEventListener !== 'function' || typeof signal.aborted !== 'boolean')) {
    problems.push(['signal', 'must be an AbortSignal']);
  }
  if (o.headers !== undefined && (typeof o.headers !== 'object' || o.headers === null)) {
    problems.push(['headers', 'must be an object of header names to values']);
  }
  return problems;
}

/** Fills a retry option in from the defaults; `false` stays `false`. */
export function retryPolicy(retry: RetryPolicy | false | undefined, fallback: ClientConfig['retry']): ClientConfig['retry'] {
  if (retry === undefined) return fallback;
  if (retry === false) return false;
  const base = fallback || DEFAULT_RETRY;
  return {
    retries: retry.retries ?? base.retries,
    baseDelay: retry.baseDelay ?? base.baseDelay,
    maxDelay: retry.maxDelay ?? base.maxDelay,
  };
}
