import type { ClerkClient } from '../client.js';
import type { OrganizationErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { integer, metadata, nonEmpty, nullable, slug, text } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import type { Metadata } from '../schemas/organization.js';
import { type Organization, OrganizationSchema } from '../schemas/organization.js';

/**
 * Params for `createOrganization`: the JSON body; only `name` is required.
 *
 * @category Organizations
 */
export interface CreateOrganizationParams {
  /** The name; no URLs or HTML, at most 256 characters. */
  name: string;
  /** The user who becomes the organization's admin. */
  created_by?: string | null | undefined;
  /** Metadata only the Backend API can read. */
  private_metadata?: Metadata | null | undefined;
  /** Metadata the Frontend API can read but not write. */
  public_metadata?: Metadata | null | undefined;
  /** Lowercase letters, digits and "-", unique in the instance; derived from the name when left out. */
  slug?: string | null | undefined;
  /** The most members allowed (0 for no limit per Clerk's settings). */
  max_allowed_memberships?: number | null | undefined;
  /** An RFC3339 date-time to record as the creation time. */
  created_at?: string | null | undefined;
  /** The key of the role set to assign. */
  role_set_key?: string | null | undefined;
}

/**
 * What `createOrganization` can fail with; its documented statuses are 400, 402, 403 and 422. Its error codes: {@link OrganizationErrorCode}.
 *
 * @category Organizations
 */
export type CreateOrganizationError = RequestError<400 | 402 | 403 | 422, OrganizationErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<CreateOrganizationParams, Organization, CreateOrganizationError> = {
  method: 'POST',
  path: '/organizations',
  params: {
    'name!': nonEmpty,
    created_by: nullable(text),
    private_metadata: nullable(metadata),
    public_metadata: nullable(metadata),
    slug: nullable(slug),
    max_allowed_memberships: nullable(integer(0)),
    created_at: nullable(text),
    role_set_key: nullable(text),
  },
  response: OrganizationSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<CreateOrganizationError> = { operationId: 'CreateOrganization', statuses: [400, 402, 403, 422] };

/**
 * Creates an organization. `created_by` becomes its admin. Not retried on
 * 5xx or network errors (it may have been created); retried on 429.
 *
 * @category Organizations
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
