// A Cloudflare Worker that manages an organization's team with nothing but this package:
// it authenticates the caller (a Clerk session token), authorises by organization role,
// calls the Backend API, and keeps its own records in step through Clerk's webhooks.
// test/examples/team-admin-worker.test.ts runs it against the fake Clerk.
import { type ClerkClient, createClient, createOrganizationInvitation, listOrganizationMemberships, verifySessionToken, verifyWebhook } from '../src/index.js'; // in your worker: from 'clerk-backend-fetch'

export interface Env {
  /** `sk_live_…` (Dashboard → API keys). */
  CLERK_SECRET_KEY: string;
  /** The JWKS public key, PEM (Dashboard → API keys → "JWKS Public Key"). */
  CLERK_JWT_KEY: string;
  /** The webhook endpoint's `whsec_…` secret (Dashboard → Webhooks). */
  CLERK_WEBHOOK_SIGNING_SECRET: string;
}

/** What the worker learnt from webhooks: here, members by organization (a real worker would write to D1 or KV). */
export const members = new Map<string, Set<string>>();

// One client per isolate, made on first use: its 429 holds, budget and caches are shared by every request.
// A client made per request would start from nothing each time.
let clerk: ClerkClient | undefined;

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    clerk ??= createClient(env.CLERK_SECRET_KEY, { timeout: 5_000 });
    const url = new URL(request.url);

    if (request.method === 'POST' && url.pathname === '/webhooks/clerk') {
      const event = await verifyWebhook(request, { signingSecret: env.CLERK_WEBHOOK_SIGNING_SECRET });
      if (!event.ok) return new Response(event.error.message, { status: 400 });
      const { type, data } = event.data;
      if (type === 'organizationMembership.created' || type === 'organizationMembership.deleted') {
        const userId = data.public_user_data?.user_id;
        const team = members.get(data.organization.id) ?? new Set<string>();
        if (userId && type === 'organizationMembership.created') team.add(userId);
        if (userId && type === 'organizationMembership.deleted') team.delete(userId);
        members.set(data.organization.id, team);
      }
      return new Response('ok');
    }

    // Everything else needs a signed-in user with an active organization.
    const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
    const auth = await verifySessionToken(token, { jwtKey: env.CLERK_JWT_KEY, authorizedParties: ['https://app.example.com'] });
    if (!auth.ok) return Response.json({ error: auth.error.reason }, { status: 401 });
    const { orgId, orgRole, orgPermissions = [] } = auth.data;
    if (!orgId) return Response.json({ error: 'no active organization' }, { status: 403 });

    if (request.method === 'GET' && url.pathname === '/team') {
      const r = await listOrganizationMemberships(clerk, { organization_id: orgId, limit: 100 });
      if (!r.ok) return Response.json({ error: r.error.message }, { status: 502 });
      return Response.json(r.data.data.map((m) => ({ user_id: m.public_user_data?.user_id, role: m.role })));
    }

    if (request.method === 'POST' && url.pathname === '/team/invitations') {
      if (orgRole !== 'org:admin' && !orgPermissions.includes('org:sys_memberships:manage')) {
        return Response.json({ error: 'only admins invite' }, { status: 403 });
      }
      const { email } = (await request.json()) as { email: string };
      const r = await createOrganizationInvitation(clerk, {
        organization_id: orgId,
        email_address: email,
        role: 'org:member',
        inviter_user_id: auth.data.userId,
      });
      if (!r.ok) return Response.json({ error: r.error.message }, { status: r.error.type === 'api' ? r.error.status : 502 });
      return Response.json({ id: r.data.id, status: r.data.status }, { status: 201 });
    }
    return new Response('not found', { status: 404 });
  },
};
