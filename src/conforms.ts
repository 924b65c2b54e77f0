/**
 * A fast yes for valid answers. The valibot schema stays the single source
 * of truth: its own structure is compiled, once per schema, into a plain
 * checker that builds no output and no issues. The checker says true only
 * for shapes it fully understands and values valibot would return
 * unchanged; on false the caller runs valibot itself, which decides,
 * explains, and strips what it strips.
 */
interface Node {
  type: string;
  pipe?: { type: string }[];
  entries?: Record<string, Node>;
  item?: Node;
  wrapped?: Node;
  literal?: unknown;
}

type Checker = (value: unknown) => boolean;

/** Each schema's checker, compiled on first use (the map too: nothing runs at import). */
let compiled: WeakMap<object, Checker> | undefined;

/** True when `value` certainly passes `schema` and valibot would output it unchanged. */
export function conforms(schema: object, value: unknown): boolean {
  compiled ??= new WeakMap();
  let checker = compiled.get(schema);
  if (!checker) {
    checker = compile(schema as Node);
    compiled.set(schema, checker);
  }
  return checker(value);
}

const never: Checker = () => false;

function compile(node: Node): Checker {
  // optional / nullable wrappers fold into one check around the wrapped schema.
  let undefinedOk = false;
  let nullOk = false;
  for (; node.type === 'optional' || node.type === 'nullable'; node = node.wrapped!) {
    if (node.type === 'optional') undefinedOk = true;
    else nullOk = true;
  }
  const base = compileType(node);
  // A pipe starts with the schema itself; of the actions after it only `integer` is understood.
  const actions = node.pipe?.slice(1) ?? [];
  const checker: Checker =
    actions.length === 0 ? base : actions.every((action) => action.type === 'integer') ? (value) => Number.isInteger(value) && base(value) : never;
  return undefinedOk || nullOk ? (value) => (value === undefined && undefinedOk) || (value === null && nullOk) || checker(value) : checker;
}

function compileType(node: Node): Checker {
  switch (node.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && !Number.isNaN(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'literal':
      return (value) => value === node.literal;
    case 'unknown':
      return () => true;
    case 'array': {
      const item = compile(node.item!);
      return (value) => Array.isArray(value) && value.every(item);
    }
    case 'loose_object': {
      const keys = Object.keys(node.entries!);
      const checks = keys.map((key) => compile(node.entries![key]!));
      return (value) => {
        // Only a plain object valibot would copy unchanged: not an array (valibot turns one into an object), with
        // `Object.prototype` and none of the own keys valibot strips (`__proto__`, `constructor`, `prototype`).
        // Plain property loads say so: an own key of those names shadows what the prototype gives, and anything
        // else (a primitive, an array) has another prototype.
        const o = value as { __proto__?: unknown; constructor?: unknown; prototype?: unknown; [key: string]: unknown } | null | undefined;
        // biome-ignore lint/suspicious/noProto: reading __proto__ is how an own "__proto__" key is seen cheaply
        if (o?.__proto__ !== Object.prototype || o.constructor !== Object || o.prototype !== undefined) return false;
        for (let i = 0; i < keys.length; i++) if (!checks[i]!(o[keys[i]!])) return false;
        return true;
      };
    }
    default:
      return never;
  }
}
