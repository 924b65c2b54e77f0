import * as v from 'valibot';
import type { Closed } from './closed.js';
import { MetadataSchema } from './metadata.js';

export { type Metadata, MetadataSchema } from './metadata.js';

const int = v.pipe(v.number(), v.integer());

/**
 * The entries of an `Organization`, shared with `OrganizationWithLogo`.
 * Read as Clerk sends them: the fields widened beyond the spec (`null`
 * metadata, `members_count`, `created_by`, `image_url`) are listed with their
 * evidence in `EVIDENCE.md` beside this file.
 */
export const organizationEntries = {
  object: v.literal('organization'),
  id: v.string(),
  name: v.string(),
  slug: v.string(),
  image_url: v.optional(v.nullable(v.string())),
  has_image: v.boolean(),
  members_count: v.optional(v.nullable(int)),
  missing_member_with_elevated_permissions: v.optional(v.boolean()),
  pending_invitations_count: v.optional(int),
  max_allowed_memberships: int,
  admin_delete_enabled: v.boolean(),
  public_metadata: v.nullable(MetadataSchema),
  private_metadata: v.optional(v.nullable(MetadataSchema)),
  created_by: v.optional(v.nullable(v.string())),
  created_at: int,
  updated_at: int,
  last_active_at: v.optional(int),
  role_set_key: v.optional(v.nullable(v.string())),
};

/**
 * An organization as the Backend API returns it (spec 2026-05-12, widened
 * where Clerk sends `null`). Unknown fields are kept, so fields Clerk adds
 * later reach you untouched.
 *
 * @example
 * import * as v from 'valibot';
 * import { OrganizationSchema } from 'clerk-backend-fetch';
 * const org = v.parse(OrganizationSchema, JSON.parse(cachedJson));
 * const plan = org.public_metadata?.plan; // metadata may be null
 */
export const OrganizationSchema = v.looseObject(organizationEntries);

/** An organization as the Backend API returns it. */
export type Organization = Closed<typeof OrganizationSchema>;
