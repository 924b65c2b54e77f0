import * as v from 'valibot';
import type { Closed } from './closed.js';

const int = v.pipe(v.number(), v.integer());

/** How users with a matching email join: open to values Clerk may add. */
export type OrganizationEnrollmentMode = 'manual_invitation' | 'automatic_invitation' | 'automatic_suggestion' | 'enterprise_sso' | (string & {});

/** A domain verification; widened fields are in `EVIDENCE.md`. */
const verificationSchema = v.looseObject({
  status: v.string(),
  strategy: v.string(),
  attempts: v.nullable(int),
  expire_at: v.optional(v.nullable(int)),
  verified_at: v.optional(v.nullable(int)),
});

/** A domain verification. */
export interface OrganizationDomainVerification {
  /** `unverified`, `verified`, `failed` or `expired` (open to new values). */
  status: 'unverified' | 'verified' | 'failed' | 'expired' | (string & {});
  /** How the domain is verified. */
  strategy: string;
  /** Attempts made so far. */
  attempts: number | null;
  /** When the verification expires (Unix ms). */
  expire_at?: number | null;
  /** When ownership was verified (Unix ms); only on `ownership_verification`. */
  verified_at?: number | null;
}

/**
 * A verified (or to-be-verified) domain of an organization (spec 2026-05-12). Unknown fields are kept.
 *
 * @example
 * import * as v from 'valibot';
 * import { OrganizationDomainSchema } from 'clerk-backend-fetch';
 * const domain = v.parse(OrganizationDomainSchema, event.data);
 * console.log(domain.name, domain.enrollment_mode, domain.verification?.status);
 */
export const OrganizationDomainSchema = v.looseObject({
  object: v.literal('organization_domain'),
  id: v.string(),
  organization_id: v.string(),
  name: v.string(),
  enrollment_mode: v.string(),
  affiliation_email_address: v.nullable(v.string()),
  affiliation_verification: v.optional(v.nullable(verificationSchema)),
  ownership_verification: v.optional(v.nullable(verificationSchema)),
  verification: v.nullable(verificationSchema),
  total_pending_invitations: int,
  total_pending_suggestions: int,
  public_organization_data: v.optional(
    v.nullable(v.looseObject({ id: v.string(), name: v.string(), slug: v.string(), image_url: v.optional(v.string()), has_image: v.boolean() })),
  ),
  created_at: int,
  updated_at: int,
});

/** An organization's domain. */
export type OrganizationDomain = Omit<
  Closed<typeof OrganizationDomainSchema>,
  'enrollment_mode' | 'verification' | 'affiliation_verification' | 'ownership_verification'
> & {
  /** How users with an email at this domain join. */
  enrollment_mode: OrganizationEnrollmentMode;
  /** Deprecated alias of `affiliation_verification`. */
  verification: OrganizationDomainVerification | null;
  /** The user-facing affiliation's verification. */
  affiliation_verification?: OrganizationDomainVerification | null;
  /** The DNS ownership proof; null until attempted. */
  ownership_verification?: OrganizationDomainVerification | null;
};

/**
 * One page of domains.
 *
 * @example
 * import * as v from 'valibot';
 * import { OrganizationDomainsSchema } from 'clerk-backend-fetch';
 * console.log(v.parse(OrganizationDomainsSchema, body).total_count);
 */
export const OrganizationDomainsSchema = v.looseObject({ data: v.array(OrganizationDomainSchema), total_count: int });

/** One page of domains with the total count. */
export interface OrganizationDomains {
  /** The domains of this page. */
  data: OrganizationDomain[];
  /** How many domains match, in all pages. */
  total_count: number;
}
