import type { ClerkClient } from '../client.js';
import type { RoleErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { flag, nonEmpty, nullable, strings, text } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import type { OrganizationRoleKey } from '../schemas/role.js';
import { type Role, RoleSchema } from '../schemas/role.js';
import { roleKey } from './role-params.js';

/**
 * Params for `createOrganizationRole`.
 *
 * @category Roles
 */
export interface CreateOrganizationRoleParams {
  /** The name shown in the Dashboard and components. */
  name: string;
  /** A unique key: `org:` then lowercase letters, digits and `_`, e.g. `org:billing_admin`. */
  key: OrganizationRoleKey;
  /** What the role is for. */
  description?: string | null | undefined;
  /** Permission ids (`perm_…`) the role holds. */
  permissions?: string[] | null | undefined;
  /** Also add the role to the instance's initial role set, which new organizations get. */
  include_in_initial_role_set?: boolean | null | undefined;
}

/**
 * What `createOrganizationRole` can fail with; its documented statuses are 400, 401, 402, 403, 404 and 422. Its error codes: {@link RoleErrorCode}.
 *
 * @category Roles
 */
export type CreateOrganizationRoleError = RequestError<400 | 401 | 402 | 403 | 404 | 422, RoleErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<CreateOrganizationRoleParams, Role, CreateOrganizationRoleError> = {
  method: 'POST',
  path: '/organization_roles',
  params: { 'name!': nonEmpty, 'key!': roleKey, description: nullable(text), permissions: nullable(strings()), include_in_initial_role_set: nullable(flag) },
  response: RoleSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<CreateOrganizationRoleError> = { operationId: 'CreateOrganizationRole', statuses: [400, 401, 402, 403, 404, 422] };

/**
 * Creates a custom organization role, optionally with permissions.
 *
 * @category Roles
 * @example
 * const r = await createOrganizationRole(clerk, { name: 'Billing admin', key: 'org:billing_admin', permissions: ['perm_123'] });
 * if (r.ok) console.log(r.data.id, r.data.permissions.map((p) => p.key));
 * else if (r.error.type === 'api' && r.error.status === 403) console.log(r.error.errors[0]?.code); // e.g. organization_instance_roles_quota_exceeded
 */
export function createOrganizationRole(
  client: ClerkClient,
  params: CreateOrganizationRoleParams,
  options?: CallOptions,
): Promise<Result<Role, CreateOrganizationRoleError>> {
  return call(client, endpoint, params, options);
}
