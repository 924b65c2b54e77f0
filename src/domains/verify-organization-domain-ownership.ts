import type { ClerkClient } from '../client.js';
import type { DomainErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type OrganizationDomain, OrganizationDomainSchema } from '../schemas/organization-domain.js';
import { type DomainIdParams, domainIds } from './domain-params.js';

/**
 * What `verifyOrganizationDomainOwnership` can fail with; its documented statuses are 401, 403 and 404. Its error codes: {@link DomainErrorCode}.
 *
 * @category Domains
 */
export type VerifyOrganizationDomainOwnershipError = RequestError<401 | 403 | 404, DomainErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<DomainIdParams, OrganizationDomain, VerifyOrganizationDomainOwnershipError> = {
  method: 'POST',
  path: '/organizations/{organization_id}/domains/{domain_id}/verify_ownership',
  params: domainIds,
  response: OrganizationDomainSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<VerifyOrganizationDomainOwnershipError> = { operationId: 'VerifyOrganizationDomainOwnership', statuses: [401, 403, 404] };

/**
 * Marks the domain's ownership as verified by manual override, skipping the
 * TXT DNS challenge (Clerk records strategy `manual_override` and an audit
 * event). Idempotent: a domain already verified is returned as it is.
 *
 * @category Domains
 * @example
 * const r = await verifyOrganizationDomainOwnership(clerk, { organization_id: 'org_123', domain_id: 'orgdmn_456' });
 * if (r.ok) console.log(r.data.ownership_verification?.status); // 'verified'
 */
export function verifyOrganizationDomainOwnership(
  client: ClerkClient,
  params: DomainIdParams,
  options?: CallOptions,
): Promise<Result<OrganizationDomain, VerifyOrganizationDomainOwnershipError>> {
  return call(client, endpoint, params, options);
}
