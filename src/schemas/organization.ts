import * as v from 'valibot';
import { int } from './int.js';
import { type Metadata, MetadataSchema } from './metadata.js';

export { type Metadata, MetadataSchema } from './metadata.js';

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
 *
 * @category Schemas
 */
export const OrganizationSchema = v.looseObject(organizationEntries);

/**
 * An organization as the Backend API returns it: what `OrganizationSchema`
 * reads (spec 2026-05-12, widened where Clerk sends `null`, see
 * `EVIDENCE.md`). Only these fields type-check; the value keeps any other
 * field Clerk sends (reach it through `WithUnknownFields`).
 *
 * @category Models
 */
export interface Organization {
  /** Always `organization`. */
  object: 'organization';
  /** The organization's id, e.g. `org_2b…`. */
  id: string;
  /** The organization's name. */
  name: string;
  /** The organization's slug: lowercase letters, digits and `-`, unique in the instance. */
  slug: string;
  /** The URL of the organization's image (its logo, else Clerk's default); may be absent or `null`. */
  image_url?: string | null | undefined;
  /** Whether the organization has a logo of its own. */
  has_image: boolean;
  /**
   * How many members the organization has: only when asked for (`include_members_count`); may be `null`.
   */
  members_count?: number | null | undefined;
  /**
   * Whether a user with elevated permissions is not a member of the organization: only when asked for
   * (`include_missing_member_with_elevated_permissions`).
   */
  missing_member_with_elevated_permissions?: boolean | undefined;
  /** How many invitations to the organization are pending. */
  pending_invitations_count?: number | undefined;
  /** The most memberships the organization allows: adding a member past it is refused (`organization_membership_quota_exceeded`). */
  max_allowed_memberships: number;
  /** Whether an admin can delete the organization with the Frontend API. */
  admin_delete_enabled: boolean;
  /**
   * Metadata visible to your frontend and backend: read-only from the Frontend API, read and written from the
   * Backend API. May be `null` (Clerk can store a JSON `null`).
   */
  public_metadata: Metadata | null;
  /** Metadata only your backend sees (the Backend API alone reads and writes it). May be absent or `null`. */
  private_metadata?: Metadata | null | undefined;
  /** The id of the user who created the organization and became its admin; may be absent or `null`. */
  created_by?: string | null | undefined;
  /** When the organization was created (Unix ms). */
  created_at: number;
  /** When the organization was last updated (Unix ms). */
  updated_at: number;
  /** When the organization was last active (Unix ms). */
  last_active_at?: number | undefined;
  /** The key of the role set assigned to the organization (e.g. `role_set:default`); may be absent or `null`. */
  role_set_key?: string | null | undefined;
}
