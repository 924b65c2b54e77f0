import type { ClerkClient } from '../client.js';
import type { InvitationErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { nullable, text } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type OrganizationInvitation, OrganizationInvitationSchema } from '../schemas/organization-invitation.js';
import { type InvitationIdParams, invitationIds } from './invitation-params.js';

/**
 * Params for `revokeOrganizationInvitation`.
 *
 * @category Invitations
 */
export interface RevokeOrganizationInvitationParams extends InvitationIdParams {
  /** The admin who revokes; must be an administrator of the organization. */
  requesting_user_id?: string | null | undefined;
}

/**
 * What `revokeOrganizationInvitation` can fail with; its documented statuses are 400, 403 and 404. Its error codes: {@link InvitationErrorCode}.
 *
 * @category Invitations
 */
export type RevokeOrganizationInvitationError = RequestError<400 | 403 | 404, InvitationErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<RevokeOrganizationInvitationParams, OrganizationInvitation, RevokeOrganizationInvitationError> = {
  method: 'POST',
  path: '/organizations/{organization_id}/invitations/{invitation_id}/revoke',
  params: { ...invitationIds, requesting_user_id: nullable(text) },
  response: OrganizationInvitationSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<RevokeOrganizationInvitationError> = { operationId: 'RevokeOrganizationInvitation', statuses: [400, 403, 404] };

/**
 * Revokes a pending invitation; one that is no longer pending is refused (a
 * 400 in the spec and the fake; Clerk's catalogue also has
 * `organization_invitation_not_pending`, a 404).
 *
 * @category Invitations
 * @example
 * const r = await revokeOrganizationInvitation(clerk, { organization_id: 'org_123', invitation_id: 'orginv_456' });
 * if (r.ok) console.log(r.data.status); // 'revoked'
 */
export function revokeOrganizationInvitation(
  client: ClerkClient,
  params: RevokeOrganizationInvitationParams,
  options?: CallOptions,
): Promise<Result<OrganizationInvitation, RevokeOrganizationInvitationError>> {
  return call(client, endpoint, params, options);
}
