import { listen } from './abort.js';
import { aborted, rateLimited } from './errors.js';
import { type Failure, fail } from './result.js';

/** The longest hold, in ms: a day, far above any `Retry-After` Clerk sends. */
export const LONGEST_HOLD = 86_400_000;
/** The most holds kept at once; past it the oldest goes. */
export const MOST_HOLDS = 1_000;
/** After a hold, callers go in batches of 1, 2, 4, …, each once the last one's answers are in; past this size the hold is gone. */
const OPEN_BATCH = 64;

/**
 * What a 429 left behind for one endpoint (or one resource of it): until
 * when nothing is sent, then how many calls may go before the next answer
 * says whether the limit has passed.
 */
interface Hold {
  until: number;
  /** Calls of the current batch that may still go; 0: wait for the batch's answers. */
  allowance: number;
  /** Calls of the current batch still waiting for their answer. */
  unanswered: number;
  /** The current batch's size. */
  batch: number;
}

/**
 * One request's place in the budget: when it left (then: when its answer came), and whether it was answered.
 * `sharedRateLimit`'s wrapper sets `at` to 0 while the request waits for the shared window (it counts as leaving
 * now), and to -Infinity, answered, when it never left (it no longer counts).
 */
interface Slot {
  at: number;
  done: boolean;
}

/** The right to send one request: given by `admit`, given back by `release`. */
export interface Ticket {
  key: string;
  /** The latest time it may leave: `maxDelay` after it came (NaN with retries off: it may not wait at all). */
  until: number;
  slot?: Slot;
  /** The hold it was let through after, if any: its answer decides how many follow. */
  after?: Hold;
}

/** A caller waiting for its turn; once let through, it is its own ticket. */
interface Waiter extends Ticket {
  settle: (outcome: Ticket | Failure) => void;
}

/**
 * What an attempt told the limiter: `true` for an answer that was not a 429,
 * `false` for none (or a 429 without `Retry-After`), or the seconds a 429 asked to wait.
 */
export type Outcome = boolean | number;

/**
 * Rate limits a client shares among its calls: holds after a 429, the
 * optional budget, requests in flight. Its state lives in `createLimiter`'s
 * closure: holds by key (method, path template, and the resource where Clerk
 * limits per resource), the budget's recent and unanswered requests, the
 * requests in flight, the callers waiting in the order they came, and the
 * one timer that wakes them at the earliest time a waiter may go.
 */
export interface Limiter {
  /** Holds by key, read by the tests that bound their number. */
  holds: Map<string, Hold>;
  /**
   * Waits for the caller's turn: past any hold on `key`, within the budget,
   * with a place among the requests in flight; callers go in the order they
   * came, except that a held key never delays another. A wait for a hold or
   * the budget (and the shared window) longer than `maxDelay` in all (or any such wait when retries are
   * off) is not made: the call ends with `rate_limited`, nothing sent.
   * Waiters wake on events (an answer, a leaving waiter) or on one timer.
   */
  admit(key: string, maxDelay: number | undefined, signal: AbortSignal | undefined): Promise<Ticket | Failure>;
  /**
   * Gives a ticket back once its answer is in (or the attempt ended without
   * one): the slot is stamped with the answer's time, the place in flight
   * freed. A 429 with `Retry-After` holds the key (at most a day); after a
   * hold, one caller probes, then batches of 2, 4, 8, … go, each once the
   * last one's answers were all not a 429: the callers waiting do not all
   * leave at once into the next 429.
   */
  release(ticket: Ticket, outcome: Outcome): void;
}

/**
 * A window shared by many clients, as the client uses it: made by
 * `sharedRateLimit` (or `durableRateLimit` from `clerk-backend-fetch/cloudflare`)
 * around a `SharedLimiter`, never by hand.
 * @category Rate limits
 */
export interface SharedWindow {
  /** Marks a window `sharedRateLimit` made: `createClient` takes no other. */
  readonly '~sharedWindow': true;
  /**
   * The client's own limiter, consulting the shared window last: right
   * before an attempt leaves, it waits for its place there (what is left of
   * its `maxDelay` at most); a 429's hold is reported to it too.
   * @internal
   */
  wrap(limiter: Limiter, timeout: number): Limiter;
}

/**
 * A budget: at most `requests` requests in any window of `per` ms. With
 * `shared` (from `sharedRateLimit` or `durableRateLimit`), the window is
 * shared by every client using it; the client still keeps the same budget
 * for itself, which decides alone whenever the shared one cannot be reached.
 * @category Rate limits
 */
export interface RateLimit {
  requests: number;
  per: number;
  shared?: SharedWindow | undefined;
}

