// The public surface is pinned: a change to what `.`, `./testing` or `./cloudflare` exports must change this list on purpose.
import { createRequire } from 'node:module';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
/** The package by its own name (dist/, built before the tests); a variable, so typechecking needs no dist/. */
const PACKAGE: string = 'clerk-backend-fetch';

/** Every name a declaration file exports (values and types), as TypeScript sees it. */
function declaredExports(file: string): string[] {
  const program = ts.createProgram([file], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true });
  const checker = program.getTypeChecker();
  const symbol = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
  return checker
    .getExportsOfModule(symbol)
    .map((s) => s.name)
    .sort();
}

const VALUES = [
  'API_VERSION',
  'ClerkErrorSchema',
  'ClerkErrorsSchema',
  'DeletedObjectSchema',
  'JwkSchema',
  'JwksSchema',
  'MetadataSchema',
  'OrganizationDomainSchema',
  'OrganizationDomainsSchema',
  'OrganizationInvitationSchema',
  'OrganizationInvitationWithPublicOrganizationDataSchema',
  'OrganizationInvitationsSchema',
  'OrganizationInvitationsWithPublicOrganizationDataSchema',
  'OrganizationMembershipPublicUserDataSchema',
  'OrganizationMembershipSchema',
  'OrganizationMembershipsSchema',
  'OrganizationSchema',
  'OrganizationSettingsSchema',
  'OrganizationWithLogoSchema',
  'OrganizationsSchema',
  'PermissionSchema',
  'PermissionsSchema',
  'RoleSchema',
  'RoleSetSchema',
  'RoleSetsSchema',
  'RolesSchema',
  'addRolesToRoleSet',
  'assignPermissionToOrganizationRole',
  'bulkCreateOrganizationInvitations',
  'createClient',
  'createOrganization',
  'createOrganizationDomain',
  'createOrganizationInvitation',
  'createOrganizationMembership',
  'createOrganizationPermission',
  'createOrganizationRole',
  'createRoleSet',
  'deleteOrganization',
  'deleteOrganizationDomain',
  'deleteOrganizationLogo',
  'deleteOrganizationMembership',
  'deleteOrganizationPermission',
  'deleteOrganizationRole',
  'getInstanceOrganizationSettings',
  'getJwks',
  'getOrganization',
  'getOrganizationInvitation',
  'getOrganizationPermission',
  'getOrganizationRole',
  'getRoleSet',
  'listInstanceOrganizationDomains',
  'listInstanceOrganizationInvitations',
  'listInstanceOrganizationMemberships',
  'listOrganizationDomains',
  'listOrganizationInvitations',
  'listOrganizationMemberships',
  'listOrganizationPermissions',
  'listOrganizationRoles',
  'listOrganizations',
  'listRoleSets',
  'listUserOrganizationInvitations',
  'listUserOrganizationMemberships',
  'mergeOrganizationMembershipMetadata',
  'mergeOrganizationMetadata',
  'paginate',
  'paginateOrganizations',
  'removePermissionFromOrganizationRole',
  'replaceOrganizationMetadata',
  'replaceRoleInRoleSet',
  'replaceRoleSet',
  'revokeOrganizationInvitation',
  'sharedRateLimit',
  'updateInstanceOrganizationSettings',
  'updateOrganization',
  'updateOrganizationDomain',
  'updateOrganizationMembership',
  'updateOrganizationPermission',
  'updateOrganizationRole',
  'updateRoleSet',
  'uploadOrganizationLogo',
  'verifyOrganizationDomainOwnership',
  'verifySessionToken',
  'verifyWebhook',
];
const TYPES = [
  'AbortedError',
  'AddRolesToRoleSetError',
  'AddRolesToRoleSetParams',
  'ApiError',
  'AssignPermissionToOrganizationRoleError',
  'BulkCreateOrganizationInvitationsError',
  'BulkCreateOrganizationInvitationsParams',
  'CallOptions',
  'Cause',
  'ClerkClient',
  'ClerkError',
  'ClerkErrors',
  'ClientOptions',
  'CommonErrorCode',
  'CreateOrganizationDomainError',
  'CreateOrganizationDomainParams',
  'CreateOrganizationError',
  'CreateOrganizationInvitationError',
  'CreateOrganizationInvitationParams',
  'CreateOrganizationMembershipError',
  'CreateOrganizationMembershipParams',
  'CreateOrganizationParams',
  'CreateOrganizationPermissionError',
  'CreateOrganizationPermissionParams',
  'CreateOrganizationRoleError',
  'CreateOrganizationRoleParams',
  'CreateRoleSetError',
  'CreateRoleSetParams',
  'DeleteOrganizationDomainError',
  'DeleteOrganizationError',
  'DeleteOrganizationLogoError',
  'DeleteOrganizationMembershipError',
  'DeleteOrganizationPermissionError',
  'DeleteOrganizationRoleError',
  'DeletedObject',
  'DomainErrorCode',
  'DomainIdParams',
  'DomainOrderBy',
  'EnrollmentModeInput',
  'FetchFunction',
  'GetInstanceOrganizationSettingsError',
  'GetInstanceOrganizationSettingsParams',
  'GetJwksError',
  'GetJwksParams',
  'GetOrganizationError',
  'GetOrganizationInvitationError',
  'GetOrganizationParams',
  'GetOrganizationPermissionError',
  'GetOrganizationRoleError',
  'GetRoleSetError',
  'HeadersInput',
  'InvalidRequestError',
  'InvalidResponseError',
  'InvitationErrorCode',
  'InvitationIdParams',
  'InvitationInput',
  'InvitationOrderBy',
  'Issue',
  'Jwk',
  'Jwks',
  'KeyedOrderBy',
  'ListFunction',
  'ListInstanceOrganizationDomainsError',
  'ListInstanceOrganizationDomainsParams',
  'ListInstanceOrganizationInvitationsError',
  'ListInstanceOrganizationInvitationsParams',
  'ListInstanceOrganizationMembershipsError',
  'ListInstanceOrganizationMembershipsParams',
  'ListOrganizationDomainsError',
  'ListOrganizationDomainsParams',
  'ListOrganizationInvitationsError',
  'ListOrganizationInvitationsParams',
  'ListOrganizationMembershipsError',
  'ListOrganizationMembershipsParams',
  'ListOrganizationPermissionsError',
  'ListOrganizationPermissionsParams',
  'ListOrganizationRolesError',
  'ListOrganizationRolesParams',
  'ListOrganizationsError',
  'ListOrganizationsParams',
  'ListRoleSetsError',
  'ListRoleSetsParams',
  'ListUserOrganizationInvitationsError',
  'ListUserOrganizationInvitationsParams',
  'ListUserOrganizationMembershipsError',
  'ListUserOrganizationMembershipsParams',
  'MembershipErrorCode',
  'MembershipOrderBy',
  'MembershipParams',
  'Metadata',
  'NetworkError',
  'Organization',
  'OrganizationDomain',
  'OrganizationDomainVerification',
  'OrganizationDomains',
  'OrganizationEnrollmentMode',
  'OrganizationErrorCode',
  'OrganizationIdParams',
  'OrganizationInvitation',
  'OrganizationInvitationPublicOrganizationData',
  'OrganizationInvitationPublicUserData',
  'OrganizationInvitationStatus',
  'OrganizationInvitationWithPublicOrganizationData',
  'OrganizationInvitations',
  'OrganizationInvitationsWithPublicOrganizationData',
  'OrganizationMembership',
  'OrganizationMembershipMetadataError',
  'OrganizationMembershipMetadataParams',
  'OrganizationMembershipPublicUserData',
  'OrganizationMemberships',
  'OrganizationMetadataError',
  'OrganizationMetadataParams',
  'OrganizationOrderBy',
  'OrganizationRoleKey',
  'OrganizationSettings',
  'OrganizationSettingsErrorCode',
  'OrganizationWebhookEvent',
  'OrganizationWebhookEventData',
  'OrganizationWithLogo',
  'Organizations',
  'OtherWebhookEvent',
  'OtherWebhookEventType',
  'Permission',
  'PermissionErrorCode',
  'PermissionIdParams',
  'Permissions',
  'RateLimit',
  'RateLimitedError',
  'RemovePermissionFromOrganizationRoleError',
  'ReplaceRoleInRoleSetError',
  'ReplaceRoleInRoleSetParams',
  'ReplaceRoleSetError',
  'ReplaceRoleSetParams',
  'RequestError',
  'ResponseTooLargeError',
  'Result',
  'RetryPolicy',
  'RevokeOrganizationInvitationError',
  'RevokeOrganizationInvitationParams',
  'Role',
  'RoleErrorCode',
  'RoleIdParams',
  'RolePermissionParams',
  'RoleSet',
  'RoleSetErrorCode',
  'RoleSetIdParams',
  'RoleSetItem',
  'RoleSetMigration',
  'RoleSetType',
  'RoleSets',
  'Roles',
  'SessionAuth',
  'SessionClaims',
  'SharedLimiter',
  'SharedWindow',
  'TimeoutError',
  'TokenError',
  'TokenErrorReason',
  'UpdateInstanceOrganizationSettingsError',
  'UpdateInstanceOrganizationSettingsParams',
  'UpdateOrganizationDomainError',
  'UpdateOrganizationDomainParams',
  'UpdateOrganizationError',
  'UpdateOrganizationMembershipError',
  'UpdateOrganizationMembershipParams',
  'UpdateOrganizationParams',
  'UpdateOrganizationPermissionError',
  'UpdateOrganizationPermissionParams',
  'UpdateOrganizationRoleError',
  'UpdateOrganizationRoleParams',
  'UpdateRoleSetError',
  'UpdateRoleSetParams',
  'UploadOrganizationLogoError',
  'UploadOrganizationLogoParams',
  'VerifyOrganizationDomainOwnershipError',
  'VerifySessionTokenOptions',
  'VerifyWebhookOptions',
  'WebhookEnvelope',
  'WebhookError',
  'WebhookErrorReason',
  'WebhookEvent',
  'Where',
  'WithUnknownFields',
];
const TESTING_VALUES = ['createFakeClerk'];
const CLOUDFLARE_VALUES = ['ClerkRateLimiter', 'durableRateLimit'];
const CLOUDFLARE_TYPES = ['DurableObjectNamespaceLike', 'DurableObjectStubLike'];
const TESTING_TYPES = ['FakeClerk', 'FakeClerkOptions', 'FakeRequest', 'FakeSessionClaims', 'FakeWebhookOptions', 'SeedOrganization', 'SeedUser'];

