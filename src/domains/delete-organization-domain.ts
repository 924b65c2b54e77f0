import type { ClerkClient } from '../client.js';
import type { DomainErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type DeletedObject, DeletedObjectSchema } from '../schemas/deleted-object.js';
import { type DomainIdParams, domainIds } from './domain-params.js';

/**
 * What `deleteOrganizationDomain` can fail with; its documented statuses are 400, 401, 403 and 404. Its error codes: {@link DomainErrorCode}.
 *
 * @category Domains
 */
export type DeleteOrganizationDomainError = RequestError<400 | 401 | 403 | 404, DomainErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<DomainIdParams, DeletedObject, DeleteOrganizationDomainError> = {
  method: 'DELETE',
  path: '/organizations/{organization_id}/domains/{domain_id}',
  params: domainIds,
  response: DeletedObjectSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<DeleteOrganizationDomainError> = { operationId: 'DeleteOrganizationDomain', statuses: [400, 401, 403, 404] };

/**
 * Removes a domain from an organization.
 *
 * @category Domains
 * @example
 * const r = await deleteOrganizationDomain(clerk, { organization_id: 'org_123', domain_id: 'orgdmn_456' });
 * if (r.ok) console.log(r.data.deleted); // true
 */
export function deleteOrganizationDomain(
  client: ClerkClient,
  params: DomainIdParams,
  options?: CallOptions,
): Promise<Result<DeletedObject, DeleteOrganizationDomainError>> {
  return call(client, endpoint, params, options);
}
