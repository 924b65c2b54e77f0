import type { ClerkClient } from '../client.js';
import type { PermissionErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type Permission, PermissionSchema } from '../schemas/permission.js';
import { type PermissionIdParams, permissionId } from './permission-params.js';

/**
 * What `getOrganizationPermission` can fail with; its documented statuses are 401 and 404. Its error codes: {@link PermissionErrorCode}.
 *
 * @category Permissions
 */
export type GetOrganizationPermissionError = RequestError<401 | 404, PermissionErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<PermissionIdParams, Permission, GetOrganizationPermissionError> = {
  method: 'GET',
  path: '/organization_permissions/{permission_id}',
  params: permissionId,
  response: PermissionSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<GetOrganizationPermissionError> = { operationId: 'GetOrganizationPermission', statuses: [401, 404] };

/**
 * Fetches one permission.
 *
 * @category Permissions
 * @example
 * const r = await getOrganizationPermission(clerk, { permission_id: 'perm_123' });
 * if (r.ok) console.log(r.data.key, r.data.type);
 */
export function getOrganizationPermission(
  client: ClerkClient,
  params: PermissionIdParams,
  options?: CallOptions,
): Promise<Result<Permission, GetOrganizationPermissionError>> {
  return call(client, endpoint, params, options);
}
