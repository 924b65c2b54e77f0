import type { ClerkClient } from '../client.js';
import type { MembershipErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { pageRules, pathId } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type OrganizationMemberships, OrganizationMembershipsSchema } from '../schemas/organization-membership.js';

/**
 * Params for `listUserOrganizationMemberships`.
 *
 * @category Memberships
 */
export interface ListUserOrganizationMembershipsParams {
  /** The user's id. */
  user_id: string;
  /** Page size, 1 to 500 (server default 10). */
  limit?: number | undefined;
  /** Items to skip, ≥ 0 (default 0). */
  offset?: number | undefined;
}

/**
 * What `listUserOrganizationMemberships` can fail with; its documented status is 403. Its error codes: {@link MembershipErrorCode}.
 *
 * @category Memberships
 */
export type ListUserOrganizationMembershipsError = RequestError<403, MembershipErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<ListUserOrganizationMembershipsParams, OrganizationMemberships, ListUserOrganizationMembershipsError> = {
  method: 'GET',
  path: '/users/{user_id}/organization_memberships',
  params: { 'user_id!': pathId, ...pageRules },
  response: OrganizationMembershipsSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<ListUserOrganizationMembershipsError> = { operationId: 'UsersGetOrganizationMemberships', statuses: [403] };

/**
 * Lists a user's memberships: the organizations they belong to, with their role in each.
 *
 * @category Memberships
 * @example
 * const r = await listUserOrganizationMemberships(clerk, { user_id: 'user_456' });
 * if (r.ok) for (const m of r.data.data) console.log(m.organization.name, m.role);
 */
export function listUserOrganizationMemberships(
  client: ClerkClient,
  params: ListUserOrganizationMembershipsParams,
  options?: CallOptions,
): Promise<Result<OrganizationMemberships, ListUserOrganizationMembershipsError>> {
  return call(client, endpoint, params, options);
}
