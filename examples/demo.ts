// The demo: walks every function of the package, one line per call, and cleans up what it creates.
//   1. the instance: its organization settings and its signing keys (JWKS);
//   2. an organization: created, read, listed, updated, its metadata and logo, paginated, an error handled;
//   3. memberships: two members added, a role changed, metadata merged, lists and `paginate`;
//   4. who is calling: a session token and a webhook verified (against the fake, which signs them);
//   5. roles and permissions: a role holding a new permission, given to a member and taken back;
//   6. role sets: a set of its own, created, changed, emptied of the custom role, then deleted;
//   7. invitations (one, then two in bulk, no email sent) and a domain; then everything is deleted.
// Against the built-in fake Clerk (no network, no key) unless CLERK_SECRET_KEY
// is set, in which case it talks to the real Backend API (CLERK_API_URL optional):
// there it changes nothing instance-wide (such calls run against the fake only)
// and says what it skips and why.
import {
  addRolesToRoleSet,
  assignPermissionToOrganizationRole,
  bulkCreateOrganizationInvitations,
  type ClientOptions,
  createClient,
  createOrganization,
  createOrganizationDomain,
  createOrganizationInvitation,
  createOrganizationMembership,
  createOrganizationPermission,
  createOrganizationRole,
  createRoleSet,
  deleteOrganization,
  deleteOrganizationDomain,
  deleteOrganizationLogo,
  deleteOrganizationMembership,
  deleteOrganizationPermission,
  deleteOrganizationRole,
  getInstanceOrganizationSettings,
  getJwks,
  getOrganization,
  getOrganizationInvitation,
  getOrganizationPermission,
  getOrganizationRole,
  getRoleSet,
  listInstanceOrganizationDomains,
  listInstanceOrganizationInvitations,
  listInstanceOrganizationMemberships,
  listOrganizationDomains,
  listOrganizationInvitations,
  listOrganizationMemberships,
  listOrganizationPermissions,
  listOrganizationRoles,
  listOrganizations,
  listRoleSets,
  listUserOrganizationInvitations,
  listUserOrganizationMemberships,
  mergeOrganizationMembershipMetadata,
  mergeOrganizationMetadata,
  type OrganizationMembership,
  paginate,
  paginateOrganizations,
  type Result,
  removePermissionFromOrganizationRole,
  replaceOrganizationMetadata,
  replaceRoleInRoleSet,
  replaceRoleSet,
  revokeOrganizationInvitation,
  type SharedLimiter,
  sharedRateLimit,
  updateInstanceOrganizationSettings,
  updateOrganization,
  updateOrganizationDomain,
  updateOrganizationMembership,
  updateOrganizationPermission,
  updateOrganizationRole,
  updateRoleSet,
  uploadOrganizationLogo,
  verifyOrganizationDomainOwnership,
  verifySessionToken,
  verifyWebhook,
} from '../src/index.js';
import { createFakeClerk } from '../src/testing/index.js';

const secretKey = process.env.CLERK_SECRET_KEY;
const fake = secretKey
  ? undefined
  : createFakeClerk({
      organizations: [{ name: 'Globex' }, { name: 'Initech' }, { name: 'Umbrella' }],
      users: [
        { id: 'user_demo_ada', first_name: 'Ada', last_name: 'Lovelace', email_address: 'ada@example.com' },
        { id: 'user_demo_bob', first_name: 'Bob', last_name: 'Stone', email_address: 'bob@example.com' },
      ],
    });
// Two users to add as members: the fake's, or yours against the real API.
const memberIds = fake ? ['user_demo_ada', 'user_demo_bob'] : (process.env.CLERK_DEMO_USER_IDS ?? '').split(',').filter(Boolean);
/** A client of the fake, or of the real API; `options` adds to how it is set up. */
const connect = (options: ClientOptions = {}) =>
  fake
    ? createClient('sk_test_demo', { ...options, fetch: fake.fetch })
    : createClient(secretKey!, { ...options, baseURL: process.env.CLERK_API_URL || undefined });
const clerk = connect();
console.log(`clerk-backend-fetch demo against ${fake ? 'the built-in fake Clerk (set CLERK_SECRET_KEY for the real API)' : 'the Clerk Backend API'}\n`);

