import type { ClerkClient } from '../client.js';
import type { PermissionErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type DeletedObject, DeletedObjectSchema } from '../schemas/deleted-object.js';
import { type PermissionIdParams, permissionId } from './permission-params.js';

/**
 * What `deleteOrganizationPermission` can fail with; its documented statuses are 401, 403 and 404. Its error codes: {@link PermissionErrorCode}.
 *
 * @category Permissions
 */
export type DeleteOrganizationPermissionError = RequestError<401 | 403 | 404, PermissionErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<PermissionIdParams, DeletedObject, DeleteOrganizationPermissionError> = {
  method: 'DELETE',
  path: '/organization_permissions/{permission_id}',
  params: permissionId,
  response: DeletedObjectSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<DeleteOrganizationPermissionError> = { operationId: 'DeleteOrganizationPermission', statuses: [401, 403, 404] };

/**
 * Deletes a custom permission; system permissions cannot be deleted (403).
 *
 * @category Permissions
 * @example
 * const r = await deleteOrganizationPermission(clerk, { permission_id: 'perm_123' });
 * if (r.ok) console.log(r.data.deleted); // true
 */
export function deleteOrganizationPermission(
  client: ClerkClient,
  params: PermissionIdParams,
  options?: CallOptions,
): Promise<Result<DeletedObject, DeleteOrganizationPermissionError>> {
  return call(client, endpoint, params, options);
}
