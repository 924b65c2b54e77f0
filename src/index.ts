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
  InvalidRequestError,
  InvalidResponseError,
  Issue,
  NetworkError,
  RateLimitedError,
  RequestError,
  ResponseTooLargeError,
  TimeoutError,
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
export type { Result } from './result.js';
export { type ClerkError, ClerkErrorSchema, type ClerkErrors, ClerkErrorsSchema } from './schemas/clerk-errors.js';
export type { WithUnknownFields } from './schemas/closed.js';
export { type DeletedObject, DeletedObjectSchema } from './schemas/deleted-object.js';
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
export { type OrganizationWithLogo, OrganizationWithLogoSchema } from './schemas/organization-with-logo.js';
export { type Organizations, OrganizationsSchema } from './schemas/organizations.js';
