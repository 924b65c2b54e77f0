import { id } from '../params.js';

/** Params naming one membership: the organization and the member. */
export interface MembershipParams {
  /** The organization's id. */
  organization_id: string;
  /** The member's user id. */
  user_id: string;
}

/** The checks for the two ids of a membership. */
export const membershipIds = { 'organization_id!': id, 'user_id!': id } as const;
