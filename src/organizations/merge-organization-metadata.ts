import * as v from 'valibot';
import type { ClerkClient } from '../client.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { MetadataParam, OrganizationIdParam, paramsObject } from '../params.js';
import { call, organizationPath, type Endpoint } from '../request.js';
import type { Result } from '../result.js';
import { OrganizationSchema, type Organization } from '../schemas/organization.js';

/** Params for the metadata functions: the id plus either or both metadata objects. */
export const OrganizationMetadataParamsSchema = paramsObject({
  organization_id: OrganizationIdParam,
  public_metadata: v.optional(MetadataParam),
  private_metadata: v.optional(MetadataParam),
});

/** Params for `mergeOrganizationMetadata` and `replaceOrganizationMetadata`. */
export type OrganizationMetadataParams = v.InferInput<typeof OrganizationMetadataParamsSchema>;

/** What the metadata functions can fail with; their documented statuses are 400, 401, 404 and 422. */
export type OrganizationMetadataError = RequestError<400 | 401 | 404 | 422>;

const endpoint: Endpoint<v.InferOutput<typeof OrganizationMetadataParamsSchema>, Organization> = {
  method: 'PATCH',
  params: OrganizationMetadataParamsSchema,
  response: OrganizationSchema,
  build: ({ organization_id, ...body }) => ({ path: organizationPath(organization_id, '/metadata'), body }),
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
