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
export * from './organizations/list-organizations.js';
export * from './organizations/get-organization.js';
export * from './organizations/create-organization.js';
export * from './organizations/update-organization.js';
export * from './organizations/merge-organization-metadata.js';
export * from './organizations/replace-organization-metadata.js';
export * from './organizations/delete-organization.js';
export * from './organizations/upload-organization-logo.js';
export * from './organizations/delete-organization-logo.js';
export * from './organizations/paginate-organizations.js';
