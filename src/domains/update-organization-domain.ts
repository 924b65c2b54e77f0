import type { ClerkClient } from '../client.js';
import type { DomainErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { flag, nullable } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type OrganizationDomain, OrganizationDomainSchema } from '../schemas/organization-domain.js';
import { type DomainIdParams, domainIds, type EnrollmentModeInput, enrollmentMode } from './domain-params.js';

/**
 * Params for `updateOrganizationDomain`.
 *
 * @category Domains
 */
export interface UpdateOrganizationDomainParams extends DomainIdParams {
  /** How users with an email at this domain join. */
  enrollment_mode?: EnrollmentModeInput | null | undefined;
  /** Whether the domain counts as verified. */
  verified?: boolean | null | undefined;
}

/**
 * What `updateOrganizationDomain` can fail with; its documented statuses are 400, 403, 404 and 422. Its error codes: {@link DomainErrorCode}.
 *
 * @category Domains
 */
export type UpdateOrganizationDomainError = RequestError<400 | 403 | 404 | 422, DomainErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<UpdateOrganizationDomainParams, OrganizationDomain, UpdateOrganizationDomainError> = {
  method: 'PATCH',
  path: '/organizations/{organization_id}/domains/{domain_id}',
  params: { ...domainIds, enrollment_mode: nullable(enrollmentMode), verified: nullable(flag) },
  response: OrganizationDomainSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<UpdateOrganizationDomainError> = { operationId: 'UpdateOrganizationDomain', statuses: [400, 403, 404, 422] };

/**
 * Changes a domain's enrollment mode or verified flag.
 *
 * @category Domains
 * @example
 * const r = await updateOrganizationDomain(clerk, { organization_id: 'org_123', domain_id: 'orgdmn_456', enrollment_mode: 'automatic_invitation' });
 * if (r.ok) console.log(r.data.enrollment_mode);
 */
export function updateOrganizationDomain(
  client: ClerkClient,
  params: UpdateOrganizationDomainParams,
  options?: CallOptions,
): Promise<Result<OrganizationDomain, UpdateOrganizationDomainError>> {
  return call(client, endpoint, params, options);
}
