import type { Organization } from '../schemas/organization.js';
import { clerkError } from './catalogue.js';
import { domainHandlers } from './domains.js';
import { ClerkFailure, ERROR_CODES, errorResponse, guarded, pathMatcher, type Routes, routeTable } from './http.js';
import { invitationHandlers } from './invitations.js';
import { type FakeSessionClaims, fakeKeys } from './jwks.js';
import { membershipHandlers } from './memberships.js';
import { createOrganization, organizationHandlers } from './organizations.js';
import { permissionHandlers } from './permissions.js';
import { type FakeRequest, record } from './requests.js';
import { roleSetHandlers } from './role-sets.js';
import { roleHandlers } from './roles.js';
import { settingsHandlers } from './settings.js';
import { createStore, type SeedUser } from './store.js';
import { type FakeWebhookOptions, fakeWebhooks } from './webhooks.js';

export type { FakeSessionClaims } from './jwks.js';
export type { FakeRequest } from './requests.js';
export type { SeedUser } from './store.js';
export type { FakeWebhookOptions } from './webhooks.js';

/** Each field of `T` optional, and `undefined` where it is (for `exactOptionalPropertyTypes`). */
type Optional<T> = { [K in keyof T]?: T[K] | undefined };

/**
 * An organization to start the fake with; unset fields get defaults. Metadata may be `null`, as Clerk can store it.
 * Seeding checks no limit: a seed may list more members than its `max_allowed_memberships`.
 */
export interface SeedOrganization extends Optional<Organization> {
  name: string;
  /**
   * User ids that are members with the role set's default role, `org:member` (`created_by` is one too, with its
   * creator role, `org:admin`); `basic_member` and `admin` with `legacyRoleKeys`.
   */
  members?: string[] | undefined;
  /**
   * How many members the organization allows: adding one past it is 403 `organization_membership_quota_exceeded`, and
   * so is an invitation that would take members and pending invitations past it; `0` is no limit. Default: the instance settings'
   * `max_allowed_memberships`, which starts at 5, as in a new Clerk instance ("By default, the membership limit is set
   * to 5 members", https://clerk.com/docs/organizations/overview). Raise it here, or for every organization created
   * afterwards with `updateInstanceOrganizationSettings(clerk, { max_allowed_memberships })`, or for one organization
   * with `updateOrganization(clerk, { organization_id, max_allowed_memberships })`.
   */
  max_allowed_memberships?: number | undefined;
}

/**
 * Options for `createFakeClerk`. The instance starts as a new Clerk instance does, so each organization allows 5
 * members unless told otherwise (see `SeedOrganization.max_allowed_memberships`).
 */
export interface FakeClerkOptions {
  /** Organizations present from the start, oldest first. */
  organizations?: SeedOrganization[] | undefined;
  /** Users present from the start; a membership can be created only for a known user. */
  users?: SeedUser[] | undefined;
  /**
   * Seed an instance that enabled organizations before December 2023: its two default roles have the keys
   * `admin` and `basic_member` instead of `org:admin` and `org:member`, as Clerk documents
   * (https://clerk.com/docs/organizations/roles-permissions). Memberships and invitations must then name those
   * keys (or custom roles), so code written for one kind of instance fails against the other, as in production.
   * Default `false`: an instance from December 2023 on.
   */
  legacyRoleKeys?: boolean | undefined;
  /**
   * Clerk's rate limit: past `requests` requests in any window of `per` ms, answer 429 with `Retry-After`
   * (seconds) and Clerk's envelope, as the real API does (1,000 per 10 s in production, 100 in development).
   * `createFakeClerk` throws a RangeError unless both are integers ≥ 1 (`per` at most a day).
   */
  rateLimit?: { requests: number; per: number } | undefined;
}

/**
 * An in-memory Clerk Backend API: every operation this package wraps (organizations, memberships, invitations,
 * domains, roles, permissions, role sets, organization settings) and `GET /jwks`; it also signs session tokens and
 * webhooks as the instance would.
 */
