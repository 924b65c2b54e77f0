// The model interfaces in src/schemas are written out field by field (so the API reference lists each field with
// its doc); the valibot schemas beside them stay what reads an answer. These assertions, checked by
// `tsc --noEmit`, keep the two from drifting: each interface has exactly the fields, optionality and types
// its schema outputs (`Closed<typeof XSchema>`: the output without the loose object's index signature), and
// the fields the interfaces type more precisely than the schemas read them (open unions such as
// `OrganizationRoleKey`) keep their precise types.
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import type * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ClerkErrors, ClerkErrorsSchema } from '../../src/schemas/clerk-errors.js';
import type { Closed } from '../../src/schemas/closed.js';
import type { DeletedObject, DeletedObjectSchema } from '../../src/schemas/deleted-object.js';
import type { Jwk, JwkSchema, Jwks, JwksSchema } from '../../src/schemas/jwks.js';
import type { Metadata, MetadataSchema } from '../../src/schemas/metadata.js';
import type { Organization, OrganizationSchema } from '../../src/schemas/organization.js';
import type {
  OrganizationDomain,
  OrganizationDomainSchema,
  OrganizationDomains,
  OrganizationDomainsSchema,
  OrganizationDomainVerification,
  OrganizationEnrollmentMode,
} from '../../src/schemas/organization-domain.js';
import type {
  OrganizationInvitation,
  OrganizationInvitationPublicOrganizationData,
  OrganizationInvitationPublicUserData,
  OrganizationInvitationSchema,
  OrganizationInvitationStatus,
  OrganizationInvitations,
  OrganizationInvitationsSchema,
  OrganizationInvitationsWithPublicOrganizationData,
  OrganizationInvitationsWithPublicOrganizationDataSchema,
  OrganizationInvitationWithPublicOrganizationData,
  OrganizationInvitationWithPublicOrganizationDataSchema,
} from '../../src/schemas/organization-invitation.js';
import type {
  OrganizationMembership,
  OrganizationMembershipPublicUserData,
  OrganizationMembershipPublicUserDataSchema,
  OrganizationMembershipSchema,
  OrganizationMemberships,
  OrganizationMembershipsSchema,
} from '../../src/schemas/organization-membership.js';
import type { OrganizationSettings, OrganizationSettingsSchema } from '../../src/schemas/organization-settings.js';
import type { OrganizationWithLogo, OrganizationWithLogoSchema } from '../../src/schemas/organization-with-logo.js';
import type { Organizations, OrganizationsSchema } from '../../src/schemas/organizations.js';
import type { Permission, PermissionSchema, Permissions, PermissionsSchema } from '../../src/schemas/permission.js';
import type { OrganizationRoleKey, Role, RoleSchema, Roles, RolesSchema } from '../../src/schemas/role.js';
import type { RoleSet, RoleSetItem, RoleSetMigration, RoleSetSchema, RoleSets, RoleSetsSchema, RoleSetType } from '../../src/schemas/role-set.js';

/** The schema inside `v.optional`, `v.nullable` and `v.array`. */
type Inner<S> = S extends { wrapped: infer W } ? Inner<W> : S extends { item: infer I } ? Inner<I> : S;
/** The schema of an object schema's entry `K`, unwrapped. */
type EntrySchema<S extends { entries: object }, K extends keyof S['entries']> = Inner<S['entries'][K]>;
/** The closed output of an object schema's entry `K` (an object schema inside `v.optional`, `v.nullable`, `v.array`). */
type EntryOutput<S extends { entries: object }, K extends keyof S['entries']> = Closed<EntrySchema<S, K>>;

