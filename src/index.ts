export { createClient, API_VERSION, type ClerkClient, type ClientOptions, type FetchFunction } from './client.js';
export type { CallOptions, HeadersInput, RetryPolicy } from './options.js';
export type { Result } from './result.js';
export type {
  AbortedError,
  ApiError,
  InvalidRequestError,
  InvalidResponseError,
  Issue,
  NetworkError,
  RequestError,
  ResponseTooLargeError,
  TimeoutError,
} from './errors.js';
export { OrganizationSchema, MetadataSchema, type Organization, type Metadata } from './schemas/organization.js';
export { OrganizationsSchema, type Organizations } from './schemas/organizations.js';
export { OrganizationWithLogoSchema, type OrganizationWithLogo } from './schemas/organization-with-logo.js';
export { DeletedObjectSchema, type DeletedObject } from './schemas/deleted-object.js';
export { ClerkErrorSchema, ClerkErrorsSchema, type ClerkError, type ClerkErrors } from './schemas/clerk-errors.js';
export type { WithUnknownFields } from './schemas/closed.js';
export { listOrganizations, type ListOrganizationsParams, type ListOrganizationsError, type OrganizationOrderBy } from './organizations/list-organizations.js';
export { paginateOrganizations } from './organizations/paginate-organizations.js';
export { getOrganization, type GetOrganizationParams, type GetOrganizationError } from './organizations/get-organization.js';
export { createOrganization, type CreateOrganizationParams, type CreateOrganizationError } from './organizations/create-organization.js';
export { updateOrganization, type UpdateOrganizationParams, type UpdateOrganizationError } from './organizations/update-organization.js';
export { mergeOrganizationMetadata, type OrganizationMetadataParams, type OrganizationMetadataError } from './organizations/merge-organization-metadata.js';
export { replaceOrganizationMetadata } from './organizations/replace-organization-metadata.js';
export { deleteOrganization, type OrganizationIdParams, type DeleteOrganizationError } from './organizations/delete-organization.js';
export { uploadOrganizationLogo, type UploadOrganizationLogoParams, type UploadOrganizationLogoError } from './organizations/upload-organization-logo.js';
export { deleteOrganizationLogo, type DeleteOrganizationLogoError } from './organizations/delete-organization-logo.js';
