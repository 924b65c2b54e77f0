// One fixture per model, as Clerk sends it: every suite builds its data here, a variant by overrides.
// The fields Clerk always sends for an organization are in minimal-organization.json, which the plain .mjs
// scripts (test/support/limited-server.mjs, test/runtimes/hostile-child.mjs) read too.
import { readFileSync } from 'node:fs';
import type { Organization } from '../../src/index.js';

const MINIMAL: Organization = JSON.parse(readFileSync(new URL('./minimal-organization.json', import.meta.url), 'utf8'));
const AT = MINIMAL.created_at;

/** An organization with only the fields Clerk always sends. */
export function minimalOrganization(overrides: Partial<Organization> = {}): Organization {
  return { ...MINIMAL, ...overrides };
}

/** An organization as the spec describes it: the fields always sent, and the optional ones. */
export function organization(overrides: Partial<Organization> = {}): Organization {
  return {
    ...MINIMAL,
    image_url: 'https://img.clerk.com/default',
    private_metadata: {},
    created_by: 'user_1',
    ...overrides,
  };
}

/** A member's public user data, as a membership shows it. */
export function publicUserData(overrides: Record<string, unknown> = {}) {
  return {
    user_id: 'user_1',
    first_name: 'Ada',
    last_name: null,
    profile_image_url: null,
    image_url: 'https://img.clerk.com/u',
    has_image: false,
    identifier: 'ada@example.com',
    username: null,
    ...overrides,
  };
}

/** A membership as Clerk sends it, with its organization and public user data. */
export function membership(overrides: Record<string, unknown> = {}) {
  return {
    object: 'organization_membership',
    id: 'orgmem_1',
    role: 'org:member',
    role_name: 'Member',
    permissions: ['org:sys_profile:read'],
    public_metadata: {},
    private_metadata: {},
    organization: organization(),
    public_user_data: publicUserData(),
    created_at: AT,
    updated_at: AT,
    ...overrides,
  };
}

/** An invitation as Clerk sends it. */
export function invitation(overrides: Record<string, unknown> = {}) {
  return {
    object: 'organization_invitation',
    id: 'orginv_1',
    email_address: 'ada@example.com',
    role: 'org:member',
    role_name: 'Member',
    organization_id: MINIMAL.id,
    inviter_id: null,
    status: 'pending',
    public_metadata: {},
    private_metadata: {},
    url: null,
    expires_at: 1_702_592_000_000,
    created_at: AT,
    updated_at: AT,
    ...overrides,
  };
}

/** An invitation as the instance and user lists send it: with the organization's public data. */
export function invitationWithPublicOrganizationData(overrides: Record<string, unknown> = {}) {
  const { id, name, slug, has_image } = MINIMAL;
  return invitation({ public_organization_data: { id, name, slug, has_image }, ...overrides });
}

/** A domain as Clerk sends it. */
export function domain(overrides: Record<string, unknown> = {}) {
  return {
    object: 'organization_domain',
    id: 'orgdmn_1',
    organization_id: MINIMAL.id,
    name: 'example.com',
    enrollment_mode: 'automatic_suggestion',
    affiliation_email_address: null,
    verification: { status: 'verified', strategy: 'admin', attempts: null, expire_at: null },
    total_pending_invitations: 0,
    total_pending_suggestions: 0,
    created_at: AT,
    updated_at: AT,
    ...overrides,
  };
}

/** What a delete answers: the object's kind and id, and `deleted: true`. */
export function deletedObject(overrides: Record<string, unknown> = {}) {
  return { object: 'organization', id: MINIMAL.id, deleted: true, ...overrides };
}

/** Clerk's error envelope: one error, its long message, and the trace id. */
export function clerkErrors(code: string, message: string, traceId = 'trace_123', error: Record<string, unknown> = {}) {
  return { errors: [{ code, message, long_message: `${message} (long)`, meta: {}, ...error }], clerk_trace_id: traceId };
}
