// Attacks on the package: hostile params, clients, signals, fetches and servers. Every one must end in a
// well-formed Result (or a TypeError from createClient), never a rejection, a leaked key or unbounded memory.
// Crashes and memory are checked in child processes on the built package: test/runtimes/hostile-process.test.ts.
import { describe, expect, it } from 'vitest';
import {
  type ClientOptions,
  createClient,
  createOrganization,
  deleteOrganizationLogo,
  getOrganization,
  listOrganizations,
  mergeOrganizationMetadata,
  paginateOrganizations,
  type RequestError,
  type Result,
} from '../../src/index.js';
import { expectErr } from '../support/expect-result.js';
import { fakeClerk } from '../support/fake-client.js';
import { minimalOrganization } from '../support/models.js';
import { recording as recordClient } from '../support/recording.js';
import { reachesSecret, SECRET_KEY } from '../support/secret.js';
import { assertWellFormed } from '../support/well-formed.js';

const ORG = minimalOrganization();

/** A recording client that retries at once (1–5 ms), as these attacks need. */
const recording = (answer?: (path: string, n: number) => Response | Promise<Response>, options: ClientOptions = {}) =>
  recordClient(answer, { retry: { retries: 2, baseDelay: 1, maxDelay: 5 }, ...options });

const boom = () => {
  throw new Error('boom');
};
/** A Proxy that throws on every operation: of a function (a stand-in client), or of a plain object (stand-in params). */
const explosive = (target: object = () => {}) => new Proxy(target, { get: boom, getPrototypeOf: boom, ownKeys: boom, has: boom, apply: boom });
const explosiveObject = () => explosive({});

/** Whether `needle` is in any string or key of `value`, walked without recursion (values nested 100,000 deep). */
function holds(value: unknown, needle: string): boolean {
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === 'string' && node.includes(needle)) return true;
    if (typeof node === 'object' && node !== null) for (const [k, v] of Object.entries(node)) k.includes(needle) ? stack.push(needle) : stack.push(v);
  }
  return false;
}

/** An array with a hole at index `before.length` (then `after`). */
function holed<T>(after: T[], before: T[] = []): T[] {
  const array = [...before];
  array[before.length + 1] = after[0]!;
  array.push(...after.slice(1));
  return array;
}

const invalid = (r: Result<unknown, RequestError>) => {
  assertWellFormed(r);
  if (r.ok || r.error.type !== 'invalid_request') throw new Error(`expected invalid_request, got ${JSON.stringify(r).slice(0, 300)}`);
  return r.error.issues;
};

describe('nothing rejects', () => {
  it('paginate with params whose getter throws: one invalid_request page, then done', async () => {
    const { client, sent } = recording();
    const params = Object.defineProperty({}, 'limit', {
      enumerable: true,
      get: () => {
        throw new Error('getter');
      },
    });
    const pages = [];
    for await (const page of paginateOrganizations(client, params)) pages.push(page);
    expect(pages).toHaveLength(1);
    expect(invalid(pages[0]!)[0]!.message).toMatch(/readable/);
    expect(sent).toHaveLength(0);
  });

  it('paginate with null params is refused, not a listing of everything', async () => {
    const { client, sent } = recording();
    const pages = [];
    for await (const page of paginateOrganizations(client, null as never)) pages.push(page);
    expect(invalid(pages[0]!)).toEqual([{ path: '', message: 'params must be an object' }]);
    expect(sent).toHaveLength(0);
  });

  it('a Proxy as the client, or as params, is invalid_request', async () => {
    expect(invalid(await getOrganization(explosive() as never, { organization_id: 'org_1' }))[0]!.path).toBe('client');
    const { client } = recording();
    expect(invalid(await getOrganization(client, explosiveObject() as never))[0]!.message).toMatch(/readable/);
    expect(invalid(await getOrganization(client, { organization_id: 'o' }, explosiveObject() as never))[0]!.message).toMatch(/readable/);
  });

  it('a fetch that rejects with a Proxy throwing on every access gives a network error', async () => {
    const client = createClient(SECRET_KEY, { retry: false, fetch: () => Promise.reject(explosive()) });
    const r = await getOrganization(client, { organization_id: 'org_1' });
    assertWellFormed(r);
    expect(expectErr(r).type).toBe('network');
  });

  it('a signal-like object without removeEventListener is refused before anything is sent', async () => {
    const { client, sent } = recording();
    const signal = { aborted: false, addEventListener() {} };
    expect(invalid(await createOrganization(client, { name: 'A' }, { signal: signal as never }))[0]!.path).toBe('options.signal');
    expect(sent).toHaveLength(0);
  });

  it('a signal whose add/removeEventListener throw does not break a call that succeeds', async () => {
    const { client } = recording();
    const signal = {
      aborted: false,
      addEventListener: () => {
        throw new Error('add');
      },
      removeEventListener: () => {
        throw new Error('remove');
      },
    };
    const r = await createOrganization(client, { name: 'A' }, { signal: signal as never, timeout: 50 });
    expect(r.ok).toBe(true);
  });
});

