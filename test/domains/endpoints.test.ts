// Domains: each function's documented request and answers.
import {
  createOrganizationDomain,
  deleteOrganizationDomain,
  listInstanceOrganizationDomains,
  listOrganizationDomains,
  updateOrganizationDomain,
  verifyOrganizationDomainOwnership,
} from '../../src/index.js';
import { describeEndpoints } from '../support/endpoint-cases.js';
import { deletedObject, domain } from '../support/models.js';
import { useNock } from '../support/nock.js';

useNock();

const dom = domain();

describeEndpoints('domains', [
  {
    name: 'createOrganizationDomain',
    run: (c) => createOrganizationDomain(c, { organization_id: 'org_2abc', name: 'example.com', enrollment_mode: 'automatic_suggestion', verified: false }),
    method: 'POST',
    path: '/v1/organizations/org_2abc/domains',
    json: { name: 'example.com', enrollment_mode: 'automatic_suggestion', verified: false },
    reply: dom,
    statuses: [400, 403, 404, 422],
  },
  {
    name: 'listOrganizationDomains',
    run: (c) => listOrganizationDomains(c, { organization_id: 'org_2abc', verified: true, enrollment_mode: 'manual_invitation', limit: 20 }),
    method: 'GET',
    path: '/v1/organizations/org_2abc/domains',
    query: 'verified=true&enrollment_mode=manual_invitation&limit=20',
    reply: { data: [dom], total_count: 1 },
    statuses: [401, 422],
  },
  {
    name: 'updateOrganizationDomain',
    run: (c) => updateOrganizationDomain(c, { organization_id: 'org_2abc', domain_id: 'orgdmn_1', enrollment_mode: 'automatic_invitation' }),
    method: 'PATCH',
    path: '/v1/organizations/org_2abc/domains/orgdmn_1',
    json: { enrollment_mode: 'automatic_invitation' },
    reply: domain({ enrollment_mode: 'automatic_invitation' }),
    statuses: [400, 403, 404, 422],
  },
  {
    name: 'deleteOrganizationDomain',
    run: (c) => deleteOrganizationDomain(c, { organization_id: 'org_2abc', domain_id: 'orgdmn_1' }),
    method: 'DELETE',
    path: '/v1/organizations/org_2abc/domains/orgdmn_1',
    reply: deletedObject({ object: 'organization_domain', id: 'orgdmn_1' }),
    statuses: [400, 401, 403, 404],
  },
  {
    name: 'verifyOrganizationDomainOwnership',
    run: (c) => verifyOrganizationDomainOwnership(c, { organization_id: 'org_2abc', domain_id: 'orgdmn_1' }),
    method: 'POST',
    path: '/v1/organizations/org_2abc/domains/orgdmn_1/verify_ownership',
    reply: domain({
      ownership_verification: { status: 'verified', strategy: 'dns_record', attempts: 1, expire_at: null, verified_at: 1_700_000_000_001 },
    }),
    statuses: [401, 403, 404],
  },
  {
    name: 'listInstanceOrganizationDomains',
    run: (c) =>
      listInstanceOrganizationDomains(c, {
        organization_id: 'org_2abc',
        verified: false,
        enrollment_mode: ['automatic_invitation', '-enterprise_sso'],
        query: 'exa',
        domains: ['example.com', 'example.org'],
        order_by: '-name',
        offset: 0,
        limit: 50,
      }),
    method: 'GET',
    path: '/v1/organization_domains',
    query:
      'organization_id=org_2abc&verified=false&enrollment_mode=automatic_invitation&enrollment_mode=-enterprise_sso&query=exa&domains=example.com&domains=example.org&order_by=-name&offset=0&limit=50',
    reply: { data: [dom], total_count: 1 },
    statuses: [401, 403, 422],
  },
]);
