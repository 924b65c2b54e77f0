import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterEach, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { createFakeClerk } from '../../src/testing/index.js';

const run = promisify(execFile);

/** Every function `src/index.ts` exports but `createClient` (which every step uses): what the demo must walk. */
const EXPORTED = Object.entries(api)
  .filter(([name, value]) => typeof value === 'function' && name !== 'createClient')
  .map(([name]) => name)
  .sort();

/** Functions the demo does not walk against the fake, each with its reason in one line. */
const NOT_WALKED: Record<string, string> = {};

/**
 * Functions the demo leaves out against the real API, each with the reason it prints: it would change the whole
 * instance, or needs something only Clerk signs. Everything else runs there too.
 */
const FAKE_ONLY: Record<string, RegExp> = {
  updateInstanceOrganizationSettings: /it would change the whole instance: the demo runs it against the fake only/,
  verifySessionToken: /needs a token Clerk signed for a signed-in user \(the fake mints one\)/,
  verifyWebhook: /needs a delivery from Clerk and its endpoint's secret \(the fake signs one\)/,
};

/** Runs the demo as `npm run demo` does, with `env` over this process's environment (no CLERK_SECRET_KEY unless given). */
async function demo(env: Record<string, string> = {}) {
  const base = { ...process.env };
  delete base.CLERK_SECRET_KEY;
  delete base.CLERK_API_URL;
  delete base.CLERK_DEMO_USER_IDS;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'examples/demo.ts'], { env: { ...base, ...env } });
  return stdout;
}

