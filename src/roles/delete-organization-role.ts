import type { ClerkClient } from '../client.js';
import type { RoleErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type DeletedObject, DeletedObjectSchema } from '../schemas/deleted-object.js';
import { type RoleIdParams, roleId } from './role-params.js';

/**
 * What `deleteOrganizationRole` can fail with; its documented statuses are 401, 403, 404 and 422. Its error codes: {@link RoleErrorCode}.
 *
 * @category Roles
 */
export type DeleteOrganizationRoleError = RequestError<401 | 403 | 404 | 422, RoleErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<RoleIdParams, DeletedObject, DeleteOrganizationRoleError> = {
  method: 'DELETE',
  path: '/organization_roles/{organization_role_id}',
  params: roleId,
  response: DeletedObjectSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<DeleteOrganizationRoleError> = { operationId: 'DeleteOrganizationRole', statuses: [401, 403, 404, 422] };

/**
 * Deletes a custom role. Clerk refuses (422) while members or pending
 * invitations hold it (`organization_role_assigned_members`,
 * `organization_role_exists_in_invitations`), or while it is the creator role
 * or the domains' default role (`organization_role_default_creator_role`,
 * `organization_role_domain_default_role`).
 *
 * @category Roles
 * @example
 * const r = await deleteOrganizationRole(clerk, { organization_role_id: 'role_123' });
 * if (!r.ok && r.error.type === 'api' && r.error.status === 422) console.log(r.error.errors[0]?.code); // e.g. organization_role_assigned_members
 */
export function deleteOrganizationRole(
  client: ClerkClient,
  params: RoleIdParams,
  options?: CallOptions,
): Promise<Result<DeletedObject, DeleteOrganizationRoleError>> {
  return call(client, endpoint, params, options);
}
