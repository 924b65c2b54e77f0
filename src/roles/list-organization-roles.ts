import type { ClerkClient } from '../client.js';
import type { RoleErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { type KeyedOrderBy, keyedOrderBy, pageRules, text } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type Roles, RolesSchema } from '../schemas/role.js';

/**
 * Params for `listOrganizationRoles`; all optional.
 *
 * @category Roles
 */
export interface ListOrganizationRolesParams {
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
 * What `listOrganizationRoles` can fail with; its documented statuses are 400, 401, 403 and 422. Its error codes: {@link RoleErrorCode}.
 *
 * @category Roles
 */
export type ListOrganizationRolesError = RequestError<400 | 401 | 403 | 422, RoleErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<ListOrganizationRolesParams, Roles, ListOrganizationRolesError> = {
  method: 'GET',
  path: '/organization_roles',
  params: { ...pageRules, query: text, order_by: keyedOrderBy },
  response: RolesSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<ListOrganizationRolesError> = { operationId: 'ListOrganizationRoles', statuses: [400, 401, 403, 422] };

/**
 * Lists the instance's organization roles, newest first unless `order_by` says otherwise; `paginate` walks them all.
 *
 * @category Roles
 * @example
 * const r = await listOrganizationRoles(clerk, { query: 'billing', order_by: 'name', limit: 100 });
 * if (r.ok) console.log(r.data.data.map((role) => role.key));
 */
export function listOrganizationRoles(
  client: ClerkClient,
  params: ListOrganizationRolesParams = {},
  options?: CallOptions,
): Promise<Result<Roles, ListOrganizationRolesError>> {
  return call(client, endpoint, params, options);
}
