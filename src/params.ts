import type { Issue } from './errors.js';

/**
 * A check on one parameter: the problem in words, or undefined when the
 * value is fine. A problem deeper inside the value comes as
 * `[subpath, message]`, e.g. `['.score', 'must be a finite number']`.
 */
export type Check = (value: unknown) => string | [string, string] | undefined;

/** The checks of an endpoint's params, by name; a name ending in `!` is required. */
export type Rules = Record<string, Check>;

/**
 * The checks for params `P`: exactly one per param, named `name!` when the
 * param is required. A param added to `P` without a check, or a check for a
 * param `P` lacks, is a compile error.
 */
export type RulesFor<P> = { [K in keyof P & string as undefined extends P[K] ? K : `${K}!`]-?: Check };

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Which params are wrong and why; empty when all are fine. Unknown names
 * are reported, not dropped: a misspelt one would otherwise do nothing.
 * `prefix` starts every path (`options.`); `noun` names what an unknown
 * name is not (`parameter`, `option`, `field`).
 */
export function paramIssues(params: unknown, rules: Rules, prefix = '', noun = 'parameter'): Issue[] {
  if (!isObject(params)) return [{ path: prefix.slice(0, -1), message: prefix ? 'must be an object' : 'params must be an object' }];
  const issues: Issue[] = [];
  for (const rule in rules) {
    const required = rule.endsWith('!');
    const name = required ? rule.slice(0, -1) : rule;
    const value = params[name];
    const problem = value === undefined ? (required ? 'is required' : undefined) : rules[rule]!(value);
    if (typeof problem === 'string') issues.push({ path: prefix + name, message: problem });
    else if (problem) issues.push({ path: prefix + name + problem[0], message: problem[1] });
  }
  for (const name in params) {
    if (!Object.hasOwn(rules, name) && !Object.hasOwn(rules, `${name}!`)) issues.push({ path: prefix + name, message: `is not a known ${noun}` });
  }
  return issues;
}

/** An object checked by its own rules; the first problem inside names its path. */
/* @__NO_SIDE_EFFECTS__ */
export function nested(rules: Rules, noun: string): Check {
  return (value) => {
    const issue = paramIssues(value, rules, '.', noun)[0];
    return issue && [issue.path, issue.message];
  };
}

/**
 * What snapshot throws for an array of more than 10,000 items, before copying
 * it: the message of the issue reported. No param takes more than a few
 * hundred (the spec's longest list is 250 items) and Clerk stores at most
 * 8 KB of metadata (fewer than 4,096 items), so the bound refuses nothing
 * Clerk would take, while an array of 2^32 - 1 holes (a length, not memory)
 * is refused before its copy fills the heap.
 */
export const TOO_MANY_ITEMS = 'arrays must hold at most 10000 items';

/**
 * A copy of the caller's params (or options), read once: plain objects and
 * arrays are copied deeply (objects without a prototype), each property read exactly once, a hole in an
 * array read as `undefined`; anything else (a Blob, a signal, a class
 * instance) is kept as it is, and so is the value of the top-level key
 * `keep` (a caller's signal, which must stay live, even a plain object).
 * Checks and the request both use the copy, so
 * a getter cannot answer one thing to the check and another to the request.
 * Throws when the value cannot be read (a throwing getter or Proxy trap), and
 * `TOO_MANY_ITEMS` for an array longer than any param takes, before copying it.
 */
export function snapshot(value: unknown, copies = new Map<object, unknown>(), keep?: string): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (copies.has(value)) return copies.get(value);
  if (Array.isArray(value)) {
    if (value.length > 10_000) throw TOO_MANY_ITEMS;
    const copy: unknown[] = [];
    copies.set(value, copy);
    for (let i = 0; i < value.length; i++) copy.push(i in value ? snapshot(value[i], copies) : undefined);
    return copy;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  // No prototype (set before any key, so a `__proto__` key stays a plain key), yet fast properties,
  // unlike Object.create(null): checks and JSON.stringify read the copy several times faster.
  const copy: Record<string, unknown> = Object.setPrototypeOf({}, null);
  copies.set(value, copy);
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    copy[key] = key === keep ? item : snapshot(item, copies);
  }
  return copy;
}

