import type { ClerkClient } from './client.js';
import * as createOrganizationDomain from './domains/create-organization-domain.js';
import * as deleteOrganizationDomain from './domains/delete-organization-domain.js';
import * as listInstanceOrganizationDomains from './domains/list-instance-organization-domains.js';
import * as listOrganizationDomains from './domains/list-organization-domains.js';
import * as updateOrganizationDomain from './domains/update-organization-domain.js';
import * as verifyOrganizationDomainOwnership from './domains/verify-organization-domain-ownership.js';
import * as bulkCreateOrganizationInvitations from './invitations/bulk-create-organization-invitations.js';
import * as createOrganizationInvitation from './invitations/create-organization-invitation.js';
import * as getOrganizationInvitation from './invitations/get-organization-invitation.js';
import * as listInstanceOrganizationInvitations from './invitations/list-instance-organization-invitations.js';
import * as listOrganizationInvitations from './invitations/list-organization-invitations.js';
import * as listUserOrganizationInvitations from './invitations/list-user-organization-invitations.js';
import * as revokeOrganizationInvitation from './invitations/revoke-organization-invitation.js';
import * as getJwks from './jwks/get-jwks.js';
import * as createOrganizationMembership from './memberships/create-organization-membership.js';
import * as deleteOrganizationMembership from './memberships/delete-organization-membership.js';
import * as listInstanceOrganizationMemberships from './memberships/list-instance-organization-memberships.js';
import * as listOrganizationMemberships from './memberships/list-organization-memberships.js';
import * as listUserOrganizationMemberships from './memberships/list-user-organization-memberships.js';
import * as mergeOrganizationMembershipMetadata from './memberships/merge-organization-membership-metadata.js';
import * as updateOrganizationMembership from './memberships/update-organization-membership.js';
import type { CallOptions } from './options.js';
import * as createOrganization from './organizations/create-organization.js';
import * as deleteOrganization from './organizations/delete-organization.js';
import * as deleteOrganizationLogo from './organizations/delete-organization-logo.js';
import * as getOrganization from './organizations/get-organization.js';
import * as listOrganizations from './organizations/list-organizations.js';
import * as mergeOrganizationMetadata from './organizations/merge-organization-metadata.js';
import * as replaceOrganizationMetadata from './organizations/replace-organization-metadata.js';
import * as updateOrganization from './organizations/update-organization.js';
import * as uploadOrganizationLogo from './organizations/upload-organization-logo.js';
import * as createOrganizationPermission from './permissions/create-organization-permission.js';
import * as deleteOrganizationPermission from './permissions/delete-organization-permission.js';
import * as getOrganizationPermission from './permissions/get-organization-permission.js';
import * as listOrganizationPermissions from './permissions/list-organization-permissions.js';
import * as updateOrganizationPermission from './permissions/update-organization-permission.js';
import type { Endpoint, Operation } from './request.js';
import type { Result } from './result.js';
import * as addRolesToRoleSet from './role-sets/add-roles-to-role-set.js';
import * as createRoleSet from './role-sets/create-role-set.js';
import * as getRoleSet from './role-sets/get-role-set.js';
import * as listRoleSets from './role-sets/list-role-sets.js';
import * as replaceRoleInRoleSet from './role-sets/replace-role-in-role-set.js';
import * as replaceRoleSet from './role-sets/replace-role-set.js';
import * as updateRoleSet from './role-sets/update-role-set.js';
import * as assignPermissionToOrganizationRole from './roles/assign-permission-to-organization-role.js';
import * as createOrganizationRole from './roles/create-organization-role.js';
import * as deleteOrganizationRole from './roles/delete-organization-role.js';
import * as getOrganizationRole from './roles/get-organization-role.js';
import * as listOrganizationRoles from './roles/list-organization-roles.js';
import * as removePermissionFromOrganizationRole from './roles/remove-permission-from-organization-role.js';
import * as updateOrganizationRole from './roles/update-organization-role.js';
import * as getInstanceOrganizationSettings from './settings/get-instance-organization-settings.js';
import * as updateInstanceOrganizationSettings from './settings/update-instance-organization-settings.js';

/** An endpoint function, as the registry calls it. */
export type EndpointFunction = (client: ClerkClient, params: never, options?: CallOptions) => Promise<Result<unknown, unknown>>;

/** One wrapped operation: its descriptor, its function (and the function's name), and params that pass its checks. */
export interface Registered {
  /** The function's exported name, e.g. `getOrganization`. */
  name: string;
  /** The operation as data: its descriptor (method, path template, params, response) with its place in the spec (operationId, statuses). */
  endpoint: Endpoint<never, unknown> & Operation;
  /** The exported endpoint function. */
  call: EndpointFunction;
  /** Params that pass the checks: what tests send when any valid call will do. */
  example: () => Record<string, unknown>;
}

/** An endpoint module: its descriptor, its place in the spec and its one function. */
type EndpointModule = { endpoint: object; operation: Operation };

/** The params of a module's endpoint function. */
type ParamsOf<M> = {
  [K in Exclude<keyof M, 'endpoint' | 'operation'>]: M[K] extends (client: ClerkClient, params: infer P, options?: CallOptions) => unknown ? P : never;
}[Exclude<keyof M, 'endpoint' | 'operation'>];

function register<M extends EndpointModule>(module: M, example: () => ParamsOf<M>): Registered {
  const [name, call] = Object.entries(module).find(([, value]) => typeof value === 'function')!;
  const endpoint = { ...(module.endpoint as Endpoint<never, unknown>), ...module.operation };
  return { name, endpoint, call: call as EndpointFunction, example: example as () => Record<string, unknown> };
}

