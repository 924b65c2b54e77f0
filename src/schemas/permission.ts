import * as v from 'valibot';
import type { Closed } from './closed.js';

const int = v.pipe(v.number(), v.integer());

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

/** A permission that organization roles can hold. */
export type Permission = Closed<typeof PermissionSchema>;

/**
 * One page of permissions: `data` plus `total_count`, the number matching
 * in all pages.
 *
 * @example
 * import * as v from 'valibot';
 * import { PermissionsSchema } from 'clerk-backend-fetch';
 * console.log(v.parse(PermissionsSchema, body).total_count);
 */
export const PermissionsSchema = v.looseObject({ data: v.array(PermissionSchema), total_count: int });

/** One page of permissions with the total count. */
export interface Permissions {
  /** The permissions of this page. */
  data: Permission[];
  /** How many permissions match, in all pages. */
  total_count: number;
}