let failed = false;
/** Prints one line: a mark, the call, a status and what came back. */
function line(mark: string, call: string, status: string | number, text: string) {
  console.log(`${mark} ${call.padEnd(66)} ${String(status).padEnd(3)}  ${text}`);
}
/**
 * Prints one line for a step and hands back the data; an unexpected error marks the demo failed. `status` is what a
 * success shows: 200 for a call to the API, `ok` for a check made here. A 402 from the real API is a feature the
 * instance's plan lacks: reported, not a failure.
 */
function step<T, E extends { type: string; message: string }>(call: string, result: Result<T, E>, show: (data: T) => string, status = '200'): T | undefined {
  if (result.ok) {
    line('✔', call, status, show(result.data));
    return result.data;
  }
  const e = result.error;
  const code = e.type === 'api' && 'status' in e ? (e.status as number) : e.type;
  if (!fake && code === 402) {
    line('–', call, code, `skipped: this instance's plan lacks the feature (${e.message})`);
    return undefined;
  }
  line('✘', call, code, e.message);
  failed = true;
  return undefined;
}
/** Prints a step left out, and why. */
function skip(call: string, why: string) {
  line('–', call, '---', `skipped: ${why}`);
}
const fakeOnly = 'it would change the whole instance: the demo runs it against the fake only';

// 1. The instance: its organization settings (which decide what may run below) and its signing keys.
const settings = step(
  'getInstanceOrganizationSettings()',
  await getInstanceOrganizationSettings(clerk),
  (s) =>
    `enabled=${s.enabled} max_allowed_memberships=${s.max_allowed_memberships} creator_role=${s.creator_role} initial_role_set_key=${s.initial_role_set_key}`,
);
step('getJwks()', await getJwks(clerk), (jwks) => `${jwks.keys?.length ?? 0} key(s): ${jwks.keys?.map((k) => `${k.kid} ${k.kty} ${k.alg}`).join(', ')}`);
if (fake && settings) {
  step(
    'updateInstanceOrganizationSettings({ max_allowed_memberships })',
    await updateInstanceOrganizationSettings(clerk, { max_allowed_memberships: 10 }),
    (s) => `max_allowed_memberships=${s.max_allowed_memberships} for organizations created from now on (put back at the end)`,
  );
} else if (!fake) {
  skip('updateInstanceOrganizationSettings({ max_allowed_memberships })', fakeOnly);
}

// 2. An organization.
const suffix = Date.now().toString(36);
const created = step(
  'createOrganization({ name, slug, public_metadata })',
  await createOrganization(clerk, { name: `Demo Acme ${suffix}`, slug: `demo-acme-${suffix}`, public_metadata: { plan: 'free' } }),
  (o) => `${o.id} slug=${o.slug} max_allowed_memberships=${o.max_allowed_memberships}`,
);
if (!created) process.exit(1);
const id = created.id;

step('getOrganization({ organization_id: id })', await getOrganization(clerk, { organization_id: id }), (o) => `${o.id} name="${o.name}"`);
step(
  'getOrganization({ organization_id: slug, include_members_count })',
  await getOrganization(clerk, { organization_id: created.slug, include_members_count: true }),
  (o) => `${o.id} members_count=${o.members_count}`,
);
step(
  "listOrganizations({ query: 'demo', limit: 5 })",
  await listOrganizations(clerk, { query: 'demo', limit: 5 }),
  (page) => `total_count=${page.total_count} first=${page.data[0]?.id}`,
);
step(
  'updateOrganization({ name, max_allowed_memberships })',
  await updateOrganization(clerk, { organization_id: id, name: `Demo Acme Inc ${suffix}`, max_allowed_memberships: 25 }),
  (o) => `name="${o.name}" max_allowed_memberships=${o.max_allowed_memberships}`,
);
step(
  'mergeOrganizationMetadata({ public_metadata })',
  await mergeOrganizationMetadata(clerk, { organization_id: id, public_metadata: { plan: 'pro', seats: 25 } }),
  (o) => `public_metadata=${JSON.stringify(o.public_metadata)}`,
);
step(
  'replaceOrganizationMetadata({ private_metadata })',
  await replaceOrganizationMetadata(clerk, { organization_id: id, private_metadata: { crm_id: 'crm_42' } }),
  (o) => `private_metadata=${JSON.stringify(o.private_metadata)}`,
);
const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
step(
  'uploadOrganizationLogo({ file: logo.png })',
  await uploadOrganizationLogo(clerk, { organization_id: id, file: new File([png], 'logo.png', { type: 'image/png' }) }),
  (o) => `has_image=${o.has_image} image_url=${o.image_url}`,
);
step('deleteOrganizationLogo({ organization_id })', await deleteOrganizationLogo(clerk, { organization_id: id }), (o) => `has_image=${o.has_image}`);

