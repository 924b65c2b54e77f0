import { MAX_DELAY } from '../abort.js';
import { LONGEST_HOLD, MOST_HOLDS } from '../limits.js';
import { isObject } from '../params.js';
import { type LimiterAnswer, LONGEST_KEY, MOST_IN_ONE } from './protocol.js';
import { earliest, place } from './window.js';

/** The most places one window keeps (past and reserved ahead), and the most budgets kept at once. */
const MOST_PLACES = 10_000;
const MOST_WINDOWS = 16;

/**
 * Each reservation counts this much longer than `per` (a tenth, at most a
 * second): requests leave from many isolates and reach Clerk with different
 * delays, so two that left `per` ms apart may arrive closer.
 */
const slack = (per: number) => Math.min(per / 10, 1000);

const isKey = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= LONGEST_KEY;
/** Seconds or ms to wait: any finite number from 0 (a longer hold is capped at a day). */
const isWait = (value: unknown): value is number => Number.isFinite(value) && (value as number) >= 0;
const isCount = (value: unknown, most: number): value is number => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= most;

/**
 * The Durable Object that keeps one Clerk instance's budget for every isolate
 * and worker bound to it: one sliding window of reservations and the holds
 * after a 429. Export it from your worker's main module and bind it (as
 * `CLERK_LIMITER`, with a migration that creates the class); clients reach
 * it through `durableRateLimit`. Its state lives in memory: if the object is
 * moved or restarted, the window starts empty again. Clients sharing one
 * object should use the same budget; one with another `requests`/`per`
 * keeps a window of its own (the holds are shared). A message it cannot read,
 * or one that would keep more than 10,000 places, is answered 400: the
 * client then falls back to its own budget.
 *
 * @example
 * ```ts
 * import { ClerkRateLimiter, durableRateLimit } from 'clerk-backend-fetch/cloudflare';
 * export { ClerkRateLimiter };
 * ```
 * ```toml
 * # wrangler.toml
 * [[durable_objects.bindings]]
 * name = "CLERK_LIMITER"
 * class_name = "ClerkRateLimiter"
 *
 * [[migrations]]
 * tag = "clerk-limiter-v1"
 * new_sqlite_classes = ["ClerkRateLimiter"]
 * ```
 * @category Rate limits
 */
export class ClerkRateLimiter {
  /**
   * When each reserved request may leave, sorted (some in the future), one
   * window per budget (`requests/per`): clients should share one budget, and
   * one configured differently keeps its own window rather than reading or
   * clearing theirs. In the order of their latest use.
   */
  #windows = new Map<string, number[]>();
  /** Until when each held key waits, in the order the holds came. */
  #holds = new Map<string, number>();

  /** Answers one message from a client: reservations, or a hold. A message it cannot read is answered 400, and the client falls back to its own limiter. */
  async fetch(request: Request): Promise<Response> {
    let message: unknown;
    try {
      message = await request.json();
    } catch {
      // answered below
    }
    const now = Date.now();
    if (!isObject(message)) return refuse();
    if ('hold' in message) {
      const hold = message.hold;
      if (!Array.isArray(hold) || !isKey(hold[0]) || !isWait(hold[1])) return refuse();
      const until = now + Math.min(hold[1] * 1000, LONGEST_HOLD);
      const held = this.#holds.get(hold[0]) ?? 0;
      this.#holds.delete(hold[0]); // set again last: the map is in the order of the latest holds
      this.#holds.set(hold[0], Math.max(until, held));
      if (this.#holds.size > MOST_HOLDS) this.#holds.delete(this.#holds.keys().next().value!);
      return Response.json({});
    }
    const { requests, per, reserve } = message;
    if (!isCount(requests, Number.MAX_SAFE_INTEGER) || !isCount(per, MAX_DELAY) || !Array.isArray(reserve) || reserve.length > MOST_IN_ONE) return refuse();
    if (!reserve.every((item) => Array.isArray(item) && isKey(item[0]) && isWait(item[1]))) return refuse();
    const span = per + slack(per);
    const budget = `${requests}/${per}`;
    // Requests that left more than a window ago no longer count.
    const times = (this.#windows.get(budget) ?? []).filter((at) => at > now - span);
    if (times.length + reserve.length > MOST_PLACES) return refuse();
    this.#windows.delete(budget); // set again last: the map is in the order of use
    this.#windows.set(budget, times);
    if (this.#windows.size > MOST_WINDOWS) this.#windows.delete(this.#windows.keys().next().value!);
    const waits: number[] = [];
    for (const [key, maxDelay] of reserve as [string, number][]) {
      let from = this.#holds.get(key) ?? 0;
      if (from <= now) {
        this.#holds.delete(key);
        from = now;
      }
      const at = earliest(times, from, requests, span);
      if (at - now <= maxDelay) place(times, at);
      waits.push(at - now);
    }
    return Response.json({ waits } satisfies LimiterAnswer);
  }
}

const refuse = () => new Response(null, { status: 400 });
