/** A permission as stored: Clerk's system permissions (`org:sys_…`) and the instance's own (`user`). */
export interface StoredPermission {
  id: string;
  name: string;
  key: string;
  description: string;
  type: 'system' | 'user';
  created_at: number;
  updated_at: number;
}

/** A role as stored: its permissions are ids, so a renamed or deleted permission is seen everywhere. */
export interface StoredRole {
  id: string;
  name: string;
  key: string;
  description: string | null;
  /** Permission ids, in the order they were given. */
  permissions: string[];
  /** Created through the API (counts towards `max_allowed_roles`), not one of the two seeded roles. */
  custom: boolean;
  created_at: number;
  updated_at: number;
}

/** A role set as stored: roles by id; its default and creator roles are among them. */
export interface StoredRoleSet {
  id: string;
  name: string;
  key: string;
  description: string | null;
  type: 'initial' | 'custom';
  roles: string[];
  default_role: string;
  creator_role: string;
  created_at: number;
  updated_at: number;
}

/**
 * The instance's organization settings. The creator role and the domains
 * default role are the initial role set's creator and default roles.
 */
export interface Settings {
  enabled: boolean;
  max_allowed_memberships: number;
  max_allowed_roles: number;
  max_role_sets_allowed: number;
  max_allowed_domains: number;
  admin_delete_enabled: boolean;
  domains_enabled: boolean;
  slug_disabled: boolean;
  domains_enrollment_modes: string[];
}

/** The kinds of id the access store hands out. */
export type AccessIdKind = 'role' | 'permission' | 'role_set';

/**
 * Roles, permissions, role sets and settings of the instance, and the only
 * code that writes their key indexes: keys are unique per instance.
 */
export interface AccessStore {
  readonly settings: Settings;
  /** Every permission by id, in the order they were made. */
  readonly permissions: ReadonlyMap<string, StoredPermission>;
  /** Every role by id, in the order they were made. */
  readonly roles: ReadonlyMap<string, StoredRole>;
  /** Every role set by id, in the order they were made. */
  readonly roleSets: ReadonlyMap<string, StoredRoleSet>;
  permissionByKey(key: string): StoredPermission | undefined;
  roleByKey(key: string): StoredRole | undefined;
  /** The role set with this key or id. */
  roleSet(keyOrId: string): StoredRoleSet | undefined;
  /** The role set new organizations get (there is always exactly one). */
  initialSet(): StoredRoleSet;
  addPermission(fields: Omit<StoredPermission, 'id' | 'created_at' | 'updated_at'>): StoredPermission;
  rekeyPermission(permission: StoredPermission, key: string): void;
  /** Deletes a permission and takes it from every role. */
  removePermission(permission: StoredPermission): void;
  addRole(fields: Omit<StoredRole, 'id' | 'created_at' | 'updated_at'>): StoredRole;
  rekeyRole(role: StoredRole, key: string): void;
  /** Deletes a role and takes it from every role set. */
  removeRole(role: StoredRole): void;
  addRoleSet(fields: Omit<StoredRoleSet, 'id' | 'created_at' | 'updated_at'>): StoredRoleSet;
  rekeyRoleSet(set: StoredRoleSet, key: string): void;
  removeRoleSet(set: StoredRoleSet): void;
}

/** Clerk's system permissions: every one is the admin role's; the member role has the two `read` ones it documents. */
const SYSTEM_PERMISSIONS: [key: string, name: string, description: string][] = [
  ['org:sys_profile:manage', 'Manage organization', 'Permission to manage an organization.'],
  ['org:sys_profile:delete', 'Delete organization', 'Permission to delete an organization.'],
  ['org:sys_memberships:read', 'Read members', 'Permission to read the members of an organization.'],
  ['org:sys_memberships:manage', 'Manage members', 'Permission to manage the members of an organization.'],
  ['org:sys_domains:read', 'Read domains', 'Permission to read the domains of an organization.'],
  ['org:sys_domains:manage', 'Manage domains', 'Permission to manage the domains of an organization.'],
  ['org:sys_billing:read', 'Read billing', 'Permission to read the billing of an organization.'],
  ['org:sys_billing:manage', 'Manage billing', 'Permission to manage the billing of an organization.'],
];
const MEMBER_PERMISSIONS = ['org:sys_memberships:read', 'org:sys_billing:read'];

