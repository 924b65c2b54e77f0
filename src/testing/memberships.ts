import type { OrganizationMembership, OrganizationMembershipPublicUserData } from '../schemas/organization-membership.js';
import { roleInOrganization, roleShown } from './access.js';
import { clerkError } from './catalogue.js';
import { allowOnly, ClerkFailure, deepMerge, found, type Handlers, includeExclude, jsonBody, metadata, type PathParams, page } from './http.js';
import type { Store, Stored, StoredMembership } from './store.js';

/** A membership with its organization, as lists hold them. */
type Pair = [Stored, StoredMembership];

/** The user's public data as a membership shows it. */
export function publicUserData(store: Store, user_id: string): OrganizationMembershipPublicUserData {
  const user = store.users.get(user_id);
  return {
    user_id,
    first_name: user?.first_name ?? null,
    last_name: user?.last_name ?? null,
    image_url: user?.image_url ?? 'https://img.clerk.com/default-user',
    has_image: user?.image_url !== undefined,
    identifier: user?.email_address ?? user?.username ?? null,
    username: user?.username ?? null,
  };
}

/**
 * A membership as an answer: with its organization (members_count included, so every view agrees), the member's
 * data, and the role's name and permission keys as the role has them now.
 */
function membershipView(store: Store, stored: Stored, m: StoredMembership): OrganizationMembership {
  return {
    object: 'organization_membership',
    id: m.id,
    role: m.role,
    ...roleShown(store, m.role),
    public_metadata: m.public_metadata,
    private_metadata: m.private_metadata,
    organization: { ...stored.org, members_count: stored.members.size },
    public_user_data: publicUserData(store, m.user_id),
    created_at: m.created_at,
    updated_at: m.updated_at,
  };
}

/** A page of memberships, ordered as the spec describes. */
function membershipPage(store: Store, found: Pair[], query: URLSearchParams) {
  const key = ([, m]: Pair, field: string): string | number => {
    if (field === 'created_at') return m.created_at;
    const user = store.users.get(m.user_id);
    const value =
      field === 'email_address' ? user?.email_address : field === 'phone_number' ? undefined : user?.[field as 'first_name' | 'last_name' | 'username'];
    return value ?? '';
  };
  const fields = ['phone_number', 'email_address', 'created_at', 'first_name', 'last_name', 'username'];
  return page(found, query, fields, '-created_at', key, ([s, m]) => membershipView(store, s, m));
}

/**
 * Filters of an organization's member list but `user_id` (see `ListOrganizationMemberships`); `last_active_at_*`,
 * phone numbers and Web3 wallets match nothing the fake stores.
 */
function memberFilter(store: Store, query: URLSearchParams) {
  const any = (name: string) => query.getAll(name);
  const contains = (value: string | null | undefined, q: string | null) => q === null || (value ?? '').toLowerCase().includes(q.toLowerCase());
  return ([, m]: Pair) => {
    const user = store.users.get(m.user_id);
    const names = `${user?.first_name ?? ''} ${user?.last_name ?? ''}`;
    const inList = (name: string, value: string | null | undefined) => any(name).length === 0 || any(name).includes(value ?? '');
    const after = (name: string) => query.get(name) === null || m.created_at > Number(query.get(name));
    const before = (name: string) => query.get(name) === null || m.created_at < Number(query.get(name));
    const q = query.get('query');
    return (
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
}

/** The handlers of the memberships operations: an organization's members, and the instance's and a user's lists. */
export function membershipHandlers(store: Store): Handlers {
  const inOrg = (id: string | undefined) => found(store.organization(id!));
  /** The organization and the user's membership of it; either missing is a 404. */
  const member = (params: PathParams) => {
    const stored = inOrg(params.organization_id);
    return [stored, found(stored.members.get(params.user_id!), 'Membership not found')] as const;
  };
  return {
    InstanceGetOrganizationMemberships: (_, query) => {
      const all: Pair[] = [];
      for (const s of store.organizations()) for (const m of s.members.values()) all.push([s, m]);
      return membershipPage(store, all, query);
    },
    UsersGetOrganizationMemberships: ({ user_id }, query) => {
      if (!store.knowsUser(user_id!)) throw new ClerkFailure(404, 'resource_not_found', 'User not found');
      return membershipPage(store, store.membershipsOf(user_id!), query);
    },
    ListOrganizationMemberships: ({ organization_id }, query) => {
      const stored = inOrg(organization_id);
      const pairs = [...stored.members.values()].map((m): Pair => [stored, m]);
      // `user_id=+user_1` (or `user_1`) includes, `user_id=-user_1` excludes, as for organization lists.
      const byUser = includeExclude(pairs, query.getAll('user_id'), ([, m], id) => m.user_id === id);
      return membershipPage(store, byUser.filter(memberFilter(store, query)), query);
    },
    CreateOrganizationMembership: async ({ organization_id }, _, request) => {
      const stored = inOrg(organization_id);
      const body = await jsonBody(request);
      allowOnly(body, ['user_id', 'role', 'public_metadata', 'private_metadata']);
      if (typeof body.user_id !== 'string' || body.user_id === '') throw new ClerkFailure(422, 'form_param_missing', 'user_id is missing', 'user_id');
      if (typeof body.role !== 'string' || body.role === '') throw new ClerkFailure(422, 'form_param_missing', 'role is missing', 'role');
      if (!store.knowsUser(body.user_id)) throw new ClerkFailure(404, 'resource_not_found', 'User not found', 'user_id');
      if (stored.members.has(body.user_id))
        throw new ClerkFailure(400, 'already_a_member_in_organization', 'The user is already a member of the organization.', 'user_id');
      roleInOrganization(store, stored, body.role);
      const max = stored.org.max_allowed_memberships;
      if (max > 0 && stored.members.size >= max) throw clerkError('OrganizationMembershipQuotaExceeded', { fill: [max] });
      const fields = {
        public_metadata: metadata(body.public_metadata, 'public_metadata'),
        private_metadata: metadata(body.private_metadata, 'private_metadata'),
      };
      return membershipView(store, stored, store.addMember(stored, body.user_id, body.role, fields));
    },
    UpdateOrganizationMembership: async (params, _, request) => {
      const [stored, membership] = member(params);
      const body = await jsonBody(request);
      allowOnly(body, ['role']);
      if (typeof body.role !== 'string' || body.role === '') throw new ClerkFailure(422, 'form_param_missing', 'role is missing', 'role');
      roleInOrganization(store, stored, body.role);
      membership.role = body.role;
      membership.updated_at = store.now();
      return membershipView(store, stored, membership);
    },
    UpdateOrganizationMembershipMetadata: async (params, _, request) => {
      const [stored, membership] = member(params);
      const body = await jsonBody(request);
      allowOnly(body, ['public_metadata', 'private_metadata']);
      for (const field of ['public_metadata', 'private_metadata'] as const) {
        const value = metadata(body[field], field);
        if (value !== undefined) membership[field] = deepMerge(membership[field], value);
      }
      membership.updated_at = store.now();
      return membershipView(store, stored, membership);
    },
    DeleteOrganizationMembership: (params) => {
      const [stored, membership] = member(params);
      store.removeMember(stored, membership.user_id);
      return membershipView(store, stored, membership);
    },
  };
}
