import type * as v from 'valibot';
import type { Issue } from './errors.js';

/**
 * Reads `value` with valibot's `schema` (through its Standard Schema
 * interface): the output, or the issues as `Issue`s with dotted paths.
 */
export function validate<T>(schema: v.GenericSchema<unknown, T>, value: unknown): { value: T; issues?: undefined } | { issues: Issue[] } {
  const parsed = schema['~standard'].validate(value) as { value: T; issues?: undefined } | { issues: v.BaseIssue<unknown>[] };
  return parsed.issues
    ? { issues: parsed.issues.map((issue) => ({ path: issue.path?.map((item) => item.key).join('.') ?? '', message: issue.message })) }
    : parsed;
}