describe('client mistakes are invalid_request at once, and nothing is sent', () => {
  const cases: [string, (c: ReturnType<typeof recording>['client']) => Promise<Result<unknown, RequestError>>, string, RegExp][] = [
    ['a lone surrogate in query', (c) => listOrganizations(c, { query: 'a\uD800b' }), 'query', /lone surrogate/],
    ['a lone surrogate in an id', (c) => getOrganization(c, { organization_id: '\uDC00' }), 'organization_id', /lone surrogate/],
    ['a sparse array of ids', (c) => listOrganizations(c, { organization_id: holed(['org_1']) }), 'organization_id', /no holes/],
    ['BigInt metadata', (c) => mergeOrganizationMetadata(c, { organization_id: 'o', public_metadata: { n: 1n } }), 'public_metadata.n', /bigint/],
    [
      'NaN metadata (JSON would send null and delete the key)',
      (c) => mergeOrganizationMetadata(c, { organization_id: 'o', public_metadata: { score: NaN } }),
      'public_metadata.score',
      /finite/,
    ],
    [
      'Infinity metadata',
      (c) => mergeOrganizationMetadata(c, { organization_id: 'o', private_metadata: { a: { b: -Infinity } } }),
      'private_metadata.a.b',
      /finite/,
    ],
    [
      'undefined in a metadata array',
      (c) => mergeOrganizationMetadata(c, { organization_id: 'o', public_metadata: { list: [1, undefined] } }),
      'public_metadata.list.1',
      /undefined or a hole/,
    ],
    [
      'a hole in a metadata array',
      (c) => mergeOrganizationMetadata(c, { organization_id: 'o', public_metadata: { list: holed([3], [1]) } }),
      'public_metadata.list.1',
      /undefined or a hole/,
    ],
    [
      'a function in metadata (toJSON)',
      (c) =>
        mergeOrganizationMetadata(c, {
          organization_id: 'o',
          public_metadata: {
            toJSON: () => {
              throw new Error('x');
            },
          },
        }),
      'public_metadata.toJSON',
      /function/,
    ],
    ['a symbol in metadata', (c) => mergeOrganizationMetadata(c, { organization_id: 'o', public_metadata: { s: Symbol('x') } }), 'public_metadata.s', /symbol/],
    ['a Date in metadata', (c) => createOrganization(c, { name: 'A', public_metadata: { at: new Date(0) } }), 'public_metadata.at', /not Date/],
    ['a class instance in metadata', (c) => createOrganization(c, { name: 'A', public_metadata: { m: new Map() } }), 'public_metadata.m', /not Map/],
    [
      'circular metadata',
      (c) => {
        const m: Record<string, unknown> = {};
        m.self = m;
        return createOrganization(c, { name: 'A', public_metadata: m });
      },
      'public_metadata.self',
      /circular/,
    ],
    [
      'a CRLF header value',
      (c) => getOrganization(c, { organization_id: 'o' }, { headers: { 'x-a': 'a\r\nX-Injected: 1' } }),
      'options.headers',
      /line breaks/,
    ],
    ['a non-Latin-1 header value', (c) => getOrganization(c, { organization_id: 'o' }, { headers: { 'x-a': 'ünïcode ✓' } }), 'options.headers', /Latin-1/],
    [
      'a header name that is not a token',
      (c) => getOrganization(c, { organization_id: 'o' }, { headers: { 'bad name': 'x' } }),
      'options.headers',
      /not a header name/,
    ],
    [
      'maxDelay: Infinity (timers cannot wait that long)',
      (c) => getOrganization(c, { organization_id: 'o' }, { retry: { maxDelay: Infinity } }),
      'options.retry.maxDelay',
      /milliseconds from 0 to 2147483647/,
    ],
  ];

  it.each(cases)('%s', async (_, run, path, message) => {
    const { client, sent } = recording();
    const issues = invalid(await run(client));
    expect(issues[0]!.path).toBe(path);
    expect(issues[0]!.message).toMatch(message);
    expect(sent).toHaveLength(0);
  });

  it('createClient refuses bad options with a TypeError that holds no secret', () => {
    const bad: [ClientOptions, RegExp][] = [
      [{ headers: { 'x-a': 'a\r\nb' } }, /headers x-a must be a string without line breaks/],
      [{ headers: [['x-a']] as never }, /headers must be an object, \[name, value\] pairs or a Headers/],
      [{ headers: 'x-a: a' as never }, /headers must be an object, \[name, value\] pairs or a Headers/],
      [{ apiVersion: 'latest' }, /apiVersion must be a version date/],
      [{ baseURL: 'https://api.clerk.com/v1#x' }, /query or a fragment/],
      [{ baseURL: 'https://api.clerk.com/v1?x=1' }, /query or a fragment/],
      [{ baseURL: 'https://user:hunter2@api.clerk.com/v1' }, /credentials/],
      [{ maxResponseBytes: 0 }, /maxResponseBytes/],
      [{ fetch: {} as never }, /fetch must be a function or an object with a fetch method/],
    ];
    for (const [options, message] of bad) {
      let thrown: unknown;
      try {
        createClient(SECRET_KEY, options);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(TypeError);
      expect((thrown as Error).message).toMatch(message);
      expect((thrown as Error).message).not.toContain('hunter2');
      expect(reachesSecret(thrown)).toBe(false);
    }
  });
});

describe('params are read once', () => {
  it('a getter that answers differently the second time cannot put ".." into the path', async () => {
    const { client, sent } = recording();
    let reads = 0;
    const params = Object.defineProperty({}, 'organization_id', { enumerable: true, get: () => (reads++ === 0 ? 'org_1' : '..') });
    const r = await deleteOrganizationLogo(client, params as never);
    expect(r.ok).toBe(true);
    expect(reads).toBe(1);
    expect(sent.map((s) => s.url)).toEqual(['https://api.clerk.com/v1/organizations/org_1/logo']);
  });
});

describe('the raw instance never exposes the key or sends it elsewhere', () => {
  it('sends Authorization to the API origin only', async () => {
    const seen: [string, string | null][] = [];
    const clerk = createClient(SECRET_KEY, {
      fetch: async (url, init) => {
        seen.push([url, new Headers(init.headers).get('authorization')]);
        return Response.json({ ok: true });
      },
    });
    await clerk('/users');
    await clerk('https://other.example/steal');
    expect(seen).toEqual([
      ['https://api.clerk.com/v1/users', `Bearer ${SECRET_KEY}`],
      ['https://other.example/steal', null],
    ]);
  });

  it('what it returns and what it throws hold no key, even when the server echoes it', async () => {
    const echo = `Bearer ${SECRET_KEY}`;
    const clerk = createClient(SECRET_KEY, {
      fetch: async () =>
        new Response(JSON.stringify({ echo }), { status: 401, statusText: echo, headers: { 'content-type': 'application/json', 'x-echo': echo } }),
    });
    let thrown: unknown;
    try {
      await clerk('/users');
    } catch (error) {
      thrown = error;
    }
    // The 401 the server sent, as ofetch throws it, with the echoed key redacted where it stood.
    const fetchError = thrown as { status?: number; statusCode?: number; statusText?: string; data?: unknown; message?: string };
    expect(fetchError).toBeInstanceOf(Error);
    expect(fetchError.status).toBe(401);
    expect(fetchError.statusCode).toBe(401);
    expect(fetchError.statusText).toBe('Bearer [redacted]');
    expect(fetchError.data).toEqual({ echo: 'Bearer [redacted]' });
    expect(fetchError.message).toContain('401 Bearer [redacted]');
    expect(reachesSecret(thrown)).toBe(false);
    expect(reachesSecret(clerk)).toBe(false);
    const raw = await clerk.raw('/users', { ignoreResponseError: true });
    expect(raw._data).toEqual({ echo: 'Bearer [redacted]' });
    expect(reachesSecret(raw)).toBe(false);
  });

  it('a failing fetch whose error holds the key is rethrown without it', async () => {
    const clerk = createClient(SECRET_KEY, {
      fetch: async (_url, init) => {
        throw new Error(`failed with ${new Headers(init.headers).get('authorization')}`);
      },
    });
    const thrown = await clerk('/users').catch((error: unknown) => error);
    expect(String((thrown as Error).message)).toContain('[redacted]');
    expect(reachesSecret(thrown)).toBe(false);
  });
});

describe('hostile servers', () => {
  const stream = (chunk: Uint8Array, count: number) =>
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (count-- <= 0) controller.close();
        else controller.enqueue(chunk);
      },
    });

  it('a body past maxResponseBytes ends the attempt with response_too_large, not retried', async () => {
    const { client, sent } = recording(() => new Response(stream(new Uint8Array(64 * 1024).fill(32), 40)), { maxResponseBytes: 1024 * 1024 });
    const r = await getOrganization(client, { organization_id: 'o' });
    assertWellFormed(r);
    expect(expectErr(r)).toMatchObject({ type: 'response_too_large', status: 200, maxResponseBytes: 1024 * 1024 });
    expect(sent).toHaveLength(1);
  });

  it('an endless body ends at the limit too', async () => {
    const { client } = recording(() => new Response(stream(new Uint8Array(16 * 1024), Infinity)), { maxResponseBytes: 256 * 1024 });
    const r = await getOrganization(client, { organization_id: 'o' });
    expect(expectErr(r).type).toBe('response_too_large');
  });

  it('an error meta nested 100,000 deep stays an api 503, with the key scrubbed', async () => {
    const deep = `${'{"a":'.repeat(100_000)}"${SECRET_KEY}"${'}'.repeat(100_000)}`;
    const body = `{"errors":[{"code":"unavailable","message":"down","meta":${deep}}],"clerk_trace_id":"t"}`;
    const { client } = recording(() => new Response(body, { status: 503 }), { retry: false });
    const r = await getOrganization(client, { organization_id: 'o' });
    expect([expectErr(r, 'api').status, expectErr(r, 'api').errors.length, expectErr(r, 'api').errors[0]!.code]).toEqual([503, 1, 'unavailable']);
    expect(holds(r, SECRET_KEY)).toBe(false);
    expect(holds(r, '[redacted]')).toBe(true);
  });

  it('the key spelt with JSON escapes inside a deep error is scrubbed', async () => {
    const escaped = [...SECRET_KEY].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    const body = `{"errors":[{"code":"x","message":"${escaped}","meta":${'{"a":'.repeat(5000)}"${escaped}"${'}'.repeat(5000)}}]}`;
    const { client } = recording(() => new Response(body, { status: 400 }), { retry: false });
    const r = await getOrganization(client, { organization_id: 'o' });
    expect(expectErr(r, 'api').errors[0]!.message).toBe('[redacted]');
    expect(holds(r, SECRET_KEY)).toBe(false);
  });

  it('a 30-day Retry-After comes back at once, even with the longest maxDelay', async () => {
    const { client, sent } = recording(() => new Response('{"errors":[]}', { status: 429, headers: { 'retry-after': String(30 * 24 * 3600) } }), {
      retry: { retries: 3, baseDelay: 1, maxDelay: 0x7fffffff },
    });
    const started = performance.now();
    const r = await getOrganization(client, { organization_id: 'o' });
    expect([expectErr(r, 'api').status, expectErr(r, 'api').retryAfter]).toEqual([429, 30 * 24 * 3600]);
    expect(sent).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('redirects and stand-in responses', () => {
  it('a redirect is not followed: the answer is an api error and the other server never sees the key', async () => {
    const { createServer } = await import('node:http');
    let contacted = 0;
    const other = createServer((_req, res) => {
      contacted++;
      res.end('{}');
    });
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    const api = createServer((_req, res) => res.writeHead(302, { location: `http://localhost:${(other.address() as { port: number }).port}/steal` }).end());
    await new Promise<void>((r) => api.listen(0, '127.0.0.1', r));
    try {
      const clerk = createClient(SECRET_KEY, { baseURL: `http://127.0.0.1:${(api.address() as { port: number }).port}/v1`, retry: false });
      const r = await getOrganization(clerk, { organization_id: 'org_1' });
      expect(expectErr(r, 'api').status).toBe(302);
      expect(contacted).toBe(0);
    } finally {
      api.close();
      other.close();
    }
  });

  it('a fetch that resolves to something that is not a Response gives a network error', async () => {
    for (const notAResponse of [{}, null, { status: 200 }, { status: 'x', headers: new Headers() }]) {
      const client = createClient(SECRET_KEY, { retry: false, fetch: async () => notAResponse as never });
      const r = await getOrganization(client, { organization_id: 'o' });
      assertWellFormed(r);
      expect(expectErr(r).type).toBe('network');
    }
  });
});

describe('the fake', () => {
  const setup = () => fakeClerk({ organizations: [{ id: 'org_f', name: 'F', slug: 'f' }] });

  it('merges a "__proto__" key as plain data, never as a prototype', async () => {
    const { fake, clerk } = setup();
    const r = await mergeOrganizationMetadata(clerk, { organization_id: 'org_f', public_metadata: JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') });
    expect(r.ok).toBe(true);
    const stored = fake.organizations()[0]!.public_metadata!;
    expect(Object.getPrototypeOf(stored)).toBe(Object.prototype);
    expect((stored as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(stored, '__proto__')).toBe(true);
  });

  it('answers 400 for a malformed % in a path, and 404 under a wrong base URL', async () => {
    const { fake } = setup();
    const auth = { authorization: `Bearer ${SECRET_KEY}` };
    expect((await fake.fetch('https://api.clerk.com/v1/organizations/%E0%A4%A', { headers: auth })).status).toBe(400);
    expect((await fake.fetch('https://api.clerk.com/wrong/organizations/org_f', { headers: auth })).status).toBe(404);
    expect((await fake.fetch('https://api.clerk.com/v1/organizations/org_f', { headers: auth })).status).toBe(200);
  });

  it('failNext with times: Infinity returns at once and fails every request', async () => {
    const { fake, clerk } = setup();
    fake.failNext(503, { times: Infinity });
    for (let i = 0; i < 3; i++) {
      const r = await getOrganization(clerk, { organization_id: 'org_f' });
      expect(expectErr(r, 'api').status).toBe(503);
    }
    expect(() => fake.failNext(503, { times: 0 })).toThrow(RangeError);
  });
});

describe('observing each attempt by wrapping fetch', () => {
  it('the wrapper sees every attempt, retries included, with method, URL and status', async () => {
    const statuses = [503, 503, 200];
    const log: string[] = [];
    const client = createClient(SECRET_KEY, {
      retry: { retries: 2, baseDelay: 1, maxDelay: 2 },
      fetch: async (url, init) => {
        const status = statuses.shift()!;
        const response = status === 200 ? Response.json(ORG) : new Response('{"errors":[]}', { status });
        log.push(`${init.method} ${url} → ${response.status}`);
        return response;
      },
    });
    const r = await getOrganization(client, { organization_id: 'org_1' });
    expect(r.ok).toBe(true);
    expect(log).toEqual([
      'GET https://api.clerk.com/v1/organizations/org_1 → 503',
      'GET https://api.clerk.com/v1/organizations/org_1 → 503',
      'GET https://api.clerk.com/v1/organizations/org_1 → 200',
    ]);
  });
});