let pages = 0;
let seen = 0;
for await (const page of paginateOrganizations(clerk, { limit: 2 })) {
  if (!step(`paginateOrganizations({ limit: 2 }) page ${pages + 1}`, page, (p) => `${p.data.length} orgs: ${p.data.map((o) => o.id).join(', ')}`)) break;
  pages += 1;
  seen += page.ok ? page.data.data.length : 0;
  if (pages === 5) break;
}
console.log(`  paginated ${seen} organizations in ${pages} page${pages === 1 ? '' : 's'}`);

// An error, handled through the Result: nothing throws.
const missing = await getOrganization(clerk, { organization_id: 'org_does_not_exist' });
if (!missing.ok && missing.error.type === 'api' && missing.error.status === 404) {
  line('✔', 'getOrganization({ organization_id: missing })', 404, `handled: code=${missing.error.errors[0]?.code} traceId=${missing.error.traceId}`);
} else {
  console.log(`✘ expected a 404 for a missing organization, got ${JSON.stringify(missing)}`);
  failed = true;
}
const invalid = await listOrganizations(clerk, { limit: 1000 });
if (!invalid.ok && invalid.error.type === 'invalid_request') {
  line('✔', 'listOrganizations({ limit: 1000 })', '---', `refused before sending: ${invalid.error.message}`);
} else {
  failed = true;
}

// A budget every client shares (isolates, workers, processes): two clients, one limiter. This one keeps its window in
// memory, at most 5 requests a second; `durableRateLimit` from 'clerk-backend-fetch/cloudflare' keeps it in a
// Durable Object, and an adapter for another store implements the same two methods.
const reservations: number[] = [];
const memoryLimiter: SharedLimiter = {
  reserve: async (_key, maxDelay) => {
    const now = Date.now();
    const at = Math.max(now, (reservations[reservations.length - 5] ?? -Infinity) + 1000);
    if (at - now <= maxDelay) reservations.push(at);
    return at - now;
  },
  hold: () => {},
};
const oneBudget = sharedRateLimit(memoryLimiter, { requests: 5, per: 1000 });
const sharing = [connect({ rateLimit: oneBudget }), connect({ rateLimit: oneBudget })];
const shared = await Promise.all(sharing.map((client) => listOrganizations(client, { limit: 1 })));
step(
  'sharedRateLimit(memoryLimiter, { requests: 5, per: 1000 })',
  shared.find((r) => !r.ok) ?? shared[0]!,
  () => `two clients, one window: ${reservations.length} places reserved`,
  'ok',
);

// 3. Memberships: add two members, change a role, merge metadata, list with a filter, paginate (removed after the roles).
const joined: OrganizationMembership[] = [];
if (memberIds.length >= 2) {
  const [ada, bob] = memberIds as [string, string];
  for (const user_id of [ada, bob]) {
    const m = step(
      `createOrganizationMembership({ user_id: ${user_id}, role })`,
      await createOrganizationMembership(clerk, { organization_id: id, user_id, role: 'org:member' }),
      (m) => `${m.id} ${m.public_user_data?.identifier} members_count=${m.organization.members_count}`,
    );
    if (m) joined.push(m);
  }
  step(
    "updateOrganizationMembership({ role: 'org:admin' })",
    await updateOrganizationMembership(clerk, { organization_id: id, user_id: ada, role: 'org:admin' }),
    (m) => `${m.public_user_data?.user_id} role=${m.role}`,
  );
  step(
    'mergeOrganizationMembershipMetadata({ public_metadata })',
    await mergeOrganizationMembershipMetadata(clerk, { organization_id: id, user_id: bob, public_metadata: { team: 'infra' } }),
    (m) => `public_metadata=${JSON.stringify(m.public_metadata)}`,
  );
  step(
    "listOrganizationMemberships({ role: ['org:admin'] })",
    await listOrganizationMemberships(clerk, { organization_id: id, role: ['org:admin'] }),
    (page) => `total_count=${page.total_count} admins=${page.data.map((m) => m.public_user_data?.user_id).join(', ')}`,
  );
  let memberPages = 0;
  for await (const page of paginate(listOrganizationMemberships, clerk, { organization_id: id, limit: 1, order_by: 'first_name' })) {
    if (!step(`paginate(listOrganizationMemberships, { limit: 1 }) page ${++memberPages}`, page, (p) => `${p.data[0]?.public_user_data?.user_id}`)) break;
  }
  step(
    'listUserOrganizationMemberships({ user_id })',
    await listUserOrganizationMemberships(clerk, { user_id: bob }),
    (page) => `${page.total_count} organizations: ${page.data.map((m) => `${m.organization.name} (${m.role})`).join(', ')}`,
  );
  step(
    'listInstanceOrganizationMemberships({ limit: 5 })',
    await listInstanceOrganizationMemberships(clerk, { limit: 5 }),
    (page) => `total_count=${page.total_count}`,
  );
} else {
  skip('createOrganizationMembership and the membership calls', 'needs two existing users: set CLERK_DEMO_USER_IDS=user_a,user_b');
}

