import * as v from 'valibot';
import type { Closed } from './closed.js';
import type { OrganizationEnrollmentMode } from './organization-domain.js';
import type { OrganizationRoleKey } from './role.js';

const int = v.pipe(v.number(), v.integer());

/**
 * The instance's organization settings (spec 2026-05-12). Read as Clerk sends
 * them: `max_allowed_domains` may be absent (see `EVIDENCE.md`). Unknown
 * fields are kept.
 *
 * @example
 * import * as v from 'valibot';
 * import { OrganizationSettingsSchema } from 'clerk-backend-fetch';
 * const settings = v.parse(OrganizationSettingsSchema, body);
 * console.log(settings.enabled, settings.creator_role, settings.domains_enrollment_modes);
 */
export const OrganizationSettingsSchema = v.looseObject({
  object: v.literal('organization_settings'),
  enabled: v.boolean(),
  max_allowed_memberships: int,
  max_allowed_roles: int,
  max_role_sets_allowed: v.optional(int),
  max_allowed_domains: v.optional(int),
  max_allowed_permissions: v.optional(int),
  creator_role: v.string(),
  admin_delete_enabled: v.boolean(),
  domains_enabled: v.boolean(),
  slug_disabled: v.optional(v.boolean()),
  domains_enrollment_modes: v.array(v.string()),
  domains_default_role: v.string(),
  initial_role_set_key: v.optional(v.nullable(v.string())),
});

/** The instance's organization settings. */
export type OrganizationSettings = Omit<
  Closed<typeof OrganizationSettingsSchema>,
  'creator_role' | 'domains_enrollment_modes' | 'domains_default_role' | 'max_allowed_permissions'
> & {
  /** The role a user gets on creating an organization. */
  creator_role: OrganizationRoleKey;
  /** The enrollment modes an organization's domains may use (open to new values). */
  domains_enrollment_modes: OrganizationEnrollmentMode[];
  /** The role used for invitations and suggestions made through a verified domain. */
  domains_default_role: OrganizationRoleKey;
  /** @deprecated Permissions are now unlimited; Clerk no longer applies this. */
  max_allowed_permissions?: number;
};
