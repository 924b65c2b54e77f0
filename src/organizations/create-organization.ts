import * as v from 'valibot';
import type { ClerkClient } from '../client.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { CountParam, MetadataParam, NullableStringParam, paramsObject, SlugParam } from '../params.js';
import { call, type Endpoint } from '../request.js';
import type { Result } from '../result.js';
import { OrganizationSchema, type Organization } from '../schemas/organization.js';

/** Params for `createOrganization`: the JSON body; only `name` is required. */
export const CreateOrganizationParamsSchema = paramsObject({
  name: v.pipe(v.string('must be a string'), v.nonEmpty('must not be empty')),
  created_by: NullableStringParam,
  private_metadata: v.optional(v.nullable(MetadataParam)),
  public_metadata: v.optional(v.nullable(MetadataParam)),
  slug: v.optional(v.nullable(SlugParam)),
  max_allowed_memberships: v.optional(v.nullable(CountParam)),
  created_at: NullableStringParam,
  role_set_key: NullableStringParam,
});

/** Params for `createOrganization`. */
export type CreateOrganizationParams = v.InferInput<typeof CreateOrganizationParamsSchema>;

/** What `createOrganization` can fail with; its documented statuses are 400, 402, 403 and 422. */
export type CreateOrganizationError = RequestError<400 | 402 | 403 | 422>;

const endpoint: Endpoint<v.InferOutput<typeof CreateOrganizationParamsSchema>, Organization> = {
  method: 'POST',
  params: CreateOrganizationParamsSchema,
  response: OrganizationSchema,
  build: (body) => ({ path: '/organizations', body }),
};

/**
 * Creates an organization. `created_by` becomes its admin. Not retried on
 * 5xx or network errors (it may have been created); retried on 429.
 *
 * @example
 * const r = await createOrganization(clerk, { name: 'Acme', slug: 'acme', created_by: 'user_123', public_metadata: { plan: 'pro' } });
 * if (r.ok) console.log(r.data.id);
 */
export function createOrganization(
  client: ClerkClient,
  params: CreateOrganizationParams,
  options?: CallOptions,
): Promise<Result<Organization, CreateOrganizationError>> {
  return call(client, endpoint, params, options);
}
