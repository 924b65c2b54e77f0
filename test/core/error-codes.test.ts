// The code unions of src/error-codes.ts against Clerk's catalogue (test/fixtures/clerk-errors/api_errors.json):
// the rule written at the top of src/error-codes.ts is applied here to the catalogue copy; a new copy that
// adds, drops or moves an entry fails these tests, naming the codes to add or remove.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type {
  ClerkError,
  CommonErrorCode,
  CreateOrganizationMembershipError,
  GetJwksError,
  MembershipErrorCode,
  OrganizationErrorCode,
} from '../../src/index.js';

/** One catalogue entry, as much of it as the rule reads. */
interface Entry {
  name: string;
  code: string;
  status: string;
  file: string;
  usage: { fapi: boolean; bapi: boolean };
}

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const catalogue: Entry[] = JSON.parse(readFileSync(root('test/fixtures/clerk-errors/api_errors.json'), 'utf8'));
const bapi = catalogue.filter((e) => e.usage?.bapi === true);

// ---- The rule (the same as the table at the top of src/error-codes.ts) ----

/** Files whose entries any endpoint can answer, each with the names it leaves out. */
const SHARED_FILES: Record<string, RegExp | null> = {
  'auth.go': /Identif|Subaddress|Country/,
  'requests.go': /PublishableKey|RedirectLoop/,
  'forms.go': /Password|Pwned|Username|IncorrectCode|PKCE|Origin|Unverified|SecondFactor|IdentifierNotFound/,
  'internal.go': null,
  'network.go': null,
  'deprecation.go': null,
};
/** Codes kept though the catalogue flags them for no API: a 429's code. */
const SHARED_EXCEPTIONS = ['too_many_requests'];

type Family = 'organizations' | 'memberships' | 'invitations' | 'domains' | 'roles' | 'permissions' | 'roleSets' | 'settings';
const ORG_SCOPED: Family[] = ['organizations', 'memberships', 'invitations', 'domains'];

/** organizations.go entries to families by `name`, first match wins; an entry no line matches is drift. */
const ORGANIZATION_RULES: [RegExp, Family[]][] = [
  [/^(OrganizationNotEnabledInInstance|OrganizationNotFound)$/, ORG_SCOPED],
  [/^(NotAMemberInOrganization|MissingOrganizationPermission)$/, ['organizations', 'invitations']],
  [/^(AlreadyAMemberOfOrganization|OrganizationMembershipQuotaExceeded)$/, ['memberships', 'invitations']],
  [/^OrganizationDomain/, ['domains']],
  [/^OrganizationInvitation/, ['invitations']],
  [/^(ExclusiveOrganizationMembershipExistingMembers|OrganizationAlreadyHasSSOConnection)$/, []],
  [/Membership|^OrganizationMinimumPermissionsNeeded$|^PersonalAccountsNotAllowed$/, ['memberships']],
  [/^OrganizationPermissionNotFound$/, ['permissions', 'roles']],
  [/^OrganizationSystemPermission/, ['permissions']],
  [/^OrganizationRoleOnSetAssignedToUser$/, ['roleSets', 'organizations']],
  [/^OrganizationRoleSet|^OrganizationInstanceRoleSets|^RoleMigration/, ['roleSets']],
  [/^OrganizationMissingCreatorRolePermissions$|RoleNotFound$/, ['roles', 'roleSets', 'settings']],
  [/^OrganizationRole|^OrganizationInstanceRoles/, ['roles']],
  [/^Organizations[A-Z]|^ForceOrganizationSelection/, ['settings']],
  [/^Org/, ['organizations']],
];
/** Other files whose entries go to one family whole. */
const FAMILY_FILES: Record<string, Family> = { 'images.go': 'organizations' };

/** The union of src/error-codes.ts that holds each family's codes. */
const UNION_OF: Record<Family, string> = {
  organizations: 'OrganizationErrorCode',
  memberships: 'MembershipErrorCode',
  invitations: 'InvitationErrorCode',
  domains: 'DomainErrorCode',
  roles: 'RoleErrorCode',
  permissions: 'PermissionErrorCode',
  roleSets: 'RoleSetErrorCode',
  settings: 'OrganizationSettingsErrorCode',
};
/** The folder of src/ each family's endpoints live in (`jwks/` answers the common codes only). */
const FOLDER_OF: Record<Family | 'jwks', string> = {
  organizations: 'organizations',
  memberships: 'memberships',
  invitations: 'invitations',
  domains: 'domains',
  roles: 'roles',
  permissions: 'permissions',
  roleSets: 'role-sets',
  settings: 'settings',
  jwks: 'jwks',
};

