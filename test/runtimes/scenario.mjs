// The same scenario in every runtime, against the checking server on 127.0.0.1.
// `api` is the package as that runtime loaded it (import, require or a bundle).

/** Which runtime this is, as it reports itself. */
export function runtimeName() {
  if (typeof Bun !== 'undefined') return `bun ${Bun.version}`;
  if (typeof Deno !== 'undefined') return `deno ${Deno.version.deno}`;
  if (typeof EdgeRuntime === 'string') return `edge-runtime (${EdgeRuntime})`;
  if (typeof navigator !== 'undefined' && navigator.userAgent === 'Cloudflare-Workers') return 'workerd (Cloudflare-Workers)';
  if (typeof process !== 'undefined' && process.versions && process.versions.node) return `node ${process.versions.node}`;
  return 'unknown';
}

export async function runScenario(api, baseURL) {
  // Signed by the checking server with node:crypto, so this runtime's Web Crypto really verifies.
  const fixtures = await (await fetch(new URL('/test-fixtures', baseURL))).json();
  const clerk = api.createClient('sk_test_runtime_key', { baseURL, retry: false, timeout: 10000 });
  const steps = {};
  const record = (name, r, pick) => {
    steps[name] = r.ok
      ? pick(r.data)
      : { error: r.error.type, reason: r.error.reason, status: r.error.status, traceId: r.error.traceId, message: r.error.message };
  };
  /** A Result that must fail: the reason it gives. */
  const refused = (name, r) => {
    steps[name] = r.ok ? 'unexpected success' : r.error.reason;
  };
  record('getById', await api.getOrganization(clerk, { organization_id: 'org_rt' }), (d) => d.id);
  record('getBySlug', await api.getOrganization(clerk, { organization_id: 'rt-slug', include_members_count: true }), (d) => `${d.slug}:${d.members_count}`);
  record('list', await api.listOrganizations(clerk, { organization_id: ['org_a', '-org_b'], limit: 5 }), (d) => d.total_count);
  record('create', await api.createOrganization(clerk, { name: 'Runtime', slug: 'runtime', public_metadata: { from: 'runtime' } }), (d) => d.id);
  record('update', await api.updateOrganization(clerk, { organization_id: 'org_rt', name: 'Renamed' }), (d) => d.name);
  record('merge', await api.mergeOrganizationMetadata(clerk, { organization_id: 'org_rt', public_metadata: { a: 1, b: null } }), (d) => d.public_metadata);
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
  record(
    'logo',
    await api.uploadOrganizationLogo(clerk, {
      organization_id: 'org_rt',
      file: new File([png], 'logo.png', { type: 'image/png' }),
      uploader_user_id: 'user_rt',
    }),
    (d) => d.image_url,
  );
  record(
    'memberAdd',
    await api.createOrganizationMembership(clerk, { organization_id: 'org_rt', user_id: 'user_rt', role: 'org:member' }),
    (d) => `${d.role}:${d.organization.members_count}`,
  );
  record('memberList', await api.listOrganizationMemberships(clerk, { organization_id: 'org_rt', role: ['org:member', 'org:admin'] }), (d) => d.total_count);
  record(
    'invite',
    await api.createOrganizationInvitation(clerk, { organization_id: 'org_rt', email_address: 'rt@example.com', role: 'org:member' }),
    (d) => `${d.email_address}:${d.status}`,
  );
  record(
    'domain',
    await api.createOrganizationDomain(clerk, { organization_id: 'org_rt', name: 'rt.example.com', enrollment_mode: 'automatic_suggestion' }),
    (d) => `${d.name}:${d.verification?.status}`,
  );
  // A role round trip: a permission, a role holding it, the list of roles, then both deleted.
  const permission = await api.createOrganizationPermission(clerk, { name: 'Read reports', key: 'org:reports:read', description: 'Can read reports' });
  record('permissionCreate', permission, (d) => `${d.id}:${d.key}:${d.type}`);
  const role = await api.createOrganizationRole(clerk, {
    name: 'Analyst',
    key: 'org:analyst',
    permissions: [permission.ok ? permission.data.id : 'perm_missing'],
  });
  record('roleCreate', role, (d) => `${d.id}:${d.key}:${d.permissions.map((p) => p.key).join(',')}`);
  record('roleList', await api.listOrganizationRoles(clerk, { query: 'org:', order_by: 'key', limit: 10 }), (d) => d.data.map((r) => r.key).join(','));
  record(
    'roleDelete',
    await api.deleteOrganizationRole(clerk, { organization_role_id: role.ok ? role.data.id : 'role_missing' }),
    (d) => `${d.object}:${d.deleted}`,
  );
  record(
    'permissionDelete',
    await api.deleteOrganizationPermission(clerk, { permission_id: permission.ok ? permission.data.id : 'perm_missing' }),
    (d) => `${d.object}:${d.deleted}`,
  );
  record('delete', await api.deleteOrganization(clerk, { organization_id: 'org_rt' }), (d) => d.deleted);
  record('notFound', await api.getOrganization(clerk, { organization_id: 'org_missing' }), () => 'unexpected success');

  // Edge auth: a session token, with the PEM key and with the JWKS through the client, then a webhook.
  const { jwtKey, authorizedParties, token, tamperedToken, algNoneToken, signingSecret, webhook } = fixtures;
  const who = (d) => ({ userId: d.userId, sessionId: d.sessionId, orgId: d.orgId, orgRole: d.orgRole, orgSlug: d.orgSlug, orgPermissions: d.orgPermissions });
  record('jwks', await api.getJwks(clerk), (d) => d.keys.map((k) => k.kid).join(','));
  record('sessionJwtKey', await api.verifySessionToken(token, { jwtKey, authorizedParties }), who);
  record('sessionClient', await api.verifySessionToken(token, { client: clerk, authorizedParties }), (d) => `${d.userId}:${d.orgId}`);
  refused('sessionTampered', await api.verifySessionToken(tamperedToken, { jwtKey }));
  refused('sessionTamperedClient', await api.verifySessionToken(tamperedToken, { client: clerk }));
  refused('sessionAlgNone', await api.verifySessionToken(algNoneToken, { jwtKey }));
  const delivery = (body) => new Request('https://app.rt.example/webhooks/clerk', { method: 'POST', headers: webhook.headers, body });
  record('webhook', await api.verifyWebhook(delivery(webhook.body), { signingSecret }), (d) => `${d.type}:${d.data.id}`);
  refused('webhookTampered', await api.verifyWebhook(delivery(webhook.tamperedBody), { signingSecret }));
  return { runtime: runtimeName(), steps };
}
