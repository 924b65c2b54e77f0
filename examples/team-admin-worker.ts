// A Cloudflare Worker that manages an organization's team with nothing but this package:
// it authenticates the caller (a Clerk session token), authorises by organization role,
// calls the Backend API, and keeps its own records in step through Clerk's webhooks.
// test/examples/team-admin-worker.test.ts runs it against the fake Clerk; README shows it whole.
import {
  type ClerkClient,
  createClient,
  createOrganizationInvitation,
  listOrganizationMemberships,
  type RequestError,
  type Result,
  verifySessionToken,
  verifyWebhook,
} from '../src/index.js'; // in your worker: from 'clerk-backend-fetch'

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

/** A Result as a Response: the data as JSON, or the error with a status that says whose fault it was. */
function respond<T>(result: Result<T, RequestError>, status = 200): Response {
  if (result.ok) return Response.json(result.data, { status });
  const { error } = result;
  const [code, headers]: [number, HeadersInit] =
    error.type === 'invalid_request'
      ? [400, {}]
      : error.type === 'rate_limited' || (error.type === 'api' && error.status === 429)
        ? [429, error.retryAfter === undefined ? {} : { 'retry-after': String(error.retryAfter) }] // Clerk's limit: the caller may try later
        : error.type === 'api' && error.status < 500 && error.status !== 401
          ? [error.status, {}] // Clerk refused what the caller asked (404, 403 quota, 400 already a member, …)
          : [error.type === 'timeout' ? 504 : 502, {}]; // Clerk, the network or our key failed: not the caller's fault
  const detail = error.type === 'api' ? error.errors[0]?.code : error.type;
  return Response.json({ error: detail, message: error.message }, { status: code, headers });
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    clerk ??= createClient(env.CLERK_SECRET_KEY, { timeout: 5_000 });
    const url = new URL(request.url);

    if (request.method === 'POST' && url.pathname === '/webhooks/clerk') {
      const event = await verifyWebhook(request, { signingSecret: env.CLERK_WEBHOOK_SIGNING_SECRET });
      if (!event.ok) {
        if (event.error.reason !== 'invalid_data') return new Response(event.error.message, { status: 400 });
        // Signed by Clerk, but not shaped as the schemas expect: take it (error.body holds the event), or Clerk resends it.
        console.warn(event.error.message, event.error.issues);
        return new Response('ok');
      }
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
    const { userId, orgId, orgRole, orgPermissions = [] } = auth.data;
    if (!orgId) return Response.json({ error: 'no active organization' }, { status: 403 });
    // The caller going away cancels the Clerk calls made for it.
    const signal = request.signal;

    if (request.method === 'GET' && url.pathname === '/team') {
      const r = await listOrganizationMemberships(clerk, { organization_id: orgId, limit: 100 }, { signal });
      return respond(r.ok ? { ok: true, data: r.data.data.map((m) => ({ user_id: m.public_user_data?.user_id, role: m.role })) } : r);
    }

    if (request.method === 'POST' && url.pathname === '/team/invitations') {
      if (orgRole !== 'org:admin' && !orgPermissions.includes('org:sys_memberships:manage')) {
        return Response.json({ error: 'only admins invite' }, { status: 403 });
      }
      const { email } = (await request.json()) as { email: string };
      const r = await createOrganizationInvitation(
        clerk,
        { organization_id: orgId, email_address: email, role: 'org:member', inviter_user_id: userId },
        { signal },
      );
      return respond(r.ok ? { ok: true, data: { id: r.data.id, status: r.data.status } } : r, 201);
    }
    return new Response('not found', { status: 404 });
  },
};
