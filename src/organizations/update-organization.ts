import * as v from 'valibot';
import type { ClerkClient } from '../client.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { CountParam, NullableStringParam, OrganizationIdParam, paramsObject, SlugParam } from '../params.js';
import { call, organizationPath, type Endpoint } from '../request.js';
import type { Result } from '../result.js';
import { OrganizationSchema, type Organization } from '../schemas/organization.js';

/**
 * Params for `updateOrganization`: the id plus the fields to change. Since
 * API 2026-05-12 metadata is not accepted here: use the metadata functions.
 */
export const UpdateOrganizationParamsSchema = paramsObject({
  organization_id: OrganizationIdParam,
  name: v.optional(v.nullable(v.pipe(v.string('must be a string'), v.nonEmpty('must not be empty')))),
  slug: v.optional(v.nullable(SlugParam)),
  max_allowed_memberships: v.optional(v.nullable(CountParam)),
  admin_delete_enabled: v.optional(v.nullable(v.boolean('must be true or false'))),
  created_at: NullableStringParam,
  role_set_key: NullableStringParam,
});

/** Params for `updateOrganization`. */
export type UpdateOrganizationParams = v.InferInput<typeof UpdateOrganizationParamsSchema>;

/** What `updateOrganization` can fail with; its documented statuses are 400, 402, 403, 404 and 422. */
export type UpdateOrganizationError = RequestError<400 | 402 | 403 | 404 | 422>;

const endpoint: Endpoint<v.InferOutput<typeof UpdateOrganizationParamsSchema>, Organization> = {
  method: 'PATCH',
  params: UpdateOrganizationParamsSchema,
  response: OrganizationSchema,
  build: ({ organization_id, ...body }) => ({ path: organizationPath(organization_id), body }),
};

/**
 * Changes an organization's name, slug, membership limit and settings.
 *
 * @example
 * const r = await updateOrganization(clerk, { organization_id: 'org_123', name: 'Acme Inc', max_allowed_memberships: 50 });
 * if (r.ok) console.log(r.data.name);
 */
export function updateOrganization(
  client: ClerkClient,
  params: UpdateOrganizationParams,
  options?: CallOptions,
): Promise<Result<Organization, UpdateOrganizationError>> {
  return call(client, endpoint, params, options);
}
