import type { ClerkClient } from '../client.js';
import type { PermissionErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { nonEmpty, text } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type Permission, PermissionSchema } from '../schemas/permission.js';
import { permissionKey } from './permission-params.js';

/**
 * Params for `createOrganizationPermission`.
 *
 * @category Permissions
 */
export interface CreateOrganizationPermissionParams {
  /** The name shown in the Dashboard. */
  name: string;
  /** A unique key `org:<feature>:<action>` (lowercase letters, digits, `_`), e.g. `org:invoices:read`; `org:sys_` is reserved. */
  key: string;
  /** What the permission allows. */
  description?: string | undefined;
}

/**
 * What `createOrganizationPermission` can fail with; its documented statuses are 400, 401, 402, 404 and 422. Its error codes: {@link PermissionErrorCode}.
 *
 * @category Permissions
 */
export type CreateOrganizationPermissionError = RequestError<400 | 401 | 402 | 404 | 422, PermissionErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<CreateOrganizationPermissionParams, Permission, CreateOrganizationPermissionError> = {
  method: 'POST',
  path: '/organization_permissions',
  params: { 'name!': nonEmpty, 'key!': permissionKey, description: text },
  response: PermissionSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<CreateOrganizationPermissionError> = { operationId: 'CreateOrganizationPermission', statuses: [400, 401, 402, 404, 422] };

/**
 * Creates a custom permission; give it to roles with `assignPermissionToOrganizationRole`.
 *
 * @category Permissions
 * @example
 * const r = await createOrganizationPermission(clerk, { name: 'Read invoices', key: 'org:invoices:read' });
 * if (r.ok) console.log(r.data.id);
 */
export function createOrganizationPermission(
  client: ClerkClient,
  params: CreateOrganizationPermissionParams,
  options?: CallOptions,
): Promise<Result<Permission, CreateOrganizationPermissionError>> {
  return call(client, endpoint, params, options);
}
