import { fromBase64, utf8 } from '../base64.js';
import type { Issue } from '../errors.js';
import type { Result } from '../result.js';
import { validate } from '../validate.js';
import { eventSchema, type WebhookEvent } from './webhook-event.js';

/**
 * Options of `verifyWebhook`.
 *
 * @category Edge auth
 */
export interface VerifyWebhookOptions {
  /** The endpoint's signing secret from the Clerk Dashboard (`whsec_…`). */
  signingSecret: string;
  /** How far the signed timestamp may be from now, either way, in seconds. Default 300 (5 minutes). */
  tolerance?: number | undefined;
}

/**
 * Why a webhook was refused.
 *
 * @category Edge auth
 */
export type WebhookErrorReason =
  /** `signingSecret` is missing or not a `whsec_…` base64 secret. */
  | 'bad_secret'
  /** `tolerance` is not a number of seconds ≥ 0, or the request is not a Request. */
  | 'bad_options'
  /** The `svix-*` (or `webhook-*`) id, timestamp or signature header is missing. */
  | 'missing_headers'
  /** The timestamp header is not whole seconds, or lies further in the future than `tolerance`. */
  | 'bad_timestamp'
  /** The timestamp is older than `tolerance`: a late or replayed delivery. */
  | 'expired'
  /** No `v1` signature matches the id, timestamp and body. */
  | 'bad_signature'
  /** The body was already read, or is not UTF-8 JSON with a `type`. */
  | 'invalid_body'
  /** Signed by Clerk, but an organization event's `data` is not the documented shape: `body` keeps it. */
  | 'invalid_data';

/**
 * A webhook that was refused. Nothing in it holds the signing secret.
 * With `invalid_data` the signature was good: `issues` say where the data
 * differs and `body` holds the whole event.
 *
 * @category Edge auth
 */
export interface WebhookError {
  /** Always `invalid_webhook`. */
  type: 'invalid_webhook';
  /** Why the webhook was refused. */
  reason: WebhookErrorReason;
  /** What was wrong, for logs (never the signing secret). */
  message: string;
  /** With `invalid_data`: where the event's data differs from its schema. */
  issues?: Issue[];
  /** With `invalid_data`: the parsed event, as signed. */
  body?: unknown;
}

/**
 * Verifies a Clerk webhook (Svix / Standard Webhooks signatures) with Web
 * Crypto and reads its event. Reads the request's body (pass the request
 * untouched); never throws. The signature must be a `v1` HMAC-SHA256 of
 * `id.timestamp.body` (the body's bytes as sent) under the secret, compared
 * in constant time; any one of several space-separated signatures (the first
 * 16) may match.
 *
 * @example
 * import { verifyWebhook } from 'clerk-backend-fetch';
 * const r = await verifyWebhook(request, { signingSecret: env.CLERK_WEBHOOK_SIGNING_SECRET });
 * if (!r.ok) return new Response(r.error.message, { status: 400 });
 * if (r.data.type === 'organizationMembership.created') console.log(r.data.data.public_user_data?.user_id, r.data.data.role);
 * return new Response('ok');
 *
 * @category Edge auth
 */
export async function verifyWebhook(request: Request, options: VerifyWebhookOptions): Promise<Result<WebhookEvent, WebhookError>> {
  let reason: WebhookErrorReason = 'bad_options';
  let message = 'the request or the options could not be read';
  let more: Pick<WebhookError, 'issues' | 'body'> = {};
  try {
    const { signingSecret: secret, tolerance = 300 } = options ?? {};
    // A Clerk secret or publishable key (sk_…, pk_…) happens to be base64url: refused as the wrong secret.
    const key = typeof secret === 'string' && !/^[sp]k_/.test(secret) ? fromBase64(secret.trim().replace(/^whsec_/, '')) : undefined;
    const headers = request.headers;
    const prefix = headers.has('svix-id') ? 'svix-' : 'webhook-';
    const [id, timestamp = '', signatures = ''] = ['id', 'timestamp', 'signature'].map((name) => headers.get(prefix + name)?.trim());
    // Whole seconds, as Svix and Standard Webhooks count them.
    const age = Math.floor(Date.now() / 1000) - (/^\d{1,15}$/.test(timestamp) ? +timestamp : Number.NaN);
    if (!(Number.isFinite(tolerance) && tolerance >= 0)) message = 'tolerance must be a number of seconds ≥ 0';
    else if (!key?.length) [reason, message] = ['bad_secret', 'signingSecret must be the "whsec_…" secret (Dashboard → Webhooks)'];
    else if (!(id && timestamp && signatures))
      [reason, message] = ['missing_headers', `it needs the ${prefix}id, ${prefix}timestamp and ${prefix}signature headers`];
    else if (!(age >= -tolerance)) [reason, message] = ['bad_timestamp', `${prefix}timestamp is not a time in seconds up to ${tolerance} s ahead`];
    else if (age > tolerance) [reason, message] = ['expired', `signed ${age} s ago, more than the ${tolerance} s tolerance`];
    else if (request.bodyUsed) [reason, message] = ['invalid_body', 'the body was already read'];
    else {
      [reason, message] = ['invalid_body', 'the body could not be read'];
      const body = new Uint8Array(await request.arrayBuffer());
      const signed = new TextEncoder().encode(`${id}.${+timestamp}.`);
      const content = new Uint8Array(signed.length + body.length);
      content.set(signed);
      content.set(body, signed.length);
      const hmac = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
      let valid = false;
      // Svix sends one signature, two while a secret rotates: the first 16 are checked, so a header of
      // thousands cannot make one request cost thousands of HMACs.
      for (const candidate of signatures.split(/ +/).slice(0, 16)) {
        const bytes = candidate.startsWith('v1,') ? fromBase64(candidate.slice(3), 'base64') : undefined;
        // crypto.subtle.verify compares in constant time.
        if (bytes && (await crypto.subtle.verify('HMAC', hmac, bytes, content))) valid = true;
      }
      [reason, message] = valid ? ['invalid_body', 'the body is not a JSON event with a type and data'] : ['bad_signature', 'no v1 signature matches'];
      const event = valid ? JSON.parse(utf8(body) ?? '') : undefined;
      if (typeof event?.type === 'string' && 'data' in event) {
        const schema = eventSchema(event.type);
        const read: { value?: unknown; issues?: Issue[] } = schema ? validate(schema, event.data) : { value: event.data };
        const issues = read.issues?.map((issue) => ({ ...issue, path: `data${issue.path && '.'}${issue.path}` })) ?? [];
        for (const [field, type] of [
          ['object', 'string'],
          ['timestamp', 'number'],
          ['instance_id', 'string'],
        ]) {
          if (event[field as string] !== undefined && typeof event[field as string] !== type)
            issues.push({ path: field as string, message: `must be a ${type}` });
        }
        if (!issues.length) return { ok: true, data: { ...event, data: read.value } };
        [reason, message, more] = ['invalid_data', `${event.type} is not the documented shape`, { issues, body: event }];
      }
    }
  } catch {
    // A request or options object whose getters throw, a body that cannot be read or is not JSON.
  }
  return { ok: false, error: { type: 'invalid_webhook', reason, message: `Webhook refused: ${message}`, ...more } };
}
