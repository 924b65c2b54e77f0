// verifyWebhook: agrees with the reference implementations (standardwebhooks 1.1.1, @clerk/backend's
// verifyWebhook), refuses each bad webhook with the reason a user can act on and never throws, reads
// Clerk's published organization event examples unchanged, and narrows `data` by `type`.
import { verifyWebhook as clerkVerifyWebhook } from '@clerk/backend/webhooks';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { type OrganizationMembership, type Result, verifyWebhook, type WebhookError, type WebhookErrorReason, type WebhookEvent } from '../../src/index.js';
import { createFakeClerk } from '../../src/testing/index.js';
import {
  examples,
  expectNoSecret,
  expectRefused,
  expectVerified,
  headersFor,
  nowSeconds,
  OTHER_KEY,
  post,
  RAW_SECRET,
  SECRET,
  signature,
  signed,
} from './support.js';

const fake = createFakeClerk();
const standard = new Webhook(SECRET);
const ID = 'msg_2hQn6aF1cXb9Yk4uT0sRzWpL3eD';
/** A whole event as Clerk sends it: Clerk's organizationMembership.created example, envelope and all. */
const EVENT = examples.events['organizationMembership.created']!;
const BODY = JSON.stringify(EVENT);

const verify = (request: Request, options: { signingSecret: unknown; tolerance?: unknown } = { signingSecret: SECRET }) =>
  verifyWebhook(request, options as Parameters<typeof verifyWebhook>[1]);

/**
 * What standardwebhooks makes of the body and headers: the parsed event, or its error message. The values are
 * trimmed, as an HTTP stack (and `Headers`) delivers them.
 */
