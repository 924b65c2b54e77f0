import type { ClerkClient } from '../client.js';
import type { RoleSetErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { nonEmpty, pathId } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type DeletedObject, DeletedObjectSchema } from '../schemas/deleted-object.js';
import type { OrganizationRoleKey } from '../schemas/role.js';
import { roleMappings } from './role-set-params.js';

/**
 * Params for `replaceRoleSet`.
 *
 * @category Role sets
 */
export interface ReplaceRoleSetParams {
  /** The role set's key (`role_set:…`) or id. */
  role_set_key_or_id: string;
  /** The role set its organizations move to. */
  dest_role_set_key: string;
  /** For each role in use that the destination lacks, the role its members get instead (`{ 'org:editor': 'org:member' }`). */
  reassignment_mappings?: { [fromRoleKey: string]: OrganizationRoleKey } | undefined;
}

/**
 * What `replaceRoleSet` can fail with; its documented statuses are 400, 401, 403, 404 and 422. Its error codes: {@link RoleSetErrorCode}.
 *
 * @category Role sets
 */
export type ReplaceRoleSetError = RequestError<400 | 401 | 403 | 404 | 422, RoleSetErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<ReplaceRoleSetParams, DeletedObject, ReplaceRoleSetError> = {
  method: 'POST',
  path: '/role_sets/{role_set_key_or_id}/replace',
  params: { 'role_set_key_or_id!': pathId, 'dest_role_set_key!': nonEmpty, reassignment_mappings: roleMappings },
  response: DeletedObjectSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<ReplaceRoleSetError> = { operationId: 'ReplaceRoleSet', statuses: [400, 401, 403, 404, 422] };

/**
 * Moves every organization of a role set to another set, reassigning members by `reassignment_mappings`, then deletes it.
 *
 * @category Role sets
 * @example
 * const r = await replaceRoleSet(clerk, {
 *   role_set_key_or_id: 'role_set:old',
 *   dest_role_set_key: 'role_set:agencies',
 *   reassignment_mappings: { 'org:editor': 'org:member' },
 * });
 * if (r.ok) console.log(r.data.deleted); // true
 */
export function replaceRoleSet(client: ClerkClient, params: ReplaceRoleSetParams, options?: CallOptions): Promise<Result<DeletedObject, ReplaceRoleSetError>> {
  return call(client, endpoint, params, options);
}
