import type { ClerkClient } from '../client.js';
import type { InvitationErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { pageRules, text } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import {
  type OrganizationInvitationsWithPublicOrganizationData,
  OrganizationInvitationsWithPublicOrganizationDataSchema,
} from '../schemas/organization-invitation.js';
import { type InvitationOrderBy, invitationOrderBy, invitationStatus } from './invitation-params.js';

/**
 * Params for `listInstanceOrganizationInvitations`; all optional.
 *
 * @category Invitations
 */
export interface ListInstanceOrganizationInvitationsParams {
  /** Sort order; default `-created_at`. */
  order_by?: InvitationOrderBy | undefined;
  /** Only invitations in this status. */
  status?: 'pending' | 'accepted' | 'revoked' | 'expired' | undefined;
  /** Partial match on the email address. */
  query?: string | undefined;
  /** Page size, 1 to 500 (server default 10). */
  limit?: number | undefined;
  /** Items to skip, ≥ 0 (default 0). */
  offset?: number | undefined;
}

/**
 * What `listInstanceOrganizationInvitations` can fail with; its documented statuses are 400, 404, 422 and 500. Its error codes: {@link InvitationErrorCode}.
 *
 * @category Invitations
 */
export type ListInstanceOrganizationInvitationsError = RequestError<400 | 404 | 422 | 500, InvitationErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<
  ListInstanceOrganizationInvitationsParams,
  OrganizationInvitationsWithPublicOrganizationData,
  ListInstanceOrganizationInvitationsError
> = {
  method: 'GET',
  path: '/organization_invitations',
  params: { order_by: invitationOrderBy, status: invitationStatus, query: text, ...pageRules },
  response: OrganizationInvitationsWithPublicOrganizationDataSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<ListInstanceOrganizationInvitationsError> = {
  operationId: 'ListInstanceOrganizationInvitations',
  statuses: [400, 404, 422, 500],
};

/**
 * Lists invitations across every organization of the instance, each with its organization's public data.
 *
 * @category Invitations
 * @example
 * const r = await listInstanceOrganizationInvitations(clerk, { status: 'pending', query: 'example.com' });
 * if (r.ok) for (const i of r.data.data) console.log(i.email_address, i.public_organization_data?.name);
 */
export function listInstanceOrganizationInvitations(
  client: ClerkClient,
  params: ListInstanceOrganizationInvitationsParams = {},
  options?: CallOptions,
): Promise<Result<OrganizationInvitationsWithPublicOrganizationData, ListInstanceOrganizationInvitationsError>> {
  return call(client, endpoint, params, options);
}
