/**
 * The Clerk error codes (`errors[].code`) each family of endpoints can answer, as string-literal unions
 * that editors suggest. Types only: this module holds no run-time code.
 *
 * Source: Clerk's catalogue of API errors, `clerk/clerk-docs` `data/api_errors.json`, snapshot of
 * 2026-08-21, copied to `test/fixtures/clerk-errors/api_errors.json`. `test/core/error-codes.test.ts`
 * applies the rule below to that copy and fails when the result differs from these unions.
 *
 * The rule. Only entries flagged `usage.bapi === true` (the Backend API answers them) count, with one
 * exception: `too_many_requests` (internal.go `TooManyRequests`, a 429 the catalogue flags for neither
 * API, likely as the rate limiter sits before both) is in `CommonErrorCode`, the code 429s are read with
 * here (the fake answers 429s with it).
 *
 * - `CommonErrorCode`, in every union: any endpoint can answer these. The entries of `auth.go` except
 *   those about identifiers and phone countries (names matching `/Identif|Subaddress|Country/`); of
 *   `requests.go` except `/PublishableKey|RedirectLoop/`; of `forms.go` except passwords, usernames,
 *   codes, PKCE, origins, verification and second factors
 *   (`/Password|Pwned|Username|IncorrectCode|PKCE|Origin|Unverified|SecondFactor|IdentifierNotFound/`);
 *   all of `internal.go`, `network.go` and `deprecation.go`; and every entry whose code is
 *   `resource_not_found`, whatever its file (a path id that names nothing).
 * - The family unions add the entries of `organizations.go`, each given to families by its `name`,
 *   the first matching line winning:
 *
 *   | `name` | families |
 *   |---|---|
 *   | `OrganizationNotEnabledInInstance`, `OrganizationNotFound` | organizations, memberships, invitations, domains |
 *   | `NotAMemberInOrganization`, `MissingOrganizationPermission` (the acting user: uploader, inviter, requester) | organizations, invitations |
 *   | `AlreadyAMemberOfOrganization`, `OrganizationMembershipQuotaExceeded` (a seat: a member or a pending invitation) | memberships, invitations |
 *   | `OrganizationDomain*` | domains |
 *   | `OrganizationInvitation*` | invitations |
 *   | `ExclusiveOrganizationMembershipExistingMembers`, `OrganizationAlreadyHasSSOConnection` | none (no wrapped endpoint sets them off) |
 *   | `*Membership*`, `OrganizationMinimumPermissionsNeeded`, `PersonalAccountsNotAllowed` | memberships |
 *   | `OrganizationPermissionNotFound` | permissions, roles |
 *   | `OrganizationSystemPermission*` | permissions |
 *   | `OrganizationRoleOnSetAssignedToUser` (a role set change: `updateOrganization`'s `role_set_key` too) | role sets, organizations |
 *   | `OrganizationRoleSet*`, `OrganizationInstanceRoleSets*`, `RoleMigration*` | role sets |
 *   | `OrganizationMissingCreatorRolePermissions`, `*RoleNotFound` | roles, role sets, settings |
 *   | `OrganizationRole*`, `OrganizationInstanceRoles*` | roles |
 *   | `Organizations*` (plural), `ForceOrganizationSelection*` | settings |
 *   | any other `Org*` | organizations |
 *
 *   and `OrganizationErrorCode` adds the entries of `images.go` (the logo upload).
 *
 * Codes are open unions where they are used (`ClerkError<C>['code']` is `C | (string & {}) | null`):
 * a code Clerk adds later still type-checks. A code tells the kind of failure; `meta.param_name` and
 * the endpoint tell which resource or param (`resource_not_found` is the answer for 28 catalogue entries).
 *
 * @module
 */

/**
 * The codes any Backend API endpoint can answer: authentication and authorization, the request itself
 * (body, query, version, size), form errors on any param, `resource_not_found`, rate limits and
 * Clerk's own failures. Every family's union includes them.
 *
 * @category Errors
 * @example
 * import { getJwks } from 'clerk-backend-fetch';
 * const r = await getJwks(clerk);
 * if (!r.ok && r.error.type === 'api' && r.error.errors[0]?.code === 'authentication_invalid') console.error('check CLERK_SECRET_KEY');
 */
