// Each endpoint's documented request and answers, against nock: one case an operation, every case run alike.
import { describe, expect, it } from 'vitest';
import type { ClerkClient, RequestError, Result } from '../../src/index.js';
import { registry } from '../../src/registry.js';
import { clerkErrors } from './models.js';
import { intercept, testClient } from './nock.js';
import { type Family, familyNames } from './registry.js';
import { SECRET_KEY } from './secret.js';

export interface EndpointCase {
  /** The function's exported name, as the registry names it. */
  name: string;
  run: (client: ClerkClient) => Promise<Result<unknown, RequestError>>;
  method: string;
  path: string;
  /** The query string expected, without `?`. */
  query?: string;
  /** The JSON body expected. */
  json?: unknown;
  reply: unknown;
  /** A 2xx body of the wrong shape, where the generic one (`{ object: 'something_else', id: 42 }`) fits the schema. */
  wrongShape?: unknown;
  statuses: number[];
}

/** Runs every case, and fails when a registered operation of `family` has no case. Call under useNock. */
export function describeEndpoints(family: Family, cases: EndpointCase[]) {
  it(`has a case for every ${family} operation in the registry`, () => {
    expect(cases.map((c) => c.name).sort()).toEqual(familyNames(family).sort());
  });

  describe.each(cases)('$name', (c) => {
    it('sends the documented request and returns the typed data', async () => {
      const { seen } = intercept(c.method, 200, c.reply);
      const result = await c.run(testClient());
      expect(result).toEqual({ ok: true, data: c.reply });
      expect(seen).toHaveLength(1);
      const [req] = seen;
      expect(req!.method).toBe(c.method);
      expect(req!.url.pathname).toBe(c.path);
      expect(req!.url.search).toBe(c.query ? `?${c.query}` : '');
      expect(req!.headers.get('authorization')).toBe(`Bearer ${SECRET_KEY}`);
      expect(req!.headers.get('clerk-api-version')).toBe('2026-05-12');
      if (c.json !== undefined) {
        expect(req!.headers.get('content-type')).toBe('application/json');
        expect(JSON.parse(req!.body)).toEqual(c.json);
      } else if (c.method !== 'PUT') {
        expect(req!.body).toBe('');
      }
    });

    it.each(c.statuses)('maps a documented %i to an api error with Clerk errors and trace id', async (status) => {
      intercept(c.method, status, clerkErrors(`code_${status}`, `failed with ${status}`, `trace_${status}`));
      const result = await c.run(testClient());
      // Where it happened: the method and the spec's path template, and the one request sent.
      const { endpoint } = registry().find((r) => r.name === c.name)!;
      expect(result).toEqual({
        ok: false,
        error: {
          type: 'api',
          endpoint: `${endpoint.method} ${endpoint.path}`,
          attempts: 1,
          status,
          message: `Clerk API answered ${status}: failed with ${status} (long)`,
          errors: [{ code: `code_${status}`, message: `failed with ${status}`, long_message: `failed with ${status} (long)`, meta: {} }],
          traceId: `trace_${status}`,
        },
      });
    });

    it('keeps response fields the schema does not know', async () => {
      const withExtra = JSON.parse(JSON.stringify(c.reply));
      withExtra.brand_new_field = { nested: [1, 2] };
      if (Array.isArray(withExtra.data)) withExtra.data[0].also_new = 'x';
      intercept(c.method, 200, withExtra);
      const result = await c.run(testClient());
      expect(result).toEqual({ ok: true, data: withExtra });
    });

    it('returns invalid_response for a 2xx body of the wrong shape', async () => {
      intercept(c.method, 200, c.wrongShape ?? { object: 'something_else', id: 42 });
      const result = await c.run(testClient());
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.type).toBe('invalid_response');
      if (result.error.type !== 'invalid_response') return;
      expect(result.error.status).toBe(200);
      expect(result.error.issues.length).toBeGreaterThan(0);
    });
  });
}
