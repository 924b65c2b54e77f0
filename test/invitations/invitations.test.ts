// Invitations: client-side checks, retries that stay safe for a request that sends an email, and the fake's one store.
import { describe, expect, it } from 'vitest';
import {
  bulkCreateOrganizationInvitations,
  createOrganizationInvitation,
  getOrganizationInvitation,
  listInstanceOrganizationInvitations,
  listOrganizationInvitations,
  listUserOrganizationInvitations,
  revokeOrganizationInvitation,
} from '../../src/index.js';
import { expectErr, expectOk } from '../support/expect-result.js';
import { fakeClerk } from '../support/fake-client.js';
import { clerkErrors } from '../support/models.js';
import { intercept, testClient, useNock } from '../support/nock.js';
import { itRefusesBeforeSending } from '../support/param-checks.js';

useNock();

const invite = { organization_id: 'org_1', email_address: 'ada@example.com', role: 'org:member' };

describe('invitation params are checked before anything is sent', () => {
  itRefusesBeforeSending([
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
  ]);
});

describe('retries stay safe: creating an invitation sends an email', () => {
  const retrying = () => testClient({ retry: { retries: 3, baseDelay: 1, maxDelay: 10_000 } });

  it('a 429 from the hourly invitation limit comes back at once with retryAfter, not after an hour', async () => {
    const { seen } = intercept('POST', 429, clerkErrors('too_many_requests', 'Too many requests'), { 'retry-after': '3600' });
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

describe('the fake keeps invitations in one store', () => {
  const setup = () =>
    fakeClerk({
      users: [
        { id: 'user_ada', email_address: 'ada@example.com' },
        { id: 'user_zed', email_address: 'zed@acme.test' },
      ],
      organizations: [
        { id: 'org_a', name: 'A', slug: 'a', created_by: 'user_ada', max_allowed_memberships: 3 },
        { id: 'org_b', name: 'B', slug: 'b' },
      ],
    });

  it('invite, list by status in every view, revoke once', async () => {
    const { clerk } = setup();
    const inv = expectOk(await createOrganizationInvitation(clerk, { organization_id: 'org_a', email_address: 'zed@acme.test', role: 'org:member' }));
    expect(inv.status).toBe('pending');
    const views = async (status: 'pending' | 'revoked') => [
      expectOk(await listOrganizationInvitations(clerk, { organization_id: 'org_a', status })).total_count,
      expectOk(await listInstanceOrganizationInvitations(clerk, { status })).total_count,
      expectOk(await listUserOrganizationInvitations(clerk, { user_id: 'user_zed', status })).total_count,
    ];
    expect(await views('pending')).toEqual([1, 1, 1]);
    const user = expectOk(await listUserOrganizationInvitations(clerk, { user_id: 'user_zed' }));
    expect(user.data[0]!.public_organization_data).toMatchObject({ id: 'org_a', name: 'A' });
    expect(expectOk(await getOrganizationInvitation(clerk, { organization_id: 'org_a', invitation_id: inv.id })).email_address).toBe('zed@acme.test');
    expect(expectOk(await revokeOrganizationInvitation(clerk, { organization_id: 'org_a', invitation_id: inv.id })).status).toBe('revoked');
    expect(await views('pending')).toEqual([0, 0, 0]);
    expect(await views('revoked')).toEqual([1, 1, 1]);
    const again = expectErr(await revokeOrganizationInvitation(clerk, { organization_id: 'org_a', invitation_id: inv.id }), 'api');
    expect([again.status, again.errors[0]!.code]).toEqual([400, 'bad_request']);
  });

  it('bulk is all or nothing, and the membership limit counts pending invitations', async () => {
    const { clerk } = setup();
    const invitations = [
      { email_address: 'b@x.test', role: 'org:member' },
      { email_address: 'ada@example.com', role: 'org:member' }, // already a member
    ];
    expect(expectErr(await bulkCreateOrganizationInvitations(clerk, { organization_id: 'org_a', invitations }), 'api').errors[0]!.code).toBe(
      'already_a_member_in_organization',
    );
    expect(expectOk(await listOrganizationInvitations(clerk, { organization_id: 'org_a' })).total_count).toBe(0);
    const two = expectOk(
      await bulkCreateOrganizationInvitations(clerk, {
        organization_id: 'org_a',
        invitations: [
          { email_address: 'b@x.test', role: 'org:member' },
          { email_address: 'c@x.test', role: 'org:admin' },
        ],
      }),
    );
    expect(two.data.map((i) => i.email_address)).toEqual(['b@x.test', 'c@x.test']);
    // 1 member + 2 pending = 3 = max_allowed_memberships
    const over = expectErr(await createOrganizationInvitation(clerk, { organization_id: 'org_a', email_address: 'd@x.test', role: 'org:member' }), 'api');
    expect([over.status, over.errors[0]!.code]).toEqual([403, 'organization_membership_quota_exceeded']);
    const sorted = expectOk(await listOrganizationInvitations(clerk, { organization_id: 'org_a', order_by: '-email_address' }));
    expect(sorted.data.map((i) => i.email_address)).toEqual(['c@x.test', 'b@x.test']);
  });

  it('an invitation past expires_in_days is expired, and cannot be revoked', async () => {
    const { clerk } = setup();
    const inv = expectOk(
      await createOrganizationInvitation(clerk, { organization_id: 'org_b', email_address: 'e@x.test', role: 'org:member', expires_in_days: 1 }),
    );
    const later = Date.now() + 2 * 24 * 3600 * 1000;
    const realNow = Date.now;
    Date.now = () => later;
    try {
      expect(expectOk(await getOrganizationInvitation(clerk, { organization_id: 'org_b', invitation_id: inv.id })).status).toBe('expired');
      expect(expectOk(await listOrganizationInvitations(clerk, { organization_id: 'org_b', status: 'expired' })).total_count).toBe(1);
      expect(expectErr(await revokeOrganizationInvitation(clerk, { organization_id: 'org_b', invitation_id: inv.id }), 'api').status).toBe(400);
    } finally {
      Date.now = realNow;
    }
  });
});
