// Compiled with `exactOptionalPropertyTypes: true` by test/types/tsconfig.exact.json (npm run typecheck), against
// the package's declarations (test/types/tsconfig.dts.json emits them), as a user with that flag sees them:
// every optional param and option takes a value of type `T | undefined`, so `{ limit }` with
// `limit: number | undefined` passes on. Under the root tsconfig (flag off) it compiles too.
import {
  addRolesToRoleSet,
  assignPermissionToOrganizationRole,
  bulkCreateOrganizationInvitations,
  type CallOptions,
  type ClientOptions,
  createClient,
  createOrganization,
  createOrganizationDomain,
  createOrganizationInvitation,
  createOrganizationMembership,
  createOrganizationPermission,
  createOrganizationRole,
  createRoleSet,
  deleteOrganization,
  deleteOrganizationDomain,
  deleteOrganizationLogo,
  deleteOrganizationMembership,
  deleteOrganizationPermission,
  deleteOrganizationRole,
  getInstanceOrganizationSettings,
  getJwks,
  getOrganization,
  getOrganizationInvitation,
  getOrganizationPermission,
  getOrganizationRole,
  getRoleSet,
  listInstanceOrganizationDomains,
  listInstanceOrganizationInvitations,
  listInstanceOrganizationMemberships,
  listOrganizationDomains,
  listOrganizationInvitations,
  listOrganizationMemberships,
  listOrganizationPermissions,
  listOrganizationRoles,
  listOrganizations,
  listRoleSets,
  listUserOrganizationInvitations,
  listUserOrganizationMemberships,
  mergeOrganizationMembershipMetadata,
  mergeOrganizationMetadata,
  paginate,
  paginateOrganizations,
  type RetryPolicy,
  removePermissionFromOrganizationRole,
  replaceOrganizationMetadata,
  replaceRoleInRoleSet,
  replaceRoleSet,
  revokeOrganizationInvitation,
  updateInstanceOrganizationSettings,
  updateOrganization,
  updateOrganizationDomain,
  updateOrganizationMembership,
  updateOrganizationPermission,
  updateOrganizationRole,
  updateRoleSet,
  uploadOrganizationLogo,
  verifyOrganizationDomainOwnership,
} from '../../src/index.js';

/** Types passed on whole: primitives (`string & {}` included) and objects whose optional fields are not ours. */
type Opaque = string | number | boolean | bigint | symbol | null | undefined | Blob | Headers | AbortSignal | ((...args: never[]) => unknown);

/**
 * `T` as a caller passes it on from its own optional values: every optional property present with a value of
 * type `X | undefined`, in nested objects and array items too (index signatures stay as they are).
 */
export type PassedOn<T> = T extends Opaque
  ? T
  : T extends readonly unknown[]
    ? { [K in keyof T]: PassedOn<T[K]> }
    : T extends object
      ? {
          [K in keyof T]-?: string extends K ? T[K] : Record<never, never> extends Pick<T, K> ? PassedOn<Exclude<T[K], undefined>> | undefined : PassedOn<T[K]>;
        }
      : T;

/** A value of type `T`, as if read from elsewhere. */
declare function some<T>(): T;
/** Params or options passed on from optional values. */
const on = <T>(): PassedOn<T> => some<PassedOn<T>>();

/** The params type of an endpoint function. */
type ParamsOf<F> = F extends (client: never, params: infer P, options?: never) => unknown ? Exclude<P, undefined> : never;

const clerk = createClient('sk_test_exact', on<ClientOptions>());
createClient('sk_test_exact', {
  timeout: some<number | undefined>(),
  retry: some<RetryPolicy | false | undefined>(),
  rateLimit: some<{ requests: number; per: number } | undefined>(),
});
const options = on<CallOptions>();
const policy: RetryPolicy = on<RetryPolicy>();
void policy;

// The call a user writes: optional values passed on by name.
const limit = some<number | undefined>();
const offset = some<number | undefined>();
const query = some<string | undefined>();
listOrganizations(clerk, { limit, offset, query }, { signal: some<AbortSignal | undefined>(), timeout: some<number | undefined>() });
listOrganizationMemberships(clerk, { organization_id: 'org_1', limit, offset, query, role: some<string[] | undefined>() });
paginate(listOrganizationMemberships, clerk, { organization_id: 'org_1', limit, offset }, { retry: some<RetryPolicy | undefined>() });
paginate(listOrganizations, clerk, { limit, offset });
paginateOrganizations(clerk, { limit, offset }, options);
createOrganization(clerk, { name: 'Acme', slug: some<string | null | undefined>(), created_by: some<string | undefined>() });

