import type { Failure } from './request.js';

/** Rate limits a client shares among its calls: holds after a 429, the optional budget, requests in flight. */
export interface Limiter {
  /** Until when (epoch ms) each endpoint is held, after a 429 with `Retry-After`. Plain numbers: no timer. */
  holds: Map<object, number>;
  /** At most `requests` requests leave in any window of `per` ms. */
  budget?: { requests: number; per: number };
  /** When recent requests left, and when reserved ones will, in order. */
  sent: number[];
  /** At most this many requests in flight. */
  maxConcurrent?: number;
  inFlight: number;
  /** Callers waiting for a request in flight to end, in order. */
  queue: (() => void)[];
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
  sleep: (ms: number) => Promise<boolean>,
  aborted: () => Failure,
): Promise<Failure | undefined> {
  for (;;) {
    const now = Date.now();
    let wait = Math.max(0, (limiter.holds.get(endpoint) ?? 0) - now);
    if (wait === 0) limiter.holds.delete(endpoint);
    let slot: number | undefined;
    if (wait === 0 && limiter.budget) {
      const { requests, per } = limiter.budget;
      while (limiter.sent.length > 0 && limiter.sent[0]! <= now - per) limiter.sent.shift();
      const at = limiter.sent.length < requests ? now : Math.max(now, limiter.sent[limiter.sent.length - requests]! + per);
      wait = at - now;
      if (wait <= (maxDelay ?? 0)) limiter.sent.push((slot = at));
    }
    if (wait === 0) return undefined;
    if (maxDelay === undefined || wait > maxDelay) {
      const retryAfter = Math.ceil(wait / 1000);
      return { ok: false, error: { type: 'rate_limited', message: `Rate limited: this endpoint may send again in ${retryAfter} s`, retryAfter } };
    }
    if (!(await sleep(wait))) {
      if (slot !== undefined) limiter.sent.splice(limiter.sent.indexOf(slot), 1);
      return aborted();
    }
    if (slot !== undefined) return undefined; // the reserved slot has come
  }
}

/** Takes a place among the requests in flight, waiting in order for one when `maxConcurrent` are; false if the signal fired. */
export function enter(limiter: Limiter, onAbort: (leave: () => void) => () => void): Promise<boolean> {
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
    const unlisten = onAbort(() => {
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