// 4. Who is calling: a session token (as a signed-in admin of the organization would send it) and a webhook, verified.
// The fake signs both; against the real API, Clerk signs them for a signed-in user and a webhook endpoint.
if (fake) {
  const token = await fake.sessionToken({ sub: 'user_demo_ada', org: { id, role: 'org:admin', slug: created.slug } });
  const who = (a: { userId: string; orgId?: string; orgRole?: string }) => `userId=${a.userId} orgId=${a.orgId} orgRole=${a.orgRole}`;
  const jwtKey = await fake.jwtKey();
  step('verifySessionToken(token, { jwtKey })', await verifySessionToken(token, { jwtKey }), who, 'ok');
  step('verifySessionToken(token, { client })', await verifySessionToken(token, { client: clerk }), (a) => `${who(a)} (keys from GET /jwks)`, 'ok');
  const hourAgo = Math.floor(Date.now() / 1000) - 3600;
  const expired = await verifySessionToken(await fake.sessionToken({ iat: hourAgo, nbf: hourAgo, exp: hourAgo + 60 }), { jwtKey });
  if (!expired.ok && expired.error.reason === 'expired') {
    line('✔', 'verifySessionToken(expired, { jwtKey })', '---', `handled: reason=${expired.error.reason}`);
  } else {
    console.log(`✘ expected an expired token to be refused, got ${JSON.stringify(expired)}`);
    failed = true;
  }
  const [first] = joined;
  if (first) {
    step(
      'verifyWebhook(request, { signingSecret })',
      await verifyWebhook(await fake.webhook('organizationMembership.created', first), { signingSecret: fake.webhookSigningSecret }),
      (event) =>
        event.type === 'organizationMembership.created'
          ? `type=${event.type} user=${event.data.public_user_data?.user_id} role=${event.data.role}`
          : `type=${event.type}`,
      'ok',
    );
  }
} else {
  skip('verifySessionToken(token, { jwtKey } or { client })', 'needs a token Clerk signed for a signed-in user (the fake mints one)');
  skip('verifyWebhook(request, { signingSecret })', "needs a delivery from Clerk and its endpoint's secret (the fake signs one)");
}

// 5. Roles and permissions: a permission, a custom role holding it (in the initial role set, so members can hold it),
// a second permission given to the role and taken back, the role given to a member and taken back, then all deleted.
// Keys are unique per instance: the suffix keeps them apart.
const permission = step(
  'createOrganizationPermission({ name, key })',
  await createOrganizationPermission(clerk, { name: 'Read reports', key: `org:reports_${suffix}:read`, description: 'Can read reports' }),
  (p) => `${p.id} key=${p.key} type=${p.type}`,
);
const exporting = step(
  'createOrganizationPermission({ name, key }) a second one',
  await createOrganizationPermission(clerk, { name: 'Export reports', key: `org:reports_${suffix}:export`, description: 'Can export reports' }),
  (p) => `${p.id} key=${p.key}`,
);
if (permission) {
  step(
    'getOrganizationPermission({ permission_id })',
    await getOrganizationPermission(clerk, { permission_id: permission.id }),
    (p) => `${p.key} name="${p.name}"`,
  );
}
if (exporting) {
  step(
    'updateOrganizationPermission({ description })',
    await updateOrganizationPermission(clerk, { permission_id: exporting.id, description: 'Can export reports as CSV' }),
    (p) => `${p.key} description="${p.description}"`,
  );
}
step(
  `listOrganizationPermissions({ query: 'reports_${suffix}' })`,
  await listOrganizationPermissions(clerk, { query: `reports_${suffix}`, order_by: 'key' }),
  (page) => `total_count=${page.total_count} keys=${page.data.map((p) => p.key).join(', ')}`,
);
const role = permission
  ? step(
      'createOrganizationRole({ name, key, permissions })',
      await createOrganizationRole(clerk, {
        name: 'Analyst',
        key: `org:analyst_${suffix}`,
        permissions: [permission.id],
        include_in_initial_role_set: true,
      }),
      (r) => `${r.id} key=${r.key} permissions=${r.permissions.map((p) => p.key).join(', ')}`,
    )
  : undefined;
