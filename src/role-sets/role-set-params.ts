import { type Check, isObject, pathId, strings } from '../params.js';

/**
 * Params naming one role set.
 *
 * @category Role sets
 */
export interface RoleSetIdParams {
  /** The role set's key (`role_set:…`) or id. */
  role_set_key_or_id: string;
}

/** The check of a role set key or id in the path. */
export const roleSetId = { 'role_set_key_or_id!': pathId } as const;

/** A role set key as Clerk requires it: `role_set:` then lowercase letters, digits and `_`. */
export const roleSetKey: Check = (value) =>
  typeof value === 'string' && /^role_set:[a-z0-9_]+$/.test(value)
    ? undefined
    : 'must be "role_set:" then lowercase letters, digits or "_", e.g. "role_set:agencies"';

/** Role key to role key, both non-empty strings. */
export const roleMappings: Check = (value) =>
  isObject(value) && Object.entries(value).every(([from, to]) => from !== '' && typeof to === 'string' && to !== '')
    ? undefined
    : 'must map role keys to role keys, e.g. { "org:editor": "org:member" }';

const upToTen = strings(10);

/** 1 to 10 role keys, as a role set holds. */
export const roleKeys: Check = (value) => (Array.isArray(value) && value.length === 0 ? 'must hold at least 1 item' : upToTen(value));
