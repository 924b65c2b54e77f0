import type { ClerkClient } from '../client.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { id } from '../params.js';
import { call, type Endpoint, organizationPath } from '../request.js';
import type { Result } from '../result.js';
import { type DeletedObject, DeletedObjectSchema } from '../schemas/deleted-object.js';

/** Params holding just an organization id: `deleteOrganization`, `deleteOrganizationLogo`. */
export interface OrganizationIdParams {
  /** The organization's id. */
  organization_id: string;
}

/** What `deleteOrganization` can fail with; its documented status is 404. */
export type DeleteOrganizationError = RequestError<404>;

/** The operation, for the request core and the spec-drift test. */
export const endpoint: Endpoint<OrganizationIdParams, DeletedObject> = {
  method: 'DELETE',
  params: { 'organization_id!': id },
  response: DeletedObjectSchema,
  build: ({ organization_id }) => ({ path: organizationPath(organization_id) }),
};

/**
 * Deletes an organization with its memberships and invitations. Cannot be undone.
 *
 * @example
 * const r = await deleteOrganization(clerk, { organization_id: 'org_123' });
 * if (r.ok) console.log(r.data.deleted); // true
 */
export function deleteOrganization(
  client: ClerkClient,
  params: OrganizationIdParams,
  options?: CallOptions,
): Promise<Result<DeletedObject, DeleteOrganizationError>> {
  return call(client, endpoint, params, options);
}
