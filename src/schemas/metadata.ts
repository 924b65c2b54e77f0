import * as v from 'valibot';

/** Any JSON object (not an array, not null): the shape of `public_metadata` and `private_metadata`. */
export const MetadataSchema = v.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'Invalid type: Expected an object',
);

/** Metadata: a JSON object with string keys. */
export type Metadata = v.InferOutput<typeof MetadataSchema>;
