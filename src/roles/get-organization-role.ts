import type { ClerkClient } from '../client.js';
import type { RoleErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type Role, RoleSchema } from '../schemas/role.js';
import { type RoleIdParams, roleId } from './role-params.js';

/**
 * What `getOrganizationRole` can fail with; its documented statuses are 401, 403 and 404. Its error codes: {@link RoleErrorCode}.
 *
 * @category Roles
 */
export type GetOrganizationRoleError = RequestError<401 | 403 | 404, RoleErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<RoleIdParams, Role, GetOrganizationRoleError> = {
  method: 'GET',
  path: '/organization_roles/{organization_role_id}',
  params: roleId,
  response: RoleSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<GetOrganizationRoleError> = { operationId: 'GetOrganizationRole', statuses: [401, 403, 404] };

/**
 * Fetches one organization role with its permissions.
 *
 * @category Roles
 * @example
 * const r = await getOrganizationRole(clerk, { organization_role_id: 'role_123' });
 * if (r.ok) console.log(r.data.key, r.data.permissions.length);
 */
export function getOrganizationRole(client: ClerkClient, params: RoleIdParams, options?: CallOptions): Promise<Result<Role, GetOrganizationRoleError>> {
  return call(client, endpoint, params, options);
}
