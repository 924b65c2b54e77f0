import type { ClerkClient } from '../client.js';
import type { MembershipErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { pageRules } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type OrganizationMemberships, OrganizationMembershipsSchema } from '../schemas/organization-membership.js';
import { type MembershipOrderBy, membershipOrderBy } from './membership-params.js';

/**
 * Params for `listInstanceOrganizationMemberships`; all optional.
 *
 * @category Memberships
 */
export interface ListInstanceOrganizationMembershipsParams {
  /** Sort order; default `-created_at`. */
  order_by?: MembershipOrderBy | undefined;
  /** Page size, 1 to 500 (server default 10). */
  limit?: number | undefined;
  /** Items to skip, ≥ 0 (default 0). */
  offset?: number | undefined;
}

/**
 * What `listInstanceOrganizationMemberships` can fail with; its documented statuses are 400, 401, 422 and 500. Its error codes: {@link MembershipErrorCode}.
 *
 * @category Memberships
 */
export type ListInstanceOrganizationMembershipsError = RequestError<400 | 401 | 422 | 500, MembershipErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<ListInstanceOrganizationMembershipsParams, OrganizationMemberships, ListInstanceOrganizationMembershipsError> = {
  method: 'GET',
  path: '/organization_memberships',
  params: { order_by: membershipOrderBy, ...pageRules },
  response: OrganizationMembershipsSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<ListInstanceOrganizationMembershipsError> = {
  operationId: 'InstanceGetOrganizationMemberships',
  statuses: [400, 401, 422, 500],
};

/**
 * Lists every membership in the instance, across all organizations.
 *
 * @category Memberships
 * @example
 * const r = await listInstanceOrganizationMemberships(clerk, { order_by: '-created_at', limit: 50 });
 * if (r.ok) console.log(r.data.total_count);
 */
export function listInstanceOrganizationMemberships(
  client: ClerkClient,
  params: ListInstanceOrganizationMembershipsParams = {},
  options?: CallOptions,
): Promise<Result<OrganizationMemberships, ListInstanceOrganizationMembershipsError>> {
  return call(client, endpoint, params, options);
}
