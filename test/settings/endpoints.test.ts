// Organization settings: each function's documented request and answers, the get with no params, and the
// enrollment-mode check made before sending.
import { describe, expect, it } from 'vitest';
import { getInstanceOrganizationSettings, updateInstanceOrganizationSettings } from '../../src/index.js';
import { describeEndpoints } from '../support/endpoint-cases.js';
import { expectOk } from '../support/expect-result.js';
import { organizationSettings } from '../support/models.js';
import { intercept, testClient, useNock } from '../support/nock.js';
import { itRefusesBeforeSending } from '../support/param-checks.js';

useNock();

const settings = organizationSettings();

describeEndpoints('settings', [
  {
    name: 'getInstanceOrganizationSettings',
    run: (c) => getInstanceOrganizationSettings(c, {}),
    method: 'GET',
    path: '/v1/instance/organization_settings',
    reply: settings,
    statuses: [402, 404, 422],
  },
  {
    name: 'updateInstanceOrganizationSettings',
    run: (c) =>
      updateInstanceOrganizationSettings(c, {
        enabled: true,
        max_allowed_memberships: 50,
        admin_delete_enabled: false,
        domains_enabled: true,
        slug_disabled: null,
        domains_enrollment_modes: ['automatic_invitation', 'automatic_suggestion'],
        creator_role_id: 'role_admin',
        domains_default_role_id: 'role_member',
      }),
    method: 'PATCH',
    path: '/v1/instance/organization_settings',
    json: {
      enabled: true,
      max_allowed_memberships: 50,
      admin_delete_enabled: false,
      domains_enabled: true,
      slug_disabled: null,
      domains_enrollment_modes: ['automatic_invitation', 'automatic_suggestion'],
      creator_role_id: 'role_admin',
      domains_default_role_id: 'role_member',
    },
    reply: organizationSettings({
      max_allowed_memberships: 50,
      admin_delete_enabled: false,
      domains_enabled: true,
      domains_enrollment_modes: ['automatic_invitation', 'automatic_suggestion'],
    }),
    statuses: [400, 402, 403, 404, 422],
  },
]);

describe('request details', () => {
  it('getInstanceOrganizationSettings(clerk), with no params, sends no query and no body', async () => {
    const { seen } = intercept('GET', 200, settings);
    expect(expectOk(await getInstanceOrganizationSettings(testClient()))).toEqual(settings);
    expect(seen[0]!.url.pathname).toBe('/v1/instance/organization_settings');
    expect(seen[0]!.url.search).toBe('');
    expect(seen[0]!.body).toBe('');
  });

  it('updateInstanceOrganizationSettings with an empty list of modes sends it: every mode turned off', async () => {
    const { seen } = intercept('PATCH', 200, settings);
    expectOk(await updateInstanceOrganizationSettings(testClient(), { domains_enrollment_modes: [] }));
    expect(JSON.parse(seen[0]!.body)).toEqual({ domains_enrollment_modes: [] });
  });
});

describe('settings params are checked before anything is sent', () => {
  itRefusesBeforeSending([
    [
      'an enrollment mode the settings do not take',
      () => updateInstanceOrganizationSettings(testClient(), { domains_enrollment_modes: ['automatic_invitation', 'everyone' as never] }),
      'domains_enrollment_modes',
      'must hold only "automatic_invitation" and "automatic_suggestion"',
    ],
    [
      'enrollment modes not in an array',
      () => updateInstanceOrganizationSettings(testClient(), { domains_enrollment_modes: 'automatic_invitation' as never }),
      'domains_enrollment_modes',
      'must be an array of enrollment modes',
    ],
    [
      'a membership limit below 0',
      () => updateInstanceOrganizationSettings(testClient(), { max_allowed_memberships: -1 }),
      'max_allowed_memberships',
      'must be an integer ≥ 0',
    ],
    ['an empty creator role id', () => updateInstanceOrganizationSettings(testClient(), { creator_role_id: '' }), 'creator_role_id', 'must not be empty'],
    ['a param the get does not take', () => getInstanceOrganizationSettings(testClient(), { enabled: true } as never), 'enabled', 'is not a known parameter'],
  ]);
});
