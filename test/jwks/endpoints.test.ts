// The JWKS: getJwks's documented request and answer, and the answers Clerk's spec allows that carry other key types.
import { describe, expect, it } from 'vitest';
import { getJwks } from '../../src/index.js';
import { describeEndpoints } from '../support/endpoint-cases.js';
import { expectOk } from '../support/expect-result.js';
import { intercept, testClient, useNock } from '../support/nock.js';
import { itRefusesBeforeSending } from '../support/param-checks.js';

useNock();

/** An RSA public key as Clerk's JWKS lists it (spec 2026-05-12, `JWKS.rsa.PublicKey`). */
const rsaKey = {
  use: 'sig',
  kty: 'RSA',
  kid: 'ins_2g7np7Hrk0SN6kj5EDMLDaKNL0S',
  alg: 'RS256',
  n: 'wTtMaBCBC6m3dW0S5O6Cg1RW9S4e7ypiBrtqBv-W5oS9A5vGdMDhcfdpY9_Pf8AXhyN3y3Uc3ZS8SXnJKWwQ',
  e: 'AQAB',
};

describeEndpoints('jwks', [
  // Every field of a JWKS is optional (the spec, and Clerk's own SDKs): a wrong shape is a keys that is not a list.
  { name: 'getJwks', run: (c) => getJwks(c), method: 'GET', path: '/v1/jwks', reply: { keys: [rsaKey] }, wrongShape: { keys: 'x' }, statuses: [] },
]);

describe('getJwks answers', () => {
  it('sends no query and no body, and returns the keys as sent', async () => {
    const { seen } = intercept('GET', 200, { keys: [rsaKey] });
    expect(expectOk(await getJwks(testClient()))).toEqual({ keys: [rsaKey] });
    expect(seen[0]!.url.search).toBe('');
    expect(seen[0]!.body).toBe('');
  });

  it('keeps a key of another type (an ed25519 key has no n and e) and the fields it adds', async () => {
    const ed25519 = { use: 'sig', kty: 'OKP', kid: 'k2', alg: 'EdDSA', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };
    intercept('GET', 200, { keys: [rsaKey, ed25519] });
    expect(expectOk(await getJwks(testClient())).keys).toEqual([rsaKey, ed25519]);
  });

  it("an answer without keys is data, as Clerk's SDKs type it (keys optional)", async () => {
    intercept('GET', 200, {});
    expect(expectOk(await getJwks(testClient()))).toEqual({});
  });

  it('an answer whose key has no kid is invalid_response, and the body is kept', async () => {
    intercept('GET', 200, { keys: [{ kty: 'RSA', alg: 'RS256', use: 'sig' }] });
    const r = await getJwks(testClient());
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatchObject({ type: 'invalid_response', issues: [{ path: 'keys.0.kid' }], body: { keys: [{ kty: 'RSA' }] } });
  });
});

describe('getJwks params are checked before anything is sent', () => {
  itRefusesBeforeSending([['a param it does not take', () => getJwks(testClient(), { kid: 'x' } as never), 'kid', 'is not a known parameter']]);
});
