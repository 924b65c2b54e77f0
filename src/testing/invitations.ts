import type { Metadata } from '../schemas/metadata.js';
import type { Organization } from '../schemas/organization.js';
import { roleInOrganization, roleShown } from './access.js';
import { clerkError } from './catalogue.js';
import { allowOnly, ClerkFailure, found, type Handlers, isObject, jsonBody, metadata, type PathParams, page } from './http.js';
import { DEFAULT_IMAGE, invitationStatus, pendingInvitations, type Store, type Stored, type StoredInvitation } from './store.js';

/** An invitation with its organization, as lists hold them. */
type Pair = [Stored, StoredInvitation];

const DAY = 24 * 60 * 60 * 1000;

/** The organization as an invitation of a user or of the instance shows it. */
function publicOrganizationData(org: Organization) {
  return {
    id: org.id,
    name: org.name,
    slug: org.slug,
    image_url: org.image_url ?? DEFAULT_IMAGE,
    has_image: org.has_image,
  };
}

/** An invitation as an answer; the instance's and a user's lists add `public_organization_data`. */
function invitationView(store: Store, stored: Stored, i: StoredInvitation, withOrganization = false) {
  return {
    object: 'organization_invitation',
    id: i.id,
    email_address: i.email_address,
    role: i.role,
    role_name: roleShown(store, i.role).role_name,
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
  };
}

/** An invitation's checked fields. */
interface Checked {
  email: string;
  days: number;
  public_metadata: Metadata;
  private_metadata: Metadata;
}

/** Checks one invitation body as Clerk does; throws its 4xx. Returns the email lowercased and the days it lasts. */
function checkInvitation(store: Store, stored: Stored, body: Record<string, unknown>): Checked {
  allowOnly(body, ['email_address', 'inviter_user_id', 'role', 'public_metadata', 'private_metadata', 'redirect_url', 'expires_in_days', 'notify']);
  if (typeof body.email_address !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(body.email_address)) {
    throw new ClerkFailure(422, 'form_param_format_invalid', 'email_address must be a valid email address', 'email_address');
  }
  if (typeof body.role !== 'string' || body.role === '') throw new ClerkFailure(422, 'form_param_missing', 'role is missing', 'role');
  roleInOrganization(store, stored, body.role);
  const days = body.expires_in_days ?? 30;
  if (!Number.isInteger(days) || (days as number) < 1 || (days as number) > 365) {
    throw new ClerkFailure(422, 'form_param_value_invalid', 'expires_in_days must be an integer from 1 to 365', 'expires_in_days');
  }
  const email = body.email_address.toLowerCase();
  for (const m of stored.members.values()) {
    if (store.users.get(m.user_id)?.email_address?.toLowerCase() === email) {
      throw new ClerkFailure(400, 'already_a_member_in_organization', `${email} is already a member of the organization.`, 'email_address');
    }
  }
  // Metadata too: a bulk create checks every item before it stores any.
  const public_metadata = metadata(body.public_metadata, 'public_metadata') ?? {};
  const private_metadata = metadata(body.private_metadata, 'private_metadata') ?? {};
  return { email, days: days as number, public_metadata, private_metadata };
}

/** Members and pending invitations together may not pass `max_allowed_memberships` (when above 0). */
function checkQuota(stored: Stored, adding: number): void {
  const max = stored.org.max_allowed_memberships;
  const pending = pendingInvitations(stored).length;
  if (max > 0 && stored.members.size + pending + adding > max) throw clerkError('OrganizationMembershipQuotaExceeded', { fill: [max] });
}

