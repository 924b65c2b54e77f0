import { email, flag, integer, metadata, nonEmpty, nullable, oneOf, pathId, type RulesFor, text } from '../params.js';
import type { Metadata } from '../schemas/metadata.js';
import type { OrganizationRoleKey } from '../schemas/role.js';

/**
 * What one invitation sends: the email and role, and optional extras.
 *
 * @category Invitations
 */
export interface InvitationInput {
  /** Who is invited. */
  email_address: string;
  /** The role they get on joining, e.g. `org:member`. */
  role: OrganizationRoleKey;
  /** The admin who invites; must be an administrator of the organization. */
  inviter_user_id?: string | null | undefined;
  /** Metadata moved to the membership on acceptance, readable from the Frontend API. */
  public_metadata?: Metadata | null | undefined;
  /** Metadata moved to the membership on acceptance, Backend API only. */
  private_metadata?: Metadata | null | undefined;
  /** Where the invitee lands after accepting. */
  redirect_url?: string | null | undefined;
  /** Days the invitation stays valid, 1 to 365 (default 30). */
  expires_in_days?: number | null | undefined;
  /** Send the invitation email (default true). */
  notify?: boolean | null | undefined;
}

/** The checks of one invitation. */
export const invitationRules: RulesFor<InvitationInput> = {
  'email_address!': email,
  'role!': nonEmpty,
  inviter_user_id: nullable(text),
  public_metadata: nullable(metadata),
  private_metadata: nullable(metadata),
  redirect_url: nullable(text),
  expires_in_days: nullable(integer(1, 365)),
  notify: nullable(flag),
};

/** The statuses an invitation list can be filtered by. */
export const invitationStatus = oneOf(['pending', 'accepted', 'revoked', 'expired']);

/**
 * How invitations can be sorted: by creation or email, ascending (no prefix or `+`) or descending (`-`).
 *
 * @category Invitations
 */
export type InvitationOrderBy = `${'' | '+' | '-'}${'created_at' | 'email_address'}`;

/** Checks an `InvitationOrderBy`. */
export const invitationOrderBy = oneOf(['created_at', '+created_at', '-created_at', 'email_address', '+email_address', '-email_address']);

/**
 * Params naming one invitation: the organization and the invitation.
 *
 * @category Invitations
 */
export interface InvitationIdParams {
  /** The organization's id. */
  organization_id: string;
  /** The invitation's id. */
  invitation_id: string;
}

/** The checks for the two ids of an invitation. */
export const invitationIds = { 'organization_id!': pathId, 'invitation_id!': pathId } as const;
