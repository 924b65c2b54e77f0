// Every ```ts example in README.md compiles against the source, as a user would write it after `npm i
// clerk-backend-fetch`: names the README leaves to the reader (the key's env, a client made earlier, some bytes)
// are declared with the types they would have.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

/** What a snippet may use without defining it, and the type it would have. */
const GIVEN: Record<string, string> = {
  env: '{ CLERK_SECRET_KEY: string }',
  clerk: "import('clerk-backend-fetch').ClerkClient",
  bytes: 'Uint8Array<ArrayBuffer>',
  cached: 'string',
  organization: "import('clerk-backend-fetch').Organization",
};

it('every TypeScript example in the README typechecks', async () => {
  const blocks = [...readFileSync('README.md', 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  expect(blocks.length).toBeGreaterThanOrEqual(10);
  const dir = resolve('node_modules/.cache/readme-snippets');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  blocks.forEach((code, i) => {
    const given = Object.entries(GIVEN)
      .filter(([name]) => new RegExp(`\\b${name}\\b`).test(code) && !new RegExp(`(const|let) ${name}\\b`).test(code))
      .map(([name, type]) => `declare const ${name}: ${type};\n`);
    writeFileSync(`${dir}/readme-${i}.ts`, `${given.join('')}${code}export {};\n`);
  });
  // The worker the README shows, for the examples that test it.
  writeFileSync(`${dir}/worker.ts`, 'export default { fetch: async (request: Request, env: unknown) => new Response() };\n');
  const config = {
    extends: resolve('tsconfig.json'),
    compilerOptions: {
      paths: {
        'clerk-backend-fetch': [resolve('src/index.ts')],
        'clerk-backend-fetch/testing': [resolve('src/testing/index.ts')],
        'clerk-backend-fetch/cloudflare': [resolve('src/cloudflare/index.ts')],
      },
      typeRoots: [resolve('node_modules/@types')],
    },
    include: ['*.ts'],
  };
  writeFileSync(`${dir}/tsconfig.json`, JSON.stringify(config));
  const errors = await promisify(execFile)(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', dir]).then(
    () => '',
    (failed: { stdout: string }) => failed.stdout,
  );
  // Each error names its snippet, e.g. readme-5.ts(4,17): the 6th ```ts block.
  expect(errors).toBe('');
}, 60_000);

it('names every exported schema (its "Schemas and types" table)', async () => {
  const readme = readFileSync('README.md', 'utf8');
  const schemas = Object.keys(await import('../../src/index.js')).filter((name) => name.endsWith('Schema'));
  expect(schemas.length).toBeGreaterThan(20);
  expect(schemas.filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
});
