import * as v from 'valibot';
import type { ClerkClient } from '../client.js';
import type { RequestError } from '../errors.js';
import type { CallOptions } from '../options.js';
import { OrganizationIdParam, paramsObject } from '../params.js';
import { call, organizationPath, type Endpoint } from '../request.js';
import type { Result } from '../result.js';
import { OrganizationWithLogoSchema, type OrganizationWithLogo } from '../schemas/organization-with-logo.js';

/** The largest logo Clerk accepts: 10 MB. */
export const MAX_LOGO_BYTES = 10 * 1024 * 1024;

/** Logo content types accepted client-side; the server has the last word. */
export const LOGO_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/x-icon', 'image/vnd.microsoft.icon'];

/** Params for `uploadOrganizationLogo`: the image as a Blob or File. */
export const UploadOrganizationLogoParamsSchema = paramsObject({
  organization_id: OrganizationIdParam,
  file: v.pipe(
    v.custom<Blob>((file) => typeof Blob === 'function' && file instanceof Blob, 'must be a Blob or File'),
    v.check((file) => file.size <= MAX_LOGO_BYTES, 'must be at most 10 MB'),
    v.check(
      (file) => LOGO_TYPES.includes(file.type.split(';')[0]!.trim().toLowerCase()),
      `must have one of the content types ${LOGO_TYPES.join(', ')}`,
    ),
  ),
  uploader_user_id: v.optional(v.string('must be a string')),
});

/** Params for `uploadOrganizationLogo`. */
export type UploadOrganizationLogoParams = v.InferInput<typeof UploadOrganizationLogoParamsSchema>;

/** What `uploadOrganizationLogo` can fail with; its documented statuses are 400, 403, 404 and 413. */
export type UploadOrganizationLogoError = RequestError<400 | 403 | 404 | 413>;

const endpoint: Endpoint<v.InferOutput<typeof UploadOrganizationLogoParamsSchema>, OrganizationWithLogo> = {
  method: 'PUT',
  params: UploadOrganizationLogoParamsSchema,
  response: OrganizationWithLogoSchema,
  build: ({ organization_id, file, uploader_user_id }) => {
    const form = new FormData();
    form.append('file', file, (file as File).name || 'logo');
    if (uploader_user_id !== undefined) form.append('uploader_user_id', uploader_user_id);
    return { path: organizationPath(organization_id, '/logo'), body: form };
  },
};

/**
 * Uploads an organization's logo as multipart form data (`file`, and
 * `uploader_user_id` when given).
 *
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
