// A real HTTP server on 127.0.0.1 (no nock) that misbehaves the ways networks do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createOrganization, getOrganization } from '../../src/index.js';
import { expectErr, expectOk } from '../support/expect-result.js';
import { startMisbehavingServer } from '../support/misbehaving-server.js';
import { SECRET_KEY } from '../support/secret.js';

let server: Awaited<ReturnType<typeof startMisbehavingServer>>;
beforeAll(async () => {
  server = await startMisbehavingServer(300);
});
afterAll(() => server.close());

const client = (timeout = 200, retry: false | { retries: number; baseDelay: number; maxDelay: number } = false) =>
  createClient(SECRET_KEY, { baseURL: server.url, timeout, retry });

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, performance.now() - started];
}

describe('against a misbehaving loopback server', () => {
  it('answers normally: ok', async () => {
    const r = await getOrganization(client(), { organization_id: 'ok' });
    expect(expectOk(r).id).toBe('org_ok');
  });

  it('stalls after the headers: timeout, in bounded time', async () => {
    const [r, ms] = await timed(() => getOrganization(client(150), { organization_id: 'stall-after-headers' }));
    expect(expectErr(r).type).toBe('timeout');
    expect(ms).toBeGreaterThanOrEqual(145);
    expect(ms).toBeLessThan(10_000);
  });

  it('stalls after the headers on every retry: each attempt times out, then timeout', async () => {
    const before = server.hits.get('stall-after-headers') ?? 0;
    const [r] = await timed(() => getOrganization(client(100, { retries: 2, baseDelay: 1, maxDelay: 5 }), { organization_id: 'stall-after-headers' }));
    expect(expectErr(r).type).toBe('timeout');
    expect((server.hits.get('stall-after-headers') ?? 0) - before).toBe(3);
  });

  it('sends half a body then resets: network error', async () => {
    const r = await getOrganization(client(2_000), { organization_id: 'half-body-reset' });
    expect(expectErr(r).type).toBe('network');
  });

  it('resets before answering: network error, and a GET is retried', async () => {
    const before = server.hits.get('reset') ?? 0;
    const r = await getOrganization(client(2_000, { retries: 2, baseDelay: 1, maxDelay: 5 }), { organization_id: 'reset' });
    // Node 20's undici: TypeError 'fetch failed' ← the socket's reset, its code copied onto the outer cause.
    const { cause } = expectErr(r, 'network');
    const RESET = /^(ECONNRESET|UND_ERR_SOCKET)$/;
    expect(cause).toMatchObject({ name: 'TypeError', message: 'fetch failed', code: expect.stringMatching(RESET) });
    expect(cause.cause?.code).toMatch(RESET);
    expect((server.hits.get('reset') ?? 0) - before).toBe(3);
  });

  it('resets before answering a POST: network error, one attempt', async () => {
    const before = server.hits.get('reset') ?? 0;
    const r = await createOrganization(client(2_000, { retries: 2, baseDelay: 1, maxDelay: 5 }), { name: 'x' }, { headers: { 'x-behaviour': 'reset' } });
    expect(expectErr(r).type).toBe('network');
    expect((server.hits.get('reset') ?? 0) - before).toBe(1);
  });

  it('answers slowly, within the timeout: ok; beyond it: timeout', async () => {
    const [fast, ms] = await timed(() => getOrganization(client(2_000), { organization_id: 'slow' }));
    expect(fast.ok).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(295);
    const slow = await getOrganization(client(100), { organization_id: 'slow' });
    expect(expectErr(slow).type).toBe('timeout');
  });

  it('an HTML 502 is an api error with errors: []', async () => {
    const r = await getOrganization(client(), { organization_id: 'html-502' });
    expect([expectErr(r, 'api').status, expectErr(r, 'api').errors]).toEqual([502, []]);
  });
});
