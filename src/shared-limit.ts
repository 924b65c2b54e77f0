import { bounded, sleep } from './abort.js';
import { aborted, rateLimited } from './errors.js';
import { LONGEST_HOLD, type RateLimit } from './limits.js';
import { isObject } from './params.js';
import { fail } from './result.js';

/**
 * A rate limiter many clients (isolates, workers, processes) share through a
 * store they all reach: one window of reservations and the holds after a
 * 429, for all of them. `durableRateLimit` from `clerk-backend-fetch/cloudflare`
 * keeps one in a Durable Object; an adapter for another store (Redis, a
 * database) implements these two methods and goes through `sharedRateLimit`.
 * @category Rate limits
 */
export interface SharedLimiter {
  /**
   * Reserves a place for one request to `key` (the method and path template,
   * e.g. `GET /organizations/{organization_id}`, plus the resource where Clerk
   * limits per resource) in the shared window, past any hold on `key`.
   * Resolves with the ms to wait before sending (0: now). When that wait is
   * longer than `maxDelay`, nothing must be reserved: the call then ends with
   * `rate_limited`, nothing sent. `signal` aborts once the client no longer
   * waits for the answer.
   */
  reserve(key: string, maxDelay: number, signal: AbortSignal): Promise<number>;
  /** A 429 asked `key`'s callers to wait `seconds`: holds `key` for every client sharing the limiter. */
  hold(key: string, seconds: number): unknown;
}

/**
 * A budget shared by every client whose `rateLimit` comes from the same
 * `limiter`: at most `requests` in any window of `per` ms across all of
 * them, and a 429 one client sees holds that endpoint for all. Each client
 * keeps the same budget for itself too: it consults the shared limiter after
 * its own limiter let a request through, right before sending.
 *
 * Whatever the shared limiter does, a call never fails or hangs because of
 * it: a `reserve` that throws, rejects, answers anything but a finite
 * number, or takes longer than the client's `timeout` lets the request leave
 * under the client's own budget alone; `hold`'s failures are ignored; an
 * abort ends the wait at once; and the retry policy's `maxDelay` bounds the
 * whole wait, the client's own budget and the shared window together: a
 * wait past it ends with `rate_limited`, nothing sent.
 *
 * @example
 * ```ts
 * const redisLimiter: SharedLimiter = {
 *   reserve: (key, maxDelay) => reserveInRedis(key, maxDelay), // resolves with the ms to wait
 *   hold: (key, seconds) => holdInRedis(key, seconds),
 * };
 * const clerk = createClient(secretKey, {
 *   rateLimit: sharedRateLimit(redisLimiter, { requests: 1000, per: 10_000 }),
 * });
 * ```
 * @category Rate limits
 */
export function sharedRateLimit(limiter: SharedLimiter, { requests, per }: { requests: number; per: number }): RateLimit {
  if (!isObject(limiter) || typeof limiter.reserve !== 'function' || typeof limiter.hold !== 'function') {
    throw new TypeError('sharedRateLimit: expected a limiter with reserve and hold methods.');
  }
  /**
   * Waits for a place in the shared window for one request to `key`: the
   * failure that ends the call (`aborted`, or `rate_limited` for a wait past
   * `deadline`; any wait when it is NaN: retries off), or undefined once the
   * request may leave. Never rejects.
   */
  const wait = async (key: string, deadline: number, signal: AbortSignal | undefined, timeout: number) => {
    /** What is left of the caller's maxDelay; none with retries off (a NaN deadline): then any wait is too long. */
    const left = () => {
      const ms = deadline - Date.now();
      // biome-ignore lint/complexity/useMathMinMax: NaN (retries off) must become 0, which Math.max(NaN, 0) is not
      return ms > 0 ? ms : 0;
    };
    try {
      let wait: unknown;
      try {
        wait = await bounded(timeout, signal, 0, (own) => limiter.reserve(key, left(), own));
      } catch {
        // Unreachable, failed or too slow: the client's own budget decides alone; an abort is read below.
      }
      // Anything but a finite number is a bad answer: the client's own budget decides alone.
      if (!Number.isFinite(wait)) wait = 0;
      return signal?.aborted
        ? fail(aborted(signal))
        : // The time it took to reach the store counts too.
          (wait as number) > left()
          ? fail(rateLimited(Math.min(wait as number, LONGEST_HOLD))) // as a hold, at most a day
          : (wait as number) > 0 && !(await sleep(wait as number, signal))
            ? fail(aborted(signal!))
            : undefined;
    } catch {
      // A signal whose getters throw: the request goes, and the call reads its signal as it always does.
      return undefined;
    }
  };
  return {
    requests,
    per,
    shared: {
      '~sharedWindow': true,
      wrap: (own, timeout) => ({
        ...own,
        // The shared window last, right before sending: a wait after it would let the request leave later than reserved.
        admit: async (key, maxDelay, signal) => {
          const ticket = await own.admit(key, maxDelay, signal);
          if ('error' in ticket) return ticket;
          // A shared window comes with a budget, so the ticket has a slot; while it waits here the client's own budget
          // counts it as leaving now (0), then from when it leaves.
          const slot = ticket.slot!;
          slot.at = 0;
          const refused = await wait(key, ticket.until, signal, timeout);
          if (!refused) {
            slot.at = Date.now();
            return ticket;
          }
          // It never left: its place in the client's own budget goes back too (a slot answered before any window).
          slot.at = -Infinity;
          slot.done = true;
          own.release({ ...ticket, slot: undefined }, false);
          return refused;
        },
        release: (ticket, outcome) => {
          own.release(ticket, outcome);
          // Every client sharing the window is held too; what the report returns or throws is ignored.
          if (typeof outcome === 'number') (async () => limiter.hold(ticket.key, outcome))().catch(() => {});
        },
      }),
    },
  };
}
