import type { Organization } from '../schemas/organization.js';
import { clerkError } from './catalogue.js';
import { domainHandlers } from './domains.js';
import { ClerkFailure, ERROR_CODES, errorResponse, guarded, routeTable } from './http.js';
import { invitationHandlers } from './invitations.js';
import { type FakeSessionClaims, fakeKeys } from './jwks.js';
import { membershipHandlers } from './memberships.js';
import { createOrganization, organizationHandlers } from './organizations.js';
import { permissionHandlers } from './permissions.js';
import { roleSetHandlers } from './role-sets.js';
import { roleHandlers } from './roles.js';
import { settingsHandlers } from './settings.js';
import { createStore, type SeedUser } from './store.js';
import { type FakeWebhookOptions, fakeWebhooks } from './webhooks.js';

export type { FakeSessionClaims } from './jwks.js';
export type { SeedUser } from './store.js';
export type { FakeWebhookOptions } from './webhooks.js';

/** An organization to start the fake with; unset fields get defaults. Metadata may be `null`, as Clerk can store it. */
export interface SeedOrganization extends Partial<Organization> {
  name: string;
  /**
   * User ids that are members with the role set's default role, `org:member` (`created_by` is one too, with its
   * creator role, `org:admin`); `basic_member` and `admin` with `legacyRoleKeys`.
   */
  members?: string[];
}

/** Options for `createFakeClerk`. */
export interface FakeClerkOptions {
  /** Organizations present from the start, oldest first. */
  organizations?: SeedOrganization[];
  /** Users present from the start; a membership can be created only for a known user. */
  users?: SeedUser[];
  /**
   * Seed an instance that enabled organizations before December 2023: its two default roles have the keys
   * `admin` and `basic_member` instead of `org:admin` and `org:member`, as Clerk documents
   * (https://clerk.com/docs/organizations/roles-permissions). Memberships and invitations must then name those
   * keys (or custom roles), so code written for one kind of instance fails against the other, as in production.
   * Default `false`: an instance from December 2023 on.
   */
  legacyRoleKeys?: boolean;
  /**
   * Clerk's rate limit: past `requests` requests in any window of `per` ms, answer 429 with `Retry-After`
   * (seconds) and Clerk's envelope, as the real API does (1,000 per 10 s in production, 100 in development).
   * `createFakeClerk` throws a RangeError unless both are integers ≥ 1 (`per` at most a day).
   */
  rateLimit?: { requests: number; per: number };
}

/** A request the fake received. */
export interface FakeRequest {
  method: string;
  path: string;
}

/** An in-memory Clerk Backend API for the Organizations endpoints (with roles, permissions, role sets and settings). */
export interface FakeClerk {
  /** A Web-standard fetch: pass it as `createClient(key, { fetch: fake.fetch })`. */
  fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /** Answers the next `times` requests (default 1; `Infinity` for all) with `status` (400–599) and a Clerk error envelope. */
  failNext: (status: number, options?: { times?: number; retryAfter?: number }) => void;
  /** Every request received so far, in order. */
  requests: FakeRequest[];
  /** The organizations stored now, newest first. */
  organizations: () => Organization[];
  /**
   * The fake instance's public key in PEM form, for
   * `verifySessionToken(token, { jwtKey })`. (`GET /jwks` serves the same
   * key, for `{ client }`.)
   */
  jwtKey: () => Promise<string>;
  /**
   * A session token signed with the fake instance's key. Defaults: `sub` the
   * first seeded user, a new `sid`, `iat` now, `nbf` 10 s ago, `exp` in a
   * minute; `org` writes the active organization's v1 claims.
   *
   * @example
   * const token = await fake.sessionToken({ sub: 'user_1', org: { id: 'org_1', role: 'org:admin', slug: 'acme' } });
   */
  sessionToken: (claims?: FakeSessionClaims) => Promise<string>;
  /** The fake webhook endpoint's signing secret (`whsec_…`), for `verifyWebhook`. */
  webhookSigningSecret: string;
  /**
   * A webhook request as Clerk sends it (POST, JSON event, `svix-*`
   * headers), signed with `webhookSigningSecret`.
   *
   * @example
   * const request = await fake.webhook('organizationMembership.created', membership);
   * const response = await worker.fetch(request, env);
   */
  webhook: (type: string, data: unknown, options?: FakeWebhookOptions) => Promise<Request>;
}

