// The fake's public option types take `undefined` for every optional property (issue #20), so a project compiled
// with `exactOptionalPropertyTypes` can pass an optional value on. This compiles such a user's file with the flag on.
import { resolve } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

/** A user's test file passing `undefined` wherever the fake's options allow leaving a property out. */
const USER_FILE = `
import { createFakeClerk, type FakeClerkOptions, type SeedOrganization, type SeedUser } from './src/testing/index.js';

declare const maybe: { n: number | undefined; s: string | undefined; b: boolean | undefined; list: string[] | undefined };

const user: SeedUser = { id: 'user_1', first_name: maybe.s, last_name: maybe.s, email_address: maybe.s, username: maybe.s, image_url: maybe.s };
const organization: SeedOrganization = {
  name: 'Acme',
  id: maybe.s,
  slug: maybe.s,
  members: maybe.list,
  max_allowed_memberships: maybe.n,
  admin_delete_enabled: maybe.b,
  created_by: maybe.s,
  public_metadata: undefined,
  role_set_key: maybe.s,
};
const options: FakeClerkOptions = { organizations: [organization], users: [user], legacyRoleKeys: maybe.b, rateLimit: undefined };
const fake = createFakeClerk(options);
fake.failNext(503, { times: maybe.n, retryAfter: maybe.n, method: maybe.s, path: maybe.s });
await fake.sessionToken({ sub: maybe.s, azp: maybe.s, org: { id: 'org_1', role: maybe.s, slug: maybe.s, permissions: maybe.list } });
await fake.webhook('organization.created', {}, { id: maybe.s, timestamp: maybe.n, headers: undefined, url: maybe.s });
const body: string | undefined = fake.requests[0]?.body;
const query: Record<string, string[]> | undefined = fake.requests[0]?.query;
export { body, query };
`;

it('a file passing undefined to every optional option compiles under exactOptionalPropertyTypes', () => {
  const root = resolve(import.meta.dirname, '../..');
  const file = resolve(root, 'exact-optional-user.ts');
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    strict: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = (name) => (resolve(name) === file ? USER_FILE : read(name));
  const exists = host.fileExists.bind(host);
  host.fileExists = (name) => resolve(name) === file || exists(name);
  const program = ts.createProgram([file], options, host);
  // Only the user's file: the package's own sources are checked by `tsc` with the project's settings.
  const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(file));
  expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  // The control: the flag is on, so a property declared without \`| undefined\` refuses it.
  const control = `${USER_FILE}\ninterface Plain { x?: boolean }\nexport const plain: Plain = { x: maybe.b };\n`;
  host.readFile = (name) => (resolve(name) === file ? control : read(name));
  const again = ts.createProgram([file], options, host, program);
  expect(ts.getPreEmitDiagnostics(again, again.getSourceFile(file)).map((d) => d.code)).toEqual([2375]);
}, 60_000);
