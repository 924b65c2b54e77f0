import { type Check, pathId } from '../params.js';

/**
 * Params naming one organization permission.
 *
 * @category Permissions
 */
export interface PermissionIdParams {
  /** The permission's id (`perm_…`). */
  permission_id: string;
}

/** The check of a permission id in the path. */
export const permissionId = { 'permission_id!': pathId } as const;

/** A custom permission key as Clerk requires it: `org:<feature>:<action>`, lowercase letters, digits and `_`, not `org:sys_…`. */
export const permissionKey: Check = (value) =>
  typeof value === 'string' && /^org:[a-z0-9_]+:[a-z0-9_]+$/.test(value) && !value.startsWith('org:sys_')
    ? undefined
    : 'must be "org:<feature>:<action>" in lowercase letters, digits or "_", e.g. "org:invoices:read" ("org:sys_" is reserved)';
