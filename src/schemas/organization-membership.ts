import * as v from 'valibot';
import { int } from './int.js';
import { type Metadata, MetadataSchema } from './metadata.js';
import { type Organization, OrganizationSchema } from './organization.js';
import type { OrganizationRoleKey } from './role.js';

const maybeString = v.optional(v.nullable(v.string()));

/**
 * The member's public user data inside a membership. Read as Clerk sends it:
 * `identifier` may be null or absent and the deprecated `profile_image_url`
 * absent (see `EVIDENCE.md`); unknown fields are kept.
 *
 * @example
 * import * as v from 'valibot';
 * import { OrganizationMembershipPublicUserDataSchema } from 'clerk-backend-fetch';
 * v.is(OrganizationMembershipPublicUserDataSchema, { user_id: 'user_1', first_name: null, last_name: null, image_url: '', has_image: false }); // true
 *
 * @category Schemas
 */
export const OrganizationMembershipPublicUserDataSchema = v.looseObject({
  user_id: v.string(),
  first_name: v.nullable(v.string()),
  last_name: v.nullable(v.string()),
  profile_image_url: maybeString,
  image_url: v.string(),
  has_image: v.boolean(),
  identifier: maybeString,
  username: maybeString,
  banned: v.optional(v.boolean()),
  deprovisioned: v.optional(v.boolean()),
});

/**
 * The member's public user data: names, image and identifier. What
 * `OrganizationMembershipPublicUserDataSchema` reads.
 *
 * @category Models
 */
export interface OrganizationMembershipPublicUserData {
  /** The member's user id. */
  user_id: string;
  /** The member's first name, if set. */
  first_name: string | null;
  /** The member's last name, if set. */
  last_name: string | null;
  /** @deprecated Clerk's older name for `image_url`; may be absent or `null`. */
  profile_image_url?: string | null | undefined;
  /** The URL of the member's image. */
  image_url: string;
  /** Whether the member has an image of their own. */
  has_image: boolean;
  /** The member's identifier, e.g. their email address; may be absent or `null`. */
  identifier?: string | null | undefined;
  /** The member's username, if set. */
  username?: string | null | undefined;
  /** Whether the user is banned. */
  banned?: boolean | undefined;
  /** Whether the user has been deprovisioned. */
  deprovisioned?: boolean | undefined;
}

/**
 * A user's membership in an organization, with the organization and the
 * member's public user data (spec 2026-05-12). Unknown fields are kept.
 *
 * @example
 * import * as v from 'valibot';
 * import { OrganizationMembershipSchema } from 'clerk-backend-fetch';
 * const membership = v.parse(OrganizationMembershipSchema, event.data); // an organizationMembership.created webhook
 * console.log(membership.role, membership.public_user_data?.identifier);
 *
 * @category Schemas
 */
export const OrganizationMembershipSchema = v.looseObject({
  object: v.literal('organization_membership'),
  id: v.string(),
  role: v.string(),
  role_name: v.optional(v.string()),
  permissions: v.array(v.string()),
  public_metadata: MetadataSchema,
  private_metadata: v.optional(MetadataSchema),
  organization: OrganizationSchema,
  public_user_data: v.optional(OrganizationMembershipPublicUserDataSchema),
  created_at: int,
  updated_at: int,
});

/**
 * A user's membership in an organization: what `OrganizationMembershipSchema`
 * reads, with `role` typed as an `OrganizationRoleKey`.
 *
 * @category Models
 */
export interface OrganizationMembership {
  /** Always `organization_membership`. */
  object: 'organization_membership';
  /** The membership's id. */
  id: string;
  /** The member's role, e.g. `org:admin` or `org:member`. */
  role: OrganizationRoleKey;
  /** The role's name, e.g. `Admin`. */
  role_name?: string | undefined;
  /** The permissions the member holds through the role, e.g. `org:sys_memberships:manage`. */
  permissions: string[];
  /** Metadata on the membership that your frontend and backend both see. */
  public_metadata: Metadata;
  /** Metadata on the membership that only your backend sees. */
  private_metadata?: Metadata | undefined;
  /** The organization the membership is in. */
  organization: Organization;
  /** The member's public data (optional in the spec). */
  public_user_data?: OrganizationMembershipPublicUserData;
  /** When the membership was created (Unix ms). */
  created_at: number;
  /** When the membership was last updated (Unix ms). */
  updated_at: number;
}

/**
 * One page of memberships: `data` plus `total_count`, the number matching
 * in all pages.
 *
 * @example
 * import * as v from 'valibot';
 * import { OrganizationMembershipsSchema } from 'clerk-backend-fetch';
 * const page = v.parse(OrganizationMembershipsSchema, body);
 * console.log(page.total_count);
 *
 * @category Schemas
 */
export const OrganizationMembershipsSchema = v.looseObject({
  data: v.array(OrganizationMembershipSchema),
  total_count: int,
});

/**
 * One page of memberships with the total count.
 *
 * @category Models
 */
export interface OrganizationMemberships {
  /** The memberships of this page. */
  data: OrganizationMembership[];
  /** How many memberships match, in all pages. */
  total_count: number;
}
