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
}, 60_000);
