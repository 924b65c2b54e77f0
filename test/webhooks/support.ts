// Signing and checking helpers for the webhook suites. The signer is node:crypto's HMAC, not the Web Crypto
// code under test, so a mistake in one is not mirrored in the other.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Result, WebhookError, WebhookErrorReason, WebhookEvent } from '../../src/index.js';
import { reachesSecret } from '../support/secret.js';

/** The signing key's bytes: fixed, so a failure can be replayed. */
export const KEY = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 0xff);
/** The key as base64, what follows `whsec_`. No error may contain it. */
export const RAW_SECRET = Buffer.from(KEY).toString('base64');
/** The key as the Clerk Dashboard shows it. */
export const SECRET = `whsec_${RAW_SECRET}`;
/** Another key: what it signs must be refused under `SECRET`. */
export const OTHER_KEY = Uint8Array.from({ length: 32 }, (_, i) => (i * 53 + 7) & 0xff);

/** Now, in whole seconds, as Svix writes the timestamp header. */
export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, the body's bytes as given. */
export function signature(id: string, timestamp: number | string, body: string | Uint8Array, key: Uint8Array = KEY): string {
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest('base64')}`;
}

/** The three headers, named `svix-*` (what Clerk sends) or `webhook-*` (Standard Webhooks). */
export function headersFor(prefix: 'svix' | 'webhook', id: string, timestamp: string, signatures: string): Record<string, string> {
  return { [`${prefix}-id`]: id, [`${prefix}-timestamp`]: timestamp, [`${prefix}-signature`]: signatures };
}

/** A POST carrying `body` with `headers`. */
export function post(body: string | Uint8Array, headers: Record<string, string>): Request {
  return new Request('https://example.com/webhooks/clerk', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: body as BodyInit,
  });
}

export interface Signed {
  request: Request;
  body: string | Uint8Array;
  id: string;
  timestamp: number;
  headers: Record<string, string>;
}

/** A request whose body is signed with `key` (default `KEY`), at `timestamp` (default now). */
export function signed(
  body: string | Uint8Array,
  {
    id = 'msg_2hQn6aF1cXb9Yk4uT0sRzWpL3eD',
    timestamp = nowSeconds(),
    prefix = 'svix',
    key = KEY,
  }: Partial<Omit<Signed, 'request' | 'body' | 'headers'>> & {
    prefix?: 'svix' | 'webhook';
    key?: Uint8Array;
  } = {},
): Signed {
  const headers = headersFor(prefix, id, String(timestamp), signature(id, timestamp, body, key));
  return { request: post(body, headers), body, id, timestamp, headers };
}

/** The event of an ok Result; fails the test, saying why it was refused, otherwise. */
export function expectVerified(r: Result<WebhookEvent, WebhookError>): WebhookEvent {
  if (!r.ok) throw new Error(`expected a verified event, got ${r.error.reason}: ${r.error.message}`);
  return r.data;
}

/**
 * The error of a refused webhook, checked as a user sees it: `invalid_webhook` with `reason`, a message that
 * says so, and the signing secret nowhere in it.
 */
export function expectRefused(r: Result<WebhookEvent, WebhookError>, reason: WebhookErrorReason): WebhookError {
  if (r.ok) throw new Error(`expected ${reason}, got a verified ${r.data.type}`);
  expect(r.error).toMatchObject({ type: 'invalid_webhook', reason });
  expect(r.error.message).toMatch(/^Webhook refused: \S/);
  expectNoSecret(r);
  return r.error;
}

/** Neither the `whsec_` secret nor its base64 is in `value`, serialized or reachable through its properties. */
export function expectNoSecret(value: unknown): void {
  expect(JSON.stringify(value) ?? '').not.toContain(RAW_SECRET);
  expect(reachesSecret(value, RAW_SECRET)).toBe(false);
}

/** Clerk's published webhook examples (see the fixture's `_source`). */
export interface ExampleFixture {
  _source: string;
  events: Record<string, { type: string; data: unknown; [field: string]: unknown }>;
}

export const examples: ExampleFixture = JSON.parse(readFileSync(new URL('../fixtures/webhooks/clerk-webhook-examples.json', import.meta.url), 'utf8'));
