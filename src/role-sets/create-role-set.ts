import type { ClerkClient } from '../client.js';
import type { RoleSetErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { nonEmpty, nullable, oneOf, text } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import type { OrganizationRoleKey } from '../schemas/role.js';
import { type RoleSet, RoleSetSchema } from '../schemas/role-set.js';
import { roleKeys, roleSetKey } from './role-set-params.js';

/**
 * Params for `createRoleSet`.
 *
 * @category Role sets
 */
export interface CreateRoleSetParams {
  /** The name. */
  name: string;
  /** A unique key `role_set:<name>` (lowercase letters, digits, `_`); made from the name when left out. */
  key?: string | undefined;
  /** What the set is for. */
  description?: string | null | undefined;
  /** The role new members get; one of `roles`. */
  default_role_key: OrganizationRoleKey;
  /** The role an organization's creator gets; one of `roles`. */
  creator_role_key: OrganizationRoleKey;
  /** `initial`: the set new organizations get (one per instance). */
  type?: 'initial' | 'custom' | undefined;
  /** The role keys in the set, 1 to 10. */
  roles: OrganizationRoleKey[];
}

/**
 * What `createRoleSet` can fail with; its documented statuses are 400, 401, 402, 403, 404 and 422. Its error codes: {@link RoleSetErrorCode}.
 *
 * @category Role sets
 */
export type CreateRoleSetError = RequestError<400 | 401 | 402 | 403 | 404 | 422, RoleSetErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<CreateRoleSetParams, RoleSet, CreateRoleSetError> = {
  method: 'POST',
  path: '/role_sets',
  params: {
    'name!': nonEmpty,
    key: roleSetKey,
    description: nullable(text),
    'default_role_key!': nonEmpty,
    'creator_role_key!': nonEmpty,
    type: oneOf(['initial', 'custom']),
    'roles!': roleKeys,
  },
  response: RoleSetSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<CreateRoleSetError> = { operationId: 'CreateRoleSet', statuses: [400, 401, 402, 403, 404, 422] };

/**
 * Creates a role set: the roles an organization may give, with its default and creator roles.
 *
 * @category Role sets
 * @example
 * const r = await createRoleSet(clerk, {
 *   name: 'Agencies',
 *   key: 'role_set:agencies',
 *   roles: ['org:admin', 'org:member', 'org:billing_admin'],
 *   default_role_key: 'org:member',
 *   creator_role_key: 'org:admin',
 * });
 * if (r.ok) console.log(r.data.id);
 */
export function createRoleSet(client: ClerkClient, params: CreateRoleSetParams, options?: CallOptions): Promise<Result<RoleSet, CreateRoleSetError>> {
  return call(client, endpoint, params, options);
}
