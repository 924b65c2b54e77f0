// Invitations: each function's documented request and answers.
import {
  bulkCreateOrganizationInvitations,
  createOrganizationInvitation,
  getOrganizationInvitation,
  listInstanceOrganizationInvitations,
  listOrganizationInvitations,
  listUserOrganizationInvitations,
  revokeOrganizationInvitation,
} from '../../src/index.js';
import { describeEndpoints } from '../support/endpoint-cases.js';
import { invitation, invitationWithPublicOrganizationData } from '../support/models.js';
import { useNock } from '../support/nock.js';

useNock();

const invite = invitation();

describeEndpoints('invitations', [
  {
    name: 'createOrganizationInvitation',
    run: (c) =>
      createOrganizationInvitation(c, { organization_id: 'org_2abc', email_address: 'ada@example.com', role: 'org:member', expires_in_days: 7, notify: false }),
    method: 'POST',
    path: '/v1/organizations/org_2abc/invitations',
    json: { email_address: 'ada@example.com', role: 'org:member', expires_in_days: 7, notify: false },
    reply: invite,
    statuses: [400, 402, 403, 404, 422],
  },
  {
    name: 'bulkCreateOrganizationInvitations',
    run: (c) =>
      bulkCreateOrganizationInvitations(c, {
        organization_id: 'org_2abc',
        invitations: [
          { email_address: 'ada@example.com', role: 'org:member' },
          { email_address: 'bob@example.com', role: 'org:admin', public_metadata: { team: 'b' } },
        ],
      }),
    method: 'POST',
    path: '/v1/organizations/org_2abc/invitations/bulk',
    json: [
      { email_address: 'ada@example.com', role: 'org:member' },
      { email_address: 'bob@example.com', role: 'org:admin', public_metadata: { team: 'b' } },
    ],
    reply: { data: [invite, invitation({ id: 'orginv_2', email_address: 'bob@example.com' })], total_count: 2 },
    statuses: [400, 403, 404, 422],
  },
  {
    name: 'listOrganizationInvitations',
    run: (c) =>
      listOrganizationInvitations(c, {
        organization_id: 'org_2abc',
        status: 'pending',
        email_address: 'a+b@example.com',
        order_by: '-email_address',
        limit: 3,
      }),
    method: 'GET',
    path: '/v1/organizations/org_2abc/invitations',
    query: 'status=pending&email_address=a%2Bb%40example.com&order_by=-email_address&limit=3',
    reply: { data: [invite], total_count: 1 },
    statuses: [400, 404, 422],
  },
  {
    name: 'getOrganizationInvitation',
    run: (c) => getOrganizationInvitation(c, { organization_id: 'org_2abc', invitation_id: 'orginv_1' }),
    method: 'GET',
    path: '/v1/organizations/org_2abc/invitations/orginv_1',
    reply: invite,
    statuses: [400, 403, 404],
  },
  {
    name: 'revokeOrganizationInvitation',
    run: (c) => revokeOrganizationInvitation(c, { organization_id: 'org_2abc', invitation_id: 'orginv_1', requesting_user_id: 'user_1' }),
    method: 'POST',
    path: '/v1/organizations/org_2abc/invitations/orginv_1/revoke',
    json: { requesting_user_id: 'user_1' },
    reply: invitation({ status: 'revoked' }),
    statuses: [400, 403, 404],
  },
  {
    name: 'listInstanceOrganizationInvitations',
    run: (c) => listInstanceOrganizationInvitations(c, { status: 'accepted', query: 'example', order_by: 'created_at', offset: 10 }),
    method: 'GET',
    path: '/v1/organization_invitations',
    query: 'status=accepted&query=example&order_by=created_at&offset=10',
    reply: { data: [invitationWithPublicOrganizationData()], total_count: 11 },
    statuses: [400, 404, 422, 500],
  },
  {
    name: 'listUserOrganizationInvitations',
    run: (c) => listUserOrganizationInvitations(c, { user_id: 'user_1', status: 'pending' }),
    method: 'GET',
    path: '/v1/users/user_1/organization_invitations',
    query: 'status=pending',
    reply: { data: [invitationWithPublicOrganizationData({ public_organization_data: null })], total_count: 1 },
    statuses: [400, 403, 404],
  },
]);
