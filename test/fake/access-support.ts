// Helpers of the fake's roles, permissions, role sets and settings suites (issue #18).
import { expect } from 'vitest';
import type { RequestError, Result } from '../../src/index.js';
import { listOrganizationRoles } from '../../src/roles/list-organization-roles.js';
import type { FakeClerk } from '../../src/testing/index.js';
import { expectErr, expectOk } from '../support/expect-result.js';
import { fakeClerk } from '../support/fake-client.js';

/** The fields of Clerk's answers, as the 2026-05-12 spec lists them (optional ones included where the fake sends them). */
export const FIELDS = {
  permission: ['object', 'id', 'name', 'key', 'description', 'type', 'created_at', 'updated_at'],
  role: ['object', 'id', 'name', 'key', 'description', 'is_creator_eligible', 'permissions', 'created_at', 'updated_at'],
  roleSet: ['object', 'id', 'name', 'key', 'description', 'roles', 'default_role', 'creator_role', 'type', 'role_set_migration', 'created_at', 'updated_at'],
  roleSetItem: ['object', 'id', 'name', 'key', 'description', 'members_count', 'has_members', 'created_at', 'updated_at'],
  settings: [
    'object',
    'enabled',
    'max_allowed_memberships',
    'max_allowed_roles',
    'max_role_sets_allowed',
    'max_allowed_domains',
    'creator_role',
    'admin_delete_enabled',
    'domains_enabled',
    'slug_disabled',
    'domains_enrollment_modes',
    'domains_default_role',
    'initial_role_set_key',
  ],
  deleted: ['object', 'id', 'deleted'],
};

/** The keys of an object, sorted: to compare an answer's shape with the spec's. */
export const keysOf = (value: unknown) => Object.keys(value as object).sort();

/** Whether `value` has exactly the `fields`. */
export const expectShape = (value: unknown, fields: string[]) => expect(keysOf(value)).toEqual([...fields].sort());

/** The status, code, param and long message of a failed call, as a user reads them. */
export function failure(r: Result<unknown, RequestError>) {
  const e = expectErr(r, 'api');
  const first = e.errors[0];
  return { status: e.status, code: first?.code, param: first?.meta?.param_name, long_message: first?.long_message };
}

/** The status and code of a failed call. */
export const statusCode = (r: Result<unknown, RequestError>) => {
  const { status, code } = failure(r);
  return [status, code];
};

/** A request straight to the fake, past the client's own checks: what a caller without them would send. */
export async function raw(fake: FakeClerk, method: string, path: string, body?: unknown) {
  const res = await fake.fetch(`https://api.clerk.com/v1${path}`, {
    method,
    headers: { authorization: 'Bearer sk_test_raw', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as { errors?: { code: string; long_message: string; meta: Record<string, unknown> }[] } & Record<string, unknown>;
  return { status: res.status, code: json.errors?.[0]?.code, param: json.errors?.[0]?.meta.param_name, json };
}

/** Clerk's system permission keys, in the order the fake makes them. */
export const SYSTEM = [
  'org:sys_profile:manage',
  'org:sys_profile:delete',
  'org:sys_memberships:read',
  'org:sys_memberships:manage',
  'org:sys_domains:read',
  'org:sys_domains:manage',
  'org:sys_billing:read',
  'org:sys_billing:manage',
];
/** The users of the Acme instance. */
export const USERS = [
  { id: 'user_ada', email_address: 'ada@acme.test' },
  { id: 'user_bo', email_address: 'bo@acme.test' },
  { id: 'user_cy', email_address: 'cy@acme.test' },
];
/** Acme, made by user_ada, with no membership limit. */
export const ACME = { id: 'org_acme', name: 'Acme', created_by: 'user_ada', max_allowed_memberships: 0 };
/** A fake with Acme and its users (an instance from before December 2023 when `legacyRoleKeys`), and a client. */
export const setup = (legacyRoleKeys = false) => fakeClerk({ organizations: [ACME], users: USERS, legacyRoleKeys });

/** The role with this key. */
export async function roleByKey(clerk: ReturnType<typeof setup>['clerk'], key: string) {
  const roles = expectOk(await listOrganizationRoles(clerk, { query: key }));
  return roles.data.find((r) => r.key === key)!;
}
