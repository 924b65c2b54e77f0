import type { Organization } from '../schemas/organization.js';
import { orgRoleSet } from './access.js';
import type { StoredRoleSet } from './access-store.js';
import { clerkError } from './catalogue.js';
import { allowOnly, ClerkFailure, count, deepMerge, found, type Handlers, includeExclude, jsonBody, metadata, page } from './http.js';
import { DEFAULT_IMAGE, pendingInvitations, type Store, type Stored } from './store.js';

const MAX_LOGO_BYTES = 10 * 1024 * 1024;
const LOGO_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];
const SLUG = /^[a-z0-9-]+$/;

/** The organization as an answer: members_count and the elevated-permission flag only when asked. */
function organizationView({ org, members }: Stored, query: URLSearchParams): Organization {
  const out: Organization = { ...org };
  if (query.get('include_members_count') === 'true') out.members_count = members.size;
  if (query.get('include_missing_member_with_elevated_permissions') === 'true') out.missing_member_with_elevated_permissions = false;
  return out;
}

/** A slug must be lowercase letters, digits and dashes, and not another organization's: else a 422 (a 403 when slugs are disabled). */
function checkSlug(store: Store, slug: unknown, except?: string, seeded = false): void {
  if (!seeded && store.access.settings.slug_disabled) throw clerkError('OrganizationSlugsDisabled');
  if (typeof slug !== 'string' || !SLUG.test(slug)) {
    throw new ClerkFailure(422, 'form_param_format_invalid', 'slug must contain only lowercase alphanumeric characters and dashes', 'slug');
  }
  const owner = store.slugOwner(slug);
  if (owner !== undefined && owner !== except) throw new ClerkFailure(422, 'form_identifier_exists', 'That slug is taken. Please try another.', 'slug');
}

/** A free slug made from a name: `Acme Inc` → `acme-inc`, then `acme-inc-2`, … */
function slugFrom(store: Store, name: string): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'organization';
  let slug = base;
  for (let n = 2; store.slugOwner(slug) !== undefined; n++) slug = `${base}-${n}`;
  return slug;
}

/** The role set a `role_set_key` names (by key): else Clerk's 404 naming the param. */
function roleSetNamed(store: Store, key: unknown): StoredRoleSet {
  const set = typeof key === 'string' ? store.access.roleSet(key) : undefined;
  if (!set || set.key !== key) throw clerkError('ResourceNotFound', { param: 'role_set_key' });
  return set;
}

/**
 * Creates an organization from a POST body or a seed, with the role set
 * `role_set_key` names (else the initial one): `created_by` becomes a member
 * with the set's creator role and each of `members` one with its default
 * role. Unset, `max_allowed_memberships` and `admin_delete_enabled` are the
 * instance settings'. A seed may store `null` metadata (and `role_set_key`),
 * as Clerk can; a POST that sends null gets `{}` (and the initial set).
 */
export function createOrganization(store: Store, body: Record<string, unknown>, members: string[] = [], seeded = false): Organization {
  if (typeof body.name !== 'string' || body.name.trim() === '') throw new ClerkFailure(422, 'form_param_missing', 'name is missing or empty', 'name');
  if (body.slug != null) checkSlug(store, body.slug, undefined, seeded);
  const set = body.role_set_key == null ? store.access.initialSet() : roleSetNamed(store, body.role_set_key);
  const { settings } = store.access;
  const at = typeof body.created_at === 'string' ? Date.parse(body.created_at) : typeof body.created_at === 'number' ? body.created_at : store.now();
  if (Number.isNaN(at)) throw new ClerkFailure(422, 'form_param_format_invalid', 'created_at must be an RFC3339 date-time', 'created_at');
  const org: Organization = {
    object: 'organization',
    id: typeof body.id === 'string' ? body.id : store.newId('organization'),
    name: body.name,
    slug: (body.slug as string | null | undefined) ?? slugFrom(store, body.name),
    image_url: (body.image_url as string | undefined) ?? DEFAULT_IMAGE,
    has_image: (body.has_image as boolean | undefined) ?? false,
    max_allowed_memberships: count(body.max_allowed_memberships, 'max_allowed_memberships') ?? settings.max_allowed_memberships,
    admin_delete_enabled: (body.admin_delete_enabled as boolean | undefined) ?? settings.admin_delete_enabled,
    public_metadata: seeded && body.public_metadata === null ? null : (metadata(body.public_metadata, 'public_metadata') ?? {}),
    private_metadata: seeded && body.private_metadata === null ? null : (metadata(body.private_metadata, 'private_metadata') ?? {}),
    created_at: at,
    updated_at: typeof body.updated_at === 'number' ? body.updated_at : at,
    role_set_key: seeded && body.role_set_key === null ? null : set.key,
  };
  if (typeof body.created_by === 'string') org.created_by = body.created_by;
  const stored = store.addOrganization(org);
  const role = (id: string) => store.access.roles.get(id)!.key;
  if (org.created_by) store.addMember(stored, org.created_by, role(set.creator_role));
  for (const user_id of members) if (!stored.members.has(user_id)) store.addMember(stored, user_id, role(set.default_role));
  return org;
}