export type CommonErrorCode =
  | 'api_version_invalid' // 400 invalid API version
  | 'authentication_invalid' // 401 Invalid authentication
  | 'authorization_header_format_invalid' // 401 Invalid Authorization header format
  | 'authorization_invalid' // 403 Unauthorized request
  | 'authorization_missing_scopes' // 403 Missing authorization scopes
  | 'bad_request' // 400 Bad request
  | 'bulk_size_exceeded' // 400 bulk size exceeded
  | 'clerk_key_invalid' // 401 The provided Clerk Secret Key is invalid. Make sure that your Clerk Secret Key is correct.
  | 'conflict' // 409 Conflict
  | 'could_not_authenticate_request' // 401 Could not authenticate request.
  | 'form_already_exists' // 422 FormAlreadyExists
  | 'form_conditional_param_disallowed' // 422 is not allowed
  | 'form_conditional_param_missing' // 422 is missing
  | 'form_disallow_future_date' // 422 Date values must not be in the future.
  | 'form_identifier_exists' // 422 FormIdentifierExists
  | 'form_param_array_length_mismatch' // 422 length mismatch
  | 'form_param_array_size_exceeded' // 422 exceeds maximum size
  | 'form_param_deprecated' // 422 is deprecated
  | 'form_param_duplicate' // 422 is duplicate
  | 'form_param_exceeds_allowed_size' // 422 FormParameterSizeTooLarge
  | 'form_param_format_invalid' // 422 FormInvalidParameterFormat
  | 'form_param_invalid_date' // 422 Date values must be given in Unix millisecond timestamp format.
  | 'form_param_invalid_time' // 422 invalid format
  | 'form_param_max_length_exceeded' // 422 exceeds maximum length
  | 'form_param_min_length_exceeded' // 422 does not reach minimum length
  | 'form_param_missing' // 422 is missing
  | 'form_param_nil' // 422 FormNilParameter
  | 'form_param_type_invalid' // 422 is invalid
  | 'form_param_unknown' // 422 is unknown
  | 'form_param_value_conflict' // 422 conflicting values
  | 'form_param_value_invalid' // 422 is invalid
  | 'form_param_value_too_large' // 422 Value too large
  | 'form_resource_not_found' // 422 is missing
  | 'gateway_timeout' // 504 Gateway Timeout
  | 'internal_clerk_error' // 500 Oops, an unexpected error occurred
  | 'malformed_request_parameters' // 400 Malformed request parameters
  | 'missing_query_parameter' // 400 MissingQueryParameter
  | 'operation_deprecated' // 410 endpoint is deprecated and pending removal
  | 'quota_exceeded' // 403 Quota exceeded
  | 'request_body_invalid' // 400 Request body invalid
  | 'request_body_too_large' // 413 Request body too large
  | 'request_invalid_for_environment' // 400 Invalid request for environment
  | 'request_invalid_for_instance' // 400 Invalid request for instance
  | 'resource_locked' // 409 resource busy
  | 'resource_not_found' // 404 not found: an id or key in the path names nothing
  | 'service_unavailable' // 503 Service unavailable
  | 'too_many_requests' // 429 Too many requests
  | 'unsupported_content_type'; // 415 Content-Type is unsupported;

/**
 * The codes the organization endpoints (`createOrganization`, `updateOrganization`, `uploadOrganizationLogo`, …)
 * can answer: `CommonErrorCode` and the organization entries of Clerk's catalogue.
 *
 * @category Errors
 * @example
 * const r = await createOrganization(clerk, { name: 'Acme', created_by: 'user_123' });
 * if (!r.ok && r.error.type === 'api' && r.error.errors[0]?.code === 'organization_quota_exceeded') console.log('no more organizations on this plan');
 */
export type OrganizationErrorCode =
  | CommonErrorCode
  | 'image_not_found' // 404 Image not found
  | 'image_too_large' // 413 Image too large
  | 'missing_organization_permission' // 403 missing permission
  | 'not_a_member_in_organization' // 403 not a member
  | 'org_creation_limit_exceeded' // 403 Organization Creation Limit Exceeded
  | 'organization_creator_not_found' // 400 creator not found
  | 'organization_member_limit_managed_by_billing' // 400 member limit managed by Billing
  | 'organization_not_enabled_in_instance' // 403 access denied
  | 'organization_not_found_or_unauthorized' // 404 not found or unauthorized
  | 'organization_quota_exceeded' // 403 organization quota exceeded
  | 'organization_role_on_set_assigned_to_user' // 422 role is assigned to users
  | 'organization_slugs_disabled'; // 403 organization slugs not enabled;

