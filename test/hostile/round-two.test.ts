// Hostile input, round two (issue #17): leaks through header fields and the raw instance's parsed errors,
// paging that rejects, a raw instance without a timeout, aborts that still send, checks that are not
// linear, byte caps a stream of strings slips past, sparse arrays copied hole by hole, and a signal-like
// object frozen by the params copy. Each test names the item it covers.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type ClientOptions,
  createClient,
  createOrganization,
  getOrganization,
  listOrganizations,
  mergeOrganizationMetadata,
  paginate,
  paginateOrganizations,
  type RequestError,
  type Result,
} from '../../src/index.js';
import { metadata, snapshot } from '../../src/params.js';
import { expectErr } from '../support/expect-result.js';
import { minimalOrganization } from '../support/models.js';
import { recording as recordClient } from '../support/recording.js';
import { reachesSecret, SECRET_KEY } from '../support/secret.js';
import { assertWellFormed } from '../support/well-formed.js';

const ORG = minimalOrganization();

/** A recording client that retries at once (1–5 ms), as these attacks need. */
const recording = (answer?: (path: string, n: number) => Response | Promise<Response>, options: ClientOptions = {}) =>
  recordClient(answer, { retry: { retries: 2, baseDelay: 1, maxDelay: 5 }, ...options });
const ECHO = `Bearer ${SECRET_KEY}`;

