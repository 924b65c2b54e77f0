import type { ClerkClient } from '../client.js';
import type { OrganizationSettingsErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { type Check, flag, integer, nonEmpty, nullable } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type OrganizationSettings, OrganizationSettingsSchema } from '../schemas/organization-settings.js';

/**
 * Params for `updateInstanceOrganizationSettings`; all optional.
 *
 * @category Settings
 */
export interface UpdateInstanceOrganizationSettingsParams {
  /** Organizations on or off for the instance. */
  enabled?: boolean | null | undefined;
  /** The default membership limit of new organizations (0: no limit). */
  max_allowed_memberships?: number | null | undefined;
  /** Whether admins may delete their organization. */
  admin_delete_enabled?: boolean | null | undefined;
  /** Whether organizations may have verified domains. */
  domains_enabled?: boolean | null | undefined;
  /** Whether slugs are turned off. */
  slug_disabled?: boolean | null | undefined;
  /** The enrollment modes domains may use: `automatic_invitation`, `automatic_suggestion`. */
  domains_enrollment_modes?: ('automatic_invitation' | 'automatic_suggestion')[] | undefined;
  /** The id of the role an organization's creator gets. */
  creator_role_id?: string | null | undefined;
  /** The id of the role members joining through a domain get. */
  domains_default_role_id?: string | null | undefined;
}

/** The enrollment modes the instance may allow for domains. */
const modes: Check = (value) =>
  !Array.isArray(value)
    ? 'must be an array of enrollment modes'
    : value.every((mode) => mode === 'automatic_invitation' || mode === 'automatic_suggestion')
      ? undefined
      : 'must hold only "automatic_invitation" and "automatic_suggestion"';

/**
 * What `updateInstanceOrganizationSettings` can fail with; its documented statuses are 400, 402, 403, 404 and 422. Its error codes: {@link OrganizationSettingsErrorCode}.
 *
 * @category Settings
 */
export type UpdateInstanceOrganizationSettingsError = RequestError<400 | 402 | 403 | 404 | 422, OrganizationSettingsErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<UpdateInstanceOrganizationSettingsParams, OrganizationSettings, UpdateInstanceOrganizationSettingsError> = {
  method: 'PATCH',
  path: '/instance/organization_settings',
  params: {
    enabled: nullable(flag),
    max_allowed_memberships: nullable(integer(0)),
    admin_delete_enabled: nullable(flag),
    domains_enabled: nullable(flag),
    slug_disabled: nullable(flag),
    domains_enrollment_modes: modes,
    creator_role_id: nullable(nonEmpty),
    domains_default_role_id: nullable(nonEmpty),
  },
  response: OrganizationSettingsSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<UpdateInstanceOrganizationSettingsError> = {
  operationId: 'UpdateInstanceOrganizationSettings',
  statuses: [400, 402, 403, 404, 422],
};

/**
 * Changes the instance's organization settings; fields left out stay as they are.
 *
 * @category Settings
 * @example
 * const r = await updateInstanceOrganizationSettings(clerk, { max_allowed_memberships: 50, domains_enabled: true });
 * if (r.ok) console.log(r.data.max_allowed_memberships);
 */
export function updateInstanceOrganizationSettings(
  client: ClerkClient,
  params: UpdateInstanceOrganizationSettingsParams,
  options?: CallOptions,
): Promise<Result<OrganizationSettings, UpdateInstanceOrganizationSettingsError>> {
  return call(client, endpoint, params, options);
}
