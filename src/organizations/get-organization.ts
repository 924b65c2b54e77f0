import * as v from 'valibot';
import type { ClerkClient } from '../client.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { FlagParam, OrganizationIdParam, paramsObject } from '../params.js';
import { call, organizationPath, type Endpoint } from '../request.js';
import type { Result } from '../result.js';
import { OrganizationSchema, type Organization } from '../schemas/organization.js';

/** Params for `getOrganization`: `organization_id` is an id or a slug. */
export const GetOrganizationParamsSchema = paramsObject({
  organization_id: OrganizationIdParam,
  include_members_count: FlagParam,
  include_missing_member_with_elevated_permissions: FlagParam,
});

/** Params for `getOrganization`. */
export type GetOrganizationParams = v.InferInput<typeof GetOrganizationParamsSchema>;

/** What `getOrganization` can fail with; its documented statuses are 403 and 404. */
export type GetOrganizationError = RequestError<403 | 404>;

const endpoint: Endpoint<v.InferOutput<typeof GetOrganizationParamsSchema>, Organization> = {
  method: 'GET',
  params: GetOrganizationParamsSchema,
  response: OrganizationSchema,
  build: ({ organization_id, ...query }) => ({ path: organizationPath(organization_id), query }),
};

/**
 * Fetches one organization by id or by slug.
 *
 * @example
 * const r = await getOrganization(clerk, { organization_id: 'acme', include_members_count: true });
 * if (r.ok) console.log(r.data.name, r.data.members_count);
 * else if (r.error.type === 'api' && r.error.status === 404) console.log('no such organization');
 */
export function getOrganization(
  client: ClerkClient,
  params: GetOrganizationParams,
  options?: CallOptions,
): Promise<Result<Organization, GetOrganizationError>> {
  return call(client, endpoint, params, options);
}
