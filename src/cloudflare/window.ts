/**
 * The earliest time at or after `from` that one more request can take in a
 * sliding window: `times` (sorted, the requests already placed, some of them
 * in the future) with the new one must never hold more than `requests` in
 * any `span` ms. Equivalently, any `requests + 1` of them in a row must span
 * at least `span`; only the runs that would hold the new one can break that.
 *
 * One pass suffices: when a run of `requests` placed times starting at
 * `first` leaves no room, the new time moves to `first + span`, which keeps
 * every earlier run (starting no later) clear.
 *
 * @example
 * ```ts
 * earliest([0, 100], 150, 2, 1000); // 1000: the third in a window of 1 s waits for the first to leave it
 * ```
 */
export function earliest(times: readonly number[], from: number, requests: number, span: number): number {
  let at = from;
  for (let first = 0; first + requests <= times.length; first++) {
    const start = times[first]!;
    if (Math.max(times[first + requests - 1]!, at) - Math.min(start, at) < span) at = start + span;
  }
  return at;
}

/** Puts `at` into the sorted `times`, keeping them sorted. */
export function place(times: number[], at: number): void {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (times[middle]! <= at) low = middle + 1;
    else high = middle;
  }
  times.splice(low, 0, at);
}
