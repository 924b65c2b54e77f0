import * as v from 'valibot';
import { int } from './int.js';
import type { OrganizationRoleKey } from './role.js';

/**
 * A role set's type: `initial` (the one new organizations get) or `custom`; open to values Clerk may add.
 *
 * @category Models
 */
export type RoleSetType = 'initial' | 'custom' | (string & {});

/** A role within a role set. */
const roleSetItemSchema = v.looseObject({
  object: v.literal('role_set_item'),
  id: v.string(),
  name: v.string(),
  key: v.string(),
  description: v.nullable(v.string()),
  members_count: v.optional(v.nullable(int)),
  has_members: v.optional(v.nullable(v.boolean())),
  created_at: int,
  updated_at: int,
});

/**
 * A role within a role set.
 *
 * @category Models
 */
export interface RoleSetItem {
  /** Always `role_set_item`. */
  object: 'role_set_item';
  /** The role's id. */
  id: string;
  /** The role's name. */
  name: string;
  /** The role's key, e.g. `org:admin` or `org:member`. */
  key: OrganizationRoleKey;
  /** The role's description, if it has one. */
  description: string | null;
  /** How many members hold this role within the role set. */
  members_count?: number | null;
  /** Whether any member holds this role within the role set. */
  has_members?: boolean | null;
  /** When the role was created (Unix ms). */
  created_at: number;
  /** When the role was last updated (Unix ms). */
  updated_at: number;
}

/** A migration of members from one role set to another. */
const roleSetMigrationSchema = v.looseObject({
  object: v.literal('role_set_migration'),
  id: v.string(),
  organization_id: v.optional(v.nullable(v.string())),
  instance_id: v.string(),
  source_role_set_id: v.string(),
  dest_role_set_id: v.optional(v.nullable(v.string())),
  trigger_type: v.string(),
  status: v.string(),
  migrated_members: int,
  mappings: v.optional(v.nullable(v.looseObject({}))),
  started_at: v.optional(v.nullable(int)),
  completed_at: v.optional(v.nullable(int)),
  created_at: int,
  updated_at: int,
});

/**
 * A migration of members from one role set to another, while it runs.
 *
 * @category Models
 */
export interface RoleSetMigration {
  /** Always `role_set_migration`. */
  object: 'role_set_migration';
  /** The migration's id. */
  id: string;
  /** The organization, when the migration is scoped to one. */
  organization_id?: string | null;
  /** The instance the migration belongs to. */
  instance_id: string;
  /** The role set members are migrated from. */
  source_role_set_id: string;
  /** The role set members are migrated to. */
  dest_role_set_id?: string | null;
  /** What started it, e.g. `role_set_deletion` or `role_removal` (open to new values). */
  trigger_type: 'role_set_deletion' | 'role_removal' | (string & {});
  /** e.g. `enqueued`, `in_progress` or `completed` (open to new values). */
  status: 'enqueued' | 'in_progress' | 'completed' | (string & {});
  /** How many members were migrated so far. */
  migrated_members: number;
  /** Source role key → destination role key. Read as any object (see `EVIDENCE.md`): check a value before using it. */
  mappings?: {
    /** The destination role key for this source role key (a string, by the spec). */
    [source_role_key: string]: unknown;
  } | null;
  /** When the migration started (Unix ms). */
  started_at?: number | null;
  /** When the migration completed (Unix ms). */
  completed_at?: number | null;
  /** When the migration was created (Unix ms). */
  created_at: number;
  /** When the migration was last updated (Unix ms). */
  updated_at: number;
}

/**
 * A role set: the roles an organization's members can hold, with the default
 * role for new members and the role for an organization's creator
 * (spec 2026-05-12). Unknown fields are kept, in the role set and in its items.
 *
 * @example
 * import * as v from 'valibot';
 * import { RoleSetSchema } from 'clerk-backend-fetch';
 * const set = v.parse(RoleSetSchema, body);
 * console.log(set.key, set.roles.map((r) => r.key), set.default_role?.key);
 *
 * @category Schemas
 */
export const RoleSetSchema = v.looseObject({
  object: v.literal('role_set'),
  id: v.string(),
  name: v.string(),
  key: v.string(),
  description: v.nullable(v.string()),
  roles: v.array(roleSetItemSchema),
  default_role: v.optional(v.nullable(roleSetItemSchema)),
  creator_role: v.optional(v.nullable(roleSetItemSchema)),
  type: v.string(),
  role_set_migration: v.optional(v.nullable(roleSetMigrationSchema)),
  created_at: int,
  updated_at: int,
});

/**
 * A role set: the roles an organization's members can hold. What
 * `RoleSetSchema` reads, with the role keys and `type` typed as open unions.
 *
 * @category Models
 */
export interface RoleSet {
  /** Always `role_set`. */
  object: 'role_set';
  /** The role set's id. */
  id: string;
  /** The role set's name. */
  name: string;
  /** The role set's key, unique in the instance, e.g. `role_set:default`. */
  key: string;
  /** What the role set is for, if it says. */
  description: string | null;
  /** The roles in this role set. */
  roles: RoleSetItem[];
  /** The role new members get. */
  default_role?: RoleSetItem | null;
  /** The role an organization's creator gets. */
  creator_role?: RoleSetItem | null;
  /** `initial` or `custom` (open to new values). */
  type: RoleSetType;
  /** The migration under way, only while one is enqueued or in progress. */
  role_set_migration?: RoleSetMigration | null;
  /** When the role set was created (Unix ms). */
  created_at: number;
  /** When the role set was last updated (Unix ms). */
  updated_at: number;
}

/**
 * One page of role sets: `data` plus `total_count`, the number matching in
 * all pages.
 *
 * @example
 * import * as v from 'valibot';
 * import { RoleSetsSchema } from 'clerk-backend-fetch';
 * console.log(v.parse(RoleSetsSchema, body).total_count);
 *
 * @category Schemas
 */
export const RoleSetsSchema = v.looseObject({ data: v.array(RoleSetSchema), total_count: int });

/**
 * One page of role sets with the total count.
 *
 * @category Models
 */
export interface RoleSets {
  /** The role sets of this page. */
  data: RoleSet[];
  /** How many role sets match, in all pages. */
  total_count: number;
}