describe('the exact public surface of the built package', () => {
  it('"." exports these values, in ESM and CJS alike', async () => {
    expect(Object.keys(await import(PACKAGE)).sort()).toEqual([...VALUES].sort());
    expect(Object.keys(require(PACKAGE)).sort()).toEqual([...VALUES].sort());
  });

  it('"." declares these values and types', () => {
    expect(declaredExports(require.resolve('../../dist/index.d.ts'))).toEqual([...VALUES, ...TYPES].sort());
  });

  it('"./testing" exports these, in ESM and CJS alike', async () => {
    expect(Object.keys(await import(`${PACKAGE}/testing`)).sort()).toEqual(TESTING_VALUES);
    expect(Object.keys(require(`${PACKAGE}/testing`)).sort()).toEqual(TESTING_VALUES);
    expect(declaredExports(require.resolve('../../dist/testing/index.d.ts'))).toEqual([...TESTING_VALUES, ...TESTING_TYPES].sort());
  });

  it('"./cloudflare" exports these, in ESM and CJS alike', async () => {
    expect(Object.keys(await import(`${PACKAGE}/cloudflare`)).sort()).toEqual(CLOUDFLARE_VALUES);
    expect(Object.keys(require(`${PACKAGE}/cloudflare`)).sort()).toEqual(CLOUDFLARE_VALUES);
    expect(declaredExports(require.resolve('../../dist/cloudflare/index.d.ts'))).toEqual([...CLOUDFLARE_VALUES, ...CLOUDFLARE_TYPES].sort());
  });
});

