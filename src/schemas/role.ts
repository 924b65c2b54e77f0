import * as v from 'valibot';
import { int } from './int.js';
import { type Permission, PermissionSchema } from './permission.js';

/**
 * An organization role's key: what a membership's or an invitation's `role`
 * holds. Clerk's default roles are `org:admin` and `org:member`; a custom
 * role's key is `org:<name>` (e.g. `org:billing_manager`). Instances created
 * before December 2023 may still use the older `admin` and `basic_member`.
 * Any string is accepted: editors suggest the two defaults.
 *
 * @example
 * import type { OrganizationRoleKey } from 'clerk-backend-fetch';
 * const role: OrganizationRoleKey = 'org:admin';
 * const custom: OrganizationRoleKey = 'org:billing_manager';
 *
 * @category Models
 */
export type OrganizationRoleKey = 'org:admin' | 'org:member' | (string & {});

/**
 * An organization role with its permissions (spec 2026-05-12). Read as Clerk
 * sends it: `is_creator_eligible` may be absent (see `EVIDENCE.md`). Unknown
 * fields are kept.
 *
 * @example
 * import * as v from 'valibot';
 * import { RoleSchema } from 'clerk-backend-fetch';
 * const role = v.parse(RoleSchema, event.data); // a role.created webhook
 * console.log(role.key, role.permissions.map((p) => p.key));
 *
 * @category Schemas
 */
export const RoleSchema = v.looseObject({
  object: v.literal('role'),
  id: v.string(),
  name: v.string(),
  key: v.string(),
  description: v.nullable(v.string()),
  is_creator_eligible: v.optional(v.boolean()),
  permissions: v.array(PermissionSchema),
  created_at: int,
  updated_at: int,
});

/**
 * An organization role with its permissions: what `RoleSchema` reads, with
 * `key` typed as an `OrganizationRoleKey`.
 *
 * @category Models
 */
export interface Role {
  /** Always `role`. */
  object: 'role';
  /** The role's id. */
  id: string;
  /** The role's name, e.g. `Billing manager`. */
  name: string;
  /** The role's key, e.g. `org:admin` or `org:billing_manager`. */
  key: OrganizationRoleKey;
  /** What the role is for, if it says. */
  description: string | null;
  /** Whether the role can be the role of an organization's creator; may be absent (see `EVIDENCE.md`). */
  is_creator_eligible?: boolean | undefined;
  /** The permissions the role holds. */
  permissions: Permission[];
  /** When the role was created (Unix ms). */
  created_at: number;
  /** When the role was last updated (Unix ms). */
  updated_at: number;
}

/**
 * One page of roles: `data` plus `total_count`, the number matching in all
 * pages.
 *
 * @example
 * import * as v from 'valibot';
 * import { RolesSchema } from 'clerk-backend-fetch';
 * console.log(v.parse(RolesSchema, body).total_count);
 *
 * @category Schemas
 */
export const RolesSchema = v.looseObject({ data: v.array(RoleSchema), total_count: int });

/**
 * One page of roles with the total count.
 *
 * @category Models
 */
export interface Roles {
  /** The roles of this page. */
  data: Role[];
  /** How many roles match, in all pages. */
  total_count: number;
}
