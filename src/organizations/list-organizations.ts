import type { ClerkClient } from '../client.js';
import type { OrganizationErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { flag, pageRules, strings, text } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type Organizations, OrganizationsSchema } from '../schemas/organizations.js';
import { type OrganizationOrderBy, organizationOrderBy } from './organization-params.js';

/**
 * Params for `listOrganizations`; all optional.
 *
 * @category Organizations
 */
export interface ListOrganizationsParams {
  /** Exact match on id, partial match on name and slug. */
  query?: string | undefined;
  /** `name`, `created_at` or `members_count`, prefixed `+` (ascending, the default) or `-`; default `-created_at`. */
  order_by?: OrganizationOrderBy | undefined;
  /** Adds `members_count` to each organization. */
  include_members_count?: boolean | undefined;
  /** Adds `missing_member_with_elevated_permissions` to each organization. */
  include_missing_member_with_elevated_permissions?: boolean | undefined;
  /** Only organizations with any of these members; prefix `-` to exclude. Sent as repeated keys. */
  user_id?: string[] | undefined;
  /** Only these organizations (at most 100); prefix `-` to exclude. Sent as repeated keys. */
  organization_id?: string[] | undefined;
  /** Page size, 1 to 500 (server default 10). */
  limit?: number | undefined;
  /** Items to skip, ≥ 0 (default 0). */
  offset?: number | undefined;
}

/**
 * What `listOrganizations` can fail with; its documented statuses are 400, 403 and 422. Its error codes: {@link OrganizationErrorCode}.
 *
 * @category Organizations
 */
export type ListOrganizationsError = RequestError<400 | 403 | 422, OrganizationErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<ListOrganizationsParams, Organizations, ListOrganizationsError> = {
  method: 'GET',
  path: '/organizations',
  params: {
    ...pageRules,
    query: text,
    order_by: organizationOrderBy,
    include_members_count: flag,
    include_missing_member_with_elevated_permissions: flag,
    user_id: strings(),
    organization_id: strings(100),
  },
  response: OrganizationsSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<ListOrganizationsError> = { operationId: 'ListOrganizations', statuses: [400, 403, 422] };

/**
 * Lists organizations, newest first unless `order_by` says otherwise.
 * `user_id` and `organization_id` are sent as repeated keys; prefix an id
 * with `-` to exclude it.
 *
 * @category Organizations
 * @example
 * const r = await listOrganizations(clerk, { limit: 20, query: 'acme', order_by: '-members_count', include_members_count: true });
 * if (r.ok) console.log(r.data.total_count, r.data.data.map((o) => o.slug));
 */
export function listOrganizations(
  client: ClerkClient,
  params: ListOrganizationsParams = {},
  options?: CallOptions,
): Promise<Result<Organizations, ListOrganizationsError>> {
  return call(client, endpoint, params, options);
}