/** The functions a demo's output shows as walked: `✔ name(`. */
const walked = (stdout: string) => new Set([...stdout.matchAll(/^✔ (\w+)\(/gm)].map((m) => m[1]!));

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

it('lists every exported function, and NOT_WALKED names only exported ones', () => {
  expect(EXPORTED.length).toBeGreaterThan(50);
  expect(EXPORTED).toEqual(expect.arrayContaining(['getOrganization', 'paginate', 'paginateOrganizations', 'getJwks', 'verifySessionToken', 'verifyWebhook']));
  for (const name of [...Object.keys(NOT_WALKED), ...Object.keys(FAKE_ONLY)]) expect(EXPORTED).toContain(name);
});

it('npm run demo walks every exported function against the fake and exits 0', async () => {
  const stdout = await demo();
  const shown = walked(stdout);
  const missing = EXPORTED.filter((name) => !shown.has(name) && !(name in NOT_WALKED));
  expect(missing, 'exported functions the demo does not walk (walk them, or add them to NOT_WALKED with a reason)').toEqual([]);
  const stale = Object.keys(NOT_WALKED).filter((name) => shown.has(name));
  expect(stale, 'NOT_WALKED names functions the demo walks').toEqual([]);
  expect(stdout).not.toContain('✘');
  expect(stdout).not.toContain('skipped');
  expect(stdout).toMatch(/404 {2}handled: code=resource_not_found traceId=trace_/);
  // The role round trip: the role holds the new permission, the member gets it and then org:member back.
  expect(stdout).toMatch(/createOrganizationRole\(.*200 {2}role_\w+ key=org:analyst_\w+ permissions=org:reports_\w+:read\n/);
  expect(stdout).toMatch(
    /assignPermissionToOrganizationRole\(.*200 {2}permissions=org:reports_(\w+):read, org:reports_\1:export\n.*removePermissionFromOrganizationRole\(.*200 {2}permissions=org:reports_\1:read\n/,
  );
  expect(stdout).toMatch(/listOrganizationRoles\(.*200 {2}total_count=3 keys=org:admin, org:analyst_\w+, org:member\n/);
  expect(stdout).toMatch(/updateOrganizationMembership\(\{ role: analyst \}\).*200 {2}user_demo_bob role=org:analyst_\w+ role_name=Analyst\n/);
  expect(stdout).toMatch(/listOrganizationMemberships\(\{ user_id: \[bob\] \}\).*200 {2}user_demo_bob permissions=org:reports_\w+:read\n/);
  expect(stdout).toMatch(
    /updateOrganizationMembership\(\{ role: 'org:member' \}\).*200 {2}user_demo_bob role=org:member permissions=org:sys_memberships:read, org:sys_billing:read\n/,
  );
  expect(stdout).toMatch(/deleteOrganizationRole\(.*200 {2}role_\w+ deleted=true\n/);
  expect(stdout.match(/deleteOrganizationPermission\(.*200 {2}perm_\w+ deleted=true\n/g)).toHaveLength(2);
  // Who is calling: the token read back both ways, an expired one refused, the webhook's membership read.
  expect(stdout.match(/verifySessionToken\(token, \{ (jwtKey|client) \}\).* ok {3}userId=user_demo_ada orgId=org_\w+ orgRole=org:admin/g)).toHaveLength(2);
  expect(stdout).toMatch(/verifySessionToken\(expired, \{ jwtKey \}\).*handled: reason=expired\n/);
  expect(stdout).toMatch(/verifyWebhook\(.* ok {3}type=organizationMembership\.created user=user_demo_ada role=org:member\n/);
  // The role set: its own, the analyst role added and replaced, then deleted; the initial set is only read.
  expect(stdout).toMatch(/createRoleSet\(.*200 {2}\w+ key=role_set:demo_\w+ type=custom roles=org:admin, org:member\n/);
  expect(stdout).toMatch(/addRolesToRoleSet\(.*200 {2}roles=org:admin, org:member, org:analyst_\w+\n/);
  expect(stdout).toMatch(/replaceRoleInRoleSet\(.*200 {2}roles=org:admin, org:member\n/);
  expect(stdout).toMatch(/replaceRoleSet\(.*200 {2}\w+ deleted=true\n/);
  // Invitations: three, listed for the organization and for the invited member, all revoked.
  expect(stdout).toMatch(/listOrganizationInvitations\(.*200 {2}total_count=3\n/);
  expect(stdout).toMatch(/listUserOrganizationInvitations\(.*200 {2}1 pending: Demo Acme Inc \w+ \(org:member\)\n/);
  expect(stdout.match(/revokeOrganizationInvitation\(.*200 {2}orginv_\w+ status=revoked\n/g)).toHaveLength(3);
  expect(stdout).toMatch(/verifyOrganizationDomainOwnership\(.*200 {2}demo-\w+\.example\.com ownership=verified\n/);
  // The instance-wide change is put back.
  expect(stdout).toMatch(/updateInstanceOrganizationSettings\(.*200 {2}max_allowed_memberships=5 again\n/);
}, 60_000);

it('with CLERK_SECRET_KEY set it changes nothing instance-wide, says what it skips, and leaves nothing behind', async () => {
  // The "real API" here is a fake behind HTTP, so what the demo sent and left can be checked.
  const fake = createFakeClerk({
    organizations: [{ name: 'Globex' }],
    users: [
      { id: 'user_real_ada', first_name: 'Ada', email_address: 'ada@example.org' },
      { id: 'user_real_bob', first_name: 'Bob', email_address: 'bob@example.org' },
    ],
  });
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
    const headers = Object.entries(req.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : []));
    const response = await fake.fetch(`http://fake.test${req.url}`, { method: req.method!, headers, body: body ?? null });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const clerk = api.createClient('sk_test_checker', { fetch: fake.fetch });
  const state = async () => {
    const [settings, roles, permissions, sets] = await Promise.all([
      api.getInstanceOrganizationSettings(clerk),
      api.listOrganizationRoles(clerk, { limit: 100 }),
      api.listOrganizationPermissions(clerk, { limit: 100 }),
      api.listRoleSets(clerk, { limit: 100 }),
    ]);
    if (!settings.ok || !roles.ok || !permissions.ok || !sets.ok) throw new Error('the fake did not answer');
    return {
      organizations: fake.organizations().map((o) => o.name),
      settings: settings.data,
      roles: roles.data.data.map((r) => r.key).sort(),
      permissions: permissions.data.data.map((p) => p.key).sort(),
      sets: sets.data.data.map((s) => `${s.key} ${s.type} ${s.roles.map((r) => r.key).join(',')}`).sort(),
    };
  };
  const before = await state();
  const seen = fake.requests.length;

  const stdout = await demo({
    CLERK_SECRET_KEY: 'sk_test_real_mode',
    CLERK_API_URL: `http://127.0.0.1:${port}/v1`,
    CLERK_DEMO_USER_IDS: 'user_real_ada,user_real_bob',
  });
  expect(stdout).toContain('demo against the Clerk Backend API');
  expect(stdout).not.toContain('✘');

  // Everything but the fake-only functions is walked; each of those is named with its reason.
  const shown = walked(stdout);
  expect(EXPORTED.filter((name) => !shown.has(name) && !(name in NOT_WALKED)).sort()).toEqual(Object.keys(FAKE_ONLY).sort());
  for (const [name, reason] of Object.entries(FAKE_ONLY)) expect(stdout).toMatch(new RegExp(`^– ${name}\\(.*skipped: ${reason.source}`, 'm'));

  // Nothing instance-wide was sent: no settings change; role sets changed only when the demo's own.
  const sent = fake.requests.slice(seen);
  expect(sent.length).toBeGreaterThan(50);
  expect(sent.filter((r) => r.path.startsWith('/v1/instance/') && r.method !== 'GET')).toEqual([]);
  const setWrites = sent.filter((r) => r.path.startsWith('/v1/role_sets') && r.method !== 'GET');
  expect(setWrites.map((r) => `${r.method} ${decodeURIComponent(r.path).replace(/demo_\w+/, 'demo_*')}`)).toEqual([
    'POST /v1/role_sets',
    'PATCH /v1/role_sets/role_set:demo_*',
    'POST /v1/role_sets/role_set:demo_*/roles',
    'POST /v1/role_sets/role_set:demo_*/roles/replace',
    'POST /v1/role_sets/role_set:demo_*/replace',
  ]);
  expect(setWrites.map((r) => r.body ?? '').join('\n')).not.toMatch(/"type":"initial"/);

  // And it cleaned up: organizations, roles, permissions, role sets and settings are as they were.
  expect(await state()).toEqual(before);
}, 60_000);
