export { API_VERSION, type ClerkClient, type ClientOptions, createClient, type FetchFunction } from './client.js';
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
export type { CallOptions, HeadersInput, RetryPolicy } from './options.js';
export { type CreateOrganizationError, type CreateOrganizationParams, createOrganization } from './organizations/create-organization.js';
export { type DeleteOrganizationError, deleteOrganization, type OrganizationIdParams } from './organizations/delete-organization.js';
export { type DeleteOrganizationLogoError, deleteOrganizationLogo } from './organizations/delete-organization-logo.js';
export { type GetOrganizationError, type GetOrganizationParams, getOrganization } from './organizations/get-organization.js';
export { type ListOrganizationsError, type ListOrganizationsParams, listOrganizations, type OrganizationOrderBy } from './organizations/list-organizations.js';
export { mergeOrganizationMetadata, type OrganizationMetadataError, type OrganizationMetadataParams } from './organizations/merge-organization-metadata.js';
export { paginateOrganizations } from './organizations/paginate-organizations.js';
export { replaceOrganizationMetadata } from './organizations/replace-organization-metadata.js';
export { type UpdateOrganizationError, type UpdateOrganizationParams, updateOrganization } from './organizations/update-organization.js';
export { type UploadOrganizationLogoError, type UploadOrganizationLogoParams, uploadOrganizationLogo } from './organizations/upload-organization-logo.js';
export type { Result } from './result.js';
export { type ClerkError, ClerkErrorSchema, type ClerkErrors, ClerkErrorsSchema } from './schemas/clerk-errors.js';
export type { WithUnknownFields } from './schemas/closed.js';
export { type DeletedObject, DeletedObjectSchema } from './schemas/deleted-object.js';
export { type Metadata, MetadataSchema, type Organization, OrganizationSchema } from './schemas/organization.js';
export { type OrganizationWithLogo, OrganizationWithLogoSchema } from './schemas/organization-with-logo.js';
export { type Organizations, OrganizationsSchema } from './schemas/organizations.js';