function standardVerify(body: string, headers: Record<string, string>): { ok: true; event: unknown } | { ok: false; message: string } {
  const standardHeaders = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.replace(/^svix-/, 'webhook-'), value.trim()]));
  try {
    return { ok: true, event: standard.verify(body, standardHeaders) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/** What @clerk/backend's verifyWebhook makes of the request (it reads `svix-*` headers only, and throws on failure). */
async function clerkVerify(request: Request): Promise<{ ok: true; event: unknown } | { ok: false; message: string }> {
  try {
    return { ok: true, event: await clerkVerifyWebhook(request, { signingSecret: SECRET }) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/** The svix-header twin of a webhook-header request, for @clerk/backend. */
const asSvix = (body: string, headers: Record<string, string>) =>
  post(body, Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.replace(/^webhook-/, 'svix-'), value])));

afterEach(() => {
  vi.useRealTimers();
});

describe('parity with standardwebhooks and @clerk/backend', () => {
  it('a webhook signed by standardwebhooks is verified, the event identical to the one standardwebhooks parses', async () => {
    const timestamp = nowSeconds();
    const headers = headersFor('webhook', ID, String(timestamp), standard.sign(ID, new Date(timestamp * 1000), BODY));
    const theirs = standardVerify(BODY, headers);
    expect(theirs).toEqual({ ok: true, event: EVENT });

    const webhookHeaders = expectVerified(await verify(post(BODY, headers)));
    expect(webhookHeaders).toEqual(EVENT);
    expect(webhookHeaders).toEqual((theirs as { event: unknown }).event);

    // The same signature under the svix-* names Clerk sends.
    const svixHeaders = expectVerified(await verify(asSvix(BODY, headers)));
    expect(svixHeaders).toEqual(EVENT);
    const clerk = await clerkVerify(asSvix(BODY, headers));
    expect(clerk.ok).toBe(true);
    // @clerk/backend keeps type, object, data, event_attributes, timestamp and instance_id: the same values.
    expect(clerk).toEqual({ ok: true, event: EVENT });
  });

  it('a webhook signed by the fake (svix-* headers) is accepted by @clerk/backend, standardwebhooks and verifyWebhook alike', async () => {
    const request = await fake.webhook('organizationMembership.created', EVENT.data);
    const body = await request.clone().text();
    const headers = Object.fromEntries([...request.headers].filter(([name]) => name.startsWith('svix-')));
    expect(Object.keys(headers).sort()).toEqual(['svix-id', 'svix-signature', 'svix-timestamp']);
    const fakeSecret = new Webhook(fake.webhookSigningSecret);
    const theirs = fakeSecret.verify(
      body,
      Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.replace('svix-', 'webhook-'), value])),
    ) as WebhookEvent;
    const clerk = await clerkVerifyWebhook(request.clone(), { signingSecret: fake.webhookSigningSecret });
    const ours = expectVerified(await verifyWebhook(request, { signingSecret: fake.webhookSigningSecret }));
    expect(ours).toEqual(theirs);
    expect(ours).toEqual({ ...clerk, event_attributes: undefined });
    expect(ours.type).toBe('organizationMembership.created');
    expect(ours.data).toEqual(EVENT.data);
    expect(ours).toMatchObject({ object: 'event', instance_id: expect.stringMatching(/^ins_/), timestamp: expect.any(Number) });
  });

  it('a webhook signed by the fake with webhook-* headers is accepted by standardwebhooks and verifyWebhook', async () => {
    const request = await fake.webhook('role.created', examples.events['role.created']!.data, {
      headers: 'webhook',
      id: 'msg_custom',
      url: 'https://app.example.com/hooks',
    });
    expect(request.url).toBe('https://app.example.com/hooks');
    expect(request.method).toBe('POST');
    expect(request.headers.get('webhook-id')).toBe('msg_custom');
    expect(request.headers.has('svix-id')).toBe(false);
    const body = await request.clone().text();
    const theirs = new Webhook(fake.webhookSigningSecret).verify(body, Object.fromEntries(request.headers));
    const ours = expectVerified(await verifyWebhook(request, { signingSecret: fake.webhookSigningSecret }));
    expect(ours).toEqual(theirs);
  });

  it('a webhook signed by this suite (node:crypto) is accepted by all three: the suite signs what Svix signs', async () => {
    const { request, headers } = signed(BODY);
    expect(standardVerify(BODY, headers)).toEqual({ ok: true, event: EVENT });
    expect(await clerkVerify(request.clone())).toEqual({ ok: true, event: EVENT });
    expect(expectVerified(await verify(request))).toEqual(EVENT);
  });

  /** Inputs all three accept: each returns the same event. */
  const accepted: Record<string, () => { body: string; headers: Record<string, string> }> = {
    'several signatures, the valid one last': () => {
      const ts = nowSeconds();
      return { body: BODY, headers: headersFor('webhook', ID, String(ts), `${signature(ID, ts, BODY, OTHER_KEY)} ${signature(ID, ts, BODY)}`) };
    },
    'several signatures, the valid one first': () => {
      const ts = nowSeconds();
      return { body: BODY, headers: headersFor('webhook', ID, String(ts), `${signature(ID, ts, BODY)} ${signature(ID, ts, BODY, OTHER_KEY)}`) };
    },
    'a v2 signature next to the valid v1': () => {
      const ts = nowSeconds();
      return { body: BODY, headers: headersFor('webhook', ID, String(ts), `v2,${signature(ID, ts, BODY).slice(3)} ${signature(ID, ts, BODY)}`) };
    },
    'a timestamp with leading zeros (signed as the number, as standardwebhooks signs `${id}.${parseInt(ts)}.`)': () => {
      const ts = nowSeconds();
      return { body: BODY, headers: headersFor('webhook', ID, `000${ts}`, standard.sign(ID, new Date(ts * 1000), BODY)) };
    },
    'headers padded with spaces': () => {
      const ts = nowSeconds();
      return { body: BODY, headers: headersFor('webhook', ` ${ID} `, ` ${ts} `, ` ${signature(ID, ts, BODY)} `) };
    },
    'a body that is not ASCII': () => {
      const body = JSON.stringify({ ...EVENT, data: { ...(EVENT.data as object), role_name: 'Membre – équipe 🚀' } });
      const ts = nowSeconds();
      return { body, headers: headersFor('webhook', ID, String(ts), signature(ID, ts, body)) };
    },
  };

  it.each(Object.entries(accepted))('all accept: %s', async (_, make) => {
    const { body, headers } = make();
    const theirs = standardVerify(body, headers);
    expect(theirs.ok).toBe(true);
    const clerk = await clerkVerify(asSvix(body, headers));
    expect(clerk.ok).toBe(true);
    for (const request of [post(body, headers), asSvix(body, headers)]) {
      const ours = expectVerified(await verify(request));
      expect(ours).toEqual((theirs as { event: unknown }).event);
      expect(ours).toEqual(JSON.parse(body));
    }
  });

  /** Inputs all three refuse, and the reason verifyWebhook gives. */
  const refused: Record<string, { reason: WebhookErrorReason; make: () => { body: string; headers: Record<string, string> } }> = {
    'signed with another secret': {
      reason: 'bad_signature',
      make: () => {
        const ts = nowSeconds();
        return { body: BODY, headers: headersFor('webhook', ID, String(ts), signature(ID, ts, BODY, OTHER_KEY)) };
      },
    },
    'a body changed after signing': {
      reason: 'bad_signature',
      make: () => {
        const ts = nowSeconds();
        return { body: BODY.replace('org:member', 'org:admin'), headers: headersFor('webhook', ID, String(ts), signature(ID, ts, BODY)) };
      },
    },
    'the signature of another message id': {
      reason: 'bad_signature',
      make: () => {
        const ts = nowSeconds();
        return { body: BODY, headers: headersFor('webhook', ID, String(ts), signature('msg_other', ts, BODY)) };
      },
    },
    'the signature of another timestamp': {
      reason: 'bad_signature',
      make: () => {
        const ts = nowSeconds();
        return { body: BODY, headers: headersFor('webhook', ID, String(ts), signature(ID, ts - 1, BODY)) };
      },
    },
    'only a v2 signature (no v1 entry)': {
      reason: 'bad_signature',
      make: () => {
        const ts = nowSeconds();
        return { body: BODY, headers: headersFor('webhook', ID, String(ts), `v2,${signature(ID, ts, BODY).slice(3)}`) };
      },
    },
    'an empty v1 signature': {
      reason: 'bad_signature',
      make: () => ({ body: BODY, headers: headersFor('webhook', ID, String(nowSeconds()), 'v1,') }),
    },
    'signed 301 s ago': {
      reason: 'expired',
      make: () => {
        const ts = nowSeconds() - 301;
        return { body: BODY, headers: headersFor('webhook', ID, String(ts), signature(ID, ts, BODY)) };
      },
    },
    'signed a day ago': {
      reason: 'expired',
      make: () => {
        const ts = nowSeconds() - 86_400;
        return { body: BODY, headers: headersFor('webhook', ID, String(ts), signature(ID, ts, BODY)) };
      },
    },
    // 310 s, not 301: a second may tick between signing and the checks (the exact edges are tested with a fixed clock).
    'signed for 310 s in the future': {
      reason: 'bad_timestamp',
      make: () => {
        const ts = nowSeconds() + 310;
        return { body: BODY, headers: headersFor('webhook', ID, String(ts), signature(ID, ts, BODY)) };
      },
    },
    'a timestamp that is not a number': {
      reason: 'bad_timestamp',
      make: () => ({ body: BODY, headers: headersFor('webhook', ID, 'yesterday', signature(ID, 'yesterday', BODY)) }),
    },
    'no id header': {
      reason: 'missing_headers',
      make: () => {
        const ts = nowSeconds();
        const { 'webhook-id': _, ...headers } = headersFor('webhook', ID, String(ts), signature(ID, ts, BODY));
        return { body: BODY, headers };
      },
    },
    'no timestamp header': {
      reason: 'missing_headers',
      make: () => {
        const ts = nowSeconds();
        const { 'webhook-timestamp': _, ...headers } = headersFor('webhook', ID, String(ts), signature(ID, ts, BODY));
        return { body: BODY, headers };
      },
    },
    'no signature header': {
      reason: 'missing_headers',
      make: () => {
        const { 'webhook-signature': _, ...headers } = headersFor('webhook', ID, String(nowSeconds()), '');
        return { body: BODY, headers };
      },
    },
    'no headers at all': { reason: 'missing_headers', make: () => ({ body: BODY, headers: {} }) },
  };

  it.each(Object.entries(refused))('all refuse: %s', async (_, { reason, make }) => {
    const { body, headers } = make();
    expect(standardVerify(body, headers).ok).toBe(false);
    expect((await clerkVerify(asSvix(body, headers))).ok).toBe(false);
    expectRefused(await verify(post(body, headers)), reason);
    expectRefused(await verify(asSvix(body, headers)), reason);
  });

  it('at the edges of the tolerance, with now on a whole second, all agree: 300 s either way passes, 301 s does not', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_750_000_000_000);
    for (const [offset, ok] of [
      [-300, true],
      [300, true],
      [-301, false],
      [301, false],
    ] as const) {
      const ts = 1_750_000_000 + offset;
      const headers = headersFor('webhook', ID, String(ts), signature(ID, ts, BODY));
      expect(standardVerify(BODY, headers).ok, `standardwebhooks at ${offset} s`).toBe(ok);
      expect((await clerkVerify(asSvix(BODY, headers))).ok, `@clerk/backend at ${offset} s`).toBe(ok);
      expect((await verify(post(BODY, headers))).ok, `verifyWebhook at ${offset} s`).toBe(ok);
    }
  });

  // standardwebhooks (and so @clerk/backend) counts whole seconds, Math.floor(Date.now() / 1000); so does
  // verifyWebhook (it once counted fractions, and refused in the last half second what both references accept).
  it('signed exactly 300 s ago, half-way through the current second: all three accept', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_750_000_000_500);
    const ts = 1_750_000_000 - 300;
    const headers = headersFor('webhook', ID, String(ts), signature(ID, ts, BODY));
    expect(standardVerify(BODY, headers).ok).toBe(true);
    expect((await clerkVerify(asSvix(BODY, headers))).ok).toBe(true);
    expectVerified(await verify(post(BODY, headers)));
  });

  it('stricter than standardwebhooks on purpose: a timestamp that is not whole seconds is refused, though parseInt would read its digits', async () => {
    const ts = nowSeconds();
    for (const header of [`${ts}.5`, `${ts}abc`, `${ts}e0`]) {
      const headers = headersFor('webhook', ID, header, signature(ID, ts, BODY));
      expect(standardVerify(BODY, headers).ok, header).toBe(true);
      expectRefused(await verify(post(BODY, headers)), 'bad_timestamp');
    }
  });

  // A signature has one spelling, as standardwebhooks (which compares Svix's base64 text) requires: padded
  // base64, no unused bits set. A forgiving decoder let other spellings of the valid HMAC pass (no forgery,
  // but one character of the header could change and still verify).
  const malleable = (sig: string) => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const last = alphabet.indexOf(sig[42]!);
    return {
      'the unused low bits of the last character changed': `${sig.slice(0, 42)}${alphabet[last ^ 1]}=`,
      'without its = padding': sig.replace(/=$/, ''),
      'in base64url letters': sig.replace(/\+/g, '-').replace(/\//g, '_'),
    };
  };
  it.each(['the unused low bits of the last character changed', 'without its = padding', 'in base64url letters'] as const)(
    'a valid signature spelled differently (%s) is refused, as standardwebhooks refuses it',
    async (spelling) => {
      const ts = nowSeconds();
      // An id whose signature has a + or /, so that its base64url spelling differs.
      const id = Array.from({ length: 200 }, (_, i) => `msg_${i}`).find((candidate) => /[+/]/.test(signature(candidate, ts, BODY)))!;
      const sig = signature(id, ts, BODY).slice(3);
      const respelled = malleable(sig)[spelling];
      expect(respelled).not.toBe(sig);
      const headers = headersFor('webhook', id, String(ts), `v1,${respelled}`);
      expect(standardVerify(BODY, headers).ok).toBe(false);
      expectRefused(await verify(post(BODY, headers)), 'bad_signature');
    },
  );
});

