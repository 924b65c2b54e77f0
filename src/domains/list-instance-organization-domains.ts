import type { ClerkClient } from '../client.js';
import type { DomainErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { flag, oneOf, pageRules, pathId, strings, text } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type OrganizationDomains, OrganizationDomainsSchema } from '../schemas/organization-domain.js';
import { type EnrollmentModeInput, enrollmentModeFilter } from './domain-params.js';

/**
 * How domains can be sorted: by name or creation, ascending (no prefix or `+`) or descending (`-`).
 *
 * @category Domains
 */
export type DomainOrderBy = `${'' | '+' | '-'}${'name' | 'created_at'}`;

/**
 * Params for `listInstanceOrganizationDomains`; all optional. Arrays are sent as repeated keys.
 *
 * @category Domains
 */
export interface ListInstanceOrganizationDomainsParams {
  /** Only this organization's domains. */
  organization_id?: string | undefined;
  /** Only verified (`true`) or unverified (`false`) domains. */
  verified?: boolean | undefined;
  /** Only these enrollment modes; prefix `-` to exclude one. */
  enrollment_mode?: (EnrollmentModeInput | `-${EnrollmentModeInput}`)[] | undefined;
  /** Partial match on the domain name. */
  query?: string | undefined;
  /** Only these domain names. */
  domains?: string[] | undefined;
  /** Sort order. */
  order_by?: DomainOrderBy | undefined;
  /** Page size, 1 to 500 (server default 10). */
  limit?: number | undefined;
  /** Items to skip, ≥ 0 (default 0). */
  offset?: number | undefined;
}

/**
 * What `listInstanceOrganizationDomains` can fail with; its documented statuses are 401, 403 and 422. Its error codes: {@link DomainErrorCode}.
 *
 * @category Domains
 */
export type ListInstanceOrganizationDomainsError = RequestError<401 | 403 | 422, DomainErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<ListInstanceOrganizationDomainsParams, OrganizationDomains, ListInstanceOrganizationDomainsError> = {
  method: 'GET',
  path: '/organization_domains',
  params: {
    organization_id: pathId,
    verified: flag,
    enrollment_mode: (value) => strings()(value) ?? (value as string[]).map(enrollmentModeFilter).find((problem) => problem),
    query: text,
    domains: strings(),
    order_by: oneOf(['name', '+name', '-name', 'created_at', '+created_at', '-created_at']),
    ...pageRules,
  },
  response: OrganizationDomainsSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<ListInstanceOrganizationDomainsError> = { operationId: 'ListAllOrganizationDomains', statuses: [401, 403, 422] };

/**
 * Lists domains across every organization of the instance.
 *
 * @category Domains
 * @example
 * const r = await listInstanceOrganizationDomains(clerk, { verified: true, enrollment_mode: ['-enterprise_sso'], query: 'example' });
 * if (r.ok) console.log(r.data.total_count);
 */
export function listInstanceOrganizationDomains(
  client: ClerkClient,
  params: ListInstanceOrganizationDomainsParams = {},
  options?: CallOptions,
): Promise<Result<OrganizationDomains, ListInstanceOrganizationDomainsError>> {
  return call(client, endpoint, params, options);
}
