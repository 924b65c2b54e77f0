// The fast path must never accept what valibot rejects, and must accept valid answers.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { conforms } from '../src/conforms.js';
import { ClerkErrorsSchema, DeletedObjectSchema, OrganizationSchema, OrganizationsSchema, OrganizationWithLogoSchema } from '../src/index.js';

const json = (x: unknown) => JSON.parse(JSON.stringify(x ?? null));
const maybe = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: fc.jsonValue() });
const org = fc.record(
  {
    object: maybe(fc.constant('organization')),
    id: maybe(fc.string()),
    name: maybe(fc.string()),
    slug: maybe(fc.string()),
    image_url: maybe(fc.string()),
    has_image: maybe(fc.boolean()),
    members_count: maybe(fc.integer()),
    max_allowed_memberships: maybe(fc.integer()),
    admin_delete_enabled: maybe(fc.boolean()),
    public_metadata: maybe(fc.dictionary(fc.string(), fc.jsonValue())),
    private_metadata: maybe(fc.dictionary(fc.string(), fc.jsonValue())),
    created_at: maybe(fc.oneof(fc.integer(), fc.double())),
    updated_at: maybe(fc.integer()),
    role_set_key: maybe(fc.option(fc.string())),
    logo_url: maybe(fc.string()),
    extra_field: fc.jsonValue(),
  },
  { requiredKeys: ['object', 'id', 'name', 'slug', 'has_image', 'max_allowed_memberships', 'admin_delete_enabled', 'public_metadata', 'created_at', 'updated_at'] },
);
const schemas = [
  ['Organization', OrganizationSchema, org],
  ['OrganizationWithLogo', OrganizationWithLogoSchema, org],
  ['Organizations', OrganizationsSchema, fc.record({ data: maybe(fc.array(org, { maxLength: 4 })), total_count: maybe(fc.integer()) })],
  ['DeletedObject', DeletedObjectSchema, fc.record({ object: maybe(fc.string()), deleted: maybe(fc.boolean()), id: maybe(fc.string()) }, { requiredKeys: [] })],
  ['ClerkErrors', ClerkErrorsSchema, fc.record({ errors: maybe(fc.array(fc.record({ code: maybe(fc.string()), message: maybe(fc.string()), long_message: maybe(fc.string()) }))) })],
] as const;

describe.each(schemas)('conforms(%s)', (_, schema, arbitrary) => {
  it('accepts only what valibot accepts, and then the value is what valibot outputs', () => {
    let accepted = 0;
    fc.assert(
      fc.property(arbitrary, (raw) => {
        const value = json(raw);
        const parsed = v.safeParse(schema as v.GenericSchema, value);
        if (conforms(schema, value)) {
          accepted += 1;
          expect(parsed.success).toBe(true);
          expect(parsed.output).toEqual(value);
        } else if (parsed.success) {
          throw new Error(`valid but not fast-accepted: ${JSON.stringify(value).slice(0, 300)}`);
        }
      }),
      { numRuns: 1000 },
    );
    expect(accepted).toBeGreaterThan(50);
  });
});
