import type { ClerkClient } from '../client.js';
import type { RoleSetErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { nonEmpty, nullable, oneOf, pathId, text } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import type { OrganizationRoleKey } from '../schemas/role.js';
import { type RoleSet, RoleSetSchema } from '../schemas/role-set.js';
import { roleSetKey } from './role-set-params.js';

/**
 * Params for `updateRoleSet`.
 *
 * @category Role sets
 */
export interface UpdateRoleSetParams {
  /** The role set's key (`role_set:…`) or id. */
  role_set_key_or_id: string;
  /** A new name. */
  name?: string | null | undefined;
  /** A new unique key (`role_set:…`). */
  key?: string | null | undefined;
  /** A new description. */
  description?: string | null | undefined;
  /** `initial` makes this the set new organizations get (the previous one becomes `custom`). */
  type?: 'initial' | null | undefined;
  /** A new default role, already in the set. */
  default_role_key?: OrganizationRoleKey | null | undefined;
  /** A new creator role, already in the set. */
  creator_role_key?: OrganizationRoleKey | null | undefined;
}

/**
 * What `updateRoleSet` can fail with; its documented statuses are 400, 401, 403, 404 and 422. Its error codes: {@link RoleSetErrorCode}.
 *
 * @category Role sets
 */
export type UpdateRoleSetError = RequestError<400 | 401 | 403 | 404 | 422, RoleSetErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<UpdateRoleSetParams, RoleSet, UpdateRoleSetError> = {
  method: 'PATCH',
  path: '/role_sets/{role_set_key_or_id}',
  params: {
    'role_set_key_or_id!': pathId,
    name: nullable(nonEmpty),
    key: nullable(roleSetKey),
    description: nullable(text),
    type: nullable(oneOf(['initial'])),
    default_role_key: nullable(nonEmpty),
    creator_role_key: nullable(nonEmpty),
  },
  response: RoleSetSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<UpdateRoleSetError> = { operationId: 'UpdateRoleSet', statuses: [400, 401, 403, 404, 422] };

/**
 * Changes a role set's name, key, description, type or default and creator roles.
 *
 * @category Role sets
 * @example
 * const r = await updateRoleSet(clerk, { role_set_key_or_id: 'role_set:agencies', type: 'initial' });
 * if (r.ok) console.log(r.data.type); // 'initial'
 */
export function updateRoleSet(client: ClerkClient, params: UpdateRoleSetParams, options?: CallOptions): Promise<Result<RoleSet, UpdateRoleSetError>> {
  return call(client, endpoint, params, options);
}