if (role) {
  step(
    'getOrganizationRole({ organization_role_id })',
    await getOrganizationRole(clerk, { organization_role_id: role.id }),
    (r) => `${r.key} name="${r.name}" is_creator_eligible=${r.is_creator_eligible}`,
  );
  step(
    'updateOrganizationRole({ description })',
    await updateOrganizationRole(clerk, { organization_role_id: role.id, description: 'Reads the reports' }),
    (r) => `${r.key} description="${r.description}"`,
  );
  if (exporting) {
    const keys = (r: { permissions: { key: string }[] }) => `permissions=${r.permissions.map((p) => p.key).join(', ')}`;
    step(
      'assignPermissionToOrganizationRole({ permission_id: export })',
      await assignPermissionToOrganizationRole(clerk, { organization_role_id: role.id, permission_id: exporting.id }),
      keys,
    );
    step(
      'removePermissionFromOrganizationRole({ permission_id: export })',
      await removePermissionFromOrganizationRole(clerk, { organization_role_id: role.id, permission_id: exporting.id }),
      keys,
    );
  }
}
step(
  "listOrganizationRoles({ order_by: 'key' })",
  await listOrganizationRoles(clerk, { order_by: 'key', limit: 20 }),
  (page) => `total_count=${page.total_count} keys=${page.data.map((r) => r.key).join(', ')}`,
);
if (role && memberIds.length >= 2) {
  const bob = memberIds[1]!;
  step(
    'updateOrganizationMembership({ role: analyst })',
    await updateOrganizationMembership(clerk, { organization_id: id, user_id: bob, role: role.key }),
    (m) => `${m.public_user_data?.user_id} role=${m.role} role_name=${m.role_name}`,
  );
  step('listOrganizationMemberships({ user_id: [bob] })', await listOrganizationMemberships(clerk, { organization_id: id, user_id: [bob] }), (page) =>
    page.data.map((m) => `${m.public_user_data?.user_id} permissions=${m.permissions.join(', ')}`).join('; '),
  );
  step(
    "updateOrganizationMembership({ role: 'org:member' })",
    await updateOrganizationMembership(clerk, { organization_id: id, user_id: bob, role: 'org:member' }),
    (m) => `${m.public_user_data?.user_id} role=${m.role} permissions=${m.permissions.join(', ')}`,
  );
}

// 6. Role sets: a set of its own (the initial set's creator and default roles), renamed, given the analyst role,
// which is then replaced by the default role, and deleted by replacing it with the initial set (Clerk has no other
// delete; no organization uses the set, so nobody moves). The initial set itself is only read.
const roleSets = step(
  "listRoleSets({ order_by: 'name' })",
  await listRoleSets(clerk, { order_by: 'name', limit: 10 }),
  (page) => `total_count=${page.total_count} keys=${page.data.map((s) => `${s.key} (${s.type})`).join(', ')}`,
);
const initialKey = settings?.initial_role_set_key ?? roleSets?.data.find((s) => s.type === 'initial')?.key;
const initial = initialKey
  ? step(
      'getRoleSet({ role_set_key_or_id: initial })',
      await getRoleSet(clerk, { role_set_key_or_id: initialKey }),
      (s) => `${s.key} default=${s.default_role?.key} creator=${s.creator_role?.key} roles=${s.roles.map((r) => r.key).join(', ')}`,
    )
  : undefined;
