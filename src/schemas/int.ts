import * as v from 'valibot';

/** A whole number: timestamps in ms, counts, `total_count`. One schema for every model (the fast checker compiles it once). */
export const int = v.pipe(v.number(), v.integer());