/**
 * Whether `text` holds a lone UTF-16 surrogate, which no URL or JSON can carry as it is.
 * (`isWellFormed` is ES2024, newer than the ES2022 types this package is checked against.)
 */
const hasLoneSurrogate = (text: string): boolean => !(text as string & { isWellFormed(): boolean }).isWellFormed();

/** Any string that can be sent as it is (no lone surrogates). */
export const text: Check = (value) =>
  typeof value !== 'string' ? 'must be a string' : hasLoneSurrogate(value) ? 'must not contain a lone surrogate (invalid Unicode)' : undefined;

/** An id (or a slug, where the endpoint takes one) for a path segment: not empty, not `.` or `..`. */
export const pathId: Check = (value) =>
  text(value) ?? (value === '' ? 'must not be empty' : value === '.' || value === '..' ? 'must not be "." or ".."' : undefined);

/** A non-empty string. */
export const nonEmpty: Check = (value) => text(value) ?? (value === '' ? 'must not be empty' : undefined);

/** A boolean flag. */
export const flag: Check = (value) => (typeof value === 'boolean' ? undefined : 'must be true or false');

/** A JSON object of metadata that JSON carries faithfully. */
export const metadata: Check = (value) => (isObject(value) ? jsonProblem(value, new Map()) : 'must be an object');

/**
 * Where `value` holds something JSON cannot carry faithfully (it would be
 * dropped, turned into null, or throw), as `[path inside value, problem]`:
 * NaN and ±Infinity, undefined or a hole in an array, functions, symbols,
 * BigInt, Dates and other class instances, cycles, lone surrogates.
 * Undefined object values are fine: JSON leaves them out, as a caller
 * expects. Linear in the size of the JSON (the path is built only for a
 * problem): `seen` maps an object holding objects to true while they are
 * walked (meeting it again then is a cycle), to false once they passed (a
 * shared reference, not walked again).
 */
function jsonProblem(value: unknown, seen: Map<object, boolean>): [string, string] | undefined {
  switch (typeof value) {
    case 'string':
      return hasLoneSurrogate(value) ? ['', 'must not contain a lone surrogate (invalid Unicode)'] : undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : ['', `must be a finite number (JSON has no ${value})`];
    case 'boolean':
      return undefined;
    case 'object': {
      if (value === null) return undefined;
      const state = seen.get(value);
      if (state !== undefined) return state ? ['', 'must not refer to itself (circular)'] : undefined;
      const array = Array.isArray(value);
      const proto = Object.getPrototypeOf(value);
      if (!array && proto !== Object.prototype && proto !== null)
        return ['', `must be plain JSON, not ${(proto as { constructor?: { name?: string } }).constructor?.name || 'a class instance'}`];
      const keys = array ? value.keys() : Object.keys(value);
      for (const key of keys) {
        if (typeof key === 'string' && hasLoneSurrogate(key)) return ['', 'must not have a key with a lone surrogate (invalid Unicode)'];
        const item = (value as Record<string | number, unknown>)[key];
        let problem: [string, string] | undefined;
        if (item === undefined) problem = array ? ['', 'must not be undefined or a hole (JSON would send null)'] : undefined;
        else {
          // An object inside: this one is being walked, so meeting it below is a cycle.
          if (typeof item === 'object' && item !== null) seen.set(value, true);
          problem = jsonProblem(item, seen);
        }
        if (problem) return [`.${key}${problem[0]}`, problem[1]];
      }
      if (seen.has(value)) seen.set(value, false);
      return undefined;
    }
    default:
      return ['', `must be plain JSON, not a ${typeof value}`];
  }
}

/** A slug: lowercase letters, digits and "-". */
export const slug: Check = (value) =>
  typeof value === 'string' && /^[a-z0-9-]+$/.test(value) ? undefined : 'must contain only lowercase letters, digits and "-"';

/**
 * An integer from `min` to `max`; or, given `what` and `test`, any value that passes `test` in that range
 * (`Number.isFinite`: any number).
 */
