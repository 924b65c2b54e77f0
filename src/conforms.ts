/**
 * A fast yes for valid answers. The valibot schema stays the single source
 * of truth: its own structure is compiled, once per schema, into a plain
 * checker that builds no output and no issues. The checker says true only
 * for shapes it fully understands and values that pass; on false the caller
 * runs valibot itself, which decides and explains.
 */
interface Node {
  type: string;
  pipe?: { type: string }[];
  entries?: Record<string, Node>;
  item?: Node;
  key?: Node;
  value?: Node;
  wrapped?: Node;
  literal?: unknown;
}

type Checker = (value: unknown) => boolean;

let compiled: WeakMap<object, Checker> | undefined;

/** True when `value` certainly passes `schema`. */
export function conforms(schema: object, value: unknown): boolean {
  compiled ??= new WeakMap();
  let checker = compiled.get(schema);
  if (!checker) compiled.set(schema, (checker = compile(schema as Node)));
  return checker(value);
}

const never: Checker = () => false;

function compile(node: Node): Checker {
  const base = compileType(node);
  if (!node.pipe || node.pipe.length === 1) return base;
  // Of all pipe actions only `integer` is understood.
  if (node.pipe.some((action, i) => i > 0 && action.type !== 'integer')) return never;
  return (value) => Number.isInteger(value) && base(value);
}

/**
 * An object valibot would copy unchanged: not an array (valibot turns one
 * into an object) and without the own keys valibot strips from its output.
 */
function plainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    && !Object.hasOwn(value, '__proto__') && !Object.hasOwn(value, 'constructor') && !Object.hasOwn(value, 'prototype');
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
    case 'optional': {
      const wrapped = compile(node.wrapped!);
      return (value) => value === undefined || wrapped(value);
    }
    case 'nullable': {
      const wrapped = compile(node.wrapped!);
      return (value) => value === null || wrapped(value);
    }
    case 'array': {
      const item = compile(node.item!);
      return (value) => Array.isArray(value) && value.every(item);
    }
    case 'loose_object': {
      const keys = Object.keys(node.entries!);
      const checks = keys.map((key) => compile(node.entries![key]!));
      return (value) => {
        if (!plainObject(value)) return false;
        for (let i = 0; i < keys.length; i++) if (!checks[i]!(value[keys[i]!])) return false;
        return true;
      };
    }
    case 'record': {
      const key = compile(node.key!);
      const item = compile(node.value!);
      return (value) => {
        if (!plainObject(value)) return false;
        for (const k in value) if (!key(k) || !item(value[k])) return false;
        return true;
      };
    }
    default:
      return never;
  }
}
