import { checkKey, keyedPage, optional, permissionById, permissionView, required } from './access.js';
import type { StoredPermission } from './access-store.js';
import { clerkError } from './catalogue.js';
import { allowOnly, type Handlers, jsonBody } from './http.js';
import type { Store } from './store.js';

/**
 * The handlers of the organization permissions operations. Keys are
 * `org:<feature>:<action>` and unique; Clerk's `org:sys_…` permissions are
 * listed with the others but cannot be changed or deleted (403).
 */
export function permissionHandlers(store: Store): Handlers {
  const { access } = store;
  /** A permission that is not a system one. */
  const modifiable = (permission: StoredPermission) => {
    if (permission.type === 'system') throw clerkError('OrganizationSystemPermissionNotModifiable');
    return permission;
  };
  return {
    ListOrganizationPermissions: (_, query) => keyedPage(access.permissions.values(), query, permissionView),
    CreateOrganizationPermission: async (_, __, request) => {
      const body = await jsonBody(request);
      allowOnly(body, ['name', 'key', 'description']);
      const name = required(body, 'name');
      const key = checkKey(required(body, 'key'), 'permission', access.permissionByKey(body.key as string) !== undefined);
      return permissionView(access.addPermission({ name, key, description: optional(body, 'description') ?? '', type: 'user' }));
    },
    GetOrganizationPermission: ({ permission_id }) => permissionView(permissionById(store, permission_id)),
    UpdateOrganizationPermission: async ({ permission_id }, _, request) => {
      const permission = modifiable(permissionById(store, permission_id));
      const body = await jsonBody(request);
      allowOnly(body, ['name', 'key', 'description']);
      const name = body.name == null ? undefined : required(body, 'name');
      const key = optional(body, 'key');
      if (key !== undefined && key !== permission.key) checkKey(key, 'permission', access.permissionByKey(key) !== undefined);
      const description = optional(body, 'description');
      if (name !== undefined) permission.name = name;
      if (key !== undefined) access.rekeyPermission(permission, key);
      if (description !== undefined) permission.description = description;
      permission.updated_at = store.now();
      return permissionView(permission);
    },
    DeleteOrganizationPermission: ({ permission_id }) => {
      const permission = modifiable(permissionById(store, permission_id));
      access.removePermission(permission);
      return { object: 'permission', id: permission.id, deleted: true };
    },
  };
}
