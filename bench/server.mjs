// The bench's loopback server, run as its own process so its work does not
// share the event loop with the clients being measured. Prints its port.
import { createServer } from 'node:http';

const org = (i) => ({
  object: 'organization', id: `org_${String(i).padStart(24, '0')}`, name: `Organization ${i}`, slug: `organization-${i}`,
  image_url: 'https://img.clerk.com/default', has_image: false, max_allowed_memberships: 5, admin_delete_enabled: true,
  public_metadata: { plan: 'pro', seats: i }, private_metadata: {}, created_by: 'user_2abc', created_at: 1_700_000_000_000 + i,
  updated_at: 1_700_000_000_000 + i, role_set_key: null,
});
const one = JSON.stringify(org(1));
const list = JSON.stringify({ data: Array.from({ length: 500 }, (_, i) => org(i)), total_count: 500 });

const server = createServer((req, res) => {
  const body = req.url.startsWith('/v1/organizations?') || req.url === '/v1/organizations' ? list : one;
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
