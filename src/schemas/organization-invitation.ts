import * as v from 'valibot';
import type { Closed } from './closed.js';
import { MetadataSchema } from './metadata.js';
import type { OrganizationRoleKey } from './role.js';

const int = v.pipe(v.number(), v.integer());

/** An invitation's status; open to values Clerk may add. */
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
 */
export const OrganizationInvitationSchema = v.looseObject(invitationEntries);

/** An invitation to join an organization. */
export type OrganizationInvitation = Omit<Closed<typeof OrganizationInvitationSchema>, 'role' | 'status' | 'public_inviter_data'> & {
  /** The role the invitee gets on joining, e.g. `org:member`. */
  role: OrganizationRoleKey;
  /** `pending`, `accepted`, `revoked` or `expired` (open to new values). */
  status?: OrganizationInvitationStatus;
  /** The inviter's public data. */
  public_inviter_data?: OrganizationInvitationPublicUserData;
};

/** The inviter's public data: names, image and identifier. */
export interface OrganizationInvitationPublicUserData {
  user_id: string;
  first_name: string | null;
  last_name: string | null;
  image_url: string;
  has_image: boolean;
  identifier: string;
}

/** An organization's public data: id, name, slug and image. */
export interface OrganizationInvitationPublicOrganizationData {
  id: string;
  name: string;
  slug: string;
  image_url?: string;
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
 */
export const OrganizationInvitationWithPublicOrganizationDataSchema = v.looseObject({
  ...invitationEntries,
  public_organization_data: v.optional(v.nullable(publicOrganizationSchema)),
});

/** An invitation with the organization's public data. */
export type OrganizationInvitationWithPublicOrganizationData = OrganizationInvitation & {
  /** The organization's id, name, slug and image. */
  public_organization_data?: OrganizationInvitationPublicOrganizationData | null;
};

/**
 * One page of an organization's invitations.
 *
 * @example
 * import * as v from 'valibot';
 * import { OrganizationInvitationsSchema } from 'clerk-backend-fetch';
 * console.log(v.parse(OrganizationInvitationsSchema, body).total_count);
 */
export const OrganizationInvitationsSchema = v.looseObject({ data: v.array(OrganizationInvitationSchema), total_count: int });

/** One page of an organization's invitations with the total count. */
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
 */
export const OrganizationInvitationsWithPublicOrganizationDataSchema = v.looseObject({
  data: v.array(OrganizationInvitationWithPublicOrganizationDataSchema),
  total_count: int,
});

/** One page of invitations across organizations with the total count. */
export interface OrganizationInvitationsWithPublicOrganizationData {
  /** The invitations of this page. */
  data: OrganizationInvitationWithPublicOrganizationData[];
  /** How many invitations match, in all pages. */
  total_count: number;
}
