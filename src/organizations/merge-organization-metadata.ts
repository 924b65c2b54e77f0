import type { ClerkClient } from '../client.js';
import type { OrganizationErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type Organization, OrganizationSchema } from '../schemas/organization.js';
import { metadataRules, type OrganizationMetadataParams } from './organization-params.js';

/**
 * What the metadata functions can fail with; their documented statuses are 400, 401, 404 and 422. Their error codes: {@link OrganizationErrorCode}.
 *
 * @category Organizations
 */
export type OrganizationMetadataError = RequestError<400 | 401 | 404 | 422, OrganizationErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<OrganizationMetadataParams, Organization, OrganizationMetadataError> = {
  method: 'PATCH',
  path: '/organizations/{organization_id}/metadata',
  params: metadataRules,
  response: OrganizationSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<OrganizationMetadataError> = { operationId: 'MergeOrganizationMetadata', statuses: [400, 401, 404, 422] };

/**
 * Deep-merges metadata into what is stored; a key set to `null` is removed,
 * at any depth.
 *
 * @category Organizations
 * @example
 * const r = await mergeOrganizationMetadata(clerk, { organization_id: 'org_123', public_metadata: { plan: 'pro', trial: null } });
 * if (r.ok) console.log(r.data.public_metadata);
 */
export function mergeOrganizationMetadata(
  client: ClerkClient,
  params: OrganizationMetadataParams,
  options?: CallOptions,
): Promise<Result<Organization, OrganizationMetadataError>> {
  return call(client, endpoint, params, options);
}
