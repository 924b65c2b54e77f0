import type { ClerkClient } from '../client.js';
import type { RoleErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type Role, RoleSchema } from '../schemas/role.js';
import { type RolePermissionParams, rolePermissionIds } from './role-params.js';

/**
 * What `assignPermissionToOrganizationRole` can fail with; its documented statuses are 401, 403, 404 and 409. Its error codes: {@link RoleErrorCode}.
 *
 * @category Roles
 */
export type AssignPermissionToOrganizationRoleError = RequestError<401 | 403 | 404 | 409, RoleErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<RolePermissionParams, Role, AssignPermissionToOrganizationRoleError> = {
  method: 'POST',
  path: '/organization_roles/{organization_role_id}/permissions/{permission_id}',
  params: rolePermissionIds,
  response: RoleSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<AssignPermissionToOrganizationRoleError> = {
  operationId: 'AssignPermissionToOrganizationRole',
  statuses: [401, 403, 404, 409],
};

/**
 * Gives a role one more permission; a permission it already holds is a 409.
 *
 * @category Roles
 * @example
 * const r = await assignPermissionToOrganizationRole(clerk, { organization_role_id: 'role_123', permission_id: 'perm_456' });
 * if (r.ok) console.log(r.data.permissions.map((p) => p.key));
 */
export function assignPermissionToOrganizationRole(
  client: ClerkClient,
  params: RolePermissionParams,
  options?: CallOptions,
): Promise<Result<Role, AssignPermissionToOrganizationRoleError>> {
  return call(client, endpoint, params, options);
}
