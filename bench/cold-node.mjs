// One cold start in Node, run by bench/cold.mjs as a fresh process: import a contender, make its
// client, make one get against the loopback server, print how long that took (ms) as JSON.
// Usage: node bench/cold-node.mjs <contender> <origin>
const [contender, origin] = process.argv.slice(2);
const KEY = 'sk_test_bench';

const start = performance.now();
let imported = start;
if (contender === 'clerk-backend-fetch') {
  const { createClient, getOrganization } = await import('clerk-backend-fetch');
  imported = performance.now();
  const r = await getOrganization(createClient(KEY, { baseURL: `${origin}/v1` }), { organization_id: 'org_1' });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
} else if (contender === '@clerk/backend') {
  const { createClerkClient } = await import('@clerk/backend');
  imported = performance.now();
  const org = await createClerkClient({ secretKey: KEY, apiUrl: origin }).organizations.getOrganization({ organizationId: 'org_1' });
  if (!org.id) throw new Error('no organization');
} else {
  // The floor: what any client pays in this process (Node loads its fetch on first use).
  const res = await fetch(`${origin}/v1/organizations/org_1`, { headers: { authorization: `Bearer ${KEY}` } });
  if (!JSON.parse(await res.text()).id) throw new Error('no organization');
}
const importAndGet = performance.now() - start;
// performance.now() counts from the process's time origin, so this is also Node's own start before this script.
console.log(JSON.stringify({ importAndGet, import: imported - start, beforeScript: start }));
if (process.env.COLD_MODULES_FILE) {
  // CommonJS that CommonJS require()s is invisible to Node 20's load hook: add the require cache.
  // getBuiltinModule, not import: an import would go through the hook and be counted.
  const { createRequire } = process.getBuiltinModule('node:module');
  const { appendFileSync } = process.getBuiltinModule('node:fs');
  const { pathToFileURL } = process.getBuiltinModule('node:url');
  const cjs = Object.keys(createRequire(import.meta.url).cache).map((f) => `${pathToFileURL(f).href}\n`);
  appendFileSync(process.env.COLD_MODULES_FILE, cjs.join(''));
}
