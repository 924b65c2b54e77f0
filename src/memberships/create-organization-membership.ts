import type { ClerkClient } from '../client.js';
import type { MembershipErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { metadata, nonEmpty, nullable, pathId } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import type { Metadata } from '../schemas/metadata.js';
import { type OrganizationMembership, OrganizationMembershipSchema } from '../schemas/organization-membership.js';
import type { OrganizationRoleKey } from '../schemas/role.js';

/**
 * Params for `createOrganizationMembership`.
 *
 * @category Memberships
 */
export interface CreateOrganizationMembershipParams {
  /** The organization's id. */
  organization_id: string;
  /** The user to add; they must exist in the instance and not be a member yet. */
  user_id: string;
  /** The new member's role, e.g. `org:member` or `org:admin`. */
  role: OrganizationRoleKey;
  /** Membership metadata the Frontend API can read. */
  public_metadata?: Metadata | null | undefined;
  /** Membership metadata only the Backend API can read. */
  private_metadata?: Metadata | null | undefined;
}

/**
 * What `createOrganizationMembership` can fail with; its documented statuses are 400, 403, 404 and 422. Its error codes: {@link MembershipErrorCode}.
 *
 * @category Memberships
 */
export type CreateOrganizationMembershipError = RequestError<400 | 403 | 404 | 422, MembershipErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<CreateOrganizationMembershipParams, OrganizationMembership, CreateOrganizationMembershipError> = {
  method: 'POST',
  path: '/organizations/{organization_id}/memberships',
  params: { 'organization_id!': pathId, 'user_id!': pathId, 'role!': nonEmpty, public_metadata: nullable(metadata), private_metadata: nullable(metadata) },
  response: OrganizationMembershipSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<CreateOrganizationMembershipError> = { operationId: 'CreateOrganizationMembership', statuses: [400, 403, 404, 422] };

/**
 * Adds a user to an organization with a role. A user who is a member already
 * is a 400 `already_a_member_in_organization`; an organization with no seat
 * left (members and pending invitations count) is a 403
 * `organization_membership_quota_exceeded`.
 *
 * @category Memberships
 * @example
 * const r = await createOrganizationMembership(clerk, { organization_id: 'org_123', user_id: 'user_456', role: 'org:member' });
 * if (r.ok) console.log(r.data.id, r.data.organization.members_count);
 * else if (r.error.type === 'api' && r.error.errors[0]?.code === 'already_a_member_in_organization') console.log('a member already'); // a 400
 */
export function createOrganizationMembership(
  client: ClerkClient,
  params: CreateOrganizationMembershipParams,
  options?: CallOptions,
): Promise<Result<OrganizationMembership, CreateOrganizationMembershipError>> {
  return call(client, endpoint, params, options);
}