/**
 * Every operation this package wraps, one line each. Tests (spec drift,
 * contracts, properties, size) and the fake's route table read their lists
 * from here, and a test fails when an exported endpoint function is not in
 * it: adding an endpoint is its file plus one line here.
 */
export function registry(): Registered[] {
  return [
    register(listOrganizations, () => ({ limit: 10 })),
    register(getOrganization, () => ({ organization_id: 'org_1' })),
    register(createOrganization, () => ({ name: 'A' })),
    register(updateOrganization, () => ({ organization_id: 'org_1', name: 'B' })),
    register(mergeOrganizationMetadata, () => ({ organization_id: 'org_1', public_metadata: { a: 1 } })),
    register(replaceOrganizationMetadata, () => ({ organization_id: 'org_1', private_metadata: {} })),
    register(deleteOrganization, () => ({ organization_id: 'org_1' })),
    register(uploadOrganizationLogo, () => ({ organization_id: 'org_1', file: new Blob(['x'], { type: 'image/png' }) })),
    register(deleteOrganizationLogo, () => ({ organization_id: 'org_1' })),
    register(createOrganizationMembership, () => ({ organization_id: 'org_1', user_id: 'user_1', role: 'org:member' })),
    register(listOrganizationMemberships, () => ({ organization_id: 'org_1', role: ['org:admin'], created_at_after: 1 })),
    register(updateOrganizationMembership, () => ({ organization_id: 'org_1', user_id: 'user_1', role: 'org:admin' })),
    register(deleteOrganizationMembership, () => ({ organization_id: 'org_1', user_id: 'user_1' })),
    register(mergeOrganizationMembershipMetadata, () => ({ organization_id: 'org_1', user_id: 'user_1', public_metadata: { a: 1 } })),
    register(listInstanceOrganizationMemberships, () => ({ limit: 5 })),
    register(listUserOrganizationMemberships, () => ({ user_id: 'user_1' })),
    register(createOrganizationInvitation, () => ({ organization_id: 'org_1', email_address: 'a@b.c', role: 'r', expires_in_days: 3 })),
    register(bulkCreateOrganizationInvitations, () => ({ organization_id: 'org_1', invitations: [{ email_address: 'a@b.c', role: 'r' }] })),
    register(listOrganizationInvitations, () => ({ organization_id: 'org_1', status: 'pending' as const })),
    register(getOrganizationInvitation, () => ({ organization_id: 'org_1', invitation_id: 'orginv_1' })),
    register(revokeOrganizationInvitation, () => ({ organization_id: 'org_1', invitation_id: 'orginv_1' })),
    register(listInstanceOrganizationInvitations, () => ({ query: 'a' })),
    register(listUserOrganizationInvitations, () => ({ user_id: 'user_1' })),
    register(createOrganizationDomain, () => ({ organization_id: 'org_1', name: 'a.test', enrollment_mode: 'manual_invitation' as const })),
    register(listOrganizationDomains, () => ({ organization_id: 'org_1', verified: true })),
    register(updateOrganizationDomain, () => ({ organization_id: 'org_1', domain_id: 'd', verified: false })),
    register(deleteOrganizationDomain, () => ({ organization_id: 'org_1', domain_id: 'd' })),
    register(verifyOrganizationDomainOwnership, () => ({ organization_id: 'org_1', domain_id: 'd' })),
    register(listInstanceOrganizationDomains, () => ({ enrollment_mode: ['-enterprise_sso' as const], domains: ['a.test'] })),
    register(listOrganizationRoles, () => ({ limit: 10 })),
    register(createOrganizationRole, () => ({ name: 'Billing admin', key: 'org:billing_admin' })),
    register(getOrganizationRole, () => ({ organization_role_id: 'role_1' })),
    register(updateOrganizationRole, () => ({ organization_role_id: 'role_1', name: 'Billing manager' })),
    register(deleteOrganizationRole, () => ({ organization_role_id: 'role_1' })),
    register(assignPermissionToOrganizationRole, () => ({ organization_role_id: 'role_1', permission_id: 'perm_1' })),
    register(removePermissionFromOrganizationRole, () => ({ organization_role_id: 'role_1', permission_id: 'perm_1' })),
    register(listOrganizationPermissions, () => ({ query: 'org:' })),
    register(createOrganizationPermission, () => ({ name: 'Read invoices', key: 'org:invoices:read' })),
    register(getOrganizationPermission, () => ({ permission_id: 'perm_1' })),
    register(updateOrganizationPermission, () => ({ permission_id: 'perm_1', name: 'Read all invoices' })),
    register(deleteOrganizationPermission, () => ({ permission_id: 'perm_1' })),
    register(listRoleSets, () => ({ order_by: 'name' as const })),
    register(createRoleSet, () => ({ name: 'Agencies', default_role_key: 'org:member', creator_role_key: 'org:admin', roles: ['org:admin', 'org:member'] })),
    register(getRoleSet, () => ({ role_set_key_or_id: 'role_set:default' })),
    register(updateRoleSet, () => ({ role_set_key_or_id: 'role_set:default', name: 'Default' })),
    register(replaceRoleSet, () => ({ role_set_key_or_id: 'role_set:old', dest_role_set_key: 'role_set:default' })),
    register(addRolesToRoleSet, () => ({ role_set_key_or_id: 'role_set:default', role_keys: ['org:billing_admin'] })),
    register(replaceRoleInRoleSet, () => ({ role_set_key_or_id: 'role_set:default', role_key: 'org:editor', to_role_key: 'org:member' })),
    register(getInstanceOrganizationSettings, () => ({})),
    register(updateInstanceOrganizationSettings, () => ({ max_allowed_memberships: 10 })),
    register(getJwks, () => ({})),
  ];
}