/** `text` with every character written as a JSON `\u` escape. */
const escaped = (text: string) => [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

/** What a promise comes to within `ms`: its value, what it threw (as `{ thrown }`), or 'still pending'. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | { thrown: unknown } | 'still pending'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'still pending'>((resolve) => (timer = setTimeout(() => resolve('still pending'), ms)));
  try {
    return await Promise.race([promise.catch((thrown: unknown) => ({ thrown })), late]);
  } finally {
    clearTimeout(timer);
  }
}

describe('1. no key in any field that comes from the answer', () => {
  const big = () => new Uint8Array(64 * 1024).fill(32);

  it.each(['x-clerk-trace-id', 'clerk-trace-id', 'cf-ray'])('response_too_large takes its traceId from %s redacted', async (header) => {
    const { client } = recording(() => new Response(big(), { headers: { [header]: ECHO } }), { maxResponseBytes: 1024, retry: false });
    const r = await getOrganization(client, { organization_id: 'o' });
    assertWellFormed(r);
    expect(expectErr(r, 'response_too_large').traceId).toBe('Bearer [redacted]');
    expect(reachesSecret(r)).toBe(false);
  });

  it('api errors: trace headers, status text and a body echoing the key (plain or escaped) reach the caller redacted', async () => {
    for (const header of ['x-clerk-trace-id', 'cf-ray']) {
      const body = JSON.stringify({ errors: [{ code: 'x', message: ECHO, meta: { k: ECHO } }] }).replace('"x"', `"${escaped(ECHO)}"`);
      const { client } = recording(() => new Response(body, { status: 503, statusText: ECHO, headers: { [header]: ECHO, 'retry-after': '1' } }), {
        retry: false,
      });
      const r = await getOrganization(client, { organization_id: 'o' });
      expect(expectErr(r, 'api').traceId).toBe('Bearer [redacted]');
      expect(reachesSecret(r)).toBe(false);
    }
  });

  it('invalid_response: a 2xx body that is not JSON, or fails the schema, echoing the key plainly or escaped', async () => {
    for (const body of [`<html>${ECHO}</html>`, JSON.stringify({ object: 'organization', echo: ECHO }), `{"object":"organization","e":"${escaped(ECHO)}"}`]) {
      const { client } = recording(() => new Response(body, { headers: { 'x-clerk-trace-id': ECHO } }));
      const r = await getOrganization(client, { organization_id: 'o' });
      expect(expectErr(r, 'invalid_response').status).toBe(200);
      expect(reachesSecret(r)).toBe(false);
    }
  });

  it('network: a fetch error naming the key in its name, message, code and causes', async () => {
    const inner = Object.assign(new Error(ECHO), { code: ECHO });
    const { client } = recording(() => {
      throw Object.assign(new Error(`failed: ${ECHO}`, { cause: inner }), { name: ECHO });
    });
    const r = await getOrganization(client, { organization_id: 'o' }, { retry: false });
    expect(expectErr(r, 'network').cause.code).toBe('Bearer [redacted]');
    expect(reachesSecret(r)).toBe(false);
  });
});

describe('2. no key through the raw instance, after ofetch parses the body', () => {
  const thrownBy = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: unknown) => error,
    );

  it('a 401 whose JSON spells the key with \\u escapes: the thrown FetchError.data holds no key', async () => {
    const body = `{"errors":[{"message":"${escaped(SECRET_KEY)}","meta":{"${escaped(SECRET_KEY)}":1}}]}`;
    const clerk = createClient(SECRET_KEY, { fetch: async () => new Response(body, { status: 401, headers: { 'content-type': 'application/json' } }) });
    const thrown = (await thrownBy(clerk('/users'))) as { data?: unknown } | undefined;
    expect(thrown?.data).toEqual({ errors: [{ message: '[redacted]', meta: { '[redacted]': 1 } }] });
    expect(reachesSecret(thrown)).toBe(false);
  });

  it('a key holding "/" spelt with "\\/" as some servers write it, in a 2xx and a 4xx answer', async () => {
    const key = 'sk_test_abc/def/ghi';
    const body = `{"echo":"Bearer ${key.replaceAll('/', '\\/')}"}`;
    for (const status of [200, 400]) {
      const clerk = createClient(key, { fetch: async () => new Response(body, { status, headers: { 'content-type': 'application/json' } }) });
      const raw = await clerk.raw('/users', { ignoreResponseError: true });
      expect(raw._data).toEqual({ echo: 'Bearer [redacted]' });
      expect(reachesSecret(raw, key)).toBe(false);
      expect(reachesSecret(await thrownBy(clerk('/users')), key)).toBe(false);
    }
  });

  it('a body with escapes but no key is handed on as sent', async () => {
    const body = '{"url":"https:\\/\\/example.com\\/a?b=1\\u0026c=2"}';
    const clerk = createClient(SECRET_KEY, { fetch: async () => new Response(body, { headers: { 'content-type': 'application/json' } }) });
    expect(await clerk('/users', { responseType: 'text' })).toBe(body);
  });
});

describe('8. paging never rejects', () => {
  const page = (body: string) => recording(() => new Response(body, { headers: { 'content-type': 'application/json' } }), { validateResponses: false });

  it.each(['{}', 'null', '{"data":null,"total_count":3}', '5'])(
    'with validateResponses: false, a 2xx %s page is an invalid_response, then done',
    async (body) => {
      for (const walk of [
        (c: ReturnType<typeof page>['client']) => paginate(listOrganizations, c, {}),
        (c: ReturnType<typeof page>['client']) => paginateOrganizations(c),
      ]) {
        const { client, sent } = page(body);
        const pages: Result<unknown, RequestError>[] = [];
        for await (const p of walk(client)) pages.push(p);
        expect(pages).toHaveLength(1);
        assertWellFormed(pages[0]!);
        const error = expectErr(pages[0]!, 'invalid_response');
        expect([error.status, error.body, error.issues]).toEqual([200, JSON.parse(body), [{ path: 'data', message: 'must be an array' }]]);
        expect(sent).toHaveLength(1);
      }
    },
  );
});

describe('9. the raw instance has the client timeout and the caller signal', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
    server = undefined;
  });
  const listen = async (handler: Parameters<typeof createServer>[1]) => {
    server = createServer(handler);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  };

  it('a silent server: the call ends after the client timeout', async () => {
    const clerk = createClient(SECRET_KEY, { baseURL: await listen(() => {}), timeout: 100 });
    const started = performance.now();
    const outcome = await within(clerk('/users', { retry: false }), 2000);
    expect(outcome).not.toBe('still pending');
    expect(String((outcome as { thrown: Error }).thrown)).toContain('within 100 ms');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a body trickled one byte a second: the timeout covers the body too', async () => {
    const baseURL = await listen((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(' '), 1000);
      res.on('close', () => clearInterval(timer));
      res.write('{');
    });
    const clerk = createClient(SECRET_KEY, { baseURL, timeout: 100 });
    const started = performance.now();
    const outcome = await within(clerk('/users', { retry: false }), 2000);
    expect(outcome).not.toBe('still pending');
    expect(String((outcome as { thrown: Error }).thrown)).toContain('No complete answer within 100 ms');
    // The server never finishes; the call ends on the client's timeout, long before the 2 s watch.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a custom fetch whose body never ends and which ignores its signal: the timeout, and the caller signal, end it', async () => {
    const endless = () =>
      new Response(new ReadableStream({ pull: (c) => new Promise((resolve) => setTimeout(() => resolve(c.enqueue(new Uint8Array([32]))), 20)) }));
    const slow = createClient(SECRET_KEY, { timeout: 100, fetch: async () => endless() });
    const started = performance.now();
    const timedOut = await within(slow('/users', { retry: false }), 2000);
    expect(timedOut).not.toBe('still pending');
    expect(String((timedOut as { thrown: Error }).thrown)).toContain('No complete answer within 100 ms');
    expect(performance.now() - started).toBeLessThan(1000);

    const patient = createClient(SECRET_KEY, { fetch: async () => endless() });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('caller gave up')), 50);
    const outcome = await within(patient('/users', { signal: controller.signal }), 2000);
    expect(outcome).not.toBe('still pending');
    expect(String((outcome as { thrown: Error }).thrown)).toContain('caller gave up');
  });
});

describe('10. an abort before the request leaves sends nothing', () => {
  it('createOrganization, then k microtasks, then abort: sent only if fetch was already called, and aborted either way', async () => {
    for (let ticks = 0; ticks < 12; ticks++) {
      const { client, sent } = recording();
      const controller = new AbortController();
      const pending = createOrganization(client, { name: 'Acme' }, { signal: controller.signal });
      for (let i = 0; i < ticks; i++) await null;
      const sentBefore = sent.length;
      controller.abort();
      const r = await pending;
      expect([ticks, sent.length]).toEqual([ticks, sentBefore]);
      if (sentBefore === 0) expect(expectErr(r).type).toBe('aborted');
    }
  });

  it('the raw instance does not call fetch once the signal has fired', async () => {
    const { client, sent } = recording();
    const signal = AbortSignal.abort(new Error('caller gave up'));
    const thrown = await client('/organizations', { method: 'POST', body: { name: 'Acme' }, signal }).catch((error: unknown) => error);
    expect(String(thrown)).toContain('caller gave up');
    expect(sent).toHaveLength(0);
  });
});

describe('11. checks are linear', () => {
  /** The smallest of three timings of `run`, in ms. */
  const fastest = (run: () => unknown) => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      run();
      best = Math.min(best, performance.now() - started);
    }
    return best;
  };
  /** An object nested `depth` levels deep (key `a`), holding `bottom` at the end. */
  const nestedIn = (depth: number, bottom: unknown) => {
    let node = bottom;
    for (let i = 0; i < depth; i++) node = { a: node };
    return node as Record<string, unknown>;
  };
  /** 300,000 objects made by `make`, in 30 lists of 10,000 (no param takes a longer list). */
  const many = (make: () => unknown) => Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, Array.from({ length: 10_000 }, make)]));

  // The check itself, on the copy a call checks, timed against JSON.stringify on the same document with a
  // generous factor, so that a slow or busy machine slows both. Before the fix it copied the chain of
  // ancestors at every object: 2,500 levels, then 300,000 objects took seconds, not milliseconds.
  it.each([
    [
      '2,500 levels, then 300,000 empty objects',
      () =>
        nestedIn(
          2500,
          many(() => ({})),
        ),
    ],
    ['300,000 objects each holding an object', () => many(() => ({ a: {} }))],
    ['300,000 objects of two fields', () => many(() => ({ a: 1, b: 'x' }))],
    ['one 2,500-level object ending in 10,000 empty objects, referenced 30 times', () => ({ refs: Array(30).fill(nestedIn(2500, many(() => ({})).k0)) })],
  ])('the metadata check of %s takes within 20x what JSON.stringify takes', (_, build) => {
    const doc = build();
    const copy = (snapshot({ doc }) as { doc: unknown }).doc;
    const stringify = fastest(() => JSON.stringify(doc));
    const check = fastest(() => expect(metadata(copy)).toBeUndefined());
    expect(check).toBeLessThan(20 * stringify + 50);
  });

  // Through a call: as deep a document costs about what a flat one holding the same objects costs.
  it('a call with 1,000 levels, then 300,000 empty objects, costs about what the same objects unnested cost', async () => {
    const { client, sent } = recording();
    const time = async (doc: Record<string, unknown>) => {
      const started = performance.now();
      const r = await mergeOrganizationMetadata(client, { organization_id: 'o', public_metadata: doc });
      expect(r.ok ? 'ok' : r.error.message).toBe('ok');
      return performance.now() - started;
    };
    const flat = Math.min(await time(many(() => ({}))), await time(many(() => ({}))));
    const deep = await time(
      nestedIn(
        1000,
        many(() => ({})),
      ),
    );
    expect(deep).toBeLessThan(3 * flat + 100);
    expect(sent).toHaveLength(3);
  });

  it('a real cycle is still refused, and a shared object is not mistaken for one', async () => {
    const { client, sent } = recording();
    const loop: Record<string, unknown> = { x: { y: {} } };
    (loop.x as { y: Record<string, unknown> }).y.back = loop;
    const cyclic = await mergeOrganizationMetadata(client, { organization_id: 'o', public_metadata: { loop } });
    expect(expectErr(cyclic, 'invalid_request').issues).toEqual([{ path: 'public_metadata.loop.x.y.back', message: 'must not refer to itself (circular)' }]);
    const shared = { s: 1 };
    expect((await mergeOrganizationMetadata(client, { organization_id: 'o', public_metadata: { a: shared, b: [shared, shared] } })).ok).toBe(true);
    expect(sent).toHaveLength(1);
  });
});

