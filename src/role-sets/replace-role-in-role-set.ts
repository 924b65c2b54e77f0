import type { ClerkClient } from '../client.js';
import type { RoleSetErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { nonEmpty, pathId } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import type { OrganizationRoleKey } from '../schemas/role.js';
import { type RoleSet, RoleSetSchema } from '../schemas/role-set.js';

/**
 * Params for `replaceRoleInRoleSet`.
 *
 * @category Role sets
 */
export interface ReplaceRoleInRoleSetParams {
  /** The role set's key (`role_set:…`) or id. */
  role_set_key_or_id: string;
  /** The role to take out of the set. */
  role_key: OrganizationRoleKey;
  /** The role its members get instead, in the set. */
  to_role_key: OrganizationRoleKey;
}

/**
 * What `replaceRoleInRoleSet` can fail with; its documented statuses are 400, 401, 403, 404 and 422. Its error codes: {@link RoleSetErrorCode}.
 *
 * @category Role sets
 */
export type ReplaceRoleInRoleSetError = RequestError<400 | 401 | 403 | 404 | 422, RoleSetErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<ReplaceRoleInRoleSetParams, RoleSet, ReplaceRoleInRoleSetError> = {
  method: 'POST',
  path: '/role_sets/{role_set_key_or_id}/roles/replace',
  params: { 'role_set_key_or_id!': pathId, 'role_key!': nonEmpty, 'to_role_key!': nonEmpty },
  response: RoleSetSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<ReplaceRoleInRoleSetError> = { operationId: 'ReplaceRoleInRoleSet', statuses: [400, 401, 403, 404, 422] };

/**
 * Takes a role out of a role set, moving its members to another role of the set.
 *
 * @category Role sets
 * @example
 * const r = await replaceRoleInRoleSet(clerk, { role_set_key_or_id: 'role_set:agencies', role_key: 'org:editor', to_role_key: 'org:member' });
 * if (r.ok) console.log(r.data.roles.map((role) => role.key));
 */
export function replaceRoleInRoleSet(
  client: ClerkClient,
  params: ReplaceRoleInRoleSetParams,
  options?: CallOptions,
): Promise<Result<RoleSet, ReplaceRoleInRoleSetError>> {
  return call(client, endpoint, params, options);
}
