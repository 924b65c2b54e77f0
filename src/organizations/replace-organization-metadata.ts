import * as v from 'valibot';
import type { ClerkClient } from '../client.js';
import type { CallOptions } from '../options.js';
import { call, organizationPath, type Endpoint } from '../request.js';
import type { Result } from '../result.js';
import { OrganizationSchema, type Organization } from '../schemas/organization.js';
import {
  OrganizationMetadataParamsSchema,
  type OrganizationMetadataError,
  type OrganizationMetadataParams,
} from './merge-organization-metadata.js';

const endpoint: Endpoint<v.InferOutput<typeof OrganizationMetadataParamsSchema>, Organization> = {
  method: 'PUT',
  params: OrganizationMetadataParamsSchema,
  response: OrganizationSchema,
  build: ({ organization_id, ...body }) => ({ path: organizationPath(organization_id, '/metadata'), body }),
};

/**
 * Replaces metadata wholesale: each object sent replaces the stored one;
 * one left out stays as it is.
 *
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
