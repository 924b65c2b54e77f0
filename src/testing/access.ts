import type { StoredPermission, StoredRole, StoredRoleSet } from './access-store.js';
import { clerkError } from './catalogue.js';
import { page } from './http.js';
import { pendingInvitations, type Store, type Stored } from './store.js';

/** The system permissions a creator role must hold (Clerk docs, "Reassign the Creator role"). */
const CREATOR_PERMISSIONS = ['org:sys_memberships:manage', 'org:sys_memberships:read', 'org:sys_profile:delete'];

/** Key formats Clerk requires: a role `org:<role>`, a permission `org:<feature>:<action>`, a role set `role_set:<name>`. */
const KEY_FORMATS = {
  role: { pattern: /^org:[a-z0-9_]+$/, says: 'must start with "org:" followed by lowercase alphanumeric characters and underscores only' },
  permission: {
    pattern: /^org:(?!sys_)[a-z0-9_]+:[a-z0-9_]+$/,
    says: 'must have the format "org:feature:action" with lowercase letters, digits or underscores, and not begin with "org:sys_"',
  },
  role_set: { pattern: /^role_set:[a-z0-9_]+$/, says: 'must start with "role_set:" followed by lowercase alphanumeric characters and underscores only' },
} as const;

/** A permission as Clerk answers it. */
export function permissionView(p: StoredPermission) {
  return {
    object: 'permission',
    id: p.id,
    name: p.name,
    key: p.key,
    description: p.description,
    type: p.type,
    created_at: p.created_at,
    updated_at: p.updated_at,
  };
}

/** The keys of a role's permissions, in the role's order. */
export const permissionKeys = (store: Store, role: StoredRole) => role.permissions.map((id) => store.access.permissions.get(id)!.key);

/** The permission with this id: else Clerk's 404 "Organization permission not found". */
export function permissionById(store: Store, id: string | undefined): StoredPermission {
  const permission = store.access.permissions.get(id!);
  if (!permission) throw clerkError('OrganizationPermissionNotFound');
  return permission;
}

/** The creator permissions a role lacks. */
const missingCreatorPermissions = (store: Store, role: StoredRole) => {
  const held = permissionKeys(store, role);
  return CREATOR_PERMISSIONS.filter((key) => !held.includes(key));
};

/** A creator role must hold the creator permissions: else Clerk's 422 `organization_missing_creator_role_permissions`. */
export function checkCreator(store: Store, role: StoredRole): void {
  const missing = missingCreatorPermissions(store, role);
  if (missing.length > 0) throw clerkError('OrganizationMissingCreatorRolePermissions', { fill: [missing.join(', ')] });
}

/** A role as Clerk answers it, with its permissions. */
export function roleView(store: Store, role: StoredRole) {
  return {
    object: 'role',
    id: role.id,
    name: role.name,
    key: role.key,
    description: role.description,
    is_creator_eligible: missingCreatorPermissions(store, role).length === 0,
    permissions: role.permissions.map((id) => permissionView(store.access.permissions.get(id)!)),
    created_at: role.created_at,
    updated_at: role.updated_at,
  };
}

/** The role set an organization uses: the one its `role_set_key` names, else the initial one. */
export function orgRoleSet(store: Store, stored: Stored): StoredRoleSet {
  const key = stored.org.role_set_key;
  return (key ? store.access.roleSet(key) : undefined) ?? store.access.initialSet();
}

/** The organizations that use a role set. */
export const organizationsUsing = (store: Store, set: StoredRoleSet) => [...store.organizations()].filter((s) => orgRoleSet(store, s) === set);

/** A role set as Clerk answers it; each role's `members_count` counts the members holding it in the set's organizations. */
export function roleSetView(store: Store, set: StoredRoleSet) {
  const orgs = organizationsUsing(store, set);
  const item = (id: string) => {
    const role = store.access.roles.get(id)!;
    let members_count = 0;
    for (const s of orgs) for (const m of s.members.values()) if (m.role === role.key) members_count++;
    const { name, key, description, created_at, updated_at } = role;
    return { object: 'role_set_item', id, name, key, description, members_count, has_members: members_count > 0, created_at, updated_at };
  };
  return {
    object: 'role_set',
    id: set.id,
    name: set.name,
    key: set.key,
    description: set.description,
    roles: set.roles.map(item),
    default_role: item(set.default_role),
    creator_role: item(set.creator_role),
    type: set.type,
    role_set_migration: null,
    created_at: set.created_at,
    updated_at: set.updated_at,
  };
}

