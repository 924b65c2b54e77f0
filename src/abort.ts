/** The longest wait a timer can take (about 24.8 days), in ms. */
export const MAX_DELAY = 0x7fffffff;

/**
 * Listens for the signal's abort; the returned function stops listening.
 * Never throws, whatever the signal does: a signal that cannot be listened
 * to is still checked between attempts.
 */
export function listen(signal: AbortSignal | null | undefined, onAbort: () => void): () => void {
  if (!signal) return () => {};
  try {
    signal.addEventListener('abort', onAbort, { once: true });
  } catch {
    // checked by `aborted` reads instead
  }
  return () => {
    try {
      signal.removeEventListener('abort', onAbort);
    } catch {
      // nothing to undo
    }
  };
}

/** Waits `ms` (at most `MAX_DELAY`, as every `maxDelay` is); resolves false at once if the signal fires first. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  // A task that never ends, cut short by the timer (`late` is this function, which no signal's reason can be) or the signal.
  return bounded(ms, signal, sleep, () => new Promise<never>(() => {})).catch((reason) => reason === sleep);
}

/**
 * Runs `task` under one timer of `timeout` ms and the caller's `signal`: the
 * task's own signal aborts when either fires, and the promise rejects then,
 * even if the task ignores its signal: with the caller's reason, or with
 * `late` when the timer fired. A signal that has already fired runs nothing:
 * checked last, right before the task hands its request to fetch.
 */
export async function bounded<T>(
  timeout: number,
  signal: AbortSignal | null | undefined,
  late: unknown,
  task: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  if (signal?.aborted) throw signal.reason;
  const controller = new AbortController();
  let end!: (reason: unknown) => void;
  // Settles when the task is cut short; rejected before the task's signal aborts, so it wins the race below.
  const stopped = new Promise<never>((_, reject) => {
    end = (reason) => {
      reject(reason);
      controller.abort(reason);
    };
  });
  const unlisten = listen(signal, () => end(signal!.reason));
  const timer = setTimeout(() => end(late), timeout);
  try {
    return await Promise.race([task(controller.signal), stopped]);
  } finally {
    clearTimeout(timer);
    unlisten();
  }
}