describe('the signature header', () => {
  it('checks the first 16 signatures: a valid one 16th passes, 17th is refused; runs of spaces count as one', async () => {
    const ts = nowSeconds();
    const valid = signature(ID, ts, BODY);
    const wrong = signature(ID, ts, `${BODY} `);
    const header = (before: number) => [...Array.from({ length: before }, () => wrong), valid].join('   ');
    expectVerified(await verify(post(BODY, headersFor('svix', ID, String(ts), header(15)))));
    expectRefused(await verify(post(BODY, headersFor('svix', ID, String(ts), header(16)))), 'bad_signature');
  });

  it('a Clerk secret key given as the signing secret is bad_secret, and the key is not in the error', async () => {
    const ts = nowSeconds();
    const headers = headersFor('svix', ID, String(ts), signature(ID, ts, BODY));
    for (const key of ['sk_test_Zm9vYmFyYmF6cXV4', 'pk_live_Y2xlcmsuZXhhbXBsZS5jb20k']) {
      const r = await verifyWebhook(post(BODY, headers), { signingSecret: key });
      expectRefused(r, 'bad_secret');
      expect(JSON.stringify(r)).not.toContain(key);
    }
  });
});

describe('refusals: each reason, never a throw, never the secret', () => {
  const event = JSON.stringify({ type: 'user.created', object: 'event', data: { id: 'user_1' } });

  describe('bad_secret', () => {
    it.each([
      ['an empty string', ''],
      ['undefined', undefined],
      ['null', null],
      ['a number', 12345],
      ['an object', { secret: SECRET }],
      ['the bare prefix', 'whsec_'],
      ['whitespace', '   '],
      ['text that is not base64', 'whsec_not base64!'],
    ])('a signingSecret that is %s', async (_, signingSecret) => {
      const error = expectRefused(await verify(signed(event).request, { signingSecret }), 'bad_secret');
      expect(error.message).toContain('whsec_');
    });

    it('no signingSecret at all, or options that are null or undefined', async () => {
      expectRefused(await verifyWebhook(signed(event).request, {} as never), 'bad_secret');
      expectRefused(await verifyWebhook(signed(event).request, null as never), 'bad_secret');
      expectRefused(await verifyWebhook(signed(event).request, undefined as never), 'bad_secret');
    });
  });

  describe('the secret as written', () => {
    it('without the whsec_ prefix it is accepted', async () => {
      expectVerified(await verify(signed(event).request, { signingSecret: RAW_SECRET }));
    });

    it('with the spaces or line break an environment variable may carry, it is accepted', async () => {
      expectVerified(await verify(signed(event).request, { signingSecret: ` ${SECRET}\n` }));
    });

    it('another valid secret: bad_signature, and neither secret is in the error', async () => {
      const otherSecret = `whsec_${Buffer.from(OTHER_KEY).toString('base64')}`;
      const r = await verify(signed(event).request, { signingSecret: otherSecret });
      const error = expectRefused(r, 'bad_signature');
      expect(JSON.stringify(r)).not.toContain(Buffer.from(OTHER_KEY).toString('base64'));
      expect(error.message).toBe('Webhook refused: no v1 signature matches');
    });
  });

  describe('bad_options', () => {
    it.each([
      ['negative', -1],
      ['NaN', Number.NaN],
      ['a string', '300'],
      ['null', null],
      ['Infinity', Number.POSITIVE_INFINITY],
    ])('a tolerance that is %s', async (_, tolerance) => {
      const error = expectRefused(await verify(signed(event).request, { signingSecret: SECRET, tolerance }), 'bad_options');
      expect(error.message).toContain('tolerance');
    });

    it('options whose getter throws', async () => {
      const options = {
        get signingSecret(): string {
          throw new Error(`boom ${SECRET}`);
        },
      };
      expectRefused(await verifyWebhook(signed(event).request, options), 'bad_options');
    });

    const headersThrow = {
      get headers(): Headers {
        throw new Error('no headers');
      },
    };
    it.each([
      ['null', null],
      ['undefined', undefined],
      ['an empty object', {}],
      ['a string', 'https://example.com'],
      ['an object whose headers getter throws', headersThrow],
      [
        'a Proxy that throws on every read',
        new Proxy(
          {},
          {
            get: () => {
              throw new Error('trap');
            },
            has: () => {
              throw new Error('trap');
            },
          },
        ),
      ],
    ])('a request that is %s', async (_, request) => {
      const pending = verifyWebhook(request as unknown as Request, { signingSecret: SECRET });
      await expect(pending).resolves.toBeDefined();
      expectRefused(await pending, 'bad_options');
    });
  });

  describe('tolerance', () => {
    it('a tolerance of 10 s refuses a webhook 11 s old and accepts one 5 s old', async () => {
      const now = nowSeconds();
      expectRefused(await verify(signed(event, { timestamp: now - 11 }).request, { signingSecret: SECRET, tolerance: 10 }), 'expired');
      expectVerified(await verify(signed(event, { timestamp: now - 5 }).request, { signingSecret: SECRET, tolerance: 10 }));
      expectRefused(await verify(signed(event, { timestamp: now + 12 }).request, { signingSecret: SECRET, tolerance: 10 }), 'bad_timestamp');
    });

    it('a tolerance of an hour accepts a webhook 50 minutes old or ahead; undefined means the default 300 s', async () => {
      const now = nowSeconds();
      expectVerified(await verify(signed(event, { timestamp: now - 3000 }).request, { signingSecret: SECRET, tolerance: 3600 }));
      expectVerified(await verify(signed(event, { timestamp: now + 3000 }).request, { signingSecret: SECRET, tolerance: 3600 }));
      expectRefused(await verify(signed(event, { timestamp: now - 3000 }).request, { signingSecret: SECRET, tolerance: undefined }), 'expired');
    });

    it('a tolerance of 0 accepts a webhook signed this very second (now on a whole second)', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(1_750_000_000_000);
      expectVerified(await verify(signed(event, { timestamp: 1_750_000_000 }).request, { signingSecret: SECRET, tolerance: 0 }));
      expectRefused(await verify(signed(event, { timestamp: 1_749_999_999 }).request, { signingSecret: SECRET, tolerance: 0 }), 'expired');
    });

    it('the expired message says how old the webhook is and the tolerance', async () => {
      const error = expectRefused(await verify(signed(event, { timestamp: nowSeconds() - 3600 }).request), 'expired');
      expect(error.message).toMatch(/signed 360\d s ago, more than the 300 s tolerance/);
    });
  });

  describe('missing_headers', () => {
    it.each(['id', 'timestamp', 'signature'])('without the svix-%s header, naming the headers it needs', async (name) => {
      const { headers } = signed(event);
      delete headers[`svix-${name}`];
      const error = expectRefused(await verify(post(event, headers)), 'missing_headers');
      expect(error.message).toContain('signature');
    });

    it('an empty header counts as missing', async () => {
      const { headers } = signed(event);
      for (const name of ['svix-id', 'svix-timestamp', 'svix-signature']) {
        expectRefused(await verify(post(event, { ...headers, [name]: '' })), 'missing_headers');
      }
    });

    it('with neither svix-* nor webhook-* headers the message names the webhook-* ones', async () => {
      const error = expectRefused(await verify(post(event, {})), 'missing_headers');
      expect(error.message).toContain('webhook-id, webhook-timestamp and webhook-signature');
    });

    it('the names are not mixed: svix-id with webhook-timestamp and webhook-signature is refused', async () => {
      const { headers } = signed(event, { prefix: 'webhook' });
      const error = expectRefused(await verify(post(event, { ...headers, 'svix-id': ID })), 'missing_headers');
      expect(error.message).toContain('svix-id, svix-timestamp and svix-signature');
    });

    it('with svix-id given, the svix-* headers are read (the svix names are what Clerk sends)', async () => {
      const { headers } = signed(event);
      const r = await verify(post(event, { ...headers, ...headersFor('webhook', 'msg_other', '1', 'v1,AAAA') }));
      expectVerified(r);
    });
  });

  describe('bad_timestamp and expired', () => {
    it.each(['-5', '1.75e9', '0x68000000', 'NaN', 'Infinity', '1750000000.0', '9'.repeat(16)])('a timestamp header %s is bad_timestamp', async (timestamp) => {
      const headers = headersFor('svix', ID, timestamp, signature(ID, timestamp, event));
      const error = expectRefused(await verify(post(event, headers)), 'bad_timestamp');
      expect(error.message).toContain('svix-timestamp');
    });

    it('ten minutes in the future is bad_timestamp, ten minutes ago is expired, even when well signed', async () => {
      expectRefused(await verify(signed(event, { timestamp: nowSeconds() + 600 }).request), 'bad_timestamp');
      expectRefused(await verify(signed(event, { timestamp: nowSeconds() - 600 }).request), 'expired');
      expectRefused(
        await verify(await fake.webhook('user.created', {}, { timestamp: nowSeconds() - 600 }), { signingSecret: fake.webhookSigningSecret }),
        'expired',
      );
      expectRefused(
        await verify(await fake.webhook('user.created', {}, { timestamp: nowSeconds() + 600 }), { signingSecret: fake.webhookSigningSecret }),
        'bad_timestamp',
      );
    });

    it('the epoch and a time far ahead', async () => {
      expectRefused(await verify(signed(event, { timestamp: 0 }).request), 'expired');
      expectRefused(await verify(signed(event, { timestamp: 99_999_999_999 }).request), 'bad_timestamp');
    });
  });

  describe('bad_signature', () => {
    const ts = () => nowSeconds();
    it.each([
      ['only a v2 entry', (id: string, t: number) => `v2,${signature(id, t, event).slice(3)}`],
      ['the HMAC without a version', (id: string, t: number) => signature(id, t, event).slice(3)],
      ['v1 without a comma', (id: string, t: number) => `v1${signature(id, t, event).slice(3)}`],
      ['a v1a entry', (id: string, t: number) => `v1a,${signature(id, t, event).slice(3)}`],
      ['V1 in capitals', (id: string, t: number) => `V1,${signature(id, t, event).slice(3)}`],
      ['garbage', () => 'v1,!!!not-base64!!!'],
      ['a truncated HMAC', (id: string, t: number) => signature(id, t, event).slice(0, 30)],
      ['the HMAC twice', (id: string, t: number) => `${signature(id, t, event)}${signature(id, t, event).slice(3)}`],
      ['an HMAC under another key', (id: string, t: number) => signature(id, t, event, OTHER_KEY)],
      ['the secret itself in place of the HMAC', () => `v1,${RAW_SECRET}`],
      ['many wrong entries', (id: string, t: number) => Array.from({ length: 50 }, (_, i) => signature(id, t + i + 1, event)).join(' ')],
    ])('%s', async (_, make) => {
      const t = ts();
      const error = expectRefused(await verify(post(event, headersFor('svix', ID, String(t), make(ID, t)))), 'bad_signature');
      expect(error.message).toContain('v1');
    });

    it('an unsigned body is never parsed: bad_signature comes before any complaint about the body', async () => {
      for (const body of ['not json', '[]', '{"type":"organization.created","data":{}}', new Uint8Array([0xff, 0xfe])]) {
        const headers = headersFor('svix', ID, String(ts()), signature(ID, ts(), 'something else'));
        const error = expectRefused(await verify(post(body, headers)), 'bad_signature');
        expect(error).not.toHaveProperty('body');
        expect(error).not.toHaveProperty('issues');
      }
    });
  });

  describe('several signatures', () => {
    it.each([
      ['a wrong one then the valid one', (good: string, bad: string) => `${bad} ${good}`],
      ['the valid one then a wrong one', (good: string, bad: string) => `${good} ${bad}`],
      ['v2 and v1', (good: string) => `v2,${good.slice(3)} ${good}`],
      ['unknown versions around it', (good: string) => `v0,abc ${good} v9,xyz`],
      ['runs of spaces between them', (good: string, bad: string) => `${bad}   ${good}`],
    ])('%s: verified', async (_, make) => {
      const t = nowSeconds();
      const headers = headersFor('svix', ID, String(t), make(signature(ID, t, event), signature(ID, t, event, OTHER_KEY)));
      expectVerified(await verify(post(event, headers)));
    });
  });

  describe('invalid_body', () => {
    it('a body already read', async () => {
      const { request } = signed(event);
      await request.text();
      const error = expectRefused(await verify(request), 'invalid_body');
      expect(error.message).toContain('already read');
    });

    it('a clone read before leaves the original readable', async () => {
      const { request } = signed(event);
      await request.clone().text();
      expectVerified(await verify(request));
    });

    it('a body stream that fails while read', async () => {
      const headers = signed(event).headers;
      const stream = new ReadableStream({
        pull(controller) {
          controller.error(new Error('connection reset'));
        },
      });
      const request = new Request('https://example.com/', { method: 'POST', headers, body: stream, duplex: 'half' } as RequestInit);
      const error = expectRefused(await verify(request), 'invalid_body');
      expect(error.message).toContain('could not be read');
    });

    it.each([
      ['not UTF-8', new Uint8Array([0x7b, 0x22, 0x74, 0x79, 0x70, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
      ['a lone UTF-16 surrogate in UTF-8 (CESU)', new Uint8Array([0x22, 0xed, 0xa0, 0x80, 0x22])],
      ['empty', ''],
      ['not JSON', 'hello'],
      ['truncated JSON', event.slice(0, -1)],
      ['a JSON array', '[{"type":"user.created","data":{}}]'],
      ['a JSON number', '42'],
      ['a JSON string', '"user.created"'],
      ['JSON null', 'null'],
      ['JSON true', 'true'],
      ['an object without type', '{"object":"event","data":{"id":"user_1"}}'],
      ['an object without data', '{"object":"event","type":"user.created"}'],
      ['a type that is not a string', '{"type":5,"data":{}}'],
      ['a type that is null', '{"type":null,"data":{}}'],
    ])('a signed body that is %s', async (_, body) => {
      const error = expectRefused(await verify(signed(body).request), 'invalid_body');
      expect(error.message).toMatch(/JSON event with a type and data|could not be read/);
      expect(error).not.toHaveProperty('body');
    });
  });

  describe('invalid_data', () => {
    it('a signed organization.created without a name: issues name data.name, body holds the whole event', async () => {
      const { name: _, ...nameless } = examples.events['organization.created']!.data as Record<string, unknown>;
      const request = await fake.webhook('organization.created', nameless);
      const sent = await request.clone().json();
      const error = expectRefused(await verifyWebhook(request, { signingSecret: fake.webhookSigningSecret }), 'invalid_data');
      expect(error.issues).toEqual([{ path: 'data.name', message: expect.any(String) }]);
      expect(error.body).toEqual(sent);
      expect(error.body).toMatchObject({ type: 'organization.created', data: nameless });
      expect(error.message).toContain('organization.created');
      expectNoSecret(error);
    });

    it('a membership whose role is a number and whose organization has no id: every issue, each with its path', async () => {
      const data = structuredClone(examples.events['organizationMembership.updated']!.data) as Record<string, Record<string, unknown>>;
      (data as Record<string, unknown>).role = 5;
      delete data.organization!.id;
      const error = expectRefused(
        await verify(signed(JSON.stringify({ type: 'organizationMembership.updated', object: 'event', data })).request),
        'invalid_data',
      );
      expect(error.issues?.map((issue) => issue.path).sort()).toEqual(['data.organization.id', 'data.role']);
    });

    it('a deleted event without deleted, and data that is null or an array', async () => {
      expectRefused(await verify(signed(JSON.stringify({ type: 'role.deleted', data: { object: 'role', id: 'role_1' } })).request), 'invalid_data');
      for (const data of [null, [], 'org_1', 7]) {
        const error = expectRefused(await verify(signed(JSON.stringify({ type: 'organization.updated', data })).request), 'invalid_data');
        expect(error.issues?.length).toBeGreaterThan(0);
        expect(error.body).toEqual({ type: 'organization.updated', data });
      }
    });

    it('an envelope field of the wrong type (timestamp as text) is invalid_data naming it, for any event type', async () => {
      const error = expectRefused(await verify(signed(JSON.stringify({ type: 'user.created', timestamp: '1716883200', data: {} })).request), 'invalid_data');
      expect(error.issues).toEqual([{ path: 'timestamp', message: expect.any(String) }]);
    });
  });

  it('never throws and never returns the secret, whatever it is handed', async () => {
    const { request } = signed(event);
    // Each input with what the user gets: 'ok' or the reason it is refused.
    const inputs: [unknown, unknown, 'ok' | WebhookErrorReason][] = [
      [request.clone(), { signingSecret: SECRET }, 'ok'],
      [request.clone(), { signingSecret: SECRET, tolerance: -1 }, 'bad_options'],
      // Another key (the secret's first 30 bytes): what SECRET signed does not match.
      [request.clone(), { signingSecret: RAW_SECRET.slice(0, -4) }, 'bad_signature'],
      [post(event, { 'svix-id': SECRET, 'svix-timestamp': SECRET, 'svix-signature': SECRET }), { signingSecret: SECRET }, 'bad_timestamp'],
      // Signed, but the body (the secret itself) is not JSON.
      [post(SECRET, signed(SECRET).headers), { signingSecret: SECRET }, 'invalid_body'],
      [null, null, 'bad_options'],
      [42, SECRET, 'bad_options'],
      [Symbol('request'), { signingSecret: Symbol('secret') }, 'bad_options'],
    ];
    const outcomes = [];
    for (const [input, options] of inputs) {
      const r = await verifyWebhook(input as Request, options as never);
      expectNoSecret(r);
      outcomes.push(r.ok ? 'ok' : r.error.reason);
    }
    expect(outcomes).toEqual(inputs.map(([, , expected]) => expected));
  });
});

describe("Clerk's published examples (webhooks/2025-04-15.yml)", () => {
  const ORGANIZATION_EVENTS = [
    'organization.created',
    'organization.updated',
    'organization.deleted',
    'organizationDomain.created',
    'organizationDomain.updated',
    'organizationDomain.deleted',
    'organizationInvitation.created',
    'organizationInvitation.accepted',
    'organizationInvitation.revoked',
    'organizationMembership.created',
    'organizationMembership.updated',
    'organizationMembership.deleted',
    'role.created',
    'role.updated',
    'role.deleted',
    'permission.created',
    'permission.updated',
    'permission.deleted',
  ];

  it('the fixture names its source and holds an example for every organization event type', () => {
    expect(examples._source).toMatch(/webhooks\/2025-04-15\.yml at commit [0-9a-f]{40}/);
    expect(
      Object.keys(examples.events)
        .filter((type) => type !== 'user.created')
        .sort(),
    ).toEqual([...ORGANIZATION_EVENTS].sort());
    for (const [type, example] of Object.entries(examples.events)) expect(example.type).toBe(type);
  });

  it.each(ORGANIZATION_EVENTS)('%s: signed by the fake, verified with data deep-equal to what was sent', async (type) => {
    const data = examples.events[type]!.data;
    const r = await verifyWebhook(await fake.webhook(type, data), { signingSecret: fake.webhookSigningSecret });
    const event = expectVerified(r);
    expect(event.type).toBe(type);
    expect(event.data).toEqual(data);
    expect(event).toMatchObject({ object: 'event', instance_id: expect.stringMatching(/^ins_/) });
  });

  it.each(Object.keys(examples.events))('%s: the whole example, signed as sent, verified unchanged (event_attributes too)', async (type) => {
    const example = examples.events[type]!;
    const body = JSON.stringify(example);
    const headers = headersFor('svix', ID, String(nowSeconds()), '');
    headers['svix-signature'] = signature(ID, headers['svix-timestamp']!, body);
    const ours = expectVerified(await verify(post(body, headers)));
    expect(ours).toEqual(example);
    const clerk = await clerkVerify(post(body, headers));
    expect(clerk).toEqual({ ok: true, event: example });
  });

  it('an organization whose public_metadata and private_metadata are null', async () => {
    const data = { ...(examples.events['organization.updated']!.data as object), public_metadata: null, private_metadata: null };
    const event = expectVerified(await verifyWebhook(await fake.webhook('organization.updated', data), { signingSecret: fake.webhookSigningSecret }));
    expect(event.data).toEqual(data);
  });

  it('fields Clerk adds later are kept, at every level', async () => {
    const example = examples.events['organizationMembership.created']!.data as Record<string, Record<string, unknown>>;
    const data = { ...example, brand_new: { a: [1] }, organization: { ...example.organization, another_new: 'x' } };
    const event = expectVerified(await verifyWebhook(await fake.webhook('organizationMembership.created', data), { signingSecret: fake.webhookSigningSecret }));
    expect(event.data).toEqual(data);
  });

  it.each([
    ['user.created', examples.events['user.created']!.data],
    ['organization.archived', { whatever: ['this', { is: null }] }],
    ['organizationInvitation.updated', 'not even an object'],
    ['organization.created.v2', null],
    ['session.ended', [1, 2, 3]],
  ])('%s passes through with its data unchanged and unread', async (type, data) => {
    const event = expectVerified(await verifyWebhook(await fake.webhook(type, data), { signingSecret: fake.webhookSigningSecret }));
    expect(event.type).toBe(type);
    expect(event.data).toEqual(data);
  });

  it('a type that is an inherited property name (toString, __proto__) passes through as an unknown event', async () => {
    for (const type of ['toString.created', '__proto__.created', 'constructor.updated', 'hasOwnProperty.deleted']) {
      const event = expectVerified(await verify(signed(JSON.stringify({ type, data: { id: 1 } })).request));
      expect(event).toEqual({ type, data: { id: 1 } });
    }
  });
});

describe('types', () => {
  it('after r.ok and r.data.type === "organizationMembership.created", r.data.data.role is a string', async () => {
    const r = await verifyWebhook(await fake.webhook('organizationMembership.created', EVENT.data), { signingSecret: fake.webhookSigningSecret });
    expectTypeOf(r).toEqualTypeOf<Result<WebhookEvent, WebhookError>>();
    expect(r.ok && r.data.type).toBe('organizationMembership.created');
    if (r.ok && r.data.type === 'organizationMembership.created') {
      expectTypeOf(r.data.data).toEqualTypeOf<OrganizationMembership>();
      expectTypeOf(r.data.data.role).toExtend<string>();
      expectTypeOf<string>().toExtend<typeof r.data.data.role>();
      expect(typeof r.data.data.role).toBe('string');
    }
    if (r.ok && r.data.type === 'organization.deleted') expectTypeOf(r.data.data.deleted).toEqualTypeOf<boolean>();
    if (r.ok && r.data.type === 'organizationInvitation.accepted') expectTypeOf(r.data.data.user_id).toEqualTypeOf<string | undefined>();
    if (r.ok && r.data.type === 'user.created') {
      expectTypeOf(r.data.data).toBeUnknown();
      // @ts-expect-error a pass-through event's data is unknown: it must be checked before use
      r.data.data.role;
    }
    if (!r.ok) {
      expectTypeOf(r.error.reason).toEqualTypeOf<WebhookErrorReason>();
      expectTypeOf(r.error.type).toEqualTypeOf<'invalid_webhook'>();
    }
  });
});
