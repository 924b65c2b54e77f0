// A 2xx answer that spells the secret key with JSON escapes (\u0073k_…, \/) holds the key only once parsed: the data
// returned must be redacted too, while Clerk's usual escapes (Go's \u003c, \u003e, \u0026) leave the answer as sent.
import { describe, expect, it } from 'vitest';
import { getOrganization, listOrganizations } from '../../src/index.js';
import { expectOk } from '../support/expect-result.js';
import { organization } from '../support/models.js';
import { recording } from '../support/recording.js';
import { reachesSecret, SECRET_KEY } from '../support/secret.js';

/** Every character as a \u escape. */
const escaped = (text: string) => [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

describe('2xx answers that spell the key with JSON escapes', () => {
  it.each([
    ['every character escaped', escaped(SECRET_KEY)],
    ['only the first escaped', `${escaped(SECRET_KEY[0]!)}${SECRET_KEY.slice(1)}`],
    ['a digit escaped', SECRET_KEY.replace(/\d/, (d) => escaped(d))],
  ])('%s, in an unknown field and in metadata: the data holds [redacted], never the key', async (_, spelt) => {
    const body = JSON.stringify({ ...organization(), public_metadata: { note: 'KEY' } })
      .replace('"KEY"', `"Bearer ${spelt}"`)
      .replace(/}$/, `,"echo":"${spelt}"}`);
    const { client } = recording(() => new Response(body, { headers: { 'content-type': 'application/json' } }));
    const data = expectOk(await getOrganization(client, { organization_id: 'org_1' })) as unknown as Record<string, unknown>;
    expect(data.echo).toBe('[redacted]');
    expect(data.public_metadata).toEqual({ note: 'Bearer [redacted]' });
    expect(reachesSecret(data)).toBe(false);
  });

  it('with validateResponses: false as well', async () => {
    const body = `{"data":[],"total_count":0,"echo":"${escaped(SECRET_KEY)}"}`;
    const { client } = recording(() => new Response(body), { validateResponses: false });
    const data = expectOk(await listOrganizations(client, {})) as unknown as Record<string, unknown>;
    expect(data.echo).toBe('[redacted]');
  });

  it("Go's escapes of <, > and & leave the answer as sent (nothing to redact)", async () => {
    const org = organization({ name: 'A <b> & c' });
    const body = JSON.stringify(org).replace('A <b> & c', 'A \\u003cb\\u003e \\u0026 c');
    const { client } = recording(() => new Response(body));
    expect(expectOk(await getOrganization(client, { organization_id: 'org_1' }))).toEqual(org);
  });
});
