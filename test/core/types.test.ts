import { ofetch } from 'ofetch';
import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ApiError,
  type ClerkError,
  type ClerkErrors,
  type ClerkErrorsSchema,
  type DeletedObject,
  deleteOrganization,
  type GetOrganizationError,
  getOrganization,
  type Issue,
  listOrganizations,
  type Metadata,
  type Organization,
  type OrganizationErrorCode,
  type OrganizationOrderBy,
  type OrganizationRoleKey,
  type OrganizationSchema,
  type OrganizationSettings,
  type OrganizationSettingsSchema,
  type Organizations,
  type OrganizationsSchema,
  type OrganizationWithLogo,
  type Result,
  type Role,
  type RoleSchema,
  type RoleSet,
  type RoleSetSchema,
  uploadOrganizationLogo,
  type WithUnknownFields,
} from '../../src/index.js';
import { testClient } from '../support/nock.js';

// These assertions are checked by `tsc --noEmit` (part of npm test); a wrong type fails the build.
describe('types', () => {
  it('results narrow on ok and on error.type', () => {
    expectTypeOf(getOrganization).returns.resolves.toEqualTypeOf<Result<Organization, GetOrganizationError>>();
  });

  // Never called: only compiled, so no request goes out.
  function narrowing(r: Awaited<ReturnType<typeof getOrganization>>) {
    if (r.ok) {
      expectTypeOf(r.data).toEqualTypeOf<Organization>();
      expectTypeOf(r.data.id).toBeString();
      expectTypeOf(r.data.members_count).toEqualTypeOf<number | null | undefined>();
      expectTypeOf(r.data.public_metadata).toEqualTypeOf<Metadata | null>();
      expectTypeOf(r.data.public_metadata?.plan).toEqualTypeOf<unknown>();
      expectTypeOf(r.data.role_set_key).toEqualTypeOf<string | null | undefined>();
      // @ts-expect-error data has no error
      void r.error;
    } else {
      // @ts-expect-error a failure has no data
      void r.data;
      const e = r.error;
      if (e.type === 'api') {
        expectTypeOf(e).toEqualTypeOf<ApiError<403 | 404, OrganizationErrorCode>>();
        expectTypeOf(e.errors).toEqualTypeOf<ClerkError<OrganizationErrorCode>[]>();
        expectTypeOf(e.traceId).toEqualTypeOf<string | undefined>();
        expectTypeOf(e.retryAfter).toEqualTypeOf<number | undefined>();
        // The documented statuses are suggested, and others still compare.
        expectTypeOf<403>().toMatchTypeOf<typeof e.status>();
        expectTypeOf<429>().toMatchTypeOf<typeof e.status>();
      }
      if (e.type === 'invalid_request') expectTypeOf(e.issues).toEqualTypeOf<Issue[]>();
      if (e.type === 'invalid_response') expectTypeOf(e.status).toBeNumber();
      if (e.type === 'network') expectTypeOf(e.cause.message).toBeString();
      if (e.type === 'timeout') expectTypeOf(e.timeout).toBeNumber();
      if (e.type === 'aborted') expectTypeOf(e.reason).toBeUnknown();
    }
  }
  void narrowing;

  it('each endpoint returns its own data type', () => {
    expectTypeOf(listOrganizations).returns.resolves.toMatchTypeOf<Result<Organizations, unknown>>();
    expectTypeOf(uploadOrganizationLogo).returns.resolves.toMatchTypeOf<Result<OrganizationWithLogo, unknown>>();
    expectTypeOf(deleteOrganization).returns.resolves.toMatchTypeOf<Result<DeletedObject, unknown>>();
    expectTypeOf<OrganizationWithLogo['image_url']>().toEqualTypeOf<string>();
  });

  it('params are checked by the compiler too', () => {
    expectTypeOf(listOrganizations).parameter(1).toEqualTypeOf<
      | {
          limit?: number;
          offset?: number;
          query?: string;
          order_by?: OrganizationOrderBy;
          include_members_count?: boolean;
          include_missing_member_with_elevated_permissions?: boolean;
          user_id?: string[];
          organization_id?: string[];
        }
      | undefined
    >();
    // @ts-expect-error organization_id is required
    void (() => getOrganization(testClient(), {}));
    // @ts-expect-error limit is a number
    void (() => listOrganizations(testClient(), { limit: '10' }));
    expectTypeOf<OrganizationOrderBy>().toEqualTypeOf<
      'name' | '+name' | '-name' | 'created_at' | '+created_at' | '-created_at' | 'members_count' | '+members_count' | '-members_count'
    >();
    // @ts-expect-error not a field Clerk sorts by
    void (() => listOrganizations(testClient(), { order_by: '-slug' }));
  });

  it('output types name only the documented fields; WithUnknownFields reaches the rest', () => {
    const closed = (org: Organization) => {
      // @ts-expect-error a misspelt field does not compile
      void org.nmae;
      return (org as WithUnknownFields<Organization>).brand_new_field;
    };
    expectTypeOf(closed).returns.toEqualTypeOf<unknown>();
    expectTypeOf<WithUnknownFields<Organization>['name']>().toEqualTypeOf<string>();
    // The closed types still describe what the schemas output.
    expectTypeOf<v.InferOutput<typeof OrganizationSchema>>().toMatchTypeOf<Organization>();
    expectTypeOf<v.InferOutput<typeof OrganizationsSchema>>().toMatchTypeOf<Organizations>();
    expectTypeOf<v.InferOutput<typeof ClerkErrorsSchema>>().toMatchTypeOf<ClerkErrors>();
  });

  it('OrganizationRoleKey suggests the two default roles and accepts any string', () => {
    const admin: OrganizationRoleKey = 'org:admin';
    const custom: OrganizationRoleKey = 'org:billing_manager';
    const legacy: OrganizationRoleKey = 'admin';
    const anyString: OrganizationRoleKey = String(Date.now());
    void [admin, custom, legacy, anyString];
    expectTypeOf<'org:admin'>().toMatchTypeOf<OrganizationRoleKey>();
    expectTypeOf<'org:member'>().toMatchTypeOf<OrganizationRoleKey>();
    expectTypeOf<string>().toMatchTypeOf<OrganizationRoleKey>();
    // Not widened to plain string, so editors still offer 'org:admin' and 'org:member'.
    expectTypeOf<OrganizationRoleKey>().not.toEqualTypeOf<string>();
    expectTypeOf<OrganizationRoleKey>().toEqualTypeOf<'org:admin' | 'org:member' | (string & {})>();
    expectTypeOf<Role['key']>().toEqualTypeOf<OrganizationRoleKey>();
    expectTypeOf<OrganizationSettings['creator_role']>().toEqualTypeOf<OrganizationRoleKey>();
    // @ts-expect-error a key is a string
    const notAKey: OrganizationRoleKey = 1;
    void notAKey;
  });

  it('Role, RoleSet and OrganizationSettings are closed: an unknown field does not compile', () => {
    const closed = (role: Role, set: RoleSet, settings: OrganizationSettings) => {
      // @ts-expect-error a misspelt field does not compile
      void role.permisions;
      // @ts-expect-error a misspelt field does not compile
      void set.default_rol;
      // @ts-expect-error a misspelt field does not compile
      void settings.max_allowed_members;
      return [
        (role as WithUnknownFields<Role>).brand_new_field,
        (set as WithUnknownFields<RoleSet>).brand_new_field,
        (settings as WithUnknownFields<OrganizationSettings>).brand_new_field,
      ];
    };
    expectTypeOf(closed).returns.toEqualTypeOf<unknown[]>();
    expectTypeOf<WithUnknownFields<Role>['name']>().toEqualTypeOf<string>();
    // The closed types still describe what the schemas output.
    expectTypeOf<v.InferOutput<typeof RoleSchema>>().toMatchTypeOf<Role>();
    expectTypeOf<v.InferOutput<typeof RoleSetSchema>>().toMatchTypeOf<RoleSet>();
    expectTypeOf<v.InferOutput<typeof OrganizationSettingsSchema>>().toMatchTypeOf<OrganizationSettings>();
  });

  it('a client is a client: ofetch instances made elsewhere do not type-check', () => {
    // @ts-expect-error an ofetch instance without createClient's settings
    void (() => getOrganization(ofetch.create({}), { organization_id: 'org_1' }));
    // @ts-expect-error clerk.create() derives an instance without them too
    void (() => getOrganization(testClient().create({}), { organization_id: 'org_1' }));
  });
});
