import { type Check, pathId } from '../params.js';

/**
 * Params naming one membership: the organization and the member.
 *
 * @category Memberships
 */
export interface MembershipParams {
  /** The organization's id. */
  organization_id: string;
  /** The member's user id. */
  user_id: string;
}

/** The checks for the two ids of a membership. */
export const membershipIds = { 'organization_id!': pathId, 'user_id!': pathId } as const;

/**
 * How memberships can be sorted: a field, ascending (no prefix or `+`) or descending (`-`).
 *
 * @category Memberships
 */
export type MembershipOrderBy = `${'' | '+' | '-'}${'phone_number' | 'email_address' | 'created_at' | 'first_name' | 'last_name' | 'username'}`;

/** Checks a `MembershipOrderBy`. */
export const membershipOrderBy: Check = (value) =>
  typeof value === 'string' && /^[+-]?(phone_number|email_address|created_at|first_name|last_name|username)$/.test(value)
    ? undefined
    : 'must be phone_number, email_address, created_at, first_name, last_name or username, with an optional + or - before it';
