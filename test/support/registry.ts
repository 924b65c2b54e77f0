// The registry (src/registry.ts) as tests read it: an operation's family, and which operation a request was.
import { readFileSync } from 'node:fs';
import { type Registered, registry } from '../../src/registry.js';

/** A family: the folder under src/ that holds an endpoint's file, e.g. `organizations`, `memberships`. */
export type Family = string;

/** Each registered module's folder, by the name registry.ts imports it under (`import * as getOrganization from './organizations/…'`). */
const folders = new Map(
  [...readFileSync(new URL('../../src/registry.ts', import.meta.url), 'utf8').matchAll(/^import \* as (\w+) from '\.\/([\w-]+)\//gm)].map(
    ([, name, folder]) => [name!, folder!],
  ),
);

/** The family of an operation: the folder of its file, as registry.ts imports it under the function's name. */
export function familyOf(r: Registered): Family {
  const folder = folders.get(r.name);
  if (folder === undefined) throw new Error(`src/registry.ts imports no module as ${r.name}: import each endpoint module under its function's name`);
  return folder;
}

/** Every family in the registry, in registry order. */
export function families(): Family[] {
  return [...new Set(registry().map(familyOf))];
}

/** The exported names of a family's functions, in registry order. */
export function familyNames(family: Family): string[] {
  return registry()
    .filter((r) => familyOf(r) === family)
    .map((r) => r.name);
}

const templates = registry().map((r) => ({
  r,
  pattern: new RegExp(`^${r.endpoint.path.replace(/\{\w+\}/g, '[^/]+')}$`),
  params: (r.endpoint.path.match(/\{/g) ?? []).length,
}));

/** The registered operation a request was (`path` as sent, with `/v1` and any query), or undefined; a static segment wins over a param. */
export function operationOf(method: string, path: string): Registered | undefined {
  const bare = path.replace(/^\/v1/, '').split('?')[0]!;
  const matches = templates.filter((t) => t.r.endpoint.method === method && t.pattern.test(bare));
  return matches.sort((a, b) => a.params - b.params)[0]?.r;
}

/** The methods the registered operations take on `path` (under `/v1`, filled in): `…/invitations/bulk` fits two templates, POST and GET. */
export function methodsOn(path: string): Set<string> {
  return new Set(templates.filter((t) => t.pattern.test(path)).map((t) => t.r.endpoint.method));
}
