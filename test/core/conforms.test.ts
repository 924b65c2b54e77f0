// One validator contract: the fast path never accepts what valibot rejects, returns exactly what valibot would,
// and declines only what valibot would change (arrays read as objects, own __proto__/constructor/prototype keys).
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { conforms } from '../../src/conforms.js';
import { ClerkErrorsSchema, DeletedObjectSchema, OrganizationSchema, OrganizationsSchema, OrganizationWithLogoSchema } from '../../src/index.js';

const json = (x: unknown) => JSON.parse(JSON.stringify(x ?? null));
/** Mostly the valid value; sometimes null, sometimes any JSON at all. */
const maybe = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 30, arbitrary: valid }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.jsonValue() });
/** A key valibot strips from its output, or a plain one. */
const key = fc.oneof({ weight: 10, arbitrary: fc.string() }, { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype') });
/** An object as JSON.parse makes it: own `__proto__` keys included. */
const parsedObject = <T>(values: fc.Arbitrary<T>) =>
  fc
    .array(fc.tuple(key, values), { maxLength: 4 })
    .map((pairs) => JSON.parse(`{${pairs.map(([k, x]) => `${JSON.stringify(k)}:${JSON.stringify(x ?? null)}`).join(',')}}`));
const metadata = maybe(parsedObject(fc.jsonValue({ maxDepth: 2 })));
const org = fc.record(
  {
    object: maybe(fc.constant('organization')),
    id: maybe(fc.string()),
    name: maybe(fc.string()),
    slug: maybe(fc.string()),
    image_url: maybe(fc.string()),
    has_image: maybe(fc.boolean()),
    members_count: maybe(fc.integer()),
    pending_invitations_count: maybe(fc.integer()),
    max_allowed_memberships: maybe(fc.integer()),
    admin_delete_enabled: maybe(fc.boolean()),
    public_metadata: metadata,
    private_metadata: metadata,
    created_by: maybe(fc.string()),
    created_at: maybe(fc.integer()),
    updated_at: maybe(fc.integer()),
    last_active_at: maybe(fc.integer()),
    role_set_key: maybe(fc.option(fc.string())),
    logo_url: maybe(fc.string()),
    extra_field: fc.jsonValue(),
  },
  // The spec's required fields are there; any other may be missing.
  {
    requiredKeys: [
      'object',
      'id',
      'name',
      'slug',
      'has_image',
      'max_allowed_memberships',
      'admin_delete_enabled',
      'public_metadata',
      'created_at',
      'updated_at',
    ],
  },
);
const clerkError = fc.record(
  { code: maybe(fc.string()), message: maybe(fc.string()), long_message: maybe(fc.string()), meta: metadata, extra: fc.jsonValue() },
  { requiredKeys: [] },
);
const schemas = [
  ['Organization', OrganizationSchema, org],
  ['OrganizationWithLogo', OrganizationWithLogoSchema, org],
  ['Organizations', OrganizationsSchema, fc.record({ data: maybe(fc.array(org, { maxLength: 4 })), total_count: maybe(fc.integer()) })],
  [
    'DeletedObject',
    DeletedObjectSchema,
    fc.record({ object: maybe(fc.string()), deleted: maybe(fc.boolean()), id: maybe(fc.string()), slug: maybe(fc.string()) }, { requiredKeys: [] }),
  ],
  [
    'ClerkErrors',
    ClerkErrorsSchema,
    fc.record({ errors: maybe(fc.array(maybe(clerkError), { maxLength: 3 })), meta: metadata, clerk_trace_id: maybe(fc.string()) }, { requiredKeys: [] }),
  ],
] as const;

describe.each(schemas)('conforms(%s)', (_, schema, arbitrary) => {
  it('accepts only what valibot accepts, then the value is what valibot outputs; declines only what valibot changes', () => {
    let accepted = 0;
    let declined = 0;
    fc.assert(
      fc.property(
        arbitrary,
        fc.oneof(
          { weight: 9, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.jsonValue()) },
        ),
        (raw, odd) => {
          let value = json(raw);
          // Now and then an own key valibot strips, at the top level too.
          if (odd && value && typeof value === 'object' && !Array.isArray(value))
            value = JSON.parse(`{${JSON.stringify(odd[0])}:${JSON.stringify(odd[1])},${JSON.stringify(value).slice(1)}`.replace(/,}$/, '}'));
          const parsed = v.safeParse(schema as v.GenericSchema, value);
          if (conforms(schema, value)) {
            accepted += 1;
            expect(parsed.success).toBe(true);
            expect(parsed.output).toStrictEqual(value);
          } else if (parsed.success) {
            declined += 1;
            // valibot accepted it, so the fast path may decline only because valibot's output differs.
            expect(parsed.output, `declined a value valibot keeps as is: ${JSON.stringify(value).slice(0, 300)}`).not.toStrictEqual(value);
          }
        },
      ),
      { numRuns: 1000 },
    );
    expect(accepted).toBeGreaterThan(150);
    expect(declined).toBeGreaterThan(0);
  });
});
