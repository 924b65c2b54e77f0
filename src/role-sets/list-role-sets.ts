import type { ClerkClient } from '../client.js';
import type { RoleSetErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { type KeyedOrderBy, keyedOrderBy, pageRules, text } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type RoleSets, RoleSetsSchema } from '../schemas/role-set.js';

/**
 * Params for `listRoleSets`; all optional.
 *
 * @category Role sets
 */
export interface ListRoleSetsParams {
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
 * What `listRoleSets` can fail with; its documented statuses are 400, 401, 403 and 422. Its error codes: {@link RoleSetErrorCode}.
 *
 * @category Role sets
 */
export type ListRoleSetsError = RequestError<400 | 401 | 403 | 422, RoleSetErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<ListRoleSetsParams, RoleSets, ListRoleSetsError> = {
  method: 'GET',
  path: '/role_sets',
  params: { ...pageRules, query: text, order_by: keyedOrderBy },
  response: RoleSetsSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<ListRoleSetsError> = { operationId: 'ListRoleSets', statuses: [400, 401, 403, 422] };

/**
 * Lists the instance's role sets; `paginate` walks them all.
 *
 * @category Role sets
 * @example
 * const r = await listRoleSets(clerk, { order_by: 'name' });
 * if (r.ok) console.log(r.data.data.map((set) => `${set.key}: ${set.roles.map((role) => role.key)}`));
 */
export function listRoleSets(client: ClerkClient, params: ListRoleSetsParams = {}, options?: CallOptions): Promise<Result<RoleSets, ListRoleSetsError>> {
  return call(client, endpoint, params, options);
}
