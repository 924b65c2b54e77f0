// One workerd process with two workers, A and B (two services, so two isolates), both bound to the same Durable
// Object namespaces, defined once in a third service ("limiter"): CLERK_LIMITER (the package's ClerkRateLimiter)
// and three broken ones. Both reach a loopback server in its own process that limits the whole instance like Clerk.
// Shared by test/runtimes/durable-limiter.test.ts and bench/durable.mjs.
import { bundleForWorkerd, freePort, packConsumer, startInstanceServer, startWorkerd } from './workerd.mjs';

const WORKER = 'test/runtimes/durable-worker.mjs';
const LIMITER = 'test/runtimes/durable-limiter.mjs';

/** The capnp config: sockets for A and B on `ports`, the limiter service holding every namespace in memory. */
export function durableConfig(ports, apiUrl) {
  const namespace = (binding, className) => `(name = "${binding}", durableObjectNamespace = (className = "${className}", serviceName = "limiter"))`;
  const worker = (who) => `(
  modules = [ (name = "worker", esModule = embed "durable-worker.js") ],
  compatibilityDate = "2025-09-01",
  bindings = [
    (name = "WHO", text = "${who}"),
    (name = "API_URL", text = "${apiUrl}"),
    ${namespace('CLERK_LIMITER', 'ClerkRateLimiter')},
    ${namespace('THROWING_LIMITER', 'ThrowingLimiter')},
    ${namespace('HANGING_LIMITER', 'HangingLimiter')},
    ${namespace('GARBAGE_LIMITER', 'GarbageLimiter')},
  ],
  globalOutbound = "loopback",
)`;
  const classes = ['ClerkRateLimiter', 'ThrowingLimiter', 'HangingLimiter', 'GarbageLimiter'];
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "a", worker = .a),
    (name = "b", worker = .b),
    (name = "limiter", worker = .limiter),
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [
    (name = "a", address = "127.0.0.1:${ports.a}", http = (), service = "a"),
    (name = "b", address = "127.0.0.1:${ports.b}", http = (), service = "b"),
  ],
);
const a :Workerd.Worker = ${worker('a')};
const b :Workerd.Worker = ${worker('b')};
const limiter :Workerd.Worker = (
  modules = [ (name = "limiter", esModule = embed "durable-limiter.js") ],
  compatibilityDate = "2025-09-01",
  durableObjectNamespaces = [ ${classes.map((c) => `(className = "${c}", uniqueKey = "clerk-backend-fetch-test-${c}")`).join(', ')} ],
  durableObjectStorage = (inMemory = void),
);
`;
}

/**
 * Packs and installs the package into `work/consumer`, bundles both modules, starts the instance server (`limit`
 * per `window` ms) and workerd. `run(who, spec)` posts a spec to worker `who` ('a' or 'b'); see durable-worker.mjs.
 */
export async function startDurableWorkerd(work, { limit = 20, window = 1000 } = {}) {
  const consumer = await packConsumer(work, [WORKER, LIMITER]);
  await bundleForWorkerd(consumer, 'durable-worker.mjs', 'durable-worker.js');
  await bundleForWorkerd(consumer, 'durable-limiter.mjs', 'durable-limiter.js');
  const server = await startInstanceServer(limit, window);
  const ports = { a: await freePort(), b: await freePort() };
  const workerd = startWorkerd(consumer, durableConfig(ports, server.origin));
  const url = (who) => `http://127.0.0.1:${ports[who]}/`;
  try {
    const identities = [await workerd.waitForJson(url('a')), await workerd.waitForJson(url('b'))];
    return {
      consumer,
      server,
      workerd,
      identities,
      /** Runs `spec` in worker `who`; resolves to its `{ who, isolate, ms, results }`. */
      run: async (who, spec) => {
        const res = await fetch(url(who), { method: 'POST', body: JSON.stringify(spec) });
        const text = await res.text();
        try {
          return JSON.parse(text);
        } catch {
          throw new Error(`worker ${who} answered ${res.status}: ${text}\n${workerd.log()}`);
        }
      },
      stop: () => {
        workerd.stop();
        server.stop();
      },
    };
  } catch (error) {
    workerd.stop();
    server.stop();
    throw error;
  }
}
