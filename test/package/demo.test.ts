import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);

it('npm run demo walks every function against the fake and exits 0', async () => {
  const env = { ...process.env };
  delete env.CLERK_SECRET_KEY;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'examples/demo.ts'], { env });
  for (const fn of [
    'createOrganization',
    'getOrganization',
    'listOrganizations',
    'updateOrganization',
    'mergeOrganizationMetadata',
    'replaceOrganizationMetadata',
    'uploadOrganizationLogo',
    'deleteOrganizationLogo',
    'paginateOrganizations',
    'deleteOrganization',
    'createOrganizationMembership',
    'updateOrganizationMembership',
    'mergeOrganizationMembershipMetadata',
    'listOrganizationMemberships',
    'paginate',
    'listUserOrganizationMemberships',
    'listInstanceOrganizationMemberships',
    'deleteOrganizationMembership',
    'createOrganizationPermission',
    'createOrganizationRole',
    'listOrganizationRoles',
    'deleteOrganizationRole',
    'deleteOrganizationPermission',
    'createOrganizationInvitation',
    'listOrganizationInvitations',
    'revokeOrganizationInvitation',
    'createOrganizationDomain',
    'listOrganizationDomains',
    'deleteOrganizationDomain',
  ]) {
    expect(stdout).toContain(`✔ ${fn}(`);
  }
  expect(stdout).not.toContain('✘');
  expect(stdout).toMatch(/404 {2}handled: code=resource_not_found traceId=trace_/);
  // The role round trip: the role holds the new permission, the member gets it and then org:member back.
  expect(stdout).toMatch(/createOrganizationRole\(.*200 {2}role_\w+ key=org:analyst_\w+ permissions=org:reports_\w+:read\n/);
  expect(stdout).toMatch(/listOrganizationRoles\(.*200 {2}total_count=3 keys=org:admin, org:analyst_\w+, org:member\n/);
  expect(stdout).toMatch(/updateOrganizationMembership\(\{ role: analyst \}\).*200 {2}user_demo_bob role=org:analyst_\w+ role_name=Analyst\n/);
  expect(stdout).toMatch(/listOrganizationMemberships\(\{ user_id: \[bob\] \}\).*200 {2}user_demo_bob permissions=org:reports_\w+:read\n/);
  expect(stdout).toMatch(
    /updateOrganizationMembership\(\{ role: 'org:member' \}\).*200 {2}user_demo_bob role=org:member permissions=org:sys_memberships:read, org:sys_billing:read\n/,
  );
  expect(stdout).toMatch(/deleteOrganizationRole\(.*200 {2}role_\w+ deleted=true\n/);
  expect(stdout).toMatch(/deleteOrganizationPermission\(.*200 {2}perm_\w+ deleted=true\n/);
}, 60_000);
