import { listen, sleep } from './abort.js';
import { aborted, rateLimited } from './errors.js';
import { type Failure, fail } from './result.js';

/** Rate limits a client shares among its calls: holds after a 429, the optional budget, requests in flight. */
export interface Limiter {
  /** Until when (epoch ms) each endpoint is held, after a 429 with `Retry-After`. Plain numbers: no timer. */
  holds: Map<object, number>;
  /** At most `requests` requests leave in any window of `per` ms. */
  budget?: { requests: number; per: number };
  /** When recent requests left (then: when their answer came), and when reserved ones will, in order. */
  sent: Slot[];
  /** At most this many requests in flight. */
  maxConcurrent?: number;
  inFlight: number;
  /** Callers waiting for a request in flight to end, in order. */
  queue: (() => void)[];
}

/** One request's place in the budget: when it may leave (then left, then was answered), and whether it has left. */
export interface Slot {
  at: number;
  left: boolean;
}

/** A limiter; with neither a budget nor a cap it only keeps holds. */
export function createLimiter(budget?: { requests: number; per: number }, maxConcurrent?: number): Limiter {
  return { holds: new Map(), budget, sent: [], maxConcurrent, inFlight: 0, queue: [] };
}

/** Holds `endpoint` for `seconds`, for every call of the client. */
export function hold(limiter: Limiter, endpoint: object, seconds: number): void {
  const until = Date.now() + seconds * 1000;
  if (until > (limiter.holds.get(endpoint) ?? 0)) limiter.holds.set(endpoint, until);
}

/**
 * Waits until `endpoint` may send: past its hold, then within the budget
 * (reserving a slot, so callers go in the order they came). A wait longer
 * than `maxDelay` (or any wait with retries off) is not made: the call ends
 * with `rate_limited` instead, and nothing is sent. Returns undefined when
 * the request may go.
 */
export async function admit(
  limiter: Limiter,
  endpoint: object,
  maxDelay: number | undefined,
  signal: AbortSignal | undefined,
): Promise<Failure | Slot | undefined> {
  let slot: Slot | undefined;
  for (;;) {
    const now = Date.now();
    let wait = Math.max(0, (limiter.holds.get(endpoint) ?? 0) - now);
    if (wait === 0) limiter.holds.delete(endpoint);
    if (wait === 0 && limiter.budget) {
      const { requests, per } = limiter.budget;
      const { sent } = limiter;
      if (!slot) {
        while (sent.length > 0 && sent[0]!.at <= now - per) sent.shift();
        slot = { at: sent.length < requests ? now : Math.max(now, sent[sent.length - requests]!.at + per), left: false };
        sent.push(slot);
      }
      // Re-read on waking: the requests before this one may have had their answers since, which moves them later;
      // and callers leave in the order they came, so wait (briefly) for the one before to leave first.
      const index = sent.indexOf(slot);
      const before = index - requests;
      slot.at = Math.max(slot.at, before >= 0 ? sent[before]!.at + per : now);
      wait = Math.max(0, slot.at - now);
      if (wait === 0 && maxDelay !== undefined && index > 0 && !sent[index - 1]!.left) wait = 1;
    }
    if (wait === 0) return slot;
    if (maxDelay === undefined || wait > maxDelay) {
      if (slot) limiter.sent.splice(limiter.sent.indexOf(slot), 1);
      return fail(rateLimited(wait));
    }
    if (!(await sleep(wait, signal))) {
      if (slot) limiter.sent.splice(limiter.sent.indexOf(slot), 1);
      return fail(aborted(signal!));
    }
  }
}

/** Stamps a request's slot with the time now: when it leaves, then when its answer comes (no earlier than the server counted it). */
export function stamp(slot: Slot | undefined): void {
  if (!slot) return;
  slot.at = Math.max(slot.at, Date.now());
  slot.left = true;
}

/** Takes a place among the requests in flight, waiting in order for one when `maxConcurrent` are; false if the signal fired. */
export function enter(limiter: Limiter, signal: AbortSignal | undefined): Promise<boolean> {
  if (!limiter.maxConcurrent || limiter.inFlight < limiter.maxConcurrent) {
    limiter.inFlight++;
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    const turn = () => {
      unlisten();
      limiter.inFlight++;
      resolve(true);
    };
    const unlisten = listen(signal, () => {
      limiter.queue.splice(limiter.queue.indexOf(turn), 1);
      resolve(false);
    });
    limiter.queue.push(turn);
  });
}

/** Gives the place back; the next caller in line goes. */
export function leave(limiter: Limiter): void {
  limiter.inFlight--;
  limiter.queue.shift()?.();
}
