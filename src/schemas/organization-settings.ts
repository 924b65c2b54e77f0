import * as v from 'valibot';
import { int } from './int.js';
import type { OrganizationEnrollmentMode } from './organization-domain.js';
import type { OrganizationRoleKey } from './role.js';

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
 *
 * @category Schemas
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

/**
 * The instance's organization settings: what `OrganizationSettingsSchema`
 * reads, with the role keys and enrollment modes typed as open unions.
 *
 * @category Models
 */
export interface OrganizationSettings {
  /** Always `organization_settings`. */
  object: 'organization_settings';
  /** Whether organizations are enabled for the instance. */
  enabled: boolean;
  /** The membership limit organizations get when created (5 in a new instance). */
  max_allowed_memberships: number;
  /** The most roles the instance allows. */
  max_allowed_roles: number;
  /** The most role sets the instance allows. */
  max_role_sets_allowed?: number | undefined;
  /** The most domains an organization allows; may be absent (see `EVIDENCE.md`). */
  max_allowed_domains?: number | undefined;
  /** @deprecated Permissions are now unlimited; Clerk no longer applies this. */
  max_allowed_permissions?: number;
  /** The role a user gets on creating an organization. */
  creator_role: OrganizationRoleKey;
  /** The default for whether an admin can delete an organization with the Frontend API. */
  admin_delete_enabled: boolean;
  /** Whether organizations can have verified domains. */
  domains_enabled: boolean;
  /** Whether organization slugs are turned off. */
  slug_disabled?: boolean | undefined;
  /** The enrollment modes an organization's domains may use (open to new values). */
  domains_enrollment_modes: OrganizationEnrollmentMode[];
  /** The role used for invitations and suggestions made through a verified domain. */
  domains_default_role: OrganizationRoleKey;
  /** The key of the role set new organizations get; may be absent or `null`. */
  initial_role_set_key?: string | null | undefined;
}
