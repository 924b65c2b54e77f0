import type { ClerkClient } from '../client.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { id, type PageParams, pageRules } from '../params.js';
import { call, type Endpoint } from '../request.js';
import type { Result } from '../result.js';
import { type OrganizationMemberships, OrganizationMembershipsSchema } from '../schemas/organization-membership.js';

/** Params for `listUserOrganizationMemberships`. */
export interface ListUserOrganizationMembershipsParams extends PageParams {
  /** The user's id. */
  user_id: string;
}

/** What `listUserOrganizationMemberships` can fail with; its documented status is 403. */
export type ListUserOrganizationMembershipsError = RequestError<403>;

/** The operation, for the request core and the spec-drift test. */
export const endpoint: Endpoint<ListUserOrganizationMembershipsParams, OrganizationMemberships> = {
  method: 'GET',
  params: { 'user_id!': id, ...pageRules },
  response: OrganizationMembershipsSchema,
  build: ({ user_id, ...query }) => ({ path: `/users/${encodeURIComponent(user_id)}/organization_memberships`, query }),
};

/**
 * Lists a user's memberships: the organizations they belong to, with their role in each.
 *
 * @example
 * const r = await listUserOrganizationMemberships(clerk, { user_id: 'user_456' });
 * if (r.ok) for (const m of r.data.data) console.log(m.organization.name, m.role);
 */
export function listUserOrganizationMemberships(
  client: ClerkClient,
  params: ListUserOrganizationMembershipsParams,
  options?: CallOptions,
): Promise<Result<OrganizationMemberships, ListUserOrganizationMembershipsError>> {
  return call(client, endpoint, params, options);
}