/**
 * The codes the membership endpoints (`createOrganizationMembership`, `updateOrganizationMembership`, …)
 * can answer: `CommonErrorCode`, the membership entries of Clerk's catalogue and the seat errors.
 *
 * @category Errors
 * @example
 * const r = await createOrganizationMembership(clerk, { organization_id: 'org_123', user_id: 'user_456', role: 'org:member' });
 * if (!r.ok && r.error.type === 'api') {
 *   const code = r.error.errors[0]?.code;
 *   if (code === 'already_a_member_in_organization') console.log('nothing to do');
 *   else if (code === 'organization_membership_quota_exceeded') console.log('no seat left');
 * }
 */
export type MembershipErrorCode =
  | CommonErrorCode
  | 'already_a_member_in_organization' // 400 already a member
  | 'exclusive_organization_membership' // 422 exclusive organization membership
  | 'organization_membership_managed_by_scim' // 409 membership role managed by directory sync
  | 'organization_membership_quota_exceeded' // 403 organization membership quota exceeded
  | 'organization_membership_quota_exceeded_for_sso' // 403 organization membership quota exceeded for sso per org
  | 'organization_minimum_permissions_needed' // 400 minimum organization permissions needed
  | 'organization_not_enabled_in_instance' // 403 access denied
  | 'personal_accounts_not_allowed'; // 422 personal accounts are not allowed;

/**
 * The codes the invitation endpoints (`createOrganizationInvitation`, `revokeOrganizationInvitation`, …)
 * can answer: `CommonErrorCode`, the invitation entries of Clerk's catalogue, the seat errors and the
 * acting user's (`inviter_user_id`, `requesting_user_id`).
 *
 * @category Errors
 * @example
 * const r = await createOrganizationInvitation(clerk, { organization_id: 'org_123', email_address: 'bo@acme.test', role: 'org:member' });
 * if (!r.ok && r.error.type === 'api' && r.error.errors[0]?.code === 'organization_invitation_not_unique') console.log('already invited');
 */
export type InvitationErrorCode =
  | CommonErrorCode
  | 'already_a_member_in_organization' // 400 already a member
  | 'missing_organization_permission' // 403 missing permission
  | 'not_a_member_in_organization' // 403 not a member
  | 'organization_invitation_already_accepted' // 400 invitation has already been accepted
  | 'organization_invitation_not_pending' // 404 not pending
  | 'organization_invitation_not_unique' // 400 organization invitation not unique
  | 'organization_invitation_revoked_code' // 400 invitation has been revoked
  | 'organization_membership_quota_exceeded' // 403 organization membership quota exceeded
  | 'organization_not_enabled_in_instance'; // 403 access denied;

/**
 * The codes the domain endpoints (`createOrganizationDomain`, `verifyOrganizationDomainOwnership`, …)
 * can answer: `CommonErrorCode` and the `OrganizationDomain*` entries of Clerk's catalogue.
 *
 * @category Errors
 * @example
 * const r = await createOrganizationDomain(clerk, { organization_id: 'org_123', name: 'acme.test' });
 * if (!r.ok && r.error.type === 'api' && r.error.errors[0]?.code === 'organization_domain_already_exists') console.log('another organization has it');
 */
export type DomainErrorCode =
  | CommonErrorCode
  | 'organization_domain_already_exists' // 422 organizaton domain already exists
  | 'organization_domain_already_exists_same_organization' // 422 organization domain already exists
  | 'organization_domain_blocked' // 422 blocked email domain
  | 'organization_domain_common' // 422 common email domain
  | 'organization_domain_enrollment_mode_not_enabled' // 403 organization enrollment mode not enabled
  | 'organization_domain_exists_for_enrollment' // 422 domain used for organization enrollment
  | 'organization_domain_exists_for_enterprise_connection' // 422 domain exists for an organization enterprise connection
  | 'organization_domain_quota_exceeded' // 403 organization domains quota exceeded
  | 'organization_domains_not_enabled' // 403 organization domains not enabled
  | 'organization_not_enabled_in_instance'; // 403 access denied;

