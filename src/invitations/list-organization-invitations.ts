import type { ClerkClient } from '../client.js';
import type { InvitationErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { pageRules, pathId, text } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type OrganizationInvitations, OrganizationInvitationsSchema } from '../schemas/organization-invitation.js';
import { type InvitationOrderBy, invitationOrderBy, invitationStatus } from './invitation-params.js';

/**
 * Params for `listOrganizationInvitations`.
 *
 * @category Invitations
 */
export interface ListOrganizationInvitationsParams {
  /** The organization's id. */
  organization_id: string;
  /** Only invitations in this status (`pending` covers the deprecated pending-invitations endpoint). */
  status?: 'pending' | 'accepted' | 'revoked' | 'expired' | undefined;
  /** Only invitations to this email address. */
  email_address?: string | undefined;
  /** Sort order; default `-created_at`. */
  order_by?: InvitationOrderBy | undefined;
  /** Page size, 1 to 500 (server default 10). */
  limit?: number | undefined;
  /** Items to skip, ≥ 0 (default 0). */
  offset?: number | undefined;
}

/**
 * What `listOrganizationInvitations` can fail with; its documented statuses are 400, 404 and 422. Its error codes: {@link InvitationErrorCode}.
 *
 * @category Invitations
 */
export type ListOrganizationInvitationsError = RequestError<400 | 404 | 422, InvitationErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<ListOrganizationInvitationsParams, OrganizationInvitations, ListOrganizationInvitationsError> = {
  method: 'GET',
  path: '/organizations/{organization_id}/invitations',
  params: { 'organization_id!': pathId, status: invitationStatus, email_address: text, order_by: invitationOrderBy, ...pageRules },
  response: OrganizationInvitationsSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<ListOrganizationInvitationsError> = { operationId: 'ListOrganizationInvitations', statuses: [400, 404, 422] };

/**
 * Lists an organization's invitations; `status: 'pending'` gives the open ones.
 *
 * @category Invitations
 * @example
 * const r = await listOrganizationInvitations(clerk, { organization_id: 'org_123', status: 'pending' });
 * if (r.ok) console.log(r.data.data.map((i) => i.email_address));
 */
export function listOrganizationInvitations(
  client: ClerkClient,
  params: ListOrganizationInvitationsParams,
  options?: CallOptions,
): Promise<Result<OrganizationInvitations, ListOrganizationInvitationsError>> {
  return call(client, endpoint, params, options);
}
