import type * as v from 'valibot';

/**
 * The output of a loose object schema, naming only its declared fields. Each
 * model interface (`Organization`, `Role`, …) names exactly these fields of
 * its schema, so `r.data.nmae` is a compile error; test/core/model-types.test.ts
 * keeps the interfaces and the schemas in step. The value itself still carries
 * every field the API sent; reach the others through `WithUnknownFields`.
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
 *
 * @category Models
 */
export type WithUnknownFields<T> = T & { readonly [field: string]: unknown };
