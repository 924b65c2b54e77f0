import * as v from 'valibot';

/**
 * What a delete returns: the kind of object, its id or slug, `deleted: true`.
 *
 * @example
 * import * as v from 'valibot';
 * import { DeletedObjectSchema } from 'clerk-backend-fetch';
 * const gone = v.parse(DeletedObjectSchema, body);
 * console.log(gone.deleted);
 *
 * @category Schemas
 */
export const DeletedObjectSchema = v.looseObject({
  object: v.string(),
  deleted: v.boolean(),
  id: v.optional(v.string()),
  // null for a deleted role (evidence in EVIDENCE.md)
  slug: v.optional(v.nullable(v.string())),
  external_id: v.optional(v.string()),
});

/**
 * The answer to a delete, and the `data` of most `*.deleted` webhook events:
 * what `DeletedObjectSchema` reads.
 *
 * @category Models
 */
export interface DeletedObject {
  /** The kind of object deleted, e.g. `organization`, `role` or `permission`. */
  object: string;
  /** `true`: the object is gone. */
  deleted: boolean;
  /** The deleted object's id. */
  id?: string | undefined;
  /** The deleted object's slug; `null` for a deleted role (see `EVIDENCE.md`). */
  slug?: string | null | undefined;
  /** The deleted object's external id, when it had one. */
  external_id?: string | undefined;
}
