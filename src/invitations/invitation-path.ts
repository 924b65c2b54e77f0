import { id } from '../params.js';
import { organizationPath } from '../request.js';

/** Params naming one invitation: the organization and the invitation. */
export interface InvitationIdParams {
  /** The organization's id. */
  organization_id: string;
  /** The invitation's id. */
  invitation_id: string;
}

/** The checks for the two ids of an invitation. */
export const invitationIds = { 'organization_id!': id, 'invitation_id!': id } as const;

/** The path of one invitation, each segment percent-encoded. */
export const invitationPath = ({ organization_id, invitation_id }: InvitationIdParams, sub = '') =>
  organizationPath(organization_id, `/invitations/${encodeURIComponent(invitation_id)}${sub}`);
