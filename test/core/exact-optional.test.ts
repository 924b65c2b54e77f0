// Optional params and options take `undefined` (what `exactOptionalPropertyTypes` users pass on, and what the types
// now say: `limit?: number | undefined`): at run time an optional key holding undefined is as if left out.
// The types side is test/types/exact-optional.ts, compiled with the flag on by `npm run typecheck`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CallOptions, type ClientOptions, createClient, listOrganizations, paginate } from '../../src/index.js';
import { invitationRules } from '../../src/invitations/invitation-params.js';
import { type Registered, registry } from '../../src/registry.js';
import { SECRET_KEY } from '../support/secret.js';

/** What one request sent: method, URL and body (JSON text, or form fields as `name=value` with files by name, type and size). */
async function describeRequest(url: string, init: RequestInit): Promise<string> {
  let body = '';
  if (typeof init.body === 'string') body = init.body;
  else if (init.body instanceof FormData) {
    for (const [name, value] of init.body) body += `${name}=${typeof value === 'string' ? value : `${value.name}:${value.type}:${value.size}`};`;
  } else if (init.body != null) body = String(init.body);
  return `${init.method} ${url} ${body}`;
}

/** A client that records every request and answers 200 `{}` (responses are not validated). */
function recordingClient(options: ClientOptions = {}) {
  const sent: string[] = [];
  const client = createClient(SECRET_KEY, {
    retry: false,
    validateResponses: false,
    ...options,
    fetch: async (url, init) => {
      sent.push(await describeRequest(url, init));
      return new Response('{"data":[],"total_count":0}', { status: 200, headers: { 'content-type': 'application/json' } });
    },
  });
  return { client, sent };
}

/** The optional keys of a set of rules: those without `!`. */
const optionalKeys = (rules: object) => Object.keys(rules).filter((key) => !key.endsWith('!'));

/** `params` with every optional param it lacks present as `undefined` (and so in each bulk invitation). */
function withUndefined(r: Registered, params: Record<string, unknown>): Record<string, unknown> {
  const filled: Record<string, unknown> = { ...params };
  for (const key of optionalKeys(r.endpoint.params)) if (!(key in filled)) filled[key] = undefined;
  if (Array.isArray(filled.invitations)) {
    filled.invitations = filled.invitations.map((item: Record<string, unknown>) => {
      const copy = { ...item };
      for (const key of optionalKeys(invitationRules)) if (!(key in copy)) copy[key] = undefined;
      return copy;
    });
  }
  return filled;
}

const every: CallOptions = { signal: undefined, timeout: undefined, retry: undefined, headers: undefined };

describe('undefined optional params and options', () => {
  it.each(registry().map((r) => [r.name, r] as const))('%s: every optional param undefined sends what leaving them out sends', async (_, r) => {
    const plain = recordingClient();
    const before = await r.call(plain.client, r.example() as never);
    const filled = recordingClient();
    const after = await r.call(filled.client, withUndefined(r, r.example()) as never, every);
    expect(after.ok ? 'ok' : (after.error as { type: string }).type).toBe(before.ok ? 'ok' : (before.error as { type: string }).type);
    expect(after.ok, JSON.stringify(after)).toBe(true);
    expect(filled.sent).toEqual(plain.sent);
    expect(filled.sent).toHaveLength(1);
  });

  it('test/types/exact-optional.ts passes optional values on to every registered endpoint function', () => {
    const source = readFileSync(new URL('../types/exact-optional.ts', import.meta.url), 'utf8');
    const missing = registry()
      .map((r) => r.name)
      .filter((name) => !source.includes(`${name}(clerk, on<ParamsOf<typeof ${name}>>(), options);`));
    expect(missing).toEqual([]);
  });

  it('createClient takes every option as undefined, and the defaults apply', async () => {
    const options: { [K in keyof Required<ClientOptions>]: undefined } = {
      baseURL: undefined,
      apiVersion: undefined,
      timeout: undefined,
      retry: undefined,
      validateResponses: undefined,
      maxResponseBytes: undefined,
      fetch: undefined,
      headers: undefined,
      rateLimit: undefined,
      maxConcurrent: undefined,
    };
    expect(() => createClient(SECRET_KEY, options)).not.toThrow();
    const seen: { url: string; headers: Headers }[] = [];
    const client = createClient(SECRET_KEY, {
      ...options,
      fetch: async (url, init) => {
        seen.push({ url, headers: new Headers(init.headers) });
        return new Response('{"data":[],"total_count":0}', { status: 200 });
      },
    });
    const r = await listOrganizations(client, { limit: undefined, offset: undefined });
    expect(r.ok).toBe(true);
    expect(seen.map((s) => [s.url, s.headers.get('clerk-api-version')])).toEqual([['https://api.clerk.com/v1/organizations', '2026-05-12']]);
  });

  it('a retry policy with undefined fields takes the defaults, at the client and per call', async () => {
    const { client, sent } = recordingClient({ retry: { retries: undefined, baseDelay: undefined, maxDelay: undefined } });
    const r = await listOrganizations(client, {}, { retry: { retries: undefined, baseDelay: undefined, maxDelay: undefined } });
    expect(r.ok).toBe(true);
    expect(sent).toHaveLength(1);
  });

  it('paginate takes undefined limit and offset', async () => {
    const { client, sent } = recordingClient();
    const pages = [];
    for await (const page of paginate(listOrganizations, client, { limit: undefined, offset: undefined }, every)) pages.push(page.ok);
    expect(pages).toEqual([true]);
    expect(sent).toEqual(['GET https://api.clerk.com/v1/organizations?offset=0 ']);
  });
});
