// The active organization of a verified token, read as @clerk/backend reads it: v1 `org_*` claims and v2 `o`/`fea`
// claims (permissions decoded from `o.per`, `o.fpm` and the organization features of `fea`), compared with
// @clerk/shared's __experimental_JWTPayloadToAuthObjectProperties on generated claim sets. The differences by
// design: claims of the wrong type are left out, and `fea` elements without a colon are skipped (Clerk throws).
import { __experimental_JWTPayloadToAuthObjectProperties as clerkAuthObject } from '@clerk/shared/jwtPayloadParser';
import type { JwtPayload } from '@clerk/shared/types';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type SessionAuth, verifySessionToken } from '../../src/index.js';
import { accepted, type KeyPair, rsaKeyPair, sessionClaims, signRs256 } from './tokens.js';

let keys: KeyPair;
beforeAll(async () => {
  keys = await rsaKeyPair();
});

/** What verifySessionToken reads from `claims` (signed, then verified). */
async function ours(claims: Record<string, unknown>): Promise<Partial<SessionAuth>> {
  const token = await signRs256({ alg: 'RS256', typ: 'JWT', kid: 'ins_claims' }, sessionClaims(claims), keys.privateKey);
  const { orgId, orgRole, orgSlug, orgPermissions, ...rest } = accepted(await verifySessionToken(token, { jwtKey: keys.publicPem }));
  expect(Object.keys(rest).sort()).toEqual(['claims', 'sessionId', 'userId']);
  return defined({ orgId, orgRole, orgSlug, orgPermissions });
}

/** What @clerk/shared reads from the same claims. */
function theirs(claims: Record<string, unknown>): Partial<SessionAuth> {
  const { orgId, orgRole, orgSlug, orgPermissions } = clerkAuthObject(sessionClaims(claims) as unknown as JwtPayload);
  return defined({ orgId, orgRole, orgSlug, orgPermissions } as Partial<SessionAuth>);
}

/** The object without its undefined fields. */
function defined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

/** Names as Clerk writes them: lower case, digits, underscores. */
const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/);
const permission = fc.oneof(fc.constantFrom('read', 'manage', 'write', 'delete', 'create', 'view', 'export'), name);
/** Optional spaces around list items, which both sides trim. */
const spaced = (item: fc.Arbitrary<string>) => fc.tuple(fc.constantFrom('', ' ', '  '), item, fc.constantFrom('', ' ')).map(([a, b, c]) => a + b + c);
const list = (item: fc.Arbitrary<string>, maxLength: number) => fc.array(spaced(item), { minLength: 1, maxLength }).map((items) => items.join(','));

/** A feature permission mask: small, or far beyond 2^53 (exact only as a decimal string), sometimes zero-padded. */
const mask = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 255 }).map(BigInt), fc.bigInt({ min: 2n ** 53n - 2n, max: 2n ** 53n + 2n }), fc.bigInt({ min: 0n, max: 2n ** 96n })),
    fc.constantFrom('', '', '', '0', '00'),
  )
  .map(([value, zeros]) => zeros + value.toString());

const fea = list(
  fc
    .tuple(fc.constantFrom('o', 'u', 'ou', 'uo'), fc.oneof(fc.constantFrom('reports', 'billing', 'chat', 'members', 'dashboard'), name))
    .map(([scope, feature]) => `${scope}:${feature}`),
  8,
);

