// The demo: walks the ten organizations functions, a pagination, the seven membership functions and paginate,
// a role round trip (a permission, a role holding it, given to a member and taken back), an invite-and-revoke
// and a domain step.
// Against the built-in fake Clerk (no network, no key) unless CLERK_SECRET_KEY
// is set, in which case it talks to the real Backend API (CLERK_API_URL optional)
// and deletes what it created.
import {
  createClient,
  createOrganization,
  createOrganizationDomain,
  createOrganizationInvitation,
  createOrganizationMembership,
  createOrganizationPermission,
  createOrganizationRole,
  deleteOrganization,
  deleteOrganizationDomain,
  deleteOrganizationLogo,
  deleteOrganizationMembership,
  deleteOrganizationPermission,
  deleteOrganizationRole,
  getOrganization,
  listInstanceOrganizationMemberships,
  listOrganizationDomains,
  listOrganizationInvitations,
  listOrganizationMemberships,
  listOrganizationRoles,
  listOrganizations,
  listUserOrganizationMemberships,
  mergeOrganizationMembershipMetadata,
  mergeOrganizationMetadata,
  paginate,
  paginateOrganizations,
  type RequestError,
  type Result,
  replaceOrganizationMetadata,
  revokeOrganizationInvitation,
  updateOrganization,
  updateOrganizationMembership,
  uploadOrganizationLogo,
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
const clerk = fake ? createClient('sk_test_demo', { fetch: fake.fetch }) : createClient(secretKey!, { baseURL: process.env.CLERK_API_URL || undefined });
console.log(`clerk-backend-fetch demo against ${fake ? 'the built-in fake Clerk (set CLERK_SECRET_KEY for the real API)' : 'the Clerk Backend API'}\n`);

let failed = false;
/** Prints one line for a step and hands back the data; an unexpected error marks the demo failed. */
function step<T>(call: string, result: Result<T, RequestError>, show: (data: T) => string): T | undefined {
  if (result.ok) {
    console.log(`✔ ${call.padEnd(66)} 200  ${show(result.data)}`);
    return result.data;
  }
  const e = result.error;
  console.log(`✘ ${call.padEnd(66)} ${e.type === 'api' ? e.status : e.type}  ${e.message}`);
  failed = true;
  return undefined;
}

const suffix = Date.now().toString(36);
const created = step(
  'createOrganization({ name, slug, public_metadata })',
  await createOrganization(clerk, { name: `Demo Acme ${suffix}`, slug: `demo-acme-${suffix}`, public_metadata: { plan: 'free' } }),
  (o) => `${o.id} slug=${o.slug}`,
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
console.log(`  paginated ${seen} organizations in ${pages} pages`);

// An error, handled through the Result: nothing throws.
const missing = await getOrganization(clerk, { organization_id: 'org_does_not_exist' });
if (!missing.ok && missing.error.type === 'api' && missing.error.status === 404) {
  console.log(
    `✔ ${'getOrganization({ organization_id: missing })'.padEnd(66)} 404  handled: code=${missing.error.errors[0]?.code} traceId=${missing.error.traceId}`,
  );
} else {
  console.log(`✘ expected a 404 for a missing organization, got ${JSON.stringify(missing)}`);
  failed = true;
}
const invalid = await listOrganizations(clerk, { limit: 1000 });
if (!invalid.ok && invalid.error.type === 'invalid_request') {
  console.log(`✔ ${'listOrganizations({ limit: 1000 })'.padEnd(66)} ---  refused before sending: ${invalid.error.message}`);
} else {
  failed = true;
}

// Memberships: add two members, change a role, merge metadata, list with a filter, paginate (removed after the roles).
if (memberIds.length >= 2) {
  const [ada, bob] = memberIds as [string, string];
  for (const user_id of [ada, bob]) {
    step(
      `createOrganizationMembership({ user_id: ${user_id}, role })`,
      await createOrganizationMembership(clerk, { organization_id: id, user_id, role: 'org:member' }),
      (m) => `${m.id} ${m.public_user_data?.identifier} members_count=${m.organization.members_count}`,
    );
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
  console.log('  memberships skipped: set CLERK_DEMO_USER_IDS=user_a,user_b (two existing users) to walk them against the real API');
}

// Roles: a permission, a custom role holding it (in the initial role set, so members can hold it), given to a
// member and taken back, then both deleted. Keys are unique per instance: the suffix keeps them apart.
const permission = step(
  'createOrganizationPermission({ name, key })',
  await createOrganizationPermission(clerk, { name: 'Read reports', key: `org:reports_${suffix}:read`, description: 'Can read reports' }),
  (p) => `${p.id} key=${p.key} type=${p.type}`,
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
if (role) {
  step(
    'deleteOrganizationRole({ organization_role_id })',
    await deleteOrganizationRole(clerk, { organization_role_id: role.id }),
    (d) => `${d.id} deleted=${d.deleted}`,
  );
}
if (permission) {
  step(
    'deleteOrganizationPermission({ permission_id })',
    await deleteOrganizationPermission(clerk, { permission_id: permission.id }),
    (d) => `${d.id} deleted=${d.deleted}`,
  );
}

// The two members leave.
if (memberIds.length >= 2) {
  for (const user_id of memberIds.slice(0, 2)) {
    step(
      `deleteOrganizationMembership({ user_id: ${user_id} })`,
      await deleteOrganizationMembership(clerk, { organization_id: id, user_id }),
      (m) => `${m.id} removed; members_count=${m.organization.members_count}`,
    );
  }
}

// Invitations: invite (no email sent: notify false), list the pending ones, revoke.
const invitation = step(
  'createOrganizationInvitation({ email_address, role, notify: false })',
  await createOrganizationInvitation(clerk, {
    organization_id: id,
    email_address: `demo-${suffix}@example.com`,
    role: 'org:member',
    notify: false,
    expires_in_days: 7,
  }),
  (i) => `${i.id} ${i.email_address} status=${i.status}`,
);
step(
  "listOrganizationInvitations({ status: 'pending' })",
  await listOrganizationInvitations(clerk, { organization_id: id, status: 'pending' }),
  (page) => `total_count=${page.total_count}`,
);
if (invitation) {
  step(
    'revokeOrganizationInvitation({ invitation_id })',
    await revokeOrganizationInvitation(clerk, { organization_id: id, invitation_id: invitation.id }),
    (i) => `${i.id} status=${i.status}`,
  );
}

// Domains: add one, list it, remove it.
const domain = step(
  "createOrganizationDomain({ name, enrollment_mode: 'automatic_suggestion' })",
  await createOrganizationDomain(clerk, { organization_id: id, name: `demo-${suffix}.example.com`, enrollment_mode: 'automatic_suggestion' }),
  (d) => `${d.id} ${d.name} verification=${d.verification?.status}`,
);
step(
  'listOrganizationDomains({ organization_id })',
  await listOrganizationDomains(clerk, { organization_id: id }),
  (page) => `total_count=${page.total_count}`,
);
if (domain) {
  step(
    'deleteOrganizationDomain({ domain_id })',
    await deleteOrganizationDomain(clerk, { organization_id: id, domain_id: domain.id }),
    (d) => `${d.id} deleted=${d.deleted}`,
  );
}

step('deleteOrganization({ organization_id })', await deleteOrganization(clerk, { organization_id: id }), (d) => `${d.id} deleted=${d.deleted}`);
if (fake) console.log(`\nThe fake answered ${fake.requests.length} requests.`);
process.exit(failed ? 1 : 0);
