import * as v from 'valibot';
import { int } from './int.js';
import { type Metadata, MetadataSchema } from './metadata.js';
import type { OrganizationRoleKey } from './role.js';

/**
 * An invitation's status; open to values Clerk may add.
 *
 * @category Models
 */
export type OrganizationInvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired' | (string & {});

/** The inviter's public data inside an invitation. */
const inviterSchema = v.looseObject({
  user_id: v.string(),
  first_name: v.nullable(v.string()),
  last_name: v.nullable(v.string()),
  image_url: v.string(),
  has_image: v.boolean(),
  identifier: v.string(),
});

/** The organization's public data inside an invitation listed across organizations. */
const publicOrganizationSchema = v.looseObject({
  id: v.string(),
  name: v.string(),
  slug: v.string(),
  image_url: v.optional(v.string()),
  has_image: v.boolean(),
});

/** The entries of an invitation, shared by both invitation schemas; widened fields are in `EVIDENCE.md`. */
const invitationEntries = {
  object: v.literal('organization_invitation'),
  id: v.string(),
  email_address: v.string(),
  role: v.string(),
  role_name: v.string(),
  organization_id: v.optional(v.string()),
  inviter_id: v.optional(v.nullable(v.string())),
  public_inviter_data: v.optional(inviterSchema),
  status: v.optional(v.string()),
  public_metadata: MetadataSchema,
  private_metadata: v.optional(MetadataSchema),
  url: v.nullable(v.string()),
  expires_at: v.nullable(int),
  created_at: int,
  updated_at: int,
};

/**
 * An invitation to join an organization (spec 2026-05-12). Unknown fields are kept.
 *
 * @example
 * import * as v from 'valibot';
 * import { OrganizationInvitationSchema } from 'clerk-backend-fetch';
 * const invitation = v.parse(OrganizationInvitationSchema, event.data);
 * if (invitation.status === 'pending') console.log(invitation.email_address);
 *
 * @category Schemas
 */
export const OrganizationInvitationSchema = v.looseObject(invitationEntries);

/**
 * An invitation to join an organization: what `OrganizationInvitationSchema`
 * reads, with `role` and `status` typed as open unions.
 *
 * @category Models
 */
export interface OrganizationInvitation {
  /** Always `organization_invitation`. */
  object: 'organization_invitation';
  /** The invitation's id. */
  id: string;
  /** The email address the invitation was sent to. */
  email_address: string;
  /** The role the invitee gets on joining, e.g. `org:member`. */
  role: OrganizationRoleKey;
  /** The role's name, e.g. `Member`. */
  role_name: string;
  /** The id of the organization the invitation is to; may be absent (see `EVIDENCE.md`). */
  organization_id?: string | undefined;
  /** The id of the user who sent the invitation; may be absent or `null` (see `EVIDENCE.md`). */
  inviter_id?: string | null | undefined;
  /** The inviter's public data; may be absent (see `EVIDENCE.md`). */
  public_inviter_data?: OrganizationInvitationPublicUserData;
  /** `pending`, `accepted`, `revoked` or `expired` (open to new values). */
  status?: OrganizationInvitationStatus;
  /**
   * Metadata read-only from the Frontend API, read and written from the Backend API; passed on to the membership
   * when the invitation is accepted.
   */
  public_metadata: Metadata;
  /** Metadata only your backend sees; passed on to the membership when the invitation is accepted. */
  private_metadata?: Metadata | undefined;
  /** A URL of the invitation, when Clerk sets one (the spec does not say more). */
  url: string | null;
  /** When the invitation expires (Unix ms), if it does. */
  expires_at: number | null;
  /** When the invitation was created (Unix ms). */
  created_at: number;
  /** When the invitation was last updated (Unix ms). */
  updated_at: number;
}

/**
 * The inviter's public data: names, image and identifier.
 *
 * @category Models
 */
export interface OrganizationInvitationPublicUserData {
  /** The inviter's user id. */
  user_id: string;
  /** The inviter's first name, if set. */
  first_name: string | null;
  /** The inviter's last name, if set. */
  last_name: string | null;
  /** The URL of the inviter's image. */
  image_url: string;
  /** Whether the inviter has an image of their own. */
  has_image: boolean;
  /** The inviter's identifier, e.g. their email address. */
  identifier: string;
}

/**
 * An organization's public data: id, name, slug and image.
 *
 * @category Models
 */
export interface OrganizationInvitationPublicOrganizationData {
  /** The organization's id. */
  id: string;
  /** The organization's name. */
  name: string;
  /** The organization's slug. */
  slug: string;
  /** The URL of the organization's image. */
  image_url?: string;
  /** Whether the organization has a logo of its own. */
  has_image: boolean;
}

/**
 * An invitation with the organization's public data, as the instance and user lists send it.
 *
 * @example
 * import * as v from 'valibot';
 * import { OrganizationInvitationWithPublicOrganizationDataSchema } from 'clerk-backend-fetch';
 * const invitation = v.parse(OrganizationInvitationWithPublicOrganizationDataSchema, body.data[0]);
 * console.log(invitation.public_organization_data?.name);
 *
 * @category Schemas
 */
export const OrganizationInvitationWithPublicOrganizationDataSchema = v.looseObject({
  ...invitationEntries,
  public_organization_data: v.optional(v.nullable(publicOrganizationSchema)),
});

/**
 * An invitation with the organization's public data: every field of
 * `OrganizationInvitation` and `public_organization_data`.
 *
 * @category Models
 */
export interface OrganizationInvitationWithPublicOrganizationData extends OrganizationInvitation {
  /** The organization's id, name, slug and image; may be absent or `null`. */
  public_organization_data?: OrganizationInvitationPublicOrganizationData | null;
}

/**
 * One page of an organization's invitations.
 *
 * @example
 * import * as v from 'valibot';
 * import { OrganizationInvitationsSchema } from 'clerk-backend-fetch';
 * console.log(v.parse(OrganizationInvitationsSchema, body).total_count);
 *
 * @category Schemas
 */
export const OrganizationInvitationsSchema = v.looseObject({ data: v.array(OrganizationInvitationSchema), total_count: int });

/**
 * One page of an organization's invitations with the total count.
 *
 * @category Models
 */
export interface OrganizationInvitations {
  /** The invitations of this page. */
  data: OrganizationInvitation[];
  /** How many invitations match, in all pages. */
  total_count: number;
}

/**
 * One page of invitations across organizations, each with its organization's public data.
 *
 * @example
 * import * as v from 'valibot';
 * import { OrganizationInvitationsWithPublicOrganizationDataSchema } from 'clerk-backend-fetch';
 * console.log(v.parse(OrganizationInvitationsWithPublicOrganizationDataSchema, body).total_count);
 *
 * @category Schemas
 */
export const OrganizationInvitationsWithPublicOrganizationDataSchema = v.looseObject({
  data: v.array(OrganizationInvitationWithPublicOrganizationDataSchema),
  total_count: int,
});

/**
 * One page of invitations across organizations with the total count.
 *
 * @category Models
 */
export interface OrganizationInvitationsWithPublicOrganizationData {
  /** The invitations of this page. */
  data: OrganizationInvitationWithPublicOrganizationData[];
  /** How many invitations match, in all pages. */
  total_count: number;
}
