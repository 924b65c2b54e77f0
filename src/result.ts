import type { RequestError } from './errors.js';

/**
 * What every endpoint function resolves to: the data, or a plain error
 * object. Nothing throws; narrow on `ok`.
 *
 * @example
 * const r = await getOrganization(clerk, { organization_id: 'acme' });
 * if (r.ok) console.log(r.data.name);
 * else console.error(r.error.type, r.error.message);
 *
 * @category Errors
 */
export type Result<T, E> = { ok: true; data: T } | { ok: false; error: E };

/** A failed Result of a call. */
export type Failure = { ok: false; error: RequestError };

/** Wraps an error as a failed Result. */
export const fail = (error: RequestError): Failure => ({ ok: false, error });