/**
 * Makes an in-memory Clerk that answers the Organizations operations
 * as the 2026-05-12 spec describes, with no network. Seed it, point a
 * client at it, and inject failures to test your error paths.
 *
 * The instance starts as a new Clerk instance does: the system permissions,
 * the roles `org:admin` and `org:member` in the initial role set
 * `role_set:default`, and organization settings (GET/PATCH
 * `/instance/organization_settings`) that drive the fake: memberships and
 * invitations must name a role of their organization's role set.
 *
 * @example
 * import { createClient, getOrganization } from 'clerk-backend-fetch';
 * import { createFakeClerk } from 'clerk-backend-fetch/testing';
 *
 * const fake = createFakeClerk({ organizations: [{ name: 'Acme', slug: 'acme' }] });
 * const clerk = createClient('sk_test_fake', { fetch: fake.fetch });
 * const r = await getOrganization(clerk, { organization_id: 'acme' });
 * fake.failNext(503, { times: 3 }); // the next three requests answer 503
 */
export function createFakeClerk(options: FakeClerkOptions = {}): FakeClerk {
  const store = createStore(options.users, options.legacyRoleKeys === true);
  // While the settings turn organizations off, the organization calls are refused; roles and settings are not.
  const organizationsEnabled = () => {
    if (!store.access.settings.enabled) throw clerkError('OrganizationNotEnabledInInstance');
  };
  const keys = fakeKeys(options.users?.[0]?.id);
  const webhooks = fakeWebhooks();
  const route = routeTable({
    ...keys.handlers,
    ...guarded({ ...organizationHandlers(store), ...membershipHandlers(store), ...invitationHandlers(store), ...domainHandlers(store) }, organizationsEnabled),
    ...roleHandlers(store),
    ...permissionHandlers(store),
    ...roleSetHandlers(store),
    ...settingsHandlers(store),
  });
  for (const seed of options.organizations ?? []) {
    const { members, ...fields } = seed;
    createOrganization(store, fields, members, true);
  }

  // Read once: requests allowed per window of `per` ms.
  const limit = options.rateLimit && { allowed: options.rateLimit.requests, per: options.rateLimit.per };
  if (limit && !(Number.isInteger(limit.allowed) && limit.allowed >= 1 && Number.isInteger(limit.per) && limit.per >= 1 && limit.per <= 86_400_000)) {
    throw new RangeError('createFakeClerk: rateLimit needs integers: requests ≥ 1 and per from 1 to 86400000 ms');
  }
  const requests: FakeRequest[] = [];
  const failures: { status: number; retryAfter?: number; times: number }[] = [];
  /** When the requests within the rate-limit window came. */
  const recent: number[] = [];

  const fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    requests.push({ method: request.method, path: url.pathname + url.search });
    if (limit) {
      const { allowed, per } = limit;
      const at = Date.now();
      while (recent.length > 0 && recent[0]! <= at - per) recent.shift();
      if (recent.length >= allowed) {
        const retryAfter = Math.max(1, Math.ceil((recent[0]! + per - at) / 1000));
        return errorResponse(new ClerkFailure(429, 'too_many_requests', 'Too many requests, retry later'), { 'retry-after': String(retryAfter) });
      }
      recent.push(at);
    }
    const failure = failures[0];
    if (failure && --failure.times <= 0) failures.shift();
    if (failure) {
      const headers: Record<string, string> = failure.retryAfter === undefined ? {} : { 'retry-after': String(failure.retryAfter) };
      return errorResponse(
        new ClerkFailure(failure.status, ERROR_CODES[failure.status] ?? 'internal_clerk_error', `Injected failure ${failure.status}`),
        headers,
      );
    }
    if (!/^Bearer sk_\S+$/.test(request.headers.get('authorization') ?? '')) {
      return errorResponse(new ClerkFailure(401, 'authentication_invalid', 'A valid secret key is required in the Authorization header'));
    }
    return route(request, url);
  };

  return {
    fetch,
    failNext: (status, { times = 1, retryAfter } = {}) => {
      if (!Number.isInteger(status) || status < 400 || status > 599) throw new RangeError('failNext: status must be an integer from 400 to 599');
      if (!(times === Infinity || (Number.isInteger(times) && times >= 1))) throw new RangeError('failNext: times must be an integer ≥ 1, or Infinity');
      failures.push(retryAfter === undefined ? { status, times } : { status, retryAfter, times });
    },
    requests,
    organizations: () => [...store.organizations()].map((s) => s.org).sort((a, b) => b.created_at - a.created_at),
    jwtKey: keys.jwtKey,
    sessionToken: keys.sessionToken,
    webhookSigningSecret: webhooks.signingSecret,
    webhook: webhooks.webhook,
  };
}
