// Invitations and domains: client-side checks, and retries that stay safe for a request that sends an email.
import { describe, expect, it } from 'vitest';
import {
  bulkCreateOrganizationInvitations,
  createOrganizationDomain,
  createOrganizationInvitation,
  listInstanceOrganizationDomains,
  listOrganizationInvitations,
  type RequestError,
  type Result,
  updateOrganizationDomain,
} from '../src/index.js';
import { intercept, testClient, useNock } from './helpers.js';
import { expectErr } from './support/expect-result.js';

useNock();

const invite = { organization_id: 'org_1', email_address: 'ada@example.com', role: 'org:member' };

describe('invitation and domain params are checked before anything is sent', () => {
  const cases: [string, () => Promise<Result<unknown, RequestError>>, string, string][] = [
    [
      'an email without @',
      () => createOrganizationInvitation(testClient(), { ...invite, email_address: 'ada.example.com' }),
      'email_address',
      'must be an email address (one @, no spaces)',
    ],
    [
      'an email with a space',
      () => createOrganizationInvitation(testClient(), { ...invite, email_address: 'ada @example.com' }),
      'email_address',
      'must be an email address (one @, no spaces)',
    ],
    [
      'two @',
      () => createOrganizationInvitation(testClient(), { ...invite, email_address: 'a@b@example.com' }),
      'email_address',
      'must be an email address (one @, no spaces)',
    ],
    ['an empty role', () => createOrganizationInvitation(testClient(), { ...invite, role: '' }), 'role', 'must not be empty'],
    [
      'expires_in_days 0',
      () => createOrganizationInvitation(testClient(), { ...invite, expires_in_days: 0 }),
      'expires_in_days',
      'must be an integer from 1 to 365',
    ],
    [
      'expires_in_days 366',
      () => createOrganizationInvitation(testClient(), { ...invite, expires_in_days: 366 }),
      'expires_in_days',
      'must be an integer from 1 to 365',
    ],
    [
      'no invitations in a bulk',
      () => bulkCreateOrganizationInvitations(testClient(), { organization_id: 'org_1', invitations: [] }),
      'invitations',
      'must be an array of 1 to 10 invitations',
    ],
    [
      'eleven invitations in a bulk',
      () => bulkCreateOrganizationInvitations(testClient(), { organization_id: 'org_1', invitations: Array(11).fill({ email_address: 'a@b.c', role: 'r' }) }),
      'invitations',
      'must be an array of 1 to 10 invitations',
    ],
    [
      'a bad email in a bulk, named by its index',
      () =>
        bulkCreateOrganizationInvitations(testClient(), {
          organization_id: 'org_1',
          invitations: [
            { email_address: 'a@b.c', role: 'r' },
            { email_address: 'nope', role: 'r' },
          ],
        }),
      'invitations.1.email_address',
      'must be an email address (one @, no spaces)',
    ],
    [
      'a status Clerk does not have',
      () => listOrganizationInvitations(testClient(), { organization_id: 'org_1', status: 'open' as never }),
      'status',
      'must be one of pending, accepted, revoked, expired',
    ],
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
  ];
  it.each(cases)('%s', async (_, run, path, message) => {
    // useNock refuses any real request and no interceptor is set: a sent request would fail as network.
    expect(expectErr(await run(), 'invalid_request').issues).toContainEqual({ path, message });
  });
});

describe('retries stay safe: creating an invitation sends an email', () => {
  const retrying = () => testClient({ retry: { retries: 3, baseDelay: 1, maxDelay: 10_000 } });

  it('a 429 from the hourly invitation limit comes back at once with retryAfter, not after an hour', async () => {
    const { seen } = intercept('POST', 429, { errors: [{ code: 'too_many_requests', message: 'Too many requests' }] }, { 'retry-after': '3600' });
    const started = performance.now();
    const error = expectErr(await createOrganizationInvitation(retrying(), invite), 'api');
    expect([error.status, error.retryAfter]).toEqual([429, 3600]);
    expect(seen).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(5_000); // an hour if it had waited
  });

  it('the bulk endpoint too', async () => {
    const { seen } = intercept('POST', 429, { errors: [] }, { 'retry-after': '1800' });
    const error = expectErr(
      await bulkCreateOrganizationInvitations(retrying(), { organization_id: 'org_1', invitations: [{ email_address: 'a@b.c', role: 'r' }] }),
      'api',
    );
    expect(error.retryAfter).toBe(1800);
    expect(seen).toHaveLength(1);
  });

  it('a 503 is not retried: the email may have gone out', async () => {
    const { seen } = intercept('POST', 503, { errors: [] });
    expect(expectErr(await createOrganizationInvitation(retrying(), invite), 'api').status).toBe(503);
    expect(seen).toHaveLength(1);
  });
});
