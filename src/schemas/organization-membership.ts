import * as v from 'valibot';
import type { Closed } from './closed.js';
import { MetadataSchema } from './metadata.js';
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

/** The member's public user data: names, image and identifier. */
export type OrganizationMembershipPublicUserData = Closed<typeof OrganizationMembershipPublicUserDataSchema>;

/**
 * A user's membership in an organization, with the organization and the
 * member's public user data (spec 2026-05-12). Unknown fields are kept.
 *
 * @example
 * import * as v from 'valibot';
 * import { OrganizationMembershipSchema } from 'clerk-backend-fetch';
 * const membership = v.parse(OrganizationMembershipSchema, event.data); // an organizationMembership.created webhook
 * console.log(membership.role, membership.public_user_data?.identifier);
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
  created_at: v.pipe(v.number(), v.integer()),
  updated_at: v.pipe(v.number(), v.integer()),
});

/** A user's membership in an organization. */
export type OrganizationMembership = Omit<Closed<typeof OrganizationMembershipSchema>, 'role' | 'organization' | 'public_user_data'> & {
  /** The member's role, e.g. `org:admin` or `org:member`. */
  role: OrganizationRoleKey;
  /** The organization the membership is in. */
  organization: Organization;
  /** The member's public data (optional in the spec). */
  public_user_data?: OrganizationMembershipPublicUserData;
};

/**
 * One page of memberships: `data` plus `total_count`, the number matching
 * in all pages.
 *
 * @example
 * import * as v from 'valibot';
 * import { OrganizationMembershipsSchema } from 'clerk-backend-fetch';
 * const page = v.parse(OrganizationMembershipsSchema, body);
 * console.log(page.total_count);
 */
export const OrganizationMembershipsSchema = v.looseObject({
  data: v.array(OrganizationMembershipSchema),
  total_count: v.pipe(v.number(), v.integer()),
});

/** One page of memberships with the total count. */
export interface OrganizationMemberships {
  /** The memberships of this page. */
  data: OrganizationMembership[];
  /** How many memberships match, in all pages. */
  total_count: number;
}
