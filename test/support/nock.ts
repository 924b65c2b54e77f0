// nock against the API origin: a client for it, interceptors that record what they saw, and a check that each was used.
import nock from 'nock';
import { afterEach, beforeAll, expect } from 'vitest';
import { type ClientOptions, createClient } from '../../src/index.js';
import { SECRET_KEY } from './secret.js';

export const ORIGIN = 'https://api.clerk.test';
export const BASE_URL = `${ORIGIN}/v1`;

/** A client against the nock origin; retries off unless a test asks. */
export function testClient(options: ClientOptions = {}) {
  return createClient(SECRET_KEY, { baseURL: BASE_URL, retry: false, ...options });
}

/** Every test starts with no interceptors and no real network, and ends with all of its interceptors used. */
export function useNock() {
  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
  });
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    expect(pending, 'every nock interceptor should be used').toEqual([]);
  });
}

/** What a nock reply callback saw, for assertions after the call. */
export interface Seen {
  method: string;
  url: URL;
  headers: Headers;
  /** The body as text. */
  body: string;
  /** The body's exact bytes. */
  bytes: ArrayBuffer;
}

/** Intercepts `times` requests with `method` to the API origin, answers each alike and records them. */
export function intercept(method: string, status: number, body: unknown, headers: Record<string, string> = {}, times = 1): { seen: Seen[] } {
  const record = { seen: [] as Seen[] };
  nock(ORIGIN)
    .intercept(() => true, method)
    .times(times)
    .reply(async (req: Request) => {
      const bytes = await req.arrayBuffer();
      record.seen.push({ method: req.method, url: new URL(req.url), headers: req.headers, body: new TextDecoder().decode(bytes), bytes });
      return [status, typeof body === 'string' ? body : JSON.stringify(body), { 'content-type': 'application/json', ...headers }];
    });
  return record;
}