/** A page of organizations, filtered and ordered as the spec describes. */
function list(store: Store, query: URLSearchParams) {
  let found = [...store.organizations()];
  const q = query.get('query');
  if (q) {
    const lower = q.toLowerCase();
    found = found.filter((s) => s.org.id === q || s.org.name.toLowerCase().includes(lower) || s.org.slug.includes(lower));
  }
  found = includeExclude(found, query.getAll('organization_id'), (s, id) => s.org.id === id);
  found = includeExclude(found, query.getAll('user_id'), (s, id) => s.members.has(id));
  const key = (s: Stored, field: string) => (field === 'name' ? s.org.name : field === 'members_count' ? s.members.size : s.org.created_at);
  return page(found, query, ['name', 'created_at', 'members_count'], '-created_at', key, (s) => organizationView(s, query));
}

/** Applies a PATCH body; fields are applied in turn as they pass their checks. */
function update(store: Store, stored: Stored, body: Record<string, unknown>): Organization {
  allowOnly(body, ['name', 'slug', 'max_allowed_memberships', 'admin_delete_enabled', 'created_at', 'role_set_key']);
  const { org } = stored;
  if (body.name != null) {
    if (typeof body.name !== 'string' || body.name.trim() === '') throw new ClerkFailure(422, 'form_param_value_invalid', 'name must not be empty', 'name');
    org.name = body.name;
  }
  if (body.slug != null) {
    checkSlug(store, body.slug, org.id);
    store.changeSlug(stored, body.slug as string);
  }
  const max = count(body.max_allowed_memberships, 'max_allowed_memberships');
  if (max !== undefined) org.max_allowed_memberships = max;
  if (typeof body.admin_delete_enabled === 'boolean') org.admin_delete_enabled = body.admin_delete_enabled;
  if (body.role_set_key != null) {
    // Another set: every role its members and pending invitations hold must be in it.
    const set = roleSetNamed(store, body.role_set_key);
    const keys = set.roles.map((id) => store.access.roles.get(id)!.key);
    const held = [...stored.members.values(), ...pendingInvitations(stored)].map((m) => m.role);
    const outside = held.find((key) => !keys.includes(key));
    if (outside !== undefined && set !== orgRoleSet(store, stored)) {
      throw clerkError('OrganizationRoleOnSetAssignedToUser', { fill: [outside], meta: { role_key: outside } });
    }
    org.role_set_key = set.key;
  }
  org.updated_at = store.now();
  return org;
}

/** Merges (PATCH) or replaces (PUT) the organization's metadata. */
async function setMetadata(store: Store, stored: Stored, request: Request, replace: boolean): Promise<Organization> {
  const body = await jsonBody(request);
  allowOnly(body, ['public_metadata', 'private_metadata']);
  for (const field of ['public_metadata', 'private_metadata'] as const) {
    // Replace stores a JSON null as given (Clerk documents it); merge treats a stored null as {}.
    if (replace && body[field] === null) stored.org[field] = null;
    const value = metadata(body[field], field);
    if (value === undefined) continue;
    stored.org[field] = replace ? JSON.parse(JSON.stringify(value)) : deepMerge(stored.org[field] ?? {}, value);
  }
  stored.org.updated_at = store.now();
  return stored.org;
}

/** Takes a multipart `file` (JPEG, PNG, GIF or WebP, at most 10 MB) as the logo. */
async function uploadLogo(store: Store, stored: Stored, request: Request) {
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
  const image_url = `https://img.clerk.com/fake/${stored.org.id}/${store.nextLogo()}`;
  Object.assign(stored.org, { has_image: true, image_url, updated_at: store.now() });
  return { ...stored.org, image_url };
}

/** The handlers of the organizations operations. Only GET finds an organization by slug as well as id. */
export function organizationHandlers(store: Store): Handlers {
  const byId = (id: string | undefined) => found(store.organization(id!));
  return {
    ListOrganizations: (_, query) => list(store, query),
    CreateOrganization: async (_, __, request) => {
      const body = await jsonBody(request);
      allowOnly(body, ['name', 'slug', 'created_by', 'private_metadata', 'public_metadata', 'max_allowed_memberships', 'created_at', 'role_set_key']);
      return createOrganization(store, body);
    },
    GetOrganization: ({ organization_id }, query) => organizationView(found(store.organization(organization_id!, true)), query),
    UpdateOrganization: async ({ organization_id }, _, request) => update(store, byId(organization_id), await jsonBody(request)),
    DeleteOrganization: ({ organization_id }) => {
      const gone = byId(organization_id);
      store.deleteOrganization(gone);
      return { object: 'organization', id: gone.org.id, slug: gone.org.slug, deleted: true };
    },
    MergeOrganizationMetadata: ({ organization_id }, _, request) => setMetadata(store, byId(organization_id), request, false),
    ReplaceOrganizationMetadata: ({ organization_id }, _, request) => setMetadata(store, byId(organization_id), request, true),
    UploadOrganizationLogo: ({ organization_id }, _, request) => uploadLogo(store, byId(organization_id), request),
    DeleteOrganizationLogo: ({ organization_id }) => {
      const stored = byId(organization_id);
      Object.assign(stored.org, { has_image: false, image_url: DEFAULT_IMAGE, updated_at: store.now() });
      return stored.org;
    },
  };
}
