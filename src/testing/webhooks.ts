import { base64, randomId } from './encode.js';

/** Options for `fake.webhook`. */
export interface FakeWebhookOptions {
  /** The message id. Default: a new `msg_…` id. */
  id?: string | undefined;
  /** When it was signed, in seconds since the epoch. Default: now. */
  timestamp?: number | undefined;
  /** `svix` (what Clerk sends, the default) or `webhook` (Standard Webhooks) header names. */
  headers?: 'svix' | 'webhook' | undefined;
  /** Where the request goes. Default `http://localhost/webhooks/clerk`. */
  url?: string | undefined;
}

/** Signs webhook requests as Clerk (through Svix) does, with a secret of its own. */
interface FakeWebhooks {
  /** The endpoint's signing secret (`whsec_…`), what the Dashboard shows (`CLERK_WEBHOOK_SIGNING_SECRET`). */
  signingSecret: string;
  /** A POST request carrying the event `{ data, object: 'event', type, timestamp, instance_id }`, signed with `signingSecret`. */
  webhook: (type: string, data: unknown, options?: FakeWebhookOptions) => Promise<Request>;
}

/** A signing secret and a signer for it. */
export function fakeWebhooks(): FakeWebhooks {
  const secret = crypto.getRandomValues(new Uint8Array(24));
  const instance = randomId('ins_');
  return {
    signingSecret: `whsec_${base64(secret)}`,
    webhook: async (type, data, options = {}) => {
      const { id = randomId('msg_'), timestamp = Math.floor(Date.now() / 1000), headers = 'svix', url = 'http://localhost/webhooks/clerk' } = options;
      const body = JSON.stringify({ data, object: 'event', type, timestamp: timestamp * 1000, instance_id: instance });
      const key = await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${id}.${timestamp}.${body}`));
      return new Request(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [`${headers}-id`]: id,
          [`${headers}-timestamp`]: String(timestamp),
          [`${headers}-signature`]: `v1,${base64(new Uint8Array(mac))}`,
        },
        body,
      });
    },
  };
}
