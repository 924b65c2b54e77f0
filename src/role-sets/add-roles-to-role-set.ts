import type { ClerkClient } from '../client.js';
import type { RoleSetErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { nonEmpty, pathId } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import type { OrganizationRoleKey } from '../schemas/role.js';
import { type RoleSet, RoleSetSchema } from '../schemas/role-set.js';
import { roleKeys } from './role-set-params.js';

/**
 * Params for `addRolesToRoleSet`.
 *
 * @category Role sets
 */
export interface AddRolesToRoleSetParams {
  /** The role set's key (`role_set:…`) or id. */
  role_set_key_or_id: string;
  /** The role keys to add, 1 to 10. */
  role_keys: OrganizationRoleKey[];
  /** Make one of the added roles the default. */
  default_role_key?: OrganizationRoleKey | undefined;
  /** Make one of the added roles the creator role. */
  creator_role_key?: OrganizationRoleKey | undefined;
}

/**
 * What `addRolesToRoleSet` can fail with; its documented statuses are 400, 401, 403, 404 and 422. Its error codes: {@link RoleSetErrorCode}.
 *
 * @category Role sets
 */
export type AddRolesToRoleSetError = RequestError<400 | 401 | 403 | 404 | 422, RoleSetErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<AddRolesToRoleSetParams, RoleSet, AddRolesToRoleSetError> = {
  method: 'POST',
  path: '/role_sets/{role_set_key_or_id}/roles',
  params: { 'role_set_key_or_id!': pathId, 'role_keys!': roleKeys, default_role_key: nonEmpty, creator_role_key: nonEmpty },
  response: RoleSetSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<AddRolesToRoleSetError> = { operationId: 'AddRolesToRoleSet', statuses: [400, 401, 403, 404, 422] };

/**
 * Adds roles to a role set, optionally making one of them the default or creator role.
 *
 * @category Role sets
 * @example
 * const r = await addRolesToRoleSet(clerk, { role_set_key_or_id: 'role_set:agencies', role_keys: ['org:billing_admin'] });
 * if (r.ok) console.log(r.data.roles.map((role) => role.key));
 */
export function addRolesToRoleSet(
  client: ClerkClient,
  params: AddRolesToRoleSetParams,
  options?: CallOptions,
): Promise<Result<RoleSet, AddRolesToRoleSetError>> {
  return call(client, endpoint, params, options);
}
