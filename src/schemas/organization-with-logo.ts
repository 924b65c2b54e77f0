import * as v from 'valibot';
import type { Organization } from './organization.js';
import { organizationEntries } from './organization.js';

/**
 * An organization just given a logo: `image_url` is always present;
 * `logo_url` is deprecated by Clerk and may be absent or `null`.
 *
 * @example
 * import * as v from 'valibot';
 * import { OrganizationWithLogoSchema } from 'clerk-backend-fetch';
 * const org = v.parse(OrganizationWithLogoSchema, body);
 * console.log(org.image_url);
 *
 * @category Schemas
 */
export const OrganizationWithLogoSchema = v.looseObject({
  ...organizationEntries,
  image_url: v.string(),
  logo_url: v.optional(v.nullable(v.string())),
});

/**
 * An organization with its logo's `image_url`: what `uploadOrganizationLogo`
 * returns and `OrganizationWithLogoSchema` reads. Every field of
 * `Organization`, with `image_url` always present.
 *
 * @category Models
 */
export interface OrganizationWithLogo extends Organization {
  /** The URL of the organization's logo, just uploaded. */
  image_url: string;
  /** @deprecated Clerk's older name for `image_url`; may be absent or `null`. */
  logo_url?: string | null | undefined;
}
