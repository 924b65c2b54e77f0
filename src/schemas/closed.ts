import type * as v from 'valibot';

/**
 * The output of a loose object schema, naming only its declared fields:
 * `r.data.nmae` is a compile error. The value itself still carries every
 * field the API sent; reach the others through `WithUnknownFields`.
 */
export type Closed<S> = S extends v.LooseObjectSchema<infer E, infer _> ? v.InferOutput<v.ObjectSchema<E, undefined>> : never;

/**
 * A model with the fields this package does not declare made visible, as
 * `unknown`: the fields Clerk added after this version, kept at run time.
 *
 * @example
 * import type { Organization, WithUnknownFields } from 'clerk-backend-fetch';
 * const org = r.data as WithUnknownFields<Organization>;
 * if (typeof org.brand_new_field === 'string') console.log(org.brand_new_field);
 */
export type WithUnknownFields<T> = T & { readonly [field: string]: unknown };
