import type { ClerkClient } from '../client.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { id, metadata, type RulesFor } from '../params.js';
import { call, type Endpoint, organizationPath } from '../request.js';
import type { Result } from '../result.js';
import { type Metadata, type Organization, OrganizationSchema } from '../schemas/organization.js';

/** Params for `mergeOrganizationMetadata` and `replaceOrganizationMetadata`: the id plus either or both objects. */
export interface OrganizationMetadataParams {
  /** The organization's id. */
  organization_id: string;
  /** Metadata the Frontend API can read but not write. */
  public_metadata?: Metadata;
  /** Metadata only the Backend API can read. */
  private_metadata?: Metadata;
}

/** What the metadata functions can fail with; their documented statuses are 400, 401, 404 and 422. */
export type OrganizationMetadataError = RequestError<400 | 401 | 404 | 422>;

/** The checks shared by both metadata functions. */
export const metadataRules: RulesFor<OrganizationMetadataParams> = { 'organization_id!': id, public_metadata: metadata, private_metadata: metadata };

/** The request shared by both metadata functions. */
export const metadataRequest = ({ organization_id, ...body }: OrganizationMetadataParams) => ({
  path: organizationPath(organization_id, 'metadata'),
  body,
});

/** The operation, for the request core and the spec-drift test. */
export const endpoint: Endpoint<OrganizationMetadataParams, Organization> = {
  method: 'PATCH',
  params: metadataRules,
  response: OrganizationSchema,
  build: metadataRequest,
};

/**
 * Deep-merges metadata into what is stored; a key set to `null` is removed,
 * at any depth.
 *
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
