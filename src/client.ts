import { type $Fetch, ofetch } from 'ofetch';
import { readText, redactDeep } from './body.js';
import type { Issue } from './errors.js';
import { createLimiter } from './limits.js';
import { type ClientConfig, callOptionRules, DEFAULT_CONFIG, type HeadersInput, MAX_DELAY, type RetryPolicy, retryPolicy } from './options.js';
import { describe, flag, headerRecord, integer, isObject, paramIssues, type Rules, snapshot } from './params.js';

/** The Backend API version this package is written against. */
export const API_VERSION = '2026-05-12';

/** A fetch function: the global one, the fake backend's, or your own wrapper. */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/** Options for `createClient`. */
export interface ClientOptions {
  /**
   * The API root: http(s), with no credentials, query or fragment.
   * @default 'https://api.clerk.com/v1'
   */
  baseURL?: string;
  /**
   * Sent as `Clerk-API-Version`, a date like `2026-05-12`.
   * @default '2026-05-12'
   */
  apiVersion?: string;
  /**
   * Per attempt, in ms, covering headers and body.
   * @default 30000
   */
  timeout?: number;
  /**
   * Retry policy, or `false` for one attempt.
   * @default { retries: 2, baseDelay: 500, maxDelay: 10000 }
   */
  retry?: RetryPolicy | false;
  /**
   * Check 2xx bodies against the schemas.
   * @default true
   */
  validateResponses?: boolean;
  /**
   * The largest body read, in decoded bytes; past it the attempt ends with
   * `response_too_large`. Far above any real answer (a page of 500
   * organizations with full metadata is about 5 MB), far below an edge
   * isolate's 128 MB.
   * @default 16777216 (16 MiB)
   */
  maxResponseBytes?: number;
  /**
   * A fetch to use instead of the global one: a function (the fake
   * backend's, a logging wrapper), or an object with a `fetch` method, such
   * as a Workers service binding (`fetch: env.CLERK_PROXY`), which is then
   * called as its method.
   * @default the global fetch, read at each call
   */
  fetch?: FetchFunction | { fetch: FetchFunction };
  /** Headers sent with every request: an object, `[name, value]` pairs or a `Headers`. They cannot replace `Authorization` or `Clerk-API-Version`. */
  headers?: HeadersInput;
  /**
   * A budget: at most `requests` requests (retries included) leave this
   * client in any window of `per` ms; callers wait their turn, in order,
   * within their retry policy's `maxDelay`, else get `rate_limited`. Clerk
   * allows 1,000 per 10 s in production and 100 per 10 s in development,
   * per instance: a budget counts one client object only.
   * @default none
   */
  rateLimit?: { requests: number; per: number };
  /**
   * At most this many requests of this client in flight at once; the rest wait their turn.
   * @default none
   */
  maxConcurrent?: number;
}

/**
 * An ofetch instance made by `createClient`, carrying its settings (the
 * `~clerk` property, not enumerable). Only such a client is accepted by the
 * endpoint functions; `clerk.create()` and other ofetch instances are not.
 */
export type ClerkClient = $Fetch & { readonly '~clerk': unknown };

const SECRET_KEY = /^sk_[\w.~+/=-]+$/;

