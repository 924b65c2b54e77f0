import { ClerkFailure } from './http.js';

/**
 * The entries of Clerk's API error catalogue (`api_errors.json`, clerk/clerk-docs) the fake answers with,
 * by the backend's name for them: status, code, short message (`message`) and long message (`long_message`).
 * `<name>`, `%d` and `%s` in a long message are filled in order.
 */
const CATALOGUE = {
  OrganizationNotEnabledInInstance: [
    403,
    'organization_not_enabled_in_instance',
    'access denied',
    'The organizations feature is not enabled for this instance. You can enable it at https://dashboard.clerk.com.',
  ],
  OrganizationSlugsDisabled: [
    403,
    'organization_slugs_disabled',
    'organization slugs not enabled',
    'This instance does not have slugs enabled for organizations.',
  ],
  OrganizationDomainsNotEnabled: [
    403,
    'organization_domains_not_enabled',
    'organization domains not enabled',
    'This instance does not have domains enabled for organizations.',
  ],
  OrganizationDomainEnrollmentModeNotEnabled: [
    403,
    'organization_domain_enrollment_mode_not_enabled',
    'organization enrollment mode not enabled',
    "Enrollment mode <enrollmentMode> is not enabled for this instances's organizations.",
  ],
  OrganizationDomainQuotaExceeded: [
    403,
    'organization_domain_quota_exceeded',
    'organization domains quota exceeded',
    'You have reached your limit of %d domains per organization.',
  ],
  OrganizationMembershipQuotaExceeded: [
    403,
    'organization_membership_quota_exceeded',
    'organization membership quota exceeded',
    'You have reached your limit of %d organization memberships, including outstanding invitations.',
  ],
  OrganizationRoleNotFound: [404, 'resource_not_found', 'not found', 'Organization role not found'],
  OrganizationPermissionNotFound: [404, 'resource_not_found', 'not found', 'Organization permission not found'],
  ResourceNotFound: [404, 'resource_not_found', 'not found', 'Resource not found'],
  OrganizationSystemPermissionNotModifiable: [
    403,
    'organization_system_permission_not_modifiable',
    'organization system permission cannot be modified',
    'This organization permission cannot be modified because it is a system permission.',
  ],
  OrganizationInstanceRolesQuotaExceeded: [
    403,
    'organization_instance_roles_quota_exceeded',
    'organization roles for instance quota exceeded',
    'You have reached your limit of %d organization roles per instance.',
  ],
  OrganizationInstanceRoleSetsQuotaExceeded: [
    403,
    'organization_instance_role_sets_quota_exceeded',
    'organization role sets for instance quota exceeded',
    'You have reached your limit of %d organization role sets per instance.',
  ],
  OrganizationRolePermissionAssociationExists: [
    409,
    'organization_role_permission_association_exists',
    'permission already assigned to role',
    'This organization permission is already associated to this organization role.',
  ],
  OrganizationRolePermissionAssociationNotFound: [
    404,
    'organization_role_permission_association_not_found',
    'permission not assigned to role',
    'This organization permission is not associated with the organization role.',
  ],
  OrganizationRoleAssignedToMembers: [
    422,
    'organization_role_assigned_members',
    'role is assigned to organization members',
    'The organization role is currently assigned to one or more organization members.',
  ],
  OrganizationRoleExistsInInvitations: [
    422,
    'organization_role_exists_in_invitations',
    'role exists in pending organization invitations',
    'The organization role exists in one or more pending organization invitations. Please revoke these invitations to proceed.',
  ],
  OrganizationRoleUsedAsCreatorRole: [
    422,
    'organization_role_default_creator_role',
    'role is used as the creator role',
    'The organization role cannot be deleted as it is currently used as the creator role.',
  ],
  OrganizationRoleUsedAsDomainDefaultRole: [
    422,
    'organization_role_domain_default_role',
    'role is used as the domain default role',
    'The organization role cannot be deleted as it is currently used as the default domain role.',
  ],
  OrganizationMissingCreatorRolePermissions: [
    422,
    'organization_missing_creator_role_permissions',
    'missing permissions for creator role',
    'The creator role must contain the following permissions: <permissionKeys>',
  ],
  OrganizationRoleOnSetAssignedToUser: [
    422,
    'organization_role_on_set_assigned_to_user',
    'role is assigned to users',
    'The role <roleKey> is assigned to one or more users. Please re-assign the role to the users to proceed.',
  ],
  OrganizationRoleSetReassignmentMappingsMissing: [
    422,
    'organization_role_set_reassignment_mappings_missing',
    'reassignment mappings missing',
    'The following roles are missing from the reassignment mappings: %s',
  ],
  OrganizationRoleSetReassignmentMappingsInvalid: [
    422,
    'organization_role_set_reassignment_mappings_invalid',
    'reassignment mappings invalid',
    'The role <roleKey> is invalid in the reassignment mappings. It must be present in the new role set.',
  ],
  CannotDeleteInitialRoleSet: [403, 'cannot_delete_initial_role_set', 'cannot delete initial role set', 'Cannot delete the initial role set.'],
  FormMissingParameter: [422, 'form_param_missing', 'is missing', '<param> must be included.'],
  FormParameterArraySizeExceeded: [422, 'form_param_array_size_exceeded', 'exceeds maximum size', '<parameter> should not exceed %d items.'],
  FormInvalidParameterValue: [422, 'form_param_value_invalid', 'is invalid', '<value> does not match one of the allowed values for parameter <param>'],
  // The catalogue gives these two no messages: the caller writes them.
  FormInvalidParameterFormat: [422, 'form_param_format_invalid', '', ''],
  FormIdentifierExists: [422, 'form_identifier_exists', '', ''],
} as const satisfies Record<string, readonly [number, string, string, string]>;

/** The name of a catalogue entry the fake uses. */
type CatalogueName = keyof typeof CATALOGUE;

/** How one failure differs from its catalogue entry. */
interface Details {
  /** Shown as `meta.param_name`. */
  param?: string;
  /** Values for the long message's placeholders, in order. */
  fill?: (string | number)[];
  /** Other `meta` fields. */
  meta?: Record<string, unknown>;
  /** The message (short and long) where the catalogue has none. */
  message?: string;
}

/** The catalogue's failure `name`, as Clerk answers it. */
export function clerkError(name: CatalogueName, { param, fill = [], meta, message }: Details = {}): ClerkFailure {
  const [status, code, short, long] = CATALOGUE[name];
  let i = 0;
  const filled = long.replace(/<\w+>|%[ds]/g, (placeholder) => String(fill[i++] ?? placeholder));
  return new ClerkFailure(status, code, message ?? short, param, { long_message: message ?? filled, ...(meta ? { meta } : {}) });
}