/**
 * A limiter: at most `budget.requests` requests leave in any window of
 * `budget.per` ms, at most `maxConcurrent` in flight; with neither it only
 * keeps holds. (`budget.shared` wraps it: see `SharedWindow.wrap`.)
 */
export function createLimiter(budget?: RateLimit, maxConcurrent = Infinity): Limiter {
  const holds = new Map<string, Hold>();
  let sent: Slot[] = [];
  let inFlight = 0;
  const queue: Waiter[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Takes `waiter` out of the line; false when it was not in it (let through already, or gone). */
  const leave = (waiter: Waiter): boolean => {
    const index = queue.indexOf(waiter);
    if (index >= 0) queue.splice(index, 1);
    return index >= 0;
  };

  /** Lets through every waiter that may go now, in order; refuses those whose wait passed their `maxDelay`; sets the one timer. */
  const pump = (): void => {
    const now = Date.now();
    clearTimeout(timer);
    // The budget's request times in order, then the times the waiters in line would leave at: each waiter's estimate.
    // Read only when a waiter gets that far: a call with no budget, or held, pays nothing for it.
    let times: number[] | undefined;
    let wake = Infinity;
    for (const waiter of [...queue]) {
      const hold = holds.get(waiter.key);
      let wait = hold ? hold.until - now : 0;
      if (hold && wait <= 0 && hold.allowance === 0) continue; // after a hold: waits for a probe's answer
      if (wait <= 0 && budget) {
        // Answered requests that left the window no longer count.
        if (!times) {
          sent = sent.filter((slot) => !slot.done || slot.at > now - budget.per);
          // A request still waiting for the shared window (at 0) has not left yet: it counts as leaving now.
          times = sent.map((slot) => slot.at || now).sort((a, b) => a - b);
        }
        // Free when fewer than `requests` left within `per` ms; else `per` after the one that many places back.
        const at = Math.max(now, (times[times.length - budget.requests] ?? -Infinity) + budget.per);
        times.push(at);
        wait = at - now;
      }
      if (wait > 0) {
        // Past the waiter's `maxDelay` in all; with retries off (no maxDelay) any wait is too long.
        if (!(now + wait <= waiter.until)) {
          leave(waiter);
          waiter.settle(fail(rateLimited(wait)));
        } else wake = Math.min(wake, now + wait);
        continue;
      }
      if (inFlight >= maxConcurrent) continue;
      leave(waiter);
      inFlight++;
      waiter.after = hold;
      if (hold) {
        hold.allowance--;
        hold.unanswered++;
      }
      if (budget) {
        waiter.slot = { at: now, done: false };
        sent.push(waiter.slot);
      }
      waiter.settle(waiter);
    }
    if (wake < Infinity) timer = setTimeout(pump, wake - now);
  };

  return {
    holds,
    admit: (key, maxDelay, signal) =>
      new Promise((resolve) => {
        if (signal?.aborted) return resolve(fail(aborted(signal)));
        const waiter: Waiter = {
          key,
          until: Date.now() + maxDelay!,
          settle: (outcome) => {
            unlisten();
            resolve(outcome);
          },
        };
        const unlisten = listen(signal, () => {
          // Only a waiter still in line leaves; one already let through has its ticket.
          if (!leave(waiter)) return;
          waiter.settle(fail(aborted(signal!)));
          pump(); // those behind may go sooner
        });
        queue.push(waiter);
        pump();
      }),
    release: (ticket, outcome) => {
      const now = Date.now();
      const { key, slot, after } = ticket;
      inFlight--;
      if (slot) {
        slot.at = Math.max(slot.at, now);
        slot.done = true;
      }
      const hold = holds.get(key);
      if (typeof outcome === 'number') {
        const until = now + Math.min(outcome * 1000, LONGEST_HOLD);
        holds.delete(key); // set again last: the map is in the order of the latest 429s
        holds.set(key, { until: Math.max(until, hold?.until ?? 0), allowance: 1, unanswered: 0, batch: 1 });
        if (holds.size > MOST_HOLDS) holds.delete(holds.keys().next().value!);
      } else if (hold && hold === after) {
        hold.unanswered--;
        if (outcome === false)
          hold.allowance++; // no answer: another caller takes its place in the batch
        else if (hold.unanswered === 0 && hold.allowance === 0) {
          // The whole batch passed: the next one is twice as large.
          hold.batch *= 2;
          if (hold.batch > OPEN_BATCH) holds.delete(key);
          else hold.allowance = hold.batch;
        }
      }
      pump();
    },
  };
}
