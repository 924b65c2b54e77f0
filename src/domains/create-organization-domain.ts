import type { ClerkClient } from '../client.js';
import type { DomainErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { flag, hostname, nullable, pathId } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type OrganizationDomain, OrganizationDomainSchema } from '../schemas/organization-domain.js';
import { type EnrollmentModeInput, enrollmentMode } from './domain-params.js';

/**
 * Params for `createOrganizationDomain`.
 *
 * @category Domains
 */
export interface CreateOrganizationDomainParams {
  /** The organization's id. */
  organization_id: string;
  /** The domain, a hostname like `example.com`, unique in the instance. */
  name?: string | undefined;
  /** How users with an email at this domain join. */
  enrollment_mode?: EnrollmentModeInput | undefined;
  /** Whether the domain counts as verified (default true). */
  verified?: boolean | null | undefined;
}

/**
 * What `createOrganizationDomain` can fail with; its documented statuses are 400, 403, 404 and 422. Its error codes: {@link DomainErrorCode}.
 *
 * @category Domains
 */
export type CreateOrganizationDomainError = RequestError<400 | 403 | 404 | 422, DomainErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<CreateOrganizationDomainParams, OrganizationDomain, CreateOrganizationDomainError> = {
  method: 'POST',
  path: '/organizations/{organization_id}/domains',
  params: { 'organization_id!': pathId, name: hostname, enrollment_mode: enrollmentMode, verified: nullable(flag) },
  response: OrganizationDomainSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<CreateOrganizationDomainError> = { operationId: 'CreateOrganizationDomain', statuses: [400, 403, 404, 422] };

/**
 * Adds a domain to an organization: users with an email there join or get a suggestion, by `enrollment_mode`.
 *
 * @category Domains
 * @example
 * const r = await createOrganizationDomain(clerk, { organization_id: 'org_123', name: 'example.com', enrollment_mode: 'automatic_suggestion' });
 * if (r.ok) console.log(r.data.id, r.data.verification?.status);
 */
export function createOrganizationDomain(
  client: ClerkClient,
  params: CreateOrganizationDomainParams,
  options?: CallOptions,
): Promise<Result<OrganizationDomain, CreateOrganizationDomainError>> {
  return call(client, endpoint, params, options);
}
