// Worker A or B of the Durable Object limiter test and bench (the same module in two services, so two isolates).
// GET: who it is and its isolate's id. POST { limiter, name, requests, per, options, calls: [{ fn, params, count,
// retry, abortAfter, timeout }], sequential, reuse }: one client, the calls fired together (or one after another), and their Results as
// { ok, type, status, retryAfter, attempts, ms }, with `messages`: how many round trips to the object the run made.
import { createClient, getOrganization, listOrganizations } from 'clerk-backend-fetch';
import { durableRateLimit } from 'clerk-backend-fetch/cloudflare';

/** This isolate's id, drawn on the first request (random values are not allowed at global scope). */
let isolate;
const endpoints = { getOrganization, listOrganizations };
const clients = new Map();
/** Round trips to a Durable Object made by this isolate's clients: each binding is wrapped to count its stubs' fetches. */
let messages = 0;
const counted = (namespace) =>
  namespace && {
    idFromName: (name) => namespace.idFromName(name),
    get: (id) => {
      const stub = namespace.get(id);
      return {
        fetch: (input, init) => {
          messages++;
          return stub.fetch(input, init);
        },
      };
    },
  };

export default {
  async fetch(request, env) {
    isolate ??= crypto.randomUUID();
    if (request.method === 'GET') return Response.json({ who: env.WHO, isolate });
    const spec = await request.json();
    const namespaces = { shared: env.CLERK_LIMITER, throws: env.THROWING_LIMITER, hangs: env.HANGING_LIMITER, garbage: env.GARBAGE_LIMITER };
    const budget = { requests: spec.requests, per: spec.per };
    const rateLimit = spec.limiter === 'local' ? budget : durableRateLimit(counted(namespaces[spec.limiter]), { ...budget, name: spec.name });
    const make = () => createClient('sk_test_durable_limiter', { baseURL: `${env.API_URL}/${env.WHO}/v1`, rateLimit, ...spec.options });
    // reuse: one client per name for the isolate's life, as a worker keeps it at module scope across requests.
    const clerk = spec.reuse ? (clients.get(spec.name) ?? clients.set(spec.name, make()).get(spec.name)) : make();
    const one = async ({ fn, params, retry, abortAfter, timeout }) => {
      const started = Date.now();
      const controller = new AbortController();
      const timer = abortAfter === undefined ? undefined : setTimeout(() => controller.abort(), abortAfter);
      const r = await endpoints[fn](clerk, params, { signal: controller.signal, retry, timeout });
      clearTimeout(timer);
      const ms = Date.now() - started;
      return r.ok
        ? { ok: true, ms }
        : { ok: false, type: r.error.type, status: r.error.status, retryAfter: r.error.retryAfter, attempts: r.error.attempts, message: r.error.message, ms };
    };
    const before = messages;
    const calls = spec.calls.flatMap((call) => Array.from({ length: call.count ?? 1 }, () => call));
    const started = Date.now();
    let results = [];
    if (spec.sequential) for (const call of calls) results.push(await one(call));
    else results = await Promise.all(calls.map(one));
    return Response.json({ who: env.WHO, isolate, ms: Date.now() - started, results, messages: messages - before });
  },
};
