import type { Metadata } from '../schemas/metadata.js';
import type { Organization } from '../schemas/organization.js';
import type { OrganizationMembership, OrganizationMembershipPublicUserData } from '../schemas/organization-membership.js';

/** An organization to start the fake with; unset fields get defaults. Metadata may be `null`, as Clerk can store it. */
export interface SeedOrganization extends Partial<Organization> {
  name: string;
  /** User ids that are members with the role `org:member` (`created_by` is one too, as `org:admin`). */
  members?: string[];
}

/** A user the fake knows: memberships show these fields as their `public_user_data`. */
export interface SeedUser {
  id: string;
  first_name?: string | null;
  last_name?: string | null;
  /** The primary email address, shown as the membership's `identifier`. */
  email_address?: string | null;
  username?: string | null;
  image_url?: string;
}

/** Options for `createFakeClerk`. */
export interface FakeClerkOptions {
  /** Organizations present from the start, oldest first. */
  organizations?: SeedOrganization[];
  /** Users present from the start; a membership can be created only for a known user. */
  users?: SeedUser[];
  /**
   * Clerk's rate limit: past `requests` requests in any window of `per` ms, answer 429 with `Retry-After`
   * (seconds) and Clerk's envelope, as the real API does (1,000 per 10 s in production, 100 in development).
   */
  rateLimit?: { requests: number; per: number };
}

/** A request the fake received. */
export interface FakeRequest {
  method: string;
  path: string;
}

/** An in-memory Clerk Backend API for the Organizations endpoints. */
export interface FakeClerk {
  /** A Web-standard fetch: pass it as `createClient(key, { fetch: fake.fetch })`. */
  fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /** Answers the next `times` requests (default 1; `Infinity` for all) with `status` (400–599) and a Clerk error envelope. */
  failNext: (status: number, options?: { times?: number; retryAfter?: number }) => void;
  /** Every request received so far, in order. */
  requests: FakeRequest[];
  /** The organizations stored now, newest first. */
  organizations: () => Organization[];
}

/** A membership as stored: the organization and user are looked up when it is shown. */
interface StoredMembership {
  id: string;
  user_id: string;
  role: string;
  public_metadata: Metadata;
  private_metadata: Metadata;
  created_at: number;
  updated_at: number;
}

/** An invitation as stored; `expired` is worked out from `expires_at` when it is shown. */
interface StoredInvitation {
  id: string;
  email_address: string;
  role: string;
  inviter_id: string | null;
  public_metadata: Metadata;
  private_metadata: Metadata;
  status: 'pending' | 'accepted' | 'revoked';
  expires_at: number;
  created_at: number;
  updated_at: number;
}

/** A domain as stored. */
interface StoredDomain {
  id: string;
  name: string;
  enrollment_mode: string;
  verified: boolean;
  ownership_verified_at: number | null;
  created_at: number;
  updated_at: number;
}

interface Stored {
  org: Organization;
  /** Memberships by user id: the one store every view reads. */
  members: Map<string, StoredMembership>;
  /** Invitations by id. */
  invitations: Map<string, StoredInvitation>;
  /** Domains by id. */
  domains: Map<string, StoredDomain>;
}

const ENROLLMENT_MODES = ['manual_invitation', 'automatic_invitation', 'automatic_suggestion', 'enterprise_sso'];
const DAY = 24 * 60 * 60 * 1000;

const MAX_LOGO_BYTES = 10 * 1024 * 1024;
const LOGO_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];
const DEFAULT_IMAGE = 'https://img.clerk.com/default-organization-logo';
const SLUG = /^[a-z0-9-]+$/;
const ERROR_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'authentication_invalid',
  402: 'payment_required',
  403: 'authorization_invalid',
  404: 'resource_not_found',
  413: 'request_body_too_large',
  422: 'form_param_value_invalid',
  429: 'too_many_requests',
};

class ClerkFailure {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly message: string,
    readonly param?: string,
  ) {}
}

