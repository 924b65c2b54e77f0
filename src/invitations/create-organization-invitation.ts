import type { ClerkClient } from '../client.js';
import type { InvitationErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { pathId } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type OrganizationInvitation, OrganizationInvitationSchema } from '../schemas/organization-invitation.js';
import { type InvitationInput, invitationRules } from './invitation-params.js';

/**
 * Params for `createOrganizationInvitation`: the organization and the invitation.
 *
 * @category Invitations
 */
export interface CreateOrganizationInvitationParams extends InvitationInput {
  /** The organization's id. */
  organization_id: string;
}

/**
 * What `createOrganizationInvitation` can fail with; its documented statuses are 400, 402, 403, 404 and 422. Its error codes: {@link InvitationErrorCode}.
 *
 * @category Invitations
 */
export type CreateOrganizationInvitationError = RequestError<400 | 402 | 403 | 404 | 422, InvitationErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<CreateOrganizationInvitationParams, OrganizationInvitation, CreateOrganizationInvitationError> = {
  method: 'POST',
  // Clerk caps invitations per organization: one organization's 429 leaves the others free.
  limitedPer: 'organization_id',
  path: '/organizations/{organization_id}/invitations',
  params: { 'organization_id!': pathId, ...invitationRules },
  response: OrganizationInvitationSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<CreateOrganizationInvitationError> = { operationId: 'CreateOrganizationInvitation', statuses: [400, 402, 403, 404, 422] };

/**
 * Invites someone by email to join an organization (Clerk sends the email
 * unless `notify: false`). Not retried except on 429; a 429 from the hourly
 * invitation limit comes back at once with `retryAfter`.
 *
 * @category Invitations
 * @example
 * const r = await createOrganizationInvitation(clerk, { organization_id: 'org_123', email_address: 'ada@example.com', role: 'org:member', expires_in_days: 7 });
 * if (r.ok) console.log(r.data.id, r.data.status); // 'pending'
 * else if (r.error.type === 'api' && r.error.status === 429) console.log(`try again in ${r.error.retryAfter} s`);
 */
export function createOrganizationInvitation(
  client: ClerkClient,
  params: CreateOrganizationInvitationParams,
  options?: CallOptions,
): Promise<Result<OrganizationInvitation, CreateOrganizationInvitationError>> {
  return call(client, endpoint, params, options);
}