const clientOptionRules: Rules = {
  timeout: callOptionRules.timeout!,
  retry: callOptionRules.retry!,
  headers: callOptionRules.headers!,
  baseURL: (value) => {
    let url: URL | undefined;
    try {
      url = new URL(value as string);
    } catch {
      // reported below
    }
    return typeof value !== 'string' || !url || !/^https?:$/.test(url.protocol)
      ? 'must be an http(s) URL'
      : url.username || url.password
        ? 'must not hold credentials (user:password@)'
        : /[?#]/.test(value)
          ? 'must not hold a query or a fragment (? or #)'
          : undefined;
  },
  apiVersion: (value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? undefined : 'must be a version date like "2026-05-12"'),
  validateResponses: flag,
  maxResponseBytes: integer(1),
  rateLimit: (value) => {
    const issues = paramIssues(value, { 'requests!': integer(1), 'per!': integer(1, MAX_DELAY) }, 'rateLimit');
    return issues.length === 0 ? undefined : describe(issues, ', ');
  },
  maxConcurrent: integer(1),
  fetch: (value) =>
    typeof value === 'function' || (isObject(value) && typeof value.fetch === 'function') ? undefined : 'must be a function or an object with a fetch method',
};

/**
 * Makes a client: an `ofetch` instance with the base URL and
 * `Clerk-API-Version`, which adds `Authorization: Bearer` to requests for
 * the API's origin only. Pass it to any endpoint function, or call it for
 * other Backend API paths (`await clerk('/users')`).
 *
 * @throws {TypeError} at once for a missing or malformed secret key or a bad
 * option, so a configuration mistake fails at start-up. The message never
 * holds the key.
 *
 * @example
 * import { createClient, listOrganizations } from 'clerk-backend-fetch';
 * const clerk = createClient(env.CLERK_SECRET_KEY, { timeout: 10_000 });
 * const r = await listOrganizations(clerk, { limit: 20 });
 */
export function createClient(secretKey: string, options: ClientOptions = {}): ClerkClient {
  if (typeof secretKey !== 'string' || !SECRET_KEY.test(secretKey)) {
    const got =
      typeof secretKey !== 'string'
        ? `a ${typeof secretKey}`
        : secretKey === ''
          ? 'an empty string'
          : secretKey.startsWith('sk_')
            ? 'a malformed "sk_" key'
            : /^[a-z]{2}_/.test(secretKey)
              ? `a key starting with "${secretKey.slice(0, 3)}"`
              : 'something else';
    throw new TypeError(`createClient: expected a Clerk secret key like "sk_test_…" or "sk_live_…" (Dashboard → API keys), got ${got}.`);
  }
  let problems: Issue[];
  try {
    options = snapshot(options) as ClientOptions;
    problems = paramIssues(options, clientOptionRules, 'options');
  } catch {
    problems = [{ path: 'options', message: 'could not be read' }];
  }
  if (problems.length > 0) throw new TypeError(`createClient: ${describe(problems)}.`);

  const baseURL = (options.baseURL ?? 'https://api.clerk.com/v1').replace(/\/+$/, '');
  const origin = new URL(baseURL).origin;
  const headers = { ...(headerRecord(options.headers ?? {}) as Record<string, string>), 'clerk-api-version': options.apiVersion ?? API_VERSION };
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_CONFIG.maxResponseBytes;
  const given = options.fetch;
  const doFetch = (input: string, init: RequestInit) =>
    typeof given === 'function' ? given(input, init) : given ? given.fetch(input, init) : fetch(input, init);
  const bearer = `Bearer ${secretKey}`;
  const redact = (text: string) => (text.includes(secretKey) ? text.split(secretKey).join('[redacted]') : text);
  const config: ClientConfig = {
    baseURL,
    headers,
    // The key lives only in these closures: no option, header object or error holds it.
    send: (url, init) => doFetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: bearer } }),
    maxResponseBytes,
    limiter: createLimiter(options.rateLimit, options.maxConcurrent),
    timeout: options.timeout ?? DEFAULT_CONFIG.timeout,
    retry: retryPolicy(options.retry, DEFAULT_CONFIG.retry),
    validateResponses: options.validateResponses ?? true,
    redact,
    scrub: (value) => redactDeep(value, secretKey),
  };

  /** The raw instance's fetch: the key for the API's origin only, and answers read, bounded and redacted. */
  const rawFetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === 'string' || input instanceof URL ? String(input) : input.url;
    const sent = new Headers(init.headers);
    if (new URL(url).origin === origin) sent.set('authorization', bearer);
    let response: Response;
    let text: string | undefined;
    try {
      response = await doFetch(url, { ...init, headers: sent });
      text = await readText(response, maxResponseBytes);
    } catch (error) {
      throw new TypeError(redact(String((error as Error | null)?.message ?? error)));
    }
    if (text === undefined) throw new TypeError(`The answer is larger than maxResponseBytes (${maxResponseBytes})`);
    const kept = new Headers();
    response.headers.forEach((value, name) => {
      if (name !== 'content-encoding' && name !== 'content-length') kept.append(name, redact(value));
    });
    const empty = response.status === 204 || response.status === 205 || response.status === 304;
    return new Response(empty ? null : redact(text), { status: response.status, statusText: redact(response.statusText), headers: kept });
  };
  const client = ofetch.create({ baseURL, headers }, { fetch: rawFetch as typeof fetch });
  return Object.defineProperty(client, '~clerk', { value: config }) as ClerkClient;
}

/** The settings of a client made by createClient; undefined for anything else. */
export function configOf(client: ClerkClient | null | undefined): ClientConfig | undefined {
  return typeof client === 'function' ? (client['~clerk'] as ClientConfig | undefined) : undefined;
}