/**
 * Makes an in-memory Clerk that answers the nine Organizations operations
 * as the 2026-05-12 spec describes, with no network. Seed it, point a
 * client at it, and inject failures to test your error paths.
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
  const byId = new Map<string, Stored>();
  const requests: FakeRequest[] = [];
  const failures: { status: number; retryAfter?: number; times: number }[] = [];
  /** When the requests within the rate-limit window came. */
  const recent: number[] = [];
  let clock = 0;
  let logos = 0;
  const now = () => (clock = Math.max(Date.now(), clock + 1));

  /** Only GET takes a slug as well as an id; the other operations take the id. */
  const bySlug = new Map<string, string>();
  /** Organization ids by member user id. */
  const byUser = new Map<string, Set<string>>();
  const users = new Map<string, SeedUser>();
  for (const user of options.users ?? []) users.set(user.id, user);
  let memberships = 0;

  const addMember = (stored: Stored, user_id: string, role: string, fields: { public_metadata?: Metadata; private_metadata?: Metadata } = {}) => {
    const at = now();
    const membership: StoredMembership = {
      id: `orgmem_${(++memberships).toString(36).padStart(10, '0')}`,
      user_id,
      role,
      public_metadata: fields.public_metadata ?? {},
      private_metadata: fields.private_metadata ?? {},
      created_at: at,
      updated_at: at,
    };
    stored.members.set(user_id, membership);
    const orgs = byUser.get(user_id) ?? new Set<string>();
    byUser.set(user_id, orgs.add(stored.org.id));
    return membership;
  };
  const removeMember = (stored: Stored, user_id: string) => {
    stored.members.delete(user_id);
    byUser.get(user_id)?.delete(stored.org.id);
  };

  const find = (id: string, orSlug = false): Stored => {
    const found = byId.get(id) ?? (orSlug ? byId.get(bySlug.get(id) ?? '') : undefined);
    if (!found) throw new ClerkFailure(404, 'resource_not_found', 'Resource not found');
    return found;
  };
  const checkSlug = (slug: unknown, except?: string) => {
    if (typeof slug !== 'string' || !SLUG.test(slug)) {
      throw new ClerkFailure(422, 'form_param_format_invalid', 'slug must contain only lowercase alphanumeric characters and dashes', 'slug');
    }
    const owner = bySlug.get(slug);
    if (owner !== undefined && owner !== except) throw new ClerkFailure(422, 'form_identifier_exists', 'That slug is taken. Please try another.', 'slug');
  };
  const slugFrom = (name: string) => {
    const base =
      name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'organization';
    let slug = base;
    for (let n = 2; bySlug.has(slug); n++) slug = `${base}-${n}`;
    return slug;
  };

  /** A seed may store `null` metadata, as Clerk can; a POST that sends null gets `{}`. */
  const create = (body: Record<string, unknown>, members: string[] = [], seeded = false): Organization => {
    if (typeof body.name !== 'string' || body.name.trim() === '') throw new ClerkFailure(422, 'form_param_missing', 'name is missing or empty', 'name');
    if (body.slug != null) checkSlug(body.slug);
    const at = typeof body.created_at === 'string' ? Date.parse(body.created_at) : typeof body.created_at === 'number' ? body.created_at : now();
    if (Number.isNaN(at)) throw new ClerkFailure(422, 'form_param_format_invalid', 'created_at must be an RFC3339 date-time', 'created_at');
    const org: Organization = {
      object: 'organization',
      id: typeof body.id === 'string' ? body.id : `org_${crypto.randomUUID().replace(/-/g, '').slice(0, 27)}`,
      name: body.name,
      slug: (body.slug as string | null | undefined) ?? slugFrom(body.name),
      image_url: (body.image_url as string | undefined) ?? DEFAULT_IMAGE,
      has_image: (body.has_image as boolean | undefined) ?? false,
      max_allowed_memberships: count(body.max_allowed_memberships, 'max_allowed_memberships') ?? 5,
      admin_delete_enabled: (body.admin_delete_enabled as boolean | undefined) ?? true,
      public_metadata: seeded && body.public_metadata === null ? null : (metadata(body.public_metadata, 'public_metadata') ?? {}),
      private_metadata: seeded && body.private_metadata === null ? null : (metadata(body.private_metadata, 'private_metadata') ?? {}),
      created_at: at,
      updated_at: typeof body.updated_at === 'number' ? body.updated_at : at,
      role_set_key: (body.role_set_key as string | null | undefined) ?? null,
    };
    if (typeof body.created_by === 'string') org.created_by = body.created_by;
    const stored: Stored = { org, members: new Map(), invitations: new Map(), domains: new Map() };
    byId.set(org.id, stored);
    bySlug.set(org.slug, org.id);
    if (org.created_by) addMember(stored, org.created_by, 'org:admin');
    for (const user_id of members) if (!stored.members.has(user_id)) addMember(stored, user_id, 'org:member');
    return org;
  };

  for (const seed of options.organizations ?? []) {
    const { members, ...fields } = seed;
    create(fields, members, true);
  }

  const list = (query: URLSearchParams) => {
    let found = [...byId.values()];
    const q = query.get('query');
    if (q) {
      const lower = q.toLowerCase();
      found = found.filter((s) => s.org.id === q || s.org.name.toLowerCase().includes(lower) || s.org.slug.includes(lower));
    }
    found = filterBy(found, query.getAll('organization_id'), (s, id) => s.org.id === id);
    found = filterBy(found, query.getAll('user_id'), (s, id) => s.members.has(id));
    const key = (s: Stored, field: string) => (field === 'name' ? s.org.name : field === 'members_count' ? s.members.size : s.org.created_at);
    return page(found, query, ['name', 'created_at', 'members_count'], '-created_at', key, (s) => view(s, query));
  };

  const route = async (method: string, url: URL, request: Request): Promise<unknown> => {
    const answer = (await membershipRoute(method, url, request)) ?? (await invitationRoute(method, url, request)) ?? (await domainRoute(method, url, request));
    if (answer !== undefined) return answer;
    const match = /^\/v1\/organizations(?:\/([^/]+))?(?:\/(metadata|logo))?\/?$/.exec(url.pathname);
    if (!match) throw new ClerkFailure(404, 'resource_not_found', `No route for ${method} ${url.pathname}`);
    const id = match[1] === undefined ? undefined : decode(match[1]);
    const sub = match[2];
    if (id === undefined) {
      if (method === 'GET') return list(url.searchParams);
      if (method === 'POST') {
        const body = await jsonBody(request);
        allowOnly(body, ['name', 'slug', 'created_by', 'private_metadata', 'public_metadata', 'max_allowed_memberships', 'created_at', 'role_set_key']);
        return create(body);
      }
    } else if (sub === undefined) {
      if (method === 'GET') return view(find(id, true), url.searchParams);
      if (method === 'PATCH') return update(find(id), await jsonBody(request));
      if (method === 'DELETE') {
        const gone = find(id);
        byId.delete(gone.org.id);
        bySlug.delete(gone.org.slug);
        for (const user_id of [...gone.members.keys()]) removeMember(gone, user_id);
        for (const d of gone.domains.values()) domainByName.delete(d.name);
        return { object: 'organization', id: gone.org.id, slug: gone.org.slug, deleted: true };
      }
    } else if (sub === 'metadata' && (method === 'PATCH' || method === 'PUT')) {
      const stored = find(id);
      const body = await jsonBody(request);
      allowOnly(body, ['public_metadata', 'private_metadata']);
      for (const field of ['public_metadata', 'private_metadata'] as const) {
        // Replace stores a JSON null as given (Clerk documents it); merge treats a stored null as {}.
        if (method === 'PUT' && body[field] === null) stored.org[field] = null;
        const value = metadata(body[field], field);
        if (value === undefined) continue;
        stored.org[field] = method === 'PUT' ? JSON.parse(JSON.stringify(value)) : deepMerge(stored.org[field] ?? {}, value);
      }
      stored.org.updated_at = now();
      return stored.org;
    } else if (sub === 'logo') {
      const stored = find(id);
      if (method === 'PUT') return uploadLogo(stored, request);
      if (method === 'DELETE') {
        Object.assign(stored.org, { has_image: false, image_url: DEFAULT_IMAGE, updated_at: now() });
        return stored.org;
      }
    }
    throw new ClerkFailure(405, 'method_not_allowed', `${method} is not allowed on ${url.pathname}`);
  };

  /** The user's public data as a membership shows it. */
  const publicUserData = (user_id: string): OrganizationMembershipPublicUserData => {
    const user = users.get(user_id);
    return {
      user_id,
      first_name: user?.first_name ?? null,
      last_name: user?.last_name ?? null,
      image_url: user?.image_url ?? 'https://img.clerk.com/default-user',
      has_image: user?.image_url !== undefined,
      identifier: user?.email_address ?? user?.username ?? null,
      username: user?.username ?? null,
    };
  };

  /** A membership as an answer: with its organization (members_count included, so every view agrees) and the member's data. */
  const membershipView = (stored: Stored, m: StoredMembership): OrganizationMembership => ({
    object: 'organization_membership',
    id: m.id,
    role: m.role,
    role_name: m.role.replace(/^org:/, '').replace(/^./, (c) => c.toUpperCase()),
    permissions: m.role === 'org:admin' ? ['org:sys_memberships:manage', 'org:sys_memberships:read', 'org:sys_profile:manage'] : ['org:sys_memberships:read'],
    public_metadata: m.public_metadata,
    private_metadata: m.private_metadata,
    organization: { ...stored.org, members_count: stored.members.size },
    public_user_data: publicUserData(m.user_id),
    created_at: m.created_at,
    updated_at: m.updated_at,
  });

  /** A page of memberships, filtered and ordered as the spec describes. */
  const membershipPage = (found: [Stored, StoredMembership][], query: URLSearchParams) => {
    const key = ([, m]: [Stored, StoredMembership], field: string): string | number => {
      if (field === 'created_at') return m.created_at;
      const user = users.get(m.user_id);
      const value =
        field === 'email_address' ? user?.email_address : field === 'phone_number' ? undefined : user?.[field as 'first_name' | 'last_name' | 'username'];
      return value ?? '';
    };
    const fields = ['phone_number', 'email_address', 'created_at', 'first_name', 'last_name', 'username'];
    return page(found, query, fields, '-created_at', key, ([s, m]) => membershipView(s, m));
  };

  /** Filters of an organization's member list; `last_active_at_*`, phone numbers and Web3 wallets match nothing the fake stores. */
  const memberFilter = (query: URLSearchParams) => {
    const any = (name: string) => query.getAll(name);
    const contains = (value: string | null | undefined, q: string | null) => q === null || (value ?? '').toLowerCase().includes(q.toLowerCase());
    return ([, m]: [Stored, StoredMembership]) => {
      const user = users.get(m.user_id);
      const names = `${user?.first_name ?? ''} ${user?.last_name ?? ''}`;
      const inList = (name: string, value: string | null | undefined) => any(name).length === 0 || any(name).includes(value ?? '');
      const after = (name: string) => query.get(name) === null || m.created_at > Number(query.get(name));
      const before = (name: string) => query.get(name) === null || m.created_at < Number(query.get(name));
      const q = query.get('query');
      return (
        inList('user_id', m.user_id) &&
        inList('role', m.role) &&
        inList('email_address', user?.email_address) &&
        inList('username', user?.username) &&
        any('phone_number').length === 0 &&
        any('web3_wallet').length === 0 &&
        (q === null || [m.user_id, user?.email_address, user?.username, names].some((v) => contains(v, q))) &&
        contains(user?.email_address, query.get('email_address_query')) &&
        query.get('phone_number_query') === null &&
        contains(user?.username, query.get('username_query')) &&
        contains(names, query.get('name_query')) &&
        after('created_at_after') &&
        before('created_at_before')
      );
    };
  };

  // Invitations: one store per organization; every list reads it. Emails are not sent.
  let invitationCount = 0;
  const invitationStatus = (i: StoredInvitation) => (i.status === 'pending' && i.expires_at <= Date.now() ? 'expired' : i.status);
  const publicOrganizationData = (org: Organization) => ({
    id: org.id,
    name: org.name,
    slug: org.slug,
    image_url: org.image_url ?? DEFAULT_IMAGE,
    has_image: org.has_image,
  });
  const invitationView = (stored: Stored, i: StoredInvitation, withOrganization = false) => ({
    object: 'organization_invitation',
    id: i.id,
    email_address: i.email_address,
    role: i.role,
    role_name: i.role.replace(/^org:/, '').replace(/^./, (c) => c.toUpperCase()),
    organization_id: stored.org.id,
    inviter_id: i.inviter_id,
    status: invitationStatus(i),
    public_metadata: i.public_metadata,
    private_metadata: i.private_metadata,
    url: null,
    expires_at: i.expires_at,
    created_at: i.created_at,
    updated_at: i.updated_at,
    ...(withOrganization ? { public_organization_data: publicOrganizationData(stored.org) } : {}),
  });
  /** Checks one invitation body as Clerk does; throws its 4xx. */
  const checkInvitation = (stored: Stored, body: Record<string, unknown>) => {
    allowOnly(body, ['email_address', 'inviter_user_id', 'role', 'public_metadata', 'private_metadata', 'redirect_url', 'expires_in_days', 'notify']);
    if (typeof body.email_address !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(body.email_address)) {
      throw new ClerkFailure(422, 'form_param_format_invalid', 'email_address must be a valid email address', 'email_address');
    }
    if (typeof body.role !== 'string' || body.role === '') throw new ClerkFailure(422, 'form_param_missing', 'role is missing', 'role');
    const days = body.expires_in_days ?? 30;
    if (!Number.isInteger(days) || (days as number) < 1 || (days as number) > 365) {
      throw new ClerkFailure(422, 'form_param_value_invalid', 'expires_in_days must be an integer from 1 to 365', 'expires_in_days');
    }
    const email = body.email_address.toLowerCase();
    for (const m of stored.members.values()) {
      if (users.get(m.user_id)?.email_address?.toLowerCase() === email) {
        throw new ClerkFailure(400, 'already_a_member_in_organization', `${email} is already a member of the organization.`, 'email_address');
      }
    }
    return { email, days: days as number };
  };
  const pendingCount = (stored: Stored) => [...stored.invitations.values()].filter((i) => invitationStatus(i) === 'pending').length;
  const addInvitation = (stored: Stored, body: Record<string, unknown>, email: string, days: number) => {
    const at = now();
    const invitation: StoredInvitation = {
      id: `orginv_${(++invitationCount).toString(36).padStart(10, '0')}`,
      email_address: email,
      role: body.role as string,
      inviter_id: typeof body.inviter_user_id === 'string' ? body.inviter_user_id : null,
      public_metadata: metadata(body.public_metadata, 'public_metadata') ?? {},
      private_metadata: metadata(body.private_metadata, 'private_metadata') ?? {},
      status: 'pending',
      expires_at: at + days * DAY,
      created_at: at,
      updated_at: at,
    };
    stored.invitations.set(invitation.id, invitation);
    return invitation;
  };
  /** Members and pending invitations together may not pass `max_allowed_memberships` (when above 0). */
  const checkQuota = (stored: Stored, adding: number) => {
    const max = stored.org.max_allowed_memberships;
    if (max > 0 && stored.members.size + pendingCount(stored) + adding > max) {
      throw new ClerkFailure(
        403,
        'organization_membership_quota_exceeded',
        'You have reached your limit of organization memberships, including outstanding invitations.',
      );
    }
  };
  const invitationPage = (found: [Stored, StoredInvitation][], query: URLSearchParams, withOrganization: boolean) => {
    const status = query.get('status');
    if (status !== null && !['pending', 'accepted', 'revoked', 'expired'].includes(status)) {
      throw new ClerkFailure(422, 'form_param_value_invalid', 'status must be pending, accepted, revoked or expired', 'status');
    }
    const q = query.get('query')?.toLowerCase();
    const email = query.get('email_address')?.toLowerCase();
    const kept = found.filter(
      ([, i]) => (status === null || invitationStatus(i) === status) && (!q || i.email_address.includes(q)) && (!email || i.email_address === email),
    );
    const key = ([, i]: [Stored, StoredInvitation], field: string) => (field === 'created_at' ? i.created_at : i.email_address);
    return page(kept, query, ['created_at', 'email_address'], '-created_at', key, ([s, i]) => invitationView(s, i, withOrganization));
  };
  const allInvitations = () => [...byId.values()].flatMap((s) => [...s.invitations.values()].map((i) => [s, i] as [Stored, StoredInvitation]));

  const invitationRoute = async (method: string, url: URL, request: Request): Promise<unknown> => {
    if (/^\/v1\/organization_invitations\/?$/.test(url.pathname) && method === 'GET') return invitationPage(allInvitations(), url.searchParams, true);
    const ofUser = /^\/v1\/users\/([^/]+)\/organization_invitations\/?$/.exec(url.pathname);
    if (ofUser && method === 'GET') {
      const user = users.get(decode(ofUser[1]!));
      if (!user) throw new ClerkFailure(404, 'resource_not_found', 'User not found');
      const email = user.email_address?.toLowerCase();
      return invitationPage(email ? allInvitations().filter(([, i]) => i.email_address === email) : [], url.searchParams, true);
    }
    const match = /^\/v1\/organizations\/([^/]+)\/invitations(?:\/(bulk)|\/([^/]+)(\/revoke)?)?\/?$/.exec(url.pathname);
    if (!match) return undefined;
    const stored = find(decode(match[1]!));
    if (match[2] === 'bulk' && method === 'POST') {
      let body: unknown;
      try {
        body = JSON.parse((await request.text()) || 'null');
      } catch {
        throw new ClerkFailure(400, 'malformed_request', 'The body is not valid JSON');
      }
      if (!Array.isArray(body) || body.length < 1 || body.length > 10)
        throw new ClerkFailure(422, 'form_param_value_invalid', 'The body must be an array of 1 to 10 invitations');
      // All or nothing: every invitation is checked before any is created.
      const checked = body.map((item) => {
        if (!isObject(item)) throw new ClerkFailure(422, 'form_param_format_invalid', 'Each invitation must be an object');
        return { item, ...checkInvitation(stored, item) };
      });
      checkQuota(stored, checked.length);
      const created = checked.map(({ item, email, days }) => invitationView(stored, addInvitation(stored, item, email, days)));
      return { data: created, total_count: created.length };
    }
    if (match[2] === undefined && match[3] === undefined) {
      if (method === 'GET')
        return invitationPage(
          [...stored.invitations.values()].map((i) => [stored, i] as [Stored, StoredInvitation]),
          url.searchParams,
          false,
        );
      if (method === 'POST') {
        const body = await jsonBody(request);
        const { email, days } = checkInvitation(stored, body);
        checkQuota(stored, 1);
        return invitationView(stored, addInvitation(stored, body, email, days));
      }
      throw new ClerkFailure(405, 'method_not_allowed', `${method} is not allowed on ${url.pathname}`);
    }
    const invitation = stored.invitations.get(decode(match[3]!));
    if (!invitation) throw new ClerkFailure(404, 'resource_not_found', 'Invitation not found');
    if (match[4] === undefined && method === 'GET') return invitationView(stored, invitation);
    if (match[4] !== undefined && method === 'POST') {
      const body = await jsonBody(request);
      allowOnly(body, ['requesting_user_id']);
      if (invitationStatus(invitation) !== 'pending')
        throw new ClerkFailure(400, 'bad_request', `Only pending invitations can be revoked; this one is ${invitationStatus(invitation)}.`);
      invitation.status = 'revoked';
      invitation.updated_at = now();
      return invitationView(stored, invitation);
    }
    throw new ClerkFailure(405, 'method_not_allowed', `${method} is not allowed on ${url.pathname}`);
  };

  // Domains: unique per instance; verification is a flag, ownership a timestamp.
  let domainCount = 0;
  const domainByName = new Map<string, string>();
  const verification = (verified: boolean) =>
    verified
      ? { status: 'verified', strategy: 'admin', attempts: null, expire_at: null }
      : { status: 'unverified', strategy: 'email_code', attempts: 0, expire_at: null };
  const domainView = (stored: Stored, d: StoredDomain) => ({
    object: 'organization_domain',
    id: d.id,
    organization_id: stored.org.id,
    name: d.name,
    enrollment_mode: d.enrollment_mode,
    affiliation_email_address: null,
    affiliation_verification: verification(d.verified),
    ownership_verification:
      d.ownership_verified_at === null
        ? null
        : { status: 'verified', strategy: 'dns_record', attempts: 1, expire_at: null, verified_at: d.ownership_verified_at },
    verification: verification(d.verified),
    total_pending_invitations: [...stored.invitations.values()].filter((i) => invitationStatus(i) === 'pending' && i.email_address.endsWith(`@${d.name}`))
      .length,
    total_pending_suggestions: 0,
    created_at: d.created_at,
    updated_at: d.updated_at,
  });
  const mode = (value: unknown) => {
    if (typeof value !== 'string' || !ENROLLMENT_MODES.includes(value)) {
      throw new ClerkFailure(422, 'form_param_value_invalid', `enrollment_mode must be one of ${ENROLLMENT_MODES.join(', ')}`, 'enrollment_mode');
    }
    return value;
  };
  const domainPage = (found: [Stored, StoredDomain][], query: URLSearchParams) => {
    const verified = query.get('verified');
    const modes = query.getAll('enrollment_mode');
    const include = modes.filter((m) => !m.startsWith('-'));
    const exclude = modes.filter((m) => m.startsWith('-')).map((m) => m.slice(1));
    const names = query.getAll('domains');
    const q = query.get('query')?.toLowerCase();
    const kept = found.filter(
      ([, d]) =>
        (verified === null || String(d.verified) === verified) &&
        (include.length === 0 || include.includes(d.enrollment_mode)) &&
        !exclude.includes(d.enrollment_mode) &&
        (names.length === 0 || names.includes(d.name)) &&
        (!q || d.name.includes(q)),
    );
    const key = ([, d]: [Stored, StoredDomain], field: string) => (field === 'name' ? d.name : d.created_at);
    return page(kept, query, ['name', 'created_at'], 'created_at', key, ([s, d]) => domainView(s, d));
  };

  const domainRoute = async (method: string, url: URL, request: Request): Promise<unknown> => {
    if (/^\/v1\/organization_domains\/?$/.test(url.pathname) && method === 'GET') {
      const orgId = url.searchParams.get('organization_id');
      const all = [...byId.values()]
        .filter((s) => orgId === null || s.org.id === orgId)
        .flatMap((s) => [...s.domains.values()].map((d) => [s, d] as [Stored, StoredDomain]));
      return domainPage(all, url.searchParams);
    }
    const match = /^\/v1\/organizations\/([^/]+)\/domains(?:\/([^/]+)(\/verify_ownership)?)?\/?$/.exec(url.pathname);
    if (!match) return undefined;
    const stored = find(decode(match[1]!));
    if (match[2] === undefined) {
      if (method === 'GET')
        return domainPage(
          [...stored.domains.values()].map((d) => [stored, d] as [Stored, StoredDomain]),
          url.searchParams,
        );
      if (method === 'POST') {
        const body = await jsonBody(request);
        allowOnly(body, ['name', 'enrollment_mode', 'verified']);
        const name = typeof body.name === 'string' ? body.name.toLowerCase() : '';
        if (!/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(name))
          throw new ClerkFailure(422, 'form_param_format_invalid', 'name must be a domain', 'name');
        if (domainByName.has(name))
          throw new ClerkFailure(422, 'form_identifier_exists', 'That domain is already used by an organization of this instance.', 'name');
        const at = now();
        const domain: StoredDomain = {
          id: `orgdmn_${(++domainCount).toString(36).padStart(10, '0')}`,
          name,
          enrollment_mode: mode(body.enrollment_mode),
          verified: body.verified !== false,
          ownership_verified_at: null,
          created_at: at,
          updated_at: at,
        };
        stored.domains.set(domain.id, domain);
        domainByName.set(name, domain.id);
        return domainView(stored, domain);
      }
      throw new ClerkFailure(405, 'method_not_allowed', `${method} is not allowed on ${url.pathname}`);
    }
    const domain = stored.domains.get(decode(match[2]));
    if (!domain) throw new ClerkFailure(404, 'resource_not_found', 'Domain not found');
    if (match[3] !== undefined && method === 'POST') {
      domain.ownership_verified_at = now();
      domain.updated_at = domain.ownership_verified_at;
      return domainView(stored, domain);
    }
    if (match[3] === undefined && method === 'PATCH') {
      const body = await jsonBody(request);
      allowOnly(body, ['enrollment_mode', 'verified']);
      if (body.enrollment_mode != null) domain.enrollment_mode = mode(body.enrollment_mode);
      if (typeof body.verified === 'boolean') domain.verified = body.verified;
      domain.updated_at = now();
      return domainView(stored, domain);
    }
    if (match[3] === undefined && method === 'DELETE') {
      stored.domains.delete(domain.id);
      domainByName.delete(domain.name);
      return { object: 'organization_domain', id: domain.id, deleted: true };
    }
    throw new ClerkFailure(405, 'method_not_allowed', `${method} is not allowed on ${url.pathname}`);
  };

  const membershipRoute = async (method: string, url: URL, request: Request): Promise<unknown> => {
    if (/^\/v1\/organization_memberships\/?$/.test(url.pathname) && method === 'GET') {
      const all: [Stored, StoredMembership][] = [];
      for (const s of byId.values()) for (const m of s.members.values()) all.push([s, m]);
      return membershipPage(all, url.searchParams);
    }
    const ofUser = /^\/v1\/users\/([^/]+)\/organization_memberships\/?$/.exec(url.pathname);
    if (ofUser && method === 'GET') {
      const user_id = decode(ofUser[1]!);
      const orgs = byUser.get(user_id);
      if (!users.has(user_id) && !orgs?.size) throw new ClerkFailure(404, 'resource_not_found', 'User not found');
      const mine: [Stored, StoredMembership][] = [...(orgs ?? [])].map((orgId) => [byId.get(orgId)!, byId.get(orgId)!.members.get(user_id)!]);
      return membershipPage(mine, url.searchParams);
    }
    const match = /^\/v1\/organizations\/([^/]+)\/memberships(?:\/([^/]+)(\/metadata)?)?\/?$/.exec(url.pathname);
    if (!match) return undefined;
    const stored = find(decode(match[1]!));
    if (match[2] === undefined) {
      if (method === 'GET')
        return membershipPage(
          [...stored.members.values()].map((m) => [stored, m] as [Stored, StoredMembership]).filter(memberFilter(url.searchParams)),
          url.searchParams,
        );
      if (method === 'POST') {
        const body = await jsonBody(request);
        allowOnly(body, ['user_id', 'role', 'public_metadata', 'private_metadata']);
        if (typeof body.user_id !== 'string' || body.user_id === '') throw new ClerkFailure(422, 'form_param_missing', 'user_id is missing', 'user_id');
        if (typeof body.role !== 'string' || body.role === '') throw new ClerkFailure(422, 'form_param_missing', 'role is missing', 'role');
        if (!users.has(body.user_id) && !byUser.get(body.user_id)?.size) throw new ClerkFailure(404, 'resource_not_found', 'User not found', 'user_id');
        if (stored.members.has(body.user_id))
          throw new ClerkFailure(400, 'already_a_member_in_organization', 'The user is already a member of the organization.', 'user_id');
        const max = stored.org.max_allowed_memberships;
        if (max > 0 && stored.members.size >= max) {
          throw new ClerkFailure(403, 'organization_membership_quota_exceeded', 'You have reached your limit of organization memberships.');
        }
        const fields = {
          public_metadata: metadata(body.public_metadata, 'public_metadata'),
          private_metadata: metadata(body.private_metadata, 'private_metadata'),
        };
        return membershipView(stored, addMember(stored, body.user_id, body.role, fields));
      }
      throw new ClerkFailure(405, 'method_not_allowed', `${method} is not allowed on ${url.pathname}`);
    }
    const user_id = decode(match[2]);
    const membership = stored.members.get(user_id);
    if (!membership) throw new ClerkFailure(404, 'resource_not_found', 'Membership not found');
    if (match[3] !== undefined && method === 'PATCH') {
      const body = await jsonBody(request);
      allowOnly(body, ['public_metadata', 'private_metadata']);
      for (const field of ['public_metadata', 'private_metadata'] as const) {
        const value = metadata(body[field], field);
        if (value !== undefined) membership[field] = deepMerge(membership[field], value);
      }
      membership.updated_at = now();
      return membershipView(stored, membership);
    }
    if (match[3] === undefined && method === 'PATCH') {
      const body = await jsonBody(request);
      allowOnly(body, ['role']);
      if (typeof body.role !== 'string' || body.role === '') throw new ClerkFailure(422, 'form_param_missing', 'role is missing', 'role');
      membership.role = body.role;
      membership.updated_at = now();
      return membershipView(stored, membership);
    }
    if (match[3] === undefined && method === 'DELETE') {
      removeMember(stored, user_id);
      return membershipView(stored, membership);
    }
    throw new ClerkFailure(405, 'method_not_allowed', `${method} is not allowed on ${url.pathname}`);
  };

  const update = (stored: Stored, body: Record<string, unknown>) => {
    allowOnly(body, ['name', 'slug', 'max_allowed_memberships', 'admin_delete_enabled', 'created_at', 'role_set_key']);
    const { org } = stored;
    if (body.name != null) {
      if (typeof body.name !== 'string' || body.name.trim() === '') throw new ClerkFailure(422, 'form_param_value_invalid', 'name must not be empty', 'name');
      org.name = body.name;
    }
    if (body.slug != null) {
      checkSlug(body.slug, org.id);
      bySlug.delete(org.slug);
      org.slug = body.slug as string;
      bySlug.set(org.slug, org.id);
    }
    const max = count(body.max_allowed_memberships, 'max_allowed_memberships');
    if (max !== undefined) org.max_allowed_memberships = max;
    if (typeof body.admin_delete_enabled === 'boolean') org.admin_delete_enabled = body.admin_delete_enabled;
    if (body.role_set_key !== undefined) org.role_set_key = body.role_set_key as string | null;
    org.updated_at = now();
    return org;
  };

  const uploadLogo = async (stored: Stored, request: Request) => {
    if (Number(request.headers.get('content-length') ?? 0) > MAX_LOGO_BYTES + 64 * 1024) {
      throw new ClerkFailure(413, 'request_body_too_large', 'The logo may be at most 10 MB');
    }
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      throw new ClerkFailure(400, 'form_data_invalid', 'The body must be multipart/form-data');
    }
    const file = form.get('file');
    if (file === null || typeof file === 'string') throw new ClerkFailure(400, 'form_param_missing', 'file is missing', 'file');
    if (file.size > MAX_LOGO_BYTES) throw new ClerkFailure(413, 'request_body_too_large', 'The logo may be at most 10 MB', 'file');
    if (!LOGO_TYPES.includes(file.type)) {
      throw new ClerkFailure(400, 'form_param_format_invalid', `The logo must be one of ${LOGO_TYPES.join(', ')}`, 'file');
    }
    logos += 1;
    const image_url = `https://img.clerk.com/fake/${stored.org.id}/${logos}`;
    Object.assign(stored.org, { has_image: true, image_url, updated_at: now() });
    return { ...stored.org, image_url };
  };

  const fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    requests.push({ method: request.method, path: url.pathname + url.search });
    if (options.rateLimit) {
      const { requests: allowed, per } = options.rateLimit;
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
    try {
      const body = await route(request.method, url, request);
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    } catch (error) {
      if (error instanceof ClerkFailure) return errorResponse(error);
      return errorResponse(new ClerkFailure(500, 'internal_clerk_error', String(error)));
    }
  };

  return {
    fetch,
    failNext: (status, { times = 1, retryAfter } = {}) => {
      if (!Number.isInteger(status) || status < 400 || status > 599) throw new RangeError('failNext: status must be an integer from 400 to 599');
      if (!(times === Infinity || (Number.isInteger(times) && times >= 1))) throw new RangeError('failNext: times must be an integer ≥ 1, or Infinity');
      failures.push(retryAfter === undefined ? { status, times } : { status, retryAfter, times });
    },
    requests,
    organizations: () => [...byId.values()].map((s) => s.org).sort((a, b) => b.created_at - a.created_at),
  };
}

