import type { ClerkClient } from '../client.js';
import type { MembershipErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type OrganizationMembership, OrganizationMembershipSchema } from '../schemas/organization-membership.js';
import { type MembershipParams, membershipIds } from './membership-params.js';

/**
 * What `deleteOrganizationMembership` can fail with; its documented statuses are 401, 404 and 422. Its error codes: {@link MembershipErrorCode}.
 *
 * @category Memberships
 */
export type DeleteOrganizationMembershipError = RequestError<401 | 404 | 422, MembershipErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<MembershipParams, OrganizationMembership, DeleteOrganizationMembershipError> = {
  method: 'DELETE',
  path: '/organizations/{organization_id}/memberships/{user_id}',
  params: membershipIds,
  response: OrganizationMembershipSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<DeleteOrganizationMembershipError> = { operationId: 'DeleteOrganizationMembership', statuses: [401, 404, 422] };

/**
 * Removes a member from an organization; the answer is the removed membership.
 *
 * @category Memberships
 * @example
 * const r = await deleteOrganizationMembership(clerk, { organization_id: 'org_123', user_id: 'user_456' });
 * if (!r.ok && r.error.type === 'api' && r.error.status === 404) console.log('not a member');
 */
export function deleteOrganizationMembership(
  client: ClerkClient,
  params: MembershipParams,
  options?: CallOptions,
): Promise<Result<OrganizationMembership, DeleteOrganizationMembershipError>> {
  return call(client, endpoint, params, options);
}
