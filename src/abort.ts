/** The longest wait a timer can take (about 24.8 days), in ms. */
export const MAX_DELAY = 0x7fffffff;

/**
 * Listens for the signal's abort; the returned function stops listening.
 * Never throws, whatever the signal does: a signal that cannot be listened
 * to is still checked between attempts.
 */
export function listen(signal: AbortSignal | undefined, onAbort: () => void): () => void {
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

/** Waits `ms` (at most the longest timer); resolves false at once if the signal fires first. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const unlisten = listen(signal, () => {
      clearTimeout(timer);
      resolve(false);
    });
    const timer = setTimeout(
      () => {
        unlisten();
        resolve(true);
      },
      Math.min(ms, MAX_DELAY),
    );
  });
}
