import * as v from 'valibot';
import { int } from './int.js';

/**
 * How users with a matching email join: open to values Clerk may add.
 *
 * @category Models
 */
export type OrganizationEnrollmentMode = 'manual_invitation' | 'automatic_invitation' | 'automatic_suggestion' | 'enterprise_sso' | (string & {});

/** A domain verification; widened fields are in `EVIDENCE.md`. */
const verificationSchema = v.looseObject({
  status: v.string(),
  strategy: v.string(),
  attempts: v.nullable(int),
  expire_at: v.optional(v.nullable(int)),
  verified_at: v.optional(v.nullable(int)),
});

/**
 * A domain verification: the affiliation's (a user's email at the domain) or
 * the ownership's (a DNS proof).
 *
 * @category Models
 */
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
 *
 * @category Schemas
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

/**
 * An organization's domain: what `OrganizationDomainSchema` reads, with
 * `enrollment_mode` and the verifications' `status` typed as open unions.
 *
 * @category Models
 */
export interface OrganizationDomain {
  /** Always `organization_domain`. */
  object: 'organization_domain';
  /** The domain's id. */
  id: string;
  /** The id of the organization the domain belongs to. */
  organization_id: string;
  /** The domain's name, e.g. `example.com`. */
  name: string;
  /** How users with an email at this domain join. */
  enrollment_mode: OrganizationEnrollmentMode;
  /** The email address used to verify the affiliation, if any. */
  affiliation_email_address: string | null;
  /** The user-facing affiliation's verification (e.g. `affiliation_email_code`). */
  affiliation_verification?: OrganizationDomainVerification | null;
  /** The DNS ownership proof (a TXT challenge or a dashboard override); null until attempted. */
  ownership_verification?: OrganizationDomainVerification | null;
  /**
   * Deprecated by Clerk as an alias of `affiliation_verification`, to be removed in its next API version; the one of
   * the two every answer carries (see `EVIDENCE.md`).
   */
  verification: OrganizationDomainVerification | null;
  /** How many invitations made through this domain are pending. */
  total_pending_invitations: number;
  /** How many suggestions made through this domain are pending. */
  total_pending_suggestions: number;
  /** The organization's public data; other fields Clerk sends in it are kept, typed `unknown`. */
  public_organization_data?:
    | {
        /** The organization's id. */
        id: string;
        /** The organization's name. */
        name: string;
        /** The organization's slug. */
        slug: string;
        /** The URL of the organization's image. */
        image_url?: string | undefined;
        /** Whether the organization has a logo of its own. */
        has_image: boolean;
        /** Any other field Clerk sends. */
        [field: string]: unknown;
      }
    | null
    | undefined;
  /** When the domain was created (Unix ms). */
  created_at: number;
  /** When the domain was last updated (Unix ms). */
  updated_at: number;
}

/**
 * One page of domains.
 *
 * @example
 * import * as v from 'valibot';
 * import { OrganizationDomainsSchema } from 'clerk-backend-fetch';
 * console.log(v.parse(OrganizationDomainsSchema, body).total_count);
 *
 * @category Schemas
 */
export const OrganizationDomainsSchema = v.looseObject({ data: v.array(OrganizationDomainSchema), total_count: int });

/**
 * One page of domains with the total count.
 *
 * @category Models
 */
export interface OrganizationDomains {
  /** The domains of this page. */
  data: OrganizationDomain[];
  /** How many domains match, in all pages. */
  total_count: number;
}
