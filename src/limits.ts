import { listen } from './abort.js';
import { aborted, rateLimited } from './errors.js';
import { type Failure, fail } from './result.js';

/** The longest hold, in ms: a day, far above any `Retry-After` Clerk sends. */
const LONGEST_HOLD = 86_400_000;
/** The most holds kept at once; past it the oldest goes. */
const MOST_HOLDS = 1_000;
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

/** One request's place in the budget: when it left (then: when its answer came), and whether it was answered. */
interface Slot {
  at: number;
  done: boolean;
}

/** The right to send one request: given by `admit`, given back by `release`. */
export interface Ticket {
  key: string;
  slot?: Slot;
  /** The hold it was let through after, if any: its answer decides how many follow. */
  after?: Hold;
}

/** A caller waiting for its turn; once let through, it is its own ticket. */
interface Waiter extends Ticket {
  maxDelay: number | undefined;
  settle: (outcome: Ticket | Failure) => void;
}

/** Rate limits a client shares among its calls: holds after a 429, the optional budget, requests in flight. */
export interface Limiter {
  /** Holds by key (method, path template, and the resource where Clerk limits per resource). */
  holds: Map<string, Hold>;
  /** At most `requests` requests leave in any window of `per` ms. */
  budget?: { requests: number; per: number };
  /** The budget's recent and unanswered requests. */
  sent: Slot[];
  /** At most this many requests in flight (Infinity: no cap). */
  maxConcurrent: number;
  inFlight: number;
  /** Callers waiting, in the order they came. */
  queue: Waiter[];
  /** The one timer: wakes the queue at the earliest time a waiter may go. */
  timer?: ReturnType<typeof setTimeout>;
}

/** A limiter; with neither a budget nor a cap it only keeps holds. */
export function createLimiter(budget?: { requests: number; per: number }, maxConcurrent = Infinity): Limiter {
  return { holds: new Map(), budget, sent: [], maxConcurrent, inFlight: 0, queue: [] };
}

/**
 * Waits for the caller's turn: past any hold on `key`, within the budget,
 * with a place among the requests in flight; callers go in the order they
 * came, except that a held key never delays another. A wait for a hold or
 * the budget longer than `maxDelay` (or any such wait when retries are
 * off) is not made: the call ends with `rate_limited`, nothing sent.
 * Waiters wake on events (an answer, a leaving waiter) or on one timer.
 */
export function admit(limiter: Limiter, key: string, maxDelay: number | undefined, signal: AbortSignal | undefined): Promise<Ticket | Failure> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(fail(aborted(signal)));
    const waiter: Waiter = {
      key,
      maxDelay,
      settle: (outcome) => {
        unlisten();
        resolve(outcome);
      },
    };
    const unlisten = listen(signal, () => {
      // Only a waiter still in line leaves; one already let through has its ticket.
      if (!leaveQueue(limiter, waiter)) return;
      waiter.settle(fail(aborted(signal!)));
      pump(limiter); // those behind may go sooner
    });
    limiter.queue.push(waiter);
    pump(limiter);
  });
}

/**
 * What an attempt told the limiter: `true` for an answer that was not a 429,
 * `false` for none (or a 429 without `Retry-After`), or the seconds a 429 asked to wait.
 */
export type Outcome = boolean | number;

/**
 * Gives a ticket back once its answer is in (or the attempt ended without
 * one): the slot is stamped with the answer's time, the place in flight
 * freed. A 429 with `Retry-After` holds the key (at most a day); after a
 * hold, one caller probes, then batches of 2, 4, 8, … go, each once the
 * last one's answers were all not a 429: the callers waiting do not all
 * leave at once into the next 429.
 */
export function release(limiter: Limiter, ticket: Ticket, outcome: Outcome): void {
  const now = Date.now();
  limiter.inFlight--;
  if (ticket.slot) {
    ticket.slot.at = Math.max(ticket.slot.at, now);
    ticket.slot.done = true;
  }
  const hold = limiter.holds.get(ticket.key);
  if (typeof outcome === 'number') {
    const until = now + Math.min(outcome * 1000, LONGEST_HOLD);
    limiter.holds.delete(ticket.key); // set again last: the map is in the order of the latest 429s
    limiter.holds.set(ticket.key, { until: Math.max(until, hold?.until ?? 0), allowance: 1, unanswered: 0, batch: 1 });
    if (limiter.holds.size > MOST_HOLDS) limiter.holds.delete(limiter.holds.keys().next().value!);
  } else if (hold && hold === ticket.after) {
    hold.unanswered--;
    if (outcome === false)
      hold.allowance++; // no answer: another caller takes its place in the batch
    else if (hold.unanswered === 0 && hold.allowance === 0) {
      // The whole batch passed: the next one is twice as large.
      hold.batch *= 2;
      if (hold.batch > OPEN_BATCH) limiter.holds.delete(ticket.key);
      else hold.allowance = hold.batch;
    }
  }
  pump(limiter);
}

/** Lets through every waiter that may go now, in order; refuses those whose wait passed their `maxDelay`; sets the one timer. */
function pump(limiter: Limiter): void {
  const now = Date.now();
  clearTimeout(limiter.timer);
  const { budget } = limiter;
  // The budget's request times in order, then the times the waiters in line would leave at: each waiter's estimate.
  // Read only when a waiter gets that far: a call with no budget, or held, pays nothing for it.
  let times: number[] | undefined;
  let wake = Infinity;
  for (const waiter of [...limiter.queue]) {
    const hold = limiter.holds.get(waiter.key);
    let wait = hold ? hold.until - now : 0;
    if (hold && wait <= 0 && hold.allowance === 0) continue; // after a hold: waits for a probe's answer
    if (wait <= 0 && budget) {
      times ??= budgetTimes(limiter, now, budget.per);
      // Free when fewer than `requests` left within `per` ms; else `per` after the one that many places back.
      const at = Math.max(now, (times[times.length - budget.requests] ?? -Infinity) + budget.per);
      times.push(at);
      wait = at - now;
    }
    if (wait > 0) {
      // With retries off (no maxDelay) any wait is too long.
      if (!(wait <= waiter.maxDelay!)) {
        leaveQueue(limiter, waiter);
        waiter.settle(fail(rateLimited(wait)));
      } else wake = Math.min(wake, now + wait);
      continue;
    }
    if (limiter.inFlight >= limiter.maxConcurrent) continue;
    leaveQueue(limiter, waiter);
    limiter.inFlight++;
    waiter.after = hold;
    if (hold) {
      hold.allowance--;
      hold.unanswered++;
    }
    if (budget) {
      waiter.slot = { at: now, done: false };
      limiter.sent.push(waiter.slot);
    }
    waiter.settle(waiter);
  }
  if (wake < Infinity) limiter.timer = setTimeout(() => pump(limiter), wake - now);
}

/** The budget's times in order, once answered requests that left the window are dropped (they no longer count). */
function budgetTimes(limiter: Limiter, now: number, per: number): number[] {
  limiter.sent = limiter.sent.filter((slot) => !slot.done || slot.at > now - per);
  return limiter.sent.map((slot) => slot.at).sort((a, b) => a - b);
}

/** Takes `waiter` out of the line; false when it was not in it (let through already, or gone). */
function leaveQueue(limiter: Limiter, waiter: Waiter): boolean {
  const index = limiter.queue.indexOf(waiter);
  if (index >= 0) limiter.queue.splice(index, 1);
  return index >= 0;
}