/** A page as Clerk answers a list: sorted by `order_by` (one of `fields`, + or - before it), then `offset` and `limit`. */
function page<T, V>(
  items: T[],
  query: URLSearchParams,
  fields: string[],
  fallback: string,
  keyOf: (item: T, field: string) => string | number,
  view: (item: T) => V,
) {
  const limit = intParam(query, 'limit', 10, 1, 500);
  const offset = intParam(query, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
  const orderBy = query.get('order_by') ?? fallback;
  const field = orderBy.replace(/^[+-]/, '');
  if (!fields.includes(field)) {
    throw new ClerkFailure(422, 'form_param_value_invalid', `order_by must be one of ${fields.join(', ')} with an optional + or -`, 'order_by');
  }
  const direction = orderBy.startsWith('-') ? -1 : 1;
  items.sort((a, b) => {
    const [x, y] = [keyOf(a, field), keyOf(b, field)];
    return x < y ? -direction : x > y ? direction : 0;
  });
  return { data: items.slice(offset, offset + limit).map(view), total_count: items.length };
}

/** A path segment decoded; a malformed `%` is Clerk's 400. */
function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new ClerkFailure(400, 'malformed_request', 'The path is not validly percent-encoded');
  }
}

function errorResponse(failure: ClerkFailure, headers: Record<string, string> = {}): Response {
  const body = {
    errors: [
      {
        code: failure.code,
        message: failure.message,
        long_message: failure.message,
        meta: failure.param ? { param_name: failure.param } : {},
      },
    ],
    clerk_trace_id: `trace_${crypto.randomUUID().replace(/-/g, '')}`,
  };
  return new Response(JSON.stringify(body), { status: failure.status, headers: { 'content-type': 'application/json', ...headers } });
}