describe('12. maxResponseBytes holds whatever the stream yields', () => {
  it('a body that streams strings (a TextDecoderStream) is refused at once, not read forever', async () => {
    let pulled = 0;
    const strings = new ReadableStream<string>({
      // One chunk a macrotask, as a network would deliver them (and so that the attempt's timer can fire).
      pull: (c) =>
        new Promise((resolve) =>
          setImmediate(() => {
            pulled++;
            resolve(c.enqueue('x'.repeat(1024)));
          }),
        ),
    });
    const { client } = recording(() => new Response(strings as unknown as ReadableStream<Uint8Array>), {
      maxResponseBytes: 64 * 1024,
      timeout: 500,
      retry: false,
    });
    const r = await getOrganization(client, { organization_id: 'o' });
    assertWellFormed(r);
    // A string has no byte count: the first chunk is refused as not bytes (src/body.ts), a network error, not a timeout.
    expect(expectErr(r, 'network').message).toContain('The body is not bytes');
    expect(pulled).toBeLessThan(70);
  });

  it('a decoded stream of bytes piped through TextDecoderStream, past the cap: refused, never read to the end', async () => {
    // 1 MB of spaces in 1 KB chunks, counted as they are pulled, before any decoder.
    const total = 1024;
    let pulled = 0;
    const source = new ReadableStream<BufferSource>({
      pull(c) {
        if (pulled === total) return c.close();
        pulled++;
        c.enqueue(new Uint8Array(1024).fill(32));
      },
    });
    const bytes = source.pipeThrough(new TextDecoderStream());
    const { client } = recording(() => new Response(bytes as unknown as ReadableStream<Uint8Array>), { maxResponseBytes: 1024, retry: false });
    const r = await getOrganization(client, { organization_id: 'o' });
    assertWellFormed(r);
    // Refused at the first decoded (string) chunk, as not bytes, long before the end of the megabyte.
    expect(expectErr(r, 'network').message).toContain('The body is not bytes');
    expect(pulled).toBeLessThan(total / 10);
  });

  it('byte views other than Uint8Array are counted by their bytes', async () => {
    const words = new ReadableStream({
      start(c) {
        for (let i = 0; i < 8; i++) c.enqueue(new Float64Array(128));
        c.close();
      },
    });
    const { client } = recording(() => new Response(words), { maxResponseBytes: 4096, retry: false });
    expect(expectErr(await getOrganization(client, { organization_id: 'o' })).type).toBe('response_too_large');
  });

  it('the raw instance refuses a body past the cap with the same message, and reads no further', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull: (c) => {
        pulled++;
        c.enqueue(new Uint8Array(1024).fill(32));
      },
    });
    const { client } = recording(() => new Response(endless, { status: 200 }), { maxResponseBytes: 4096, retry: false });
    const thrown = await client('/users', { retry: false }).catch((error: unknown) => error);
    expect(String(thrown)).toContain('The answer (200) is larger than maxResponseBytes (4096 bytes)');
    expect(pulled).toBeLessThan(10);
  });
});

