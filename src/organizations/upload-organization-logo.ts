import type { ClerkClient } from '../client.js';
import type { OrganizationErrorCode } from '../error-codes.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { type Check, pathId, text } from '../params.js';
import { call, type Endpoint, type Operation } from '../request.js';
import type { Result } from '../result.js';
import { type OrganizationWithLogo, OrganizationWithLogoSchema } from '../schemas/organization-with-logo.js';

/** Logo content types accepted client-side; the server has the last word. */
const LOGO_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/x-icon', 'image/vnd.microsoft.icon'];

/**
 * Params for `uploadOrganizationLogo`.
 *
 * @category Organizations
 */
export interface UploadOrganizationLogoParams {
  /** The organization's id. */
  organization_id: string;
  /** The image, at most 10 MB: jpeg, png, gif, webp or x-icon. A File keeps its name; a Blob is sent as "logo". */
  file: Blob;
  /** The user credited with the upload. */
  uploader_user_id?: string | undefined;
}

/**
 * What `uploadOrganizationLogo` can fail with; its documented statuses are 400, 403, 404 and 413. Its error codes: {@link OrganizationErrorCode}.
 *
 * @category Organizations
 */
export type UploadOrganizationLogoError = RequestError<400 | 403 | 404 | 413, OrganizationErrorCode>;

const logo: Check = (file) =>
  typeof Blob !== 'function' || !(file instanceof Blob)
    ? 'must be a Blob or File'
    : file.size > 10 * 1024 * 1024
      ? 'must be at most 10 MB'
      : !LOGO_TYPES.includes(file.type.split(';')[0]!.trim().toLowerCase())
        ? `must have one of the content types ${LOGO_TYPES.join(', ')}`
        : undefined;

/** The operation as data, read by the request core and the registry. */
export const endpoint: Endpoint<UploadOrganizationLogoParams, OrganizationWithLogo, UploadOrganizationLogoError> = {
  method: 'PUT',
  path: '/organizations/{organization_id}/logo',
  params: { 'organization_id!': pathId, 'file!': logo, uploader_user_id: text },
  response: OrganizationWithLogoSchema,
  body: ({ file, uploader_user_id }) => {
    const form = new FormData();
    form.append('file', file, (file as File).name || 'logo');
    if (uploader_user_id !== undefined) form.append('uploader_user_id', uploader_user_id);
    return form;
  },
};

/** Where the operation stands in Clerk's spec: for the registry, not for bundles. */
export const operation: Operation<UploadOrganizationLogoError> = { operationId: 'UploadOrganizationLogo', statuses: [400, 403, 404, 413] };

/**
 * Uploads an organization's logo as multipart form data (`file`, and
 * `uploader_user_id` when given).
 *
 * @category Organizations
 * @example
 * const file = new File([bytes], 'logo.png', { type: 'image/png' });
 * const r = await uploadOrganizationLogo(clerk, { organization_id: 'org_123', file, uploader_user_id: 'user_123' });
 * if (r.ok) console.log(r.data.image_url);
 */
export function uploadOrganizationLogo(
  client: ClerkClient,
  params: UploadOrganizationLogoParams,
  options?: CallOptions,
): Promise<Result<OrganizationWithLogo, UploadOrganizationLogoError>> {
  return call(client, endpoint, params, options);
}
