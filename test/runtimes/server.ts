// The checking server: answers like Clerk and records anything a runtime sent wrong.
import { createServer, type IncomingMessage } from 'node:http';
import { clerkErrors, deletedObject, domain, invitation, membership, organization, permission, publicUserData, role } from '../support/models.js';

const org = (over: Record<string, unknown> = {}) => organization({ id: 'org_rt', name: 'Runtime', slug: 'rt-slug', ...over });

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The permission and the role the scenario creates, lists and deletes. */
const reportsRead = permission({ id: 'perm_rt', name: 'Read reports', key: 'org:reports:read', description: 'Can read reports' });
const analyst = role({ id: 'role_rt', name: 'Analyst', key: 'org:analyst', description: null, is_creator_eligible: false, permissions: [reportsRead] });

const member = () =>
  membership({
    id: 'orgmem_rt',
    permissions: [],
    organization: org({ members_count: 2 }),
    public_user_data: publicUserData({ user_id: 'user_rt', first_name: null, identifier: 'rt@example.com' }),
  });

export async function startCheckingServer() {
  const problems: string[] = [];
  const seen: string[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    const key = `${req.method} ${url.pathname}`;
    seen.push(key);
    const expect = (ok: boolean, what: string) => ok || problems.push(`${key}: ${what}`);
    expect(req.headers.authorization === 'Bearer sk_test_runtime_key', `authorization was ${req.headers.authorization}`);
    expect(req.headers['clerk-api-version'] === '2026-05-12', `clerk-api-version was ${req.headers['clerk-api-version']}`);
    const json = (status: number, value: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    const bodyJson = () => JSON.parse(body.toString() || 'null');
    switch (key) {
      case 'GET /v1/organizations/org_rt':
        return json(200, org());
      case 'GET /v1/organizations/rt-slug':
        expect(url.searchParams.get('include_members_count') === 'true', 'include_members_count missing');
        return json(200, org({ members_count: 3 }));
      case 'GET /v1/organizations':
        expect(JSON.stringify(url.searchParams.getAll('organization_id')) === '["org_a","-org_b"]', `organization_id was ${url.search}`);
        expect(url.searchParams.get('limit') === '5', 'limit');
        return json(200, { data: [org()], total_count: 1 });
      case 'POST /v1/organizations':
        expect(JSON.stringify(bodyJson()) === JSON.stringify({ name: 'Runtime', slug: 'runtime', public_metadata: { from: 'runtime' } }), `body ${body}`);
        expect(String(req.headers['content-type']).startsWith('application/json'), 'content-type');
        return json(200, org({ id: 'org_created', slug: 'runtime' }));
      case 'PATCH /v1/organizations/org_rt':
        expect(JSON.stringify(bodyJson()) === JSON.stringify({ name: 'Renamed' }), `body ${body}`);
        return json(200, org({ name: 'Renamed' }));
      case 'PATCH /v1/organizations/org_rt/metadata':
        expect(JSON.stringify(bodyJson()) === JSON.stringify({ public_metadata: { a: 1, b: null } }), `body ${body}`);
        return json(200, org({ public_metadata: { a: 1 } }));
      case 'PUT /v1/organizations/org_rt/logo': {
        const form = await new Request('http://x', {
          method: 'PUT',
          headers: { 'content-type': String(req.headers['content-type']) },
          body: new Uint8Array(body),
        }).formData();
        const file = form.get('file');
        expect(file instanceof File && file.name === 'logo.png' && file.type === 'image/png' && file.size === 11, `file part ${file}`);
        expect(form.get('uploader_user_id') === 'user_rt', 'uploader_user_id');
        return json(200, org({ has_image: true, image_url: 'https://img.clerk.com/rt-logo' }));
      }
      case 'POST /v1/organizations/org_rt/memberships':
        expect(JSON.stringify(bodyJson()) === JSON.stringify({ user_id: 'user_rt', role: 'org:member' }), `body ${body}`);
        return json(200, member());
      case 'GET /v1/organizations/org_rt/memberships':
        expect(JSON.stringify(url.searchParams.getAll('role')) === '["org:member","org:admin"]', `role was ${url.search}`);
        return json(200, { data: [member()], total_count: 1 });
      case 'POST /v1/organizations/org_rt/invitations':
        expect(JSON.stringify(bodyJson()) === JSON.stringify({ email_address: 'rt@example.com', role: 'org:member' }), `body ${body}`);
        return json(200, invitation({ id: 'orginv_rt', email_address: 'rt@example.com', organization_id: 'org_rt' }));
      case 'POST /v1/organizations/org_rt/domains':
        expect(JSON.stringify(bodyJson()) === JSON.stringify({ name: 'rt.example.com', enrollment_mode: 'automatic_suggestion' }), `body ${body}`);
        return json(200, domain({ id: 'orgdmn_rt', organization_id: 'org_rt', name: 'rt.example.com' }));
      case 'POST /v1/organization_permissions':
        expect(
          JSON.stringify(bodyJson()) === JSON.stringify({ name: 'Read reports', key: 'org:reports:read', description: 'Can read reports' }),
          `body ${body}`,
        );
        return json(200, reportsRead);
      case 'POST /v1/organization_roles':
        expect(JSON.stringify(bodyJson()) === JSON.stringify({ name: 'Analyst', key: 'org:analyst', permissions: ['perm_rt'] }), `body ${body}`);
        return json(200, analyst);
      case 'GET /v1/organization_roles':
        expect(url.searchParams.get('query') === 'org:' && url.searchParams.get('order_by') === 'key', `query was ${url.search}`);
        expect(url.searchParams.get('limit') === '10', 'limit');
        return json(200, {
          data: [
            role({ id: 'role_admin', name: 'Admin', key: 'org:admin', permissions: [] }),
            analyst,
            role({ id: 'role_member', name: 'Member', key: 'org:member', permissions: [] }),
          ],
          total_count: 3,
        });
      case 'DELETE /v1/organization_roles/role_rt':
        return json(200, deletedObject({ object: 'role', id: 'role_rt' }));
      case 'DELETE /v1/organization_permissions/perm_rt':
        return json(200, deletedObject({ object: 'permission', id: 'perm_rt' }));
      case 'DELETE /v1/organizations/org_rt':
        return json(200, deletedObject({ id: 'org_rt' }));
      default:
        return json(404, clerkErrors('resource_not_found', 'not found', 'trace_rt_404', { long_message: 'Resource not found' }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { port, url: `http://127.0.0.1:${port}/v1`, problems, seen, close: () => new Promise((r) => server.close(r)) };
}