// `.branded.toEqualTypeOf` compares deeply, property by property: the same keys, the same optionality and
// readonly-ness, the same types. It reads an open union (`'org:admin' | 'org:member' | (string & {})`) as the
// `string` the schema outputs; the 'narrowed fields' test below pins those unions.
describe('each model interface has exactly the fields its schema outputs', () => {
  it('flat models equal the closed output of their schema', () => {
    expectTypeOf<Organization>().branded.toEqualTypeOf<Closed<typeof OrganizationSchema>>();
    expectTypeOf<OrganizationWithLogo>().branded.toEqualTypeOf<Closed<typeof OrganizationWithLogoSchema>>();
    expectTypeOf<DeletedObject>().branded.toEqualTypeOf<Closed<typeof DeletedObjectSchema>>();
    expectTypeOf<Jwk>().branded.toEqualTypeOf<Closed<typeof JwkSchema>>();
    expectTypeOf<Permission>().branded.toEqualTypeOf<Closed<typeof PermissionSchema>>();
    expectTypeOf<OrganizationSettings>().branded.toEqualTypeOf<Closed<typeof OrganizationSettingsSchema>>();
    expectTypeOf<OrganizationMembershipPublicUserData>().branded.toEqualTypeOf<Closed<typeof OrganizationMembershipPublicUserDataSchema>>();
    expectTypeOf<Metadata>().branded.toEqualTypeOf<v.InferOutput<typeof MetadataSchema>>();
  });

  it('models holding other models: their own fields equal the schema, each nested model equals its nested schema', () => {
    expectTypeOf<Omit<Role, 'permissions'>>().branded.toEqualTypeOf<Omit<Closed<typeof RoleSchema>, 'permissions'>>();
    expectTypeOf<Role['permissions']>().toEqualTypeOf<Permission[]>();
    expectTypeOf<EntrySchema<typeof RoleSchema, 'permissions'>>().toEqualTypeOf<typeof PermissionSchema>();

    type Nested = 'organization' | 'public_user_data';
    expectTypeOf<Omit<OrganizationMembership, Nested>>().branded.toEqualTypeOf<Omit<Closed<typeof OrganizationMembershipSchema>, Nested>>();
    expectTypeOf<OrganizationMembership['organization']>().toEqualTypeOf<Organization>();
    expectTypeOf<EntrySchema<typeof OrganizationMembershipSchema, 'organization'>>().toEqualTypeOf<typeof OrganizationSchema>();
    expectTypeOf<OrganizationMembership['public_user_data']>().toEqualTypeOf<OrganizationMembershipPublicUserData | undefined>();
    expectTypeOf<EntrySchema<typeof OrganizationMembershipSchema, 'public_user_data'>>().toEqualTypeOf<typeof OrganizationMembershipPublicUserDataSchema>();

    expectTypeOf<Omit<OrganizationInvitation, 'public_inviter_data'>>().branded.toEqualTypeOf<
      Omit<Closed<typeof OrganizationInvitationSchema>, 'public_inviter_data'>
    >();
    expectTypeOf<OrganizationInvitation['public_inviter_data']>().toEqualTypeOf<OrganizationInvitationPublicUserData | undefined>();
    expectTypeOf<OrganizationInvitationPublicUserData>().branded.toEqualTypeOf<EntryOutput<typeof OrganizationInvitationSchema, 'public_inviter_data'>>();

    type WithOrg = 'public_inviter_data' | 'public_organization_data';
    expectTypeOf<Omit<OrganizationInvitationWithPublicOrganizationData, WithOrg>>().branded.toEqualTypeOf<
      Omit<Closed<typeof OrganizationInvitationWithPublicOrganizationDataSchema>, WithOrg>
    >();
    expectTypeOf<OrganizationInvitationWithPublicOrganizationData>().toExtend<OrganizationInvitation>();
    expectTypeOf<OrganizationInvitationWithPublicOrganizationData['public_organization_data']>().toEqualTypeOf<
      OrganizationInvitationPublicOrganizationData | null | undefined
    >();
    expectTypeOf<OrganizationInvitationPublicOrganizationData>().branded.toEqualTypeOf<
      EntryOutput<typeof OrganizationInvitationWithPublicOrganizationDataSchema, 'public_organization_data'>
    >();
    expectTypeOf<EntrySchema<typeof OrganizationInvitationWithPublicOrganizationDataSchema, 'public_inviter_data'>>().toEqualTypeOf<
      EntrySchema<typeof OrganizationInvitationSchema, 'public_inviter_data'>
    >();

    type Verifications = 'verification' | 'affiliation_verification' | 'ownership_verification';
    expectTypeOf<Omit<OrganizationDomain, Verifications>>().branded.toEqualTypeOf<Omit<Closed<typeof OrganizationDomainSchema>, Verifications>>();
    expectTypeOf<OrganizationDomain['verification']>().toEqualTypeOf<OrganizationDomainVerification | null>();
    expectTypeOf<OrganizationDomain['affiliation_verification']>().toEqualTypeOf<OrganizationDomainVerification | null | undefined>();
    expectTypeOf<OrganizationDomain['ownership_verification']>().toEqualTypeOf<OrganizationDomainVerification | null | undefined>();
    expectTypeOf<OrganizationDomainVerification>().branded.toEqualTypeOf<EntryOutput<typeof OrganizationDomainSchema, 'verification'>>();
    expectTypeOf<EntrySchema<typeof OrganizationDomainSchema, 'affiliation_verification'>>().toEqualTypeOf<
      EntrySchema<typeof OrganizationDomainSchema, 'verification'>
    >();
    expectTypeOf<EntrySchema<typeof OrganizationDomainSchema, 'ownership_verification'>>().toEqualTypeOf<
      EntrySchema<typeof OrganizationDomainSchema, 'verification'>
    >();

    type Items = 'roles' | 'default_role' | 'creator_role' | 'role_set_migration';
    expectTypeOf<Omit<RoleSet, Items>>().branded.toEqualTypeOf<Omit<Closed<typeof RoleSetSchema>, Items>>();
    expectTypeOf<RoleSet['roles']>().toEqualTypeOf<RoleSetItem[]>();
    expectTypeOf<RoleSet['default_role']>().toEqualTypeOf<RoleSetItem | null | undefined>();
    expectTypeOf<RoleSet['creator_role']>().toEqualTypeOf<RoleSetItem | null | undefined>();
    expectTypeOf<RoleSet['role_set_migration']>().toEqualTypeOf<RoleSetMigration | null | undefined>();
    expectTypeOf<RoleSetItem>().branded.toEqualTypeOf<EntryOutput<typeof RoleSetSchema, 'roles'>>();
    expectTypeOf<EntrySchema<typeof RoleSetSchema, 'default_role'>>().toEqualTypeOf<EntrySchema<typeof RoleSetSchema, 'roles'>>();
    expectTypeOf<EntrySchema<typeof RoleSetSchema, 'creator_role'>>().toEqualTypeOf<EntrySchema<typeof RoleSetSchema, 'roles'>>();
    expectTypeOf<RoleSetMigration>().branded.toEqualTypeOf<EntryOutput<typeof RoleSetSchema, 'role_set_migration'>>();

    expectTypeOf<Omit<ClerkErrors, 'errors'>>().branded.toEqualTypeOf<Omit<Closed<typeof ClerkErrorsSchema>, 'errors'>>();
  });

  it('pages: `data` holds the model its schema reads, and `total_count`', () => {
    expectTypeOf<Organizations>().toEqualTypeOf<{ data: Organization[]; total_count: number }>();
    expectTypeOf<EntrySchema<typeof OrganizationsSchema, 'data'>>().toEqualTypeOf<typeof OrganizationSchema>();
    expectTypeOf<Omit<Organizations, 'data'>>().branded.toEqualTypeOf<Omit<Closed<typeof OrganizationsSchema>, 'data'>>();

    expectTypeOf<OrganizationMemberships>().toEqualTypeOf<{ data: OrganizationMembership[]; total_count: number }>();
    expectTypeOf<EntrySchema<typeof OrganizationMembershipsSchema, 'data'>>().toEqualTypeOf<typeof OrganizationMembershipSchema>();
    expectTypeOf<Omit<OrganizationMemberships, 'data'>>().branded.toEqualTypeOf<Omit<Closed<typeof OrganizationMembershipsSchema>, 'data'>>();

    expectTypeOf<OrganizationInvitations>().toEqualTypeOf<{ data: OrganizationInvitation[]; total_count: number }>();
    expectTypeOf<EntrySchema<typeof OrganizationInvitationsSchema, 'data'>>().toEqualTypeOf<typeof OrganizationInvitationSchema>();
    expectTypeOf<Omit<OrganizationInvitations, 'data'>>().branded.toEqualTypeOf<Omit<Closed<typeof OrganizationInvitationsSchema>, 'data'>>();

    expectTypeOf<OrganizationInvitationsWithPublicOrganizationData>().toEqualTypeOf<{
      data: OrganizationInvitationWithPublicOrganizationData[];
      total_count: number;
    }>();
    expectTypeOf<EntrySchema<typeof OrganizationInvitationsWithPublicOrganizationDataSchema, 'data'>>().toEqualTypeOf<
      typeof OrganizationInvitationWithPublicOrganizationDataSchema
    >();
    expectTypeOf<Omit<OrganizationInvitationsWithPublicOrganizationData, 'data'>>().branded.toEqualTypeOf<
      Omit<Closed<typeof OrganizationInvitationsWithPublicOrganizationDataSchema>, 'data'>
    >();

    expectTypeOf<OrganizationDomains>().toEqualTypeOf<{ data: OrganizationDomain[]; total_count: number }>();
    expectTypeOf<EntrySchema<typeof OrganizationDomainsSchema, 'data'>>().toEqualTypeOf<typeof OrganizationDomainSchema>();
    expectTypeOf<Omit<OrganizationDomains, 'data'>>().branded.toEqualTypeOf<Omit<Closed<typeof OrganizationDomainsSchema>, 'data'>>();

    expectTypeOf<Permissions>().toEqualTypeOf<{ data: Permission[]; total_count: number }>();
    expectTypeOf<EntrySchema<typeof PermissionsSchema, 'data'>>().toEqualTypeOf<typeof PermissionSchema>();
    expectTypeOf<Omit<Permissions, 'data'>>().branded.toEqualTypeOf<Omit<Closed<typeof PermissionsSchema>, 'data'>>();

    expectTypeOf<Roles>().toEqualTypeOf<{ data: Role[]; total_count: number }>();
    expectTypeOf<EntrySchema<typeof RolesSchema, 'data'>>().toEqualTypeOf<typeof RoleSchema>();
    expectTypeOf<Omit<Roles, 'data'>>().branded.toEqualTypeOf<Omit<Closed<typeof RolesSchema>, 'data'>>();

    expectTypeOf<RoleSets>().toEqualTypeOf<{ data: RoleSet[]; total_count: number }>();
    expectTypeOf<EntrySchema<typeof RoleSetsSchema, 'data'>>().toEqualTypeOf<typeof RoleSetSchema>();
    expectTypeOf<Omit<RoleSets, 'data'>>().branded.toEqualTypeOf<Omit<Closed<typeof RoleSetsSchema>, 'data'>>();

    expectTypeOf<Jwks>().toEqualTypeOf<{ keys?: Jwk[] | undefined }>();
    expectTypeOf<EntrySchema<typeof JwksSchema, 'keys'>>().toEqualTypeOf<typeof JwkSchema>();
  });
});