/** The organization as an answer: members_count and the elevated-permission flag only when asked. */
function view({ org, members }: Stored, query: URLSearchParams): Organization {
  const out: Organization = { ...org };
  if (query.get('include_members_count') === 'true') out.members_count = members.size;
  if (query.get('include_missing_member_with_elevated_permissions') === 'true') out.missing_member_with_elevated_permissions = false;
  return out;
}

async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = JSON.parse((await request.text()) || '{}');
  } catch {
    throw new ClerkFailure(400, 'malformed_request', 'The body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ClerkFailure(400, 'malformed_request', 'The body must be a JSON object');
  return body as Record<string, unknown>;
}

function allowOnly(body: Record<string, unknown>, allowed: string[]) {
  for (const key of Object.keys(body)) {
    if (!allowed.includes(key)) throw new ClerkFailure(422, 'form_param_unknown', `${key} is not a valid parameter for this request`, key);
  }
}

function count(value: unknown, param: string): number | undefined {
  if (value == null) return undefined;
  if (!Number.isInteger(value) || (value as number) < 0) throw new ClerkFailure(422, 'form_param_value_invalid', `${param} must be an integer ≥ 0`, param);
  return value as number;
}

function metadata(value: unknown, param: string): Record<string, unknown> | undefined {
  if (value == null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw new ClerkFailure(422, 'form_param_format_invalid', `${param} must be an object`, param);
  return value as Record<string, unknown>;
}

function intParam(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!/^-?\d+$/.test(raw) || n < min || n > max) {
    throw new ClerkFailure(
      422,
      'form_param_value_invalid',
      `${name} must be an integer from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ' up'}`,
      name,
    );
  }
  return n;
}

/** Applies `+id` / `id` (include any of) and `-id` (exclude) filters. */
function filterBy(found: Stored[], ids: string[], matches: (s: Stored, id: string) => boolean): Stored[] {
  if (ids.length === 0) return found;
  const include = ids.filter((id) => !id.startsWith('-')).map((id) => id.replace(/^\+/, ''));
  const exclude = ids.filter((id) => id.startsWith('-')).map((id) => id.slice(1));
  return found.filter((s) => (include.length === 0 || include.some((id) => matches(s, id))) && !exclude.some((id) => matches(s, id)));
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep merge where `null` removes a key at any depth; every key, `__proto__` too, is plain data. */
function deepMerge(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    const own = Object.hasOwn(out, key) ? out[key] : undefined;
    if (value === null) delete out[key];
    else {
      const merged = isObject(value) ? deepMerge(isObject(own) ? own : {}, value) : value;
      Object.defineProperty(out, key, { value: merged, enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}