export interface FakeClerk {
  /** A Web-standard fetch: pass it as `createClient(key, { fetch: fake.fetch })`. */
  fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /**
   * Answers the next `times` requests (default 1; `Infinity` for all) with `status` (400–599) and a Clerk error
   * envelope, with a `Retry-After` header of `retryAfter` seconds when given.
   *
   * `method` and `path` make the failure wait for its endpoint, letting other requests through: `path` is a path
   * template of Clerk's spec as this package's registry has it (`'/organizations/{organization_id}/memberships'`,
   * matching every organization's) or a concrete path (`'/organizations/org_1/memberships'`, as it appears in the
   * URL); both without `/v1`, which is tolerated. `method` (`'GET'`, `'POST'`, `'PATCH'`, `'PUT'`, `'DELETE'`)
   * alone fails any path. An untargeted failure fails whatever request comes next. Each request takes the
   * earliest queued failure that fits it.
   *
   * Throws a RangeError for a status outside 400–599, a bad `times`, a method no operation uses, or a path (with the
   * method, when given) no operation serves.
   *
   * @example
   * fake.failNext(503, { times: 2, method: 'POST', path: '/organizations/{organization_id}/memberships' });
   */
  failNext: (
    status: number,
    options?: { times?: number | undefined; retryAfter?: number | undefined; method?: string | undefined; path?: string | undefined },
  ) => void;
  /**
   * Every request received so far, in the order they came (refused ones too): method, path, query and body (the
   * JSON text; a description of a multipart form; at most 64 KiB of it). See `FakeRequest`.
   */
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

/** A failure `failNext` queued: how many requests it still fails, and which. */
interface Failure {
  status: number;
  retryAfter: number | undefined;
  times: number;
  fits: (request: Request, url: URL) => boolean;
}

/**
 * Makes an in-memory Clerk that answers every operation this package wraps
 * (organizations, memberships, invitations, domains, roles, permissions, role
 * sets, organization settings, and `GET /jwks`) as the 2026-05-12 spec
 * describes, with no network, and signs session tokens and webhooks. Seed it,
 * point a client at it, and inject failures to test your error paths.
 *
 * The instance starts as a new Clerk instance does: the system permissions,
 * the roles `org:admin` and `org:member` in the initial role set
 * `role_set:default`, and organization settings (GET/PATCH
 * `/instance/organization_settings`) that drive the fake: memberships and
 * invitations must name a role of their organization's role set, and each
 * organization allows 5 members ("By default, the membership limit is set to
 * 5 members", https://clerk.com/docs/organizations/overview): a sixth
 * member, or an invitation past 5 members and pending invitations, is 403
 * `organization_membership_quota_exceeded`. Raise it per seed
 * (`{ name, max_allowed_memberships: 100 }`, `0` for no limit), per
 * organization (`updateOrganization`), or for organizations created from then
 * on (`updateInstanceOrganizationSettings(clerk, { max_allowed_memberships })`).
 *
 * @example
 * import { createClient, getOrganization } from 'clerk-backend-fetch';
 * import { createFakeClerk } from 'clerk-backend-fetch/testing';
 *
 * const fake = createFakeClerk({ organizations: [{ name: 'Acme', slug: 'acme', max_allowed_memberships: 100 }] });
 * const clerk = createClient('sk_test_fake', { fetch: fake.fetch });
 * const r = await getOrganization(clerk, { organization_id: 'acme' });
 * fake.failNext(503, { times: 3 }); // the next three requests answer 503
 * fake.failNext(500, { method: 'DELETE', path: '/organizations/{organization_id}' }); // the next delete answers 500
 */
export function createFakeClerk(options: FakeClerkOptions = {}): FakeClerk {
  const store = createStore(options.users, options.legacyRoleKeys === true);
  // While the settings turn organizations off, the organization calls are refused; roles and settings are not.
  const organizationsEnabled = () => {
    if (!store.access.settings.enabled) throw clerkError('OrganizationNotEnabledInInstance');
  };
  const keys = fakeKeys(options.users?.[0]?.id);
  const webhooks = fakeWebhooks();
  const routes = routeTable({
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
  const failures: Failure[] = [];
  /** When the requests within the rate-limit window came. */
  const recent: number[] = [];

  /** The answer before authentication: the rate limit's 429, or an injected failure; none otherwise. */
  const refusal = (request: Request, url: URL): Response | undefined => {
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
    const index = failures.findIndex((f) => f.fits(request, url));
    if (index === -1) return undefined;
    const failure = failures[index]!;
    if (--failure.times <= 0) failures.splice(index, 1);
    const headers: Record<string, string> = failure.retryAfter === undefined ? {} : { 'retry-after': String(failure.retryAfter) };
    return errorResponse(
      new ClerkFailure(failure.status, ERROR_CODES[failure.status] ?? 'internal_clerk_error', `Injected failure ${failure.status}`),
      headers,
    );
  };

  const fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const recorded = record(requests, request, url);
    const refused = refusal(request, url);
    let response: Response;
    if (refused) response = refused;
    else if (!/^Bearer sk_\S+$/.test(request.headers.get('authorization') ?? '')) {
      response = errorResponse(new ClerkFailure(401, 'authentication_invalid', 'A valid secret key is required in the Authorization header'));
    } else response = await routes.answer(request, url);
    await recorded;
    return response;
  };

  return {
    fetch,
    failNext: (status, { times = 1, retryAfter, method, path } = {}) => {
      if (!Number.isInteger(status) || status < 400 || status > 599) throw new RangeError('failNext: status must be an integer from 400 to 599');
      if (!(times === Infinity || (Number.isInteger(times) && times >= 1))) throw new RangeError('failNext: times must be an integer ≥ 1, or Infinity');
      failures.push({ status, retryAfter, times, fits: target(routes, method, path) });
    },
    requests,
    organizations: () => [...store.organizations()].map((s) => s.org).sort((a, b) => b.created_at - a.created_at),
    jwtKey: keys.jwtKey,
    sessionToken: keys.sessionToken,
    webhookSigningSecret: webhooks.signingSecret,
    webhook: webhooks.webhook,
  };
}

/**
 * Which requests a failure fits: any, or those with `method` (any case) and for `path`: a request is for a template
 * when the route table would serve it with that template, for a concrete path when its segments are the path's.
 * Throws a RangeError for a method no operation uses, or a path no operation (with that method) serves.
 */
function target(routes: Routes, method: unknown, path: unknown): Failure['fits'] {
  const methods = new Set([...routes.templates.values()].flatMap((served) => [...served]));
  const wanted = typeof method === 'string' ? method.toUpperCase() : method;
  if (wanted !== undefined && (typeof wanted !== 'string' || !methods.has(wanted))) {
    throw new RangeError(`failNext: method must be one of ${[...methods].join(', ')}`);
  }
  const methodFits = (request: Request) => wanted === undefined || request.method.toUpperCase() === wanted;
  if (path === undefined) return methodFits;
  if (typeof path !== 'string' || !path.startsWith('/') || /[?#]/.test(path)) {
    throw new RangeError('failNext: path must be a path template or a concrete path such as /organizations/{organization_id}, with no query');
  }
  // Without `/v1` and a trailing slash, as the router reads paths.
  const bare = (path.startsWith('/v1/') ? path.slice(3) : path).replace(/(.)\/$/, '$1');
  const served = `${wanted === undefined ? '' : `${wanted} `}${bare}`;
  if (/[{}]/.test(bare)) {
    const methodsAt = routes.templates.get(bare);
    if (!methodsAt || (typeof wanted === 'string' && !methodsAt.has(wanted))) throw new RangeError(`failNext: no operation serves ${served}`);
    return (request, url) => methodFits(request) && routes.templateOf(request.method, url.pathname) === bare;
  }
  if (routes.templateOf(wanted as string | undefined, `/v1${bare}`, true) === undefined) throw new RangeError(`failNext: no operation serves ${served}`);
  const pathFits = pathMatcher(bare);
  return (request, url) => methodFits(request) && pathFits(url.pathname);
}