describe('the interfaces and what the schemas output are assignable to each other', () => {
  it('what a schema outputs is the model (an endpoint returns it as such)', () => {
    expectTypeOf<v.InferOutput<typeof OrganizationSchema>>().toExtend<Organization>();
    expectTypeOf<v.InferOutput<typeof OrganizationWithLogoSchema>>().toExtend<OrganizationWithLogo>();
    expectTypeOf<v.InferOutput<typeof OrganizationsSchema>>().toExtend<Organizations>();
    expectTypeOf<v.InferOutput<typeof DeletedObjectSchema>>().toExtend<DeletedObject>();
    expectTypeOf<v.InferOutput<typeof JwksSchema>>().toExtend<Jwks>();
    expectTypeOf<v.InferOutput<typeof PermissionsSchema>>().toExtend<Permissions>();
    expectTypeOf<v.InferOutput<typeof RolesSchema>>().toExtend<Roles>();
    expectTypeOf<v.InferOutput<typeof RoleSetsSchema>>().toExtend<RoleSets>();
    expectTypeOf<v.InferOutput<typeof OrganizationSettingsSchema>>().toExtend<OrganizationSettings>();
    expectTypeOf<v.InferOutput<typeof OrganizationDomainsSchema>>().toExtend<OrganizationDomains>();
    expectTypeOf<v.InferOutput<typeof OrganizationMembershipsSchema>>().toExtend<OrganizationMemberships>();
    expectTypeOf<v.InferOutput<typeof OrganizationInvitationsSchema>>().toExtend<OrganizationInvitations>();
    expectTypeOf<v.InferOutput<typeof OrganizationInvitationsWithPublicOrganizationDataSchema>>().toExtend<OrganizationInvitationsWithPublicOrganizationData>();
    expectTypeOf<v.InferOutput<typeof ClerkErrorsSchema>>().toExtend<ClerkErrors>();
  });

  it('a model is what its schema outputs, without the unknown fields (a fixture typed as the model fits the schema)', () => {
    expectTypeOf<Organization>().toExtend<Closed<typeof OrganizationSchema>>();
    expectTypeOf<OrganizationWithLogo>().toExtend<Closed<typeof OrganizationWithLogoSchema>>();
    expectTypeOf<DeletedObject>().toExtend<Closed<typeof DeletedObjectSchema>>();
    expectTypeOf<Jwk>().toExtend<Closed<typeof JwkSchema>>();
    expectTypeOf<Permission>().toExtend<Closed<typeof PermissionSchema>>();
    expectTypeOf<Role>().toExtend<Omit<Closed<typeof RoleSchema>, 'permissions'>>();
    expectTypeOf<OrganizationSettings>().toExtend<Closed<typeof OrganizationSettingsSchema>>();
    expectTypeOf<OrganizationMembershipPublicUserData>().toExtend<Closed<typeof OrganizationMembershipPublicUserDataSchema>>();
    expectTypeOf<RoleSetItem>().toExtend<EntryOutput<typeof RoleSetSchema, 'roles'>>();
    expectTypeOf<RoleSetMigration>().toExtend<EntryOutput<typeof RoleSetSchema, 'role_set_migration'>>();
    expectTypeOf<OrganizationDomainVerification>().toExtend<EntryOutput<typeof OrganizationDomainSchema, 'verification'>>();
  });
});

