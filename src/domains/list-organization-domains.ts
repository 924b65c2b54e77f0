import type { ClerkClient } from '../client.js';
import type { DomainErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { flag, pageRules, pathId } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type OrganizationDomains, OrganizationDomainsSchema } from '../schemas/organization-domain.js';
import { type EnrollmentModeInput, enrollmentMode } from './domain-params.js';

/**
 * Params for `listOrganizationDomains`.
 *
 * @category Domains
 */
export interface ListOrganizationDomainsParams {
  /** The organization's id. */
  organization_id: string;
  /** Only verified (`true`) or unverified (`false`) domains. */
  verified?: boolean | undefined;
  /** Only domains with this enrollment mode. */
  enrollment_mode?: EnrollmentModeInput | undefined;
  /** Page size, 1 to 500 (server default 10). */
  limit?: number | undefined;
  /** Items to skip, ≥ 0 (default 0). */
  offset?: number | undefined;
}

/**
 * What `listOrganizationDomains` can fail with; its documented statuses are 401 and 422. Its error codes: {@link DomainErrorCode}.
 *
 * @category Domains
 */
export type ListOrganizationDomainsError = RequestError<401 | 422, DomainErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<ListOrganizationDomainsParams, OrganizationDomains, ListOrganizationDomainsError> = {
  method: 'GET',
  path: '/organizations/{organization_id}/domains',
  params: { 'organization_id!': pathId, verified: flag, enrollment_mode: enrollmentMode, ...pageRules },
  response: OrganizationDomainsSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<ListOrganizationDomainsError> = { operationId: 'ListOrganizationDomains', statuses: [401, 422] };

/**
 * Lists an organization's domains.
 *
 * @category Domains
 * @example
 * const r = await listOrganizationDomains(clerk, { organization_id: 'org_123', verified: true });
 * if (r.ok) console.log(r.data.data.map((d) => `${d.name} (${d.enrollment_mode})`));
 */
export function listOrganizationDomains(
  client: ClerkClient,
  params: ListOrganizationDomainsParams,
  options?: CallOptions,
): Promise<Result<OrganizationDomains, ListOrganizationDomainsError>> {
  return call(client, endpoint, params, options);
}
