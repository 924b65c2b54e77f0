import type { ClerkClient } from '../client.js';
import type { RoleErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type Role, RoleSchema } from '../schemas/role.js';
import { type RolePermissionParams, rolePermissionIds } from './role-params.js';

/**
 * What `removePermissionFromOrganizationRole` can fail with; its documented statuses are 401, 403, 404 and 422. Its error codes: {@link RoleErrorCode}.
 *
 * @category Roles
 */
export type RemovePermissionFromOrganizationRoleError = RequestError<401 | 403 | 404 | 422, RoleErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<RolePermissionParams, Role, RemovePermissionFromOrganizationRoleError> = {
  method: 'DELETE',
  path: '/organization_roles/{organization_role_id}/permissions/{permission_id}',
  params: rolePermissionIds,
  response: RoleSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<RemovePermissionFromOrganizationRoleError> = {
  operationId: 'RemovePermissionFromOrganizationRole',
  statuses: [401, 403, 404, 422],
};

/**
 * Takes one permission away from a role.
 *
 * @category Roles
 * @example
 * const r = await removePermissionFromOrganizationRole(clerk, { organization_role_id: 'role_123', permission_id: 'perm_456' });
 * if (r.ok) console.log(r.data.permissions.length);
 */
export function removePermissionFromOrganizationRole(
  client: ClerkClient,
  params: RolePermissionParams,
  options?: CallOptions,
): Promise<Result<Role, RemovePermissionFromOrganizationRoleError>> {
  return call(client, endpoint, params, options);
}
