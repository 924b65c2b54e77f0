// Every wrapped operation checked against Clerk's spec (spec/clerk-bapi-2026-05-12.yml): method and path, the params
// the function accepts (names, required, arrays), and the fields of the response schema. A new API version is then one
// failing test away, not a silent difference.
import { readFileSync } from 'node:fs';
import type * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type Registered, registry } from '../../src/registry.js';

// biome-ignore lint/suspicious/noExplicitAny: the spec is untyped YAML
type Json = any;
const spec: Json = parse(readFileSync(new URL('../../spec/clerk-bapi-2026-05-12.yml', import.meta.url), 'utf8'));

/** Each wrapped operation, from the registry. */
const OPERATIONS = registry().map((r): [string, Registered['endpoint']] => [r.endpoint.operationId, r.endpoint]);

/**
 * Where we read more tolerantly than the spec promises, each with its evidence in src/schemas/EVIDENCE.md:
 * fields the spec requires that may be absent in what Clerk sends.
 */
const WIDENED_TO_OPTIONAL = new Set([
  'OrganizationMembershipPublicUserData.profile_image_url',
  'OrganizationInvitation.inviter_id',
  'OrganizationInvitation.public_inviter_data',
  'OrganizationInvitationWithPublicOrganizationData.inviter_id',
  'OrganizationInvitationWithPublicOrganizationData.public_inviter_data',
  ...['affiliation_verification', 'ownership_verification', 'verification'].flatMap((v) => [
    `OrganizationDomain.${v}.expire_at`,
    `OrganizationDomain.${v}.verified_at`,
  ]),
  'OrganizationDomain.affiliation_verification',
  'OrganizationDomain.ownership_verification',
  'Permission.type',
  'Role.is_creator_eligible',
  'OrganizationSettings.max_allowed_domains',
  'JWKS.rsa.PublicKey.n',
  'JWKS.rsa.PublicKey.e',
]);

/** Where the spec allows several shapes (`oneOf`), the one we read, with its evidence in src/schemas/EVIDENCE.md. */
const ONE_OF_READ_AS: Record<string, string> = { 'JWKS.keys[]': '#/components/schemas/JWKS.rsa.PublicKey' };

const resolve = (ref: string): Json =>
  ref
    .split('/')
    .slice(1)
    .reduce((node: Json, key) => node[key], spec);
const deref = (node: Json): Json => (node?.$ref ? deref(resolve(node.$ref)) : node);

function findOperation(operationId: string): { method: string; path: string; op: Json } {
  for (const [path, item] of Object.entries<Json>(spec.paths)) {
    for (const [method, op] of Object.entries<Json>(item)) if (op?.operationId === operationId) return { method: method.toUpperCase(), path, op };
  }
  throw new Error(`operation ${operationId} is not in the spec`);
}

/** The spec's params of an operation: name → { required, array }, from the path, the query and the JSON or multipart body. */
function specParams(op: Json): Map<string, { required: boolean; array: boolean; in: string }> {
  const params = new Map<string, { required: boolean; array: boolean; in: string }>();
  for (const p of (op.parameters ?? []).map(deref))
    params.set(p.name, { required: p.required === true || p.in === 'path', array: p.schema?.type === 'array', in: p.in });
  const content = op.requestBody?.content ?? {};
  const body = deref(content['application/json']?.schema ?? content['multipart/form-data']?.schema);
  // An array body (bulk invitations) is our `invitations` param.
  if (body?.type === 'array') params.set('invitations', { required: true, array: true, in: 'body' });
  for (const [name, prop] of Object.entries<Json>(body?.properties ?? {})) {
    params.set(name, { required: (body.required ?? []).includes(name), array: deref(prop).type === 'array', in: 'body' });
  }
  return params;
}

/** Our params: name → required, from the endpoint's rules. */
const ourParams = (e: Registered['endpoint']) => new Map(Object.keys(e.params).map((rule) => [rule.replace(/!$/, ''), rule.endsWith('!')]));

