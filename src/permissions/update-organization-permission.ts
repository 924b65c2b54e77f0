import type { ClerkClient } from '../client.js';
import type { PermissionErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { nonEmpty, pathId, text } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type Permission, PermissionSchema } from '../schemas/permission.js';
import { permissionKey } from './permission-params.js';

/**
 * Params for `updateOrganizationPermission`.
 *
 * @category Permissions
 */
export interface UpdateOrganizationPermissionParams {
  /** The permission's id (`perm_…`). */
  permission_id: string;
  /** A new name. */
  name?: string | undefined;
  /** A new unique key `org:<feature>:<action>`. */
  key?: string | undefined;
  /** A new description. */
  description?: string | undefined;
}

/**
 * What `updateOrganizationPermission` can fail with; its documented statuses are 400, 401, 403, 404 and 422. Its error codes: {@link PermissionErrorCode}.
 *
 * @category Permissions
 */
export type UpdateOrganizationPermissionError = RequestError<400 | 401 | 403 | 404 | 422, PermissionErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<UpdateOrganizationPermissionParams, Permission, UpdateOrganizationPermissionError> = {
  method: 'PATCH',
  path: '/organization_permissions/{permission_id}',
  params: { 'permission_id!': pathId, name: nonEmpty, key: permissionKey, description: text },
  response: PermissionSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<UpdateOrganizationPermissionError> = { operationId: 'UpdateOrganizationPermission', statuses: [400, 401, 403, 404, 422] };

/**
 * Changes a custom permission's name, key or description; system permissions cannot be changed (403).
 *
 * @category Permissions
 * @example
 * const r = await updateOrganizationPermission(clerk, { permission_id: 'perm_123', name: 'Read all invoices' });
 * if (r.ok) console.log(r.data.name);
 */
export function updateOrganizationPermission(
  client: ClerkClient,
  params: UpdateOrganizationPermissionParams,
  options?: CallOptions,
): Promise<Result<Permission, UpdateOrganizationPermissionError>> {
  return call(client, endpoint, params, options);
}
