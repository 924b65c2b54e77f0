import type { ClerkClient } from '../client.js';
import type { OrganizationSettingsErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type OrganizationSettings, OrganizationSettingsSchema } from '../schemas/organization-settings.js';

/**
 * `getInstanceOrganizationSettings` takes no params: `getInstanceOrganizationSettings(clerk)`.
 *
 * @category Settings
 */
export type GetInstanceOrganizationSettingsParams = Record<never, never>;

/**
 * What `getInstanceOrganizationSettings` can fail with; its documented statuses are 402, 404 and 422. Its error codes: {@link OrganizationSettingsErrorCode}.
 *
 * @category Settings
 */
export type GetInstanceOrganizationSettingsError = RequestError<402 | 404 | 422, OrganizationSettingsErrorCode>;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<GetInstanceOrganizationSettingsParams, OrganizationSettings, GetInstanceOrganizationSettingsError> = {
  method: 'GET',
  path: '/instance/organization_settings',
  params: {},
  response: OrganizationSettingsSchema,
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<GetInstanceOrganizationSettingsError> = { operationId: 'GetInstanceOrganizationSettings', statuses: [402, 404, 422] };

/**
 * Fetches the instance's organization settings: whether organizations are on, the default membership limit, domains, slugs, the creator and domain default roles.
 *
 * @category Settings
 * @example
 * const r = await getInstanceOrganizationSettings(clerk);
 * if (r.ok) console.log(r.data.enabled, r.data.max_allowed_memberships);
 */
export function getInstanceOrganizationSettings(
  client: ClerkClient,
  params: GetInstanceOrganizationSettingsParams = {},
  options?: CallOptions,
): Promise<Result<OrganizationSettings, GetInstanceOrganizationSettingsError>> {
  return call(client, endpoint, params, options);
}
