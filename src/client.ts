import { ofetch, type $Fetch } from 'ofetch';
import { callOptionRules, DEFAULT_CONFIG, retryPolicy, type ClientConfig, type RetryPolicy } from './options.js';
import { describe, flag, paramIssues, type Rules } from './params.js';

/** The Backend API version this package is written against. */
export const API_VERSION = '2026-05-12';

/** Options for `createClient`. */
export interface ClientOptions {
  /** The API root (default `https://api.clerk.com/v1`). */
  baseURL?: string;
  /** Sent as `Clerk-API-Version` (default `2026-05-12`). */
  apiVersion?: string;
  /** Per attempt, in ms, covering headers and body (default 30000). */
  timeout?: number;
  /** Retry policy, or `false` for one attempt (default `{ retries: 2, baseDelay: 500, maxDelay: 10000 }`). */
  retry?: RetryPolicy | false;
  /** Check 2xx bodies against the schemas (default `true`). */
  validateResponses?: boolean;
  /** A fetch to use instead of the global one: a service binding, the fake backend. */
  fetch?: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

/** An ofetch instance made by `createClient`, carrying its settings. */
export type ClerkClient = $Fetch & { readonly '~clerk'?: ClientConfig };

const SECRET_KEY = /^sk_[\w.~+/=-]+$/;

const clientOptionRules: Rules = {
  timeout: callOptionRules.timeout!,
  retry: callOptionRules.retry!,
  headers: callOptionRules.headers!,
  baseURL: (value) => (typeof value === 'string' && /^https?:\/\/[^/]/.test(value) ? undefined : 'must be an http(s) URL'),
  apiVersion: (value) => (typeof value === 'string' && value !== '' ? undefined : 'must be a non-empty string'),
  validateResponses: flag,
  fetch: (value) => (typeof value === 'function' ? undefined : 'must be a function'),
};

/**
 * Makes a client: an `ofetch` instance with the base URL, the
 * `Authorization: Bearer` header and `Clerk-API-Version`. Pass it to any
 * endpoint function. Throws a TypeError at once for a missing or
 * malformed secret key or a bad option, so mistakes fail at start-up.
 *
 * @example
 * import { createClient, listOrganizations } from 'clerk-backend-fetch';
 * const clerk = createClient(env.CLERK_SECRET_KEY, { timeout: 10_000 });
 * const r = await listOrganizations(clerk, { limit: 20 });
 */
export function createClient(secretKey: string, options: ClientOptions = {}): ClerkClient {
  if (typeof secretKey !== 'string' || !SECRET_KEY.test(secretKey)) {
    const got = typeof secretKey !== 'string' ? `a ${typeof secretKey}`
      : secretKey === '' ? 'an empty string'
      : secretKey.startsWith('sk_') ? 'a malformed "sk_" key'
      : /^[a-z]{2}_/.test(secretKey) ? `a key starting with "${secretKey.slice(0, 3)}"` : 'something else';
    throw new TypeError(`createClient: expected a Clerk secret key like "sk_test_…" or "sk_live_…" (Dashboard → API keys), got ${got}.`);
  }
  const problems = paramIssues(options, clientOptionRules, 'options');
  if (problems.length > 0) {
    throw new TypeError(`createClient: ${describe(problems)}.`);
  }
  const baseURL = options.baseURL ?? 'https://api.clerk.com/v1';
  const headers = {
    ...withoutOwnHeaders(options.headers),
    authorization: `Bearer ${secretKey}`,
    'clerk-api-version': options.apiVersion ?? API_VERSION,
  };
  const config: ClientConfig = {
    baseURL: baseURL.replace(/\/+$/, ''),
    headers,
    fetch: options.fetch,
    timeout: options.timeout ?? DEFAULT_CONFIG.timeout,
    retry: retryPolicy(options.retry, DEFAULT_CONFIG.retry),
    validateResponses: options.validateResponses ?? true,
    redact: (text) => (text.includes(secretKey) ? text.split(secretKey).join('[redacted]') : text),
  };
  // The endpoint functions send through the request core with these settings; the
  // ofetch instance carries them and serves direct calls to other paths.
  const client = ofetch.create({ baseURL, headers }, options.fetch ? { fetch: options.fetch as typeof fetch } : {});
  return Object.defineProperty(client, '~clerk', { value: config });
}

/**
 * User headers with names in lower case, without the two createClient sets;
 * a null-prototype object, so no name (not even `__proto__`) is special.
 */
export function withoutOwnHeaders(headers: Record<string, string> = {}): Record<string, string> {
  const kept: Record<string, string> = Object.create(null);
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (lower !== 'authorization' && lower !== 'clerk-api-version') kept[lower] = value;
  }
  return kept;
}

/** The settings of a client made by createClient; undefined for anything else. */
export function configOf(client: ClerkClient | null | undefined): ClientConfig | undefined {
  return typeof client === 'function' ? client['~clerk'] : undefined;
}
