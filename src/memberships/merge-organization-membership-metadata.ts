import type { ClerkClient } from '../client.js';
import type { MembershipErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { metadata } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import type { Metadata } from '../schemas/metadata.js';
import { type OrganizationMembership, OrganizationMembershipSchema } from '../schemas/organization-membership.js';
import { type MembershipParams, membershipIds } from './membership-params.js';

/**
 * Params for `mergeOrganizationMembershipMetadata`: the membership plus either or both objects.
 *
 * @category Memberships
 */
export interface OrganizationMembershipMetadataParams extends MembershipParams {
  /** Membership metadata the Frontend API can read. */
  public_metadata?: Metadata | undefined;
  /** Membership metadata only the Backend API can read. */
  private_metadata?: Metadata | undefined;
}

/**
 * What `mergeOrganizationMembershipMetadata` can fail with; its documented statuses are 400, 404 and 422. Its error codes: {@link MembershipErrorCode}.
 *
 * @category Memberships
 */
export type OrganizationMembershipMetadataError = RequestError<400 | 404 | 422, MembershipErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<OrganizationMembershipMetadataParams, OrganizationMembership, OrganizationMembershipMetadataError> = {
  method: 'PATCH',
  path: '/organizations/{organization_id}/memberships/{user_id}/metadata',
  params: { ...membershipIds, public_metadata: metadata, private_metadata: metadata },
  response: OrganizationMembershipSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<OrganizationMembershipMetadataError> = { operationId: 'UpdateOrganizationMembershipMetadata', statuses: [400, 404, 422] };

/**
 * Deep-merges metadata into a membership's; a key set to `null` is removed, at any depth.
 *
 * @category Memberships
 * @example
 * const r = await mergeOrganizationMembershipMetadata(clerk, { organization_id: 'org_123', user_id: 'user_456', public_metadata: { team: 'infra' } });
 * if (r.ok) console.log(r.data.public_metadata);
 */
export function mergeOrganizationMembershipMetadata(
  client: ClerkClient,
  params: OrganizationMembershipMetadataParams,
  options?: CallOptions,
): Promise<Result<OrganizationMembership, OrganizationMembershipMetadataError>> {
  return call(client, endpoint, params, options);
}
