import type { ClerkClient } from '../client.js';
import type { InvitationErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { type Check, paramIssues, pathId } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type OrganizationInvitations, OrganizationInvitationsSchema } from '../schemas/organization-invitation.js';
import { type InvitationInput, invitationRules } from './invitation-params.js';

/**
 * Params for `bulkCreateOrganizationInvitations`: the organization and 1 to 10 invitations, sent as the body.
 *
 * @category Invitations
 */
export interface BulkCreateOrganizationInvitationsParams {
  /** The organization's id. */
  organization_id: string;
  /** The invitations, 1 to 10. */
  invitations: InvitationInput[];
}

/**
 * What `bulkCreateOrganizationInvitations` can fail with; its documented statuses are 400, 403, 404 and 422. Its error codes: {@link InvitationErrorCode}.
 *
 * @category Invitations
 */
export type BulkCreateOrganizationInvitationsError = RequestError<400 | 403 | 404 | 422, InvitationErrorCode>;

/** 1 to 10 invitations, each checked like a single one; the first problem names its index. */
const invitations: Check = (value) => {
  if (!Array.isArray(value) || value.length < 1 || value.length > 10) return 'must be an array of 1 to 10 invitations';
  for (let i = 0; i < value.length; i++) {
    const issue = paramIssues(value[i], invitationRules, `.${i}.`, 'field')[0];
    if (issue) return [issue.path, issue.message];
  }
  return undefined;
};

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<BulkCreateOrganizationInvitationsParams, OrganizationInvitations, BulkCreateOrganizationInvitationsError> = {
  method: 'POST',
  // Clerk caps invitations per organization: one organization's 429 leaves the others free.
  limitedPer: 'organization_id',
  path: '/organizations/{organization_id}/invitations/bulk',
  params: { 'organization_id!': pathId, 'invitations!': invitations },
  response: OrganizationInvitationsSchema,
  body: ({ invitations }) => invitations,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<BulkCreateOrganizationInvitationsError> = { operationId: 'CreateOrganizationInvitationBulk', statuses: [400, 403, 404, 422] };

/**
 * Invites up to ten people at once; Clerk creates all of them or none.
 *
 * @category Invitations
 * @example
 * const r = await bulkCreateOrganizationInvitations(clerk, {
 *   organization_id: 'org_123',
 *   invitations: [{ email_address: 'ada@example.com', role: 'org:member' }, { email_address: 'bob@example.com', role: 'org:admin' }],
 * });
 * if (r.ok) console.log(r.data.data.map((i) => i.id));
 */
export function bulkCreateOrganizationInvitations(
  client: ClerkClient,
  params: BulkCreateOrganizationInvitationsParams,
  options?: CallOptions,
): Promise<Result<OrganizationInvitations, BulkCreateOrganizationInvitationsError>> {
  return call(client, endpoint, params, options);
}