const maxSets = settings?.max_role_sets_allowed;
const full = maxSets !== undefined && roleSets !== undefined && roleSets.total_count >= maxSets;
const defaultKey = initial?.default_role?.key;
const creatorKey = initial?.creator_role?.key;
if (!initial || !defaultKey || !creatorKey) {
  skip('createRoleSet and the role set calls after it', 'no initial role set with a default and a creator role to start from');
} else if (full) {
  skip('createRoleSet and the role set calls after it', `the instance allows ${maxSets} role sets and has ${roleSets?.total_count}`);
} else {
  const set = step(
    'createRoleSet({ name, key, roles, default/creator_role_key })',
    await createRoleSet(clerk, {
      name: 'Demo agencies',
      key: `role_set:demo_${suffix}`,
      roles: [...new Set([creatorKey, defaultKey])],
      default_role_key: defaultKey,
      creator_role_key: creatorKey,
    }),
    (s) => `${s.id} key=${s.key} type=${s.type} roles=${s.roles.map((r) => r.key).join(', ')}`,
  );
  if (set) {
    const roles = (s: { roles: { key: string }[] }) => `roles=${s.roles.map((r) => r.key).join(', ')}`;
    step(
      'updateRoleSet({ name, description })',
      await updateRoleSet(clerk, { role_set_key_or_id: set.key, name: 'Demo agencies (renamed)', description: 'For agency organizations' }),
      (s) => `name="${s.name}" description="${s.description}"`,
    );
    if (role) {
      step('addRolesToRoleSet({ role_keys: [analyst] })', await addRolesToRoleSet(clerk, { role_set_key_or_id: set.key, role_keys: [role.key] }), roles);
      step(
        'replaceRoleInRoleSet({ role_key: analyst, to_role_key: default })',
        await replaceRoleInRoleSet(clerk, { role_set_key_or_id: set.key, role_key: role.key, to_role_key: defaultKey }),
        roles,
      );
    }
    step(
      'replaceRoleSet({ dest_role_set_key: initial })',
      await replaceRoleSet(clerk, { role_set_key_or_id: set.key, dest_role_set_key: initial.key }),
      (d) => `${d.id} deleted=${d.deleted}`,
    );
  }
}

if (role) {
  step(
    'deleteOrganizationRole({ organization_role_id })',
    await deleteOrganizationRole(clerk, { organization_role_id: role.id }),
    (d) => `${d.id} deleted=${d.deleted}`,
  );
}
for (const p of [permission, exporting]) {
  if (p) {
    step(
      'deleteOrganizationPermission({ permission_id })',
      await deleteOrganizationPermission(clerk, { permission_id: p.id }),
      (d) => `${d.id} deleted=${d.deleted}`,
    );
  }
}

// The two members leave.
const bobEmail = joined[1]?.public_user_data?.identifier;
if (memberIds.length >= 2) {
  for (const user_id of memberIds.slice(0, 2)) {
    step(
      `deleteOrganizationMembership({ user_id: ${user_id} })`,
      await deleteOrganizationMembership(clerk, { organization_id: id, user_id }),
      (m) => `${m.id} removed; members_count=${m.organization.members_count}`,
    );
  }
}

