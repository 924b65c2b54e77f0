import type { ClerkClient } from '../client.js';
import type { OrganizationErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { flag, pathId } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type Organization, OrganizationSchema } from '../schemas/organization.js';

/**
 * Params for `getOrganization`.
 *
 * @category Organizations
 */
export interface GetOrganizationParams {
  /** The organization's id or slug. */
  organization_id: string;
  /** Adds `members_count`. */
  include_members_count?: boolean | undefined;
  /** Adds `missing_member_with_elevated_permissions`. */
  include_missing_member_with_elevated_permissions?: boolean | undefined;
}

/**
 * What `getOrganization` can fail with; its documented statuses are 403 and 404. Its error codes: {@link OrganizationErrorCode}.
 *
 * @category Organizations
 */
export type GetOrganizationError = RequestError<403 | 404, OrganizationErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<GetOrganizationParams, Organization, GetOrganizationError> = {
  method: 'GET',
  path: '/organizations/{organization_id}',
  params: { 'organization_id!': pathId, include_members_count: flag, include_missing_member_with_elevated_permissions: flag },
  response: OrganizationSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<GetOrganizationError> = { operationId: 'GetOrganization', statuses: [403, 404] };

/**
 * Fetches one organization by id or by slug.
 *
 * @category Organizations
 * @example
 * const r = await getOrganization(clerk, { organization_id: 'acme', include_members_count: true });
 * if (r.ok) console.log(r.data.name, r.data.members_count);
 * else if (r.error.type === 'api' && r.error.status === 404) console.log('no such organization');
 */
export function getOrganization(
  client: ClerkClient,
  params: GetOrganizationParams,
  options?: CallOptions,
): Promise<Result<Organization, GetOrganizationError>> {
  return call(client, endpoint, params, options);
}