/* @__NO_SIDE_EFFECTS__ */
export function integer(min: number, max = Infinity, what = 'an integer', test: (value: unknown) => boolean = Number.isInteger): Check {
  const message = max === Infinity ? `must be ${what} ≥ ${min}` : `must be ${what} from ${min} to ${max}`;
  return (value) => (test(value) && (value as number) >= min && (value as number) <= max ? undefined : message);
}

/** A list of at most `max` non-empty strings (ids, emails, roles); in a query, repeated keys. */
/* @__NO_SIDE_EFFECTS__ */
export function strings(max = Infinity): Check {
  return (value) =>
    !Array.isArray(value) || value.some((item) => item === '' || text(item))
      ? 'must be an array of non-empty strings, with no holes'
      : value.length > max
        ? `must hold at most ${max} items`
        : undefined;
}

/** The check, or null allowed (a field that can be cleared). */
/* @__NO_SIDE_EFFECTS__ */
export function nullable(check: Check): Check {
  return (value) => (value === null ? undefined : check(value));
}

const TOKEN = /^[!#$%&'*+.^_`|~\w-]+$/;
/** A header value: tabs, printable ASCII (space to ~) and Latin-1; no line breaks or other control characters. */
const HEADER_VALUE = /^[\t -~\x80-\xff]*$/;

/**
 * Headers as given (an object, an array of pairs, or a `Headers`), as a
 * null-prototype object with lower-case names, leaving out `authorization`
 * and `clerk-api-version`, which only the client sets.
 *
 * @throws {TypeError} saying what is wrong: not headers at all, a name that
 * is not a header name, a value that is not a string or holds a line break
 * or a character beyond Latin-1.
 */
export function normalizeHeaders(init: unknown): Record<string, string> {
  const record: Record<string, string> = Object.create(null);
  // Anything but headers is one bad pair: one message for both.
  for (const pair of init instanceof Headers || Array.isArray(init) ? init : isObject(init) ? Object.entries(init) : [0]) {
    if (!Array.isArray(pair) || pair.length !== 2) throw new TypeError('must be an object, [name, value] pairs or a Headers');
    const [name, value] = pair as [unknown, unknown];
    if (typeof name !== 'string' || !TOKEN.test(name))
      throw new TypeError(`has a name that is not a header name: ${JSON.stringify(String(name)).slice(0, 40)}`);
    if (typeof value !== 'string' || !HEADER_VALUE.test(value))
      throw new TypeError(`${name} must be a string without line breaks or characters beyond Latin-1`);
    const lower = name.toLowerCase();
    if (lower !== 'authorization' && lower !== 'clerk-api-version') record[lower] = value;
  }
  return record;
}

/** Headers that `normalizeHeaders` accepts. */
export const headers: Check = (value) => {
  try {
    normalizeHeaders(value);
  } catch (error) {
    return (error as TypeError).message;
  }
  return undefined;
};

/** A plausible email address: one `@`, something on each side, no spaces; the server stays the judge. */
export const email: Check = (value) =>
  typeof value === 'string' && /^[^\s@]+@[^\s@]+$/.test(value) && !hasLoneSurrogate(value) ? undefined : 'must be an email address (one @, no spaces)';

/** A hostname: dot-separated labels of letters, digits and inner hyphens, e.g. `example.com`. */
export const hostname: Check = (value) =>
  typeof value === 'string' && value.length <= 253 && /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i.test(value)
    ? undefined
    : 'must be a hostname like example.com';

/** One of `values`. */
/* @__NO_SIDE_EFFECTS__ */
export function oneOf(values: readonly string[]): Check {
  return (value) => (typeof value === 'string' && values.includes(value) ? undefined : `must be one of ${values.join(', ')}`);
}

/** The checks for `limit` and `offset`. */
export const pageRules = { limit: integer(1, 500), offset: integer(0) } as const;

/** How roles, permissions and role sets can be sorted: a field, ascending (no prefix or `+`) or descending (`-`). */
export type KeyedOrderBy = `${'' | '+' | '-'}${'created_at' | 'name' | 'key'}`;

/** Checks a `KeyedOrderBy`. */
export const keyedOrderBy: Check = (value) =>
  typeof value === 'string' && /^[+-]?(created_at|name|key)$/.test(value) ? undefined : 'must be created_at, name or key, with an optional + or - before it';
