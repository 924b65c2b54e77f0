// The registry is the one list of endpoints every other list is read from: it must hold every exported endpoint
// function, under its exported name, with an example that passes the function's checks and reaches the server.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { registry } from '../../src/registry.js';
import { families } from '../support/registry.js';
import { SECRET_KEY } from '../support/secret.js';

/** Exported functions that are not one operation each (the verifiers send nothing of their own; sharedRateLimit makes an option). */
const NOT_ENDPOINTS = new Set(['createClient', 'paginate', 'paginateOrganizations', 'sharedRateLimit', 'verifySessionToken', 'verifyWebhook']);

describe('the registry', () => {
  it('holds every exported endpoint function, under its exported name', () => {
    const exported = Object.entries(api).filter(([name, value]) => typeof value === 'function' && !NOT_ENDPOINTS.has(name));
    const registered = new Map(registry().map((r) => [r.call as unknown, r.name]));
    const missing = exported.filter(([, fn]) => !registered.has(fn)).map(([name]) => name);
    expect(missing, 'exported but not registered').toEqual([]);
    const byName = new Map(exported);
    for (const r of registry()) expect(byName.get(r.name), r.name).toBe(r.call);
  });

  it('every family (a folder under src/) has its endpoint cases, test/<family>/endpoints.test.ts', () => {
    const missing = families().filter((family) => !existsSync(new URL(`../${family}/endpoints.test.ts`, import.meta.url)));
    expect(missing, 'families without test/<family>/endpoints.test.ts').toEqual([]);
  });

  it('every {name} of a path template is a required param, and nothing else is in the path', () => {
    for (const { name, endpoint } of registry()) {
      const inPath = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, param]) => param!);
      for (const param of inPath) expect(Object.keys(endpoint.params), `${name}: ${param}`).toContain(`${param}!`);
      expect(endpoint.path.replace(/\{\w+\}/g, 'x'), name).toMatch(/^(\/[a-z_]+)+$/);
    }
  });

  it.each(registry().map((r) => [r.name, r] as const))('%s: the example passes the checks and is sent to its path', async (_, r) => {
    const sent: string[] = [];
    const client = api.createClient(SECRET_KEY, {
      baseURL: 'https://api.clerk.test/v1',
      retry: false,
      fetch: async (url, init) => {
        sent.push(`${init.method} ${new URL(url).pathname}`);
        return new Response('{"errors":[]}', { status: 418 });
      },
    });
    const result = await r.call(client, r.example() as never);
    expect(result.ok).toBe(false);
    expect(!result.ok && (result.error as api.RequestError).type).toBe('api');
    const params = r.example();
    const path = r.endpoint.path.replace(/\{(\w+)\}/g, (_, param: string) => encodeURIComponent(String(params[param])));
    expect(sent).toEqual([`${r.endpoint.method} /v1${path}`]);
  });
});