it('the narrowed fields keep their open unions, so editors suggest the known values', () => {
  expectTypeOf<Role['key']>().toEqualTypeOf<OrganizationRoleKey>();
  expectTypeOf<RoleSetItem['key']>().toEqualTypeOf<OrganizationRoleKey>();
  expectTypeOf<RoleSet['type']>().toEqualTypeOf<RoleSetType>();
  expectTypeOf<RoleSetMigration['status']>().toEqualTypeOf<'enqueued' | 'in_progress' | 'completed' | (string & {})>();
  expectTypeOf<RoleSetMigration['trigger_type']>().toEqualTypeOf<'role_set_deletion' | 'role_removal' | (string & {})>();
  expectTypeOf<OrganizationMembership['role']>().toEqualTypeOf<OrganizationRoleKey>();
  expectTypeOf<OrganizationInvitation['role']>().toEqualTypeOf<OrganizationRoleKey>();
  expectTypeOf<OrganizationInvitation['status']>().toEqualTypeOf<OrganizationInvitationStatus | undefined>();
  expectTypeOf<OrganizationSettings['creator_role']>().toEqualTypeOf<OrganizationRoleKey>();
  expectTypeOf<OrganizationSettings['domains_default_role']>().toEqualTypeOf<OrganizationRoleKey>();
  expectTypeOf<OrganizationSettings['domains_enrollment_modes']>().toEqualTypeOf<OrganizationEnrollmentMode[]>();
  expectTypeOf<OrganizationDomain['enrollment_mode']>().toEqualTypeOf<OrganizationEnrollmentMode>();
  expectTypeOf<OrganizationDomainVerification['status']>().toEqualTypeOf<'unverified' | 'verified' | 'failed' | 'expired' | (string & {})>();
  expectTypeOf<OrganizationWithLogo['image_url']>().toEqualTypeOf<string>();
  expectTypeOf<Organization['public_metadata']>().toEqualTypeOf<Metadata | null>();
});

it('every field of every model interface has its doc (the API reference shows it beside the field)', () => {
  const folder = new URL('../../src/schemas/', import.meta.url);
  const undocumented: string[] = [];
  const models: string[] = [];
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(new URL(file, folder), 'utf8'), ts.ScriptTarget.Latest, true);
    const check = (members: ts.NodeArray<ts.TypeElement>, path: string) => {
      for (const member of members) {
        const name = member.name ? member.name.getText(source) : '[index]';
        if (ts.getJSDocCommentsAndTags(member).length === 0) undocumented.push(`${file}: ${path}.${name}`);
        // Object types written inline (e.g. OrganizationDomain.public_organization_data) document their fields too.
        member.forEachChild(function visit(node): void {
          if (ts.isTypeLiteralNode(node)) check(node.members, `${path}.${name}`);
          else node.forEachChild(visit);
        });
      }
    };
    for (const statement of source.statements) {
      if (ts.isInterfaceDeclaration(statement) && statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
        models.push(statement.name.text);
        check(statement.members, statement.name.text);
      }
    }
  }
  expect(models).toContain('Organization');
  expect(models.length).toBeGreaterThanOrEqual(28);
  expect(undocumented).toEqual([]);
});