/**
 * The codes the role endpoints (`createOrganizationRole`, `deleteOrganizationRole`,
 * `assignPermissionToOrganizationRole`, …) can answer: `CommonErrorCode` and the role entries of Clerk's catalogue.
 *
 * @category Errors
 * @example
 * const r = await deleteOrganizationRole(clerk, { organization_role_id: 'role_123' });
 * if (!r.ok && r.error.type === 'api' && r.error.errors[0]?.code === 'organization_role_assigned_members') console.log('reassign its members first');
 */
export type RoleErrorCode =
  | CommonErrorCode
  | 'organization_instance_roles_quota_exceeded' // 403 organization roles for instance quota exceeded
  | 'organization_missing_creator_role_permissions' // 422 missing permissions for creator role
  | 'organization_role_assigned_members' // 422 role is assigned to organization members
  | 'organization_role_default_creator_role' // 422 role is used as the creator role
  | 'organization_role_domain_default_role' // 422 role is used as the domain default role
  | 'organization_role_exists_in_invitations' // 422 role exists in pending organization invitations
  | 'organization_role_permission_association_exists' // 409 permission already assigned to role
  | 'organization_role_permission_association_not_found'; // 404 permission not assigned to role;

/**
 * The codes the permission endpoints (`createOrganizationPermission`, `updateOrganizationPermission`, …)
 * can answer: `CommonErrorCode` and the permission entries of Clerk's catalogue.
 *
 * @category Errors
 * @example
 * const r = await deleteOrganizationPermission(clerk, { permission_id: 'perm_123' });
 * if (!r.ok && r.error.type === 'api' && r.error.errors[0]?.code === 'organization_system_permission_not_modifiable') console.log('a system permission');
 */
export type PermissionErrorCode = CommonErrorCode | 'organization_system_permission_not_modifiable'; // 403 organization system permission cannot be modified;

/**
 * The codes the role set endpoints (`createRoleSet`, `replaceRoleSet`, `addRolesToRoleSet`, …) can
 * answer: `CommonErrorCode` and the role set entries of Clerk's catalogue.
 *
 * @category Errors
 * @example
 * const r = await replaceRoleSet(clerk, { role_set_key_or_id: 'role_set:old', dest_role_set_key: 'role_set:new' });
 * if (!r.ok && r.error.type === 'api' && r.error.errors[0]?.code === 'organization_role_set_reassignment_mappings_missing') console.log(r.error.errors[0].meta);
 */
export type RoleSetErrorCode =
  | CommonErrorCode
  | 'organization_instance_role_sets_quota_exceeded' // 403 organization role sets for instance quota exceeded
  | 'organization_missing_creator_role_permissions' // 422 missing permissions for creator role
  | 'organization_role_on_set_assigned_to_user' // 422 role is assigned to users
  | 'organization_role_set_reassignment_contact_support' // 422 contact support
  | 'organization_role_set_reassignment_mappings_invalid' // 422 reassignment mappings invalid
  | 'organization_role_set_reassignment_mappings_missing' // 422 reassignment mappings missing
  | 'role_migration_in_progress'; // 409 migration in progress;

/**
 * The codes the instance organization settings endpoints (`getInstanceOrganizationSettings`,
 * `updateInstanceOrganizationSettings`) can answer: `CommonErrorCode` and the settings entries of Clerk's catalogue.
 *
 * @category Errors
 * @example
 * const r = await updateInstanceOrganizationSettings(clerk, { enabled: false });
 * if (!r.ok && r.error.type === 'api' && r.error.errors[0]?.code === 'organizations_disable_not_allowed') console.log(r.error.errors[0].long_message);
 */
export type OrganizationSettingsErrorCode =
  | CommonErrorCode
  | 'force_organization_selection_not_allowed_when_organizations_disabled' // 422 not allowed
  | 'organization_missing_creator_role_permissions' // 422 missing permissions for creator role
  | 'organizations_cannot_be_enabled' // 403 Organizations cannot be enabled for this workspace.
  | 'organizations_disable_not_allowed'; // 400 cannot disable organizations;
