import type { ClerkClient } from '../client.js';
import type { OrganizationErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { pathId } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type DeletedObject, DeletedObjectSchema } from '../schemas/deleted-object.js';
import type { OrganizationIdParams } from './organization-params.js';

/**
 * What `deleteOrganization` can fail with; its documented status is 404. Its error codes: {@link OrganizationErrorCode}.
 *
 * @category Organizations
 */
export type DeleteOrganizationError = RequestError<404, OrganizationErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<OrganizationIdParams, DeletedObject, DeleteOrganizationError> = {
  method: 'DELETE',
  path: '/organizations/{organization_id}',
  params: { 'organization_id!': pathId },
  response: DeletedObjectSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<DeleteOrganizationError> = { operationId: 'DeleteOrganization', statuses: [404] };

/**
 * Deletes an organization with its memberships and invitations. Cannot be undone.
 *
 * @category Organizations
 * @example
 * const r = await deleteOrganization(clerk, { organization_id: 'org_123' });
 * if (r.ok) console.log(r.data.deleted); // true
 */
export function deleteOrganization(
  client: ClerkClient,
  params: OrganizationIdParams,
  options?: CallOptions,
): Promise<Result<DeletedObject, DeleteOrganizationError>> {
  return call(client, endpoint, params, options);
}