// Every registered endpoint function, every optional param and option passed on.
listOrganizations(clerk, on<ParamsOf<typeof listOrganizations>>(), options);
getOrganization(clerk, on<ParamsOf<typeof getOrganization>>(), options);
createOrganization(clerk, on<ParamsOf<typeof createOrganization>>(), options);
updateOrganization(clerk, on<ParamsOf<typeof updateOrganization>>(), options);
mergeOrganizationMetadata(clerk, on<ParamsOf<typeof mergeOrganizationMetadata>>(), options);
replaceOrganizationMetadata(clerk, on<ParamsOf<typeof replaceOrganizationMetadata>>(), options);
deleteOrganization(clerk, on<ParamsOf<typeof deleteOrganization>>(), options);
uploadOrganizationLogo(clerk, on<ParamsOf<typeof uploadOrganizationLogo>>(), options);
deleteOrganizationLogo(clerk, on<ParamsOf<typeof deleteOrganizationLogo>>(), options);
paginateOrganizations(clerk, on<ParamsOf<typeof paginateOrganizations>>(), options);
createOrganizationMembership(clerk, on<ParamsOf<typeof createOrganizationMembership>>(), options);
listOrganizationMemberships(clerk, on<ParamsOf<typeof listOrganizationMemberships>>(), options);
updateOrganizationMembership(clerk, on<ParamsOf<typeof updateOrganizationMembership>>(), options);
deleteOrganizationMembership(clerk, on<ParamsOf<typeof deleteOrganizationMembership>>(), options);
mergeOrganizationMembershipMetadata(clerk, on<ParamsOf<typeof mergeOrganizationMembershipMetadata>>(), options);
listInstanceOrganizationMemberships(clerk, on<ParamsOf<typeof listInstanceOrganizationMemberships>>(), options);
listUserOrganizationMemberships(clerk, on<ParamsOf<typeof listUserOrganizationMemberships>>(), options);
createOrganizationInvitation(clerk, on<ParamsOf<typeof createOrganizationInvitation>>(), options);
bulkCreateOrganizationInvitations(clerk, on<ParamsOf<typeof bulkCreateOrganizationInvitations>>(), options);
listOrganizationInvitations(clerk, on<ParamsOf<typeof listOrganizationInvitations>>(), options);
getOrganizationInvitation(clerk, on<ParamsOf<typeof getOrganizationInvitation>>(), options);
revokeOrganizationInvitation(clerk, on<ParamsOf<typeof revokeOrganizationInvitation>>(), options);
listInstanceOrganizationInvitations(clerk, on<ParamsOf<typeof listInstanceOrganizationInvitations>>(), options);
listUserOrganizationInvitations(clerk, on<ParamsOf<typeof listUserOrganizationInvitations>>(), options);
createOrganizationDomain(clerk, on<ParamsOf<typeof createOrganizationDomain>>(), options);
listOrganizationDomains(clerk, on<ParamsOf<typeof listOrganizationDomains>>(), options);
updateOrganizationDomain(clerk, on<ParamsOf<typeof updateOrganizationDomain>>(), options);
deleteOrganizationDomain(clerk, on<ParamsOf<typeof deleteOrganizationDomain>>(), options);
verifyOrganizationDomainOwnership(clerk, on<ParamsOf<typeof verifyOrganizationDomainOwnership>>(), options);
listInstanceOrganizationDomains(clerk, on<ParamsOf<typeof listInstanceOrganizationDomains>>(), options);
listOrganizationRoles(clerk, on<ParamsOf<typeof listOrganizationRoles>>(), options);
createOrganizationRole(clerk, on<ParamsOf<typeof createOrganizationRole>>(), options);
getOrganizationRole(clerk, on<ParamsOf<typeof getOrganizationRole>>(), options);
updateOrganizationRole(clerk, on<ParamsOf<typeof updateOrganizationRole>>(), options);
deleteOrganizationRole(clerk, on<ParamsOf<typeof deleteOrganizationRole>>(), options);
assignPermissionToOrganizationRole(clerk, on<ParamsOf<typeof assignPermissionToOrganizationRole>>(), options);
removePermissionFromOrganizationRole(clerk, on<ParamsOf<typeof removePermissionFromOrganizationRole>>(), options);
listOrganizationPermissions(clerk, on<ParamsOf<typeof listOrganizationPermissions>>(), options);
createOrganizationPermission(clerk, on<ParamsOf<typeof createOrganizationPermission>>(), options);
getOrganizationPermission(clerk, on<ParamsOf<typeof getOrganizationPermission>>(), options);
updateOrganizationPermission(clerk, on<ParamsOf<typeof updateOrganizationPermission>>(), options);
deleteOrganizationPermission(clerk, on<ParamsOf<typeof deleteOrganizationPermission>>(), options);
listRoleSets(clerk, on<ParamsOf<typeof listRoleSets>>(), options);
createRoleSet(clerk, on<ParamsOf<typeof createRoleSet>>(), options);
getRoleSet(clerk, on<ParamsOf<typeof getRoleSet>>(), options);
updateRoleSet(clerk, on<ParamsOf<typeof updateRoleSet>>(), options);
replaceRoleSet(clerk, on<ParamsOf<typeof replaceRoleSet>>(), options);
addRolesToRoleSet(clerk, on<ParamsOf<typeof addRolesToRoleSet>>(), options);
replaceRoleInRoleSet(clerk, on<ParamsOf<typeof replaceRoleInRoleSet>>(), options);
getInstanceOrganizationSettings(clerk, on<ParamsOf<typeof getInstanceOrganizationSettings>>(), options);
getInstanceOrganizationSettings(clerk, undefined, options);
updateInstanceOrganizationSettings(clerk, on<ParamsOf<typeof updateInstanceOrganizationSettings>>(), options);
getJwks(clerk, on<ParamsOf<typeof getJwks>>(), options);
getJwks(clerk, undefined, options);
