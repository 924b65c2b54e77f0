import * as v from 'valibot';
import { int } from './int.js';

/**
 * A permission that organization roles can hold (spec 2026-05-12). Its `key`
 * reads `org:<feature>:<action>`; Clerk's system permissions are
 * `org:sys_<feature>:<action>`. Read as Clerk sends it: `type` may be absent
 * (see `EVIDENCE.md`). Unknown fields are kept.
 *
 * @example
 * import * as v from 'valibot';
 * import { PermissionSchema } from 'clerk-backend-fetch';
 * const permission = v.parse(PermissionSchema, event.data); // a permission.created webhook
 * console.log(permission.key); // 'org:invoices:read'
 *
 * @category Schemas
 */
export const PermissionSchema = v.looseObject({
  object: v.literal('permission'),
  id: v.string(),
  name: v.string(),
  key: v.string(),
  description: v.string(),
  type: v.optional(v.string()),
  created_at: int,
  updated_at: int,
});

/**
 * A permission that organization roles can hold: what `PermissionSchema` reads.
 *
 * @category Models
 */
export interface Permission {
  /** Always `permission`. */
  object: 'permission';
  /** The permission's id. */
  id: string;
  /** The permission's name, e.g. `Read invoices`. */
  name: string;
  /**
   * The permission's key, `org:<feature>:<action>` (e.g. `org:invoices:read`); Clerk's system permissions are
   * `org:sys_<feature>:<action>`.
   */
  key: string;
  /** What the permission allows. */
  description: string;
  /** The permission's type, e.g. `system` or `custom`; may be absent (see `EVIDENCE.md`). */
  type?: string | undefined;
  /** When the permission was created (Unix ms). */
  created_at: number;
  /** When the permission was last updated (Unix ms). */
  updated_at: number;
}

/**
 * One page of permissions: `data` plus `total_count`, the number matching
 * in all pages.
 *
 * @example
 * import * as v from 'valibot';
 * import { PermissionsSchema } from 'clerk-backend-fetch';
 * console.log(v.parse(PermissionsSchema, body).total_count);
 *
 * @category Schemas
 */
export const PermissionsSchema = v.looseObject({ data: v.array(PermissionSchema), total_count: int });

/**
 * One page of permissions with the total count.
 *
 * @category Models
 */
export interface Permissions {
  /** The permissions of this page. */
  data: Permission[];
  /** How many permissions match, in all pages. */
  total_count: number;
}
