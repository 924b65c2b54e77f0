import { bounded } from '../abort.js';
import type { RateLimit } from '../limits.js';
import { isObject } from '../params.js';
import { type SharedLimiter, sharedRateLimit } from '../shared-limit.js';
import { LIMITER_URL, type LimiterMessage, LONGEST_KEY, MOST_IN_ONE } from './protocol.js';

/** The longest a round trip to the object may take before the call falls back to its client's own limiter, in ms. */
const ROUND_TRIP = 1000;
/** After a round trip failed, calls fall back at once for this long (ms) instead of each waiting to fail. */
const PAUSE = 1000;

/**
 * A Durable Object namespace binding, as far as `durableRateLimit` uses it
 * (`DurableObjectNamespace` from `@cloudflare/workers-types` is one).
 * @category Rate limits
 */
export interface DurableObjectNamespaceLike {
  /** The id of the object called `name`: the same name, the same object, from every worker bound to the class. */
  idFromName(name: string): unknown;
  /** A stub that sends requests to the object with that id. */
  get(id: never): DurableObjectStubLike;
}

/**
 * A Durable Object stub, as far as `durableRateLimit` uses it: one POST with a JSON body, answered with JSON.
 * @category Rate limits
 */
export interface DurableObjectStubLike {
  /** Sends one message to the object. */
  fetch(
    input: string,
    init: { method: string; body: string },
  ): Promise<{
    /** Whether the status is 2xx. */
    ok: boolean;
    /** The body, read as JSON. */
    json(): Promise<unknown>;
  }>;
}

/** A reservation waiting for its round trip: key, longest wait, and how its promise settles. */
type Pending = [key: string, maxDelay: number, resolve: (wait: number) => void, reject: (reason: unknown) => void];

/**
 * A budget every isolate and worker bound to the same `ClerkRateLimiter`
 * Durable Object shares: the value for `createClient`'s `rateLimit`. Every
 * attempt reserves its place in the object's window first (reservations made
 * together go in one round trip), and a 429 one client sees holds that
 * endpoint for all of them. The client keeps the same budget for itself:
 * when the object cannot be reached, answers badly or takes more than a
 * second, calls go under that local budget instead (and for the next
 * second, without asking), so the shared limiter never makes a call fail or
 * hang. `name` picks the object (clients with the same name share one).
 *
 * @example
 * ```ts
 * import { createClient } from 'clerk-backend-fetch';
 * import { ClerkRateLimiter, durableRateLimit } from 'clerk-backend-fetch/cloudflare';
 * export { ClerkRateLimiter };
 *
 * let clerk: ClerkClient | undefined;
 * export default {
 *   async fetch(request: Request, env: Env) {
 *     clerk ??= createClient(env.CLERK_SECRET_KEY, {
 *       rateLimit: durableRateLimit(env.CLERK_LIMITER, { requests: 1000, per: 10_000 }),
 *     });
 *     // …
 *   },
 * };
 * ```
 * @category Rate limits
 */
export function durableRateLimit(
  namespace: DurableObjectNamespaceLike,
  { requests, per, name = 'clerk-backend-api' }: { requests: number; per: number; name?: string | undefined },
): RateLimit {
  if (!isObject(namespace) || typeof namespace.idFromName !== 'function' || typeof namespace.get !== 'function') {
    throw new TypeError(
      `durableRateLimit: expected a Durable Object namespace binding (env.CLERK_LIMITER), got ${namespace === null ? 'null' : typeof namespace}: bind ClerkRateLimiter in wrangler.toml.`,
    );
  }
  const pending: Pending[] = [];
  let id: unknown;
  let pausedUntil = 0;

  /** One round trip to the object, bounded; rejects on any failure or an answer that is not 2xx JSON. */
  const ask = (message: LimiterMessage) =>
    bounded(ROUND_TRIP, undefined, 'The rate limiter object did not answer in time', async () => {
      // The id is the same for every round trip; the stub is made afresh, as Cloudflare advises after a failure.
      id ??= namespace.idFromName(name);
      const stub = namespace.get(id as never);
      const response = await stub.fetch(LIMITER_URL, { method: 'POST', body: JSON.stringify(message) });
      if (!response.ok) throw new Error('The rate limiter object refused the message');
      return response.json();
    });

  /** Sends the reservations made since the last round trip in one message. */
  const flush = async () => {
    const batch = pending.splice(0, MOST_IN_ONE);
    if (pending.length > 0) queueMicrotask(flush);
    try {
      const answer = await ask({ requests, per, reserve: batch.map(([key, maxDelay]) => [key, maxDelay]) });
      const waits = isObject(answer) ? answer.waits : undefined;
      if (!Array.isArray(waits) || waits.length !== batch.length) throw new Error('The rate limiter object answered badly');
      for (const [index, [, , resolve]] of batch.entries()) resolve(waits[index]);
    } catch (error) {
      pausedUntil = Date.now() + PAUSE;
      for (const [, , , reject] of batch) reject(error);
    }
  };

  const shared: SharedLimiter = {
    reserve: (key, maxDelay) =>
      Date.now() < pausedUntil
        ? Promise.reject(new Error('The rate limiter object failed a moment ago'))
        : new Promise((resolve, reject) => {
            // A key the object would refuse (an absurdly long organization id in it) is cut: it still names its endpoint.
            if (pending.push([key.slice(0, LONGEST_KEY), maxDelay, resolve, reject]) === 1) queueMicrotask(flush);
          }),
    hold: (key, seconds) => ask({ hold: [key.slice(0, LONGEST_KEY), seconds] }),
  };
  return sharedRateLimit(shared, { requests, per });
}