describe('what npm publishes', () => {
  it('a clean checkout (no dist/) packs the built code, the license and the readme, and nothing else', async () => {
    const { cpSync, mkdtempSync, symlinkSync, existsSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { execFileSync } = await import('node:child_process');
    const root = new URL('../..', import.meta.url).pathname;
    const clean = mkdtempSync(join(tmpdir(), 'cbf-pack-'));
    for (const entry of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'tsconfig.json', 'tsconfig.src.json', 'tsup.config.ts', 'src']) {
      cpSync(join(root, entry), join(clean, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(clean, 'node_modules'));
    expect(existsSync(join(clean, 'dist'))).toBe(false);
    // prepack builds dist/ first, as `npm publish` would.
    const out = execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: clean, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files: string[] = JSON.parse(out.slice(out.search(/^\[/m)))[0]
      .files.map((f: { path: string }) => f.path)
      .sort();
    for (const needed of [
      'LICENSE',
      'README.md',
      'package.json',
      'dist/index.js',
      'dist/index.cjs',
      'dist/index.d.ts',
      'dist/index.d.cts',
      'dist/testing/index.js',
      'dist/testing/index.cjs',
      'dist/testing/index.d.ts',
      'dist/testing/index.d.cts',
      'dist/cloudflare/index.js',
      'dist/cloudflare/index.cjs',
      'dist/cloudflare/index.d.ts',
      'dist/cloudflare/index.d.cts',
    ]) {
      expect(files).toContain(needed);
    }
    expect(files.filter((f) => !f.startsWith('dist/') && !['LICENSE', 'README.md', 'package.json', 'CHANGELOG.md'].includes(f))).toEqual([]);
  }, 120_000);
});