// 7. Invitations (no email sent: notify false): one, then two in bulk (one to the second member's address, so it shows
// in that user's invitations), listed three ways, then all revoked.
const invitations: string[] = [];
const invitation = step(
  'createOrganizationInvitation({ email_address, role, notify })',
  await createOrganizationInvitation(clerk, {
    organization_id: id,
    email_address: `demo-${suffix}@example.com`,
    role: 'org:member',
    notify: false,
    expires_in_days: 7,
  }),
  (i) => `${i.id} ${i.email_address} status=${i.status}`,
);
if (invitation) {
  invitations.push(invitation.id);
  step(
    'getOrganizationInvitation({ invitation_id })',
    await getOrganizationInvitation(clerk, { organization_id: id, invitation_id: invitation.id }),
    (i) => `${i.id} role=${i.role} expires_at=${i.expires_at === null ? null : new Date(i.expires_at).toISOString()}`,
  );
}
const bulkEmails = [`demo-${suffix}-2@example.com`, bobEmail?.includes('@') ? bobEmail : `demo-${suffix}-3@example.com`];
const bulk = step(
  'bulkCreateOrganizationInvitations({ invitations: [2] })',
  await bulkCreateOrganizationInvitations(clerk, {
    organization_id: id,
    invitations: bulkEmails.map((email_address) => ({ email_address, role: 'org:member', notify: false, expires_in_days: 7 })),
  }),
  (page) => `${page.data.length} invitations: ${page.data.map((i) => i.email_address).join(', ')}`,
);
invitations.push(...(bulk?.data.map((i) => i.id) ?? []));
step(
  "listOrganizationInvitations({ status: 'pending' })",
  await listOrganizationInvitations(clerk, { organization_id: id, status: 'pending' }),
  (page) => `total_count=${page.total_count}`,
);
step(
  "listInstanceOrganizationInvitations({ query, status: 'pending' })",
  await listInstanceOrganizationInvitations(clerk, { query: `demo-${suffix}`, status: 'pending' }),
  (page) => `total_count=${page.total_count} organizations=${[...new Set(page.data.map((i) => i.public_organization_data?.name))].join(', ')}`,
);
if (memberIds.length >= 2) {
  step(
    'listUserOrganizationInvitations({ user_id: bob })',
    await listUserOrganizationInvitations(clerk, { user_id: memberIds[1]!, status: 'pending' }),
    (page) => `${page.total_count} pending: ${page.data.map((i) => `${i.public_organization_data?.name} (${i.role})`).join(', ')}`,
  );
} else {
  skip('listUserOrganizationInvitations({ user_id })', 'needs a user: set CLERK_DEMO_USER_IDS');
}
for (const invitation_id of invitations) {
  step(
    'revokeOrganizationInvitation({ invitation_id })',
    await revokeOrganizationInvitation(clerk, { organization_id: id, invitation_id }),
    (i) => `${i.id} status=${i.status}`,
  );
}

// Domains: add one, list it, change its enrollment mode, mark its ownership verified, remove it.
if (settings?.domains_enabled === false) {
  skip('createOrganizationDomain and the domain calls after it', "domains are off in the instance's organization settings");
} else {
  const mode = settings?.domains_enrollment_modes.includes('automatic_suggestion') === false ? 'manual_invitation' : 'automatic_suggestion';
  const domain = step(
    'createOrganizationDomain({ name, enrollment_mode })',
    await createOrganizationDomain(clerk, { organization_id: id, name: `demo-${suffix}.example.com`, enrollment_mode: mode }),
    (d) => `${d.id} ${d.name} enrollment_mode=${d.enrollment_mode} verification=${d.verification?.status}`,
  );
  step(
    'listOrganizationDomains({ organization_id })',
    await listOrganizationDomains(clerk, { organization_id: id }),
    (page) => `total_count=${page.total_count}`,
  );
  if (domain) {
    step(
      'updateOrganizationDomain({ enrollment_mode })',
      await updateOrganizationDomain(clerk, { organization_id: id, domain_id: domain.id, enrollment_mode: 'manual_invitation' }),
      (d) => `${d.name} enrollment_mode=${d.enrollment_mode}`,
    );
    step(
      'verifyOrganizationDomainOwnership({ domain_id })',
      await verifyOrganizationDomainOwnership(clerk, { organization_id: id, domain_id: domain.id }),
      (d) => `${d.name} ownership=${d.ownership_verification?.status ?? null}`,
    );
  }
  step(
    'listInstanceOrganizationDomains({ organization_id })',
    await listInstanceOrganizationDomains(clerk, { organization_id: id }),
    (page) => `total_count=${page.total_count} names=${page.data.map((d) => d.name).join(', ')}`,
  );
  if (domain) {
    step(
      'deleteOrganizationDomain({ domain_id })',
      await deleteOrganizationDomain(clerk, { organization_id: id, domain_id: domain.id }),
      (d) => `${d.id} deleted=${d.deleted}`,
    );
  }
}

step('deleteOrganization({ organization_id })', await deleteOrganization(clerk, { organization_id: id }), (d) => `${d.id} deleted=${d.deleted}`);
if (fake && settings) {
  step(
    'updateInstanceOrganizationSettings({ max_allowed_memberships })',
    await updateInstanceOrganizationSettings(clerk, { max_allowed_memberships: settings.max_allowed_memberships }),
    (s) => `max_allowed_memberships=${s.max_allowed_memberships} again`,
  );
}
if (fake) console.log(`\nThe fake answered ${fake.requests.length} requests.`);
process.exit(failed ? 1 : 0);