/** Stores a checked invitation; emails are not sent. */
function addInvitation(
  store: Store,
  stored: Stored,
  body: Record<string, unknown>,
  { email, days, public_metadata, private_metadata }: Checked,
): StoredInvitation {
  const at = store.now();
  const invitation: StoredInvitation = {
    id: store.newId('invitation'),
    email_address: email,
    role: body.role as string,
    inviter_id: typeof body.inviter_user_id === 'string' ? body.inviter_user_id : null,
    public_metadata,
    private_metadata,
    status: 'pending',
    expires_at: at + days * DAY,
    created_at: at,
    updated_at: at,
  };
  store.addInvitation(stored, invitation);
  return invitation;
}

/** A page of invitations, filtered by status, query and email address, and ordered. */
function invitationPage(store: Store, found: Pair[], query: URLSearchParams, withOrganization: boolean) {
  const status = query.get('status');
  if (status !== null && !['pending', 'accepted', 'revoked', 'expired'].includes(status)) {
    throw new ClerkFailure(422, 'form_param_value_invalid', 'status must be pending, accepted, revoked or expired', 'status');
  }
  const q = query.get('query')?.toLowerCase();
  const email = query.get('email_address')?.toLowerCase();
  const kept = found.filter(
    ([, i]) => (status === null || invitationStatus(i) === status) && (!q || i.email_address.includes(q)) && (!email || i.email_address === email),
  );
  const key = ([, i]: Pair, field: string) => (field === 'created_at' ? i.created_at : i.email_address);
  return page(kept, query, ['created_at', 'email_address'], '-created_at', key, ([s, i]) => invitationView(store, s, i, withOrganization));
}

/** The handlers of the invitations operations: one store per organization, which every list reads. */
export function invitationHandlers(store: Store): Handlers {
  const inOrg = (id: string | undefined) => found(store.organization(id!));
  const all = () => [...store.organizations()].flatMap((s) => [...s.invitations.values()].map((i): Pair => [s, i]));
  /** The organization and its invitation; either missing is a 404. */
  const invitation = (params: PathParams) => {
    const stored = inOrg(params.organization_id);
    return [stored, found(stored.invitations.get(params.invitation_id!), 'Invitation not found')] as const;
  };
  return {
    ListInstanceOrganizationInvitations: (_, query) => invitationPage(store, all(), query, true),
    UsersGetOrganizationInvitations: ({ user_id }, query) => {
      const user = found(store.users.get(user_id!), 'User not found');
      const email = user.email_address?.toLowerCase();
      return invitationPage(store, email ? all().filter(([, i]) => i.email_address === email) : [], query, true);
    },
    ListOrganizationInvitations: ({ organization_id }, query) => {
      const stored = inOrg(organization_id);
      return invitationPage(
        store,
        [...stored.invitations.values()].map((i): Pair => [stored, i]),
        query,
        false,
      );
    },
    CreateOrganizationInvitation: async ({ organization_id }, _, request) => {
      const stored = inOrg(organization_id);
      const body = await jsonBody(request);
      const checked = checkInvitation(store, stored, body);
      checkQuota(stored, 1);
      return invitationView(store, stored, addInvitation(store, stored, body, checked));
    },
    CreateOrganizationInvitationBulk: async ({ organization_id }, _, request) => {
      const stored = inOrg(organization_id);
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
        return [item, checkInvitation(store, stored, item)] as const;
      });
      checkQuota(stored, checked.length);
      const created = checked.map(([item, valid]) => invitationView(store, stored, addInvitation(store, stored, item, valid)));
      return { data: created, total_count: created.length };
    },
    GetOrganizationInvitation: (params) => {
      const [stored, i] = invitation(params);
      return invitationView(store, stored, i);
    },
    RevokeOrganizationInvitation: async (params, _, request) => {
      const [stored, i] = invitation(params);
      const body = await jsonBody(request);
      allowOnly(body, ['requesting_user_id']);
      if (invitationStatus(i) !== 'pending')
        throw new ClerkFailure(400, 'bad_request', `Only pending invitations can be revoked; this one is ${invitationStatus(i)}.`);
      i.status = 'revoked';
      i.updated_at = store.now();
      return invitationView(store, stored, i);
    },
  };
}
