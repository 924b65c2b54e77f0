import { checkCreator, checkKey, holders, keyedPage, optional, permissionById, reassign, required, roleView, stringList } from './access.js';
import type { StoredRole } from './access-store.js';
import { clerkError } from './catalogue.js';
import { allowOnly, ClerkFailure, type Handlers, jsonBody } from './http.js';
import type { Store } from './store.js';

/**
 * The handlers of the organization roles operations. Keys are `org:<role>`
 * and unique; at most `max_allowed_roles` custom roles (Clerk documents 10);
 * a role's members see its permissions change as the role's do; a role still
 * in use (creator or default role of a role set, held by a member or a
 * pending invitation) cannot be deleted.
 */
export function roleHandlers(store: Store): Handlers {
  const { access } = store;
  const byId = (id: string | undefined) => {
    const role = access.roles.get(id!);
    if (!role) throw clerkError('OrganizationRoleNotFound', { param: 'organization_role_id' });
    return role;
  };
  /** Permission ids from a body field, each of an existing permission. */
  const permissionIds = (body: Record<string, unknown>) => stringList(body, 'permissions')?.map((id) => permissionById(store, id).id);
  /** Whether a role is some role set's creator role: it must keep the creator permissions. */
  const isCreator = (role: StoredRole) => [...access.roleSets.values()].some((s) => s.creator_role === role.id);
  /** Checks a creator role would keep the creator permissions with `permissions`. */
  const keepsCreatorPermissions = (role: StoredRole, permissions: string[]) => {
    if (isCreator(role)) checkCreator(store, { ...role, permissions });
  };

  return {
    ListOrganizationRoles: (_, query) => keyedPage(access.roles.values(), query, (role) => roleView(store, role)),
    CreateOrganizationRole: async (_, __, request) => {
      const body = await jsonBody(request);
      allowOnly(body, ['name', 'key', 'description', 'permissions', 'include_in_initial_role_set']);
      const name = required(body, 'name');
      const key = checkKey(required(body, 'key'), 'role', access.roleByKey(body.key as string) !== undefined);
      const max = access.settings.max_allowed_roles;
      if ([...access.roles.values()].filter((r) => r.custom).length >= max) throw clerkError('OrganizationInstanceRolesQuotaExceeded', { fill: [max] });
      const permissions = permissionIds(body) ?? [];
      const include = body.include_in_initial_role_set ?? false;
      if (typeof include !== 'boolean') {
        throw new ClerkFailure(422, 'form_param_value_invalid', 'include_in_initial_role_set must be a boolean', 'include_in_initial_role_set');
      }
      const role = access.addRole({ name, key, description: optional(body, 'description') ?? null, permissions, custom: true });
      if (include) {
        const initial = access.initialSet();
        initial.roles.push(role.id);
        initial.updated_at = store.now();
      }
      return roleView(store, role);
    },
    GetOrganizationRole: ({ organization_role_id }) => roleView(store, byId(organization_role_id)),
    UpdateOrganizationRole: async ({ organization_role_id }, _, request) => {
      const role = byId(organization_role_id);
      const body = await jsonBody(request);
      allowOnly(body, ['name', 'key', 'description', 'permissions']);
      const name = body.name == null ? undefined : required(body, 'name');
      const key = optional(body, 'key');
      if (key !== undefined && key !== role.key) checkKey(key, 'role', access.roleByKey(key) !== undefined);
      const description = optional(body, 'description');
      const permissions = permissionIds(body);
      if (permissions) keepsCreatorPermissions(role, permissions);
      if (name !== undefined) role.name = name;
      if (description !== undefined) role.description = description;
      if (permissions) role.permissions = permissions;
      if (key !== undefined && key !== role.key) {
        // Members and pending invitations hold the key: they follow it.
        const old = role.key;
        access.rekeyRole(role, key);
        reassign(store, store.organizations(), (held) => (held === old ? key : undefined));
      }
      role.updated_at = store.now();
      return roleView(store, role);
    },
    DeleteOrganizationRole: ({ organization_role_id }) => {
      const role = byId(organization_role_id);
      const sets = [...access.roleSets.values()];
      if (sets.some((s) => s.creator_role === role.id)) throw clerkError('OrganizationRoleUsedAsCreatorRole');
      if (sets.some((s) => s.default_role === role.id)) throw clerkError('OrganizationRoleUsedAsDomainDefaultRole');
      const held = holders(store, role.key);
      if (held.members > 0) throw clerkError('OrganizationRoleAssignedToMembers');
      if (held.invitations > 0) throw clerkError('OrganizationRoleExistsInInvitations');
      access.removeRole(role);
      return { object: 'role', id: role.id, deleted: true };
    },
    AssignPermissionToOrganizationRole: ({ organization_role_id, permission_id }) => {
      const role = byId(organization_role_id);
      const permission = permissionById(store, permission_id);
      if (role.permissions.includes(permission.id)) throw clerkError('OrganizationRolePermissionAssociationExists');
      role.permissions.push(permission.id);
      role.updated_at = store.now();
      return roleView(store, role);
    },
    RemovePermissionFromOrganizationRole: ({ organization_role_id, permission_id }) => {
      const role = byId(organization_role_id);
      const permission = permissionById(store, permission_id);
      if (!role.permissions.includes(permission.id)) throw clerkError('OrganizationRolePermissionAssociationNotFound');
      const permissions = role.permissions.filter((id) => id !== permission.id);
      keepsCreatorPermissions(role, permissions);
      role.permissions = permissions;
      role.updated_at = store.now();
      return roleView(store, role);
    },
  };
}
