import type { ClerkClient } from '../client.js';
import type { InvitationErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { pageRules, pathId } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import {
  type OrganizationInvitationsWithPublicOrganizationData,
  OrganizationInvitationsWithPublicOrganizationDataSchema,
} from '../schemas/organization-invitation.js';
import { invitationStatus } from './invitation-params.js';

/**
 * Params for `listUserOrganizationInvitations`.
 *
 * @category Invitations
 */
export interface ListUserOrganizationInvitationsParams {
  /** The user's id. */
  user_id: string;
  /** Only invitations in this status. */
  status?: 'pending' | 'accepted' | 'revoked' | 'expired' | undefined;
  /** Page size, 1 to 500 (server default 10). */
  limit?: number | undefined;
  /** Items to skip, ≥ 0 (default 0). */
  offset?: number | undefined;
}

/**
 * What `listUserOrganizationInvitations` can fail with; its documented statuses are 400, 403 and 404. Its error codes: {@link InvitationErrorCode}.
 *
 * @category Invitations
 */
export type ListUserOrganizationInvitationsError = RequestError<400 | 403 | 404, InvitationErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<
  ListUserOrganizationInvitationsParams,
  OrganizationInvitationsWithPublicOrganizationData,
  ListUserOrganizationInvitationsError
> = {
  method: 'GET',
  path: '/users/{user_id}/organization_invitations',
  params: { 'user_id!': pathId, status: invitationStatus, ...pageRules },
  response: OrganizationInvitationsWithPublicOrganizationDataSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<ListUserOrganizationInvitationsError> = { operationId: 'UsersGetOrganizationInvitations', statuses: [400, 403, 404] };

/**
 * Lists the invitations sent to a user's email addresses, across organizations.
 *
 * @category Invitations
 * @example
 * const r = await listUserOrganizationInvitations(clerk, { user_id: 'user_456', status: 'pending' });
 * if (r.ok) console.log(r.data.data.map((i) => i.public_organization_data?.name));
 */
export function listUserOrganizationInvitations(
  client: ClerkClient,
  params: ListUserOrganizationInvitationsParams,
  options?: CallOptions,
): Promise<Result<OrganizationInvitationsWithPublicOrganizationData, ListUserOrganizationInvitationsError>> {
  return call(client, endpoint, params, options);
}
