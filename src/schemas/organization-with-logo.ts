import * as v from 'valibot';
import type { Closed } from './closed.js';
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
 */
export const OrganizationWithLogoSchema = v.looseObject({
  ...organizationEntries,
  image_url: v.string(),
  logo_url: v.optional(v.nullable(v.string())),
});

/** An organization with its logo's `image_url`. */
export type OrganizationWithLogo = Closed<typeof OrganizationWithLogoSchema>;
