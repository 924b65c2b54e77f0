import * as v from 'valibot';
import { MetadataSchema } from './metadata.js';

export { MetadataSchema, type Metadata } from './metadata.js';

const int = v.pipe(v.number(), v.integer());

/** The entries of an `Organization`, shared with `OrganizationWithLogo`. */
export const organizationEntries = {
  object: v.literal('organization'),
  id: v.string(),
  name: v.string(),
  slug: v.string(),
  image_url: v.optional(v.string()),
  has_image: v.boolean(),
  members_count: v.optional(int),
  missing_member_with_elevated_permissions: v.optional(v.boolean()),
  pending_invitations_count: v.optional(int),
  max_allowed_memberships: int,
  admin_delete_enabled: v.boolean(),
  public_metadata: MetadataSchema,
  private_metadata: v.optional(MetadataSchema),
  created_by: v.optional(v.string()),
  created_at: int,
  updated_at: int,
  last_active_at: v.optional(int),
  role_set_key: v.optional(v.nullable(v.string())),
};

/**
 * An organization as the Backend API returns it (spec 2026-05-12).
 * Unknown fields are kept, so fields Clerk adds later reach you untouched.
 *
 * @example
 * import * as v from 'valibot';
import { MetadataSchema } from './metadata.js';

export { MetadataSchema, type Metadata } from './metadata.js';
 * import { OrganizationSchema } from 'clerk-backend-fetch';
 * const org = v.parse(OrganizationSchema, JSON.parse(cachedJson));
 */
export const OrganizationSchema = v.looseObject(organizationEntries);

/** An organization as the Backend API returns it. */
export type Organization = v.InferOutput<typeof OrganizationSchema>;
