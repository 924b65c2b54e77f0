import type { ClerkClient } from '../client.js';
import type { OrganizationErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { flag, integer, nonEmpty, nullable, pathId, slug, text } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type Organization, OrganizationSchema } from '../schemas/organization.js';

/**
 * Params for `updateOrganization`: the id plus the fields to change. Since
 * API 2026-05-12 metadata is not accepted here: use the metadata functions.
 *
 * @category Organizations
 */
export interface UpdateOrganizationParams {
  /** The organization's id. */
  organization_id: string;
  /** The new name; no URLs or HTML, at most 256 characters. */
  name?: string | null | undefined;
  /** The new slug, unique in the instance. */
  slug?: string | null | undefined;
  /** The most members allowed. */
  max_allowed_memberships?: number | null | undefined;
  /** Whether an admin may delete the organization through the Frontend API. */
  admin_delete_enabled?: boolean | null | undefined;
  /** An RFC3339 date-time to record as the creation time. */
  created_at?: string | null | undefined;
  /** The key of the role set to assign. */
  role_set_key?: string | null | undefined;
}

/**
 * What `updateOrganization` can fail with; its documented statuses are 400, 402, 403, 404 and 422. Its error codes: {@link OrganizationErrorCode}.
 *
 * @category Organizations
 */
export type UpdateOrganizationError = RequestError<400 | 402 | 403 | 404 | 422, OrganizationErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<UpdateOrganizationParams, Organization, UpdateOrganizationError> = {
  method: 'PATCH',
  path: '/organizations/{organization_id}',
  params: {
    'organization_id!': pathId,
    name: nullable(nonEmpty),
    slug: nullable(slug),
    max_allowed_memberships: nullable(integer(0)),
    admin_delete_enabled: nullable(flag),
    created_at: nullable(text),
    role_set_key: nullable(text),
  },
  response: OrganizationSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<UpdateOrganizationError> = { operationId: 'UpdateOrganization', statuses: [400, 402, 403, 404, 422] };

/**
 * Changes an organization's name, slug, membership limit and settings.
 *
 * @category Organizations
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
