import { oneOf, pathId } from '../params.js';

/**
 * Params naming one domain: the organization and the domain.
 *
 * @category Domains
 */
export interface DomainIdParams {
  /** The organization's id. */
  organization_id: string;
  /** The domain's id. */
  domain_id: string;
}

/** The checks for the two ids of a domain. */
export const domainIds = { 'organization_id!': pathId, 'domain_id!': pathId } as const;

/**
 * The enrollment modes a domain can be given.
 *
 * @category Domains
 */
export type EnrollmentModeInput = 'manual_invitation' | 'automatic_invitation' | 'automatic_suggestion' | 'enterprise_sso';

const MODES = ['manual_invitation', 'automatic_invitation', 'automatic_suggestion', 'enterprise_sso'];

/** Checks an enrollment mode. */
export const enrollmentMode = oneOf(MODES);

/** Checks an enrollment-mode filter: a mode, or a mode prefixed `-` to exclude it. */
export const enrollmentModeFilter = oneOf([...MODES, ...MODES.map((mode) => `-${mode}`)]);
