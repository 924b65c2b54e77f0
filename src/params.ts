import * as v from 'valibot';

/**
 * A strict object of params: an unknown key is reported, not silently
 * dropped (a misspelt `orderBy` would otherwise do nothing).
 */
/* @__NO_SIDE_EFFECTS__ */
export function paramsObject<const E extends v.ObjectEntries>(entries: E) {
  return v.strictObject(entries, (issue) =>
    issue.expected === 'never' ? 'is not a known parameter' : issue.expected === 'Object' ? 'params must be an object' : 'is required',
  );
}

/** An organization id (or slug, where the endpoint takes one) for the path. */
export const OrganizationIdParam = v.pipe(
  v.string('must be a string'),
  v.nonEmpty('must not be empty'),
  v.check((id) => id !== '.' && id !== '..', 'must not be "." or ".."'),
);

/** A JSON object of metadata. */
export const MetadataParam = v.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'must be an object',
);

/** A slug: lowercase letters, digits and "-". */
export const SlugParam = v.pipe(
  v.string('must be a string'),
  v.regex(/^[a-z0-9-]+$/, 'must contain only lowercase letters, digits and "-"'),
);

/** An integer ≥ 0 (`max_allowed_memberships`, `offset`). */
export const CountParam = v.pipe(
  v.number('must be an integer ≥ 0'),
  v.integer('must be an integer ≥ 0'),
  v.minValue(0, 'must be an integer ≥ 0'),
);

/** An optional boolean flag. */
export const FlagParam = v.optional(v.boolean('must be true or false'));

/** An optional string that may be null to clear it. */
export const NullableStringParam = v.optional(v.nullable(v.string('must be a string or null')));
