import type { ClerkClient } from '../client.js';
import type { OrganizationErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { pathId } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type Organization, OrganizationSchema } from '../schemas/organization.js';
import type { OrganizationIdParams } from './organization-params.js';

/**
 * What `deleteOrganizationLogo` can fail with; its documented status is 404. Its error codes: {@link OrganizationErrorCode}.
 *
 * @category Organizations
 */
export type DeleteOrganizationLogoError = RequestError<404, OrganizationErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<OrganizationIdParams, Organization, DeleteOrganizationLogoError> = {
  method: 'DELETE',
  path: '/organizations/{organization_id}/logo',
  params: { 'organization_id!': pathId },
  response: OrganizationSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<DeleteOrganizationLogoError> = { operationId: 'DeleteOrganizationLogo', statuses: [404] };

/**
 * Removes an organization's logo.
 *
 * @category Organizations
 * @example
 * const r = await deleteOrganizationLogo(clerk, { organization_id: 'org_123' });
 * if (r.ok) console.log(r.data.has_image); // false
 */
export function deleteOrganizationLogo(
  client: ClerkClient,
  params: OrganizationIdParams,
  options?: CallOptions,
): Promise<Result<Organization, DeleteOrganizationLogoError>> {
  return call(client, endpoint, params, options);
}
