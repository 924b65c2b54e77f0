import type { ClerkClient } from '../client.js';
import type { RoleErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { nonEmpty, nullable, pathId, strings, text } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import type { OrganizationRoleKey } from '../schemas/role.js';
import { type Role, RoleSchema } from '../schemas/role.js';
import { roleKey } from './role-params.js';

/**
 * Params for `updateOrganizationRole`.
 *
 * @category Roles
 */
export interface UpdateOrganizationRoleParams {
  /** The role's id (`role_…`). */
  organization_role_id: string;
  /** A new name. */
  name?: string | null | undefined;
  /** A new unique key (`org:…`). */
  key?: OrganizationRoleKey | null | undefined;
  /** A new description. */
  description?: string | null | undefined;
  /** Permission ids (`perm_…`): replaces the role's permissions. */
  permissions?: string[] | null | undefined;
}

/**
 * What `updateOrganizationRole` can fail with; its documented statuses are 400, 401, 403, 404 and 422. Its error codes: {@link RoleErrorCode}.
 *
 * @category Roles
 */
export type UpdateOrganizationRoleError = RequestError<400 | 401 | 403 | 404 | 422, RoleErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<UpdateOrganizationRoleParams, Role, UpdateOrganizationRoleError> = {
  method: 'PATCH',
  path: '/organization_roles/{organization_role_id}',
  params: { 'organization_role_id!': pathId, name: nullable(nonEmpty), key: nullable(roleKey), description: nullable(text), permissions: nullable(strings()) },
  response: RoleSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<UpdateOrganizationRoleError> = { operationId: 'UpdateOrganizationRole', statuses: [400, 401, 403, 404, 422] };

/**
 * Changes a role's name, key, description or permissions; fields left out stay as they are.
 *
 * @category Roles
 * @example
 * const r = await updateOrganizationRole(clerk, { organization_role_id: 'role_123', name: 'Billing manager' });
 * if (r.ok) console.log(r.data.name);
 */
export function updateOrganizationRole(
  client: ClerkClient,
  params: UpdateOrganizationRoleParams,
  options?: CallOptions,
): Promise<Result<Role, UpdateOrganizationRoleError>> {
  return call(client, endpoint, params, options);
}