/** The rule applied to a catalogue: the shared codes, each family's union, and the organizations.go entries no line matched. */
function applyRule(entries: Entry[]) {
  const counted = entries.filter((e) => e.usage?.bapi === true && e.code !== '');
  const common = new Set<string>(SHARED_EXCEPTIONS);
  for (const e of counted) {
    const exclude = SHARED_FILES[e.file];
    if ((exclude !== undefined && !exclude?.test(e.name)) || e.code === 'resource_not_found') common.add(e.code);
  }
  const families = Object.fromEntries(Object.keys(UNION_OF).map((f) => [f, new Set(common)])) as Record<Family, Set<string>>;
  const unmatched: string[] = [];
  for (const e of counted) {
    if (e.file === 'organizations.go') {
      const line = ORGANIZATION_RULES.find(([pattern]) => pattern.test(e.name));
      if (!line) unmatched.push(e.name);
      for (const family of line?.[1] ?? []) families[family].add(e.code);
    }
    const family = FAMILY_FILES[e.file];
    if (family) families[family].add(e.code);
  }
  return { common, families, unmatched };
}

// ---- The unions as TypeScript sees them ----

const program = ts.createProgram([root('src/index.ts')], {
  strict: true,
  exactOptionalPropertyTypes: true,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
  noEmit: true,
});
const checker = program.getTypeChecker();

/** The string literals of a type (a union of them, `null`, `undefined` and `string & {}` left out). */
function literals(type: ts.Type): string[] {
  const members = type.isUnion() ? type.types : [type];
  return members.filter((t): t is ts.StringLiteralType => t.isStringLiteral()).map((t) => t.value);
}

/** Every exported type alias of a source file, by name. */
function typeAliases(file: string): Map<string, ts.Type> {
  const source = program.getSourceFile(root(file));
  if (!source) throw new Error(`${file} is not part of the program`);
  const aliases = new Map<string, ts.Type>();
  for (const statement of source.statements) {
    if (ts.isTypeAliasDeclaration(statement) && statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      aliases.set(statement.name.text, checker.getTypeAtLocation(statement.name));
    }
  }
  return aliases;
}

const unions = typeAliases('src/error-codes.ts');
const union = (name: string): Set<string> => {
  const type = unions.get(name);
  if (!type) throw new Error(`src/error-codes.ts exports no ${name}`);
  return new Set(literals(type));
};

/** What to add to and remove from `actual` to make it `expected`. */
function drift(actual: Set<string>, expected: Set<string>) {
  return { add: [...expected].filter((c) => !actual.has(c)).sort(), remove: [...actual].filter((c) => !expected.has(c)).sort() };
}

describe('the error code unions against Clerk catalogue', () => {
  const rule = applyRule(catalogue);

  it('src/error-codes.ts exports the common union and one union per family, string literals only', () => {
    expect([...unions.keys()].sort()).toEqual(['CommonErrorCode', ...Object.values(UNION_OF)].sort());
    for (const [name, type] of unions) {
      const members = type.isUnion() ? type.types : [type];
      expect(
        members.every((t) => t.isStringLiteral()),
        name,
      ).toBe(true);
    }
  });

  it('every code of every union is in the catalogue, flagged for the Backend API (but the documented exceptions)', () => {
    const flagged = new Set(bapi.map((e) => e.code));
    const listed = new Set(catalogue.map((e) => e.code));
    for (const [name, type] of unions) {
      for (const code of literals(type)) {
        expect(listed.has(code), `${name}: ${code} is not in the catalogue`).toBe(true);
        if (!SHARED_EXCEPTIONS.includes(code)) expect(flagged.has(code), `${name}: ${code} is not a Backend API code`).toBe(true);
      }
    }
  });

  it('every Backend API entry of organizations.go falls under a line of the rule', () => {
    expect(rule.unmatched).toEqual([]);
  });

  it('CommonErrorCode is exactly what the rule gives', () => {
    expect(drift(union('CommonErrorCode'), rule.common)).toEqual({ add: [], remove: [] });
  });

  it.each(Object.entries(UNION_OF))('the %s union (%s) is exactly what the rule gives', (family, name) => {
    expect(drift(union(name), rule.families[family as Family])).toEqual({ add: [], remove: [] });
  });

  it('the sizes stay as documented', () => {
    const sizes = Object.fromEntries([...unions].map(([name, type]) => [name, literals(type).length]));
    expect(sizes).toEqual({
      CommonErrorCode: 48,
      OrganizationErrorCode: 48 + 12,
      MembershipErrorCode: 48 + 8,
      InvitationErrorCode: 48 + 9,
      DomainErrorCode: 48 + 10,
      RoleErrorCode: 48 + 8,
      PermissionErrorCode: 48 + 1,
      RoleSetErrorCode: 48 + 7,
      OrganizationSettingsErrorCode: 48 + 4,
    });
  });

  it('a drifted catalogue fails the rule: a new organizations.go entry is reported', () => {
    const added: Entry = {
      name: 'OrganizationDomainSomethingNew',
      code: 'organization_domain_something_new',
      status: '422',
      file: 'organizations.go',
      usage: { fapi: false, bapi: true },
    };
    const next = applyRule([...catalogue, added]);
    expect(drift(union('DomainErrorCode'), next.families.domains)).toEqual({ add: ['organization_domain_something_new'], remove: [] });
    const unknown = applyRule([...catalogue, { ...added, name: 'WidgetQuotaExceeded' }]);
    expect(unknown.unmatched).toEqual(['WidgetQuotaExceeded']);
  });
});

