export { type ClerkClient, createClient } from './client.js';
export {
  type CreateOrganizationDomainError,
  type CreateOrganizationDomainParams,
  createOrganizationDomain,
} from './domains/create-organization-domain.js';
export { type DeleteOrganizationDomainError, deleteOrganizationDomain } from './domains/delete-organization-domain.js';
export type { DomainIdParams, EnrollmentModeInput } from './domains/domain-params.js';
export {
  type DomainOrderBy,
  type ListInstanceOrganizationDomainsError,
  type ListInstanceOrganizationDomainsParams,
  listInstanceOrganizationDomains,
} from './domains/list-instance-organization-domains.js';
export { type ListOrganizationDomainsError, type ListOrganizationDomainsParams, listOrganizationDomains } from './domains/list-organization-domains.js';
export {
  type UpdateOrganizationDomainError,
  type UpdateOrganizationDomainParams,
  updateOrganizationDomain,
} from './domains/update-organization-domain.js';
export {
  type VerifyOrganizationDomainOwnershipError,
  verifyOrganizationDomainOwnership,
} from './domains/verify-organization-domain-ownership.js';
export type {
  AbortedError,
  ApiError,
  Cause,
  InvalidRequestError,
  InvalidResponseError,
  Issue,
  NetworkError,
  RateLimitedError,
  RequestError,
  ResponseTooLargeError,
  TimeoutError,
  Where,
} from './errors.js';
export {
  type BulkCreateOrganizationInvitationsError,
  type BulkCreateOrganizationInvitationsParams,
  bulkCreateOrganizationInvitations,
} from './invitations/bulk-create-organization-invitations.js';
export {
  type CreateOrganizationInvitationError,
  type CreateOrganizationInvitationParams,
  createOrganizationInvitation,
} from './invitations/create-organization-invitation.js';
export { type GetOrganizationInvitationError, getOrganizationInvitation } from './invitations/get-organization-invitation.js';
export type { InvitationIdParams, InvitationInput, InvitationOrderBy } from './invitations/invitation-params.js';
export {
  type ListInstanceOrganizationInvitationsError,
  type ListInstanceOrganizationInvitationsParams,
  listInstanceOrganizationInvitations,
} from './invitations/list-instance-organization-invitations.js';
export {
  type ListOrganizationInvitationsError,
  type ListOrganizationInvitationsParams,
  listOrganizationInvitations,
} from './invitations/list-organization-invitations.js';
export {
  type ListUserOrganizationInvitationsError,
  type ListUserOrganizationInvitationsParams,
  listUserOrganizationInvitations,
} from './invitations/list-user-organization-invitations.js';
export {
  type RevokeOrganizationInvitationError,
  type RevokeOrganizationInvitationParams,
  revokeOrganizationInvitation,
} from './invitations/revoke-organization-invitation.js';
export { type GetJwksError, type GetJwksParams, getJwks } from './jwks/get-jwks.js';
export type { RateLimit, SharedWindow } from './limits.js';
export {
  type CreateOrganizationMembershipError,
  type CreateOrganizationMembershipParams,
  createOrganizationMembership,
} from './memberships/create-organization-membership.js';
export { type DeleteOrganizationMembershipError, deleteOrganizationMembership } from './memberships/delete-organization-membership.js';
export {
  type ListInstanceOrganizationMembershipsError,
  type ListInstanceOrganizationMembershipsParams,
  listInstanceOrganizationMemberships,
} from './memberships/list-instance-organization-memberships.js';
export {
  type ListOrganizationMembershipsError,
  type ListOrganizationMembershipsParams,
  listOrganizationMemberships,
} from './memberships/list-organization-memberships.js';
export {
  type ListUserOrganizationMembershipsError,
  type ListUserOrganizationMembershipsParams,
  listUserOrganizationMemberships,
} from './memberships/list-user-organization-memberships.js';
export type { MembershipOrderBy, MembershipParams } from './memberships/membership-params.js';
export {
  mergeOrganizationMembershipMetadata,
  type OrganizationMembershipMetadataError,
  type OrganizationMembershipMetadataParams,
} from './memberships/merge-organization-membership-metadata.js';
export {
  type UpdateOrganizationMembershipError,
  type UpdateOrganizationMembershipParams,
  updateOrganizationMembership,
} from './memberships/update-organization-membership.js';
export { API_VERSION, type CallOptions, type ClientOptions, type FetchFunction, type HeadersInput, type RetryPolicy } from './options.js';
export { type CreateOrganizationError, type CreateOrganizationParams, createOrganization } from './organizations/create-organization.js';
export { type DeleteOrganizationError, deleteOrganization } from './organizations/delete-organization.js';
export { type DeleteOrganizationLogoError, deleteOrganizationLogo } from './organizations/delete-organization-logo.js';
export { type GetOrganizationError, type GetOrganizationParams, getOrganization } from './organizations/get-organization.js';
export { type ListOrganizationsError, type ListOrganizationsParams, listOrganizations } from './organizations/list-organizations.js';
export { mergeOrganizationMetadata, type OrganizationMetadataError } from './organizations/merge-organization-metadata.js';
export type { OrganizationIdParams, OrganizationMetadataParams, OrganizationOrderBy } from './organizations/organization-params.js';
export { paginateOrganizations } from './organizations/paginate-organizations.js';
export { replaceOrganizationMetadata } from './organizations/replace-organization-metadata.js';
export { type UpdateOrganizationError, type UpdateOrganizationParams, updateOrganization } from './organizations/update-organization.js';
export { type UploadOrganizationLogoError, type UploadOrganizationLogoParams, uploadOrganizationLogo } from './organizations/upload-organization-logo.js';
export { type ListFunction, paginate } from './paginate.js';
export type { KeyedOrderBy } from './params.js';
export {
  type CreateOrganizationPermissionError,
  type CreateOrganizationPermissionParams,
  createOrganizationPermission,
} from './permissions/create-organization-permission.js';
export { type DeleteOrganizationPermissionError, deleteOrganizationPermission } from './permissions/delete-organization-permission.js';
export { type GetOrganizationPermissionError, getOrganizationPermission } from './permissions/get-organization-permission.js';
export {
  type ListOrganizationPermissionsError,
  type ListOrganizationPermissionsParams,
  listOrganizationPermissions,
} from './permissions/list-organization-permissions.js';
export type { PermissionIdParams } from './permissions/permission-params.js';
export {
  type UpdateOrganizationPermissionError,
  type UpdateOrganizationPermissionParams,
  updateOrganizationPermission,
} from './permissions/update-organization-permission.js';
export type { Result } from './result.js';
export { type AddRolesToRoleSetError, type AddRolesToRoleSetParams, addRolesToRoleSet } from './role-sets/add-roles-to-role-set.js';
export { type CreateRoleSetError, type CreateRoleSetParams, createRoleSet } from './role-sets/create-role-set.js';
export { type GetRoleSetError, getRoleSet } from './role-sets/get-role-set.js';
export { type ListRoleSetsError, type ListRoleSetsParams, listRoleSets } from './role-sets/list-role-sets.js';
export { type ReplaceRoleInRoleSetError, type ReplaceRoleInRoleSetParams, replaceRoleInRoleSet } from './role-sets/replace-role-in-role-set.js';
export { type ReplaceRoleSetError, type ReplaceRoleSetParams, replaceRoleSet } from './role-sets/replace-role-set.js';
export type { RoleSetIdParams } from './role-sets/role-set-params.js';
export { type UpdateRoleSetError, type UpdateRoleSetParams, updateRoleSet } from './role-sets/update-role-set.js';
export { type AssignPermissionToOrganizationRoleError, assignPermissionToOrganizationRole } from './roles/assign-permission-to-organization-role.js';
export { type CreateOrganizationRoleError, type CreateOrganizationRoleParams, createOrganizationRole } from './roles/create-organization-role.js';
export { type DeleteOrganizationRoleError, deleteOrganizationRole } from './roles/delete-organization-role.js';
export { type GetOrganizationRoleError, getOrganizationRole } from './roles/get-organization-role.js';
export { type ListOrganizationRolesError, type ListOrganizationRolesParams, listOrganizationRoles } from './roles/list-organization-roles.js';
export { type RemovePermissionFromOrganizationRoleError, removePermissionFromOrganizationRole } from './roles/remove-permission-from-organization-role.js';
export type { RoleIdParams, RolePermissionParams } from './roles/role-params.js';
export { type UpdateOrganizationRoleError, type UpdateOrganizationRoleParams, updateOrganizationRole } from './roles/update-organization-role.js';
export { type ClerkError, ClerkErrorSchema, type ClerkErrors, ClerkErrorsSchema } from './schemas/clerk-errors.js';
export type { WithUnknownFields } from './schemas/closed.js';
export { type DeletedObject, DeletedObjectSchema } from './schemas/deleted-object.js';
export { type Jwk, JwkSchema, type Jwks, JwksSchema } from './schemas/jwks.js';
export { type Metadata, MetadataSchema, type Organization, OrganizationSchema } from './schemas/organization.js';
export {
  type OrganizationDomain,
  OrganizationDomainSchema,
  type OrganizationDomains,
  OrganizationDomainsSchema,
  type OrganizationDomainVerification,
  type OrganizationEnrollmentMode,
} from './schemas/organization-domain.js';
export {
  type OrganizationInvitation,
  type OrganizationInvitationPublicOrganizationData,
  type OrganizationInvitationPublicUserData,
  OrganizationInvitationSchema,
  type OrganizationInvitationStatus,
  type OrganizationInvitations,
  OrganizationInvitationsSchema,
  type OrganizationInvitationsWithPublicOrganizationData,
  OrganizationInvitationsWithPublicOrganizationDataSchema,
  type OrganizationInvitationWithPublicOrganizationData,
  OrganizationInvitationWithPublicOrganizationDataSchema,
} from './schemas/organization-invitation.js';
export {
  type OrganizationMembership,
  type OrganizationMembershipPublicUserData,
  OrganizationMembershipPublicUserDataSchema,
  OrganizationMembershipSchema,
  type OrganizationMemberships,
  OrganizationMembershipsSchema,
} from './schemas/organization-membership.js';
export { type OrganizationSettings, OrganizationSettingsSchema } from './schemas/organization-settings.js';
export { type OrganizationWithLogo, OrganizationWithLogoSchema } from './schemas/organization-with-logo.js';
export { type Organizations, OrganizationsSchema } from './schemas/organizations.js';
export { type Permission, PermissionSchema, type Permissions, PermissionsSchema } from './schemas/permission.js';
export { type OrganizationRoleKey, type Role, RoleSchema, type Roles, RolesSchema } from './schemas/role.js';
export {
  type RoleSet,
  type RoleSetItem,
  type RoleSetMigration,
  RoleSetSchema,
  type RoleSets,
  RoleSetsSchema,
  type RoleSetType,
} from './schemas/role-set.js';
export type { SessionAuth, SessionClaims } from './sessions/session-claims.js';
export {
  type TokenError,
  type TokenErrorReason,
  type VerifySessionTokenOptions,
  verifySessionToken,
} from './sessions/verify-session-token.js';
export {
  type GetInstanceOrganizationSettingsError,
  type GetInstanceOrganizationSettingsParams,
  getInstanceOrganizationSettings,
} from './settings/get-instance-organization-settings.js';
export {
  type UpdateInstanceOrganizationSettingsError,
  type UpdateInstanceOrganizationSettingsParams,
  updateInstanceOrganizationSettings,
} from './settings/update-instance-organization-settings.js';
export {
  type VerifyWebhookOptions,
  verifyWebhook,
  type WebhookError,
  type WebhookErrorReason,
} from './webhooks/verify-webhook.js';
export type {
  OrganizationWebhookEvent,
  OrganizationWebhookEventData,
  OtherWebhookEvent,
  OtherWebhookEventType,
  WebhookEnvelope,
  WebhookEvent,
} from './webhooks/webhook-event.js';

// Clerk's error codes by family (types only): `errors[0].code` suggestions.

export type {
  CommonErrorCode,
  DomainErrorCode,
  InvitationErrorCode,
  MembershipErrorCode,
  OrganizationErrorCode,
  OrganizationSettingsErrorCode,
  PermissionErrorCode,
  RoleErrorCode,
  RoleSetErrorCode,
} from './error-codes.js';
export { type SharedLimiter, sharedRateLimit } from './shared-limit.js';
