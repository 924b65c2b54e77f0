import type { Metadata } from '../schemas/metadata.js';
import type { Organization } from '../schemas/organization.js';
import { type AccessIdKind, type AccessStore, createAccess } from './access-store.js';
import { randomId } from './encode.js';

/** A user the fake knows: memberships show these fields as their `public_user_data`. */
export interface SeedUser {
  id: string;
  first_name?: string | null | undefined;
  last_name?: string | null | undefined;
  /** The primary email address, shown as the membership's `identifier`. */
  email_address?: string | null | undefined;
  username?: string | null | undefined;
  /** The profile image; unset, a default image and `has_image: false`. */
  image_url?: string | undefined;
}

/** A membership as stored: the organization and user are looked up when it is shown. */
export interface StoredMembership {
  id: string;
  user_id: string;
  role: string;
  public_metadata: Metadata;
  private_metadata: Metadata;
  created_at: number;
  updated_at: number;
}

/** An invitation as stored; `expired` is worked out from `expires_at` when it is shown. */
export interface StoredInvitation {
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

/** A domain as stored: verification is a flag, ownership a timestamp. */
export interface StoredDomain {
  id: string;
  name: string;
  enrollment_mode: string;
  verified: boolean;
  ownership_verified_at: number | null;
  created_at: number;
  updated_at: number;
}

/** An organization as stored, with everything that belongs to it. */
export interface Stored {
  org: Organization;
  /** Memberships by user id: the one store every view reads. */
  members: Map<string, StoredMembership>;
  /** Invitations by id. */
  invitations: Map<string, StoredInvitation>;
  /** Domains by id. */
  domains: Map<string, StoredDomain>;
}

/** The kinds of object whose ids the store hands out. */
type IdKind = 'organization' | 'membership' | 'invitation' | 'domain' | AccessIdKind;

/** The logo an organization shows when it has none of its own. */
export const DEFAULT_IMAGE = 'https://img.clerk.com/default-organization-logo';

/** An invitation's status as shown: a pending one past `expires_at` (by the wall clock) is `expired`. */
export function invitationStatus(i: StoredInvitation): 'pending' | 'accepted' | 'revoked' | 'expired' {
  return i.status === 'pending' && i.expires_at <= Date.now() ? 'expired' : i.status;
}

/** An organization's pending invitations (not expired, accepted or revoked), in the order they were made. */
export function pendingInvitations(stored: Stored): StoredInvitation[] {
  return [...stored.invitations.values()].filter((i) => invitationStatus(i) === 'pending');
}

/**
 * Everything the fake holds, and the only code that writes its indexes:
 * the families read stored objects freely but add and remove through here,
 * so that every index stays in step (a deleted organization's members and
 * domain names go with it).
 */
export interface Store {
  /** The users the fake was seeded with, by id. */
  readonly users: ReadonlyMap<string, SeedUser>;
  /** The instance's roles, permissions, role sets and organization settings. */
  readonly access: AccessStore;
  /** A timestamp (ms) after every one handed out before: the wall clock, or 1 ms past the last. */
  now(): number;
  /** A new id: `org_` and 27 random characters, or `orgmem_`, `orginv_`, `orgdmn_`, `role_`, `perm_`, `rs_` and a counter. */
  newId(kind: IdKind): string;
  /** The next logo number: each upload gets its own image URL. */
  nextLogo(): number;
  /** Every organization, in the order they were created. */
  organizations(): IterableIterator<Stored>;
  /** The organization with this id (or, when `orSlug`, this slug), if any. */
  organization(id: string, orSlug?: boolean): Stored | undefined;
  /** The id of the organization using this slug, if any. */
  slugOwner(slug: string): string | undefined;
  /** Stores a new organization and indexes its id and slug. */
  addOrganization(org: Organization): Stored;
  /** Gives an organization a new slug, freeing its old one. */
  changeSlug(stored: Stored, slug: string): void;
  /** Deletes an organization: its id, slug, memberships (from each user's list too) and domain names go. */
  deleteOrganization(stored: Stored): void;
  /** Makes a user a member of an organization; metadata unset is `{}`. */
  addMember(stored: Stored, user_id: string, role: string, fields?: { public_metadata?: Metadata; private_metadata?: Metadata }): StoredMembership;
  /** Ends a user's membership of an organization. */
  removeMember(stored: Stored, user_id: string): void;
  /** Whether a user is known: seeded, or a member of some organization. */
  knowsUser(user_id: string): boolean;
  /** A user's memberships, each with its organization, in the order they were made. */
  membershipsOf(user_id: string): [Stored, StoredMembership][];
  /** Stores a new invitation of an organization. */
  addInvitation(stored: Stored, invitation: StoredInvitation): void;
  /** Whether any organization uses this domain name: names are unique per instance. */
  domainTaken(name: string): boolean;
  /** Stores a new domain of an organization and indexes its name. */
  addDomain(stored: Stored, domain: StoredDomain): void;
  /** Deletes a domain of an organization and frees its name. */
  removeDomain(stored: Stored, domain: StoredDomain): void;
}

/** An empty store that knows these users; its roles are `admin` and `basic_member` when `legacyRoleKeys`. */
export function createStore(seedUsers: readonly SeedUser[] = [], legacyRoleKeys = false): Store {
  const byId = new Map<string, Stored>();
  /** Only GET takes a slug as well as an id; the other operations take the id. */
  const bySlug = new Map<string, string>();
  /** Organization ids by member user id. */
  const byUser = new Map<string, Set<string>>();
  /** Domain ids by name. */
  const domainByName = new Map<string, string>();
  const users = new Map<string, SeedUser>();
  for (const user of seedUsers) users.set(user.id, user);
  let clock = 0;
  let logos = 0;
  const counters: Record<Exclude<IdKind, 'organization'>, number> = { membership: 0, invitation: 0, domain: 0, role: 0, permission: 0, role_set: 0 };
  const prefixes = { membership: 'orgmem', invitation: 'orginv', domain: 'orgdmn', role: 'role', permission: 'perm', role_set: 'rs' };

  const now = () => (clock = Math.max(Date.now(), clock + 1));
  const newId = (kind: IdKind) => {
    if (kind === 'organization') return randomId('org_', 27);
    return `${prefixes[kind]}_${(++counters[kind]).toString(36).padStart(10, '0')}`;
  };
  const removeMember = (stored: Stored, user_id: string) => {
    stored.members.delete(user_id);
    byUser.get(user_id)?.delete(stored.org.id);
  };

  return {
    users,
    access: createAccess(now, newId, legacyRoleKeys),
    now,
    newId,
    nextLogo: () => ++logos,
    organizations: () => byId.values(),
    organization: (id, orSlug = false) => byId.get(id) ?? (orSlug ? byId.get(bySlug.get(id) ?? '') : undefined),
    slugOwner: (slug) => bySlug.get(slug),
    addOrganization(org) {
      const stored: Stored = { org, members: new Map(), invitations: new Map(), domains: new Map() };
      byId.set(org.id, stored);
      bySlug.set(org.slug, org.id);
      return stored;
    },
    changeSlug(stored, slug) {
      bySlug.delete(stored.org.slug);
      stored.org.slug = slug;
      bySlug.set(slug, stored.org.id);
    },
    deleteOrganization(stored) {
      byId.delete(stored.org.id);
      bySlug.delete(stored.org.slug);
      for (const user_id of [...stored.members.keys()]) removeMember(stored, user_id);
      for (const d of stored.domains.values()) domainByName.delete(d.name);
    },
    addMember(stored, user_id, role, fields = {}) {
      const at = now();
      const membership: StoredMembership = {
        id: newId('membership'),
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
    },
    removeMember,
    knowsUser: (user_id) => users.has(user_id) || Boolean(byUser.get(user_id)?.size),
    membershipsOf: (user_id) => [...(byUser.get(user_id) ?? [])].map((orgId) => [byId.get(orgId)!, byId.get(orgId)!.members.get(user_id)!]),
    addInvitation: (stored, invitation) => {
      stored.invitations.set(invitation.id, invitation);
    },
    domainTaken: (name) => domainByName.has(name),
    addDomain(stored, domain) {
      stored.domains.set(domain.id, domain);
      domainByName.set(domain.name, domain.id);
    },
    removeDomain(stored, domain) {
      stored.domains.delete(domain.id);
      domainByName.delete(domain.name);
    },
  };
}