/** What every record of the access store has: an id, a key unique among its kind, and its times. */
interface Keyed {
  id: string;
  key: string;
  created_at: number;
  updated_at: number;
}

/** Records of one kind by id, with their unique-key index: the one place either is written. */
function keyedTable<T extends Keyed>(make: (fields: Omit<T, 'id' | 'created_at' | 'updated_at'>) => T) {
  const byId = new Map<string, T>();
  const ids = new Map<string, string>();
  return {
    byId,
    byKey: (key: string) => byId.get(ids.get(key) ?? ''),
    add(fields: Omit<T, 'id' | 'created_at' | 'updated_at'>): T {
      const item = make(fields);
      byId.set(item.id, item);
      ids.set(item.key, item.id);
      return item;
    },
    rekey(item: T, key: string) {
      ids.delete(item.key);
      item.key = key;
      ids.set(key, item.id);
    },
    remove(item: T) {
      byId.delete(item.id);
      ids.delete(item.key);
    },
  };
}

/**
 * The access store of a new instance: Clerk's system permissions, the admin
 * and member roles (`admin` and `basic_member` when `legacyRoleKeys`), and the
 * initial role set `role_set:default` holding both.
 */
export function createAccess(now: () => number, newId: (kind: AccessIdKind) => string, legacyRoleKeys = false): AccessStore {
  const table = <T extends Keyed>(kind: AccessIdKind) =>
    keyedTable<T>((fields) => {
      const at = now();
      return { id: newId(kind), ...fields, created_at: at, updated_at: at } as unknown as T;
    });
  const permissions = table<StoredPermission>('permission');
  const roles = table<StoredRole>('role');
  const roleSets = table<StoredRoleSet>('role_set');

  const access: AccessStore = {
    settings: {
      enabled: true,
      max_allowed_memberships: 5,
      max_allowed_roles: 10,
      max_role_sets_allowed: 10,
      max_allowed_domains: 10,
      admin_delete_enabled: true,
      domains_enabled: true,
      slug_disabled: false,
      domains_enrollment_modes: ['manual_invitation', 'automatic_invitation', 'automatic_suggestion'],
    },
    permissions: permissions.byId,
    roles: roles.byId,
    roleSets: roleSets.byId,
    permissionByKey: permissions.byKey,
    roleByKey: roles.byKey,
    roleSet: (keyOrId) => roleSets.byId.get(keyOrId) ?? roleSets.byKey(keyOrId),
    initialSet: () => [...roleSets.byId.values()].find((s) => s.type === 'initial')!,
    addPermission: permissions.add,
    rekeyPermission: permissions.rekey,
    removePermission(permission) {
      permissions.remove(permission);
      for (const role of roles.byId.values()) role.permissions = role.permissions.filter((id) => id !== permission.id);
    },
    addRole: roles.add,
    rekeyRole: roles.rekey,
    removeRole(role) {
      roles.remove(role);
      for (const set of roleSets.byId.values()) set.roles = set.roles.filter((id) => id !== role.id);
    },
    addRoleSet: roleSets.add,
    rekeyRoleSet: roleSets.rekey,
    removeRoleSet: roleSets.remove,
  };

  for (const [key, name, description] of SYSTEM_PERMISSIONS) access.addPermission({ key, name, description, type: 'system' });
  const ids = (keys: string[]) => keys.map((key) => permissions.byKey(key)!.id);
  const admin = access.addRole({
    name: 'Admin',
    key: legacyRoleKeys ? 'admin' : 'org:admin',
    description: 'Role with elevated permissions: can manage the organization and its members.',
    permissions: ids(SYSTEM_PERMISSIONS.map(([key]) => key)),
    custom: false,
  });
  const member = access.addRole({
    name: 'Member',
    key: legacyRoleKeys ? 'basic_member' : 'org:member',
    description: 'Role with limited permissions: can read the members of the organization.',
    permissions: ids(MEMBER_PERMISSIONS),
    custom: false,
  });
  access.addRoleSet({
    name: 'Default',
    key: 'role_set:default',
    description: null,
    type: 'initial',
    roles: [admin.id, member.id],
    default_role: member.id,
    creator_role: admin.id,
  });
  return access;
}