describe('13. sparse arrays are refused by their length before they are copied', () => {
  const holes = (length: number, first?: string) => {
    const array: string[] = first === undefined ? [] : [first];
    array.length = length;
    return array;
  };

  it('5x10^7 holes as organization_id: invalid_request at once, nothing sent', async () => {
    const { client, sent } = recording();
    const started = performance.now();
    const r = await listOrganizations(client, { organization_id: holes(5e7, 'org_1') });
    expect(performance.now() - started).toBeLessThan(500);
    expect(expectErr(r, 'invalid_request').message).toMatch(/at most 10000 items/);
    expect(sent).toHaveLength(0);
  });

  it('an array of 10,000 items is still copied and sent', async () => {
    const { client, sent } = recording();
    const r = await mergeOrganizationMetadata(client, { organization_id: 'o', public_metadata: { list: Array.from({ length: 10_000 }, () => 0) } });
    expect(r.ok).toBe(true);
    expect(sent).toHaveLength(1);
  });
});

describe('14. a signal-like object is used as given', () => {
  it('a plain-object adapter whose aborted turns true later: the call is aborted, not a network error and a retry', async () => {
    const listeners: (() => void)[] = [];
    const adapter = {
      aborted: false,
      reason: undefined as unknown,
      addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
      removeEventListener: () => {},
    };
    let calls = 0;
    const { client } = recording(() => {
      if (++calls > 1) return Response.json(ORG);
      setTimeout(() => {
        adapter.aborted = true;
        adapter.reason = 'stop';
        for (const listener of listeners) listener();
      }, 10);
      return new Promise<Response>(() => {});
    });
    const r = await getOrganization(client, { organization_id: 'o' }, { signal: adapter as unknown as AbortSignal });
    expect(expectErr(r, 'aborted').reason).toBe('stop');
    expect(calls).toBe(1);
  });

  it('the signal property is read once', async () => {
    let reads = 0;
    const options = Object.defineProperty({}, 'signal', {
      enumerable: true,
      get: () => {
        reads++;
        return new AbortController().signal;
      },
    });
    const { client } = recording();
    expect((await getOrganization(client, { organization_id: 'o' }, options)).ok).toBe(true);
    expect(reads).toBe(1);
  });
});