describe('every endpoint error type carries its family codes', () => {
  /** The code type of an endpoint error type's `api` member, as literals. */
  function apiCodes(type: ts.Type): string[] {
    const api = (type.isUnion() ? type.types : [type]).find((member) => {
      const tag = member.getProperty('type');
      return tag !== undefined && literals(checker.getTypeOfSymbol(tag)).includes('api');
    });
    if (!api) throw new Error('no api member');
    const errors = checker.getTypeOfSymbol(api.getProperty('errors')!);
    const item = checker.getIndexTypeOfType(errors, ts.IndexKind.Number)!;
    return literals(checker.getNonNullableType(checker.getTypeOfSymbol(item.getProperty('code')!)));
  }

  const families = Object.entries(FOLDER_OF) as [Family | 'jwks', string][];
  it.each(families)('src/%s endpoints answer its codes', (family, folder) => {
    const expected = [...union(family === 'jwks' ? 'CommonErrorCode' : UNION_OF[family])].sort();
    const files = program.getSourceFiles().filter((f) => f.fileName.startsWith(root(`src/${folder}/`)));
    let seen = 0;
    for (const file of files) {
      for (const [name, type] of typeAliases(file.fileName.slice(root('').length))) {
        if (!name.endsWith('Error')) continue;
        seen++;
        expect(apiCodes(type).sort(), name).toEqual(expected);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

// Checked by `tsc --noEmit` (npm run typecheck): what an editor shows for `errors[0].code`.
describe('the code as an editor sees it', () => {
  /** The `api` member of an error type. */
  type ApiOf<E> = E extends { type: 'api' } ? E : never;
  /** The string literals of a type, without `string` and `string & {}`. */
  type Literals<T> = T extends string ? (string extends T ? never : T) : never;
  /** The type of `errors[0].code` when it is there. */
  type CodeOf<E> = ApiOf<E> extends { errors: (infer Item)[] } ? (Item extends { code?: infer C } ? Exclude<C, null | undefined> : never) : never;

  it("createOrganizationMembership's code suggests its family's codes and still takes any string", () => {
    expectTypeOf<'organization_membership_quota_exceeded'>().toExtend<CodeOf<CreateOrganizationMembershipError>>();
    expectTypeOf<'already_a_member_in_organization'>().toExtend<CodeOf<CreateOrganizationMembershipError>>();
    expectTypeOf<MembershipErrorCode>().toExtend<CodeOf<CreateOrganizationMembershipError>>();
    expectTypeOf<'a_code_clerk_adds_next_year'>().toExtend<CodeOf<CreateOrganizationMembershipError>>();
    expectTypeOf<string>().toExtend<CodeOf<CreateOrganizationMembershipError>>();
    expectTypeOf<ApiOf<CreateOrganizationMembershipError>['errors'][number]>().toEqualTypeOf<ClerkError<MembershipErrorCode>>();
  });

  it('the literals of the code are the family union (what editors list), beside `string & {}`', () => {
    expectTypeOf<Literals<CodeOf<CreateOrganizationMembershipError>>>().toEqualTypeOf<MembershipErrorCode>();
    expectTypeOf<CodeOf<CreateOrganizationMembershipError>>().toEqualTypeOf<MembershipErrorCode | (string & {})>();
  });

  it('getJwks answers the common codes only; the families add theirs to them', () => {
    expectTypeOf<Literals<CodeOf<GetJwksError>>>().toEqualTypeOf<CommonErrorCode>();
    expectTypeOf<CommonErrorCode>().toExtend<OrganizationErrorCode>();
    expectTypeOf<'organization_quota_exceeded'>().toExtend<OrganizationErrorCode>();
    expectTypeOf<'organization_quota_exceeded'>().not.toExtend<CommonErrorCode>();
  });
});
