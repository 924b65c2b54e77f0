import type { ClerkClient } from '../client.js';
import type { RoleSetErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type RoleSet, RoleSetSchema } from '../schemas/role-set.js';
import { type RoleSetIdParams, roleSetId } from './role-set-params.js';

/**
 * What `getRoleSet` can fail with; its documented statuses are 401, 403 and 404. Its error codes: {@link RoleSetErrorCode}.
 *
 * @category Role sets
 */
export type GetRoleSetError = RequestError<401 | 403 | 404, RoleSetErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<RoleSetIdParams, RoleSet, GetRoleSetError> = {
  method: 'GET',
  path: '/role_sets/{role_set_key_or_id}',
  params: roleSetId,
  response: RoleSetSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<GetRoleSetError> = { operationId: 'GetRoleSet', statuses: [401, 403, 404] };

/**
 * Fetches one role set by key or id, with its roles.
 *
 * @category Role sets
 * @example
 * const r = await getRoleSet(clerk, { role_set_key_or_id: 'role_set:agencies' });
 * if (r.ok) console.log(r.data.default_role?.key, r.data.roles.length);
 */
export function getRoleSet(client: ClerkClient, params: RoleSetIdParams, options?: CallOptions): Promise<Result<RoleSet, GetRoleSetError>> {
  return call(client, endpoint, params, options);
}
