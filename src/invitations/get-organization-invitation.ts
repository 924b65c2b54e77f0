import type { ClerkClient } from '../client.js';
import type { InvitationErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type OrganizationInvitation, OrganizationInvitationSchema } from '../schemas/organization-invitation.js';
import { type InvitationIdParams, invitationIds } from './invitation-params.js';

/**
 * What `getOrganizationInvitation` can fail with; its documented statuses are 400, 403 and 404. Its error codes: {@link InvitationErrorCode}.
 *
 * @category Invitations
 */
export type GetOrganizationInvitationError = RequestError<400 | 403 | 404, InvitationErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<InvitationIdParams, OrganizationInvitation, GetOrganizationInvitationError> = {
  method: 'GET',
  path: '/organizations/{organization_id}/invitations/{invitation_id}',
  params: invitationIds,
  response: OrganizationInvitationSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<GetOrganizationInvitationError> = { operationId: 'GetOrganizationInvitation', statuses: [400, 403, 404] };

/**
 * Fetches one invitation of an organization.
 *
 * @category Invitations
 * @example
 * const r = await getOrganizationInvitation(clerk, { organization_id: 'org_123', invitation_id: 'orginv_456' });
 * if (r.ok) console.log(r.data.status, r.data.expires_at);
 */
export function getOrganizationInvitation(
  client: ClerkClient,
  params: InvitationIdParams,
  options?: CallOptions,
): Promise<Result<OrganizationInvitation, GetOrganizationInvitationError>> {
  return call(client, endpoint, params, options);
}
