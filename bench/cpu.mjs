// CPU time per call with an in-process fetch: no network, no sockets, so the
// numbers hold still on a noisy machine, and CPU time is what Workers bill.
// Our client, raw fetch + JSON.parse and @clerk/backend answer from the same
// prebuilt bodies in the same process; interleaved rounds, medians, ratios.
import { cpuUsage } from 'node:process';
import { bodies } from './bodies.mjs';
import { interleaved, printRatios } from './rounds.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);
const KEY = 'sk_test_bench';

/** A fetch that answers at once from memory, as a service binding or a cache would. */
const inProcessFetch = async (input) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const body = /\/organizations(\?|$)/.test(url) ? bodies.list : bodies.one;
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
};
// @clerk/backend binds the global fetch when it is imported: install ours first.
globalThis.fetch = inProcessFetch;
const { createClerkClient } = await import('@clerk/backend');
const { createClient, getOrganization, listOrganizations } = await import('clerk-backend-fetch');

const origin = 'http://clerk.bench';
const ours = createClient(KEY, { baseURL: `${origin}/v1`, fetch: inProcessFetch });
const oursNoValidation = createClient(KEY, { baseURL: `${origin}/v1`, fetch: inProcessFetch, validateResponses: false });
const official = createClerkClient({ secretKey: KEY, apiUrl: origin });
const must = (r) => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
};

const contenders = {
  get: {
    'raw fetch + JSON.parse': async () => JSON.parse(await (await inProcessFetch(`${origin}/v1/organizations/org_1`)).text()),
    'clerk-backend-fetch': async () => must(await getOrganization(ours, { organization_id: 'org_1' })),
    'clerk-backend-fetch, validateResponses: false': async () => must(await getOrganization(oursNoValidation, { organization_id: 'org_1' })),
    '@clerk/backend': () => official.organizations.getOrganization({ organizationId: 'org_1' }),
  },
  'list of 500': {
    'raw fetch + JSON.parse': async () => JSON.parse(await (await inProcessFetch(`${origin}/v1/organizations?limit=500`)).text()),
    'clerk-backend-fetch': async () => must(await listOrganizations(ours, { limit: 500 })),
    'clerk-backend-fetch, validateResponses: false': async () => must(await listOrganizations(oursNoValidation, { limit: 500 })),
    '@clerk/backend': () => official.organizations.getOrganizationList({ limit: 500 }),
  },
};

/** µs of CPU (user + system) for one batch of calls. */
const cpuOf = async (run) => {
  const start = cpuUsage();
  await run();
  const used = cpuUsage(start);
  return used.user + used.system;
};
const cpu = (group, callsPerRound) => interleaved(contenders[group], { rounds: ROUNDS, callsPerRound, warmup: 200, measure: cpuOf });

const results = { get: await cpu('get', 200), 'list of 500': await cpu('list of 500', 10) };
const target = {
  get: { 'clerk-backend-fetch': '≤ 0.9x @clerk/backend' },
  'list of 500': { 'clerk-backend-fetch': '≤ 1.15x @clerk/backend' },
};
printRatios(
  `CPU time per call, in-process fetch, median of ${ROUNDS} interleaved rounds (Node ${process.versions.node})`,
  'µs CPU per call',
  results,
  target,
  1,
);
