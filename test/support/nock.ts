import nock from 'nock';
import { afterEach, beforeAll, expect } from 'vitest';
import { type ClientOptions, createClient, type Organization } from '../src/index.js';

import { SECRET_KEY } from './support/secret.js';

export { expectErr, expectOk } from './support/expect-result.js';
export { SECRET_KEY };
export const ORIGIN = 'https://api.clerk.test';
export const BASE_URL = `${ORIGIN}/v1`;

/** A client against the nock origin; retries off unless a test asks. */
export function testClient(options: ClientOptions = {}) {
  return createClient(SECRET_KEY, { baseURL: BASE_URL, retry: false, ...options });
}

/** An organization as the spec describes it. */
export function orgFixture(overrides: Partial<Organization> = {}): Organization {
  return {
    object: 'organization',
    id: 'org_2abc',
    name: 'Acme',
    slug: 'acme',
    image_url: 'https://img.clerk.com/default',
    has_image: false,
    max_allowed_memberships: 5,
    admin_delete_enabled: true,
    public_metadata: {},
    private_metadata: {},
    created_by: 'user_1',
    created_at: 1_700_000_000_000,
    updated_at: 1_700_000_000_000,
    ...overrides,
  };
}

/** Clerk's error envelope. */
export function clerkErrors(code: string, message: string, traceId = 'trace_123') {
  return { errors: [{ code, message, long_message: `${message} (long)`, meta: {} }], clerk_trace_id: traceId };
}

/** True when the secret key can be reached from `value`: own and inherited getters, causes, Headers, Maps. */
export function reachesSecret(value: unknown, secret = SECRET_KEY, seen = new Set<unknown>()): boolean {
  if (typeof value === 'string') return value.includes(secret);
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  if (seen.has(value)) return false;
  seen.add(value);
  if (value instanceof Headers || value instanceof Map) {
    for (const [k, v] of value as Map<unknown, unknown>) if (reachesSecret(k, secret, seen) || reachesSecret(v, secret, seen)) return true;
  }
  const keys = new Set<string | symbol>();
  for (let o: object | null = value as object; o && o !== Object.prototype && o !== Function.prototype; o = Object.getPrototypeOf(o)) {
    for (const k of Reflect.ownKeys(o)) keys.add(k);
  }
  for (const k of keys) {
    if (k === 'constructor' || k === 'caller' || k === 'callee' || k === 'arguments') continue;
    if (typeof k === 'string' && reachesSecret(k, secret, seen)) return true;
    let v: unknown;
    try {
      v = (value as Record<string | symbol, unknown>)[k];
    } catch {
      continue;
    }
    if (reachesSecret(v, secret, seen)) return true;
  }
  return false;
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

/** A membership as Clerk sends it, with its organization and public user data. */
export function membershipFixture(overrides: Record<string, unknown> = {}) {
  return {
    object: 'organization_membership',
    id: 'orgmem_1',
    role: 'org:member',
    role_name: 'Member',
    permissions: ['org:sys_profile:read'],
    public_metadata: {},
    private_metadata: {},
    organization: orgFixture(),
    public_user_data: {
      user_id: 'user_1',
      first_name: 'Ada',
      last_name: null,
      profile_image_url: null,
      image_url: 'https://img.clerk.com/u',
      has_image: false,
      identifier: 'ada@example.com',
      username: null,
    },
    created_at: 1_700_000_000_000,
    updated_at: 1_700_000_000_000,
    ...overrides,
  };
}

/** An invitation as Clerk sends it. */
export function invitationFixture(overrides: Record<string, unknown> = {}) {
  return {
    object: 'organization_invitation',
    id: 'orginv_1',
    email_address: 'ada@example.com',
    role: 'org:member',
    role_name: 'Member',
    organization_id: 'org_2abc',
    inviter_id: null,
    status: 'pending',
    public_metadata: {},
    private_metadata: {},
    url: null,
    expires_at: 1_702_592_000_000,
    created_at: 1_700_000_000_000,
    updated_at: 1_700_000_000_000,
    ...overrides,
  };
}

/** A domain as Clerk sends it. */
export function domainFixture(overrides: Record<string, unknown> = {}) {
  return {
    object: 'organization_domain',
    id: 'orgdmn_1',
    organization_id: 'org_2abc',
    name: 'example.com',
    enrollment_mode: 'automatic_suggestion',
    affiliation_email_address: null,
    verification: { status: 'verified', strategy: 'admin', attempts: null, expire_at: null },
    total_pending_invitations: 0,
    total_pending_suggestions: 0,
    created_at: 1_700_000_000_000,
    updated_at: 1_700_000_000_000,
    ...overrides,
  };
}
