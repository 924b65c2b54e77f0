import * as v from 'valibot';
import type { ClerkClient } from '../client.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { CountParam, FlagParam, paramsObject } from '../params.js';
import { call, type Endpoint } from '../request.js';
import type { Result } from '../result.js';
import { OrganizationsSchema, type Organizations } from '../schemas/organizations.js';

const LIMIT = 'must be an integer from 1 to 500';
const IdList = v.array(v.pipe(v.string('must hold strings'), v.nonEmpty('must not hold empty strings')), 'must be an array of strings');

/** Params for `listOrganizations`: all optional. */
export const ListOrganizationsParamsSchema = v.optional(
  paramsObject({
    limit: v.optional(v.pipe(v.number(LIMIT), v.integer(LIMIT), v.minValue(1, LIMIT), v.maxValue(500, LIMIT))),
    offset: v.optional(CountParam),
    query: v.optional(v.string('must be a string')),
    order_by: v.optional(v.string('must be a string')),
    include_members_count: FlagParam,
    include_missing_member_with_elevated_permissions: FlagParam,
    user_id: v.optional(IdList),
    organization_id: v.optional(v.pipe(IdList, v.maxLength(100, 'must hold at most 100 ids'))),
  }),
  {},
);

/** Params for `listOrganizations`. */
export type ListOrganizationsParams = v.InferInput<typeof ListOrganizationsParamsSchema>;

/** What `listOrganizations` can fail with; its documented statuses are 400, 403 and 422. */
export type ListOrganizationsError = RequestError<400 | 403 | 422>;

const endpoint: Endpoint<v.InferOutput<typeof ListOrganizationsParamsSchema>, Organizations> = {
  method: 'GET',
  params: ListOrganizationsParamsSchema,
  response: OrganizationsSchema,
  build: (query) => ({ path: '/organizations', query }),
};

/**
 * Lists organizations, newest first unless `order_by` says otherwise.
 * `user_id` and `organization_id` are sent as repeated keys; prefix an id
 * with `-` to exclude it.
 *
 * @example
 * const r = await listOrganizations(clerk, { limit: 20, query: 'acme', order_by: '-members_count', include_members_count: true });
 * if (r.ok) console.log(r.data.total_count, r.data.data.map((o) => o.slug));
 */
export function listOrganizations(
  client: ClerkClient,
  params?: ListOrganizationsParams,
  options?: CallOptions,
): Promise<Result<Organizations, ListOrganizationsError>> {
  return call(client, endpoint, params, options);
}
