import * as v from 'valibot';
import { type Metadata, MetadataSchema } from './metadata.js';

const maybeString = v.optional(v.nullable(v.string()));

/**
 * One error in Clerk's error envelope. Every field may be missing or
 * `null` (see `EVIDENCE.md`); unknown fields are kept.
 *
 * @example
 * import * as v from 'valibot';
 * import { ClerkErrorSchema } from 'clerk-backend-fetch';
 * v.is(ClerkErrorSchema, { code: 'resource_not_found', message: 'not found' }); // true
 *
 * @category Schemas
 */
export const ClerkErrorSchema = v.looseObject({
  code: maybeString,
  message: maybeString,
  long_message: maybeString,
  meta: v.optional(v.nullable(MetadataSchema)),
});

/**
 * One error in Clerk's error envelope, as `ClerkErrorSchema` reads it.
 * `C` lists the codes the endpoint's family can answer (Clerk's catalogue),
 * so editors suggest them; any other string can arrive too.
 *
 * @category Errors
 */
export interface ClerkError<C extends string = string> {
  /** The error's code, e.g. `resource_not_found` or `organization_membership_quota_exceeded`. */
  code?: C | (string & {}) | null;
  /** A short message, e.g. `not found`. */
  message?: string | null;
  /** A longer message, for people. */
  long_message?: string | null;
  /** More about the error, e.g. `{ param_name: 'organization_id' }`. */
  meta?: Metadata | null;
}

/**
 * Clerk's error envelope, the body of every non-2xx answer from the API.
 *
 * @example
 * import * as v from 'valibot';
 * import { ClerkErrorsSchema } from 'clerk-backend-fetch';
 * const r = v.safeParse(ClerkErrorsSchema, body);
 * if (r.success) console.log(r.output.errors[0]?.code, r.output.clerk_trace_id);
 *
 * @category Schemas
 */
export const ClerkErrorsSchema = v.looseObject({
  errors: v.array(ClerkErrorSchema),
  meta: v.optional(v.nullable(MetadataSchema)),
  clerk_trace_id: v.optional(v.string()),
});

/**
 * Clerk's error envelope, as `ClerkErrorsSchema` reads it.
 *
 * @category Errors
 */
export interface ClerkErrors {
  /** The errors, each with its code and messages. */
  errors: ClerkError[];
  /** More about the failure, if Clerk says more. */
  meta?: Metadata | null;
  /** Clerk's id of the request, to quote to Clerk's support. */
  clerk_trace_id?: string;
}
