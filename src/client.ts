import { type $Fetch, ofetch } from 'ofetch';
import { bounded } from './abort.js';
import { tooLarge } from './answer.js';
import { keyEscaped, readText } from './body.js';
import { summarize, timedOut } from './errors.js';
import { createLimiter } from './limits.js';
import { type ClientConfig, type ClientOptions, clientOptionRules, clientSettings } from './options.js';
import { paramIssues, snapshot } from './params.js';

/**
 * An ofetch instance made by `createClient`, carrying its settings (the
 * `~clerk` property, not enumerable). Only such a client is accepted by the
 * endpoint functions; `clerk.create()` and other ofetch instances are not.
 */
export type ClerkClient = $Fetch & { readonly '~clerk': unknown };

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
  // What is wrong with the key, never the key itself; empty for a secret key: `sk_`, then letters, digits and `_.~+/=-`.
  const got =
    typeof secretKey !== 'string'
      ? `${secretKey === null ? null : typeof secretKey} (is it set?)`
      : /^sk_[\w.~+/=-]+$/.test(secretKey)
        ? ''
        : !secretKey
          ? 'an empty string'
          : secretKey.trim() !== secretKey
            ? 'whitespace around it'
            : /^bearer /i.test(secretKey)
              ? 'a "Bearer " prefix'
              : /^["'`]/.test(secretKey)
                ? 'quotes around it'
                : /^pk_/.test(secretKey)
                  ? 'a publishable key'
                  : /^sk_/.test(secretKey)
                    ? 'a malformed "sk_" key'
                    : `"${secretKey.slice(0, 3)}…"`;
  if (got) throw new TypeError(`createClient: expected a Clerk secret key like "sk_test_…" or "sk_live_…" (Dashboard → API keys), got ${got}.`);
  // What is wrong with the options, in one line; empty when nothing is.
  let problems: string;
  try {
    options = snapshot(options) as ClientOptions;
    problems = summarize(paramIssues(options, clientOptionRules, 'options.', 'option'));
  } catch {
    problems = 'options could not be read';
  }
  if (problems) throw new TypeError(`createClient: ${problems}.`);

  const settings = clientSettings(options);
  const { baseURL, headers, maxResponseBytes, timeout } = settings;
  const origin = new URL(baseURL).origin;
  const given = options.fetch;
  const doFetch = (input: string, init: RequestInit) =>
    typeof given === 'function' ? given(input, init) : given ? given.fetch(input, init) : fetch(input, init);
  const limiter = createLimiter(options.rateLimit, options.maxConcurrent);
  const bearer = `Bearer ${secretKey}`;
  const redact = (text: string) => text.replaceAll(secretKey, '[redacted]');
  const config: ClientConfig = {
    ...settings,
    // The key lives only in these closures: no option, header object or error holds it.
    send: (url, init) => doFetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: bearer } }),
    // A shared window (sharedRateLimit) wraps the client's own limiter: it is asked last, right before sending.
    limiter: options.rateLimit?.shared?.wrap(limiter, timeout) ?? limiter,
    redact,
  };

  /**
   * The raw instance's fetch: the key for the API's origin only; answers read under the client's timeout
   * and the caller's signal, bounded and redacted.
   */
  const rawFetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    const sent = new Headers(init.headers);
    if (new URL(url).origin === origin) sent.set('authorization', bearer);
    let response!: Response;
    let text!: string;
    try {
      await bounded(timeout, init.signal, timedOut(timeout), async (attempt) => {
        response = await doFetch(url, { ...init, headers: sent, signal: attempt });
        // Undefined past maxResponseBytes: rethrown below as a TypeError with tooLarge's message.
        text = (await readText(response, maxResponseBytes)) as string;
        if (text === undefined) throw tooLarge(response, maxResponseBytes);
      });
    } catch (error) {
      // The caller's own reason, so that ofetch sees an abort and does not retry.
      throw init.signal?.aborted ? init.signal.reason : new TypeError(redact(String((error as Error | null)?.message ?? error)));
    }
    // ofetch parses the body: a key spelt with JSON escapes (\u0073k_…, \/) must be redacted as parsed, not only as sent.
    if (keyEscaped(text)) {
      try {
        const parsed = JSON.stringify(JSON.parse(text));
        if (parsed.includes(secretKey)) text = parsed;
      } catch {
        // Not JSON: ofetch hands it on as text, where an escape is not the key.
      }
    }
    const kept = new Headers();
    for (const [name, value] of response.headers) if (name !== 'content-encoding' && name !== 'content-length') kept.append(name, redact(value));
    return new Response([204, 205, 304].includes(response.status) ? null : redact(text), {
      status: response.status,
      statusText: redact(response.statusText),
      headers: kept,
    });
  };
  const client = ofetch.create({ baseURL, headers }, { fetch: rawFetch as typeof fetch });
  return Object.defineProperty(client, '~clerk', { value: config }) as ClerkClient;
}

/** The settings of a client made by createClient; undefined for anything else. */
export function configOf(client: ClerkClient | null | undefined): ClientConfig | undefined {
  return typeof client === 'function' ? (client['~clerk'] as ClientConfig | undefined) : undefined;
}
