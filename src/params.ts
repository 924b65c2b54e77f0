import type { Issue } from './errors.js';

/** A check on one parameter: the problem in words, or undefined when the value is fine. */
export type Check = (value: unknown) => string | undefined;

/** The checks of an endpoint's params, by name; a name ending in `!` is required. */
export type Rules = Record<string, Check>;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Which params (or options, with `label`) are wrong and why; empty when all
 * are fine. Unknown names are reported, not dropped: a misspelt one would
 * otherwise do nothing.
 */
export function paramIssues(params: unknown, rules: Rules, label = 'params'): Issue[] {
  const prefix = label === 'params' ? '' : `${label}.`;
  if (!isObject(params)) return [{ path: prefix.slice(0, -1), message: `${label} must be an object` }];
  const issues: Issue[] = [];
  for (const rule in rules) {
    const required = rule.endsWith('!');
    const name = required ? rule.slice(0, -1) : rule;
    const value = params[name];
    const message = value === undefined ? (required ? 'is required' : undefined) : rules[rule]!(value);
    if (message) issues.push({ path: prefix + name, message });
  }
  for (const name in params) {
    if (!Object.hasOwn(rules, name) && !Object.hasOwn(rules, `${name}!`)) issues.push({ path: prefix + name, message: `is not a known ${label === 'params' ? 'parameter' : 'option'}` });
  }
  return issues;
}

/** Issues as one line: the first three, then how many more. */
export function describe(issues: Issue[], separator = '; '): string {
  const shown = issues.slice(0, 3).map((i) => (i.path ? `${i.path} ${i.message}` : i.message));
  return shown.join(separator) + (issues.length > 3 ? ` (and ${issues.length - 3} more)` : '');
}

/** An organization id (or a slug, where the endpoint takes one) for the path. */
export const id: Check = (value) =>
  typeof value !== 'string' ? 'must be a string'
  : value === '' ? 'must not be empty'
  : value === '.' || value === '..' ? 'must not be "." or ".."'
  : undefined;

/** Any string. */
export const text: Check = (value) => (typeof value === 'string' ? undefined : 'must be a string');

/** A non-empty string (`name`). */
export const name: Check = (value) => text(value) ?? (value === '' ? 'must not be empty' : undefined);

/** A boolean flag. */
export const flag: Check = (value) => (typeof value === 'boolean' ? undefined : 'must be true or false');

/** A JSON object of metadata. */
export const metadata: Check = (value) => (isObject(value) ? undefined : 'must be an object');

/** A slug: lowercase letters, digits and "-". */
export const slug: Check = (value) =>
  typeof value === 'string' && /^[a-z0-9-]+$/.test(value) ? undefined : 'must contain only lowercase letters, digits and "-"';

/** An integer from `min` to `max`. */
/* @__NO_SIDE_EFFECTS__ */
export function integer(min: number, max = Infinity): Check {
  const message = max === Infinity ? `must be an integer ≥ ${min}` : `must be an integer from ${min} to ${max}`;
  return (value) => (Number.isInteger(value) && (value as number) >= min && (value as number) <= max ? undefined : message);
}

/** A list of at most `max` non-empty strings. */
/* @__NO_SIDE_EFFECTS__ */
export function ids(max = Infinity): Check {
  return (value) =>
    !Array.isArray(value) || value.some((item) => typeof item !== 'string' || item === '') ? 'must be an array of non-empty strings'
    : value.length > max ? `must hold at most ${max} ids`
    : undefined;
}

/** The check, or null allowed (a field that can be cleared). */
/* @__NO_SIDE_EFFECTS__ */
export function nullable(check: Check): Check {
  return (value) => (value === null ? undefined : check(value));
}
