import { clerkError } from './catalogue.js';
import { allowOnly, ClerkFailure, found, guarded, type Handlers, includeExclude, jsonBody, type PathParams, page } from './http.js';
import { pendingInvitations, type Store, type Stored, type StoredDomain } from './store.js';

/** A domain with its organization, as lists hold them. */
type Pair = [Stored, StoredDomain];

const ENROLLMENT_MODES = ['manual_invitation', 'automatic_invitation', 'automatic_suggestion', 'enterprise_sso'];
const DOMAIN_NAME = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** A verification as shown: `verified` by an admin, or `unverified` awaiting an email code. */
function verification(verified: boolean) {
  return verified
    ? { status: 'verified', strategy: 'admin', attempts: null, expire_at: null }
    : { status: 'unverified', strategy: 'email_code', attempts: 0, expire_at: null };
}

/** A domain as an answer, with the count of its organization's pending invitations to addresses at it. */
function domainView(stored: Stored, d: StoredDomain) {
  return {
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
    total_pending_invitations: pendingInvitations(stored).filter((i) => i.email_address.endsWith(`@${d.name}`)).length,
    total_pending_suggestions: 0,
    created_at: d.created_at,
    updated_at: d.updated_at,
  };
}

/** The enrollment modes the instance settings turn on and off; `manual_invitation` is always on. */
export const TOGGLED_MODES = ['automatic_invitation', 'automatic_suggestion'];

/** An enrollment mode, checked: anything but one of Clerk's four is a 422; an automatic one the settings turn off, a 403. */
export function enrollmentMode(store: Store, value: unknown): string {
  if (typeof value !== 'string' || !ENROLLMENT_MODES.includes(value)) {
    throw new ClerkFailure(422, 'form_param_value_invalid', `enrollment_mode must be one of ${ENROLLMENT_MODES.join(', ')}`, 'enrollment_mode');
  }
  if (TOGGLED_MODES.includes(value) && !store.access.settings.domains_enrollment_modes.includes(value)) {
    throw clerkError('OrganizationDomainEnrollmentModeNotEnabled', { fill: [value] });
  }
  return value;
}

/** A page of domains, filtered by verified, enrollment mode (`-mode` excludes, `+mode` or `mode` includes), names and query, and ordered. */
function domainPage(found: Pair[], query: URLSearchParams) {
  const verified = query.get('verified');
  const names = query.getAll('domains');
  const q = query.get('query')?.toLowerCase();
  const kept = includeExclude(found, query.getAll('enrollment_mode'), ([, d], mode) => d.enrollment_mode === mode).filter(
    ([, d]) => (verified === null || String(d.verified) === verified) && (names.length === 0 || names.includes(d.name)) && (!q || d.name.includes(q)),
  );
  const key = ([, d]: Pair, field: string) => (field === 'name' ? d.name : d.created_at);
  return page(kept, query, ['name', 'created_at'], 'created_at', key, ([s, d]) => domainView(s, d));
}

/**
 * The handlers of the domains operations: names are unique per instance; verification is a flag, ownership a
 * timestamp; at most `max_allowed_domains` per organization; every one refused (403) while the settings turn domains off.
 */
export function domainHandlers(store: Store): Handlers {
  const inOrg = (id: string | undefined) => found(store.organization(id!));
  /** The organization and its domain; either missing is a 404. */
  const domainOf = (params: PathParams) => {
    const stored = inOrg(params.organization_id);
    return [stored, found(stored.domains.get(params.domain_id!), 'Domain not found')] as const;
  };
  const domainsEnabled = () => {
    if (!store.access.settings.domains_enabled) throw clerkError('OrganizationDomainsNotEnabled');
  };
  const handlers: Handlers = {
    ListAllOrganizationDomains: (_, query) => {
      const orgId = query.get('organization_id');
      const all = [...store.organizations()]
        .filter((s) => orgId === null || s.org.id === orgId)
        .flatMap((s) => [...s.domains.values()].map((d): Pair => [s, d]));
      return domainPage(all, query);
    },
    ListOrganizationDomains: ({ organization_id }, query) => {
      const stored = inOrg(organization_id);
      return domainPage(
        [...stored.domains.values()].map((d): Pair => [stored, d]),
        query,
      );
    },
    CreateOrganizationDomain: async ({ organization_id }, _, request) => {
      const stored = inOrg(organization_id);
      const body = await jsonBody(request);
      allowOnly(body, ['name', 'enrollment_mode', 'verified']);
      const name = typeof body.name === 'string' ? body.name.toLowerCase() : '';
      if (!DOMAIN_NAME.test(name)) throw new ClerkFailure(422, 'form_param_format_invalid', 'name must be a domain', 'name');
      if (store.domainTaken(name))
        throw new ClerkFailure(422, 'form_identifier_exists', 'That domain is already used by an organization of this instance.', 'name');
      const max = store.access.settings.max_allowed_domains;
      if (stored.domains.size >= max) throw clerkError('OrganizationDomainQuotaExceeded', { fill: [max] });
      const at = store.now();
      const domain: StoredDomain = {
        id: store.newId('domain'),
        name,
        enrollment_mode: enrollmentMode(store, body.enrollment_mode),
        verified: body.verified !== false,
        ownership_verified_at: null,
        created_at: at,
        updated_at: at,
      };
      store.addDomain(stored, domain);
      return domainView(stored, domain);
    },
    UpdateOrganizationDomain: async (params, _, request) => {
      const [stored, domain] = domainOf(params);
      const body = await jsonBody(request);
      allowOnly(body, ['enrollment_mode', 'verified']);
      if (body.enrollment_mode != null) domain.enrollment_mode = enrollmentMode(store, body.enrollment_mode);
      if (typeof body.verified === 'boolean') domain.verified = body.verified;
      domain.updated_at = store.now();
      return domainView(stored, domain);
    },
    DeleteOrganizationDomain: (params) => {
      const [stored, domain] = domainOf(params);
      store.removeDomain(stored, domain);
      return { object: 'organization_domain', id: domain.id, deleted: true };
    },
    VerifyOrganizationDomainOwnership: (params) => {
      const [stored, domain] = domainOf(params);
      domain.ownership_verified_at = store.now();
      domain.updated_at = domain.ownership_verified_at;
      return domainView(stored, domain);
    },
  };
  return guarded(handlers, domainsEnabled);
}