/** The properties and required fields of a spec schema, following allOf. */
function specFields(schema: Json): { properties: Record<string, Json>; required: string[] } {
  const s = deref(schema);
  const out = { properties: { ...(s.properties ?? {}) }, required: [...(s.required ?? [])] };
  for (const part of s.allOf ?? []) {
    const inner = specFields(part);
    Object.assign(out.properties, inner.properties);
    out.required.push(...inner.required);
  }
  return out;
}

/** Compares a valibot object schema with a spec schema, field by field, recursing into objects and arrays of objects. */
function compareSchema(ours: v.GenericSchema, theirs: Json, name: string, problems: string[]) {
  const entries = (ours as unknown as { entries?: Record<string, v.GenericSchema> }).entries;
  if (!entries) return;
  if (deref(theirs).oneOf) {
    if (!ONE_OF_READ_AS[name]) return void problems.push(`${name}: several shapes (oneOf) in the spec; name the one read in ONE_OF_READ_AS`);
    theirs = { $ref: ONE_OF_READ_AS[name] };
  }
  const { properties, required } = specFields(theirs);
  const schemaName = (theirs.$ref ?? name).split('/').pop();
  for (const field of Object.keys(properties)) if (!(field in entries)) problems.push(`${schemaName}.${field}: in the spec, not in our schema`);
  for (const [field, schema] of Object.entries(entries)) {
    if (!(field in properties)) {
      problems.push(`${schemaName}.${field}: in our schema, not in the spec`);
      continue;
    }
    const optional = (schema as { type: string }).type === 'optional';
    if (required.includes(field) && optional && !WIDENED_TO_OPTIONAL.has(`${schemaName}.${field}`))
      problems.push(`${schemaName}.${field}: required in the spec, optional here`);
    if (!required.includes(field) && !optional) problems.push(`${schemaName}.${field}: optional in the spec, required here`);
    let inner = schema as { type: string; wrapped?: unknown; item?: unknown };
    while (inner.type === 'optional' || inner.type === 'nullable') inner = inner.wrapped as typeof inner;
    const prop = deref(properties[field]);
    if (inner.type === 'loose_object') compareSchema(inner as never, properties[field].$ref ? properties[field] : prop, `${schemaName}.${field}`, problems);
    if (inner.type === 'array' && (inner.item as { type: string }).type === 'loose_object')
      compareSchema(inner.item as never, prop.items, `${schemaName}.${field}[]`, problems);
  }
}

describe.each(OPERATIONS)('%s matches the spec', (operationId, endpoint) => {
  const { method, path, op } = findOperation(operationId);

  it('method and path template', () => {
    expect(`${endpoint.method} ${endpoint.path}`).toBe(`${method} ${path}`);
  });

  it('the error statuses the spec documents', () => {
    const documented = Object.keys(op.responses)
      .filter((code) => !code.startsWith('2'))
      .map(Number);
    expect([...endpoint.statuses].sort()).toEqual(documented.sort());
  });

  it('params: the same names, required alike, arrays where the spec has arrays', () => {
    const theirs = specParams(op);
    const ours = ourParams(endpoint);
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
    for (const [name, required] of ours)
      expect(`${name}: ${required ? 'required' : 'optional'}`).toBe(`${name}: ${theirs.get(name)!.required ? 'required' : 'optional'}`);
    for (const [name, { array }] of theirs) {
      const check = (endpoint.params as Record<string, (value: unknown) => unknown>)[ours.get(name) ? `${name}!` : name]!;
      // An array param answers a list differently from a bare string (it takes it, or checks its items); a scalar
      // param refuses both alike.
      const isArray = check('a') !== undefined && JSON.stringify(check(['a'])) !== JSON.stringify(check('a'));
      expect(`${name}: ${isArray ? 'array' : 'not an array'}`).toBe(`${name}: ${array ? 'array' : 'not an array'}`);
    }
  });

  it('the response schema has the spec’s fields, required alike', () => {
    const ok = deref(op.responses['200']);
    const schema = ok.content['application/json'].schema;
    const problems: string[] = [];
    compareSchema(endpoint.response as v.GenericSchema, schema, operationId, problems);
    expect(problems).toEqual([]);
  });
});

it('covers every operation wrapped, each once', () => {
  const operationIds = OPERATIONS.map(([operationId]) => operationId);
  expect(new Set(operationIds).size).toBe(operationIds.length);
});
