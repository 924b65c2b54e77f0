import { type Check, pathId } from '../params.js';

/**
 * Params naming one organization role.
 *
 * @category Roles
 */
export interface RoleIdParams {
  /** The role's id (`role_…`). */
  organization_role_id: string;
}

/** The check of a role id in the path. */
export const roleId = { 'organization_role_id!': pathId } as const;

/**
 * Params naming a role and one permission.
 *
 * @category Roles
 */
export interface RolePermissionParams extends RoleIdParams {
  /** The permission's id (`perm_…`). */
  permission_id: string;
}

/** The checks of a role id and a permission id in the path. */
export const rolePermissionIds = { 'organization_role_id!': pathId, 'permission_id!': pathId } as const;

/** A custom role key as Clerk requires it: `org:` then lowercase letters, digits and `_`. */
export const roleKey: Check = (value) =>
  typeof value === 'string' && /^org:[a-z0-9_]+$/.test(value) ? undefined : 'must be "org:" then lowercase letters, digits or "_", e.g. "org:billing_admin"';