const v2 = fc.record(
  {
    v: fc.constant(2),
    fea,
    o: fc.record(
      {
        id: fc.stringMatching(/^org_[A-Za-z0-9]{10,27}$/),
        slg: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
        rol: fc.constantFrom('admin', 'member', 'billing_manager', ''),
        per: list(permission, 7),
        fpm: list(mask, 9),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['v'] },
);

const v1 = fc.record(
  {
    org_id: fc.stringMatching(/^org_[A-Za-z0-9]{10,27}$/),
    org_role: fc.constantFrom('org:admin', 'org:member', 'admin', 'basic_member', 'org:billing_manager'),
    org_slug: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
    org_permissions: fc.array(
      fc.tuple(name, permission).map(([f, p]) => `org:${f}:${p}`),
      { maxLength: 6 },
    ),
    // A v1 token may carry v2-looking claims: only `v: 2` switches the reading.
    o: fc.constant({ id: 'org_ignored', rol: 'admin' }),
    v: fc.constantFrom(1, '2', undefined),
  },
  { requiredKeys: [] },
);

describe('organization claims, compared with @clerk/shared', () => {
  it('v2 claims (o, fea, per, fpm): the same orgId, orgRole, orgSlug and orgPermissions', async () => {
    await fc.assert(
      fc.asyncProperty(v2, async (claims) => {
        expect(await ours(claims)).toEqual(theirs(claims));
      }),
      { numRuns: 300 },
    );
  });

  it('v1 claims (org_*): the same fields', async () => {
    await fc.assert(
      fc.asyncProperty(v1, async (claims) => {
        expect(await ours(claims)).toEqual(theirs(claims));
      }),
      { numRuns: 150 },
    );
  });

  it('a worked v2 example: fea o:reports,u:billing,ou:chat with per read,manage and fpm 3,1', async () => {
    const claims = { v: 2, fea: 'o:reports,u:billing,ou:chat', o: { id: 'org_1', slg: 'acme', rol: 'admin', per: 'read,manage', fpm: '3,1' } };
    const expected = { orgId: 'org_1', orgSlug: 'acme', orgRole: 'org:admin', orgPermissions: ['org:reports:read', 'org:reports:manage', 'org:chat:read'] };
    expect(await ours(claims)).toEqual(expected);
    expect(theirs(claims)).toEqual(expected);
  });

  it('an fpm beyond 2^53 is decoded exactly', async () => {
    const per = Array.from({ length: 60 }, (_, i) => `p${i}`).join(',');
    // Bits 0, 53 and 59: a Number would lose bit 0.
    const fpm = (1n + 2n ** 53n + 2n ** 59n).toString();
    const claims = { v: 2, fea: 'o:big', o: { id: 'org_1', per, fpm } };
    expect(await ours(claims)).toEqual({ orgId: 'org_1', orgPermissions: ['org:big:p0', 'org:big:p53', 'org:big:p59'] });
    expect(theirs(claims)).toEqual(await ours(claims));
  });

  it('no organization: no organization fields (v1), an empty permission list (v2 with o), nothing (v2 without o)', async () => {
    expect(await ours({})).toEqual({});
    expect(await ours({ v: 2 })).toEqual({});
    expect(await ours({ v: 2, o: { id: 'org_1' } })).toEqual({ orgId: 'org_1', orgPermissions: [] });
    for (const claims of [{}, { v: 2 }, { v: 2, o: { id: 'org_1' } }]) expect(theirs(claims)).toEqual(await ours(claims));
  });
});

describe('differences by design', () => {
  it('fea elements without a colon are skipped where @clerk/shared throws: the rest reads as it would without them', async () => {
    const colonless = fc.oneof(fc.constant(''), fc.constant(' '), name);
    await fc.assert(
      fc.asyncProperty(v2, fc.array(fc.tuple(fc.nat(), colonless), { minLength: 1, maxLength: 3 }), async (claims, inserts) => {
        const parts = (claims.fea ?? 'o:reports').split(',');
        for (const [at, element] of inserts) parts.splice(at % (parts.length + 1), 0, element);
        // @clerk/shared reads fea only when an organization is active.
        const o = claims.o ?? { id: 'org_1' };
        const withColonless = { ...claims, o, fea: parts.join(',') };
        expect(() => theirs(withColonless)).toThrow(/missing colon/);
        expect(await ours(withColonless)).toEqual(theirs({ ...claims, o, fea: parts.filter((p) => p.includes(':')).join(',') }));
      }),
      { numRuns: 100 },
    );
  });

  it('v1 claims of the wrong type are left out', async () => {
    expect(await ours({ org_id: 7, org_role: ['org:admin'], org_slug: null, org_permissions: 'org:a:read' })).toEqual({});
    expect(await ours({ org_id: 'org_1', org_permissions: ['org:a:read', 3] })).toEqual({ orgId: 'org_1' });
  });

  it('v2 claims of the wrong type are left out; a fea or per that is not a string gives no permissions', async () => {
    expect(await ours({ v: 2, o: { id: 7, slg: false, rol: 1, per: 'read', fpm: '1' }, fea: 'o:a' })).toEqual({ orgPermissions: ['org:a:read'] });
    expect(await ours({ v: 2, o: { id: 'org_1', per: 'read', fpm: '1' }, fea: ['o:a'] })).toEqual({ orgId: 'org_1', orgPermissions: [] });
    expect(await ours({ v: 2, o: { id: 'org_1', per: ['read'], fpm: '1' }, fea: 'o:a' })).toEqual({ orgId: 'org_1', orgPermissions: [] });
    expect(await ours({ v: 2, o: { id: 'org_1', per: 'read', fpm: 1 }, fea: 'o:a' })).toEqual({ orgId: 'org_1', orgPermissions: [] });
    expect(await ours({ v: 2, o: null, fea: 'o:a' })).toEqual({});
  });
});