/** The instance's organization settings as Clerk answers them. */
export function settingsView(store: Store) {
  const initial = store.access.initialSet();
  return {
    object: 'organization_settings',
    ...store.access.settings,
    domains_enrollment_modes: [...store.access.settings.domains_enrollment_modes],
    creator_role: store.access.roles.get(initial.creator_role)!.key,
    domains_default_role: store.access.roles.get(initial.default_role)!.key,
    initial_role_set_key: initial.key,
  };
}

/**
 * The role `key` of the organization's role set, for a membership or an
 * invitation: a role the instance lacks, or one outside the set, is Clerk's
 * 404 `resource_not_found` "Organization role not found" with the param.
 */
export function roleInOrganization(store: Store, stored: Stored, key: string, param = 'role'): StoredRole {
  const role = store.access.roleByKey(key);
  if (!role || !orgRoleSet(store, stored).roles.includes(role.id)) throw clerkError('OrganizationRoleNotFound', { param });
  return role;
}

/** A role's name and permission keys as a membership shows them; a key the instance lacks has no permissions. */
export function roleShown(store: Store, key: string): { role_name: string; permissions: string[] } {
  const role = store.access.roleByKey(key);
  if (role) return { role_name: role.name, permissions: permissionKeys(store, role) };
  return { role_name: key.replace(/^org:/, '').replace(/^./, (c) => c.toUpperCase()), permissions: [] };
}

/** How many members, and how many pending invitations, hold a role key across the instance. */
export function holders(store: Store, key: string): { members: number; invitations: number } {
  let members = 0;
  let invitations = 0;
  for (const s of store.organizations()) {
    for (const m of s.members.values()) if (m.role === key) members++;
    for (const i of pendingInvitations(s)) if (i.role === key) invitations++;
  }
  return { members, invitations };
}

/** Gives the members and pending invitations of these organizations the role `to(role)` names (unchanged where it names none). */
export function reassign(store: Store, orgs: Iterable<Stored>, to: (key: string) => string | undefined): void {
  for (const s of orgs) {
    for (const held of [...s.members.values(), ...pendingInvitations(s)]) {
      const key = to(held.role);
      if (key === undefined || key === held.role) continue;
      held.role = key;
      held.updated_at = store.now();
    }
  }
}

/** The fields every keyed list (roles, permissions, role sets) filters and orders by. */
interface Keyed {
  id: string;
  name: string;
  key: string;
  created_at: number;
}

/** A page of a keyed list: `query` matches the id exactly or the name or key in part; ordered by created_at, name or key (default `-created_at`). */
export function keyedPage<T extends Keyed, V>(items: Iterable<T>, query: URLSearchParams, view: (item: T) => V) {
  const q = query.get('query');
  const lower = q?.toLowerCase() ?? '';
  const kept = [...items].filter((i) => !q || i.id === q || i.name.toLowerCase().includes(lower) || i.key.toLowerCase().includes(lower));
  return page(kept, query, ['created_at', 'name', 'key'], '-created_at', (i, field) => i[field as keyof Keyed], view);
}

/** A required non-empty string field: else Clerk's 422 `form_param_missing`. */
export function required(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value.trim() === '') throw clerkError('FormMissingParameter', { param: field, fill: [field] });
  return value;
}

/** An optional string field (`null` too is absent); anything but a string is a 422. */
export function optional(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  if (value == null) return undefined;
  if (typeof value !== 'string') throw clerkError('FormInvalidParameterValue', { param: field, message: `${field} must be a string` });
  return value;
}

/** A key in Clerk's format for its kind and not taken by another (`taken`): else a 422 naming `key`. */
export function checkKey(key: string, kind: keyof typeof KEY_FORMATS, taken: boolean, param = 'key'): string {
  const { pattern, says } = KEY_FORMATS[kind];
  if (!pattern.test(key)) throw clerkError('FormInvalidParameterFormat', { param, message: `${param} ${says}` });
  if (taken) throw clerkError('FormIdentifierExists', { param, message: `${key} is already taken by another ${kind.replace('_', ' ')} of this instance.` });
  return key;
}

/** An array of non-empty strings (`null` is absent): else a 422. */
export function stringList(body: Record<string, unknown>, field: string): string[] | undefined {
  const value = body[field];
  if (value == null) return undefined;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v !== '')) {
    throw clerkError('FormInvalidParameterValue', { param: field, message: `${field} must be an array of strings` });
  }
  return [...new Set(value as string[])];
}
