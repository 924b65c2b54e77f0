// Memberships: each function's documented request and answers.
import {
  createOrganizationMembership,
  deleteOrganizationMembership,
  listInstanceOrganizationMemberships,
  listOrganizationMemberships,
  listUserOrganizationMemberships,
  mergeOrganizationMembershipMetadata,
  updateOrganizationMembership,
} from '../../src/index.js';
import { describeEndpoints } from '../support/endpoint-cases.js';
import { membership } from '../support/models.js';
import { useNock } from '../support/nock.js';

useNock();

const member = membership();

describeEndpoints('memberships', [
  {
    name: 'createOrganizationMembership',
    run: (c) => createOrganizationMembership(c, { organization_id: 'org_2abc', user_id: 'user_1', role: 'org:member', public_metadata: { team: 'a' } }),
    method: 'POST',
    path: '/v1/organizations/org_2abc/memberships',
    json: { user_id: 'user_1', role: 'org:member', public_metadata: { team: 'a' } },
    reply: member,
    statuses: [400, 403, 404, 422],
  },
  {
    name: 'listOrganizationMemberships',
    run: (c) =>
      listOrganizationMemberships(c, {
        organization_id: 'org_2abc',
        order_by: '-first_name',
        user_id: ['user_1', 'user_2'],
        email_address: ['a+b@example.com'],
        phone_number: ['+15555550100'],
        username: ['ada'],
        web3_wallet: ['0xabc'],
        role: ['org:admin', 'org:member'],
        query: 'ad a',
        email_address_query: 'example',
        phone_number_query: '555',
        username_query: 'ad',
        name_query: 'Lovelace',
        last_active_at_before: 1_700_000_000_001,
        last_active_at_after: 1_600_000_000_000,
        created_at_before: 1_700_000_000_002,
        created_at_after: 1_600_000_000_001,
        limit: 50,
        offset: 100,
      }),
    method: 'GET',
    path: '/v1/organizations/org_2abc/memberships',
    query:
      'order_by=-first_name&user_id=user_1&user_id=user_2&email_address=a%2Bb%40example.com&phone_number=%2B15555550100&username=ada&web3_wallet=0xabc' +
      '&role=org%3Aadmin&role=org%3Amember&query=ad+a&email_address_query=example&phone_number_query=555&username_query=ad&name_query=Lovelace' +
      '&last_active_at_before=1700000000001&last_active_at_after=1600000000000&created_at_before=1700000000002&created_at_after=1600000000001&limit=50&offset=100',
    reply: { data: [member, membership({ id: 'orgmem_2' })], total_count: 102 },
    statuses: [401, 422],
  },
  {
    name: 'updateOrganizationMembership',
    run: (c) => updateOrganizationMembership(c, { organization_id: 'org_2abc', user_id: 'user/1', role: 'org:admin' }),
    method: 'PATCH',
    path: '/v1/organizations/org_2abc/memberships/user%2F1',
    json: { role: 'org:admin' },
    reply: membership({ role: 'org:admin' }),
    statuses: [404, 422],
  },
  {
    name: 'deleteOrganizationMembership',
    run: (c) => deleteOrganizationMembership(c, { organization_id: 'org_2abc', user_id: 'user_1' }),
    method: 'DELETE',
    path: '/v1/organizations/org_2abc/memberships/user_1',
    reply: member,
    statuses: [401, 404, 422],
  },
  {
    name: 'mergeOrganizationMembershipMetadata',
    run: (c) => mergeOrganizationMembershipMetadata(c, { organization_id: 'org_2abc', user_id: 'user_1', private_metadata: { seat: 3, old: null } }),
    method: 'PATCH',
    path: '/v1/organizations/org_2abc/memberships/user_1/metadata',
    json: { private_metadata: { seat: 3, old: null } },
    reply: membership({ private_metadata: { seat: 3 } }),
    statuses: [400, 404, 422],
  },
  {
    name: 'listInstanceOrganizationMemberships',
    run: (c) => listInstanceOrganizationMemberships(c, { order_by: '+created_at', limit: 20, offset: 40 }),
    method: 'GET',
    path: '/v1/organization_memberships',
    query: 'order_by=%2Bcreated_at&limit=20&offset=40',
    reply: { data: [member], total_count: 41 },
    statuses: [400, 401, 422, 500],
  },
  {
    name: 'listUserOrganizationMemberships',
    run: (c) => listUserOrganizationMemberships(c, { user_id: 'user_1', limit: 5 }),
    method: 'GET',
    path: '/v1/users/user_1/organization_memberships',
    query: 'limit=5',
    reply: { data: [member], total_count: 1 },
    statuses: [403],
  },
]);
