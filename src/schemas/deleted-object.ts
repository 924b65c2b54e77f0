import * as v from 'valibot';
import type { Closed } from './closed.js';

/**
 * What a delete returns: the kind of object, its id or slug, `deleted: true`.
 *
 * @example
 * import * as v from 'valibot';
 * import { DeletedObjectSchema } from 'clerk-backend-fetch';
 * const gone = v.parse(DeletedObjectSchema, body);
 * console.log(gone.deleted);
 */
export const DeletedObjectSchema = v.looseObject({
  object: v.string(),
  deleted: v.boolean(),
  id: v.optional(v.string()),
  // null for a deleted role (evidence in EVIDENCE.md)
  slug: v.optional(v.nullable(v.string())),
  external_id: v.optional(v.string()),
});

/** The answer to a delete. */
export type DeletedObject = Closed<typeof DeletedObjectSchema>;
