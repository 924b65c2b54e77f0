// Property tests: a validly signed webhook with any one byte of its body, id, timestamp or signature
// changed is never verified; and whatever is sent, verifyWebhook resolves to a Result without the secret.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../src/index.js';
import { examples, expectNoSecret, expectVerified, headersFor, nowSeconds, post, SECRET, signature } from './support.js';

const RUNS = 200;

/** Bodies as Clerk sends them: its examples, or any JSON event. */
const body = fc.oneof(
  fc.constantFrom(...Object.values(examples.events)).map((event) => JSON.stringify(event)),
  fc.record({ type: fc.string({ minLength: 1 }), object: fc.constant('event'), data: fc.jsonValue() }).map((event) => JSON.stringify(event)),
);
/** Message ids: Svix's `msg_…`, or any printable ASCII a header can carry. */
const id = fc.oneof(
  fc.stringMatching(/^msg_[0-9A-Za-z]{27}$/),
  fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 60 }),
);
/** A character a header value can hold (printable ASCII and the space). */
const headerChar = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));

/** `text` with the character at `at` (taken modulo its length) replaced by `by`, or undefined when that changes nothing. */
function replaced(text: string, at: number, by: string): string | undefined {
  const i = at % text.length;
  return text[i] === by ? undefined : text.slice(0, i) + by + text.slice(i + 1);
}

describe('tampering: one byte changed is never verified', () => {
  it('the valid webhooks the properties start from are verified', async () => {
    await fc.assert(
      fc.asyncProperty(body, id, async (b, i) => {
        const ts = nowSeconds();
        expectVerified(await verifyWebhook(post(b, headersFor('svix', i, String(ts), signature(i, ts, b))), { signingSecret: SECRET }));
      }),
      { numRuns: 50 },
    );
  });

  it('any byte of the body changed to any other byte', async () => {
    await fc.assert(
      fc.asyncProperty(body, id, fc.nat(), fc.integer({ min: 1, max: 255 }), async (b, i, at, delta) => {
        const ts = nowSeconds();
        const bytes = new TextEncoder().encode(b);
        const headers = headersFor('svix', i, String(ts), signature(i, ts, bytes));
        bytes[at % bytes.length] = (bytes[at % bytes.length]! + delta) & 0xff;
        const r = await verifyWebhook(post(bytes, headers), { signingSecret: SECRET });
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.reason).toBe('bad_signature');
      }),
      { numRuns: RUNS },
    );
  });

  it('any character of the id changed to any other', async () => {
    await fc.assert(
      fc.asyncProperty(body, id, fc.nat(), headerChar, async (b, i, at, by) => {
        const tampered = replaced(i, at, by);
        fc.pre(tampered !== undefined);
        const ts = nowSeconds();
        const r = await verifyWebhook(post(b, headersFor('svix', tampered!, String(ts), signature(i, ts, b))), { signingSecret: SECRET });
        // A one-character id changed to a space is trimmed to nothing: no id at all. Any other change is a signature mismatch.
        expect(r.ok ? 'ok' : r.error.reason).toBe(tampered!.trim() ? 'bad_signature' : 'missing_headers');
      }),
      { numRuns: RUNS },
    );
  });

  it('the timestamp moved by a few seconds, still within the tolerance: the signature made for the original does not match', async () => {
    const shift = fc.oneof(fc.integer({ min: -250, max: -1 }), fc.integer({ min: 1, max: 250 }));
    await fc.assert(
      fc.asyncProperty(body, id, shift, async (b, i, by) => {
        const ts = nowSeconds();
        const r = await verifyWebhook(post(b, headersFor('svix', i, String(ts + by), signature(i, ts, b))), { signingSecret: SECRET });
        expect(r.ok ? 'ok' : r.error.reason).toBe('bad_signature');
      }),
      { numRuns: RUNS },
    );
  });

  it('any character of the timestamp changed to any other', async () => {
    await fc.assert(
      fc.asyncProperty(body, id, fc.nat(), headerChar, fc.integer({ min: -299, max: 299 }), async (b, i, at, by, offset) => {
        const ts = nowSeconds() + offset;
        const tampered = replaced(String(ts), at, by);
        fc.pre(tampered !== undefined);
        const r = await verifyWebhook(post(b, headersFor('svix', i, tampered!, signature(i, ts, b))), { signingSecret: SECRET });
        // Not a number, too far ahead, too old, or a time in the window the signature was not made for.
        expect(['bad_timestamp', 'expired', 'bad_signature']).toContain(r.ok ? 'ok' : r.error.reason);
      }),
      { numRuns: RUNS },
    );
  });

  it('any character of the signature changed so that it carries other bytes', async () => {
    await fc.assert(
      fc.asyncProperty(body, id, fc.nat(), headerChar, async (b, i, at, by) => {
        const ts = nowSeconds();
        const sig = signature(i, ts, b);
        const tampered = replaced(sig, at, by);
        fc.pre(tampered !== undefined);
        const r = await verifyWebhook(post(b, headersFor('svix', i, String(ts), tampered!)), { signingSecret: SECRET });
        // A signature has one spelling: any change is refused (the strict property below says the same).
        expect(r.ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  // Other spellings of the valid HMAC once passed. The examples keep the cases that did: the last base64
  // character with its unused low bit flipped, and the padding turned into a space (trimmed away).
  it('any character of the signature changed to any other is refused', async () => {
    const b = JSON.stringify(examples.events['organization.created']);
    const i = 'msg_2hQn6aF1cXb9Yk4uT0sRzWpL3eD';
    const ts = nowSeconds();
    const sig = signature(i, ts, b);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const lowBitFlipped = alphabet[alphabet.indexOf(sig.at(-2)!) ^ 1]!;
    await fc.assert(
      fc.asyncProperty(fc.nat(), headerChar, async (at, by) => {
        const tampered = replaced(sig, at, by);
        fc.pre(tampered !== undefined);
        const r = await verifyWebhook(post(b, headersFor('svix', i, String(ts), tampered!)), { signingSecret: SECRET });
        expect(r.ok).toBe(false);
      }),
      {
        numRuns: RUNS,
        examples: [
          [sig.length - 2, lowBitFlipped],
          [sig.length - 1, ' '],
        ],
      },
    );
  });
});

describe('whatever arrives', () => {
  it('resolves to a Result, never ok without a valid signature, and never holds the secret', async () => {
    const anyHeader = fc.oneof(fc.string({ unit: headerChar, maxLength: 80 }), fc.constantFrom(SECRET, `v1,${SECRET}`, 'v1,', '0', '-1'));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(body, fc.string(), fc.uint8Array({ maxLength: 100 })),
        fc.constantFrom('svix', 'webhook'),
        anyHeader,
        anyHeader,
        anyHeader,
        fc.oneof(fc.constant(SECRET), fc.constant(undefined), fc.string(), fc.integer()),
        fc.oneof(fc.constant(undefined), fc.double(), fc.integer({ min: -1000, max: 100_000 })),
        async (b, prefix, i, ts, sig, signingSecret, tolerance) => {
          const r = await verifyWebhook(post(b, headersFor(prefix, i, ts, sig)), { signingSecret: signingSecret as string, tolerance });
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.error.type).toBe('invalid_webhook');
          expectNoSecret(r);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
