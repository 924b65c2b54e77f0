// Domains: client-side checks, and the fake's one store of domains.
import { describe, expect, it } from 'vitest';
import {
  createOrganizationDomain,
  deleteOrganizationDomain,
  listInstanceOrganizationDomains,
  listOrganizationDomains,
  updateOrganizationDomain,
  verifyOrganizationDomainOwnership,
} from '../../src/index.js';
import { expectErr, expectOk } from '../support/expect-result.js';
import { fakeClerk } from '../support/fake-client.js';
import { testClient, useNock } from '../support/nock.js';
import { itRefusesBeforeSending } from '../support/param-checks.js';

useNock();

describe('domain params are checked before anything is sent', () => {
  itRefusesBeforeSending([
    [
      'a domain that is not a hostname',
      () => createOrganizationDomain(testClient(), { organization_id: 'org_1', name: 'https://example.com' }),
      'name',
      'must be a hostname like example.com',
    ],
    [
      'a domain with a space',
      () => createOrganizationDomain(testClient(), { organization_id: 'org_1', name: 'exa mple.com' }),
      'name',
      'must be a hostname like example.com',
    ],
    [
      'an enrollment mode Clerk does not have',
      () => updateOrganizationDomain(testClient(), { organization_id: 'org_1', domain_id: 'd', enrollment_mode: 'everyone' as never }),
      'enrollment_mode',
      'must be one of manual_invitation, automatic_invitation, automatic_suggestion, enterprise_sso',
    ],
    [
      'an unknown enrollment-mode filter',
      () => listInstanceOrganizationDomains(testClient(), { enrollment_mode: ['-everyone' as never] }),
      'enrollment_mode',
      'must be one of manual_invitation, automatic_invitation, automatic_suggestion, enterprise_sso, -manual_invitation, -automatic_invitation, -automatic_suggestion, -enterprise_sso',
    ],
  ]);
});

describe('the fake keeps domains in one store', () => {
  const setup = () =>
    fakeClerk({
      users: [{ id: 'user_ada', email_address: 'ada@example.com' }],
      organizations: [
        { id: 'org_a', name: 'A', slug: 'a', created_by: 'user_ada' },
        { id: 'org_b', name: 'B', slug: 'b' },
      ],
    });

  it('domains: unique per instance, enrollment modes checked, verification modelled, filters, delete', async () => {
    const { clerk } = setup();
    const d = expectOk(await createOrganizationDomain(clerk, { organization_id: 'org_a', name: 'acme.test', enrollment_mode: 'automatic_suggestion' }));
    expect([d.name, d.verification?.status, d.ownership_verification]).toEqual(['acme.test', 'verified', null]);
    const taken = expectErr(
      await createOrganizationDomain(clerk, { organization_id: 'org_b', name: 'acme.test', enrollment_mode: 'manual_invitation' }),
      'api',
    );
    expect(taken.errors[0]!.code).toBe('form_identifier_exists');
    expectOk(await createOrganizationDomain(clerk, { organization_id: 'org_b', name: 'beta.test', enrollment_mode: 'manual_invitation', verified: false }));
    const verified = expectOk(await verifyOrganizationDomainOwnership(clerk, { organization_id: 'org_a', domain_id: d.id }));
    expect(verified.ownership_verification?.status).toBe('verified');
    expect(
      expectOk(await updateOrganizationDomain(clerk, { organization_id: 'org_a', domain_id: d.id, enrollment_mode: 'automatic_invitation' })).enrollment_mode,
    ).toBe('automatic_invitation');
    const names = async (params: Parameters<typeof listInstanceOrganizationDomains>[1]) =>
      expectOk(await listInstanceOrganizationDomains(clerk, params)).data.map((x) => x.name);
    expect(await names({ order_by: 'name' })).toEqual(['acme.test', 'beta.test']);
    expect(await names({ verified: false })).toEqual(['beta.test']);
    expect(await names({ enrollment_mode: ['-manual_invitation'] })).toEqual(['acme.test']);
    expect(await names({ query: 'bet' })).toEqual(['beta.test']);
    expect(expectOk(await listOrganizationDomains(clerk, { organization_id: 'org_a' })).total_count).toBe(1);
    expect(expectOk(await deleteOrganizationDomain(clerk, { organization_id: 'org_a', domain_id: d.id })).deleted).toBe(true);
    expect(expectErr(await deleteOrganizationDomain(clerk, { organization_id: 'org_a', domain_id: d.id }), 'api').status).toBe(404);
    // The name is free again.
    expectOk(await createOrganizationDomain(clerk, { organization_id: 'org_b', name: 'acme.test', enrollment_mode: 'manual_invitation' }));
  });
});
