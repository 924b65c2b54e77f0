import type { ClerkClient } from '../client.js';
import type { PermissionErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { type KeyedOrderBy, keyedOrderBy, pageRules, text } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type Permissions, PermissionsSchema } from '../schemas/permission.js';

/**
 * Params for `listOrganizationPermissions`; all optional.
 *
 * @category Permissions
 */
export interface ListOrganizationPermissionsParams {
  /** Exact match on id, partial match on name and key. */
  query?: string | undefined;
  /** `created_at`, `name` or `key`, prefixed `+` (ascending) or `-`; default `-created_at`. */
  order_by?: KeyedOrderBy | undefined;
  /** Page size, 1 to 500 (server default 10). */
  limit?: number | undefined;
  /** Items to skip, ≥ 0 (default 0). */
  offset?: number | undefined;
}

/**
 * What `listOrganizationPermissions` can fail with; its documented statuses are 401 and 422. Its error codes: {@link PermissionErrorCode}.
 *
 * @category Permissions
 */
export type ListOrganizationPermissionsError = RequestError<401 | 422, PermissionErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<ListOrganizationPermissionsParams, Permissions, ListOrganizationPermissionsError> = {
  method: 'GET',
  path: '/organization_permissions',
  params: { ...pageRules, query: text, order_by: keyedOrderBy },
  response: PermissionsSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<ListOrganizationPermissionsError> = { operationId: 'ListOrganizationPermissions', statuses: [401, 422] };

/**
 * Lists the instance's organization permissions, system and custom; `paginate` walks them all.
 *
 * @category Permissions
 * @example
 * const r = await listOrganizationPermissions(clerk, { query: 'org:invoices', limit: 100 });
 * if (r.ok) console.log(r.data.data.map((p) => p.key));
 */
export function listOrganizationPermissions(
  client: ClerkClient,
  params: ListOrganizationPermissionsParams = {},
  options?: CallOptions,
): Promise<Result<Permissions, ListOrganizationPermissionsError>> {
  return call(client, endpoint, params, options);
}
