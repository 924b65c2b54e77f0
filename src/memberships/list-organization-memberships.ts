import type { ClerkClient } from '../client.js';
import type { MembershipErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { integer, pageRules, pathId, strings, text } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type OrganizationMemberships, OrganizationMembershipsSchema } from '../schemas/organization-membership.js';
import type { OrganizationRoleKey } from '../schemas/role.js';
import { type MembershipOrderBy, membershipOrderBy } from './membership-params.js';

/**
 * Params for `listOrganizationMemberships`: the organization, then any filters. Arrays are sent as repeated keys.
 *
 * @category Memberships
 */
export interface ListOrganizationMembershipsParams {
  /** The organization's id. */
  organization_id: string;
  /** Sort order; default `-created_at`. */
  order_by?: MembershipOrderBy | undefined;
  /** Members with any of these user ids. */
  user_id?: string[] | undefined;
  /** Members with any of these email addresses. */
  email_address?: string[] | undefined;
  /** Members with any of these phone numbers. */
  phone_number?: string[] | undefined;
  /** Members with any of these usernames. */
  username?: string[] | undefined;
  /** Members with any of these Web3 wallets. */
  web3_wallet?: string[] | undefined;
  /** Members with any of these roles (at most 100). */
  role?: OrganizationRoleKey[] | undefined;
  /** Partial match on emails, phone numbers, usernames, wallets, user ids and names. */
  query?: string | undefined;
  /** Partial match on email addresses. */
  email_address_query?: string | undefined;
  /** Partial match on phone numbers. */
  phone_number_query?: string | undefined;
  /** Partial match on usernames. */
  username_query?: string | undefined;
  /** Partial match on first and last names. */
  name_query?: string | undefined;
  /** Members last active before this time (Unix ms). */
  last_active_at_before?: number | undefined;
  /** Members last active after this time (Unix ms). */
  last_active_at_after?: number | undefined;
  /** Memberships created before this time (Unix ms). */
  created_at_before?: number | undefined;
  /** Memberships created after this time (Unix ms). */
  created_at_after?: number | undefined;
  /** Page size, 1 to 500 (server default 10). */
  limit?: number | undefined;
  /** Items to skip, ≥ 0 (default 0). */
  offset?: number | undefined;
}

/**
 * What `listOrganizationMemberships` can fail with; its documented statuses are 401 and 422. Its error codes: {@link MembershipErrorCode}.
 *
 * @category Memberships
 */
export type ListOrganizationMembershipsError = RequestError<401 | 422, MembershipErrorCode>;

const timestamp = integer(0);

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<ListOrganizationMembershipsParams, OrganizationMemberships, ListOrganizationMembershipsError> = {
  method: 'GET',
  path: '/organizations/{organization_id}/memberships',
  params: {
    'organization_id!': pathId,
    order_by: membershipOrderBy,
    user_id: strings(),
    email_address: strings(),
    phone_number: strings(),
    username: strings(),
    web3_wallet: strings(),
    role: strings(100),
    query: text,
    email_address_query: text,
    phone_number_query: text,
    username_query: text,
    name_query: text,
    last_active_at_before: timestamp,
    last_active_at_after: timestamp,
    created_at_before: timestamp,
    created_at_after: timestamp,
    ...pageRules,
  },
  response: OrganizationMembershipsSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<ListOrganizationMembershipsError> = { operationId: 'ListOrganizationMemberships', statuses: [401, 422] };

/**
 * Lists an organization's members, one page at a time; `paginate` walks them all.
 *
 * @category Memberships
 * @example
 * const r = await listOrganizationMemberships(clerk, { organization_id: 'org_123', role: ['org:admin'], limit: 100 });
 * if (r.ok) console.log(r.data.total_count, r.data.data.map((m) => m.public_user_data?.identifier));
 */
export function listOrganizationMemberships(
  client: ClerkClient,
  params: ListOrganizationMembershipsParams,
  options?: CallOptions,
): Promise<Result<OrganizationMemberships, ListOrganizationMembershipsError>> {
  return call(client, endpoint, params, options);
}
