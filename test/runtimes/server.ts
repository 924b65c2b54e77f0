// The checking server: answers like Clerk and records anything a runtime sent wrong.
import { createHmac, generateKeyPair, type KeyObject, randomBytes, sign } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import { promisify } from 'node:util';
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

/** What the session token and the webhook the scenario verifies are made of: the runtime must read these back. */
export const signed = {
  kid: 'ins_rt_key',
  azp: 'https://app.rt.example',
  claims: { sub: 'user_rt', sid: 'sess_rt', org_id: 'org_rt', org_role: 'org:admin', org_slug: 'rt-slug', org_permissions: ['org:reports:read'] },
  webhook: { id: 'msg_rt', type: 'organization.created', data: org() },
};

const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/**
 * Signing done here, with node:crypto, not with the package: a session
 * token (RS256, v1 organization claims), a copy with a changed claim, an
 * `alg: none` token, and a webhook signed as Svix signs it. Times are now,
 * so every fixture is fresh when a runtime fetches it.
 */
function fixtures(privateKey: KeyObject, publicPem: string, secret: Buffer) {
  const now = Math.floor(Date.now() / 1000);
  const header = b64url(JSON.stringify({ alg: 'RS256', kid: signed.kid, typ: 'JWT', cat: 'cl_B7d4PD111AAA' }));
  const payload = (claims: object) => b64url(JSON.stringify({ ...signed.claims, azp: signed.azp, iat: now, nbf: now - 10, exp: now + 300, ...claims }));
  const body = payload({});
  const signature = b64url(sign('sha256', Buffer.from(`${header}.${body}`), privateKey));
  const webhookBody = JSON.stringify({ data: signed.webhook.data, object: 'event', type: signed.webhook.type, timestamp: now * 1000, instance_id: 'ins_rt' });
  const mac = createHmac('sha256', secret).update(`${signed.webhook.id}.${now}.${webhookBody}`).digest('base64');
  return {
    jwtKey: publicPem,
    authorizedParties: [signed.azp],
    token: `${header}.${body}.${signature}`,
    // The same signature over claims that now name another user.
    tamperedToken: `${header}.${payload({ sub: 'user_intruder' })}.${signature}`,
    algNoneToken: `${b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${body}.`,
    signingSecret: `whsec_${secret.toString('base64')}`,
    webhook: {
      headers: { 'content-type': 'application/json', 'svix-id': signed.webhook.id, 'svix-timestamp': String(now), 'svix-signature': `v1,${mac}` },
      body: webhookBody,
      // The signed body with one byte changed.
      tamperedBody: webhookBody.replace('"org_rt"', '"org_rX"'),
    },
  };
}

/** One RSA key pair for every server of a run (made off the main thread, 0.1–0.3 s). */
let keyPair: Promise<{ privateKey: KeyObject; publicKey: KeyObject }> | undefined;

export async function startCheckingServer() {
  const problems: string[] = [];
  const seen: string[] = [];
  /** How often the scenario fetched `GET /test-fixtures`: not a Clerk request, so not in `seen`. */
  let fixturesServed = 0;
  // The JWKS serves the key pair's public half, and a decoy key under another kid that verifies nothing.
  keyPair ??= promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
  const { privateKey, publicKey } = await keyPair;
  const jwk = publicKey.export({ format: 'jwk' });
  const decoyN = `${jwk.n!.slice(0, 100)}${jwk.n![100] === 'A' ? 'B' : 'A'}${jwk.n!.slice(101)}`;
  const jwks = {
    keys: [
      { use: 'sig', kty: 'RSA', kid: 'ins_rt_rotated', alg: 'RS256', n: decoyN, e: jwk.e },
      { use: 'sig', kty: 'RSA', kid: signed.kid, alg: 'RS256', n: jwk.n, e: jwk.e },
    ],
  };
  const publicPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
  const secret = randomBytes(24);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    if (url.pathname === '/test-fixtures') {
      fixturesServed++;
      if (req.method !== 'GET' || url.search || body.length) problems.push(`${req.method} ${req.url}: the fixtures are a plain GET`);
      return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(fixtures(privateKey, publicPem, secret)));
    }
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
      case 'GET /v1/jwks':
        expect(!url.search && !body.length, `query ${url.search}, body ${body}`);
        return json(200, jwks);
      default:
        return json(404, clerkErrors('resource_not_found', 'not found', 'trace_rt_404', { long_message: 'Resource not found' }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    url: `http://127.0.0.1:${port}/v1`,
    problems,
    seen,
    fixturesServed: () => fixturesServed,
    close: () => new Promise((r) => server.close(r)),
  };
}
