import type { ClerkClient } from '../client.js';
import type { MembershipErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { nonEmpty } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type OrganizationMembership, OrganizationMembershipSchema } from '../schemas/organization-membership.js';
import type { OrganizationRoleKey } from '../schemas/role.js';
import { type MembershipParams, membershipIds } from './membership-params.js';

/**
 * Params for `updateOrganizationMembership`.
 *
 * @category Memberships
 */
export interface UpdateOrganizationMembershipParams extends MembershipParams {
  /** The member's new role, e.g. `org:admin`. */
  role: OrganizationRoleKey;
}

/**
 * What `updateOrganizationMembership` can fail with; its documented statuses are 404 and 422. Its error codes: {@link MembershipErrorCode}.
 *
 * @category Memberships
 */
export type UpdateOrganizationMembershipError = RequestError<404 | 422, MembershipErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<UpdateOrganizationMembershipParams, OrganizationMembership, UpdateOrganizationMembershipError> = {
  method: 'PATCH',
  path: '/organizations/{organization_id}/memberships/{user_id}',
  params: { ...membershipIds, 'role!': nonEmpty },
  response: OrganizationMembershipSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<UpdateOrganizationMembershipError> = { operationId: 'UpdateOrganizationMembership', statuses: [404, 422] };

/**
 * Changes a member's role.
 *
 * @category Memberships
 * @example
 * const r = await updateOrganizationMembership(clerk, { organization_id: 'org_123', user_id: 'user_456', role: 'org:admin' });
 * if (r.ok) console.log(r.data.role); // 'org:admin'
 */
export function updateOrganizationMembership(
  client: ClerkClient,
  params: UpdateOrganizationMembershipParams,
  options?: CallOptions,
): Promise<Result<OrganizationMembership, UpdateOrganizationMembershipError>> {
  return call(client, endpoint, params, options);
}
