import type { ClerkClient } from '../client.js';
import type { CallOptions } from '../options.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type Organization, OrganizationSchema } from '../schemas/organization.js';
import type { OrganizationMetadataError } from './merge-organization-metadata.js';
import { metadataRules, type OrganizationMetadataParams } from './organization-params.js';

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<OrganizationMetadataParams, Organization, OrganizationMetadataError> = {
  method: 'PUT',
  path: '/organizations/{organization_id}/metadata',
  params: metadataRules,
  response: OrganizationSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<OrganizationMetadataError> = { operationId: 'ReplaceOrganizationMetadata', statuses: [400, 401, 404, 422] };

/**
 * Replaces metadata wholesale: each object sent replaces the stored one;
 * one left out stays as it is.
 *
 * @category Organizations
 * @example
 * const r = await replaceOrganizationMetadata(clerk, { organization_id: 'org_123', private_metadata: { crm_id: 42 } });
 * if (r.ok) console.log(r.data.private_metadata);
 */
export function replaceOrganizationMetadata(
  client: ClerkClient,
  params: OrganizationMetadataParams,
  options?: CallOptions,
): Promise<Result<Organization, OrganizationMetadataError>> {
  return call(client, endpoint, params, options);
}
