import * as v from 'valibot';

/**
 * Any JSON object (a loose object: every key kept): the shape of `public_metadata` and
 * `private_metadata`. In answers an organization's metadata may also be
 * `null` (Clerk can store a JSON null); in requests the client requires an
 * object.
 *
 * @example
 * import * as v from 'valibot';
 * import { MetadataSchema } from 'clerk-backend-fetch';
 * v.is(MetadataSchema, { plan: 'pro' }); // true
 *
 * @category Schemas
 */
export const MetadataSchema = v.looseObject({});

/**
 * Metadata: a JSON object with string keys, each value whatever JSON Clerk stored
 * (check a value before using it). What `MetadataSchema` reads.
 *
 * @category Models
 */
export interface Metadata {
  /** A metadata entry, as stored. */
  [key: string]: unknown;
}
