import { bounded, sleep } from './abort.js';
import { aborted, rateLimited } from './errors.js';
import type { RateLimit } from './limits.js';
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
 * it: a `reserve` that throws, rejects, answers anything but a number, or
 * takes longer than the client's `timeout` lets the request leave under the
 * client's own budget alone; `hold`'s failures are ignored; an abort ends
 * the wait at once, and a wait past the retry policy's `maxDelay` ends with
 * `rate_limited`, as with the client's own budget.
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
  return {
    requests,
    per,
    shared: {
      '~sharedWindow': true,
      wait: async (key, deadline, signal, timeout) => {
        // What is left of the caller's maxDelay; none with retries off (a NaN deadline): then any wait is too long.
        const left = deadline - Date.now();
        // biome-ignore lint/complexity/useMathMinMax: NaN (retries off) must become 0, which Math.max(NaN, 0) is not
        const maxDelay = left > 0 ? left : 0;
        try {
          let wait: unknown;
          try {
            wait = await bounded(timeout, signal, 0, (own) => limiter.reserve(key, maxDelay, own));
          } catch {
            // Unreachable, failed or too slow: the client's own budget decides alone; an abort is read below.
          }
          // Anything but a finite number is a bad answer: the client's own budget decides alone.
          if (!Number.isFinite(wait)) wait = 0;
          return signal?.aborted
            ? fail(aborted(signal))
            : (wait as number) > maxDelay
              ? fail(rateLimited(Math.min(wait as number, 86_400_000))) // as a hold, at most a day
              : (wait as number) > 0 && !(await sleep(wait as number, signal))
                ? fail(aborted(signal!))
                : undefined;
        } catch {
          // A signal whose getters throw: the request goes, and the call reads its signal as it always does.
          return undefined;
        }
      },
      hold: (key, seconds) => {
        (async () => limiter.hold(key, seconds))().catch(() => {});
      },
    },
  };
}
